package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates one ticket-timer target on one calendar for any number of tickets: what
 * {@link TicketTimers#evaluate(TicketHistory, TicketTimerTarget, BusinessCalendar, Instant)}
 * does, with the target's conditions, goals and goal descriptions looked up once instead of at
 * every evaluation. Hosts that evaluate many tickets against the same target (a period's
 * accumulator, a service) keep one; the results are identical.
 *
 * <pre>{@code
 * TimerEvaluator resolve = TimerEvaluator.of(resolveTarget, officeHours);
 * for (TicketHistory h : tickets) {
 *   TimerResult r = resolve.evaluate(h, asOf);
 * }
 * }</pre>
 *
 * <p>{@link TicketTimers} documents the semantics.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimerEvaluator {

  private final TicketTimerTarget target;
  private final BusinessCalendar calendar;
  /** Business time of the calendar: one instance for every evaluation. */
  final TimeBasis business;
  final Condition startWhen;
  final Condition stopWhen;
  final Condition pauseWhen;
  final Condition cancelWhen;
  final Condition resetWhen;
  final List<TimerGoal> goals;
  final boolean firstMatch;
  private final boolean multi;
  /**
   * Each goal's reason, built at first use: a benign race, as two threads build equal strings
   * and a string is safely published.
   */
  private final String[] reasons;

  private TimerEvaluator(TicketTimerTarget target, BusinessCalendar calendar) {
    this.target = target;
    this.calendar = calendar;
    this.business = TimeBasis.of(calendar);
    this.startWhen = target.startWhen();
    this.stopWhen = target.stopWhen();
    this.pauseWhen = target.pauseWhen();
    this.cancelWhen = target.cancelWhen();
    this.resetWhen = target.resetWhen();
    this.goals = target.goals();
    this.firstMatch = target.goalSelection() == GoalSelection.FIRST_MATCH;
    this.multi = target.cycles() == TimerCycles.MULTI;
    this.reasons = new String[goals.size()];
  }

  /**
   * Obtains an evaluator of a target on the calendar of its window.
   *
   * @param target  the ticket-timer target, not null
   * @param calendar  the calendar of the target's window, not null
   * @return the evaluator, not null
   * @throws NullPointerException naming the parameter if one is null
   */
  public static TimerEvaluator of(TicketTimerTarget target, BusinessCalendar calendar) {
    return new TimerEvaluator(
        Objects.requireNonNull(target, "target"), Objects.requireNonNull(calendar, "calendar"));
  }

  /**
   * Gets the target this evaluator evaluates.
   *
   * @return the target, not null
   */
  public TicketTimerTarget target() {
    return target;
  }

  /**
   * Gets the calendar the target's business time is counted on.
   *
   * @return the calendar, not null
   */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * Evaluates a ticket's timer as of an instant, as
   * {@link TicketTimers#evaluate(TicketHistory, TicketTimerTarget, BusinessCalendar, Instant)}
   * does with this evaluator's target and calendar.
   *
   * @param history  the ticket's history, not null
   * @param asOf  the instant to evaluate at, not null
   * @return the result, with one cycle per start (a not-started cycle if none), not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws DateTimeException if {@code asOf} is outside the supported range
   *     ({@link Limits#requireInstant}), or a cycle that needs a verdict has a goal in working
   *     days with no deadline within the supported range
   */
  public TimerResult evaluate(TicketHistory history, Instant asOf) {
    Objects.requireNonNull(history, "history");
    Limits.requireInstant("asOf", asOf);
    FieldState fields = new FieldState();
    List<TimerCycle> cycles = new ArrayList<>(1);
    RunningCycle open = null;
    boolean startedBefore = false;
    EventWalk walk = history.walk();
    EventWalk.TypeSet types = new EventWalk.TypeSet();
    long asOfSecond = asOf.getEpochSecond();
    int asOfNano = asOf.getNano();
    for (int i = 0, n = walk.size(); i < n; i++) {
      if (walk.isAfter(i, asOfSecond, asOfNano)) {
        break;
      }
      Instant t = walk.at[i];
      walk.apply(i, fields);
      types.set(walk.types[i]);
      if (open == null) {
        if ((startedBefore && !multi) || !startWhen.matches(fields, types)) {
          continue;
        }
        startedBefore = true;
        open = new RunningCycle(cycles.size() + 1, this, t);
        open.select(fields, types, t, true);
        open.pause(t, pauseWhen.matches(fields, types));
        // a ticket created cancelled: its cycle ends at once, without a verdict
        if (cancelWhen.matches(fields, types)) {
          cycles.add(open.finish(t, RunningCycle.End.CANCELLED, asOf));
          open = null;
          continue;
        }
      } else {
        if (cancelWhen.matches(fields, types)) {
          cycles.add(open.finish(t, RunningCycle.End.CANCELLED, asOf));
          open = null;
          continue;
        }
        if (resetWhen.matches(fields, types)) {
          open.reset(t, startWhen.matches(fields, types));
        } else if (open.waiting() && startWhen.matches(fields, types)) {
          open.restartAfterReset(t);
        }
        open.select(fields, types, t, false);
        open.pause(t, pauseWhen.matches(fields, types));
      }
      if (stopWhen.matches(fields, types)) {
        cycles.add(open.finish(t, RunningCycle.End.STOPPED, asOf));
        open = null;
      }
    }
    if (open != null) {
      cycles.add(open.finish(asOf, RunningCycle.End.OPEN, asOf));
    }
    if (cycles.isEmpty()) {
      cycles.add(notStarted());
    }
    return TimerResult.of(history.ticketId(), target.id(), asOf, cycles);
  }

  private static TimerCycle notStarted() {
    return TimerCycle.builder()
        .number(1)
        .state(TimerState.NOT_STARTED)
        .goalReason("not started")
        .elapsed(Duration.ZERO)
        .wallClock(Duration.ZERO)
        .paused(Duration.ZERO)
        .pausedWallClock(Duration.ZERO)
        .build();
  }

  /** Why goal {@code index} applies; built once per evaluator and goal. */
  String reason(int index) {
    String reason = reasons[index];
    if (reason == null) {
      reason =
          "goal " + (index + 1) + " of " + goals.size() + ", "
              + (firstMatch ? "first match" : "shortest match")
              + ", when " + Limits.shown(goals.get(index).when());
      reasons[index] = reason;
    }
    return reason;
  }

  /**
   * Outputs the evaluator's target, such as {@code "timer evaluator of resolve"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "timer evaluator of " + target.id();
  }
}
