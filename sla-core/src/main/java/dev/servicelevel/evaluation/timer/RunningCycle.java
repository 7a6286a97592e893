package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerThreshold;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The running state of one timer cycle while {@link TicketTimers} walks the events: its
 * {@link TimerClock}, the goal chosen so far and its changes; {@link #finish} assembles the
 * {@link TimerCycle} from the state, the deadline and the thresholds.
 */
final class RunningCycle {

  /** How a cycle ends. */
  enum End {
    OPEN,
    STOPPED,
    CANCELLED
  }

  private int number;
  private final TimerEvaluator evaluator;
  private final TicketTimerTarget target;
  /**
   * Whether the cycle keeps its goal changes and resets for a {@link TimerCycle}; the outcomes
   * path reads neither, so it skips measuring the time used at each change.
   */
  private final boolean records;
  private final TimerClock clock;
  /** Where the cycle's clock first started, kept through resets and restarts. */
  private Instant firstStart;
  private TimerGoal goal;
  private int goalIndex = -1;
  /** The clock's start when the goal was last chosen; null before the first choice. */
  private Instant chosenFrom;
  /** The goal changes so far; null while there is none (most cycles). */
  private List<GoalChange> changes;
  /** The resets so far; null while there is none (most cycles). */
  private List<Instant> resets;

  /**
   * A cycle started at {@code start}, which is {@code second + nano}: every instant a cycle is
   * given comes with its epoch second and nano, which its clock measures with.
   */
  RunningCycle(
      int number, TimerEvaluator evaluator, Instant start, long second, int nano, boolean records) {
    this.number = number;
    this.evaluator = evaluator;
    this.records = records;
    this.target = evaluator.target();
    this.clock = new TimerClock(start, second, nano);
    this.firstStart = start;
  }

  /**
   * Makes this finished cycle a new one of the same evaluator, reusing its clock's arrays: the
   * outcomes path keeps one cycle from ticket to ticket.
   */
  RunningCycle reuse(int number, Instant start, long second, int nano) {
    this.number = number;
    this.firstStart = start;
    this.goal = null;
    this.goalIndex = -1;
    this.chosenFrom = null;
    this.changes = null;
    this.resets = null;
    clock.restart(start, second, nano);
    return this;
  }

  TimerEvaluator evaluator() {
    return evaluator;
  }

  /** Whether the clock was reset and waits for the start condition to hold again. */
  boolean waiting() {
    return clock.waiting();
  }

  void pause(long second, int nano, boolean pause) {
    clock.pause(second, nano, pause);
  }

  /**
   * Discards the time counted so far; the clock starts again at once if the start condition
   * holds at this event, otherwise at the next event at which it holds.
   */
  void reset(Instant t, long second, int nano, boolean startHolds) {
    if (records) {
      if (resets == null) {
        resets = new ArrayList<>(2);
      }
      resets.add(t);
    }
    clock.reset(t, second, nano, startHolds);
  }

  void restartAfterReset(Instant t, long second, int nano) {
    clock.restartAfterReset(t, second, nano);
  }

  /**
   * Chooses the goal that applies at an event and records a change from the one before.
   *
   * @param mayChange  false when the event leaves every field the goals read as it was: then
   *     the choice is the one before, unless the shortest match counts from a new start
   */
  void select(
      Map<String, String> fields,
      Set<String> types,
      Instant t,
      long second,
      int nano,
      boolean initial,
      boolean mayChange) {
    Instant from = clock.start();
    if (!mayChange && (evaluator.firstMatch || from == chosenFrom)) {
      return;
    }
    int chosen = choose(fields, types);
    chosenFrom = from;
    if (chosen == goalIndex) {
      return;
    }
    TimerGoal next = chosen < 0 ? null : evaluator.goals.get(chosen);
    if (!initial) {
      if (records) {
        if (changes == null) {
          changes = new ArrayList<>(2);
        }
        // the time used so far, on the clock of the goal that applied until now
        changes.add(
            ImmutableGoalChange.of(
                t,
                Optional.ofNullable(goal),
                Optional.ofNullable(next),
                target.goalChange(),
                clock.usedAt(basisOf(goal), t),
                TimerClock.wall(clock.start(), t)));
      }
      if (target.goalChange() == GoalChangePolicy.RESTART) {
        clock.restartAt(t, second, nano);
      }
    }
    goal = next;
    goalIndex = chosen;
  }

  /** The index of the goal that applies now, by the target's selection rule; -1 for none. */
  private int choose(Map<String, String> fields, Set<String> types) {
    List<TimerGoal> goals = evaluator.goals;
    int chosen = -1;
    Instant best = null;
    boolean beyond = false;
    boolean compared = false;
    for (int i = 0, n = goals.size(); i < n; i++) {
      if (!goals.get(i).when().matches(fields, types)) {
        continue;
      }
      if (evaluator.firstMatch) {
        return i;
      }
      if (chosen < 0) {
        // the first goal that matches: its deadline is needed only if another one matches
        chosen = i;
        continue;
      }
      if (!compared) {
        best = dueOrNull(clock.start(), goals.get(chosen).within());
        beyond = best == null;
        compared = true;
      }
      // a deadline beyond the supported range is later than any within it; of two such,
      // the first goal stays
      Instant due = dueOrNull(clock.start(), goals.get(i).within());
      if (due != null && (beyond || due.isBefore(best))) {
        best = due;
        beyond = false;
        chosen = i;
      }
    }
    return chosen;
  }

  /** Why the goal is what it is; built once per evaluator and goal, not at every change. */
  private String reason() {
    return goal == null ? "no goal matches" : evaluator.reason(goalIndex);
  }

  /** The clock a goal counts on: wall clock for elapsed time, the calendar otherwise. */
  private TimeBasis basisOf(TimerGoal g) {
    return g == null || g.within().basis() != BusinessDuration.Basis.ELAPSED_TIME
        ? evaluator.business
        : TimeBasis.WALL;
  }

  /** The goal's deadline, or null when it lies beyond the supported range or does not exist. */
  private Instant dueOrNull(Instant from, BusinessDuration within) {
    try {
      Instant due = evaluator.business.deadline(from, within);
      return due.isAfter(Limits.LATEST) ? null : due;
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * Ends the cycle at {@code end} and assembles its result.
   *
   * @throws TicketTimers.NoDeadlineException if the cycle needs a verdict and its goal in
   *     working days has no deadline within the supported range
   */
  TimerCycle finish(Instant end, long second, int nano, End how, Instant asOf) {
    clock.stop(second, nano);
    return new Finish(end, how, asOf).cycle();
  }

  /**
   * Ends the cycle at {@code end} and adds its outcome: the figures that decide its verdict,
   * computed as {@link #finish} computes them, without the rest of a {@link TimerCycle}.
   *
   * @throws TicketTimers.NoDeadlineException as {@link #finish} does
   */
  void finishInto(Instant end, long second, int nano, End how, TimerOutcomes out) {
    clock.stop(second, nano);
    TimeBasis basis = basisOf(goal);
    Duration elapsed = clock.elapsed(basis);
    Instant start = clock.start();
    Instant stoppedAt = how == End.OPEN ? null : end;
    if (goal == null) {
      TimerState state = how == End.CANCELLED ? TimerState.CANCELLED : TimerState.NO_GOAL;
      out.add(number, state, start, stoppedAt, null, elapsed, null);
      return;
    }
    Duration goalTime = goalTime(how, basis);
    if (goalTime == null || how == End.CANCELLED) {
      out.add(number, TimerState.CANCELLED, start, stoppedAt, null, elapsed, goalTime);
      return;
    }
    // Below the goal, the instant the goal is reached lies after the end (the counted time grows
    // with time), so the cycle is not breached and that instant is not needed; at or above it,
    // the instant tells a breach from a stop exactly at the deadline, as in finish.
    int c = elapsed.compareTo(goalTime);
    Instant due =
        c < 0 ? null : clock.reach(basis, goalTime, how == End.OPEN && clock.counting());
    TimerState state;
    Instant breachedAt = null;
    if (due != null && due.isBefore(end)) {
      state = TimerState.BREACHED;
      breachedAt = due;
    } else if (how == End.STOPPED) {
      state = TimerState.MET;
    } else {
      state = clock.counting() ? TimerState.RUNNING : TimerState.PAUSED;
    }
    out.add(number, state, start, stoppedAt, breachedAt, elapsed, goalTime);
  }

  /**
   * The goal's length on the clock; null for a cancelled cycle whose goal in working days has
   * no deadline: no verdict is needed, so it is left unconverted.
   */
  private Duration goalTime(End how, TimeBasis basis) {
    BusinessDuration within = goal.within();
    if (within.isTimeBased()) {
      return within.time();
    }
    Instant start = clock.start();
    if (how == End.CANCELLED) {
      Instant due = dueOrNull(start, within);
      return due == null ? null : basis.between(start, due);
    }
    return basis.between(start, requiredDeadline(within, start));
  }

  /** A goal in working days needs its deadline: without one the ticket is unevaluable. */
  private Instant requiredDeadline(BusinessDuration within, Instant start) {
    try {
      Instant due = evaluator.business.deadline(start, within);
      if (due.isAfter(Limits.LATEST)) {
        throw TimeBasis.beyondRange(within, start);
      }
      return due;
    } catch (TicketTimers.NoDeadlineException e) {
      throw e;
    } catch (DateTimeException e) {
      throw new TicketTimers.NoDeadlineException(
          "The goal " + within + " from " + start
              + " has no deadline within the supported range: " + e.getMessage());
    }
  }

  /** One cycle's end: its figures on the goal's clock, assembled into a {@link TimerCycle}. */
  private final class Finish {
    private final Instant end;
    private final End how;
    private final Instant asOf;
    private final TimeBasis basis;
    private final Duration elapsed;
    private final ImmutableTimerCycle.Builder b;

    Finish(Instant end, End how, Instant asOf) {
      this.end = end;
      this.how = how;
      this.asOf = asOf;
      this.basis = basisOf(goal);
      this.elapsed = clock.elapsed(basis);
      Instant start = clock.start();
      // running and paused segments tile [start, end], and time on either clock is additive
      Duration paused = basis.between(start, end).minus(elapsed);
      Duration wall = TimerClock.wall(start, end);
      this.b =
          TimerCycle.builder()
              .number(number)
              .startedAt(start)
              .firstStartedAt(firstStart)
              .goalReason(reason())
              .addAllGoalChanges(changes == null ? List.of() : changes)
              .addAllResets(resets == null ? List.of() : resets)
              .elapsed(elapsed)
              .wallClock(wall)
              .paused(paused)
              .pausedWallClock(wall.minus(clock.wallLength()));
      if (how != End.OPEN) {
        b.stoppedAt(end);
      }
    }

    TimerCycle cycle() {
      if (goal == null) {
        return b.state(how == End.CANCELLED ? TimerState.CANCELLED : TimerState.NO_GOAL).build();
      }
      b.goal(goal);
      Duration goalTime = goalTime(how, basis);
      if (goalTime == null) {
        for (TimerThreshold threshold : target.thresholds()) {
          b.addThresholds(ImmutableThresholdStatus.of(threshold, Optional.empty(), false));
        }
        return b.state(TimerState.CANCELLED).build();
      }
      Duration remaining = goalTime.minus(elapsed);
      b.goalTime(goalTime)
          .remaining(remaining)
          .percentUsed(TicketTimers.percent(elapsed, goalTime));
      // the open last segment runs on (no further pause) when the cycle is open and counting
      boolean runsOn = how == End.OPEN && clock.counting();
      Instant due = clock.reach(basis, goalTime, runsOn);
      TimerState state = state(due, remaining);
      Instant next = state == TimerState.RUNNING && due != null ? due.plusNanos(1) : null;
      next = thresholds(goalTime, due, runsOn, next);
      return b.nextChangeAt(Optional.ofNullable(next)).build();
    }

    /** The state at the end, with the deadline and breach instant it shows. */
    private TimerState state(Instant due, Duration remaining) {
      TimerState state;
      if (how == End.CANCELLED) {
        state = TimerState.CANCELLED;
      } else if (due != null && due.isBefore(end)) {
        state = TimerState.BREACHED;
        b.breachedAt(due).deadline(due);
      } else if (how == End.STOPPED) {
        state = TimerState.MET;
        // only shown, never needed for the verdict: empty when beyond the supported range
        if (due != null) {
          b.deadline(due);
        } else if (clock.counting()) {
          b.deadline(Optional.ofNullable(basis.plusWithinRange(end, remaining)));
        }
      } else {
        state = clock.counting() ? TimerState.RUNNING : TimerState.PAUSED;
        if (due != null) {
          b.deadline(due);
        }
      }
      b.state(state);
      return state;
    }

    /** Adds the thresholds' statuses; returns the earlier of {@code next} and the next one. */
    private Instant thresholds(Duration goalTime, Instant due, boolean runsOn, Instant next) {
      List<TimerThreshold> thresholds = target.thresholds();
      for (int i = 0, n = thresholds.size(); i < n; i++) {
        TimerThreshold threshold = thresholds.get(i);
        Instant at = thresholdAt(threshold, goalTime, due, runsOn);
        boolean reached = at != null && !at.isAfter(end);
        if (at != null && how != End.OPEN && at.isAfter(end)) {
          at = null;
        }
        b.addThresholds(ImmutableThresholdStatus.of(threshold, Optional.ofNullable(at), reached));
        if (how == End.OPEN
            && at != null
            && at.isAfter(asOf)
            && (next == null || at.isBefore(next))) {
          next = at;
        }
      }
      return next;
    }

    private Instant thresholdAt(
        TimerThreshold threshold, Duration goalTime, Instant due, boolean runsOn) {
      if (threshold.shareOfGoal().isPresent()) {
        Duration share = TicketTimers.shareOf(goalTime, threshold.shareOfGoal().get());
        return clock.reach(basis, share, runsOn);
      }
      BusinessDuration before = threshold.beforeDeadline().orElseThrow();
      boolean sameClock =
          (before.basis() == BusinessDuration.Basis.ELAPSED_TIME) == (basis == TimeBasis.WALL);
      if (sameClock) {
        Duration at = goalTime.minus(before.time());
        return clock.reach(basis, at.isNegative() ? Duration.ZERO : at, runsOn);
      }
      if (due == null) {
        return null;
      }
      return before(due, before);
    }

    /** {@code before} ahead of the deadline on its own clock, not before the cycle's start. */
    private Instant before(Instant due, BusinessDuration before) {
      Instant start = clock.start();
      TimeBasis other =
          before.basis() == BusinessDuration.Basis.ELAPSED_TIME
              ? TimeBasis.WALL
              : evaluator.business;
      // counted back past the start of the supported range, it is before the start anyway
      Instant at;
      try {
        at =
            before.time().compareTo(Limits.MAX_DURATION) > 0
                ? start
                : other.minus(due, before.time());
      } catch (DateTimeException e) {
        at = start;
      }
      return at.isBefore(start) ? start : at;
    }
  }
}
