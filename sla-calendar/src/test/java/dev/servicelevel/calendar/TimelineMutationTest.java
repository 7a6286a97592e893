package dev.servicelevel.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * The cold-start windows of {@link Timeline} at their exact limits: which queries a window
 * answers (its first and last second, a business time just below and at its reach), how many
 * windows a calendar compiles before it compiles whole years, and that a compiled year is read
 * instead of a window. What a window answers must equal what the year answers; whether a year
 * was compiled is read from {@link Timeline#isCompiled}.
 */
class TimelineMutationTest {

  private static final ZoneOffset UTC = ZoneOffset.UTC;
  private static final long DAY = 86_400;
  /** A Wednesday; its window is [2030-07-07, 2030-07-18) UTC. */
  private static final Instant D = utc("2030-07-10T00:00");
  private static final int YEAR_OF_D = 2030 - Timeline.FIRST_YEAR;

  private static Instant utc(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toInstant(UTC);
  }

  private static BusinessCalendar office() {
    return BusinessCalendar.builder(UTC)
        .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
        .build();
  }

  /**
   * Asserts that the calendar answers {@code n} more queries at new places (one a year, far from
   * anything asked before) from windows, and compiles the year of the next one.
   */
  private static void assertWindowsLeft(BusinessCalendar calendar, int n) {
    Timeline timeline = calendar.timeline();
    for (int i = 0; i <= n; i++) {
      Instant at = LocalDate.of(2101 + i, 7, 1).atTime(12, 0).toInstant(UTC);
      int k = Timeline.index(at.getEpochSecond());
      assertFalse(timeline.isCompiled(k), "year " + (2101 + i) + " before the query");
      calendar.isOpen(at);
      assertEquals(i == n, timeline.isCompiled(k), "new place " + (i + 1) + " of " + (n + 1));
    }
  }

  // ---- how many windows ------------------------------------------------------------------------

  @Test
  void aNewCalendar_answersEightPlacesFromWindows_andCompilesTheYearOfTheNinth() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(UTC);
    assertEquals(8, Timeline.MAX_WINDOWS);
    assertWindowsLeft(always, Timeline.MAX_WINDOWS);
    // the year compiled by the ninth place answers from then on; other years still compile
    assertTrue(always.isOpen(utc("2109-07-01T12:00")));
    assertFalse(always.timeline().isCompiled(YEAR_OF_D));
    assertTrue(always.isOpen(D));
    assertTrue(always.timeline().isCompiled(YEAR_OF_D));
  }

  @Test
  void aWindow_answersFromItsFirstToItsLastSecond_withoutAnotherWindow() {
    BusinessCalendar office = office();
    assertFalse(office.isOpen(D));
    assertFalse(office.isOpen(D.minus(3, ChronoUnit.DAYS)), "first second: Sunday 00:00");
    assertFalse(office.isOpen(D.plus(8, ChronoUnit.DAYS).minusSeconds(1)), "last second");
    assertTrue(office.isOpen(D.minus(2, ChronoUnit.DAYS).plus(Duration.ofHours(9))));
    assertTrue(office.isOpen(D.plus(7, ChronoUnit.DAYS).plus(Duration.ofHours(17)).minusNanos(1)));
    assertFalse(office.isOpen(D.plus(7, ChronoUnit.DAYS).plus(Duration.ofHours(17))));
    assertFalse(office.timeline().isCompiled(YEAR_OF_D));
    assertWindowsLeft(office, Timeline.MAX_WINDOWS - 1);
  }

  @Test
  void theSecondAfterAWindow_isAnsweredByANewWindow() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(UTC);
    assertTrue(always.isOpen(D));
    Instant end = D.plus(8, ChronoUnit.DAYS);
    assertTrue(always.isOpen(end), "the first second after the window is open");
    assertEquals(Duration.ofSeconds(3), always.between(end, end.plusSeconds(3)));
    assertWindowsLeft(always, Timeline.MAX_WINDOWS - 2);
  }

  @Test
  void theEndOfTheSupportedRange_andAlgebra_compileYearsAtOnce() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(UTC);
    assertFalse(always.isOpen(BusinessCalendar.MAX_SUPPORTED));
    assertTrue(always.timeline().isCompiled(Timeline.CHUNKS - 1));
    assertWindowsLeft(always, Timeline.MAX_WINDOWS);

    BusinessCalendar union = office().union(BusinessCalendar.builder(UTC).build());
    assertFalse(union.isOpen(D));
    assertTrue(union.timeline().isCompiled(YEAR_OF_D));
  }

  // ---- how far a window reaches --------------------------------------------------------------

  @Test
  void plus_belowTheReachOfAWindow_isAnsweredInIt_atTheReachCompilesTheYear() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(UTC);
    Duration below = Duration.ofDays(8).minusSeconds(1);
    assertEquals(D.plus(below), always.plus(D, below));
    assertFalse(always.timeline().isCompiled(YEAR_OF_D));

    BusinessCalendar atReach = BusinessCalendar.alwaysOpen(UTC);
    assertEquals(D.plus(8, ChronoUnit.DAYS), atReach.plus(D, Duration.ofDays(8)));
    assertTrue(atReach.timeline().isCompiled(YEAR_OF_D));
    assertWindowsLeft(atReach, Timeline.MAX_WINDOWS);
  }

  @Test
  void plus_endingExactlyAtTheEndOfAWindow_withAFraction_isAnsweredInIt() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(UTC);
    Instant start = D.plusMillis(500);
    Duration rest = Duration.ofDays(8).minusMillis(500);
    assertEquals(D.plus(8, ChronoUnit.DAYS), always.plus(start, rest));
    assertFalse(always.timeline().isCompiled(YEAR_OF_D));
    // one nanosecond more lies beyond the window: the year answers
    assertEquals(D.plus(8, ChronoUnit.DAYS).plusNanos(1), always.plus(start, rest.plusNanos(1)));
    assertTrue(always.timeline().isCompiled(YEAR_OF_D));
  }

  @Test
  void minus_belowTheReachOfAWindow_isAnsweredInIt_atTheReachCompilesTheYear() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(UTC);
    Instant end = D.plusMillis(500);
    // back to the window's first instant exactly
    Duration toStart = Duration.ofDays(3).plusMillis(500);
    assertEquals(D.minus(3, ChronoUnit.DAYS), always.minus(end, toStart));
    assertFalse(always.timeline().isCompiled(YEAR_OF_D));
    assertEquals(D.minus(3, ChronoUnit.DAYS).minusNanos(1),
        always.minus(end, toStart.plusNanos(1)));
    assertTrue(always.timeline().isCompiled(YEAR_OF_D));
    assertWindowsLeft(always, Timeline.MAX_WINDOWS - 1);

    BusinessCalendar atReach = BusinessCalendar.alwaysOpen(UTC);
    Instant late = D.plus(7, ChronoUnit.DAYS);
    assertEquals(late.minus(8, ChronoUnit.DAYS), atReach.minus(late, Duration.ofDays(8)));
    assertTrue(atReach.timeline().isCompiled(YEAR_OF_D));
    assertWindowsLeft(atReach, Timeline.MAX_WINDOWS);

    BusinessCalendar belowReach = BusinessCalendar.alwaysOpen(UTC);
    Duration below = Duration.ofDays(8).minusSeconds(1);
    assertEquals(late.minus(below), belowReach.minus(late, below));
    assertTrue(belowReach.timeline().isCompiled(YEAR_OF_D), "the window starts 3 days back");
    assertWindowsLeft(belowReach, Timeline.MAX_WINDOWS - 1);
  }

  @Test
  void between_belowTheReachOfAWindow_isAnsweredInIt_atTheReachCompilesTheYear() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(UTC);
    Instant to = D.plus(8, ChronoUnit.DAYS).minusNanos(1);
    assertEquals(Duration.between(D, to), always.between(D, to));
    assertEquals(Duration.between(D, to).negated(), always.between(to, D));
    assertFalse(always.timeline().isCompiled(YEAR_OF_D));
    assertWindowsLeft(always, Timeline.MAX_WINDOWS - 1);

    BusinessCalendar atReach = BusinessCalendar.alwaysOpen(UTC);
    Instant from = D.plusSeconds(1);
    Instant eightDays = from.plus(8, ChronoUnit.DAYS);
    assertEquals(Duration.ofDays(8), atReach.between(from, eightDays));
    assertTrue(atReach.timeline().isCompiled(YEAR_OF_D));
    assertWindowsLeft(atReach, Timeline.MAX_WINDOWS);
  }

  @Test
  void between_endingAFractionAfterTheEndOfAWindow_countsTheFraction() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(UTC);
    Instant from = D.plusSeconds(1);
    Instant to = D.plus(8, ChronoUnit.DAYS).plusMillis(500);
    assertEquals(Duration.ofDays(8).minusMillis(500), always.between(from, to));
    assertTrue(always.timeline().isCompiled(YEAR_OF_D));
    assertWindowsLeft(always, Timeline.MAX_WINDOWS - 1);
  }

  // ---- a compiled year is read, not a window ---------------------------------------------------

  @Test
  void queriesInACompiledYear_useNoWindow() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(UTC);
    always.openIntervals(Interval.of(D, D.plusSeconds(1)));
    assertTrue(always.timeline().isCompiled(YEAR_OF_D));
    assertTrue(always.isOpen(D));
    assertEquals(D.plus(1, ChronoUnit.DAYS), always.plus(D, Duration.ofDays(1)));
    assertEquals(D.minus(1, ChronoUnit.DAYS), always.minus(D, Duration.ofDays(1)));
    assertEquals(Duration.ofDays(1), always.between(D, D.plus(1, ChronoUnit.DAYS)));
    assertWindowsLeft(always, Timeline.MAX_WINDOWS);
  }

  // ---- across years ----------------------------------------------------------------------------

  /** Open all the time except on every 1 January (UTC). */
  private static BusinessCalendar newYearClosed() {
    return BusinessCalendar.builder(UTC)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .holiday(HolidayRule.annual(MonthDay.of(1, 1)))
        .build();
  }

  @Test
  void plus_whoseWholeSecondsEndAYear_withTheFractionBorrowedFromTheFirst() {
    // 0.5 s are left in 2024; the rest is 364 days 23:59:59.5, all but the last 0.5 s of 2025
    Instant start = utc("2024-12-31T23:59:59.5");
    Instant end = utc("2025-12-31T23:59:59.5");
    assertEquals(end, BusinessCalendar.alwaysOpen(UTC).plus(start, Duration.ofDays(365)));
    assertEquals(start, BusinessCalendar.alwaysOpen(UTC).minus(end, Duration.ofDays(365)));
    BusinessCalendar newYearClosed = newYearClosed();
    assertEquals(utc("2025-12-31T23:59:59.5"), newYearClosed.plus(start, Duration.ofDays(364)));
    // with running totals cached over the years
    newYearClosed.between(utc("2020-01-01T00:00"), utc("2030-06-01T00:00"));
    assertEquals(utc("2025-12-31T23:59:59.5"), newYearClosed.plus(start, Duration.ofDays(364)));
  }

  @Test
  void minus_byWholeYearsOfOpenTime_endsAtTheFirstOpenInstantOfTheYear() {
    BusinessCalendar newYearClosed = newYearClosed();
    // running totals cached for 2021 to 2029
    newYearClosed.between(utc("2020-01-01T00:00"), utc("2030-06-01T00:00"));
    Instant end = utc("2026-06-01T00:00");
    // 150 days of 2026 (without 1 January), 364 of 2025, 365 of 2024
    Duration d = Duration.ofDays(150 + 364 + 365);
    assertEquals(utc("2024-01-02T00:00"), newYearClosed.minus(end, d));
    assertEquals(d, newYearClosed.between(utc("2024-01-02T00:00"), end));
    assertEquals(utc("2024-01-02T00:00"), newYearClosed().minus(end, d), "without the cache");
  }

  @Test
  void plus_beyondTheCachedTotals_fromInsideThem() {
    BusinessCalendar warm = newYearClosed();
    // running totals cached for 2001 to 2029: the search starts inside them, in 2011
    warm.between(utc("2000-01-01T00:00"), utc("2030-06-01T00:00"));
    Instant start = utc("2010-06-01T00:00");
    Duration d = Duration.ofDays(10_000);
    Instant answer = newYearClosed().plus(start, d);
    // 10,000 days and one closed 1 January for each of 2011 to 2037
    assertEquals(start.plus(10_000 + 27, ChronoUnit.DAYS), answer);
    assertEquals(answer, warm.plus(start, d));
    Instant back = utc("2040-06-01T00:00");
    // and one for each of 2013 to 2040
    assertEquals(back.minus(10_000 + 28, ChronoUnit.DAYS), warm.minus(back, d));
  }

  @Test
  void openIntervals_ofAWholeYear_compileOnlyThatYear() {
    BusinessCalendar office = office();
    Instant from = utc("2024-01-01T00:00");
    Instant to = utc("2025-01-01T00:00");
    assertEquals(262, office.openIntervals(Interval.of(from, to)).size());
    assertTrue(office.timeline().isCompiled(2024 - Timeline.FIRST_YEAR));
    assertFalse(office.timeline().isCompiled(2025 - Timeline.FIRST_YEAR));
    assertFalse(office.timeline().isCompiled(2023 - Timeline.FIRST_YEAR));
  }

  @Test
  void stretches_endAtAYearBound_whereTheOtherYearIsClosed() {
    BusinessCalendar newYearClosed = newYearClosed();
    assertEquals(Optional.of(utc("2025-01-01T00:00")),
        newYearClosed.nextClose(utc("2024-12-31T12:00")));
    assertEquals(Optional.of(utc("2025-01-02T00:00")),
        newYearClosed.previousOpen(utc("2025-06-01T12:00")));
    BusinessCalendar lastDayClosed = BusinessCalendar.builder(UTC)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .holiday(HolidayRule.annual(MonthDay.of(12, 31)))
        .build();
    assertEquals(Optional.of(utc("2025-01-01T00:00")),
        lastDayClosed.previousOpen(utc("2025-06-01T12:00")));
    assertEquals(Optional.of(utc("2024-12-31T00:00")),
        lastDayClosed.previousClose(utc("2025-06-01T12:00")));
    assertEquals(Optional.of(utc("2025-12-31T00:00")),
        lastDayClosed.nextClose(utc("2025-01-01T00:00")));
  }

  @Test
  void spansOfAWholeCompiledYear_areTheYearsOwnArray() {
    BusinessCalendar office = office();
    long start = Timeline.chunkStart(2024 - Timeline.FIRST_YEAR);
    long end = Timeline.chunkStart(2025 - Timeline.FIRST_YEAR);
    long[] year = office.timeline().spans(start, end);
    assertEquals(2 * 262, year.length);
    // one year is clipped, not joined into a copy
    assertSame(year, office.timeline().spans(start, end));
  }
}
