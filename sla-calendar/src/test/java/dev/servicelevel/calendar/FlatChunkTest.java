package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The flat chunk (issue 17, item 4): once a query crosses a year bound, the compiled years it
 * spans are joined into one chunk that answers later {@code between}, {@code plus} and {@code
 * minus} inside it with two searches. Its answers must be those of a calendar without it, at its
 * bounds too; it widens only by ranges that overlap or touch it, and never past its limits.
 */
class FlatChunkTest {

  private static final long DAY = 86_400;
  private static final long YEAR_1996 = LocalDate.of(1996, 1, 1).toEpochDay() * DAY;

  private static int chunk(int year) {
    return year - Timeline.FIRST_YEAR;
  }

  private static Instant mid(int year) {
    return LocalDate.of(year, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static Instant newYear(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static Object answer(Callable<Object> query) {
    return ColdStartTest.answer(query);
  }

  @Test
  void queriesInsideTheFlatChunk_answerAsANewCalendarDoes() {
    qt().withExamples(80)
        .forAll(longs().all(), longs().between(YEAR_1996, YEAR_1996 + 38 * 365 * DAY),
            integers().between(0, 999_999_999), longs().between(0, 12L * 365 * DAY))
        .checkAssert((seed, sec, nano, wall) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Instant t = Instant.ofEpochSecond(sec, nano);
          BusinessCalendar.Builder rules = ColdStartTest.randomRules(random, t);
          BusinessCalendar warm = rules.build();
          warm.between(newYear(1995).plusSeconds(1), newYear(2036).minusSeconds(1));
          assertArrayEquals(new int[] {chunk(1995), chunk(2035)}, warm.timeline().flatRange());
          Instant u = t.plusSeconds(wall).plusNanos(random.nextInt(1_000_000_000));
          String what = seed + ": " + warm + " from " + t + " to " + u;
          Object d = answer(() -> warm.between(t, u));
          assertEquals(answer(() -> rules.build().between(t, u)), d, what);
          if (!(d instanceof Duration) || ((Duration) d).isZero()) {
            return;
          }
          Duration business = (Duration) d;
          assertEquals(answer(() -> rules.build().plus(t, business)),
              answer(() -> warm.plus(t, business)), what);
          assertEquals(answer(() -> rules.build().minus(u, business)),
              answer(() -> warm.minus(u, business)), what);
          Duration more = business.plusNanos(random.nextInt(1, 1_000_000_000));
          assertEquals(answer(() -> rules.build().plus(t, more)),
              answer(() -> warm.plus(t, more)), what);
          assertEquals(answer(() -> rules.build().minus(u, more)),
              answer(() -> warm.minus(u, more)), what);
        });
  }

  /** An always open calendar whose flat chunk joins 2001 to 2009, so it ends where 2010 starts. */
  private static BusinessCalendar openWithFlatTo2010() {
    BusinessCalendar open = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    open.between(mid(2001), mid(2009));
    assertArrayEquals(new int[] {chunk(2001), chunk(2009)}, open.timeline().flatRange());
    return open;
  }

  @Test
  void atTheFlatChunksEnd_theNextYearsOpenTimeCounts() {
    // each query on a calendar of its own: a query across the bound widens the flat chunk
    Instant halfPast = newYear(2010).plusMillis(500);
    assertEquals(Duration.between(mid(2001), halfPast),
        openWithFlatTo2010().between(mid(2001), halfPast));
    assertEquals(Duration.ofMillis(500), openWithFlatTo2010().between(newYear(2010), halfPast));
    assertEquals(newYear(2010).minusSeconds(3600).plusMillis(500),
        openWithFlatTo2010().minus(halfPast, Duration.ofHours(1)));
    assertEquals(newYear(2010).minusSeconds(3600),
        openWithFlatTo2010().minus(newYear(2010), Duration.ofHours(1)));
    Instant lastHour = newYear(2010).minusSeconds(3600);
    assertEquals(newYear(2010), openWithFlatTo2010().plus(lastHour, Duration.ofHours(1)));
    assertEquals(halfPast,
        openWithFlatTo2010().plus(lastHour, Duration.ofHours(1).plusMillis(500)));
    assertEquals(newYear(2001),
        openWithFlatTo2010().minus(newYear(2001).plusSeconds(60), Duration.ofMinutes(1)));
    BusinessCalendar open = openWithFlatTo2010();
    assertEquals(newYear(2001).minusSeconds(60),
        open.minus(newYear(2001).plusSeconds(60), Duration.ofMinutes(2)));
    assertArrayEquals(new int[] {chunk(2000), chunk(2009)}, open.timeline().flatRange(),
        "the minus across its start widened it");
    assertEquals(halfPast, open.plus(lastHour, Duration.ofHours(1).plusMillis(500)));
    assertArrayEquals(new int[] {chunk(2000), chunk(2010)}, open.timeline().flatRange(),
        "the plus across its end widened it");
  }

  @Test
  void atTheFlatChunksEnd_aClosedStartOfTheNextYearDoesNotCount() {
    // open 09-17 on weekdays; 2010 starts on a Friday, a holiday here
    BusinessCalendar.Builder rules = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
            LocalTime.of(17, 0))
        .holiday(HolidayRule.fixed(LocalDate.of(2010, 1, 1)));
    Instant lastHour = Instant.parse("2009-12-31T16:00:00Z");
    Instant halfPast = newYear(2010).plusMillis(500);
    BusinessCalendar office = rules.build();
    office.between(mid(2001), mid(2009));
    assertEquals(Duration.ofHours(1), office.between(lastHour, halfPast));
    office = rules.build();
    office.between(mid(2001), mid(2009));
    assertEquals(Instant.parse("2010-01-04T09:00:00.5Z"),
        office.plus(lastHour, Duration.ofHours(1).plusMillis(500)));
    office = rules.build();
    office.between(mid(2001), mid(2009));
    assertEquals(lastHour, office.minus(halfPast, Duration.ofHours(1)));
  }

  @Test
  void theFlatChunk_widensByRangesThatOverlapOrTouchIt_andKeepsItselfOtherwise() {
    BusinessCalendar open = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    Timeline timeline = open.timeline();
    open.between(mid(2001), mid(2001).plusSeconds(60));
    assertNull(timeline.flatRange(), "inside one year: no flat chunk");
    assertNull(timeline.flatChunk());

    open.between(mid(2001), mid(2005));
    assertArrayEquals(new int[] {chunk(2001), chunk(2005)}, timeline.flatRange());
    Object first = timeline.flatChunk();
    open.between(mid(2002), mid(2004));
    open.between(mid(2001), mid(2005));
    assertSame(first, timeline.flatChunk(), "a range inside it: kept");

    open.between(mid(2004), mid(2007));
    assertArrayEquals(new int[] {chunk(2001), chunk(2007)}, timeline.flatRange(), "overlapping");
    assertNotSame(first, timeline.flatChunk());
    open.between(mid(2008), mid(2009));
    assertArrayEquals(new int[] {chunk(2001), chunk(2009)}, timeline.flatRange(),
        "touching above");
    open.between(mid(1998), mid(2000));
    assertArrayEquals(new int[] {chunk(1998), chunk(2009)}, timeline.flatRange(),
        "touching below");

    open.between(mid(2011), mid(2012));
    assertArrayEquals(new int[] {chunk(1998), chunk(2009)}, timeline.flatRange(),
        "a year apart above: kept");
    open.between(mid(1995), mid(1996));
    assertArrayEquals(new int[] {chunk(1998), chunk(2009)}, timeline.flatRange(),
        "a year apart below: kept");

    assertEquals(newYear(2031), open.plus(mid(2009), Duration.between(mid(2009), newYear(2031))));
    assertArrayEquals(new int[] {chunk(1998), chunk(2031)}, timeline.flatRange(), "by plus");
    assertEquals(newYear(1990),
        open.minus(mid(1998), Duration.between(newYear(1990), mid(1998))));
    assertArrayEquals(new int[] {chunk(1990), chunk(2031)}, timeline.flatRange(), "by minus");
  }

  @Test
  void anOpenStretchAcrossYearBounds_isOneSpanInTheFlatChunk() {
    BusinessCalendar open = openWithFlatTo2010();
    assertEquals(1, open.timeline().flatChunk().count(),
        "2001 to 2009, around the clock");
    BusinessCalendar gap = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .closed(LocalDate.of(2025, 1, 1).atStartOfDay(), LocalDate.of(2028, 1, 1).atStartOfDay())
        .build();
    gap.between(mid(2020), mid(2030));
    assertArrayEquals(new int[] {chunk(2020), chunk(2030)}, gap.timeline().flatRange());
    Chunk flat = gap.timeline().flatChunk();
    assertEquals(2, flat.count(), "2020 to 2024 and 2028 to 2030, with three closed years between");
    assertEquals(newYear(2025).getEpochSecond(), flat.spanEnd(0));
    assertEquals(newYear(2028).getEpochSecond(), flat.spanStart(1));
    Instant t = Instant.parse("2024-12-31T23:00:00Z");
    assertEquals(newYear(2025), gap.plus(t, Duration.ofHours(1)));
    assertEquals(newYear(2028).plusMillis(500), gap.plus(t, Duration.ofHours(1).plusMillis(500)));
    Instant u = Instant.parse("2028-01-01T01:00:00Z");
    assertEquals(newYear(2025).minusMillis(500), gap.minus(u, Duration.ofHours(1).plusMillis(500)));
    assertEquals(newYear(2028), gap.minus(u, Duration.ofHours(1)));
    assertEquals(Duration.ofHours(2), gap.between(t, u));
  }

  @Test
  void theFlatChunk_joinsAtMost64Years() {
    BusinessCalendar a = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    a.between(mid(2000), mid(2063));
    assertArrayEquals(new int[] {chunk(2000), chunk(2063)}, a.timeline().flatRange());
    a.between(mid(2063), mid(2064));
    assertArrayEquals(new int[] {chunk(2000), chunk(2063)}, a.timeline().flatRange(),
        "65 years: kept at 64");
    a.between(mid(1999), mid(2000));
    assertArrayEquals(new int[] {chunk(2000), chunk(2063)}, a.timeline().flatRange());

    BusinessCalendar b = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    b.between(mid(2000), mid(2064));
    assertNull(b.timeline().flatRange(), "65 years at once: none");
    assertEquals(Duration.between(mid(2000), mid(2064)), b.between(mid(2000), mid(2064)));
  }

  @Test
  void theFlatChunk_holdsAtMostItsSpans() {
    // seven intervals a day, every day: 2,555 spans a year, so 52 years hold more than 128 Ki
    BusinessCalendar.Builder builder = BusinessCalendar.builder(ZoneOffset.UTC);
    for (int h = 0; h < 21; h += 3) {
      builder.open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(h, 0), LocalTime.of(h + 1, 0));
    }
    BusinessCalendar many = builder.build();
    Duration fiftyYears = many.between(mid(1950), mid(2000));
    assertArrayEquals(new int[] {chunk(1950), chunk(2000)}, many.timeline().flatRange());
    assertEquals(Duration.ofHours(7 * (LocalDate.of(2000, 6, 1).toEpochDay()
        - LocalDate.of(1950, 6, 1).toEpochDay())), fiftyYears);
    many.between(mid(2000), mid(2003));
    assertArrayEquals(new int[] {chunk(1950), chunk(2000)}, many.timeline().flatRange(),
        "54 years would hold more spans: kept");

    BusinessCalendar fresh = builder.build();
    fresh.between(mid(1950), mid(2003));
    assertNull(fresh.timeline().flatRange());
  }

  /** Seven one-hour intervals a day, closed as much as brings 1950–2001 to {@code spans}. */
  private static BusinessCalendar sevenADay(int spans) {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(ZoneOffset.UTC);
    for (int h = 0; h < 21; h += 3) {
      builder.open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(h, 0), LocalTime.of(h + 1, 0));
    }
    int remove = spansFrom1950To2001(builder.build()) - spans;
    // whole days closed take seven spans each, the rest are the first intervals of one day
    LocalDate first = LocalDate.of(1960, 3, 1);
    builder.closed(first.atStartOfDay(), first.plusDays(remove / 7).atStartOfDay());
    if (remove % 7 > 0) {
      LocalDate day = LocalDate.of(1970, 3, 2);
      builder.closed(day.atStartOfDay(), day.atTime(3 * (remove % 7) - 2, 0));
    }
    BusinessCalendar calendar = builder.build();
    assertEquals(spans, spansFrom1950To2001(calendar));
    return calendar;
  }

  private static int spansFrom1950To2001(BusinessCalendar calendar) {
    int count = 0;
    for (int k = chunk(1950); k <= chunk(2001); k++) {
      count += calendar.timeline().chunk(k).count();
    }
    return count;
  }

  @Test
  void theFlatChunk_holdsExactly128KiSpans_andNotOneMore() {
    BusinessCalendar exactly = sevenADay(Timeline.MAX_FLAT_SPANS);
    exactly.between(mid(1950), mid(2001));
    assertArrayEquals(new int[] {chunk(1950), chunk(2001)}, exactly.timeline().flatRange());
    BusinessCalendar oneMore = sevenADay(Timeline.MAX_FLAT_SPANS + 1);
    oneMore.between(mid(1950), mid(2001));
    assertNull(oneMore.timeline().flatRange());
  }
}
