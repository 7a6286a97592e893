package dev.servicelevel.benchmarks;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerEvaluator;
import dev.servicelevel.evaluation.timer.TimerOutcomes;
import dev.servicelevel.evaluation.timer.TimerResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One evaluation of a resolution timer for a ticket with 8 events and 2 pauses (waiting on the
 * customer), a priority raised on the way and three thresholds, on the office calendar
 * (Mon–Fri 09–17 Berlin with holidays), beside {@link NaiveTimer}, which steps minute by minute.
 * Tickets start at 1,024 minute-aligned instants over 2024–2025 and are evaluated as of two
 * weeks after creation; every invocation takes the next ticket.
 *
 * <p>{@link #betweens} is the floor the evaluation is measured against in the same run: the 8
 * {@code between} calls on the same calendar that such a ticket needs at least (one per stretch
 * between consecutive events, and one from creation to the resolution), without any of the
 * evaluation's bookkeeping or result.
 *
 * <p>Two more evaluations split the cost: {@link #evaluateWallClock} is the same evaluation
 * without calendar arithmetic (goals in elapsed time), and {@link #evaluateOutcomes} fills
 * reused {@link TimerOutcomes} as a period's accumulator does, without assembling a
 * {@link TimerResult}.
 *
 * <p>Tickets per second per core are {@code 1e9 / (ns per op)}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
public class TicketTimerBenchmark {

  private static final int TICKETS = 1024;

  private BusinessCalendar calendar;
  private TicketTimerTarget target;
  private TimerEvaluator evaluator;
  private TimerEvaluator wallEvaluator;
  private final TicketHistory[] tickets = new TicketHistory[TICKETS];
  private final Instant[] asOf = new Instant[TICKETS];
  private final Instant[][] eventTimes = new Instant[TICKETS][];
  private final TimerOutcomes outcomes = new TimerOutcomes();
  private int next;

  /** Builds the tickets and checks that both evaluators count the same elapsed time. */
  @Setup
  public void setUp() {
    calendar = Scenario.OFFICE.calendarFactory().get();
    target =
        target(
            BusinessDuration.businessHours(4),
            BusinessDuration.businessHours(16),
            BusinessDuration.businessHours(1));
    evaluator = TimerEvaluator.of(target, calendar);
    wallEvaluator =
        TimerEvaluator.of(
            target(
                BusinessDuration.elapsed(Duration.ofHours(4)),
                BusinessDuration.elapsed(Duration.ofHours(16)),
                BusinessDuration.elapsed(Duration.ofHours(1))),
            calendar);
    SplittableRandom random = new SplittableRandom(2024_11_25L);
    Instant first = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < TICKETS; i++) {
      Instant t = first.plusSeconds(60L * random.nextInt(2 * 365 * 24 * 60));
      Instant[] at = new Instant[8];
      at[0] = t;
      for (int k = 1; k < 8; k++) {
        at[k] = at[k - 1].plusSeconds(60L * (30 + random.nextInt(600)));
      }
      tickets[i] =
          TicketHistory.of(
              "T-" + i,
              List.of(
                  TicketEvent.of(at[0], "created", Map.of("priority", "P2", "status", "open")),
                  TicketEvent.of(at[1], "assigned", Map.of("assignee", "ann")),
                  TicketEvent.fieldChange(at[2], "status", "pending"),
                  TicketEvent.of(at[3], "customer-reply", Map.of("status", "open")),
                  TicketEvent.fieldChange(at[4], "priority", "P1"),
                  TicketEvent.fieldChange(at[5], "status", "pending"),
                  TicketEvent.of(at[6], "customer-reply", Map.of("status", "open")),
                  TicketEvent.of(at[7], "resolved", Map.of("status", "resolved"))));
      asOf[i] = t.plus(Duration.ofDays(14));
      eventTimes[i] = at;
      Duration fast = TicketTimers.evaluate(tickets[i], target, calendar, asOf[i]).current().elapsed();
      Duration slow = NaiveTimer.elapsed(tickets[i], calendar, asOf[i]);
      Agreement.check("elapsed of " + tickets[i], fast, slow);
    }
  }

  /**
   * The resolution target: P1 and P2 goals, paused while pending, thresholds at 50 % and 75 %
   * and ahead of the deadline.
   */
  private static TicketTimerTarget target(
      BusinessDuration p1, BusinessDuration p2, BusinessDuration before) {
    return TicketTimerTarget.builder()
        .id("resolve")
        .service("shop")
        .window("prime")
        .timer(TimerKind.RESOLVE)
        .addGoals(TimerGoal.of(Condition.fieldIs("priority", "P1"), p1))
        .addGoals(TimerGoal.of(Condition.fieldIs("priority", "P2"), p2))
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event("resolved"))
        .pauseWhen(Condition.fieldIs("status", "pending"))
        .addThresholds(
            TimerThreshold.warningAt(BigDecimal.valueOf(50)),
            TimerThreshold.escalationAt(BigDecimal.valueOf(75)),
            TimerThreshold.escalationBefore(before))
        .build();
  }

  /** One evaluation by {@link TicketTimers}. */
  @Benchmark
  public TimerResult evaluate() {
    int i = next++ & (TICKETS - 1);
    return TicketTimers.evaluate(tickets[i], target, calendar, asOf[i]);
  }

  /**
   * One evaluation by a {@link TimerEvaluator} kept for the target, as accumulators and hosts
   * that evaluate many tickets do.
   *
   * @return the result
   */
  @Benchmark
  public TimerResult evaluateReused() {
    int i = next++ & (TICKETS - 1);
    return evaluator.evaluate(tickets[i], asOf[i]);
  }

  /**
   * The same ticket evaluated by a {@link TimerEvaluator} kept for a target whose goals and
   * thresholds count elapsed time instead of business time (4 h, 16 h, 1 h before): the same
   * walk, clock and result, without any calendar arithmetic. The verdicts differ (elapsed time
   * runs through nights and weekends), not the work: the same segments measured, deadline and
   * thresholds found, objects built. What {@link #evaluateReused} costs beyond it is about the
   * calendar's share.
   *
   * @return the result
   */
  @Benchmark
  public TimerResult evaluateWallClock() {
    int i = next++ & (TICKETS - 1);
    return wallEvaluator.evaluate(tickets[i], asOf[i]);
  }

  /**
   * The same evaluation into reused {@link TimerOutcomes}, as a period's accumulator counts its
   * tickets: each cycle's state and deciding figures, without assembling a {@link TimerResult}.
   *
   * @return the outcomes
   */
  @Benchmark
  public TimerOutcomes evaluateOutcomes() {
    int i = next++ & (TICKETS - 1);
    evaluator.evaluate(tickets[i], asOf[i], outcomes);
    return outcomes;
  }

  /**
   * The floor: 8 {@code between} calls on the same calendar over the same ticket's instants (the
   * 7 stretches between consecutive events, and creation to resolution).
   *
   * @param bh  consumes each result
   */
  @Benchmark
  public void betweens(Blackhole bh) {
    Instant[] at = eventTimes[next++ & (TICKETS - 1)];
    for (int k = 0; k < 7; k++) {
      bh.consume(calendar.between(at[k], at[k + 1]));
    }
    bh.consume(calendar.between(at[0], at[7]));
  }

  /** The same ticket's elapsed time by stepping minute by minute. */
  @Benchmark
  public Duration evaluateNaive() {
    int i = next++ & (TICKETS - 1);
    return NaiveTimer.elapsed(tickets[i], calendar, asOf[i]);
  }
}
