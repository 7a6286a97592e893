package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TicketMembership;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerCycle;
import dev.servicelevel.evaluation.timer.TimerEvaluator;
import dev.servicelevel.evaluation.timer.TimerOutcomes;
import dev.servicelevel.evaluation.timer.TimerState;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects ticket histories for one ticket-timer target over one period and computes the share
 * of timers that met their goal; a mergeable accumulator (see {@link TargetAccumulator} for the
 * pattern).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Which timers belong to the period is the target's {@link TicketTimerTarget#membership()}:
 *       by the instant the clock started (the default) or by the instant it stopped (or, still
 *       open, went past its deadline). Each timer is counted exactly once, in the one period its
 *       rule names. Timers of other periods and timers that never started are ignored without a
 *       trace. Each cycle of a multi-cycle timer is a timer of its own.</li>
 *   <li>Each ticket is evaluated with {@link TicketTimers#evaluate}. By start, as of
 *       {@code asOf}: a timer started in the period is followed to its stop even after the
 *       period's end, so a ticket opened on the 31st and resolved on the 2nd counts, met or
 *       breached, in the month it was opened (and is pending there until it stops or breaches).
 *       By stop, as of the period's end (or {@code asOf} for a running period), so a finished
 *       period's result never changes.</li>
 *   <li>A timer that stopped within its goal is met; one past its goal, stopped or still open at
 *       the period's end, is breached; one still open within its goal is pending and not
 *       counted; cancelled timers and timers no goal applies to are excluded with their
 *       reason.</li>
 *   <li>A ticket the evaluation cannot answer for (it throws a {@link DateTimeException}, such
 *       as a goal in working days on a calendar that never opens again) does not abort the
 *       result: it is <b>unevaluable</b>, excluded from the share (neither met nor breached),
 *       counted in {@link TicketFigures#unevaluable()} and listed with its id and reason in
 *       {@link TicketFigures#unevaluableRecords()}, the first
 *       {@link EvaluationOptions#unevaluableRecords()} (100 by default) in the records' natural
 *       order, so the list is bounded and independent of the order of adds and merges. As its
 *       timers' periods cannot be known, it is listed in every period in which one of its events
 *       (up to the evaluation instant) falls.</li>
 *   <li>The achieved value is {@code 100 * met / (met + breached)} against the target's
 *       required share. The error budget allows {@code (met + breached) * (100 - required) /
 *       100} breached timers. No counted timer is no data.</li>
 * </ul>
 *
 * <pre>{@code
 * TargetResult r = TicketTimerAccumulator.of(respondP1, prime, march, asOf)
 *     .addAll(histories)
 *     .result();
 * r.tickets().get();                 // 412 met, 3 breached, 2 pending, 1 excluded
 * r.explanation().counted();         // the breached tickets, the latest first
 * }</pre>
 *
 * <p>Memory is a few counters and the bounded explanation and unevaluable lists, whatever the
 * number of tickets.
 *
 * <p>This class is mutable and not thread-safe: use one per thread or shard and merge them.
 */
public final class TicketTimerAccumulator implements TargetAccumulator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final TicketTimerTarget target;
  private final BusinessCalendar calendar;
  private final PeriodRange period;
  private final Instant asOf;
  private final EvaluationOptions options;
  private final Instant cutoff;
  /** The instant tickets are evaluated as of: {@code asOf} by start, the cutoff by stop. */
  private final Instant evaluatedAt;
  private final UnevaluableRecords unevaluable;
  /** The target's evaluator, and the buffer each ticket's outcomes go into. */
  private final TimerEvaluator evaluator;
  private final TimerOutcomes outcomes = new TimerOutcomes();

  private final ReasonCounts reasons = new ReasonCounts();
  private final WorstRecords breachedList;
  private final WorstRecords notCountedList;
  private long met;
  private long breached;
  private long pending;
  private long excluded;

  private TicketTimerAccumulator(
      TicketTimerTarget target,
      BusinessCalendar calendar,
      PeriodRange period,
      Instant asOf,
      EvaluationOptions options) {
    this.target = Objects.requireNonNull(target, "target");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.period = Objects.requireNonNull(period, "period");
    this.asOf = Limits.requireInstant("asOf", asOf);
    this.options = Objects.requireNonNull(options, "options");
    this.cutoff = period.cutoff(asOf);
    this.evaluatedAt = target.membership() == TicketMembership.BY_START ? asOf : cutoff;
    this.unevaluable = new UnevaluableRecords(options.unevaluableRecords());
    this.breachedList = new WorstRecords(options);
    this.notCountedList = new WorstRecords(options);
    this.evaluator = TimerEvaluator.of(target, calendar);
  }

  /**
   * Obtains an empty accumulator with the default options.
   *
   * @param target  the target, not null
   * @param calendar  the calendar of the target's window, not null
   * @param period  the period, not null
   * @param asOf  the instant to evaluate as of, within the supported range, not null
   * @return the accumulator, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws DateTimeException if {@code asOf} is outside the supported range
   */
  public static TicketTimerAccumulator of(
      TicketTimerTarget target, BusinessCalendar calendar, PeriodRange period, Instant asOf) {
    return of(target, calendar, period, asOf, EvaluationOptions.defaults());
  }

  /**
   * Obtains an empty accumulator.
   *
   * @param target  the target, not null
   * @param calendar  the calendar of the target's window, not null
   * @param period  the period, not null
   * @param asOf  the instant to evaluate as of, within the supported range, not null
   * @param options  the evaluation options, not null
   * @return the accumulator, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws DateTimeException if {@code asOf} is outside the supported range
   */
  public static TicketTimerAccumulator of(
      TicketTimerTarget target,
      BusinessCalendar calendar,
      PeriodRange period,
      Instant asOf,
      EvaluationOptions options) {
    return new TicketTimerAccumulator(target, calendar, period, asOf, options);
  }

  @Override
  public MetricTarget target() {
    return target;
  }

  @Override
  public PeriodRange period() {
    return period;
  }

  @Override
  public Instant asOf() {
    return asOf;
  }

  /**
   * Adds a ticket: evaluates its timer and counts the cycles that belong to the period, or lists
   * the ticket as unevaluable (see the class description); a ticket never aborts the result.
   *
   * @param history  the ticket's history, not null
   * @return this accumulator, not null
   * @throws NullPointerException if the history is null
   */
  public TicketTimerAccumulator add(TicketHistory history) {
    Objects.requireNonNull(history, "history");
    if (asOf.isBefore(period.start())) {
      return this;
    }
    // the outcomes decide and count each cycle; the full result is built only for a ticket
    // one of whose cycles enters an explanation list (a few per period)
    try {
      evaluator.evaluate(history, evaluatedAt, outcomes);
    } catch (DateTimeException | IllegalArgumentException e) {
      unevaluable(history, e);
      return this;
    }
    List<TimerCycle> full = null;
    int n = outcomes.size();
    for (int c = 0; c < n; c++) {
      if (!belongs(c)) {
        continue;
      }
      if (!listed(c)) {
        tally(outcomes.state(c));
        continue;
      }
      if (full == null) {
        full = evaluator.evaluate(history, evaluatedAt).cycles();
      }
      String id = n == 1 ? history.ticketId() : history.ticketId() + " cycle " + outcomes.number(c);
      count(id, full.get(c));
    }
    return this;
  }

  /** Whether cycle {@code c} of the outcomes belongs to the period, by the membership rule. */
  private boolean belongs(int c) {
    if (target.membership() == TicketMembership.BY_START) {
      return inPeriod(outcomes.startedAt(c));
    }
    Instant breachedAt = outcomes.breachedAt(c);
    Instant stoppedAt = outcomes.stoppedAt(c);
    if (stoppedAt != null) {
      boolean countedBefore = breachedAt != null && breachedAt.isBefore(period.start());
      return inPeriod(stoppedAt) && !countedBefore;
    }
    switch (outcomes.state(c)) {
      case BREACHED:
        return inPeriod(breachedAt);
      case RUNNING:
      case PAUSED:
        return true;
      default:
        return false;
    }
  }

  /** Whether cycle {@code c} of the outcomes enters an explanation list, as count decides. */
  private boolean listed(int c) {
    switch (outcomes.state(c)) {
      case MET:
        return false;
      case BREACHED:
        return breachedList.admits(
            Durations.seconds(outcomes.elapsed(c).minus(outcomes.goalTime(c))));
      default:
        return notCountedList.admits(Durations.seconds(outcomes.elapsed(c)));
    }
  }

  /** Counts a cycle that enters no explanation list, as count does. */
  private void tally(TimerState state) {
    switch (state) {
      case MET:
        met++;
        reasons.add("met");
        return;
      case BREACHED:
        breached++;
        reasons.add("breached");
        return;
      case RUNNING:
      case PAUSED:
        pending++;
        reasons.add("pending");
        return;
      case CANCELLED:
        excluded++;
        reasons.add("cancelled");
        return;
      case NO_GOAL:
        excluded++;
        reasons.add("no goal applies");
        return;
      default:
        throw new AssertionError(state);
    }
  }

  /**
   * Adds tickets.
   *
   * @param histories  the tickets' histories, not null
   * @return this accumulator, not null
   */
  public TicketTimerAccumulator addAll(Iterable<TicketHistory> histories) {
    Objects.requireNonNull(histories, "histories");
    for (TicketHistory h : histories) {
      add(h);
    }
    return this;
  }

  private void unevaluable(TicketHistory history, RuntimeException e) {
    if (!anyEventInPeriod(history)) {
      return;
    }
    UnevaluableRecord.Reason reason;
    if (e instanceof TicketTimers.NoDeadlineException) {
      reason = UnevaluableRecord.Reason.NO_DEADLINE;
    } else if (e instanceof DateTimeException) {
      reason = UnevaluableRecord.Reason.OUTSIDE_SUPPORTED_RANGE;
    } else {
      reason = UnevaluableRecord.Reason.INVALID;
    }
    reasons.add("unevaluable");
    unevaluable.add(
        UnevaluableRecord.of(
            UnevaluableRecord.Kind.TICKET,
            history.ticketId(),
            target.id(),
            reason,
            String.valueOf(e.getMessage())));
  }

  /**
   * Whether an event at or before the evaluation instant falls within the period: a linear scan,
   * used only for tickets that could not be evaluated (the events are in time order).
   */
  private boolean anyEventInPeriod(TicketHistory history) {
    for (TicketEvent event : history.events()) {
      Instant t = event.at();
      if (t.isAfter(evaluatedAt)) {
        return false;
      }
      if (!t.isBefore(period.start()) && t.isBefore(period.end())) {
        return true;
      }
    }
    return false;
  }

  private boolean inPeriod(Instant t) {
    return !t.isBefore(period.start()) && t.isBefore(period.end());
  }

  private void count(String id, TimerCycle cycle) {
    switch (cycle.state()) {
      case MET:
        met++;
        reasons.add("met");
        return;
      case BREACHED:
        {
          breached++;
          reasons.add("breached");
          Duration late = cycle.remaining().orElseThrow().negated();
          BigDecimal amount = Durations.seconds(late);
          if (breachedList.admits(amount)) {
            String how =
                cycle
                    .stoppedAt()
                    .map(s -> "stopped " + s)
                    .orElse(
                        "still open at "
                            + (evaluatedAt.equals(period.end())
                                ? "the period's end"
                                : evaluatedAt.toString()));
            breachedList.add(
                ExplainedRecord.of(
                    id,
                    true,
                    ReasonCode.TICKET_BREACHED,
                    late + " past the goal of " + cycle.goalTime().orElseThrow() + ", " + how,
                    amount,
                    "lateSeconds", amount,
                    "goalSeconds", Durations.seconds(cycle.goalTime().orElseThrow())));
          }
          return;
        }
      case RUNNING:
      case PAUSED:
        {
          pending++;
          reasons.add("pending");
          BigDecimal amount = Durations.seconds(cycle.elapsed());
          if (notCountedList.admits(amount)) {
            notCountedList.add(
                ExplainedRecord.of(
                    id,
                    false,
                    ReasonCode.TICKET_PENDING,
                    "pending: " + cycle.state() + ", " + cycle.elapsed() + " of "
                        + cycle.goalTime().orElseThrow() + " used"
                        + cycle.deadline().map(d -> ", due " + d).orElse(""),
                    amount,
                    "elapsedSeconds", amount,
                    "goalSeconds", Durations.seconds(cycle.goalTime().orElseThrow())));
          }
          return;
        }
      case CANCELLED:
      case NO_GOAL:
        {
          excluded++;
          String reason = cycle.state() == TimerState.CANCELLED ? "cancelled" : "no goal applies";
          reasons.add(reason);
          BigDecimal amount = Durations.seconds(cycle.elapsed());
          if (notCountedList.admits(amount)) {
            notCountedList.add(
                ExplainedRecord.of(
                    id,
                    false,
                    cycle.state() == TimerState.CANCELLED
                        ? ReasonCode.TICKET_CANCELLED
                        : ReasonCode.TICKET_NO_GOAL,
                    reason,
                    amount,
                    "elapsedSeconds", amount));
          }
          return;
        }
      default:
        throw new AssertionError(cycle.state());
    }
  }

  /**
   * Adds everything another accumulator of the same target, calendar, period, {@code asOf} and
   * options has collected; the other is left as it is.
   *
   * @param other  the other accumulator, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the other accumulates for another scope
   */
  public TicketTimerAccumulator merge(TicketTimerAccumulator other) {
    Objects.requireNonNull(other, "other");
    Accumulators.requireSameScope(
        this, other, calendar.equals(other.calendar) && options.equals(other.options));
    reasons.addAll(other.reasons);
    breachedList.addAll(other.breachedList);
    notCountedList.addAll(other.notCountedList);
    unevaluable.addAll(other.unevaluable);
    met += other.met;
    breached += other.breached;
    pending += other.pending;
    excluded += other.excluded;
    return this;
  }

  /**
   * Computes the result of the tickets added so far.
   *
   * @return the result, not null
   */
  @Override
  public TargetResult result() {
    ImmutableTargetResult.Builder b =
        Accumulators.start(this, target.timer().name(), Optional.of("%"))
            .comparison(Comparison.GREATER_OR_EQUAL)
            .required(target.requiredShare())
            .explanation(
                Explanation.of(breachedList.toList(), notCountedList.toList(), reasons.toMap()))
            .tickets(
                TicketFigures.of(
                    met, breached, pending, excluded, unevaluable.count(), unevaluable.toList()));
    long counted = met + breached;
    if (counted == 0) {
      Verdict.noData(b);
      return b.build();
    }
    BigDecimal all = BigDecimal.valueOf(counted);
    BigDecimal num = BigDecimal.valueOf(met).multiply(HUNDRED);
    BigDecimal allowed = all.multiply(HUNDRED.subtract(target.requiredShare())).divide(HUNDRED);
    ErrorBudget budget =
        ErrorBudget.exact(ErrorBudget.Unit.TICKETS, allowed, BigDecimal.valueOf(breached));
    Verdict.of(
            ExactValue.ratio(num, all),
            ExactValue.round(num, all, Verdict.SCALE, true),
            target.requiredShare(),
            Comparison.GREATER_OR_EQUAL)
        .withBudget(budget, allowed, target.atRiskThreshold())
        .withCertainBreach(
            Verdict.shareUnreachable(Comparison.GREATER_OR_EQUAL, target.requiredShare()))
        .applyTo(b, !cutoff.isBefore(period.end()));
    return b.build();
  }

  /**
   * Outputs the accumulator's scope, such as {@code "ticket timer accumulator respond 2025-03"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "ticket timer accumulator " + target.id() + " " + period.label();
  }

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  /** The target's part of an accumulator state. */
  java.util.Map<String, Object> exportState() {
    java.util.Map<String, Object> part = new java.util.LinkedHashMap<>();
    part.put("target", target.id());
    part.put("kind", StateSchema.TICKET_TIMER);
    part.put("reasons", reasons.exportState());
    part.put("breachedRecords", breachedList.exportState());
    part.put("notCountedRecords", notCountedList.exportState());
    unevaluable.exportState(part);
    part.put("met", met);
    part.put("breached", breached);
    part.put("pending", pending);
    part.put("excluded", excluded);
    return part;
  }

  /** Reads the target's part of an accumulator state; only into an empty accumulator. */
  void restoreState(java.util.Map<String, Object> part, String path) {
    breachedList.restoreState(
        StateParts.list(part, "breachedRecords"), path + "/breachedRecords");
    notCountedList.restoreState(
        StateParts.list(part, "notCountedRecords"), path + "/notCountedRecords");
    unevaluable.restoreState(part, path);
    reasons.restoreState(StateParts.map(part, "reasons"));
    met = StateParts.count(part, "met");
    breached = StateParts.count(part, "breached");
    pending = StateParts.count(part, "pending");
    excluded = StateParts.count(part, "excluded");
  }
}
