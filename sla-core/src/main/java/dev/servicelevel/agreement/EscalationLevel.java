package dev.servicelevel.agreement;

import java.util.List;
import org.immutables.value.Value;

/**
 * One level of an agreement's escalation procedure: its name and who is contacted, in order.
 * Levels are numbered from 1 by their position in {@link Agreement#escalation()}.
 *
 * <pre>{@code
 * EscalationLevel.of("Service manager", "service-manager@provider.example", "+49 30 1234567");
 * }</pre>
 *
 * <p>Bounds: names and other texts at most 10,000 characters; no contact is null.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class EscalationLevel {

  EscalationLevel() {}

  /**
   * Obtains a level.
   *
   * @param name  the level's name, not blank
   * @param contacts  who is contacted, in order, at least one, none blank
   * @return the level, not null
   * @throws IllegalArgumentException if the name or a contact is blank or no contact is given
   */
  public static EscalationLevel of(String name, String... contacts) {
    return of(name, Checks.requireNoNulls("contacts", contacts));
  }

  /**
   * Obtains a level.
   *
   * @param name  the level's name, not blank
   * @param contacts  who is contacted, in order, at least one, none blank
   * @return the level, not null
   * @throws IllegalArgumentException if the name or a contact is blank or no contact is given
   */
  public static EscalationLevel of(String name, List<String> contacts) {
    return ImmutableEscalationLevel.of(name, Checks.requireNoNulls("contacts", contacts));
  }

  /**
   * Gets the level's name.
   *
   * @return the name, not null
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Gets who is contacted at this level, in order.
   *
   * @return the contacts, at least one, not null
   */
  @Value.Parameter
  public abstract List<String> contacts();

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this escalation level with another name, checked like a built value.
   *
   * @param value  the name, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract EscalationLevel withName(String value);

  /**
   * Returns a copy of this escalation level with another contacts, checked like a built
   * value.
   *
   * @param elements  the contacts, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract EscalationLevel withContacts(String... elements);

  /**
   * Returns a copy of this escalation level with another contacts, checked like a built
   * value.
   *
   * @param elements  the contacts, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract EscalationLevel withContacts(Iterable<String> elements);

  @Value.Check
  void check() {
    Checks.requireText("Escalation level name", name());
    Checks.requireArgument(!contacts().isEmpty(), "An escalation level needs a contact", name());
    contacts().forEach(c -> Checks.requireText("Escalation contact", c));
  }

  /**
   * Outputs the level as {@code name [contacts]}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return name() + " " + contacts();
  }
}
