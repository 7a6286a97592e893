package dev.servicelevel.agreement;

import dev.servicelevel.style.MissingFieldException;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * A service an agreement covers: its id and name, what it includes and what is explicitly
 * excluded, and its weight in an overall score.
 *
 * <pre>{@code
 * Service shop = Service.builder().id("shop").name("Online shop")
 *     .addIncluded("storefront", "checkout").addExcluded("payment provider's gateway")
 *     .weight(new BigDecimal("3"))
 *     .build();
 * }</pre>
 *
 * <p>Bounds: the weight is positive; decimals have at most 18 digits after the point and an
 * absolute value below 10^18 ({@link Limits#requireDecimal(String, java.math.BigDecimal)}),
 * checked before any other rule; ids have at most 200 characters; names and other texts at most
 * 10,000 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Service {

  Service() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a builder that holds this service's attributes, to build a changed copy: setting an
   * attribute replaces it, {@code addX} adds to a list and {@code x(Iterable)} replaces it.
   *
   * <pre>{@code
   * Service renamed = service.toBuilder().name("Web shop").build();
   * }</pre>
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    return new Builder().mergeFrom(this);
  }

  /**
   * Obtains a service with a weight of 1 and nothing listed as included or excluded.
   *
   * @param id  the service's id, letters, digits, '.', '_' or '-'
   * @param name  the display name, not blank
   * @return the service, not null
   * @throws IllegalArgumentException if the id is malformed or the name blank
   */
  public static Service of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /**
   * Gets the service's id, unique within its agreement.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Gets the display name.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Gets what the service includes, in words.
   *
   * @return the included items, not null
   */
  public abstract List<String> included();

  /**
   * Gets what is explicitly not part of the service, in words.
   *
   * @return the excluded items, not null
   */
  public abstract List<String> excluded();

  /**
   * Gets the service's weight in an overall score, relative to the agreement's other services;
   * 1 unless set.
   *
   * @return the weight, positive, not null
   */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this service with another id, checked like a built value.
   *
   * @param value  the id, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Service withId(String value);

  /**
   * Returns a copy of this service with another name, checked like a built value.
   *
   * @param value  the name, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Service withName(String value);

  /**
   * Returns a copy of this service with another included, checked like a built value.
   *
   * @param elements  the included, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Service withIncluded(String... elements);

  /**
   * Returns a copy of this service with another included, checked like a built value.
   *
   * @param elements  the included, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Service withIncluded(Iterable<String> elements);

  /**
   * Returns a copy of this service with another excluded, checked like a built value.
   *
   * @param elements  the excluded, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Service withExcluded(String... elements);

  /**
   * Returns a copy of this service with another excluded, checked like a built value.
   *
   * @param elements  the excluded, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Service withExcluded(Iterable<String> elements);

  /**
   * Returns a copy of this service with another weight, checked like a built value.
   *
   * @param value  the weight, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Service withWeight(BigDecimal value);

  @Value.Check
  void check() {
    Checks.requireId("Service id", id());
    Checks.requireText("Service name", name());
    included().forEach(i -> Checks.requireText("Included item", i));
    excluded().forEach(e -> Checks.requireText("Excluded item", e));
    for (String item : included()) {
      Checks.requireArgument(
          !excluded().contains(item), "An item cannot be both included and excluded", id(), item);
    }
    Checks.requirePositive("Service weight", weight());
  }

  /** A builder of services; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableService.Builder {
    Builder() {}

    /**
     * Builds the service.
     *
     * @return the service, not null
     * @throws IllegalStateException naming the type and the fields if a required field is missing
     * @throws IllegalArgumentException if the value breaks a rule
     */
    @Override
    public Service build() {
      return MissingFieldException.build(super::build);
    }
  }
}
