package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The shortcut of {@code plus}, {@code minus} and {@code between} across years for a calendar
 * open throughout the cached running totals (24x7; issue 17, item 4): {@code start + d}, {@code
 * end - d} and {@code to - from}. A warm calendar (totals cached) must answer as a new one, which
 * has no totals and so takes the general path, also when a closure lies just outside the cached
 * years, in the chunk of the query, or at the supported range's ends.
 */
class AllOpenSpanTest {

  private static final long DAY = 86_400;
  private static final long YEAR_2000 = LocalDate.of(2000, 1, 1).toEpochDay() * DAY;
  private static final ZoneId[] ZONES = {
    ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York")
  };

  private static Object answer(Callable<Object> query) {
    try {
      return query.call();
    } catch (DateTimeException e) {
      return DateTimeException.class;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static BusinessCalendar.Builder always(ZoneId zone) {
    return BusinessCalendar.builder(zone)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
  }

  private static Instant at(String utc) {
    return Instant.parse(utc);
  }

  /** Caches the running totals of the chunks after {@code from}'s up to {@code to}'s. */
  private static BusinessCalendar warm(BusinessCalendar.Builder rules, String from, String to) {
    BusinessCalendar calendar = rules.build();
    calendar.between(at(from), at(to));
    return calendar;
  }

  /** The warm calendar's plus, minus and between from {@code t} equal a new calendar's. */
  private static void agree(BusinessCalendar warm, BusinessCalendar.Builder rules, Instant t,
      Duration d) {
    String what = warm + " at " + t + ", " + d;
    Object later = answer(() -> warm.plus(t, d));
    assertEquals(answer(() -> rules.build().plus(t, d)), later, "plus " + what);
    Object earlier = answer(() -> warm.minus(t, d));
    assertEquals(answer(() -> rules.build().minus(t, d)), earlier, "minus " + what);
    if (later instanceof Instant) {
      Instant u = (Instant) later;
      assertEquals(rules.build().between(t, u), warm.between(t, u), "between " + what);
      assertEquals(d, warm.between(t, u), what);
    }
    if (earlier instanceof Instant) {
      Instant u = (Instant) earlier;
      assertEquals(rules.build().between(u, t), warm.between(u, t), "between " + what);
      assertEquals(d, warm.between(u, t), what);
    }
  }

  @Test
  void plusMinusBetween_ofAlwaysOpen_acrossYears_areTheInstantArithmetic() {
    BusinessCalendar cal = warm(always(ZoneOffset.UTC), "1990-06-01T00:00:00Z",
        "2060-06-01T00:00:00Z");
    Instant t = at("2024-12-31T23:59:59.700Z");
    assertEquals(at("2025-01-01T00:00:00.200Z"), cal.plus(t, Duration.ofMillis(500)));
    assertEquals(at("2035-01-01T00:00:00Z"), cal.plus(t, Duration.between(t,
        at("2035-01-01T00:00:00Z"))));
    assertEquals(at("2014-12-31T23:59:59.900Z"),
        cal.minus(at("2025-01-01T00:00:00.100Z"), Duration.between(at("2014-12-31T23:59:59.900Z"),
            at("2025-01-01T00:00:00.100Z"))));
    assertEquals(Duration.ofDays(3653).plusMillis(300),
        cal.between(at("2019-12-31T23:59:59.800Z"), at("2030-01-01T00:00:00.100Z")));
    assertEquals(t, cal.plus(t, Duration.ZERO));
    assertEquals(t, cal.minus(t, Duration.ZERO));
  }

  @Test
  void aClosureJustAfterTheCachedYears_isNotSkippedByPlus() {
    // open through 2030, closed for the first five months of 2031; totals cached for 2001-2030
    BusinessCalendar.Builder rules = always(ZoneOffset.UTC)
        .closed(LocalDateTime.of(2031, 1, 1, 0, 0), LocalDateTime.of(2031, 6, 1, 0, 0));
    BusinessCalendar cal = warm(rules, "2000-06-01T00:00:00Z", "2031-01-01T00:00:00Z");
    Instant t = at("2029-12-31T23:59:59.700Z");
    Instant boundary = at("2031-01-01T00:00:00Z");
    for (long nanos = -2_300_000_000L; nanos <= 2_300_000_000L; nanos += 100_000_000L) {
      Duration d = Duration.between(t, boundary).plusNanos(nanos);
      agree(cal, rules, t, d);
    }
    assertEquals(at("2031-06-01T00:00:00.200Z"),
        cal.plus(t, Duration.between(t, at("2031-01-01T00:00:00.200Z"))));
    assertEquals(boundary, cal.plus(t, Duration.between(t, boundary)));
    // between up to the end of the cached years (a calendar warmed afresh, as the queries
    // above widened the totals into 2031): the half second after it is closed
    BusinessCalendar fresh = warm(rules, "2000-06-01T00:00:00Z", "2031-01-01T00:00:00Z");
    assertEquals(Duration.between(t, boundary),
        fresh.between(t, at("2031-01-01T00:00:00.500Z")));
    assertEquals(Duration.between(t, boundary), fresh.between(t, boundary));
  }

  @Test
  void aClosureJustBeforeTheCachedYears_isNotSkippedByMinus() {
    // closed for the last five months of 2000; totals cached for 2001-2030
    BusinessCalendar.Builder rules = always(ZoneOffset.UTC)
        .closed(LocalDateTime.of(2000, 8, 1, 0, 0), LocalDateTime.of(2001, 1, 1, 0, 0));
    BusinessCalendar cal = warm(rules, "2000-06-01T00:00:00Z", "2031-01-01T00:00:00Z");
    Instant t = at("2002-01-01T00:00:00.300Z");
    Instant boundary = at("2001-01-01T00:00:00Z");
    for (long nanos = -2_300_000_000L; nanos <= 2_300_000_000L; nanos += 100_000_000L) {
      Duration d = Duration.between(boundary, t).plusNanos(nanos);
      agree(cal, rules, t, d);
    }
    assertEquals(at("2000-07-31T23:59:59.800Z"),
        cal.minus(t, Duration.between(at("2000-12-31T23:59:59.800Z"), t)));
    assertEquals(boundary, cal.minus(t, Duration.between(boundary, t)));
    // between from the closed part of 2000 into the cached years
    assertEquals(Duration.between(boundary, t),
        cal.between(at("2000-09-01T00:00:00Z"), t));
    assertEquals(Duration.between(boundary, t).plusDays(31).plusHours(1),
        cal.between(at("2000-06-30T23:00:00Z"), t));
  }

  @Test
  void aClosureInsideTheCachedYears_orInTheQuerysYear_turnsTheShortcutOff() {
    BusinessCalendar.Builder inside = always(ZoneOffset.UTC)
        .closed(LocalDateTime.of(2015, 3, 1, 12, 0), LocalDateTime.of(2015, 3, 1, 12, 0, 1));
    BusinessCalendar cal = warm(inside, "2000-06-01T00:00:00Z", "2031-01-01T00:00:00Z");
    Instant t = at("2010-05-05T05:05:05.5Z");
    agree(cal, inside, t, Duration.ofDays(3000));
    assertEquals(at("2018-07-22T05:05:06.500Z"), cal.plus(t, Duration.ofDays(3000)));
    assertEquals(Duration.ofDays(3000).minusSeconds(1),
        cal.between(t, at("2018-07-22T05:05:05.5Z")));
    // closed one second in the query's own year, which the cached totals (2011-2030) leave out
    BusinessCalendar.Builder first = always(ZoneOffset.UTC)
        .closed(LocalDateTime.of(2010, 12, 31, 23, 0), LocalDateTime.of(2010, 12, 31, 23, 0, 1));
    BusinessCalendar early = warm(first, "2010-06-01T00:00:00Z", "2031-01-01T00:00:00Z");
    agree(early, first, t, Duration.ofDays(3000));
    assertEquals(Duration.ofDays(3000).minusSeconds(1),
        early.between(t, at("2018-07-22T05:05:05.5Z")));
    Instant u = at("2020-02-02T02:02:02.2Z");
    BusinessCalendar.Builder last = always(ZoneOffset.UTC)
        .closed(LocalDateTime.of(2020, 1, 1, 0, 0), LocalDateTime.of(2020, 1, 1, 0, 0, 1));
    BusinessCalendar late = warm(last, "2000-06-01T00:00:00Z", "2020-06-01T00:00:00Z");
    agree(late, last, u, Duration.ofDays(3000));
    assertEquals(at("2011-11-16T02:02:01.200Z"), late.minus(u, Duration.ofDays(3000)));
  }

  @Test
  void nearTheSupportedRangesEnds_theAnswersAreThoseOfANewCalendar() {
    BusinessCalendar.Builder rules = always(ZoneOffset.UTC);
    BusinessCalendar cal = warm(rules, "1900-01-01T00:00:00Z", "2400-01-01T00:00:00Z");
    Instant lateStart = at("2398-12-31T23:59:59.5Z");
    Instant earlyEnd = at("1901-01-01T00:00:00.5Z");
    for (long nanos = -1_500_000_000L; nanos <= 1_500_000_000L; nanos += 250_000_000L) {
      agree(cal, rules, lateStart,
          Duration.between(lateStart, BusinessCalendar.MAX_SUPPORTED).plusNanos(nanos));
      agree(cal, rules, earlyEnd,
          Duration.between(BusinessCalendar.MIN_SUPPORTED, earlyEnd).plusNanos(nanos));
    }
    assertEquals(BusinessCalendar.MAX_SUPPORTED,
        cal.plus(lateStart, Duration.between(lateStart, BusinessCalendar.MAX_SUPPORTED)));
    assertEquals(BusinessCalendar.MIN_SUPPORTED,
        cal.minus(earlyEnd, Duration.between(BusinessCalendar.MIN_SUPPORTED, earlyEnd)));
    assertEquals(DateTimeException.class, answer(() -> cal.plus(lateStart,
        Duration.between(lateStart, BusinessCalendar.MAX_SUPPORTED).plusNanos(1))));
    assertEquals(DateTimeException.class, answer(() -> cal.minus(earlyEnd,
        Duration.between(BusinessCalendar.MIN_SUPPORTED, earlyEnd).plusNanos(1))));
    assertEquals(DateTimeException.class,
        answer(() -> cal.plus(lateStart, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))));
    assertEquals(DateTimeException.class,
        answer(() -> cal.minus(earlyEnd, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))));
    assertEquals(Duration.between(earlyEnd, lateStart), cal.between(earlyEnd, lateStart));
  }

  @Test
  void warmAlwaysOpenCalendars_withOrWithoutAClosure_answerAsNewOnes() {
    qt().withExamples(150)
        .forAll(longs().all(), longs().between(YEAR_2000, YEAR_2000 + 40 * 365 * DAY),
            integers().between(0, 999_999_999), longs().between(1, 15L * 365 * DAY))
        .checkAssert((seed, sec, nano, seconds) -> {
          SplittableRandom random = new SplittableRandom(seed);
          BusinessCalendar.Builder rules = always(ZONES[random.nextInt(ZONES.length)]);
          if (random.nextInt(3) > 0) {
            // a closure from a second to days long, often at the start or end of a year
            int year = 1995 + random.nextInt(60);
            LocalDateTime start = random.nextBoolean()
                ? LocalDateTime.of(year, 1, 1, 0, 0).plusSeconds(random.nextLong(-2, 3))
                : LocalDateTime.of(year, 1, 1, 0, 0).plusSeconds(random.nextLong(365 * DAY));
            rules.closed(start, start.plusSeconds(random.nextLong(1, 3 * DAY)));
          }
          int from = 1990 + random.nextInt(30);
          int to = from + 2 + random.nextInt(50);
          BusinessCalendar cal = warm(rules, from + "-07-01T00:00:00Z", to + "-01-01T00:00:00Z");
          Instant t = Instant.ofEpochSecond(sec, nano);
          Duration d = Duration.ofSeconds(seconds, random.nextInt(1_000_000_000));
          agree(cal, rules, t, d);
          Instant u = t.plus(d);
          assertEquals(rules.build().between(t, u), cal.between(t, u));
        });
  }

  private static int chunk(int year) {
    return year - Timeline.FIRST_YEAR;
  }

  private static long length(int k) {
    return Timeline.chunkStart(k + 1) - Timeline.chunkStart(k);
  }

  @Test
  void openUntilAndOpenFrom_readTheCachedTotals_atTheirBounds() {
    BusinessCalendar.Builder rules = always(ZoneOffset.UTC);
    Timeline timeline = rules.build().timeline();
    assertEquals(Timeline.MIN_SECOND, timeline.openUntil(chunk(2010), length(chunk(2010))));
    assertEquals(Timeline.MAX_SECOND, timeline.openFrom(chunk(2010), length(chunk(2010))));
    timeline = warm(rules, "2000-06-01T00:00:00Z", "2031-01-01T00:00:00Z").timeline();
    assertArrayEquals(new int[] {chunk(2001), chunk(2031)}, timeline.cachedTotalsRange());
    long end = Timeline.chunkStart(chunk(2031));
    long start = Timeline.chunkStart(chunk(2001));
    for (int year = 1998; year <= 2033; year++) {
      int k = chunk(year);
      long until = year >= 2000 && year <= 2030 ? end : Timeline.MIN_SECOND;
      long from = year >= 2001 && year <= 2031 ? start : Timeline.MAX_SECOND;
      assertEquals(until, timeline.openUntil(k, length(k)), "until " + year);
      assertEquals(from, timeline.openFrom(k, length(k)), "from " + year);
      assertEquals(Timeline.MIN_SECOND, timeline.openUntil(k, length(k) - 1), "until " + year);
      assertEquals(Timeline.MAX_SECOND, timeline.openFrom(k, length(k) - 1), "from " + year);
    }
    BusinessCalendar.Builder closed = always(ZoneOffset.UTC)
        .closed(LocalDateTime.of(2015, 3, 1, 12, 0), LocalDateTime.of(2015, 3, 1, 12, 0, 1));
    timeline = warm(closed, "2000-06-01T00:00:00Z", "2031-01-01T00:00:00Z").timeline();
    assertEquals(Timeline.MIN_SECOND, timeline.openUntil(chunk(2020), length(chunk(2020))));
    assertEquals(Timeline.MAX_SECOND, timeline.openFrom(chunk(2020), length(chunk(2020))));
  }
}
