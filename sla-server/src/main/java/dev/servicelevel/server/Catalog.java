package dev.servicelevel.server;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.json.AgreementDocuments;
import dev.servicelevel.json.Documents;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The agreements the service serves, by id, with the named calendars they were read with; fixed
 * when the service starts: read-only at run time, so every request sees the same agreements and
 * needs no lock.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Catalog {

  private final Map<String, Agreement> agreements;
  private final Map<String, String> calendarTexts;

  private Catalog(Map<String, Agreement> agreements, Map<String, String> calendarTexts) {
    this.agreements = Collections.unmodifiableMap(agreements);
    this.calendarTexts = Collections.unmodifiableMap(calendarTexts);
  }

  /**
   * Obtains the catalog of what documents define: their agreements by id and their named
   * calendars (kept as YAML texts, so that a document sent to be validated may name them).
   */
  static Catalog of(Documents documents) {
    Map<String, String> calendars = new LinkedHashMap<>();
    documents.calendars().forEach((name, calendar) ->
        calendars.put("calendar " + name, AgreementDocuments.toYaml(name, calendar)));
    return new Catalog(new TreeMap<>(documents.agreements()), calendars);
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

  /** The named calendars as documents, by a source name, in the order they were read. */
  Map<String, String> calendarTexts() {
    return calendarTexts;
  }
}
