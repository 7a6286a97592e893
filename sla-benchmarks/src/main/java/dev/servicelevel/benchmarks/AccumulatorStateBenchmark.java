package dev.servicelevel.benchmarks;

import dev.servicelevel.evaluation.AccumulatorState;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.json.AccumulatorStateJson;
import java.nio.charset.StandardCharsets;
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
 * Encoding and decoding the accumulator state of a busy month (issue 14, item 6), binary beside
 * JSON, with the report of the same accumulator as the baseline: the EcoShop SLA of
 * {@link ComplianceWorkload} over March 2025 with, by default, 10,000 outages, 100,000 ticket
 * histories and 1,000,000 latency samples (up to 2,001 distinct values). The state holds the
 * downtime's steps, the distribution's distinct values and the kept explanation records; its
 * size is printed in the trial's setup ({@code state bytes: binary ..., JSON ...}).
 *
 * <pre>
 * mvn -B -q -pl sla-benchmarks -am package -DskipTests
 * java -jar sla-benchmarks/target/benchmarks.jar AccumulatorStateBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dslf4j.internal.verbosity=ERROR"})
public class AccumulatorStateBenchmark {

  /** The filled accumulator of the month, its state in both forms. */
  @State(Scope.Benchmark)
  public static class Month {

    /** The number of outages. */
    @Param({"10000"})
    public int outages;

    /** The number of ticket histories. */
    @Param({"100000"})
    public int tickets;

    /** The number of latency samples. */
    @Param({"1000000"})
    public int samples;

    PeriodAccumulator accumulator;
    AccumulatorState state;
    byte[] binary;
    byte[] json;

    /** Fills the accumulator and checks that both forms restore to its report. */
    @Setup(Level.Trial)
    public void setUp() {
      ComplianceWorkload w = ComplianceWorkload.generate(outages, tickets, samples, 2025_03L);
      accumulator = PeriodAccumulator.of(
          ComplianceWorkload.SLA, ComplianceWorkload.MARCH, ComplianceWorkload.AS_OF);
      w.outages.forEach(accumulator::add);
      w.tickets.forEach(accumulator::add);
      for (int i = 0; i < w.sampleInstants.length; i++) {
        accumulator.add(ComplianceWorkload.LATENCY, w.sampleInstants[i], w.sampleValues[i]);
      }
      state = accumulator.state();
      binary = state.toBytes();
      json = AccumulatorStateJson.writeBytes(state);
      PeriodReport report = accumulator.report();
      if (!report.equals(restore(AccumulatorState.fromBytes(binary)).report())
          || !report.equals(restore(AccumulatorStateJson.read(json)).report())) {
        throw new IllegalStateException("A restored state reports otherwise");
      }
      System.out.println(
          "state bytes: binary " + binary.length + ", JSON " + json.length + " (indented "
              + AccumulatorStateJson.write(state).getBytes(StandardCharsets.UTF_8).length
              + ")");
    }

    PeriodAccumulator restore(AccumulatorState s) {
      return PeriodAccumulator.restore(
          ComplianceWorkload.SLA,
          ComplianceWorkload.MARCH,
          ComplianceWorkload.AS_OF,
          EvaluationOptions.defaults(),
          s);
    }
  }

  /**
   * The baseline: the report of the accumulator.
   *
   * @param m  the month
   * @return the report
   */
  @Benchmark
  public PeriodReport report(Month m) {
    return m.accumulator.report();
  }

  /**
   * Takes the state of the accumulator.
   *
   * @param m  the month
   * @return the state
   */
  @Benchmark
  public AccumulatorState state(Month m) {
    return m.accumulator.state();
  }

  /**
   * Encodes the state in binary.
   *
   * @param m  the month
   * @return the bytes
   */
  @Benchmark
  public byte[] encodeBinary(Month m) {
    return m.state.toBytes();
  }

  /**
   * Decodes the binary state.
   *
   * @param m  the month
   * @return the state
   */
  @Benchmark
  public AccumulatorState decodeBinary(Month m) {
    return AccumulatorState.fromBytes(m.binary);
  }

  /**
   * Encodes the state as one line of JSON.
   *
   * @param m  the month
   * @return the bytes
   */
  @Benchmark
  public byte[] encodeJson(Month m) {
    return AccumulatorStateJson.writeBytes(m.state);
  }

  /**
   * Decodes the JSON state.
   *
   * @param m  the month
   * @return the state
   */
  @Benchmark
  public AccumulatorState decodeJson(Month m) {
    return AccumulatorStateJson.read(m.json);
  }

  /**
   * Decodes the binary state and restores the accumulator: what a reducer does per shard.
   *
   * @param m  the month
   * @return the accumulator
   */
  @Benchmark
  public PeriodAccumulator decodeAndRestore(Month m) {
    return m.restore(AccumulatorState.fromBytes(m.binary));
  }
}
