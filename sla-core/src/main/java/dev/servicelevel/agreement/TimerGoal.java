package dev.servicelevel.agreement;

import org.immutables.value.Value;

/**
 * One goal of a ticket timer: the condition that selects the tickets it applies to and the
 * duration within which the timer must stop, such as "priority = P1 → 30 min business time".
 *
 * <pre>{@code
 * TimerGoal p1 = TimerGoal.of(
 *     Condition.fieldIs("priority", "P1"), BusinessDuration.businessMinutes(30));
 * }</pre>
 *
 * <p>Bounds: the duration's bounds, see {@link BusinessDuration}; the condition's, see {@link
 * Condition}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TimerGoal {

  TimerGoal() {}

  /**
   * Obtains a goal.
   *
   * @param when  the condition that selects the tickets the goal applies to, not null
   * @param within  the duration within which the timer must stop, not null
   * @return the goal, not null
   */
  public static TimerGoal of(Condition when, BusinessDuration within) {
    return ImmutableTimerGoal.of(when, within);
  }

  /**
   * Gets the condition that selects the tickets this goal applies to.
   *
   * @return the condition, not null
   */
  @Value.Parameter
  public abstract Condition when();

  /**
   * Gets the duration within which the timer must stop.
   *
   * @return the duration, not null
   */
  @Value.Parameter
  public abstract BusinessDuration within();

  /**
   * Outputs the goal, such as {@code priority = "P1" -> PT30M business time}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return when() + " -> " + within();
  }

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this timer goal with another when, checked like a built value.
   *
   * @param value  the when, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TimerGoal withWhen(Condition value);

  /**
   * Returns a copy of this timer goal with another within, checked like a built value.
   *
   * @param value  the within, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TimerGoal withWithin(BusinessDuration value);
}
