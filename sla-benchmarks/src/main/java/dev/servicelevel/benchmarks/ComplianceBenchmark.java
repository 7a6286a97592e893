package dev.servicelevel.benchmarks;

import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.TargetResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * The full period report of a busy month, beside the naive baseline: the EcoShop SLA of
 * {@link ComplianceWorkload} (two availability targets, two ticket timers, a p95 latency target)
 * over March 2025 with, by default, 10,000 outages, 1,000,000 ticket histories of 8 events and
 * 1,000,000 latency samples.
 *
 * <p>{@link #report} splits the records into {@code shards} contiguous shards, fills one
 * {@link PeriodAccumulator} per shard (in parallel on the common fork-join pool when there is
 * more than one shard) and merges them into the report, as a host would. {@link #naive} computes
 * the same achieved values the obvious way ({@link NaiveCompliance}). The data are generated in
 * the trial's setup, which also checks that both agree on every achieved value; each operation
 * is one whole month, timed as a single shot.
 *
 * <p>Each fork runs on a fixed 8 GB heap, touched before the run ({@code -Xms8g
 * -XX:+AlwaysPreTouch}): on a heap that grows during the measured months, page faults on fresh
 * heap made single shots of the same code vary from 0.7 to 1.9 seconds within one JVM; the naive
 * baseline measures the same in both settings.
 *
 * <p>Ten months are run before the five measured ones. On 2 cores, the JIT compiler's threads
 * took 1.4 to 2.0 s of CPU in the first month and 0.2 to 1.0 s in each of the next five (the
 * compilation time of {@code CompilationMXBean}), and with two shards they compete with the
 * shards for the cores:
 * after three warm-up months, the measured months of two shards were still getting faster
 * (about 400 ms down to 340 ms in one fork), while the halves of the month run one after the
 * other on a warm JVM take about 310 ms each and two in parallel about 330 ms.
 *
 * <p>Full run (several minutes, needs about 6 GB of heap, set in the fork's options):
 * <pre>
 * mvn -B -q -pl sla-benchmarks -am package -DskipTests
 * java -jar sla-benchmarks/target/benchmarks.jar ComplianceBenchmark
 * </pre>
 * A smoke run on a small month: add {@code -p tickets=20000 -p samples=20000 -p outages=200
 * -wi 1 -i 1}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch", "-Dslf4j.internal.verbosity=ERROR"
    })
public class ComplianceBenchmark {

  /** The generated month, shared by all benchmarks of a trial. */
  @State(Scope.Benchmark)
  public static class Month {

    /** The number of outages. */
    @Param({"10000"})
    public int outages;

    /** The number of ticket histories. */
    @Param({"1000000"})
    public int tickets;

    /** The number of latency samples. */
    @Param({"1000000"})
    public int samples;

    ComplianceWorkload workload;

    /** Generates the month and checks the library against the baseline on it. */
    @Setup(Level.Trial)
    public void setUp() {
      workload = ComplianceWorkload.generate(outages, tickets, samples, 2025_03L);
      Map<String, BigDecimal> naive = naiveAchieved(workload);
      Map<String, BigDecimal> library = new LinkedHashMap<>();
      for (TargetResult r : report(workload, 1).results()) {
        library.put(r.targetId(), r.achieved().orElseThrow());
      }
      if (!naive.equals(library)) {
        throw new IllegalStateException(
            "Library and baseline disagree: " + library + " / " + naive);
      }
    }
  }

  /** How the month is split. */
  @State(Scope.Benchmark)
  public static class Sharding {

    /** The number of shards merged into the report. */
    @Param({"1", "2", "4"})
    public int shards;
  }

  /**
   * The library: shards filled in parallel and merged into the report.
   *
   * @param month  the generated month
   * @param sharding  the number of shards
   * @return the report
   */
  @Benchmark
  public PeriodReport report(Month month, Sharding sharding) {
    return report(month.workload, sharding.shards);
  }

  /**
   * The baseline: every record kept, sorted and swept on one thread.
   *
   * @param month  the generated month
   * @return the achieved values by target
   */
  @Benchmark
  public Map<String, BigDecimal> naive(Month month) {
    return naiveAchieved(month.workload);
  }

  static PeriodReport report(ComplianceWorkload w, int shards) {
    IntStream ids = IntStream.range(0, shards);
    if (shards > 1) {
      ids = ids.parallel();
    }
    return ids.mapToObj(s -> shard(w, s, shards))
        .reduce(PeriodAccumulator::merge)
        .orElseThrow()
        .report();
  }

  private static PeriodAccumulator shard(ComplianceWorkload w, int shard, int shards) {
    PeriodAccumulator acc =
        PeriodAccumulator.of(
            ComplianceWorkload.SLA, ComplianceWorkload.MARCH, ComplianceWorkload.AS_OF);
    int n = w.outages.size();
    w.outages.subList(n * shard / shards, n * (shard + 1) / shards).forEach(acc::add);
    n = w.tickets.size();
    w.tickets.subList(n * shard / shards, n * (shard + 1) / shards).forEach(acc::add);
    n = w.sampleInstants.length;
    for (int i = n * shard / shards; i < n * (shard + 1) / shards; i++) {
      acc.add(ComplianceWorkload.LATENCY, w.sampleInstants[i], w.sampleValues[i]);
    }
    return acc;
  }

  static Map<String, BigDecimal> naiveAchieved(ComplianceWorkload w) {
    return NaiveCompliance.achieved(
        ComplianceWorkload.SLA,
        ComplianceWorkload.START,
        ComplianceWorkload.END,
        w.outages,
        w.tickets,
        w.sampleInstants,
        w.sampleValues);
  }
}
