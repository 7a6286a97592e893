package dev.servicelevel.agreement;

import org.immutables.value.Value;

/**
 * What a ticket timer measures: time to respond, to resolve, between updates, to the next reply,
 * or a custom kind named by the host.
 *
 * <pre>{@code
 * TimerKind.RESPOND;
 * TimerKind.of("acknowledge");
 * }</pre>
 *
 * <p>Bounds: ids have at most 200 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TimerKind {

  /** Time to the first response. */
  public static final TimerKind RESPOND = of("respond");

  /** Time to resolution. */
  public static final TimerKind RESOLVE = of("resolve");

  /** Time between updates to the customer. */
  public static final TimerKind UPDATE = of("update");

  /** Time from a customer's message to the next reply. */
  public static final TimerKind NEXT_REPLY = of("next-reply");

  TimerKind() {}

  /**
   * Obtains a timer kind by name: one of the predefined names ({@code respond}, {@code resolve},
   * {@code update}, {@code next-reply}) gives a value equal to the constant, any other name a
   * custom kind.
   *
   * @param name  the name, letters, digits, '.', '_' or '-'
   * @return the kind, not null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static TimerKind of(String name) {
    return ImmutableTimerKind.of(name);
  }

  /**
   * Gets the name of the kind.
   *
   * @return the name, not null
   */
  @Value.Parameter
  public abstract String name();

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this timer kind with another name, checked like a built value.
   *
   * @param value  the name, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TimerKind withName(String value);

  @Value.Check
  void check() {
    Checks.requireId("Timer kind", name());
  }

  /**
   * Outputs the name.
   *
   * @return the name, not null
   */
  @Override
  public String toString() {
    return name();
  }
}
