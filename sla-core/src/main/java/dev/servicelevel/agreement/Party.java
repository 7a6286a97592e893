package dev.servicelevel.agreement;

import org.immutables.value.Value;

/**
 * A party to an agreement: a company, a team or a supplier, with an id and a display name.
 *
 * <pre>{@code
 * Party ops = Party.of("ops", "Operations team");
 * }</pre>
 *
 * <p>Bounds: ids have at most 200 characters; names and other texts at most 10,000 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Party {

  Party() {}

  /**
   * Obtains a party.
   *
   * @param id  the party's id, letters, digits, '.', '_' or '-'
   * @param name  the display name, not blank
   * @return the party, not null
   * @throws IllegalArgumentException if the id is malformed or the name blank
   */
  public static Party of(String id, String name) {
    return ImmutableParty.of(id, name);
  }

  /**
   * Gets the party's id.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Gets the party's display name.
   *
   * @return the name, not null
   */
  @Value.Parameter
  public abstract String name();

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this party with another id, checked like a built value.
   *
   * @param value  the id, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Party withId(String value);

  /**
   * Returns a copy of this party with another name, checked like a built value.
   *
   * @param value  the name, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Party withName(String value);

  @Value.Check
  void check() {
    Checks.requireId("Party id", id());
    Checks.requireText("Party name", name());
  }

  /**
   * Outputs the party as {@code name (id)}.
   *
   * @return the party, not null
   */
  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }
}
