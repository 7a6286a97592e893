package dev.servicelevel.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cause of an outage: a name, whether the agreement excludes its outages from availability,
 * and a description. The causes are an open set: four are predefined ({@link #predefined()}),
 * and an agreement defines its own ({@link Agreement#outageCauses()}), such as announced
 * maintenance, a customer's change or a regional power cut.
 *
 * <p>An outage whose cause is excluded does not count as downtime. A cause the agreement defines
 * with {@link #excluded()} true is excluded by every availability target of the agreement; any
 * other cause, each predefined one included, is excluded by the targets that list it among
 * their {@link AvailabilityTarget#excludedCauses()}. An outage without a cause, or with a cause
 * neither excludes, counts. An outage that names a cause the agreement does not define cannot be
 * evaluated: it is listed among the report's unevaluable records, neither counted nor excluded.
 * Causes compare by all three attributes, so an outage names a cause with the very value the
 * agreement defines ({@link Agreement#outageCause(String)}). A cause is made by {@link #of}; a
 * changed cause is a new definition, so this type has no {@code with} copies.
 *
 * <pre>{@code
 * OutageCause powerCut = OutageCause.of("regional-power-cut", true,
 *     "A power cut in the region of the data centre, announced by the grid operator");
 * Agreement sla = Agreement.builder()...addOutageCauses(powerCut).build();
 * Outage.builder().id("INC-7").service("shop").interval(interval)
 *     .cause(sla.outageCause("regional-power-cut").orElseThrow()).build();
 * }</pre>
 *
 * <p>Bounds: names are ids of at most 200 characters (letters, digits, '.', '_' or '-', starting
 * with a letter or digit); descriptions are not blank and have at most 10,000 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class OutageCause {

  /**
   * Maintenance that was announced at least the target's notice period ahead (see
   * {@link AvailabilityTarget#maintenanceNotice()}); the only cause an outage may record an
   * announcement for.
   */
  public static final OutageCause PLANNED_MAINTENANCE =
      ImmutableOutageCause.of(
          "PLANNED_MAINTENANCE",
          false,
          "Maintenance announced at least the target's notice period ahead");

  /** An outage caused by the customer. */
  public static final OutageCause CUSTOMER_CAUSED =
      ImmutableOutageCause.of("CUSTOMER_CAUSED", false, "An outage caused by the customer");

  /** An outage caused by events beyond either party's control. */
  public static final OutageCause FORCE_MAJEURE =
      ImmutableOutageCause.of(
          "FORCE_MAJEURE", false, "An outage caused by events beyond either party's control");

  /** An outage caused by a third party that is not the provider's supplier under this agreement. */
  public static final OutageCause THIRD_PARTY =
      ImmutableOutageCause.of(
          "THIRD_PARTY",
          false,
          "An outage caused by a third party that is not the provider's supplier under this"
              + " agreement");

  private static final List<OutageCause> PREDEFINED =
      List.of(PLANNED_MAINTENANCE, CUSTOMER_CAUSED, FORCE_MAJEURE, THIRD_PARTY);

  OutageCause() {}

  /**
   * Obtains a cause an agreement defines.
   *
   * @param name  the name, an id, not one of the predefined names, not null
   * @param excluded  true if every availability target of the agreement excludes its outages
   * @param description  what the cause covers, not blank, not null
   * @return the cause, not null
   * @throws NullPointerException naming the parameter if an argument is null
   * @throws IllegalArgumentException if the name is malformed or predefined, or the description
   *     is blank or too long
   */
  public static OutageCause of(String name, boolean excluded, String description) {
    OutageCause cause = ImmutableOutageCause.of(name, excluded, description);
    Checks.requireArgument(
        predefined(name).isEmpty(), "Outage cause name is predefined", cause.name());
    return cause;
  }

  /**
   * Gets the four predefined causes, which every agreement defines; none of them is excluded
   * unless a target lists it.
   *
   * @return {@link #PLANNED_MAINTENANCE}, {@link #CUSTOMER_CAUSED}, {@link #FORCE_MAJEURE} and
   *     {@link #THIRD_PARTY}, in that order, not null
   */
  public static List<OutageCause> predefined() {
    return PREDEFINED;
  }

  /**
   * Finds a predefined cause by name.
   *
   * @param name  the name, such as {@code "PLANNED_MAINTENANCE"}, not null
   * @return the cause, empty if no predefined cause has the name
   */
  public static Optional<OutageCause> predefined(String name) {
    Objects.requireNonNull(name, "name");
    return PREDEFINED.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * Gets the cause's name, unique among the causes of an agreement.
   *
   * @return the name, not null
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Checks if every availability target of the agreement that defines the cause excludes its
   * outages; false for the predefined causes, which each target excludes or not.
   *
   * @return true if excluded by every availability target
   */
  @Value.Parameter
  public abstract boolean excluded();

  /**
   * Gets what the cause covers.
   *
   * @return the description, not blank, not null
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Checks if this is one of the four predefined causes.
   *
   * @return true if predefined
   */
  public boolean isPredefined() {
    return PREDEFINED.contains(this);
  }

  @Value.Check
  void check() {
    Checks.requireId("Outage cause name", name());
    Checks.requireText("Outage cause description", description());
  }

  /**
   * Outputs the name, such as {@code "PLANNED_MAINTENANCE"}.
   *
   * @return the name, not null
   */
  @Override
  public String toString() {
    return name();
  }
}
