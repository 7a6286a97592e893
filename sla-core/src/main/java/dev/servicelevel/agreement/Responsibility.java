package dev.servicelevel.agreement;

import org.immutables.value.Value;

/**
 * A duty of one party under an agreement, in words, such as "EcoShop names a contact for
 * incidents". A duty that is measured is better written as a target with
 * {@link MetricTarget#responsibleParty()} set.
 *
 * <pre>{@code
 * Responsibility.of(PartyRole.CUSTOMER, "Announce marketing campaigns two weeks ahead");
 * }</pre>
 *
 * <p>Bounds: names and other texts at most 10,000 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Responsibility {

  Responsibility() {}

  /**
   * Obtains a responsibility.
   *
   * @param party  the party that has the duty, not null
   * @param description  the duty in words, not blank
   * @return the responsibility, not null
   * @throws IllegalArgumentException if the description is blank
   */
  public static Responsibility of(PartyRole party, String description) {
    return ImmutableResponsibility.of(party, description);
  }

  /**
   * Gets the party that has the duty.
   *
   * @return the party, not null
   */
  @Value.Parameter
  public abstract PartyRole party();

  /**
   * Gets the duty in words.
   *
   * @return the description, not null
   */
  @Value.Parameter
  public abstract String description();

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this responsibility with another party, checked like a built value.
   *
   * @param value  the party, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Responsibility withParty(PartyRole value);

  /**
   * Returns a copy of this responsibility with another description, checked like a built
   * value.
   *
   * @param value  the description, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Responsibility withDescription(String value);

  @Value.Check
  void check() {
    Checks.requireText("Responsibility", description());
  }

  /**
   * Outputs the responsibility as {@code PARTY: description}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return party() + ": " + description();
  }
}
