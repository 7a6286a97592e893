package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.UnevaluableRecord;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.Interval;

/**
 * Evaluates ticket timers (time to respond, to resolve, between updates): a pure function of a
 * ticket's history, a {@link TicketTimerTarget}, the calendar of the target's window and the
 * instant {@code asOf}.
 *
 * <pre>{@code
 * TimerResult r = TicketTimers.evaluate(history, respondP1, primeTime.calendar(), asOf);
 * r.current().state();          // RUNNING
 * r.current().deadline();       // Optional[2024-11-25T13:00:00Z]
 * r.current().nextChangeAt();   // the next escalation, or one nanosecond past the deadline
 * }</pre>
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li><b>Events.</b> Events up to and including {@code asOf} apply in history order (equal
 *       instants in the given order); later events are ignored, so evaluating as of any instant
 *       gives what a live system would have shown then. Each event first applies its field
 *       changes; then the target's conditions are checked against the ticket's fields and the
 *       event's type.</li>
 *   <li><b>Start and stop.</b> The clock starts at the first event at which the start condition
 *       holds and stops at the first later event (or the same one) at which the stop condition
 *       holds. A single-cycle timer ignores later starts; a multi-cycle timer starts a new cycle
 *       at the next event where the start condition holds again.</li>
 *   <li><b>Counting.</b> The clock counts business time of the window's calendar (or plain
 *       elapsed time for a goal in elapsed time). It does not count while the pause condition
 *       holds (such as waiting on the customer); a pause in closed hours costs nothing extra.
 *       The cancel condition ends the cycle without a verdict, also at the event that started it
 *       (a ticket created cancelled is cancelled, never running).</li>
 *   <li><b>Reset.</b> The reset condition discards the time counted so far and the clock waits
 *       for its start condition: it starts again at the same event if the start condition holds
 *       there, otherwise at the next event at which it holds. While waiting it does not count;
 *       the cycle is reported {@link TimerState#PAUSED}, started at the reset, with no
 *       deadline.</li>
 *   <li><b>Goals.</b> The goal is chosen by the target's goals and selection policy from the
 *       ticket's fields at the start and again after every event. When the goal changes (a
 *       priority raised), the target's {@link GoalChangePolicy} applies: retroactive keeps the
 *       original start, restart starts a fresh clock at the change; either way the change is
 *       recorded. Elapsed time is measured on the current goal's clock, so a retroactive change
 *       between a business-time and an elapsed-time goal measures the whole cycle again on the
 *       new clock. A goal in working days is converted to business time at the start
 *       ({@link BusinessDuration} documents the two working-day flavours).</li>
 *   <li><b>Deadline and verdict.</b> The deadline is the earliest instant the remaining goal
 *       time runs out if no further pause comes (the calendar's {@code plus}). A stop at exactly
 *       the deadline is met; one nanosecond later is breached. A cycle still open past its
 *       deadline is breached. A deadline after {@link Limits#LATEST}, or one a calendar that
 *       stops opening never reaches, is not reported (empty): the cycle cannot breach within the
 *       supported range and stays running. A met cycle's deadline is only shown, never needed.
 *       A goal in working days is converted through its deadline, so without one (the calendar
 *       never opens again after the start) a cycle that needs a verdict cannot be evaluated: a
 *       {@link DateTimeException}, which the accumulators turn into an
 *       {@link UnevaluableRecord}.</li>
 *   <li><b>Range and exactness.</b> Event times and {@code asOf} lie within
 *       {@link Limits#EARLIEST} and {@link Limits#LATEST} (events are checked when built,
 *       {@code asOf} here). Spans up to the range's 500 years and goals of any length are
 *       computed exactly (seconds and nanoseconds, never a {@code long} of nanoseconds that
 *       would overflow after 292 years).</li>
 *   <li><b>Thresholds.</b> A threshold at a share of the goal is reached when elapsed time
 *       reaches that share (rounded down to the nanosecond); one at a time before the deadline
 *       when the remaining time on the goal's clock falls to it (a threshold on the other clock
 *       is counted back from the deadline on its own clock).</li>
 * </ul>
 *
 * <p>An evaluation walks the events once; each stretch of running time costs one calendar
 * query (binary searches), and nothing loops per minute or per day, recurses, or grows
 * quadratically (a million events, or a hundred thousand cycles or resets, are one linear pass).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TicketTimers {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000);
  /** Durations of fewer seconds than this have a nanosecond count that fits a long. */
  private static final long MAX_NANO_SECONDS = Long.MAX_VALUE / 1_000_000_000 - 1;

  private TicketTimers() {}

  /**
   * Evaluates a ticket's timer for a target as of an instant.
   *
   * @param history  the ticket's history, not null
   * @param target  the ticket-timer target, not null
   * @param calendar  the calendar of the target's window, not null
   * @param asOf  the instant to evaluate at, not null
   * @return the result, with one cycle per start (a not-started cycle if none), not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws DateTimeException if {@code asOf} is outside the supported range
   *     ({@link Limits#requireInstant}), or a cycle that needs a verdict has a goal in working
   *     days with no deadline within the supported range (the calendar never opens again, or
   *     the deadline falls after {@link Limits#LATEST})
   */
  public static TimerResult evaluate(
      TicketHistory history, TicketTimerTarget target, BusinessCalendar calendar, Instant asOf) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(calendar, "calendar");
    Limits.requireInstant("asOf", asOf);
    FieldState fields = new FieldState();
    List<TimerCycle> cycles = new ArrayList<>(1);
    Cycle open = null;
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
        boolean mayStart = !startedBefore || target.cycles() == TimerCycles.MULTI;
        if (!mayStart || !target.startWhen().matches(fields, types)) {
          continue;
        }
        startedBefore = true;
        open = new Cycle(cycles.size() + 1, target, calendar, t);
        open.select(fields, types, t, true);
        open.pause(t, target.pauseWhen().matches(fields, types));
        // a ticket created cancelled: its cycle ends at once, without a verdict
        if (target.cancelWhen().matches(fields, types)) {
          cycles.add(open.finish(t, End.CANCELLED, asOf));
          open = null;
          continue;
        }
      } else {
        if (target.cancelWhen().matches(fields, types)) {
          cycles.add(open.finish(t, End.CANCELLED, asOf));
          open = null;
          continue;
        }
        if (target.resetWhen().matches(fields, types)) {
          open.reset(t, target.startWhen().matches(fields, types));
        } else if (open.waiting && target.startWhen().matches(fields, types)) {
          open.restartAfterReset(t);
        }
        open.select(fields, types, t, false);
        open.pause(t, target.pauseWhen().matches(fields, types));
      }
      if (target.stopWhen().matches(fields, types)) {
        cycles.add(open.finish(t, End.STOPPED, asOf));
        open = null;
      }
    }
    if (open != null) {
      cycles.add(open.finish(asOf, End.OPEN, asOf));
    }
    if (cycles.isEmpty()) {
      cycles.add(notStarted());
    }
    return TimerResult.of(history.ticketId(), target.id(), asOf, cycles);
  }

  /**
   * Evaluates a ticket's timer for a target of an agreement as of an instant, on the calendar of
   * the target's window.
   *
   * @param history  the ticket's history, not null
   * @param agreement  the agreement holding the target, not null
   * @param targetId  the id of a ticket-timer target of the agreement, not null
   * @param asOf  the instant to evaluate at, not null
   * @return the result, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws IllegalArgumentException if the agreement has no ticket-timer target of that id
   * @throws DateTimeException as {@link #evaluate(TicketHistory, TicketTimerTarget,
   *     BusinessCalendar, Instant)} does
   */
  public static TimerResult evaluate(
      TicketHistory history, Agreement agreement, String targetId, Instant asOf) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(targetId, "targetId");
    MetricTarget target = agreement.target(targetId).orElse(null);
    Checks.requireArgument(
        target instanceof TicketTimerTarget,
        "Agreement " + Limits.shown(agreement.id()) + " has no ticket-timer target of that id",
        Limits.shown(targetId));
    BusinessCalendar calendar = agreement.window(target.window()).orElseThrow().calendar();
    return evaluate(history, (TicketTimerTarget) target, calendar, asOf);
  }

  private static TimerCycle notStarted() {
    return TimerCycle.builder()
        .number(1)
        .state(TimerState.NOT_STARTED)
        .goalReason("not started")
        .elapsed(Duration.ZERO)
        .wallClock(Duration.ZERO)
        .paused(Duration.ZERO)
        .build();
  }

  /** {@code floor(nanos * share / 100)}, exactly; in longs when a whole share allows. */
  static long shareOf(long nanos, BigDecimal share) {
    // a whole share of at most 100 times the nanos of a goal under 2.9 thousand years fits
    if (share.scale() <= 0
        && share.signum() >= 0
        && share.compareTo(HUNDRED) <= 0
        && nanos >= 0
        && nanos <= Long.MAX_VALUE / 100) {
      return Math.floorDiv(nanos * share.longValue(), 100);
    }
    return new BigDecimal(nanos)
        .multiply(share)
        .divide(HUNDRED, 0, RoundingMode.FLOOR)
        .longValueExact();
  }

  /**
   * {@code floor(goal * share / 100)} to the nanosecond, exactly, for a goal of any length (a
   * share is at most 100, so the result is at most the goal).
   */
  static Duration shareOf(Duration goal, BigDecimal share) {
    if (goal.getSeconds() < MAX_NANO_SECONDS) {
      return Duration.ofNanos(shareOf(goal.toNanos(), share));
    }
    BigInteger nanos =
        nanosOf(goal).multiply(share).divide(HUNDRED, 0, RoundingMode.FLOOR).toBigIntegerExact();
    BigInteger[] qr = nanos.divideAndRemainder(BILLION);
    return Duration.ofSeconds(qr[0].longValueExact(), qr[1].longValue());
  }

  /** {@code 100 * elapsed / goal} at two decimals, half-even, exactly, for spans of any length. */
  static BigDecimal percent(Duration elapsed, Duration goal) {
    if (goal.isZero()) {
      return BigDecimal.valueOf(elapsed.isZero() ? 0 : 100).setScale(2);
    }
    if (elapsed.getSeconds() >= MAX_NANO_SECONDS
        || goal.getSeconds() >= MAX_NANO_SECONDS
        || elapsed.isNegative()
        || goal.isNegative()) {
      return nanosOf(elapsed)
          .multiply(HUNDRED)
          .divide(nanosOf(goal), 2, RoundingMode.HALF_EVEN);
    }
    long e = elapsed.toNanos();
    long g = goal.toNanos();
    if (e > Long.MAX_VALUE / 10_000) {
      return new BigDecimal(e)
          .multiply(HUNDRED)
          .divide(new BigDecimal(g), 2, RoundingMode.HALF_EVEN);
    }
    long scaled = e * 10_000;
    long q = scaled / g;
    long r = scaled % g;
    if (r > g - r || (r == g - r && (q & 1) == 1)) {
      q++;
    }
    return BigDecimal.valueOf(q, 2);
  }

  /** A duration in nanoseconds, exactly, whatever its length. */
  private static BigDecimal nanosOf(Duration d) {
    return BigDecimal.valueOf(d.getSeconds())
        .movePointRight(9)
        .add(BigDecimal.valueOf(d.getNano()));
  }

  /**
   * {@code basis.plus(from, d)}, or null when the result lies after {@link Limits#LATEST} or the
   * calendar does not have that much open time before it: such a deadline is never reached
   * within the supported range.
   */
  static Instant plusWithinRange(TimeBasis basis, Instant from, Duration d) {
    if (d.compareTo(Limits.MAX_DURATION) > 0) {
      return null;
    }
    try {
      Instant t = basis.plus(from, d);
      return t.isAfter(Limits.LATEST) ? null : t;
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Thrown when a goal has no deadline within the supported range, so a ticket cannot be
   * evaluated: the accumulators list such tickets as {@link UnevaluableRecord.Reason#NO_DEADLINE}.
   *
   * <p>Public only so that the period accumulators of {@code dev.servicelevel.evaluation} can
   * tell it from other {@link DateTimeException}s; it is built by {@link TicketTimers} alone.
   */
  public static final class NoDeadlineException extends DateTimeException {
    private static final long serialVersionUID = 1L;

    NoDeadlineException(String message) {
      super(message);
    }
  }

  private enum End {
    OPEN,
    STOPPED,
    CANCELLED
  }

  /** The running state of one cycle while the events are walked. */
  private static final class Cycle {
    private final int number;
    private final TicketTimerTarget target;
    private final BusinessCalendar calendar;
    private Instant start;
    /** Running segments, flat [from, to, from, to, ...]; an open last segment has no 'to'. */
    private final List<Instant> running = new ArrayList<>(4);
    private boolean paused;
    /** Reset and waiting for the start condition to hold again: the clock does not count. */
    boolean waiting;
    private TimerGoal goal;
    private int goalIndex = -1;
    private final List<GoalChange> changes = new ArrayList<>(0);
    private final List<Instant> resets = new ArrayList<>(0);

    Cycle(int number, TicketTimerTarget target, BusinessCalendar calendar, Instant start) {
      this.number = number;
      this.target = target;
      this.calendar = calendar;
      this.start = start;
      running.add(start);
    }

    private boolean counting() {
      return !paused && !waiting;
    }

    void pause(Instant t, boolean pause) {
      if (pause == paused) {
        return;
      }
      paused = pause;
      // a pause ends the running segment; the end of a pause starts the next one
      if (!waiting) {
        running.add(t);
      }
    }

    /**
     * Discards the time counted so far; the clock starts again at once if the start condition
     * holds at this event, otherwise at the next event at which it holds.
     */
    void reset(Instant t, boolean startHolds) {
      resets.add(t);
      waiting = !startHolds;
      restartAt(t);
    }

    void restartAfterReset(Instant t) {
      waiting = false;
      restartAt(t);
    }

    private void restartAt(Instant t) {
      start = t;
      running.clear();
      if (counting()) {
        running.add(t);
      }
    }

    void select(Map<String, String> fields, Set<String> types, Instant t, boolean initial) {
      List<TimerGoal> goals = target.goals();
      int chosen = -1;
      Instant best = null;
      boolean beyond = false;
      for (int i = 0; i < goals.size(); i++) {
        if (!goals.get(i).when().matches(fields, types)) {
          continue;
        }
        if (target.goalSelection() == GoalSelection.FIRST_MATCH) {
          chosen = i;
          break;
        }
        // a deadline beyond the supported range is later than any within it; of two such,
        // the first goal stays
        Instant due = dueOrNull(start, goals.get(i).within());
        if (chosen < 0 || (due != null && (beyond || due.isBefore(best)))) {
          best = due;
          beyond = due == null;
          chosen = i;
        }
      }
      if (chosen == goalIndex) {
        return;
      }
      TimerGoal next = chosen < 0 ? null : goals.get(chosen);
      if (!initial) {
        changes.add(
            GoalChange.of(
                t, Optional.ofNullable(goal), Optional.ofNullable(next), target.goalChange()));
        if (target.goalChange() == GoalChangePolicy.RESTART) {
          restartAt(t);
        }
      }
      goal = next;
      goalIndex = chosen;
    }

    /** Why the goal is what it is; built once per cycle, not at every change. */
    private String reason() {
      if (goal == null) {
        return "no goal matches";
      }
      return "goal " + (goalIndex + 1) + " of " + target.goals().size() + ", "
          + (target.goalSelection() == GoalSelection.FIRST_MATCH
              ? "first match"
              : "shortest match");
    }

    /** {@link #dueFrom}, or null when it lies beyond the supported range or does not exist. */
    private Instant dueOrNull(Instant from, BusinessDuration within) {
      try {
        Instant due = dueFrom(from, within);
        return due.isAfter(Limits.LATEST) ? null : due;
      } catch (DateTimeException | ArithmeticException e) {
        return null;
      }
    }

    /**
     * The deadline a goal gives from an instant with no pause, per its basis.
     *
     * @throws DateTimeException if it lies beyond the supported range or the calendar never opens
     */
    private Instant dueFrom(Instant from, BusinessDuration within) {
      switch (within.basis()) {
        case ELAPSED_TIME:
        case BUSINESS_TIME:
          {
            TimeBasis basis =
                within.basis() == BusinessDuration.Basis.ELAPSED_TIME
                    ? TimeBasis.WALL
                    : TimeBasis.of(calendar);
            Instant due = plusWithinRange(basis, from, within.time());
            if (due == null) {
              throw beyondRange(within);
            }
            return due;
          }
        case WORKING_DAYS_SAME_TIME:
          {
            ZoneId zone = calendar.zone();
            ZonedDateTime open = openingFrom(from).atZone(zone);
            LocalDate day = calendar.plusWorkingDays(open.toLocalDate(), within.workingDays());
            return ZonedDateTime.of(day, open.toLocalTime(), zone).toInstant();
          }
        case END_OF_WORKING_DAY:
          {
            ZoneId zone = calendar.zone();
            LocalDate day =
                calendar.plusWorkingDays(
                    openingFrom(from).atZone(zone).toLocalDate(), within.workingDays());
            Instant dayStart = day.atStartOfDay(zone).toInstant();
            Instant nextDay = day.plusDays(1).atStartOfDay(zone).toInstant();
            if (nextDay.isAfter(Limits.LATEST)) {
              throw beyondRange(within);
            }
            List<Interval> open = calendar.openIntervals(Interval.of(dayStart, nextDay));
            if (open.isEmpty()) {
              return calendar.nextClose(dayStart).orElse(dayStart);
            }
            Instant lastStart = open.get(open.size() - 1).getStart();
            return calendar.nextClose(lastStart).orElse(nextDay);
          }
        default:
          throw new AssertionError(within.basis());
      }
    }

    private DateTimeException beyondRange(BusinessDuration within) {
      return new NoDeadlineException(
          "The deadline of goal " + within + " from " + start + " falls after "
              + Limits.LATEST + ", the end of the supported range");
    }

    private Instant openingFrom(Instant from) {
      return calendar
          .nextOpen(from)
          .orElseThrow(
              () ->
                  new NoDeadlineException(
                      "Calendar " + Limits.shown(calendar) + " never opens after " + from
                          + ": a goal in working days has no deadline"));
    }

    TimerCycle finish(Instant end, End how, Instant asOf) {
      if (counting()) {
        running.add(end);
      }
      TimeBasis basis =
          goal != null && goal.within().basis() == BusinessDuration.Basis.ELAPSED_TIME
              ? TimeBasis.WALL
              : TimeBasis.of(calendar);
      Duration[] lengths = lengths(basis, running);
      Duration elapsed = lengths[lengths.length - 1];
      // running and paused segments tile [start, end], and time on either clock is additive
      Duration pausedTime = basis.between(start, end).minus(elapsed);
      ImmutableTimerCycle.Builder b =
          TimerCycle.builder()
              .number(number)
              .startedAt(start)
              .goalReason(reason())
              .addAllGoalChanges(changes)
              .addAllResets(resets)
              .elapsed(elapsed)
              .wallClock(Duration.between(start, end))
              .paused(pausedTime);
      if (how != End.OPEN) {
        b.stoppedAt(end);
      }
      if (goal == null) {
        return b.state(how == End.CANCELLED ? TimerState.CANCELLED : TimerState.NO_GOAL).build();
      }
      b.goal(goal);
      Duration goalTime;
      if (goal.within().isTimeBased()) {
        goalTime = goal.within().time();
      } else if (how == End.CANCELLED) {
        // no verdict is needed: a goal in working days without a deadline is left unconverted
        Instant due = dueOrNull(start, goal.within());
        if (due == null) {
          for (TimerThreshold threshold : target.thresholds()) {
            b.addThresholds(ThresholdStatus.of(threshold, Optional.empty(), false));
          }
          return b.state(TimerState.CANCELLED).build();
        }
        goalTime = basis.between(start, due);
      } else {
        // a goal in working days needs its deadline: without one the ticket is unevaluable
        Instant due;
        try {
          due = dueFrom(start, goal.within());
          if (due.isAfter(Limits.LATEST)) {
            throw beyondRange(goal.within());
          }
        } catch (NoDeadlineException e) {
          throw e;
        } catch (DateTimeException e) {
          throw new NoDeadlineException(
              "The goal " + goal.within() + " from " + start
                  + " has no deadline within the supported range: " + e.getMessage());
        }
        goalTime = basis.between(start, due);
      }
      Duration remaining = goalTime.minus(elapsed);
      b.goalTime(goalTime).remaining(remaining).percentUsed(percent(elapsed, goalTime));
      // the open last segment runs on (no further pause) when the cycle is open and counting
      boolean runsOn = how == End.OPEN && counting();
      Instant due = reach(basis, lengths, goalTime, runsOn);
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
        } else if (counting()) {
          b.deadline(Optional.ofNullable(plusWithinRange(basis, end, remaining)));
        }
      } else {
        state = counting() ? TimerState.RUNNING : TimerState.PAUSED;
        if (due != null) {
          b.deadline(due);
        }
      }
      b.state(state);
      Instant next = null;
      if (state == TimerState.RUNNING && due != null) {
        next = due.plusNanos(1);
      }
      for (TimerThreshold threshold : target.thresholds()) {
        Instant at = thresholdAt(threshold, basis, lengths, goalTime, due, runsOn);
        boolean reached = at != null && !at.isAfter(end);
        if (at != null && how != End.OPEN && at.isAfter(end)) {
          at = null;
        }
        b.addThresholds(ThresholdStatus.of(threshold, Optional.ofNullable(at), reached));
        if (how == End.OPEN
            && at != null
            && at.isAfter(asOf)
            && (next == null || at.isBefore(next))) {
          next = at;
        }
      }
      return b.nextChangeAt(Optional.ofNullable(next)).build();
    }

    private Instant thresholdAt(
        TimerThreshold threshold,
        TimeBasis basis,
        Duration[] lengths,
        Duration goalTime,
        Instant due,
        boolean runsOn) {
      if (threshold.shareOfGoal().isPresent()) {
        return reach(basis, lengths, shareOf(goalTime, threshold.shareOfGoal().get()), runsOn);
      }
      BusinessDuration before = threshold.beforeDeadline().orElseThrow();
      boolean sameClock =
          (before.basis() == BusinessDuration.Basis.ELAPSED_TIME) == (basis == TimeBasis.WALL);
      if (sameClock) {
        Duration at = goalTime.minus(before.time());
        return reach(basis, lengths, at.isNegative() ? Duration.ZERO : at, runsOn);
      }
      if (due == null) {
        return null;
      }
      TimeBasis other =
          before.basis() == BusinessDuration.Basis.ELAPSED_TIME
              ? TimeBasis.WALL
              : TimeBasis.of(calendar);
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

    /**
     * The earliest instant at which elapsed time reaches {@code amount}: inside a closed running
     * segment, or ahead on the last one when it runs on (null when that is beyond the supported
     * range); null when not reached. {@code cum[i]} is the time counted in the segments before
     * segment {@code i}.
     */
    private Instant reach(TimeBasis basis, Duration[] cum, Duration amount, boolean runsOn) {
      int segments = cum.length - 1;
      for (int i = 0; i < segments; i++) {
        Duration need = amount.minus(cum[i]);
        boolean last = i == segments - 1;
        if (need.compareTo(cum[i + 1].minus(cum[i])) <= 0 || (last && runsOn)) {
          Instant from = running.get(2 * i);
          return need.isZero() ? from : plusWithinRange(basis, from, need);
        }
      }
      return null;
    }

    /** Running totals of the segments' lengths: {@code [0, l0, l0 + l1, ...]}, exactly. */
    private static Duration[] lengths(TimeBasis basis, List<Instant> segments) {
      int n = segments.size() / 2;
      Duration[] cum = new Duration[n + 1];
      cum[0] = Duration.ZERO;
      for (int i = 0; i < n; i++) {
        cum[i + 1] = cum[i].plus(basis.between(segments.get(2 * i), segments.get(2 * i + 1)));
      }
      return cum;
    }
  }
}
