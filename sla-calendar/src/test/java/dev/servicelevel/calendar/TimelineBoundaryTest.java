package dev.servicelevel.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * The compiled timeline at its edges: chunk (UTC year) bounds, the first and last supported
 * years, sub-second remainders carried from one year into the next, open stretches that touch
 * across a year bound, and years without any open time.
 */
class TimelineBoundaryTest {

  private static final ZoneOffset UTC = ZoneOffset.UTC;
  private final BusinessCalendar always = BusinessCalendar.alwaysOpen(UTC);
  /** Open all day every day, but closed on every 1 January: each year bound is closed. */
  private final BusinessCalendar newYearClosed = BusinessCalendar.builder(UTC)
      .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
      .holiday(HolidayRule.annual(MonthDay.of(1, 1)))
      .build();
  /** Open all the time except during the whole year 2025. */
  private final BusinessCalendar year2025Closed = BusinessCalendar.builder(UTC)
      .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
      .closed(LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(2026, 1, 1, 0, 0))
      .build();
  private final BusinessCalendar office = BusinessCalendar.builder(UTC)
      .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
      .build();

  private static Instant utc(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toInstant(UTC);
  }

  private static long yearStart(int year) {
    return LocalDate.of(year, 1, 1).toEpochDay() * 86_400L;
  }

  // ---- chunk index -------------------------------------------------------------------------

  @Test
  void index_mapsEveryYearsFirstAndLastSecondToItsYear() {
    for (int year = 1900; year < 2400; year++) {
      int k = year - 1900;
      assertEquals(k, Timeline.index(yearStart(year)), "start of " + year);
      assertEquals(k, Timeline.index(yearStart(year + 1) - 1), "end of " + year);
      assertEquals(yearStart(year), Timeline.chunkStart(k), "chunk start of " + year);
    }
    assertEquals(499, Timeline.index(Timeline.MAX_SECOND));
    assertEquals(yearStart(2400), Timeline.chunkStart(Timeline.CHUNKS));
  }

  @Test
  void isOpen_atTheEndOfTheSupportedRangeIsFalse() {
    assertFalse(always.isOpen(BusinessCalendar.MAX_SUPPORTED));
    assertTrue(always.isOpen(BusinessCalendar.MAX_SUPPORTED.minusNanos(1)));
    assertTrue(always.isOpen(BusinessCalendar.MIN_SUPPORTED));
    assertEquals(Duration.ofSeconds(1),
        always.between(BusinessCalendar.MAX_SUPPORTED.minusSeconds(1),
            BusinessCalendar.MAX_SUPPORTED));
  }

  // ---- spans across chunks -------------------------------------------------------------------

  @Test
  void spans_emptyRangeIsTheSharedEmptySet() {
    Timeline t = always.timeline();
    assertSame(Spans.EMPTY, t.spans(yearStart(2024), yearStart(2024)));
    assertSame(Spans.EMPTY, t.spans(yearStart(2024) + 5, yearStart(2024)));
  }

  @Test
  void spans_joinStretchesThatTouchAtYearBounds() {
    long from = yearStart(2022) - 3600;
    long to = yearStart(2025) + 3600;
    assertArrayEquals(new long[] {from, to}, always.timeline().spans(from, to));
    assertArrayEquals(
        new long[] {from, yearStart(2022), yearStart(2022) + 86_400, yearStart(2023),
            yearStart(2023) + 86_400, yearStart(2024), yearStart(2024) + 86_400, yearStart(2025)},
        newYearClosed.timeline().spans(from, to));
  }

  @Test
  void spans_manyStretchesAcrossYearsGrowTheResult() {
    long from = yearStart(2023) + 86_400;
    long to = yearStart(2025);
    long[] spans = office.timeline().spans(from, to);
    // 2023 has 260 weekdays (its 1 January is a Sunday), 2024 has 262
    assertEquals(2 * (260 + 262), spans.length);
    assertEquals(from + 9 * 3600, spans[0]);
    assertEquals(yearStart(2024) + 9 * 3600, spans[2 * 260]);
    assertEquals(yearStart(2024) + 17 * 3600, spans[2 * 260 + 1]);
  }

  @Test
  void openIntervals_acrossYearBoundsAreOneStretch() {
    Interval range = Interval.of(utc("2023-12-31T12:00"), utc("2024-01-01T12:00"));
    assertEquals(List.of(range), always.openIntervals(range));
  }

  @Test
  void openIntervals_clipExactlyAtSubSecondEnds() {
    Instant nine = utc("2024-11-25T09:00");
    Instant five = utc("2024-11-25T17:00");
    Interval inside = Interval.of(utc("2024-11-25T10:00:00.25"), utc("2024-11-25T12:00:00.5"));
    assertEquals(List.of(inside), office.openIntervals(inside));
    assertEquals(List.of(Interval.of(nine, five)),
        office.openIntervals(Interval.of(nine.minusMillis(500), five.plusMillis(500))));
    assertEquals(List.of(Interval.of(nine.plusMillis(1), five.minusMillis(1))),
        office.openIntervals(Interval.of(nine.plusMillis(1), five.minusMillis(1))));
    assertEquals(List.of(Interval.of(nine, five)),
        office.openIntervals(Interval.of(nine.minusSeconds(1), five.plusSeconds(1))));
    assertEquals(List.of(), office.openIntervals(Interval.of(nine.plusMillis(3),
        nine.plusMillis(3))));
  }

  // ---- between ---------------------------------------------------------------------------------

  @Test
  void between_overOneTwoAndThreeWholeYearsInBetween() {
    Instant from = utc("2021-06-01T00:00");
    for (int years = 1; years <= 4; years++) {
      Instant to = from.atOffset(UTC).plusYears(years).toInstant();
      assertEquals(Duration.between(from, to), always.between(from, to), years + " years");
      assertEquals(Duration.between(from, to).negated(), always.between(to, from),
          years + " years back");
      long newYears = years;
      assertEquals(Duration.between(from, to).minusDays(newYears),
          newYearClosed.between(from, to), years + " years with New Year closed");
    }
  }

  @Test
  void between_reversedAcrossYearsIsTheNegatedForwardValue() {
    Instant a = utc("2023-12-31T23:59:59.75");
    Instant b = utc("2026-01-02T00:00:00.5");
    Duration forward = year2025Closed.between(a, b);
    assertEquals(Duration.ofDays(367).plusMillis(250 + 500), forward);
    assertEquals(forward.negated(), year2025Closed.between(b, a));
  }

  // ---- plus and minus with sub-second remainders ------------------------------------------------

  @Test
  void plus_carriesSubSecondRemaindersIntoTheNextYear() {
    Instant start = utc("2023-12-31T23:59:59.7");
    // 0.3 s are left in 2023; 0.9 s more are needed, 1 January is closed
    assertEquals(utc("2024-01-02T00:00:00.9"), newYearClosed.plus(start, Duration.ofMillis(1200)));
    assertEquals(utc("2024-01-02T00:00:00.2"), newYearClosed.plus(start, Duration.ofMillis(500)));
    // using up the last open time of 2023 ends at its closing instant
    assertEquals(utc("2024-01-01T00:00:00"), newYearClosed.plus(start, Duration.ofMillis(300)));
    assertEquals(utc("2024-01-01T00:00:01"), always.plus(start, Duration.ofMillis(1300)));
    Instant earlier = utc("2023-12-31T23:59:58.7");
    assertEquals(utc("2024-01-02T00:00:00.2"),
        newYearClosed.plus(earlier, Duration.ofMillis(1500)));
  }

  @Test
  void plus_wholeSecondsOfAYearWithARemainderEndInTheYearAfter() {
    Instant start = utc("2022-12-31T23:59:59");
    Duration year2023 = Duration.ofDays(364);
    Duration d = Duration.ofSeconds(1).plus(year2023).plusMillis(500);
    assertEquals(utc("2024-01-02T00:00:00.5"), newYearClosed.plus(start, d));
    assertEquals(utc("2024-01-01T00:00:00"), newYearClosed.plus(start, d.minusMillis(500)));
    assertEquals(start, newYearClosed.minus(utc("2024-01-02T00:00:00.5"), d));
  }

  @Test
  void plus_andMinus_overManyYearsAgreeWithWallClockOnA24x7Calendar() {
    qt().withExamples(150)
        .forAll(longs().between(yearStart(1901), yearStart(2399)),
            integers().between(0, 999_999_999),
            longs().between(1, 20L * 366 * 86_400),
            integers().between(0, 999_999_999))
        .checkAssert((sec, nano, dSec, dNano) -> {
          Instant t = Instant.ofEpochSecond(sec, nano);
          Duration d = Duration.ofSeconds(dSec, dNano);
          if (!t.plus(d).isAfter(BusinessCalendar.MAX_SUPPORTED)) {
            assertEquals(t.plus(d), always.plus(t, d), () -> t + " + " + d);
          }
          if (!t.minus(d).isBefore(BusinessCalendar.MIN_SUPPORTED)) {
            assertEquals(t.minus(d), always.minus(t, d), () -> t + " - " + d);
          }
        });
  }

  @Test
  void plus_andMinus_acrossAClosedYearAndClosedNewYears() {
    qt().withExamples(100)
        .forAll(longs().between(yearStart(2018), yearStart(2030)),
            integers().between(0, 999_999_999),
            longs().between(1, 4L * 366 * 86_400),
            integers().between(0, 999_999_999))
        .checkAssert((sec, nano, dSec, dNano) -> {
          Instant t = Instant.ofEpochSecond(sec, nano);
          Duration d = Duration.ofSeconds(dSec, dNano);
          for (BusinessCalendar cal : List.of(newYearClosed, year2025Closed)) {
            Instant later = cal.plus(t, d);
            assertEquals(d, cal.between(t, later), () -> cal + ": " + t + " + " + d);
            assertTrue(later.equals(t) || cal.isOpen(later.minusNanos(1)),
                () -> cal + ": " + t + " + " + d + " = " + later);
            Instant earlier = cal.minus(t, d);
            assertEquals(d, cal.between(earlier, t), () -> cal + ": " + t + " - " + d);
            assertTrue(cal.isOpen(earlier), () -> cal + ": " + t + " - " + d + " = " + earlier);
          }
        });
  }

  @Test
  void minus_borrowsSubSecondRemaindersFromThePreviousYear() {
    Instant end = utc("2024-01-02T00:00:00.3");
    assertEquals(utc("2023-12-31T23:59:59.1"), newYearClosed.minus(end, Duration.ofMillis(1200)));
    assertEquals(utc("2023-12-31T23:59:59.8"), newYearClosed.minus(end, Duration.ofMillis(500)));
    assertEquals(utc("2024-01-02T00:00:00"), newYearClosed.minus(end, Duration.ofMillis(300)));
    Instant inFirstYear = utc("1901-01-01T00:00:00.5");
    assertEquals(utc("1900-12-31T23:59:59.5"), always.minus(inFirstYear, Duration.ofSeconds(1)));
    assertEquals(utc("1900-01-01T00:00:00.5"),
        always.minus(inFirstYear, Duration.ofDays(365)));
  }

  @Test
  void minus_findsTheRightYearAmongSeveral() {
    Instant end = utc("2030-01-01T00:00");
    Instant start = utc("2028-06-01T00:00:00.25");
    assertEquals(start, always.minus(end, Duration.between(start, end)));
    assertEquals(start, newYearClosed.minus(end, newYearClosed.between(start, end)));
    Instant farStart = utc("2011-03-01T12:00:00.75");
    assertEquals(farStart, newYearClosed.minus(end, newYearClosed.between(farStart, end)));
  }

  @Test
  void minus_beyondTheStartOfTheRangeNamesIt() {
    DateTimeException e = assertThrows(DateTimeException.class,
        () -> always.minus(utc("1901-01-01T00:00"), Duration.ofDays(366)));
    assertTrue(e.getMessage().contains("minus has no result"), e.getMessage());
  }

  // ---- stretches across years without open time ------------------------------------------------

  @Test
  void nextClose_stopsAtAYearWithoutOpenTime() {
    assertEquals(Optional.of(utc("2025-01-01T00:00")),
        year2025Closed.nextClose(utc("2024-12-31T12:00")));
    assertEquals(Optional.of(utc("2025-01-01T00:00")),
        year2025Closed.nextClose(utc("2023-06-01T12:00")));
    assertEquals(Optional.of(utc("2026-01-01T00:00")),
        year2025Closed.nextOpen(utc("2025-06-01T12:00")));
  }

  @Test
  void previousOpen_stopsAtAYearWithoutOpenTime() {
    assertEquals(Optional.of(utc("2026-01-01T00:00")),
        year2025Closed.previousOpen(utc("2026-01-01T12:00")));
    assertEquals(Optional.of(utc("2026-01-01T00:00")),
        year2025Closed.previousOpen(utc("2027-03-01T12:00")));
    assertEquals(Optional.of(utc("2025-01-01T00:00")),
        year2025Closed.previousClose(utc("2025-06-01T12:00")));
    assertEquals(Optional.of(utc("2025-01-01T00:00")),
        year2025Closed.previousClose(utc("2026-06-01T12:00")));
  }

  @Test
  void previousClose_atAClosingInstantIsThatInstant() {
    assertEquals(Optional.of(utc("2024-11-25T17:00")),
        office.previousClose(utc("2024-11-25T17:00")));
    assertEquals(Optional.of(utc("2024-11-22T17:00")),
        office.previousClose(utc("2024-11-25T16:59:59")));
    // 2024-01-02 is a Tuesday; the last close before its opening is the first span of 2024
    assertEquals(Optional.of(utc("2024-01-01T17:00")),
        office.previousClose(utc("2024-01-02T08:00")));
  }

  @Test
  void previousClose_inTheFirstYears() {
    // 1900-12-31 is a Monday, 1901-01-01 a Tuesday
    assertEquals(Optional.of(utc("1900-12-31T17:00")),
        office.previousClose(utc("1901-01-01T08:00")));
    // 1900-01-01 is a Monday: nothing closed before its first opening
    assertEquals(Optional.empty(), office.previousClose(utc("1900-01-01T10:00")));
    assertEquals(Optional.empty(), office.previousClose(utc("1900-01-01T08:00")));
    assertEquals(Optional.empty(), always.previousClose(utc("1950-01-01T08:00")));
    assertEquals(Optional.empty(), always.previousOpen(utc("1950-01-01T08:00")));
  }

  // ---- working days at the bounds of the supported years ----------------------------------------

  @Test
  void isWorkingDay_atTheFirstAndLastSupportedDays() {
    assertTrue(always.isWorkingDay(LocalDate.of(1900, 1, 1)));
    assertTrue(always.isWorkingDay(LocalDate.of(2399, 12, 31)));
    assertTrue(office.isWorkingDay(LocalDate.of(2024, 1, 1)));
    assertFalse(newYearClosed.isWorkingDay(LocalDate.of(2024, 1, 1)));
    assertTrue(newYearClosed.isWorkingDay(LocalDate.of(2024, 1, 2)));
    for (LocalDate outside : List.of(LocalDate.of(1899, 12, 31), LocalDate.of(2400, 1, 1))) {
      DateTimeException e =
          assertThrows(DateTimeException.class, () -> always.isWorkingDay(outside));
      assertTrue(e.getMessage().contains("Date " + outside
          + " is outside the supported years 1900 to 2399"), e.getMessage());
    }
  }

  @Test
  void plusWorkingDays_atTheLargestCountThatCanExist() {
    int allDays = (int) (LocalDate.of(2400, 1, 1).toEpochDay()
        - LocalDate.of(1900, 1, 1).toEpochDay());
    LocalDate first = LocalDate.of(1900, 1, 1);
    assertEquals(LocalDate.of(2399, 12, 31), always.plusWorkingDays(first, allDays - 1));
    DateTimeException atMost =
        assertThrows(DateTimeException.class, () -> always.plusWorkingDays(first, allDays));
    assertTrue(atMost.getMessage().contains("before the year 2400, the end of the supported range"),
        atMost.getMessage());
    assertFalse(atMost.getMessage().contains("which has"), atMost.getMessage());
    DateTimeException more =
        assertThrows(DateTimeException.class, () -> always.plusWorkingDays(first, allDays + 1));
    assertTrue(more.getMessage().contains("(which has " + allDays + " days)"), more.getMessage());
  }
}
