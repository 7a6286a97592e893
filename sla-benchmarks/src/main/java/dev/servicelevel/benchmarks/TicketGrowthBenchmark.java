package dev.servicelevel.benchmarks;

import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How a month's {@link PeriodAccumulator} grows with the number of records (issue 17, item 5):
 * each operation feeds {@code records} ticket histories and {@code records} latency samples of the
 * EcoShop month ({@link ComplianceWorkload}) into a fresh accumulator on one thread and takes the
 * report. The score is the average time of a month over iterations of at least 5 seconds: a
 * few hundred months at 10 thousand records, one at 10 million (a single timed 10 ms month
 * mostly times the harness and the compiler's state, not the accumulator). The records come from a pool of {@value #POOL} generated tickets and
 * samples, cycled through, so the benchmark itself holds the same few records at every size
 * (10 million tickets are never in memory at once) and the time is the accumulator's.
 *
 * <p>The setup feeds {@code 8 * POOL} records once, so that even the smallest size is timed
 * compiled. Per-record cost is the score divided by {@code records}: flat growth shows as a
 * score that
 * grows tenfold from one size to the next. The memory the accumulator keeps is printed once per
 * size, after the last iteration, as {@code retained}: the used heap, after full collections,
 * with the last filled accumulator still reachable, minus the used heap after full collections
 * before the first was made ({@link Runtime#totalMemory()} minus {@link Runtime#freeMemory()}; an
 * estimate, without JOL). The full collections are kept out of the iterations: between two timed
 * months they would move the whole pool and leave every cache cold, which weighs on a 10 ms
 * month and not on a 10 s one.
 *
 * <pre>
 * mvn -B -q -pl sla-benchmarks -am package -DskipTests
 * java -jar sla-benchmarks/target/benchmarks.jar TicketGrowthBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dslf4j.internal.verbosity=ERROR"})
public class TicketGrowthBenchmark {

  /** The number of records of the pool the month's records are drawn from, a power of two. */
  static final int POOL = 1 << 16;

  /** The number of ticket histories, and of latency samples, fed into the accumulator. */
  @Param({"10000", "100000", "1000000", "10000000"})
  public int records;

  private List<TicketHistory> tickets;
  private Instant[] sampleInstants;
  private BigDecimal[] sampleValues;
  private long baseline;
  private PeriodAccumulator last;

  /** Generates the pool. */
  @Setup(Level.Trial)
  public void setUp() {
    ComplianceWorkload w = ComplianceWorkload.generate(0, POOL, POOL, 2025_03L);
    tickets = w.tickets;
    sampleInstants = w.sampleInstants;
    sampleValues = w.sampleValues;
    // compiled before the first timed month, so the small sizes do not time the JIT
    int wanted = records;
    records = 8 * POOL;
    month();
    records = wanted;
    last = null;
    baseline = usedAfterGc();
  }

  /**
   * Feeds the records into a fresh accumulator and takes the report.
   *
   * @return the report
   */
  @Benchmark
  public PeriodReport month() {
    PeriodAccumulator acc =
        PeriodAccumulator.of(
            ComplianceWorkload.SLA, ComplianceWorkload.MARCH, ComplianceWorkload.AS_OF);
    for (int i = 0; i < records; i++) {
      int k = i & (POOL - 1);
      acc.add(tickets.get(k));
      acc.add(ComplianceWorkload.LATENCY, sampleInstants[k], sampleValues[k]);
    }
    last = acc;
    return acc.report();
  }

  /** Prints the heap the last filled accumulator keeps. */
  @TearDown(Level.Trial)
  public void retained() {
    long used = usedAfterGc();
    System.out.printf(
        "%nretained by the accumulator of %,d tickets and %,d samples: %,d bytes%n",
        records, records, used - baseline);
    last = null;
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    // a few collections, as one may leave floating garbage behind
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
