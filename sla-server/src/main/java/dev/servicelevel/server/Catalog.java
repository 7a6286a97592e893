package dev.servicelevel.server;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Limits;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The agreements the service serves, by id, fixed when it starts: read-only at run time, so
 * every request sees the same agreements and needs no lock.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Catalog {

  private final Map<String, Agreement> agreements;

  private Catalog(Map<String, Agreement> agreements) {
    this.agreements = Collections.unmodifiableMap(agreements);
  }

  /**
   * Obtains a catalog of agreements.
   *
   * @param agreements  the agreements, ids unique
   * @return the catalog, ordered by id
   * @throws IllegalArgumentException naming the id if two agreements share it
   */
  static Catalog of(Iterable<Agreement> agreements) {
    Map<String, Agreement> byId = new TreeMap<>();
    for (Agreement a : agreements) {
      Objects.requireNonNull(a, "agreement");
      if (byId.putIfAbsent(a.id(), a) != null) {
        throw new IllegalArgumentException(
            "Two agreements have the same id: " + Limits.shown(a.id()));
      }
    }
    return new Catalog(byId);
  }

  Optional<Agreement> find(String id) {
    return Optional.ofNullable(agreements.get(id));
  }

  /** Gets an agreement or answers 404 naming the id. */
  Agreement require(String id) {
    Agreement a = agreements.get(id);
    if (a == null) {
      throw new HttpProblem(HttpProblem.Type.NOT_FOUND, "No agreement has this id: "
          + Limits.shown(id));
    }
    return a;
  }

  Collection<Agreement> all() {
    return agreements.values();
  }
}
