package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Concrete cases the property suites found, shrunk by hand and kept as examples so that they
 * run on every build whatever the seed.
 */
class CounterexamplesTest {

  private static final ZoneId APIA = ZoneId.of("Pacific/Apia");
  private static final LocalDate SKIPPED = LocalDate.of(2011, 12, 30);

  /**
   * Pacific/Apia skipped 2011-12-30: its clocks went from 2011-12-29T23:59:59-10:00 to
   * 2011-12-31T00:00+14:00. A result of algebra or versions splits its open time at local
   * midnights (rule 13); the midnights that start 2011-12-30 and 2011-12-31 are the same instant,
   * so no open time lies on 2011-12-30 and it is no working day.
   */
  static Stream<Arguments> openAcrossApiasSkippedDay() {
    BusinessCalendar apia = BusinessCalendar.alwaysOpen(APIA);
    BusinessCalendar never = BusinessCalendar.builder(ZoneOffset.UTC).build();
    BusinessCalendar thursdayNights =
        BusinessCalendar.builder(APIA).open(DayOfWeek.THURSDAY, LocalTime.of(21, 0), LocalTime.of(4, 0)).build();
    return Stream.of(
        Arguments.of("24x7 Apia ∪ never", apia.union(never)),
        Arguments.of("not (never in Apia)", BusinessCalendar.builder(APIA).build().complement()),
        Arguments.of("Thu 21:00–04:00 Apia ∪ never", thursdayNights.union(never)),
        Arguments.of("24x7 Apia until 2012-01-01, then 24x7 Apia",
            apia.replacedFrom(LocalDate.of(2012, 1, 1), apia)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("openAcrossApiasSkippedDay")
  void isWorkingDay_apiasSkippedDateHasNoOpenTimeInAlgebraResults(String name, BusinessCalendar calendar) {
    assertFalse(calendar.isWorkingDay(SKIPPED));
  }

  @Test
  void reference_apiasSkippedDateHasNoOpenTimeInAlgebraResults() {
    NaiveCalendar apia =
        NaiveCalendar.of(NaiveCalendarTest.open(
            CalendarSpec.of(APIA), java.util.EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    NaiveCalendar union = apia.union(NaiveCalendar.of(CalendarSpec.of(ZoneOffset.UTC)));
    assertFalse(union.isWorkingDay(SKIPPED));
    assertEquals(true, union.isWorkingDay(SKIPPED.minusDays(1)));
    assertEquals(true, union.isWorkingDay(SKIPPED.plusDays(1)));
  }

  /**
   * A calendar and its union with a never-open calendar agree on working days around Apia's
   * skipped Friday (issue: the rules calendar counted 2011-12-30, the union did not). The
   * skipped date's intervals map onto Saturday 2011-12-31 and belong to it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("apiaRulesCalendars")
  void isWorkingDay_rulesCalendarAgreesWithItsUnionAcrossApiasSkippedDay(
      String name, BusinessCalendar calendar) {
    BusinessCalendar union = calendar.union(BusinessCalendar.builder(APIA).build());
    for (LocalDate d = LocalDate.of(2011, 12, 25); d.isBefore(LocalDate.of(2012, 1, 8));
        d = d.plusDays(1)) {
      assertEquals(union.isWorkingDay(d), calendar.isWorkingDay(d), name + " on " + d);
    }
    assertFalse(calendar.isWorkingDay(SKIPPED));
    assertEquals(true, calendar.isWorkingDay(SKIPPED.plusDays(1)));
    if (calendar.isWorkingDay(SKIPPED.minusDays(1))) {
      assertEquals(LocalDate.of(2011, 12, 31), calendar.plusWorkingDays(SKIPPED.minusDays(1), 1));
    }
  }

  static Stream<Arguments> apiaRulesCalendars() {
    return Stream.of(
        Arguments.of("Mon-Fri 09-17 Apia", BusinessCalendar.builder(APIA)
            .open(java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0)).build()),
        Arguments.of("every day 00-24 Apia", BusinessCalendar.alwaysOpen(APIA)),
        Arguments.of("dated hours on the skipped day", BusinessCalendar.builder(APIA)
            .hoursOn(SKIPPED, LocalTime.of(10, 0), LocalTime.of(12, 0)).build()));
  }

  /** The supported timeline is [MIN_SUPPORTED, MAX_SUPPORTED): nothing is open at its end. */
  @Test
  void isOpen_atMaxSupportedIsFalseEvenForAlwaysOpenAndComplements() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    assertFalse(always.isOpen(BusinessCalendar.MAX_SUPPORTED));
    assertFalse(BusinessCalendar.builder(ZoneOffset.UTC).build().complement().isOpen(BusinessCalendar.MAX_SUPPORTED));
    assertEquals(true, always.isOpen(BusinessCalendar.MAX_SUPPORTED.minusNanos(1)));
  }
}
