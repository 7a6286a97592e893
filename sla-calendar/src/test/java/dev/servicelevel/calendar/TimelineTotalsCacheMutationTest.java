package dev.servicelevel.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The running totals of whole years that long {@code between} queries share: built only for
 * more than two whole years, reused while a query lies inside them, widened when a query
 * overlaps or touches them, replaced when it lies apart. Found unpinned by mutation testing
 * (the answers are equal either way; what differs is whether years are summed again).
 */
class TimelineTotalsCacheMutationTest {

  private static int chunk(int year) {
    return year - Timeline.FIRST_YEAR;
  }

  private static Instant mid(int year) {
    return LocalDate.of(year, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static BusinessCalendar office() {
    return BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
        .build();
  }

  /** {@code between} from the middle of one year to the middle of another, checked by days. */
  private static void between(BusinessCalendar calendar, int fromYear, int toYear) {
    Duration got = calendar.between(mid(fromYear), mid(toYear));
    long seconds = 0;
    for (LocalDate d = LocalDate.of(fromYear, 6, 1); d.isBefore(LocalDate.of(toYear, 6, 1));
        d = d.plusDays(1)) {
      seconds += d.getDayOfWeek().getValue() <= 5 ? 8 * 3600 : 0;
    }
    assertEquals(Duration.ofSeconds(seconds), got, fromYear + " to " + toYear);
  }

  @Test
  void twoWholeYears_areSummedWithoutTheCache() {
    BusinessCalendar calendar = office();
    assertNull(calendar.timeline().cachedTotals());
    between(calendar, 2001, 2004);
    assertNull(calendar.timeline().cachedTotals(), "2002 and 2003 are summed directly");
    assertNull(calendar.timeline().cachedTotalsRange());
    between(calendar, 2001, 2003);
    assertNull(calendar.timeline().cachedTotals());
  }

  @Test
  void theCache_isReusedInside_widenedWhenOverlappingOrTouching_replacedWhenApart() {
    BusinessCalendar calendar = office();
    Timeline timeline = calendar.timeline();
    // joins 2200 and 2201 into the flat chunk, which then never widens to the years below (they
    // lie apart from it), so every query here reads the running totals
    between(calendar, 2200, 2201);
    assertArrayEquals(new int[] {chunk(2200), chunk(2201)}, timeline.flatRange());
    assertNull(timeline.cachedTotals());
    between(calendar, 2001, 2005);
    assertArrayEquals(new int[] {chunk(2002), chunk(2005)}, timeline.cachedTotalsRange());
    Object first = timeline.cachedTotals();

    between(calendar, 2001, 2005);
    assertSame(first, timeline.cachedTotals(), "the same years again");

    between(calendar, 2002, 2006);
    assertArrayEquals(new int[] {chunk(2002), chunk(2006)}, timeline.cachedTotalsRange());
    Object wider = timeline.cachedTotals();
    assertNotSame(first, wider);

    between(calendar, 2001, 2005);
    assertSame(wider, timeline.cachedTotals(), "first chunk equal to the cache's");
    between(calendar, 2002, 2006);
    assertSame(wider, timeline.cachedTotals(), "last chunk equal to the cache's");

    between(calendar, 2005, 2009);
    assertArrayEquals(new int[] {chunk(2002), chunk(2009)}, timeline.cachedTotalsRange(),
        "starting where the cache ends: widened");
    between(calendar, 1996, 2001);
    assertArrayEquals(new int[] {chunk(1997), chunk(2001)}, timeline.cachedTotalsRange(),
        "ending a year before the cache starts: replaced");
    between(calendar, 2001, 2009);
    assertArrayEquals(new int[] {chunk(2002), chunk(2009)}, timeline.cachedTotalsRange(),
        "starting a year after the cache ends: replaced");
    between(calendar, 1997, 2002);
    assertArrayEquals(new int[] {chunk(1998), chunk(2009)}, timeline.cachedTotalsRange(),
        "ending where the cache starts: widened");

    between(calendar, 2020, 2024);
    assertArrayEquals(new int[] {chunk(2021), chunk(2024)}, timeline.cachedTotalsRange(),
        "apart: replaced");
    between(calendar, 2009, 2014);
    assertArrayEquals(new int[] {chunk(2010), chunk(2014)}, timeline.cachedTotalsRange(),
        "apart below: replaced");
    assertArrayEquals(new int[] {chunk(2200), chunk(2201)}, timeline.flatRange());
  }
}
