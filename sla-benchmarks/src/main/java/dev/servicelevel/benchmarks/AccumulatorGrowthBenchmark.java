package dev.servicelevel.benchmarks;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.AvailabilityAccumulator;
import dev.servicelevel.evaluation.ComplianceStatus;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.TargetResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
import org.threeten.extra.Interval;

/**
 * How an {@link AvailabilityAccumulator}'s cost grows with the number of outages (issue 12, item
 * 6). Each operation adds {@code outages} outages to a fresh accumulator over June 2025 and takes
 * its result, single shot:
 *
 * <ul>
 *   <li>{@code shape = disjoint}, the baseline: short full outages that never overlap, the case
 *       that was always cheap;</li>
 *   <li>{@code shape = nested}, the case that was quadratic: half of them short full outages,
 *       then half month-long partial outages (impact 0.5) that each cover all the short ones.
 *       Before the fix every month-long outage rewrote every step of the downtime, so 40,000 of
 *       each did not finish in 120 s.</li>
 * </ul>
 *
 * <p>Growth in O(n log n) shows as a time per operation that grows about tenfold (a little more)
 * from one {@code outages} value to the next, in both shapes.
 *
 * <pre>
 * mvn -B -q -pl sla-benchmarks -am package -DskipTests
 * java -jar sla-benchmarks/target/benchmarks.jar AccumulatorGrowthBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dslf4j.internal.verbosity=ERROR"})
public class AccumulatorGrowthBenchmark {

  /** The number of outages. */
  @Param({"1000", "10000", "100000"})
  public int outages;

  /** The shape of the outages: {@code disjoint} (baseline) or {@code nested}. */
  @Param({"disjoint", "nested"})
  public String shape;

  private BusinessCalendar calendar;
  private AvailabilityTarget target;
  private PeriodRange june;
  private Instant asOf;
  private List<Outage> list;

  /** Generates the outages and checks that the result counts downtime. */
  @Setup(Level.Trial)
  public void setUp() {
    calendar = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    target =
        AvailabilityTarget.builder()
            .id("uptime")
            .service("shop")
            .window("all")
            .minimum(new BigDecimal("99.9"))
            .build();
    june =
        PeriodRange.of(ReportingPeriod.calendarMonth(), LocalDate.of(2025, 6, 1), ZoneOffset.UTC);
    asOf = Instant.parse("2025-07-01T00:00:00Z");
    list = outages(shape, outages, june);
    if (month().status() != ComplianceStatus.BREACHED) {
      throw new IllegalStateException("Unexpected result: " + month());
    }
  }

  /**
   * Generates outages within a period: short full ones spaced evenly, and for the nested shape
   * as many month-long partial ones, each a second shorter at both ends than the one before.
   */
  static List<Outage> outages(String shape, int n, PeriodRange period) {
    boolean nested = "nested".equals(shape);
    if (!nested && !"disjoint".equals(shape)) {
      throw new IllegalArgumentException("Unknown shape: " + shape);
    }
    int shortOnes = nested ? n / 2 : n;
    long seconds = period.end().getEpochSecond() - period.start().getEpochSecond();
    long spacing = seconds / (shortOnes + 1);
    List<Outage> result = new ArrayList<>(n);
    for (int i = 0; i < shortOnes; i++) {
      Instant from = period.start().plusSeconds(spacing * (i + 1));
      result.add(Outage.of("S-" + i, "shop", Interval.of(from, from.plusSeconds(spacing / 2))));
    }
    for (int i = shortOnes; i < n; i++) {
      int k = i - shortOnes;
      result.add(
          Outage.builder()
              .id("L-" + k)
              .service("shop")
              .interval(
                  Interval.of(period.start().plusSeconds(k), period.end().minusSeconds(k + 1)))
              .impact(new BigDecimal("0.5"))
              .build());
    }
    return result;
  }

  /** The month's result over all the outages. */
  @Benchmark
  public TargetResult month() {
    return AvailabilityAccumulator.of(target, calendar, june, asOf).addAll(list).result();
  }
}
