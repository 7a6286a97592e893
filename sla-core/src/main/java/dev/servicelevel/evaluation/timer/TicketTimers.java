package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.UnevaluableRecord;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

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
    return TimerEvaluator.of(target, calendar).evaluate(history, asOf);
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
   * Thrown when a goal has no deadline within the supported range, so a ticket cannot be
   * evaluated: the accumulators list such tickets as {@link UnevaluableRecord.Reason#NO_DEADLINE}.
   *
   * <p>Public only so that the period accumulators of {@code dev.servicelevel.evaluation} can
   * tell it from other {@link DateTimeException}s; it is thrown by this package alone.
   */
  public static final class NoDeadlineException extends DateTimeException {
    private static final long serialVersionUID = 1L;

    NoDeadlineException(String message) {
      super(message);
    }
  }
}
