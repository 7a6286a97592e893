package dev.servicelevel.benchmarks;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code isOpen} on a warm calendar beside the day-by-day baseline, over 1,024 pre-generated
 * instants spread over 2020–2039 to the nanosecond. It has no span: it looks at one instant.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// sla-calendar logs through slf4j-api and the benchmarks bind no logger: keep slf4j's
// "no providers" notice out of every fork's output.
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
public class IsOpenBenchmark {

  /** The calendar to query. */
  @Param({"OFFICE", "ALWAYS_OPEN", "THREE_SHIFTS"})
  public Scenario scenario;

  private BusinessCalendar calendar;
  private NaiveCalendar naive;
  private Workload workload;

  /** Builds both calendars and the instants, and checks that both calendars agree on them. */
  @Setup
  public void setUp() {
    calendar = scenario.calendarFactory().get();
    naive = scenario.naive();
    workload = Workload.between(2020, 2040, 20_30_01_07L);
    for (int i = 0; i < Workload.SIZE; i++) {
      Instant t = workload.get(i);
      Agreement.check("isOpen(" + t + ")", calendar.isOpen(t), naive.isOpen(t));
    }
  }

  /**
   * Whether the calendar is open at the next instant.
   *
   * @return true if open
   */
  @Benchmark
  public boolean isOpen() {
    return calendar.isOpen(workload.get(workload.nextIndex()));
  }

  /**
   * {@link #isOpen()} on the baseline.
   *
   * @return true if open
   */
  @Benchmark
  public boolean isOpenNaive() {
    return naive.isOpen(workload.get(workload.nextIndex()));
  }
}
