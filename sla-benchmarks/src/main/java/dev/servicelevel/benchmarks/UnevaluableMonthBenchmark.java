package dev.servicelevel.benchmarks;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.TargetResult;
import dev.servicelevel.evaluation.TicketFigures;
import dev.servicelevel.evaluation.TicketTimerAccumulator;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A month of a million tickets of which a few cannot be evaluated (issue 12, item 4): one
 * {@link TicketTimerAccumulator} over June 2025 on a window that stops opening on 28 June, with
 * {@code unevaluable} tickets whose goal in working days has no deadline (they were created after
 * the window's last opening). The report completes and lists them; {@code unevaluable = 0} is
 * the baseline of the same month without them. Each operation is the whole month, single shot.
 *
 * <pre>
 * mvn -B -q -pl sla-benchmarks -am package -DskipTests
 * java -jar sla-benchmarks/target/benchmarks.jar UnevaluableMonthBenchmark -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dslf4j.internal.verbosity=ERROR"})
public class UnevaluableMonthBenchmark {

  /** The number of evaluable tickets. */
  @Param({"1000000"})
  public int tickets;

  /** The number of tickets that cannot be evaluated. */
  @Param({"0", "5"})
  public int unevaluable;

  private BusinessCalendar calendar;
  private TicketTimerTarget target;
  private PeriodRange june;
  private Instant asOf;
  private List<TicketHistory> histories;

  /** Generates the month and checks that the report lists every unevaluable ticket. */
  @Setup(Level.Trial)
  public void setUp() {
    BusinessCalendar open = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    calendar = open.replacedFrom(LocalDate.of(2025, 6, 28), open.complement());
    target =
        TicketTimerTarget.builder()
            .id("respond")
            .service("shop")
            .window("all")
            .timer(TimerKind.RESPOND)
            .addGoals(
                TimerGoal.of(priority("P1"), BusinessDuration.businessMinutes(30)),
                TimerGoal.of(priority("P2"), BusinessDuration.businessHours(2)),
                TimerGoal.of(priority("PX"), BusinessDuration.workingDaysSameTime(1)))
            .startWhen(Condition.event("created"))
            .stopWhen(Condition.event("agent-reply"))
            .pauseWhen(Condition.fieldIs("status", "pending"))
            .requiredShare(BigDecimal.valueOf(95))
            .build();
    june =
        PeriodRange.of(ReportingPeriod.calendarMonth(), LocalDate.of(2025, 6, 1), ZoneOffset.UTC);
    asOf = Instant.parse("2025-07-01T00:00:00Z");
    SplittableRandom random = new SplittableRandom(12);
    Instant first = june.start();
    // created over the first 26 days, answered within 3 hours
    int span = 26 * 24 * 3600;
    histories = new ArrayList<>(tickets + unevaluable);
    for (int i = 0; i < tickets; i++) {
      Instant created = first.plusSeconds(random.nextInt(span));
      histories.add(
          TicketHistory.of(
              "T-" + i,
              List.of(
                  TicketEvent.of(
                      created,
                      "created",
                      Map.of("priority", random.nextBoolean() ? "P1" : "P2", "status", "open")),
                  TicketEvent.of(
                      created.plusSeconds(60 + random.nextInt(3 * 3600)), "agent-reply"))));
    }
    for (int i = 0; i < unevaluable; i++) {
      Instant created = Instant.parse("2025-06-29T09:00:00Z").plusSeconds(i);
      histories.add(
          TicketHistory.of(
              "BAD-" + i,
              List.of(
                  TicketEvent.of(
                      created, "created", Map.of("priority", "PX", "status", "open")))));
    }
    TicketFigures f = month().tickets().orElseThrow();
    if (f.unevaluable() != unevaluable
        || f.unevaluableRecords().size() != unevaluable
        || f.counted() != tickets) {
      throw new IllegalStateException("Unexpected figures: " + f);
    }
  }

  private static Condition priority(String p) {
    return Condition.fieldIs("priority", p);
  }

  /** The month's result, unevaluable tickets listed. */
  @Benchmark
  public TargetResult month() {
    return TicketTimerAccumulator.of(target, calendar, june, asOf).addAll(histories).result();
  }
}
