package dev.servicelevel.benchmarks;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.HolidayRule;
import dev.servicelevel.calendar.ObservedShift;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
 * How the first query of a fresh calendar grows with the number of holiday rules (issue 12,
 * item 6: 10,000 yearly rules on one date made the first {@code isOpen} take 13 s).
 *
 * <p>Method: {@code rules} distinct yearly rules all on December 24, observed on the next
 * working day, on a Monday-to-Friday calendar; 2022-12-24 is a Saturday, so every rule has to
 * search for a free working day. Each invocation builds a fresh calendar (nothing compiled) and
 * asks {@code isOpen} on 2022-12-27, which compiles 2022 and places its holidays. {@code 10}
 * rules is the small baseline in the same run; growth should be about linear (n log n).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 1)
@Measurement(iterations = 5, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
public class HolidayRulesGrowthBenchmark {

  private static final Instant QUERY = Instant.parse("2022-12-27T10:00:00Z");

  /** The number of holiday rules. */
  @Param({"10", "1000", "10000", "100000"})
  public int rules;

  private List<HolidayRule> holidayRules;

  /** Prepares the rules. */
  @Setup
  public void setUp() {
    holidayRules = new ArrayList<>(rules);
    for (int i = 0; i < rules; i++) {
      holidayRules.add(
          HolidayRule.annual(MonthDay.of(12, 24))
              .observed(ObservedShift.NEXT_WORKING_DAY)
              .named("Holiday " + i));
    }
  }

  /**
   * Builds a fresh calendar with the rules and asks its first query.
   *
   * @return the answer, so that the work is not eliminated
   */
  @Benchmark
  public boolean buildAndFirstIsOpen() {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(ZoneOffset.UTC)
            .open(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0));
    for (HolidayRule rule : holidayRules) {
      b.holiday(rule);
    }
    return b.build().isOpen(QUERY);
  }
}
