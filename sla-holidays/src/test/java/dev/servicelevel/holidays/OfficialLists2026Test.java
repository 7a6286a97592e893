package dev.servicelevel.holidays;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.Holiday;
import dev.servicelevel.calendar.HolidayRule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 2026 holidays of Bavaria, the United States and England against the official lists,
 * written by hand from them: dates as the authorities publish them, names as Jollyday's English
 * texts give them (the official name follows in a comment where it differs).
 */
class OfficialLists2026Test {

  /**
   * Bavaria's statewide public holidays 2026 (Bavarian State Ministry of the Interior;
   * Feiertagsgesetz Art. 1): twelve, with Epiphany and Corpus Christi, without Assumption Day.
   */
  static final List<String> BAVARIA = List.of(
      "2026-01-01 New Year's Day",          // Neujahr
      "2026-01-06 Epiphany",                // Heilige Drei Könige
      "2026-04-03 Good Friday",             // Karfreitag
      "2026-04-06 Easter Monday",           // Ostermontag
      "2026-05-01 Labour day",              // Tag der Arbeit
      "2026-05-14 Ascension Day",           // Christi Himmelfahrt
      "2026-05-25 Whit Monday",             // Pfingstmontag
      "2026-06-04 Corpus Christi",          // Fronleichnam
      "2026-10-03 German Unity Day",        // Tag der Deutschen Einheit
      "2026-11-01 All Saints",              // Allerheiligen
      "2026-12-25 1st Christmas day",       // 1. Weihnachtstag
      "2026-12-26 2nd Christmas day");      // 2. Weihnachtstag

  /**
   * Assumption Day (Mariä Himmelfahrt, 08-15) is a public holiday only in the Bavarian
   * communities with a mainly Catholic population, Munich among them: Jollyday's sub-region
   * "mu" adds it, "by" alone does not.
   */
  static final List<String> MUNICH = insert(BAVARIA, 8, "2026-08-15 Assumption day");

  /**
   * US federal holidays 2026 (OPM, 5 U.S.C. 6103): eleven. Independence Day, a Saturday, is
   * observed on Friday 07-03.
   */
  static final List<String> US_FEDERAL = List.of(
      "2026-01-01 New Year's Day",
      "2026-01-19 Martin Luther King, Jr. Day", // Birthday of Martin Luther King, Jr.
      "2026-02-16 Presidents Day",              // Washington's Birthday
      "2026-05-25 Memorial Day",
      "2026-06-19 Juneteenth",                  // Juneteenth National Independence Day
      "2026-07-03 Independence Day",
      "2026-09-07 Labour day",                  // Labor Day
      "2026-10-12 Columbus Day",
      "2026-11-11 Veterans Day",
      "2026-11-26 Thanksgiving Day",
      "2026-12-25 Christmas");                  // Christmas Day

  /**
   * The one federal holiday Jollyday's national US calendar lacks: its data lists Columbus Day
   * per state, since not every state keeps it. A calendar for a federal office adds it itself.
   */
  static final String US_FEDERAL_NOT_IN_JOLLYDAY = "2026-10-12 Columbus Day";

  /**
   * Bank holidays of England and Wales 2026 (gov.uk/bank-holidays): eight; Boxing Day, a
   * Saturday, is substituted by Monday 12-28. Jollyday types them PUBLIC_HOLIDAY.
   */
  static final List<String> ENGLAND_AND_WALES = List.of(
      "2026-01-01 New Year's Day",
      "2026-04-03 Good Friday",
      "2026-04-06 Easter Monday",
      "2026-05-04 Early May Bank Holiday",
      "2026-05-25 Spring Bank Holiday",
      "2026-08-31 Summer Bank Holiday",
      "2026-12-25 Christmas",                  // Christmas Day
      "2026-12-28 Boxing Day");                // Boxing Day (substitute day)

  static Stream<Arguments> officialLists() {
    return Stream.of(
        Arguments.of(CountryHolidays.of("DE", "BY"), "Europe/Berlin", BAVARIA),
        Arguments.of(CountryHolidays.of("DE", "BY", "MU"), "Europe/Berlin", MUNICH),
        Arguments.of(
            CountryHolidays.of("US"),
            "America/New_York",
            without(US_FEDERAL, US_FEDERAL_NOT_IN_JOLLYDAY)),
        Arguments.of(CountryHolidays.of("GB", "ENG"), "Europe/London", ENGLAND_AND_WALES),
        Arguments.of(CountryHolidays.of("GB", "WLS"), "Europe/London", ENGLAND_AND_WALES));
  }

  @ParameterizedTest
  @MethodSource("officialLists")
  void rules_match2026OfficialList(CountryHolidays holidays, String zone, List<String> expected) {
    assertEquals(expected, shown(holidays.rules(2026, 2026)));
  }

  @ParameterizedTest
  @MethodSource("officialLists")
  void addTo_buildsCalendarClosedOnEveryListedDate(
      CountryHolidays holidays, String zone, List<String> expected) {
    BusinessCalendar calendar = holidays
        .addTo(officeHours(zone), 2026, 2026)
        .build();

    List<String> listed = calendar.holidays(Year.of(2026)).stream()
        .map(Holiday::toString)
        .collect(Collectors.toList());
    assertEquals(expected, listed);
    for (String line : expected) {
      LocalDate date = LocalDate.parse(line.substring(0, 10));
      assertFalse(calendar.isWorkingDay(date), line);
      assertFalse(
          calendar.isOpen(date.atTime(12, 0).atZone(ZoneId.of(zone)).toInstant()), line);
    }
  }

  @Test
  void addTo_leavesOrdinaryWeekdaysOpen() {
    BusinessCalendar calendar =
        CountryHolidays.of("US").addTo(officeHours("America/New_York"), 2026, 2026).build();
    // The Thursday before the observed Independence Day, and the Saturday it falls on.
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 7, 2)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 7, 3)));
    assertTrue(calendar.isOpen(
        LocalDateTime.of(2026, 7, 6, 9, 0).atZone(ZoneId.of("America/New_York")).toInstant()));
  }

  @Test
  void withActualDates_closesWhereTheHolidayFalls() {
    List<String> us = shown(CountryHolidays.of("US").withActualDates().rules(2026, 2026));
    assertTrue(us.contains("2026-07-04 Independence Day"), us.toString());
    assertFalse(us.contains("2026-07-03 Independence Day"), us.toString());

    List<String> england =
        shown(CountryHolidays.of("GB", "ENG").withActualDates().rules(2026, 2026));
    assertEquals(
        ENGLAND_AND_WALES.subList(0, 7), england.subList(0, 7));
    assertEquals("2026-12-26 Boxing Day", england.get(7));
  }

  @Test
  void withKinds_observancesAreOptIn() {
    CountryHolidays newYork = CountryHolidays.of("US", "NY");
    assertFalse(shown(newYork.rules(2026, 2026)).contains("2026-02-12 Lincoln's Birthday"));
    assertEquals(
        List.of("2026-02-12 Lincoln's Birthday", "2026-04-06 Easter Monday"),
        shown(newYork.withKinds(HolidayKind.OBSERVANCE).rules(2026, 2026)));
    List<String> both = shown(
        newYork.withKinds(HolidayKind.PUBLIC_HOLIDAY, HolidayKind.OBSERVANCE).rules(2026, 2026));
    assertTrue(both.contains("2026-02-12 Lincoln's Birthday"), both.toString());
    assertTrue(both.contains("2026-10-12 Columbus Day"), both.toString());
  }

  // ---- helpers ------------------------------------------------------------------------------

  static BusinessCalendar.Builder officeHours(String zone) {
    return BusinessCalendar.builder(ZoneId.of(zone))
        .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));
  }

  /** "date name" per rule, the form the expected lists are written in. */
  static List<String> shown(List<HolidayRule> rules) {
    List<String> out = new ArrayList<>();
    for (HolidayRule r : rules) {
      LocalDate date = null;
      for (int y = 1899; y <= 2400 && date == null; y++) {
        date = r.naturalDate(y).orElse(null);
      }
      out.add(date + " " + r.name());
    }
    return out;
  }

  private static List<String> insert(List<String> list, int index, String line) {
    List<String> out = new ArrayList<>(list);
    out.add(index, line);
    return List.copyOf(out);
  }

  private static List<String> without(List<String> list, String line) {
    List<String> out = new ArrayList<>(list);
    assertTrue(out.remove(line), line);
    return List.copyOf(out);
  }
}
