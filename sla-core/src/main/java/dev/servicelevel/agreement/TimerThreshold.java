package dev.servicelevel.agreement;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A point in a ticket timer's life at which a warning or an escalation fires: either a share of
 * the goal used up ("at 75 % of the goal") or a time left before the deadline ("15 business
 * minutes before the deadline"). An escalation may name the level of the agreement's escalation
 * procedure it goes to.
 *
 * <pre>{@code
 * TimerThreshold.warningAt(new BigDecimal("75"));
 * TimerThreshold.escalationBefore(BusinessDuration.businessMinutes(15)).atLevel(2);
 * }</pre>
 *
 * <p>Bounds: a share of the goal is more than 0 and at most 100 %; decimals have at most 18 digits
 * after the point and an absolute value below 10^18 ({@link Limits#requireDecimal(String,
 * java.math.BigDecimal)}), checked before any other rule; a time before the deadline is business
 * or elapsed time of at most 500 years.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TimerThreshold {

  TimerThreshold() {}

  /**
   * Obtains a warning that fires when a share of the goal is used up.
   *
   * @param percentOfGoal  the share of the goal in percent, more than 0 and at most 100
   * @return the threshold, not null
   * @throws IllegalArgumentException if the share is outside (0, 100]
   */
  public static TimerThreshold warningAt(BigDecimal percentOfGoal) {
    return builder(ThresholdType.WARNING).shareOfGoal(percentOfGoal).build();
  }

  /**
   * Obtains an escalation that fires when a share of the goal is used up.
   *
   * @param percentOfGoal  the share of the goal in percent, more than 0 and at most 100
   * @return the threshold, not null
   * @throws IllegalArgumentException if the share is outside (0, 100]
   */
  public static TimerThreshold escalationAt(BigDecimal percentOfGoal) {
    return builder(ThresholdType.ESCALATION).shareOfGoal(percentOfGoal).build();
  }

  /**
   * Obtains a warning that fires a time before the deadline.
   *
   * @param remaining  the time left before the deadline, business or elapsed time, not null
   * @return the threshold, not null
   * @throws IllegalArgumentException if {@code remaining} counts working days
   */
  public static TimerThreshold warningBefore(BusinessDuration remaining) {
    return builder(ThresholdType.WARNING).beforeDeadline(remaining).build();
  }

  /**
   * Obtains an escalation that fires a time before the deadline.
   *
   * @param remaining  the time left before the deadline, business or elapsed time, not null
   * @return the threshold, not null
   * @throws IllegalArgumentException if {@code remaining} counts working days
   */
  public static TimerThreshold escalationBefore(BusinessDuration remaining) {
    return builder(ThresholdType.ESCALATION).beforeDeadline(remaining).build();
  }

  private static ImmutableTimerThreshold.Builder builder(ThresholdType type) {
    return ImmutableTimerThreshold.builder().type(type);
  }

  /**
   * Gets whether the threshold fires a warning or an escalation.
   *
   * @return the type, not null
   */
  public abstract ThresholdType type();

  /**
   * Gets the share of the goal, in percent, at which the threshold fires.
   *
   * @return the share, empty when the threshold is a time before the deadline
   */
  public abstract Optional<BigDecimal> shareOfGoal();

  /**
   * Gets the time before the deadline at which the threshold fires.
   *
   * @return the time left, empty when the threshold is a share of the goal
   */
  public abstract Optional<BusinessDuration> beforeDeadline();

  /**
   * Gets the level of the agreement's escalation procedure an escalation goes to, counted from 1.
   *
   * @return the level, empty for warnings and for escalations that name no level
   */
  public abstract OptionalInt escalationLevel();

  /**
   * Returns a copy of this escalation that goes to a level of the agreement's escalation
   * procedure.
   *
   * @param level  the level, counted from 1; the agreement checks that it exists
   * @return an escalation like this one with the level, not null
   * @throws IllegalArgumentException if this is a warning or the level is less than 1
   */
  public TimerThreshold atLevel(int level) {
    return withEscalationLevel(level);
  }

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this timer threshold with another type, checked like a built value.
   *
   * @param value  the type, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TimerThreshold withType(ThresholdType value);

  /**
   * Returns a copy of this timer threshold with another share of goal, checked like a built
   * value.
   *
   * @param value  the share of goal, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TimerThreshold withShareOfGoal(BigDecimal value);

  /**
   * Returns a copy of this timer threshold with another share of goal, checked like a built
   * value.
   *
   * @param optional  the share of goal, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TimerThreshold withShareOfGoal(Optional<? extends BigDecimal> optional);

  /**
   * Returns a copy of this timer threshold with another before deadline, checked like a
   * built value.
   *
   * @param value  the before deadline, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TimerThreshold withBeforeDeadline(BusinessDuration value);

  /**
   * Returns a copy of this timer threshold with another before deadline, checked like a
   * built value.
   *
   * @param optional  the before deadline, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TimerThreshold withBeforeDeadline(Optional<? extends BusinessDuration> optional);

  /**
   * Returns a copy of this timer threshold with another escalation level, checked like a
   * built value.
   *
   * @param value  the escalation level
   * @return the copy, not null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TimerThreshold withEscalationLevel(int value);

  /**
   * Returns a copy of this timer threshold with another escalation level, checked like a
   * built value.
   *
   * @param optional  the escalation level, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TimerThreshold withEscalationLevel(OptionalInt optional);

  @Value.Check
  void check() {
    Checks.requireArgument(
        shareOfGoal().isPresent() != beforeDeadline().isPresent(),
        "A threshold is either a share of the goal or a time before the deadline",
        shareOfGoal(),
        beforeDeadline());
    shareOfGoal().ifPresent(s -> Checks.requireShare("Threshold share of goal", s));
    beforeDeadline()
        .ifPresent(
            d ->
                Checks.requireArgument(
                    d.isTimeBased(),
                    "A time before the deadline must be business or elapsed time",
                    d));
    if (escalationLevel().isPresent()) {
      Checks.requireArgument(
          type() == ThresholdType.ESCALATION,
          "Only an escalation goes to an escalation level",
          type(),
          escalationLevel().getAsInt());
      Checks.requireArgument(
          escalationLevel().getAsInt() >= 1,
          "Escalation level must be at least 1",
          escalationLevel().getAsInt());
    }
  }

  /**
   * Outputs the threshold, such as {@code "warning at 75 % of goal"} or
   * {@code "escalation PT15M business time before deadline to level 2"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    String kind = type() == ThresholdType.WARNING ? "warning" : "escalation";
    String when =
        shareOfGoal().isPresent()
            ? " at " + shareOfGoal().get().toPlainString() + " % of goal"
            : " " + beforeDeadline().orElseThrow() + " before deadline";
    String level = escalationLevel().isPresent() ? " to level " + escalationLevel().getAsInt() : "";
    return kind + when + level;
  }
}
