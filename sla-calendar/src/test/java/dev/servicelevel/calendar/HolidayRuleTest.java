package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HolidayRuleTest {

  // ---- easter -----------------------------------------------------------------------------

  static Stream<Arguments> easterSundays() {
    return Stream.of(
        Arguments.of(1900, LocalDate.of(1900, 4, 15)),
        Arguments.of(1961, LocalDate.of(1961, 4, 2)),
        Arguments.of(2000, LocalDate.of(2000, 4, 23)),
        Arguments.of(2008, LocalDate.of(2008, 3, 23)),
        Arguments.of(2011, LocalDate.of(2011, 4, 24)),
        Arguments.of(2024, LocalDate.of(2024, 3, 31)),
        Arguments.of(2025, LocalDate.of(2025, 4, 20)),
        Arguments.of(2038, LocalDate.of(2038, 4, 25)),
        Arguments.of(2100, LocalDate.of(2100, 3, 28)),
        Arguments.of(2285, LocalDate.of(2285, 3, 22)),
        Arguments.of(2399, LocalDate.of(2399, 3, 28)));
  }

  @ParameterizedTest
  @MethodSource("easterSundays")
  void easter_matchesPublishedDates(int year, LocalDate expected) {
    assertEquals(expected, HolidayRule.easter(0).naturalDate(year).orElseThrow());
  }

  @Test
  void easterSundayIsAlwaysASundayBetweenMarch22AndApril25() {
    qt().forAll(integers().between(1583, 4099))
        .checkAssert(
            year -> {
              LocalDate easter = HolidayRule.easterSunday(year);
              assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "weekday in " + year);
              assertEquals(year, easter.getYear());
              boolean inWindow =
                  !easter.isBefore(LocalDate.of(year, Month.MARCH, 22))
                      && !easter.isAfter(LocalDate.of(year, Month.APRIL, 25));
              assertEquals(true, inWindow, "window in " + year + ": " + easter);
            });
  }

  // ---- nthWeekday / annual / fixed ------------------------------------------------------------

  static Stream<Arguments> naturalDates() {
    return Stream.of(
        Arguments.of(HolidayRule.nthWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY), 2024, Optional.of(LocalDate.of(2024, 11, 28))),
        Arguments.of(HolidayRule.nthWeekday(Month.MAY, -1, DayOfWeek.MONDAY), 2024, Optional.of(LocalDate.of(2024, 5, 27))),
        Arguments.of(HolidayRule.nthWeekday(Month.FEBRUARY, 5, DayOfWeek.THURSDAY), 2024, Optional.of(LocalDate.of(2024, 2, 29))),
        Arguments.of(HolidayRule.nthWeekday(Month.FEBRUARY, 5, DayOfWeek.FRIDAY), 2024, Optional.empty()),
        Arguments.of(HolidayRule.annual(MonthDay.of(2, 29)), 2024, Optional.of(LocalDate.of(2024, 2, 29))),
        Arguments.of(HolidayRule.annual(MonthDay.of(2, 29)), 2023, Optional.empty()),
        Arguments.of(HolidayRule.fixed(LocalDate.of(2024, 6, 3)), 2024, Optional.of(LocalDate.of(2024, 6, 3))),
        Arguments.of(HolidayRule.fixed(LocalDate.of(2024, 6, 3)), 2025, Optional.empty()),
        Arguments.of(HolidayRule.easter(-2), 2024, Optional.of(LocalDate.of(2024, 3, 29))),
        Arguments.of(HolidayRule.easter(300), 2024, Optional.of(LocalDate.of(2025, 1, 25))));
  }

  @ParameterizedTest
  @MethodSource("naturalDates")
  void naturalDate_perKind(HolidayRule rule, int year, Optional<LocalDate> expected) {
    assertEquals(expected, rule.naturalDate(year));
  }

  @Test
  void nthWeekday_rejectsNOutsideRange() {
    for (int n : new int[] {0, 6, -2}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> HolidayRule.nthWeekday(Month.MAY, n, DayOfWeek.MONDAY));
      assertEquals("n must be 1 to 5, or -1 for the last: " + n, e.getMessage());
    }
    assertEquals("month", assertThrows(NullPointerException.class, () -> HolidayRule.nthWeekday(null, 1, DayOfWeek.MONDAY)).getMessage());
  }

  @Test
  void easter_rejectsOffsetsBeyondLimit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HolidayRule.easter(-301));
    assertEquals("Easter offset must be within -300 and 300 days: -301", e.getMessage());
  }

  // ---- appliesTo and observed shifts -------------------------------------------------------------

  static Stream<Arguments> observedAlone() {
    HolidayRule july4 = HolidayRule.annual(MonthDay.of(7, 4));
    HolidayRule newYear = HolidayRule.annual(MonthDay.of(1, 1));
    return Stream.of(
        // 2026-07-04 is a Saturday
        Arguments.of(july4, "2026-07-04", true),
        Arguments.of(july4.observed(ObservedShift.NEAREST_WEEKDAY), "2026-07-03", true),
        Arguments.of(july4.observed(ObservedShift.NEAREST_WEEKDAY), "2026-07-04", false),
        Arguments.of(july4.observed(ObservedShift.NEXT_MONDAY), "2026-07-06", true),
        Arguments.of(july4.observed(ObservedShift.NEXT_WORKING_DAY), "2026-07-06", true),
        // 2021-07-04 is a Sunday
        Arguments.of(july4.observed(ObservedShift.NEAREST_WEEKDAY), "2021-07-05", true),
        // 2022-01-01 is a Saturday: observed on Friday 2021-12-31
        Arguments.of(newYear.observed(ObservedShift.NEAREST_WEEKDAY), "2021-12-31", true),
        Arguments.of(newYear.observed(ObservedShift.NEAREST_WEEKDAY), "2022-01-01", false),
        // a weekday date does not move
        Arguments.of(july4.observed(ObservedShift.NEXT_MONDAY), "2024-07-04", true));
  }

  @ParameterizedTest
  @MethodSource("observedAlone")
  void appliesTo_withSaturdaySundayWeekend(HolidayRule rule, String date, boolean expected) {
    assertEquals(expected, rule.appliesTo(LocalDate.parse(date)));
  }

  // ---- names, equality, text ---------------------------------------------------------------------

  @Test
  void named_rejectsBlankNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HolidayRule.easter(0).named(" "));
    assertEquals("Holiday name must not be blank: ' '", e.getMessage());
  }

  @Test
  void name_defaultsToDescription() {
    assertEquals("4th THURSDAY of NOVEMBER", HolidayRule.nthWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY).name());
    assertEquals("last MONDAY of MAY", HolidayRule.nthWeekday(Month.MAY, -1, DayOfWeek.MONDAY).name());
    assertEquals("Easter-2", HolidayRule.easter(-2).name());
    assertEquals("Whit Monday", HolidayRule.easter(50).named("Whit Monday").name());
  }

  @Test
  void equals_coversEveryField() {
    HolidayRule a = HolidayRule.annual(MonthDay.of(12, 25)).observed(ObservedShift.NEXT_WORKING_DAY).named("Christmas");
    HolidayRule b = HolidayRule.annual(MonthDay.of(12, 25)).observed(ObservedShift.NEXT_WORKING_DAY).named("Christmas");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, a.observed(ObservedShift.NONE));
    assertNotEquals(a, a.named("Xmas"));
    assertNotEquals(HolidayRule.easter(1), HolidayRule.easter(2));
    assertNotEquals(HolidayRule.nthWeekday(Month.MAY, 1, DayOfWeek.MONDAY), HolidayRule.nthWeekday(Month.MAY, 2, DayOfWeek.MONDAY));
    assertNotEquals(HolidayRule.fixed(LocalDate.of(2024, 12, 25)), HolidayRule.annual(MonthDay.of(12, 25)));
  }

  @Test
  void toString_namesRuleAndShift() {
    assertEquals("Christmas (--12-25, observed NEXT_WORKING_DAY)",
        HolidayRule.annual(MonthDay.of(12, 25)).observed(ObservedShift.NEXT_WORKING_DAY).named("Christmas").toString());
    assertEquals("Easter+1", HolidayRule.easter(1).toString());
    assertEquals("2024-06-03 (observed NEXT_MONDAY)", HolidayRule.fixed(LocalDate.of(2024, 6, 3)).observed(ObservedShift.NEXT_MONDAY).toString());
  }
}
