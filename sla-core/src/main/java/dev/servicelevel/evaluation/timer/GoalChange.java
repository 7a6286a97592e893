package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.TimerGoal;
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

  static GoalChange of(Instant at, Optional<TimerGoal> from, Optional<TimerGoal> to, GoalChangePolicy policy) {
    return ImmutableGoalChange.builder().at(at).from(from).to(to).policy(policy).build();
  }

  /**
   * Gets the instant of the event that changed the goal.
   *
   * @return the instant, not null
   */
  public abstract Instant at();

  /**
   * Gets the goal before the change.
   *
   * @return the goal, empty when none applied
   */
  public abstract Optional<TimerGoal> from();

  /**
   * Gets the goal after the change.
   *
   * @return the goal, empty when none applies any more
   */
  public abstract Optional<TimerGoal> to();

  /**
   * Gets how the change was applied: retroactively from the original start, or with a fresh
   * clock from the change.
   *
   * @return the policy, not null
   */
  public abstract GoalChangePolicy policy();

  /**
   * Outputs the change, such as {@code "2024-11-25T10:00:00Z: priority = "P2" -> PT8H => ..."}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return at() + ": " + from().map(Object::toString).orElse("no goal") + " => "
        + to().map(Object::toString).orElse("no goal") + " (" + policy() + ")";
  }
}
