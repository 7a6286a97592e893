package dev.servicelevel.calendar;

import static dev.servicelevel.calendar.ColdStartTest.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link BusinessCalendar#betweenNanos}: {@code between} for instants given as numbers, in
 * nanoseconds, the same answer or the same refusal, and a refusal of its own when the open time
 * does not fit in a long.
 */
class BetweenNanosTest {

  private static final long MIN = BusinessCalendar.MIN_SUPPORTED.getEpochSecond();
  private static final long MAX = BusinessCalendar.MAX_SUPPORTED.getEpochSecond();
  private static final long YEAR = 365L * 86_400;

  private static Object nanos(BusinessCalendar c, Instant from, Instant to) {
    return answer(
        () -> c.betweenNanos(from.getEpochSecond(), from.getNano(), to.getEpochSecond(),
            to.getNano()));
  }

  private static Object betweenInNanos(BusinessCalendar c, Instant from, Instant to) {
    Object d = answer(() -> c.between(from, to));
    return d instanceof Duration ? (Object) ((Duration) d).toNanos() : d;
  }

  @Test
  void equalsBetween_inEitherOrder_onNewAndWarmCalendars() {
    qt().withExamples(300)
        .forAll(longs().all(), longs().between(MIN - YEAR, MAX + YEAR),
            integers().between(0, 999_999_999), longs().between(-40 * YEAR, 40 * YEAR))
        .checkAssert((seed, sec, nano, apart) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Instant from = Instant.ofEpochSecond(sec, nano);
          // a short span most of the time (a ticket's segments), years apart otherwise
          long wall = random.nextInt(3) == 0 ? apart : apart / 100_000;
          Instant to = Instant.ofEpochSecond(sec + wall, random.nextInt(1_000_000_000));
          BusinessCalendar.Builder rules = ColdStartTest.randomRules(random, from);
          BusinessCalendar fresh = rules.build();
          String what = seed + ": " + fresh + " from " + from + " to " + to;
          assertEquals(betweenInNanos(rules.build(), from, to), nanos(fresh, from, to), what);
          // and again once the calendar has compiled its years, and joined them flat
          BusinessCalendar warm = rules.build();
          answer(() -> warm.between(from.minusSeconds(2 * YEAR), from.plusSeconds(2 * YEAR)));
          assertEquals(betweenInNanos(warm, from, to), nanos(warm, from, to), what);
          assertEquals(betweenInNanos(warm, to, from), nanos(warm, to, from), what);
        });
  }

  @Test
  void theLongestSpans_fitOrAreRefused_byTheOpenTime() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    long start = MIN;
    // below and at the reach of a long of nanoseconds for any calendar: one path
    assertEquals(9_000_000_000L * 1_000_000_000L, always.betweenNanos(start, 0, start + 9_000_000_000L, 0));
    // beyond it the open time is counted in seconds first, and still fits
    assertEquals(9_000_000_001L * 1_000_000_000L - 1,
        always.betweenNanos(start, 1, start + 9_000_000_001L, 0));
    // the most a long holds, exactly: 9,223,372,036.854775807 s
    assertEquals(Long.MAX_VALUE, always.betweenNanos(start, 0, start + 9_223_372_036L, 854_775_807));
    assertEquals(-Long.MAX_VALUE,
        always.betweenNanos(start + 9_223_372_036L, 854_775_807, start, 0));
    DateTimeException tooLong = assertThrows(DateTimeException.class,
        () -> always.betweenNanos(start, 0, start + 9_223_372_036L, 854_775_808));
    assertTrue(tooLong.getMessage().contains("exceeds 9223372036854775807 nanoseconds"),
        tooLong.getMessage());
    assertThrows(DateTimeException.class, () -> always.betweenNanos(MAX, 0, MIN, 0));
    // a calendar open one day a week has centuries of span and decades of open time
    BusinessCalendar mondays =
        BusinessCalendar.builder(ZoneOffset.UTC)
            .open(java.time.DayOfWeek.MONDAY, java.time.LocalTime.MIN, java.time.LocalTime.of(23, 0))
            .build();
    assertEquals(mondays.between(BusinessCalendar.MIN_SUPPORTED, BusinessCalendar.MAX_SUPPORTED)
        .toNanos(), mondays.betweenNanos(MIN, 0, MAX, 0));
  }

  @Test
  void badArguments_areRefused_namingTheValue() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    DateTimeException nano =
        assertThrows(DateTimeException.class, () -> always.betweenNanos(0, -1, 10, 0));
    assertEquals("Nanosecond from -1 is outside 0 to 999,999,999 (epoch second 0)",
        nano.getMessage());
    DateTimeException toNano =
        assertThrows(DateTimeException.class, () -> always.betweenNanos(0, 0, 10, 1_000_000_000));
    assertTrue(toNano.getMessage().startsWith("Nanosecond to 1000000000 is outside"),
        toNano.getMessage());
    DateTimeException before =
        assertThrows(DateTimeException.class, () -> always.betweenNanos(MIN - 1, 999_999_999, 0, 0));
    assertTrue(before.getMessage().startsWith(
        "Instant from at epoch second " + (MIN - 1) + " and nanosecond 999999999 is outside"
            + " the supported range"), before.getMessage());
    // one nanosecond past the end of the range: refused here, by name, not deeper inside
    DateTimeException past =
        assertThrows(DateTimeException.class, () -> always.betweenNanos(0, 0, MAX, 1));
    assertTrue(past.getMessage().startsWith(
        "Instant to at epoch second " + MAX + " and nanosecond 1 is outside"), past.getMessage());
    assertThrows(DateTimeException.class, () -> always.betweenNanos(0, 0, MAX + 1, 0));
    // the ends of the range themselves are inside it
    assertEquals(always.between(BusinessCalendar.MIN_SUPPORTED, Instant.EPOCH).toNanos(),
        always.betweenNanos(MIN, 0, 0, 0));
    assertEquals(always.between(Instant.ofEpochSecond(MAX - 5), BusinessCalendar.MAX_SUPPORTED)
        .toNanos(), always.betweenNanos(MAX - 5, 0, MAX, 0));
    assertEquals(0, always.betweenNanos(MIN, 0, MIN, 0));
  }
}
