package dev.servicelevel.benchmarks;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * The cold cost: the first query in a year the calendar has not touched yet.
 *
 * <p>Method: every invocation builds a fresh calendar from the same definition and asks it one
 * {@code plus(t, 1 h)}, with {@code t} the next of 1,024 pre-generated instants spread over
 * 1950–2349. A fresh calendar has nothing compiled, so the query pays for compiling what it
 * needs: the days around {@code t} (a new calendar's first queries compile a window of days, not
 * a year). {@link #build()} measures building alone; {@code coldPlus − build} is the first
 * query's own share. Reusing one calendar and moving to an untouched year each time does not
 * work under JMH: the supported range has 500 years, which one measurement iteration uses up
 * within microseconds, and per-invocation setup would distort timings this short.
 *
 * <p>The baseline's counterpart is a fresh {@link NaiveCalendar}, whose only memory (the
 * holiday dates of a year) is likewise empty.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// sla-calendar logs through slf4j-api and the benchmarks bind no logger: keep slf4j's
// "no providers" notice out of every fork's output.
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
public class ColdStartBenchmark {

  private static final Duration ONE_HOUR = Duration.ofHours(1);

  /** The calendar to build and query. */
  @Param({"OFFICE", "ALWAYS_OPEN", "THREE_SHIFTS"})
  public Scenario scenario;

  private Supplier<BusinessCalendar> calendars;
  private CalendarDefinition definition;
  private Workload workload;

  /** Prepares the factory of fresh calendars and the instants. */
  @Setup
  public void setUp() {
    calendars = scenario.calendarFactory();
    definition = scenario.definition();
    workload = Workload.between(1950, 2350, 19_50_23_50L);
    for (int i = 0; i < Agreement.SAMPLE; i++) {
      Instant t = workload.get(i);
      Agreement.check(
          "plus(" + t + ", " + ONE_HOUR + ")",
          calendars.get().plus(t, ONE_HOUR),
          new NaiveCalendar(definition).plus(t, ONE_HOUR));
    }
  }

  /**
   * Builds a calendar and asks it its first query.
   *
   * @return the instant one business hour after the next instant
   */
  @Benchmark
  public Instant coldPlus() {
    return calendars.get().plus(workload.get(workload.nextIndex()), ONE_HOUR);
  }

  /**
   * {@link #coldPlus()} on a fresh baseline.
   *
   * @return the instant one business hour after the next instant
   */
  @Benchmark
  public Instant coldPlusNaive() {
    return new NaiveCalendar(definition).plus(workload.get(workload.nextIndex()), ONE_HOUR);
  }

  /**
   * Builds a calendar and asks it nothing.
   *
   * @return the calendar
   */
  @Benchmark
  public BusinessCalendar build() {
    return calendars.get();
  }

  /**
   * {@link #build()} for the baseline.
   *
   * @return the baseline
   */
  @Benchmark
  public NaiveCalendar buildNaive() {
    return new NaiveCalendar(definition);
  }
}
