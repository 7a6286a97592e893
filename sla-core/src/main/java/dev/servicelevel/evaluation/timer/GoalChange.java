package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.TimerGoal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change of the goal that applies to a running timer, such as a priority raised from P2 to P1,
 * and how the target's policy applied it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class GoalChange {

  GoalChange() {}

  /**
   * Gets the instant of the event that changed the goal.
   *
   * @return the instant, not null
   */
  @Value.Parameter
  public abstract Instant at();

  /**
   * Gets the goal before the change.
   *
   * @return the goal, empty when none applied
   */
  @Value.Parameter
  public abstract Optional<TimerGoal> from();

  /**
   * Gets the goal after the change.
   *
   * @return the goal, empty when none applies any more
   */
  @Value.Parameter
  public abstract Optional<TimerGoal> to();

  /**
   * Gets how the change was applied: retroactively from the original start, or with a fresh
   * clock from the change.
   *
   * @return the policy, not null
   */
  @Value.Parameter
  public abstract GoalChangePolicy policy();

  /**
   * Gets the time the timer had used when the goal changed, on the clock of the goal before the
   * change (business time, or elapsed time for a goal in elapsed time), pauses not counted: with
   * {@link #from()}'s goal, "2 h of 4 h used when the priority rose". Counted since the clock's
   * last start (a reset or a restart starts it afresh).
   *
   * @return the time used, not negative, not null
   */
  @Value.Parameter
  public abstract Duration elapsedBefore();

  /**
   * Gets the wall-clock time from the clock's last start to the change, pauses and closed hours
   * included.
   *
   * @return the wall-clock time, not negative, not null
   */
  @Value.Parameter
  public abstract Duration wallClockBefore();

  /**
   * Outputs the change, such as {@code "2024-11-25T10:00:00Z: priority = "P2" -> PT8H => ..."}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return at() + ": " + from().map(Object::toString).orElse("no goal") + " => "
        + to().map(Object::toString).orElse("no goal") + " (" + policy() + ", " + elapsedBefore()
        + " used, " + wallClockBefore() + " on the wall clock)";
  }
}
