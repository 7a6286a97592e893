package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * {@code plus} and {@code minus} over many years (issue 17, item 4): once a calendar has cached
 * running totals across years it finds the answer's year with one interpolated search; a new
 * calendar finds it by widening the totals step by step. Both must give the same instants, also
 * across years without any open time.
 */
class LongSpanTest {

  private static final long DAY = 86_400;
  private static final long YEAR_2000 = LocalDate.of(2000, 1, 1).toEpochDay() * DAY;

  private static Object answer(Callable<Object> query) {
    try {
      return query.call();
    } catch (DateTimeException e) {
      return DateTimeException.class;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void plusAndMinus_overYears_withCachedTotals_equalThoseOfANewCalendar() {
    qt().withExamples(60)
        .forAll(longs().all(), longs().between(YEAR_2000, YEAR_2000 + 40 * 365 * DAY),
            integers().between(0, 999_999_999), longs().between(1, 12L * 365 * DAY))
        .checkAssert((seed, sec, nano, wall) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Instant t = Instant.ofEpochSecond(sec, nano);
          BusinessCalendar.Builder rules = ColdStartTest.randomRules(random, t);
          if (random.nextBoolean()) {
            // a whole year closed: a year whose running total does not grow
            int year = LocalDateTime.ofEpochSecond(sec, 0, ZoneOffset.UTC).getYear()
                + random.nextInt(-3, 4);
            rules.closed(LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay());
          }
          BusinessCalendar warm = rules.build();
          // running totals over 1990-2060, cached
          warm.between(Instant.parse("1990-01-01T00:00:00Z"), Instant.parse("2060-01-01T00:00:00Z"));
          Object d = answer(() -> warm.between(t, t.plusSeconds(wall)));
          if (!(d instanceof Duration)) {
            return;
          }
          Duration business = ((Duration) d).plusNanos(random.nextInt(1_000_000_000));
          String what = seed + ": " + warm + " at " + t + ", " + business;
          Object later = answer(() -> warm.plus(t, business));
          assertEquals(answer(() -> rules.build().plus(t, business)), later, what);
          Object earlier = answer(() -> warm.minus(t, business));
          assertEquals(answer(() -> rules.build().minus(t, business)), earlier, what);
          if (later instanceof Instant) {
            assertEquals(business, warm.between(t, (Instant) later), what);
          }
          if (earlier instanceof Instant) {
            assertEquals(business, warm.between((Instant) earlier, t), what);
          }
        });
  }

  @Test
  void lastAtMost_withAGivenSlope_findsWhatTheDividingSearchFinds() {
    double[] slopes = {0, -1, 0.5, 1e-9, 1e9, Double.NaN, Double.POSITIVE_INFINITY};
    qt().withExamples(500)
        .forAll(longs().all(), integers().between(0, 70), integers().between(1, 2),
            longs().between(-100, 2_000_000))
        .checkAssert((seed, count, stride, key) -> {
          SplittableRandom random = new SplittableRandom(seed);
          long[] a = new long[count * stride];
          long v = random.nextLong(-50, 50);
          boolean skewed = random.nextBoolean();
          for (int i = 0; i < count; i++) {
            a[stride * i] = v;
            v += skewed && i == count - 2 ? 1_000_000 : random.nextInt(0, 20);
          }
          int expected = Chunk.lastAtMost(a, stride, count, key);
          assertEquals(expected,
              Chunk.lastAtMost(a, stride, count, key, Chunk.scale(a, stride, count)));
          for (double slope : slopes) {
            assertEquals(expected, Chunk.lastAtMost(a, stride, count, key, slope),
                () -> "slope " + slope);
          }
        });
  }

  @Test
  void plusAndMinus_overYearsWithoutOpenTime_landInTheNextOpenYear() {
    BusinessCalendar cal = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .closed(LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(2028, 1, 1, 0, 0))
        .build();
    cal.between(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2050-01-01T00:00:00Z"));
    Instant t = Instant.parse("2024-12-31T23:00:00Z");
    // the hour is used up at the closing instant (rule 7)
    assertEquals(Instant.parse("2025-01-01T00:00:00Z"), cal.plus(t, Duration.ofHours(1)));
    assertEquals(Instant.parse("2028-01-01T00:00:00.5Z"),
        cal.plus(t, Duration.ofHours(1).plusMillis(500)));
    Instant u = Instant.parse("2028-01-01T01:00:00Z");
    assertEquals(Instant.parse("2024-12-31T23:59:59.5Z"),
        cal.minus(u, Duration.ofHours(1).plusMillis(500)));
    assertEquals(Instant.parse("2028-01-01T00:00:00Z"), cal.minus(u, Duration.ofHours(1)));
    assertEquals(Instant.parse("2024-12-31T23:00:00Z"), cal.minus(u, Duration.ofHours(2)));
  }
}
