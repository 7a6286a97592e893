package dev.servicelevel.benchmarks;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.json.ObservationReader;
import dev.servicelevel.json.ObservationSink;
import dev.servicelevel.json.ObservationsJson;
import dev.servicelevel.json.ReadSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading {@value #LINES} JSON Lines observations (nine samples for every event count, March
 * 2025, values with up to two decimals) from memory into a {@link PeriodAccumulator} of a p95
 * latency target and a ratio target, beside plain Jackson tree parsing of the same lines
 * ({@code JsonMapper.readTree} per line, read with a {@link BufferedReader}: the baseline).
 * {@code readOnly} reads and checks every record but hands it to a sink that drops it, so the
 * difference to {@code intoAccumulator} is the accumulators' own cost, which
 * {@code accumulatorOnly} measures alone (the same records, read beforehand, added to a fresh
 * accumulator).
 *
 * <p>Scores are nanoseconds per line; lines per second per core are {@code 1e9 / score}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
public class JsonLinesBenchmark {

  static final int LINES = 100_000;

  private static final JsonMapper TREE = JsonMapper.builder().build();
  private static final ObservationSink DROP =
      new ObservationSink() {
        @Override
        public void sample(String targetId, Instant at, BigDecimal value) {}

        @Override
        public void count(String targetId, EventCount count) {}
      };

  private Agreement agreement;
  private String text;
  private final List<Instant> sampleAts = new ArrayList<>();
  private final List<BigDecimal> sampleValues = new ArrayList<>();
  private final List<EventCount> counts = new ArrayList<>();

  /** Builds the agreement and the lines, and checks that every line is read. */
  @Setup
  public void setUp() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    agreement =
        Agreement.builder()
            .id("bench")
            .kind(AgreementKind.SLA)
            .title("Benchmark")
            .provider(Party.of("p", "Provider"))
            .customer(Party.of("c", "Customer"))
            .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
            .zone(ZoneOffset.UTC)
            .addServices(Service.of("shop", "Shop"))
            .addWindows(ServiceWindow.of("all", always))
            .addTargets(
                MeasurementTarget.builder()
                    .id("latency")
                    .service("shop")
                    .window("all")
                    .indicator(Indicator.percentile(new BigDecimal("95")))
                    .comparison(Comparison.LESS_OR_EQUAL)
                    .objective(new BigDecimal("300"))
                    .build(),
                MeasurementTarget.builder()
                    .id("checkout")
                    .service("shop")
                    .window("all")
                    .indicator(Indicator.ratio())
                    .comparison(Comparison.GREATER_OR_EQUAL)
                    .objective(new BigDecimal("99.5"))
                    .build())
            .build();
    SplittableRandom r = new SplittableRandom(2025_03_01L);
    Instant march = Instant.parse("2025-03-01T00:00:00Z");
    StringBuilder sb = new StringBuilder(LINES * 90);
    for (int i = 0; i < LINES; i++) {
      Instant at = march.plusMillis(r.nextLong(31L * 24 * 3600 * 1000));
      if (i % 10 == 9) {
        long total = 20 + r.nextInt(50_000);
        sb.append(
            ObservationsJson.toJsonLine(
                "checkout",
                EventCount.of(
                    Interval.of(at, Duration.ofMinutes(1)), total - r.nextInt(20), total)));
      } else {
        sb.append(
            ObservationsJson.toJsonLine(
                "latency", Sample.of(at, BigDecimal.valueOf(r.nextInt(60_000), r.nextInt(3)))));
      }
      sb.append('\n');
    }
    text = sb.toString();
    ReadSummary s = readInto(newAccumulator());
    if (s.records() != LINES || !s.isClean()) {
      throw new IllegalStateException("Not every line was read: " + s + " " + s.problems());
    }
    ObservationReader.defaults()
        .readLines(
            new StringReader(text),
            "bench",
            new ObservationSink() {
              @Override
              public void sample(String targetId, Instant at, BigDecimal value) {
                sampleAts.add(at);
                sampleValues.add(value);
              }

              @Override
              public void count(String targetId, EventCount count) {
                counts.add(count);
              }
            });
  }

  private PeriodAccumulator newAccumulator() {
    return PeriodAccumulator.of(
        agreement, LocalDate.of(2025, 3, 1), Instant.parse("2025-04-01T00:00:00Z"));
  }

  private ReadSummary readInto(PeriodAccumulator acc) {
    return ObservationReader.defaults()
        .readLines(new StringReader(text), "bench", ObservationSink.of(acc));
  }

  /**
   * Reads the lines into a fresh period accumulator.
   *
   * @return the accumulator, so that nothing is optimised away
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public PeriodAccumulator intoAccumulator() {
    PeriodAccumulator acc = newAccumulator();
    readInto(acc);
    return acc;
  }

  /**
   * Reads and checks the lines, dropping the records.
   *
   * @return the summary
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public ReadSummary readOnly() {
    return ObservationReader.defaults().readLines(new StringReader(text), "bench", DROP);
  }

  /**
   * The accumulators alone: the same records, read beforehand, added to a fresh period
   * accumulator ({@code PeriodAccumulator.add}), so that {@code intoAccumulator} is about
   * {@code readOnly} plus this.
   *
   * @return the accumulator
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public PeriodAccumulator accumulatorOnly() {
    PeriodAccumulator acc = newAccumulator();
    for (int i = 0; i < sampleAts.size(); i++) {
      acc.add("latency", sampleAts.get(i), sampleValues.get(i));
    }
    for (EventCount c : counts) {
      acc.add("checkout", c);
    }
    return acc;
  }

  /**
   * The baseline: each line parsed into a Jackson tree, no checks, no values built.
   *
   * @param bh  the black hole
   * @throws IOException never, the text is in memory
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void jacksonTreeBaseline(Blackhole bh) throws IOException {
    try (BufferedReader in = new BufferedReader(new StringReader(text))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode n = TREE.readTree(line);
        bh.consume(n);
      }
    }
  }
}
