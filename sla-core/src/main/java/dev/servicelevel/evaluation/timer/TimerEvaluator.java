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
  final TimeBasis.Business business;
  final Condition startWhen;
  final Condition stopWhen;
  final Condition pauseWhen;
  final Condition cancelWhen;
  final Condition resetWhen;
  final List<TimerGoal> goals;
  final boolean firstMatch;
  /**
   * The names of the fields the goals' conditions read, or null when one of them reads the
   * event type: then the goal is chosen again at every event. Otherwise only an event that sets
   * or clears one of these fields (or a clock that started again) can change the choice.
   */
  final String[] goalFields;
  private final boolean multi;
  /**
   * Each goal's reason, built at first use: a benign race, as two threads build equal strings
   * and a string is safely published.
   */
  private final String[] reasons;

  private TimerEvaluator(TicketTimerTarget target, BusinessCalendar calendar, boolean skip) {
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
    this.goalFields = skip ? goalFields(goals) : null;
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
        Objects.requireNonNull(target, "target"),
        Objects.requireNonNull(calendar, "calendar"),
        true);
  }

  /**
   * An evaluator that chooses the goal again at every event, as if every goal read the event
   * type: the reference the tests hold the usual one against.
   */
  static TimerEvaluator choosingAtEveryEvent(TicketTimerTarget target, BusinessCalendar calendar) {
    return new TimerEvaluator(target, calendar, false);
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
    List<TimerCycle> cycles = new ArrayList<>(1);
    walk(history, asOf, cycles, null, new FieldState(), new EventWalk.TypeSet());
    if (cycles.isEmpty()) {
      cycles.add(notStarted());
    }
    return TimerResult.of(history.ticketId(), target.id(), asOf, cycles);
  }

  /**
   * Evaluates a ticket's timer as of an instant into {@code outcomes}, which it clears first:
   * each cycle's state and the figures that decide it, exactly as
   * {@link #evaluate(TicketHistory, Instant)} reports them, without assembling a
   * {@link TimerResult} (no thresholds, goal reasons, pauses or goal changes). A period's
   * accumulator counts millions of tickets this way and asks for the full result only for the
   * few it lists. A ticket whose timer never started has no outcome (where the full result has
   * one not-started cycle).
   *
   * <pre>{@code
   * TimerOutcomes out = new TimerOutcomes();
   * evaluator.evaluate(history, asOf, out);
   * out.state(0);   // MET
   * }</pre>
   *
   * @param history  the ticket's history, not null
   * @param asOf  the instant to evaluate at, not null
   * @param outcomes  the outcomes to fill, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws DateTimeException as {@link #evaluate(TicketHistory, Instant)} does, for the same
   *     tickets; {@code outcomes} then holds the cycles before the one that failed
   */
  public void evaluate(TicketHistory history, Instant asOf, TimerOutcomes outcomes) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(outcomes, "outcomes");
    Limits.requireInstant("asOf", asOf);
    outcomes.clear();
    walk(history, asOf, null, outcomes, outcomes.fields(), outcomes.types());
  }

  /**
   * Walks the events; each cycle ends into {@code cycles}, or else into {@code outcomes}.
   * {@code fields} and {@code types} come empty.
   */
  private void walk(
      TicketHistory history,
      Instant asOf,
      List<TimerCycle> cycles,
      TimerOutcomes outcomes,
      FieldState fields,
      EventWalk.TypeSet types) {
    RunningCycle open = null;
    int started = 0;
    EventWalk walk = history.walk();
    types.over(walk);
    long asOfSecond = asOf.getEpochSecond();
    int asOfNano = asOf.getNano();
    for (int i = 0, n = walk.size(); i < n; i++) {
      // a single-cycle timer has nothing left to do once its cycle has ended
      if (walk.isAfter(i, asOfSecond, asOfNano) || (open == null && started > 0 && !multi)) {
        break;
      }
      Instant t = walk.at[i];
      long ts = walk.second(i);
      int tn = walk.nano(i);
      walk.apply(i, fields);
      types.at(i);
      if (open == null) {
        if (!startWhen.matches(fields, types)) {
          continue;
        }
        started++;
        open =
            outcomes == null
                ? new RunningCycle(started, this, t, ts, tn, true)
                : outcomes.cycle(this, started, t, ts, tn);
        open.select(fields, types, t, ts, tn, true, true);
        open.pause(ts, tn, pauseWhen.matches(fields, types));
        // a ticket created cancelled: its cycle ends at once, without a verdict
        if (cancelWhen.matches(fields, types)) {
          end(open, t, ts, tn, RunningCycle.End.CANCELLED, asOf, cycles, outcomes);
          open = null;
          continue;
        }
      } else {
        if (cancelWhen.matches(fields, types)) {
          end(open, t, ts, tn, RunningCycle.End.CANCELLED, asOf, cycles, outcomes);
          open = null;
          continue;
        }
        if (resetWhen.matches(fields, types)) {
          open.reset(t, ts, tn, startWhen.matches(fields, types));
        } else if (open.waiting() && startWhen.matches(fields, types)) {
          open.restartAfterReset(t, ts, tn);
        }
        open.select(
            fields, types, t, ts, tn, false, goalFields == null || walk.touches(i, goalFields));
        open.pause(ts, tn, pauseWhen.matches(fields, types));
      }
      if (stopWhen.matches(fields, types)) {
        end(open, t, ts, tn, RunningCycle.End.STOPPED, asOf, cycles, outcomes);
        open = null;
      }
    }
    if (open != null) {
      end(open, asOf, asOfSecond, asOfNano, RunningCycle.End.OPEN, asOf, cycles, outcomes);
    }
  }

  /**
   * The names of the fields the goals' conditions read, in the order met; null when a condition
   * reads the event type.
   */
  static String[] goalFields(List<TimerGoal> goals) {
    // a list, not a set: a handful of names, and an evaluator is built per call of TicketTimers
    List<String> names = new ArrayList<>(4);
    for (TimerGoal g : goals) {
      if (!readsOnlyFields(g.when(), names)) {
        return null;
      }
    }
    return names.toArray(new String[0]);
  }

  /**
   * Adds the names of the fields a condition reads; returns false if it reads the event type.
   * The depth of a condition is bounded ({@link Condition#MAX_DEPTH}), so the recursion is too.
   */
  private static boolean readsOnlyFields(Condition c, List<String> names) {
    if (c instanceof Condition.FieldIs) {
      addOnce(names, ((Condition.FieldIs) c).field());
    } else if (c instanceof Condition.FieldIn) {
      addOnce(names, ((Condition.FieldIn) c).field());
    } else if (c instanceof Condition.FieldPresent) {
      addOnce(names, ((Condition.FieldPresent) c).field());
    } else if (c instanceof Condition.Not) {
      return readsOnlyFields(((Condition.Not) c).operand(), names);
    } else if (c instanceof Condition.And) {
      for (Condition o : ((Condition.And) c).operands()) {
        if (!readsOnlyFields(o, names)) {
          return false;
        }
      }
    } else if (c instanceof Condition.Or) {
      for (Condition o : ((Condition.Or) c).operands()) {
        if (!readsOnlyFields(o, names)) {
          return false;
        }
      }
    } else {
      // an event type, or a constant: a constant reads nothing, an event type changes each event
      return c instanceof Condition.Constant;
    }
    return true;
  }

  private static void addOnce(List<String> names, String name) {
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  private static void end(
      RunningCycle cycle,
      Instant at,
      long second,
      int nano,
      RunningCycle.End how,
      Instant asOf,
      List<TimerCycle> cycles,
      TimerOutcomes outcomes) {
    if (cycles != null) {
      cycles.add(cycle.finish(at, second, nano, how, asOf));
    } else {
      cycle.finishInto(at, second, nano, how, outcomes);
    }
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
