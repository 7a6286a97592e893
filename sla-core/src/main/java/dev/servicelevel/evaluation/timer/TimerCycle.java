package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.TimerGoal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One start-to-stop cycle of a ticket timer as of an instant: what a help desk shows next to a
 * ticket ("first response due in 23 min", "paused", "breached 2 h ago", "escalate at 14:30").
 *
 * <p>Durations are counted on the goal's clock: business time of the window's calendar, or
 * plain elapsed time for goals in elapsed time. {@link #elapsed()} and {@link #remaining()}
 * change continuously while the clock runs in open hours; {@link #nextChangeAt()} names the
 * next discrete change.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TimerCycle {

  TimerCycle() {}

  static ImmutableTimerCycle.Builder builder() {
    return ImmutableTimerCycle.builder();
  }

  /**
   * Gets the cycle's number, from 1; multi-cycle timers count a cycle per start.
   *
   * @return the number, at least 1
   */
  public abstract int number();

  /**
   * Gets the state as of the evaluation instant.
   *
   * @return the state, not null
   */
  public abstract TimerState state();

  /**
   * Gets the instant the clock started, or last restarted after a reset or a goal change with
   * the restart policy.
   *
   * @return the instant, empty when not started
   */
  public abstract Optional<Instant> startedAt();

  /**
   * Gets the goal that applies.
   *
   * @return the goal, empty when not started or no goal's condition matches
   */
  public abstract Optional<TimerGoal> goal();

  /**
   * Explains how the goal was chosen, such as {@code "goal 1 of 2, first match"} (the goal's
   * position among the target's goals and the selection policy); {@link #goal()} is the goal.
   *
   * @return the explanation, not null
   */
  public abstract String goalReason();

  /**
   * Gets the goal as time on the goal's clock; a goal in working days is converted at the start.
   *
   * @return the time, empty when there is no goal
   */
  public abstract Optional<Duration> goalTime();

  /**
   * Gets the goal changes applied while the cycle ran, in order.
   *
   * @return the changes, not null
   */
  public abstract List<GoalChange> goalChanges();

  /**
   * Gets the instants at which the reset condition restarted the clock at zero.
   *
   * @return the instants, not null
   */
  public abstract List<Instant> resets();

  /**
   * Gets the time counted on the goal's clock since {@link #startedAt()}, pauses excluded.
   *
   * @return the elapsed time, not null
   */
  public abstract Duration elapsed();

  /**
   * Gets the plain wall-clock time from {@link #startedAt()} to the stop or the evaluation
   * instant.
   *
   * @return the wall-clock time, not null
   */
  public abstract Duration wallClock();

  /**
   * Gets the time on the goal's clock that passed while paused (open hours spent waiting).
   *
   * @return the paused time, not null
   */
  public abstract Duration paused();

  /**
   * Gets the goal time left: negative once breached.
   *
   * @return the remaining time, empty when there is no goal
   */
  public abstract Optional<Duration> remaining();

  /**
   * Gets the elapsed time as a percentage of the goal, rounded half-even to two decimals
   * (1 h 30 min of 8 h is 18.75).
   *
   * @return the percentage, empty when there is no goal
   */
  public abstract Optional<BigDecimal> percentUsed();

  /**
   * Gets the deadline: the instant the goal time runs out if no further pause comes. For a
   * breached cycle it is the breach instant; for a met cycle the deadline that applied at the
   * stop.
   *
   * @return the deadline, empty when not started, paused, cancelled, without goal, met while
   *     paused, or when it falls after {@link dev.servicelevel.agreement.Limits#LATEST} or the
   *     calendar never opens again (the goal cannot run out within the supported range)
   */
  public abstract Optional<Instant> deadline();

  /**
   * Gets the instant the goal time ran out, when it did.
   *
   * @return the breach instant, empty unless breached
   */
  public abstract Optional<Instant> breachedAt();

  /**
   * Gets the instant the stop (or cancel) condition ended the cycle.
   *
   * @return the instant, empty while the cycle is open
   */
  public abstract Optional<Instant> stoppedAt();

  /**
   * Gets the warning and escalation thresholds of the target with the instant each was or will
   * be reached.
   *
   * @return the thresholds in the target's order, not null
   */
  public abstract List<ThresholdStatus> thresholds();

  /**
   * Gets the earliest instant after the evaluation instant at which this result changes in a
   * discrete way without new events: the next threshold, or the first instant past the deadline
   * (deadline plus one nanosecond, when the state turns to breached). A host schedules one
   * wake-up per ticket at this instant.
   *
   * @return the instant, empty when nothing changes without new events (not started, paused,
   *     stopped, cancelled, already breached with no threshold ahead)
   */
  public abstract Optional<Instant> nextChangeAt();

  /**
   * Outputs the cycle on one line, such as
   * {@code "RUNNING elapsed PT1H30M of PT8H (18.75 %), due 2024-11-25T15:00:00Z"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(state());
    if (state() == TimerState.NOT_STARTED) {
      return sb.toString();
    }
    sb.append(" elapsed ").append(elapsed());
    goalTime().ifPresent(g -> sb.append(" of ").append(g));
    percentUsed().ifPresent(p -> sb.append(" (").append(p.toPlainString()).append(" %)"));
    deadline().ifPresent(d -> sb.append(", due ").append(d));
    breachedAt().ifPresent(b -> sb.append(", breached at ").append(b));
    stoppedAt().ifPresent(s -> sb.append(", stopped at ").append(s));
    if (!paused().isZero()) {
      sb.append(", paused ").append(paused());
    }
    nextChangeAt().ifPresent(n -> sb.append(", next change at ").append(n));
    return sb.toString();
  }
}
