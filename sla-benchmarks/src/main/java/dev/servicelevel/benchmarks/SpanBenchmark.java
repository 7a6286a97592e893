package dev.servicelevel.benchmarks;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
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
 * {@code between}, {@code plus} and {@code minus} over spans from an hour to ten years, on a warm
 * calendar, each beside the day-by-day baseline ({@code ...Naive}) on the same instants.
 *
 * <p>Start instants are 1,024 pre-generated instants spread over 2020–2039 to the nanosecond;
 * every invocation takes the next one. {@code between} asks for {@code [t, t + span)}, {@code
 * plus} adds to {@code t} and {@code minus} subtracts from {@code t + span} the business time the
 * span holds (see {@link Span#businessTime(NaiveCalendar)}). Warm-up touches every year the
 * queries reach, so the figures are for a calendar whose index is built.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// sla-calendar logs through slf4j-api and the benchmarks bind no logger: keep slf4j's
// "no providers" notice out of every fork's output.
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
public class SpanBenchmark {

  /** The calendar to query. */
  @Param({"OFFICE", "ALWAYS_OPEN", "THREE_SHIFTS"})
  public Scenario scenario;

  /** How far each query reaches. */
  @Param({"ONE_HOUR", "ONE_WEEK", "ONE_YEAR", "TEN_YEARS"})
  public Span span;

  private BusinessCalendar calendar;
  private NaiveCalendar naive;
  private Workload workload;
  private final Instant[] starts = new Instant[Workload.SIZE];
  private final Instant[] ends = new Instant[Workload.SIZE];
  private Duration businessTime;

  /** Builds both calendars and the instants, and checks that both calendars agree on them. */
  @Setup
  public void setUp() {
    calendar = scenario.calendarFactory().get();
    naive = scenario.naive();
    workload = Workload.between(2020, 2040, 20_30_01_07L);
    for (int i = 0; i < Workload.SIZE; i++) {
      starts[i] = workload.get(i);
      ends[i] = starts[i].plus(span.wall());
    }
    businessTime = span.businessTime(naive);
    for (int i = 0; i < Agreement.SAMPLE; i++) {
      Instant s = starts[i];
      Instant e = ends[i];
      Agreement.check(
          "between(" + s + ", " + e + ")", calendar.between(s, e), naive.between(s, e));
      Agreement.check(
          "plus(" + s + ", " + businessTime + ")",
          calendar.plus(s, businessTime),
          naive.plus(s, businessTime));
      Agreement.check(
          "minus(" + e + ", " + businessTime + ")",
          calendar.minus(e, businessTime),
          naive.minus(e, businessTime));
    }
  }

  /**
   * The open time in {@code [t, t + span)}.
   *
   * @return the open time
   */
  @Benchmark
  public Duration between() {
    int i = workload.nextIndex();
    return calendar.between(starts[i], ends[i]);
  }

  /**
   * {@link #between()} on the baseline.
   *
   * @return the open time
   */
  @Benchmark
  public Duration betweenNaive() {
    int i = workload.nextIndex();
    return naive.between(starts[i], ends[i]);
  }

  /**
   * The instant the span's business time after {@code t}.
   *
   * @return the instant
   */
  @Benchmark
  public Instant plus() {
    return calendar.plus(starts[workload.nextIndex()], businessTime);
  }

  /**
   * {@link #plus()} on the baseline.
   *
   * @return the instant
   */
  @Benchmark
  public Instant plusNaive() {
    return naive.plus(starts[workload.nextIndex()], businessTime);
  }

  /**
   * The instant the span's business time before {@code t + span}.
   *
   * @return the instant
   */
  @Benchmark
  public Instant minus() {
    return calendar.minus(ends[workload.nextIndex()], businessTime);
  }

  /**
   * {@link #minus()} on the baseline.
   *
   * @return the instant
   */
  @Benchmark
  public Instant minusNaive() {
    return naive.minus(ends[workload.nextIndex()], businessTime);
  }
}
