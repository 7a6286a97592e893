package dev.servicelevel.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * How {@link RulesDefinition} compiles rules where mutation testing found them unpinned: a day
 * with more intervals than any weekday (the span buffer grows), intervals whose instants come
 * out of order in a DST gap, an interval that a gap swallows whole, dated hours found from the
 * middle of the list by a window, holidays of years outside the cached ones, and working days at
 * the bounds of a year. Each answer is asserted both from a window (a new calendar) and from a
 * compiled year.
 */
class RulesDefinitionMutationTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static Instant utc(String dateTime) {
    return Instant.parse(dateTime + "Z");
  }

  private static List<Interval> intervals(String... bounds) {
    List<Interval> out = new ArrayList<>();
    for (int i = 0; i < bounds.length; i += 2) {
      out.add(Interval.of(utc(bounds[i]), utc(bounds[i + 1])));
    }
    return out;
  }

  // ---- a day with many intervals -----------------------------------------------------------

  @Test
  void aDayWithMoreIntervalsThanAnyWeekday_isCompiledWhole() {
    LocalDate day = LocalDate.of(2024, 6, 12);
    BusinessCalendar.Builder builder = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0));
    // 480 one-minute intervals, one every three minutes
    for (int i = 0; i < 480; i++) {
      LocalTime start = LocalTime.MIDNIGHT.plusMinutes(3L * i);
      builder.hoursOn(day, start, start.plusMinutes(1));
    }
    Instant midnight = utc("2024-06-12T00:00:00");
    Instant next = utc("2024-06-13T00:00:00");
    // from a window: 480 intervals in a window of 11 days with one short weekday interval
    BusinessCalendar cold = builder.build();
    assertTrue(cold.isOpen(utc("2024-06-12T00:00:30")));
    assertFalse(cold.isOpen(utc("2024-06-12T00:01:30")));
    assertTrue(cold.isOpen(utc("2024-06-12T23:57:59")));
    assertFalse(cold.isOpen(utc("2024-06-12T23:58:00")));
    assertEquals(Duration.ofMinutes(480), cold.between(midnight, next));
    assertFalse(cold.timeline().isCompiled(2024 - Timeline.FIRST_YEAR));
    // from the year
    BusinessCalendar warm = builder.build();
    List<Interval> open = warm.openIntervals(Interval.of(midnight, next));
    assertEquals(480, open.size());
    assertEquals(Interval.of(midnight, midnight.plusSeconds(60)), open.get(0));
    assertEquals(Interval.of(utc("2024-06-12T23:57:00"), utc("2024-06-12T23:58:00")),
        open.get(479));
    assertEquals(Duration.ofMinutes(480), warm.between(midnight, next));
    assertEquals(Duration.ofHours(53 + 8), warm.between(utc("2024-01-01T00:00:00"),
        utc("2025-01-01T00:00:00")), "53 Mondays of 2024 and the long day");
  }

  // ---- DST gaps ----------------------------------------------------------------------------

  @Test
  void intervalsThatAGapPutsOutOfOrder_areMergedAsInstants() {
    // on 2024-03-31 Berlin skips 02:00-03:00: 02:30 is read as 03:30 CEST (01:30Z), later than
    // 03:10 CEST (01:10Z), so the later local start gives the earlier instant
    BusinessCalendar.Builder builder = BusinessCalendar.builder(BERLIN)
        .open(SUNDAY, LocalTime.of(2, 30), LocalTime.of(4, 0))
        .open(SUNDAY, LocalTime.of(3, 10), LocalTime.of(3, 20));
    BusinessCalendar cold = builder.build();
    assertTrue(cold.isOpen(utc("2024-03-31T01:15:00")));
    assertFalse(cold.isOpen(utc("2024-03-31T01:25:00")));
    assertTrue(cold.isOpen(utc("2024-03-31T01:45:00")));
    BusinessCalendar warm = builder.build();
    assertEquals(
        intervals("2024-03-31T01:10:00", "2024-03-31T01:20:00",
            "2024-03-31T01:30:00", "2024-03-31T02:00:00",
            "2024-04-07T00:30:00", "2024-04-07T02:00:00"),
        warm.openIntervals(Interval.of(utc("2024-03-30T00:00:00"), utc("2024-04-08T00:00:00"))));
  }

  @Test
  void anIntervalThatAGapSwallowsWhole_opensNothing() {
    // 02:00-03:00 on 2024-03-31 in Berlin is the gap itself: both ends are 01:00Z
    BusinessCalendar.Builder builder = BusinessCalendar.builder(BERLIN)
        .open(SUNDAY, LocalTime.of(2, 0), LocalTime.of(3, 0));
    Instant saturday = utc("2024-03-30T12:00:00");
    Instant nextSunday = utc("2024-04-07T00:00:00");
    assertEquals(Optional.of(nextSunday), builder.build().nextOpen(saturday));
    BusinessCalendar warm = builder.build();
    assertEquals(intervals("2024-03-24T01:00:00", "2024-03-24T02:00:00",
            "2024-04-07T00:00:00", "2024-04-07T01:00:00"),
        warm.openIntervals(Interval.of(utc("2024-03-20T00:00:00"), utc("2024-04-10T00:00:00"))));
    assertEquals(Optional.of(nextSunday), warm.nextOpen(saturday));
    assertEquals(Optional.of(utc("2024-03-24T02:00:00")), warm.previousClose(nextSunday));
  }

  // ---- dated hours found by a window -----------------------------------------------------------

  @Test
  void datedHours_afterEarlierDatedDays_replaceTheWeeklyHoursInAWindow() {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
        .hoursOn(LocalDate.of(2024, 1, 10), LocalTime.of(9, 0), LocalTime.of(10, 0))
        .hoursOn(LocalDate.of(2024, 3, 5), LocalTime.of(9, 0), LocalTime.of(10, 0))
        .hoursOn(LocalDate.of(2024, 6, 10), LocalTime.of(13, 0), LocalTime.of(14, 0))
        .hoursOn(LocalDate.of(2024, 9, 2), LocalTime.of(13, 0), LocalTime.of(14, 0));
    BusinessCalendar cold = builder.build();
    assertFalse(cold.isOpen(utc("2024-06-10T10:00:00")));
    assertTrue(cold.isOpen(utc("2024-06-10T13:30:00")));
    assertTrue(cold.isOpen(utc("2024-06-11T10:00:00")));
    assertEquals(Duration.ofHours(1 + 8),
        cold.between(utc("2024-06-10T00:00:00"), utc("2024-06-12T00:00:00")));
    assertFalse(cold.timeline().isCompiled(2024 - Timeline.FIRST_YEAR));
    BusinessCalendar fresh = builder.build();
    assertEquals(utc("2024-09-02T13:30:00"),
        fresh.plus(utc("2024-08-30T16:30:00"), Duration.ofHours(1)));
  }

  // ---- holidays of any year ----------------------------------------------------------------

  @Test
  void holidays_ofYearsBeyondTheCachedOnes_arePlacedAsWithin() {
    HolidayRule christmas = HolidayRule.annual(MonthDay.of(12, 25));
    BusinessCalendar calendar = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
        .holiday(christmas.observed(ObservedShift.NEXT_WORKING_DAY))
        .build();
    // cached: 1898 to 2401; 2402 is the first year after them
    for (int year : new int[] {1890, 1897, 1898, 2401, 2402, 2403, 2410, 2500}) {
      List<Holiday> holidays = calendar.holidays(Year.of(year));
      LocalDate natural = LocalDate.of(year, 12, 25);
      LocalDate observed = natural;
      while (observed.getDayOfWeek().getValue() > 5) {
        observed = observed.plusDays(1);
      }
      assertEquals(1, holidays.size(), holidays + " in " + year);
      assertEquals(observed, holidays.get(0).date(), "observed in " + year);
      assertEquals(natural, holidays.get(0).naturalDate(), "natural in " + year);
    }
  }

  // ---- identity and working days -----------------------------------------------------------

  @Test
  void aDefinition_equalsItself() {
    BusinessCalendar calendar = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    CalendarDefinition definition = calendar.definition();
    assertTrue(definition.equals(definition));
    assertEquals(definition, BusinessCalendar.alwaysOpen(ZoneOffset.UTC).definition());
  }

  @Test
  void theFirstAndLastDaysOfAYear_areWorkingDaysWhenOpen() {
    BusinessCalendar every = BusinessCalendar.builder(ZoneId.of("Pacific/Kiritimati"))
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(23, 0), LocalTime.of(1, 0))
        .build();
    for (int year : new int[] {1900, 2024, 2399}) {
      assertTrue(every.isWorkingDay(LocalDate.of(year, 1, 1)), "1 January " + year);
      assertTrue(every.isWorkingDay(LocalDate.of(year, 12, 31)), "31 December " + year);
    }
    assertEquals(LocalDate.of(2025, 1, 1), every.plusWorkingDays(LocalDate.of(2024, 12, 31), 1));
  }

  @Test
  void holidaysAndWorkingDaysOfAYear_arePlacedOnce() {
    BusinessCalendar calendar = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
        .holiday(HolidayRule.annual(MonthDay.of(12, 25)))
        .build();
    for (int year : new int[] {1898, 1899, 2024, 2401}) {
      List<Holiday> holidays = calendar.holidays(Year.of(year));
      assertEquals(1, holidays.size(), "in " + year);
      assertSame(holidays, calendar.holidays(Year.of(year)), "cached for " + year);
    }
    int[] days = calendar.timeline().workingDays(2024);
    assertEquals(262 - 1, days.length, "weekdays of 2024 without Christmas");
    assertSame(days, calendar.timeline().workingDays(2024));
  }
}
