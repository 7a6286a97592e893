package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
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
}
