package dev.servicelevel.holidays;

import static dev.servicelevel.holidays.OfficialLists2026Test.officeHours;
import static dev.servicelevel.holidays.OfficialLists2026Test.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.HolidayRule;
import java.time.DateTimeException;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CountryHolidaysTest {

  // ---- the class Javadoc's example ----------------------------------------------------------

  @Test
  void javadocExample_munichFrom2025To2030() {
    BusinessCalendar munich = CountryHolidays.of("DE", "BY", "MU")
        .addTo(officeHours("Europe/Berlin"), 2025, 2030)
        .build();
    List<String> y2026 = new ArrayList<>();
    munich.holidays(Year.of(2026)).forEach(h -> y2026.add(h.toString()));
    assertEquals(OfficialLists2026Test.MUNICH, y2026);
    assertEquals(13, munich.holidays(Year.of(2030)).size());
    assertEquals(List.of(), munich.holidays(Year.of(2031)));
  }

  // ---- of -----------------------------------------------------------------------------------

  @Test
  void of_readsCodesWithoutRegardToCase() {
    CountryHolidays upper = CountryHolidays.of("DE", "BY", "MU");
    CountryHolidays lower = CountryHolidays.of("de", "by", "mu");
    assertEquals(upper, lower);
    assertEquals("DE", lower.country());
    assertEquals(List.of("by", "mu"), upper.subdivisions());
    assertEquals(List.of(), CountryHolidays.of("us").subdivisions());
  }

  @Test
  void of_defaultsToPublicHolidaysOnObservedDates() {
    CountryHolidays us = CountryHolidays.of("US");
    assertEquals(EnumSet.of(HolidayKind.PUBLIC_HOLIDAY), us.kinds());
    assertTrue(us.usesObservedDates());
  }

  static Stream<Arguments> rejectedPlaces() {
    return Stream.of(
        Arguments.of(
            (Executable) () -> CountryHolidays.of("XX"),
            "Country must be a code of CountryHolidays.countries(), such as DE, GB or US: XX"),
        Arguments.of(
            (Executable) () -> CountryHolidays.of(""),
            "Country must be a code of CountryHolidays.countries(), such as DE, GB or US: "),
        Arguments.of(
            (Executable) () -> CountryHolidays.of("UK"),
            "Country must be a code of CountryHolidays.countries(), such as DE, GB or US;"
                + " the United Kingdom is GB: UK"),
        Arguments.of(
            (Executable) () -> CountryHolidays.of("DE-BY"),
            "Country must be a code of CountryHolidays.countries(), such as DE, GB or US;"
                + " give a subdivision as a further argument, as in of(\"DE\", \"BY\"): DE-BY"),
        Arguments.of(
            (Executable) () -> CountryHolidays.of("D\u202EE\n"),
            "Country must be a code of CountryHolidays.countries(), such as DE, GB or US:"
                + " D\\u202EE\\u000A"),
        Arguments.of(
            (Executable) () -> CountryHolidays.of("DE", "zz"),
            "Subdivision of DE must be one of bb, be, bw, by, hb, he, hh, mv, ni, nw, rp, sh, sl,"
                + " sn, st, th: zz"),
        Arguments.of(
            (Executable) () -> CountryHolidays.of("GB", "en"),
            "Subdivision of GB must be one of eng, nir, sct, wls: en"),
        Arguments.of(
            (Executable) () -> CountryHolidays.of("DE", "by", "munich"),
            "Subdivision of DE/by must be one of ag, in, mu, re, wu: munich"),
        Arguments.of(
            (Executable) () -> CountryHolidays.of("DE", "by", "mu", "x"),
            "DE/by/mu has no subdivisions: x"));
  }

  @ParameterizedTest
  @MethodSource("rejectedPlaces")
  void of_rejectsUnknownPlacesNamingThemAndTheValidCodes(Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void of_cutsALongCodeInItsMessage() {
    String code = "X".repeat(10_000);
    String message =
        assertThrows(IllegalArgumentException.class, () -> CountryHolidays.of("US", code))
            .getMessage();
    assertTrue(message.endsWith("X… (10000 characters)"), message);
    assertTrue(message.length() < 500, message);
  }

  @Test
  void of_rejectsNullsByParameterName() {
    assertNpe("country", () -> CountryHolidays.of(null));
    assertNpe("subdivisions", () -> CountryHolidays.of("DE", (String[]) null));
    assertNpe("subdivisions[1]", () -> CountryHolidays.of("DE", "by", null));
  }

  // ---- countries / subdivisionsBelow ----------------------------------------------------------

  @Test
  void countries_listsJollydaysCodesUpperCase() {
    assertTrue(CountryHolidays.countries().containsAll(List.of("DE", "GB", "US", "NYSE")));
    assertFalse(CountryHolidays.countries().contains("UK"));
    assertEquals(CountryHolidays.countries().first(), CountryHolidays.countries().stream()
        .sorted().findFirst().orElseThrow());
    for (String code : CountryHolidays.countries()) {
      assertEquals(code.toUpperCase(java.util.Locale.ROOT), code);
    }
  }

  @Test
  void subdivisionsBelow_listsTheNextLevelWithEnglishNames() {
    Map<String, String> states = CountryHolidays.of("DE").subdivisionsBelow();
    assertEquals(16, states.size());
    assertEquals("Bavaria", states.get("by"));
    assertEquals("North Rhine-Westphalia", states.get("nw"));
    assertEquals(
        Map.of("ag", "Augsburg", "in", "Ingolstadt", "mu", "Munich", "re", "Regensburg",
            "wu", "Würzburg"),
        CountryHolidays.of("DE", "BY").subdivisionsBelow());
    assertEquals(Map.of(), CountryHolidays.of("DE", "BY", "MU").subdivisionsBelow());
    assertEquals("England", CountryHolidays.of("GB").subdivisionsBelow().get("eng"));
  }

  // ---- withKinds / withActualDates -----------------------------------------------------------

  @Test
  void withKinds_replacesTheKindsAndRejectsNulls() {
    CountryHolidays us = CountryHolidays.of("US");
    assertEquals(
        EnumSet.of(HolidayKind.BANK_HOLIDAY, HolidayKind.OBSERVANCE),
        us.withKinds(HolidayKind.OBSERVANCE, HolidayKind.BANK_HOLIDAY).kinds());
    assertEquals(EnumSet.of(HolidayKind.PUBLIC_HOLIDAY), us.kinds());
    assertNpe("kind", () -> us.withKinds(null));
    assertNpe("more", () -> us.withKinds(HolidayKind.OBSERVANCE, (HolidayKind[]) null));
    assertNpe("more[1]", () -> us.withKinds(HolidayKind.OBSERVANCE, HolidayKind.OBSERVANCE, null));
  }

  @Test
  void withActualDates_andBack() {
    CountryHolidays us = CountryHolidays.of("US");
    assertFalse(us.withActualDates().usesObservedDates());
    assertEquals(us, us.withActualDates().withObservedDates());
  }

  @Test
  void rules_observedDateMayFallInTheYearBefore() {
    // New Year's Day 2022 is a Saturday: observed on Friday 2021-12-31.
    List<String> y2022 = shown(CountryHolidays.of("US").rules(2022, 2022));
    assertEquals("2021-12-31 New Year's Day", y2022.get(0));
    List<String> y2021 = shown(CountryHolidays.of("US").rules(2021, 2021));
    assertFalse(y2021.contains("2021-12-31 New Year's Day"), y2021.toString());
    assertEquals(
        "2022-01-01 New Year's Day",
        shown(CountryHolidays.of("US").withActualDates().rules(2022, 2022)).get(0));
  }

  // ---- rules: years --------------------------------------------------------------------------

  @Test
  void rules_coversEveryYearOfTheRangeInDateOrder() {
    CountryHolidays bavaria = CountryHolidays.of("DE", "BY");
    List<HolidayRule> range = bavaria.rules(2025, 2027);
    List<HolidayRule> oneByOne = new ArrayList<>();
    for (int y = 2025; y <= 2027; y++) {
      oneByOne.addAll(bavaria.rules(y, y));
    }
    assertEquals(oneByOne, range);
    assertEquals(36, range.size());
  }

  @Test
  void rules_acceptsTheCalendarsFirstAndLastYear() {
    assertEquals(
        "1900-01-01 New Year's Day", shown(CountryHolidays.of("DE").rules(1900, 1900)).get(0));
    List<String> last = shown(CountryHolidays.of("DE").rules(2399, 2399));
    assertEquals("2399-12-26 2nd Christmas day", last.get(last.size() - 1));
  }

  static Stream<Arguments> rejectedYears() {
    return Stream.of(
        Arguments.of(1899, 2026, "First year must be within 1900 and 2399: 1899"),
        Arguments.of(2400, 2400, "First year must be within 1900 and 2399: 2400"),
        Arguments.of(2026, 2400, "Last year must be within 1900 and 2399: 2400"),
        Arguments.of(Integer.MIN_VALUE, 2026,
            "First year must be within 1900 and 2399: -2147483648"),
        Arguments.of(2026, Integer.MAX_VALUE,
            "Last year must be within 1900 and 2399: 2147483647"),
        Arguments.of(2026, 2025, "Last year must not be before first year: 2026 / 2025"));
  }

  @ParameterizedTest
  @MethodSource("rejectedYears")
  void rules_rejectsYearsOutsideTheCalendar(int first, int last, String message) {
    CountryHolidays de = CountryHolidays.of("DE");
    assertEquals(
        message, assertThrows(DateTimeException.class, () -> de.rules(first, last)).getMessage());
    BusinessCalendar.Builder builder = officeHours("Europe/Berlin");
    assertEquals(
        message,
        assertThrows(DateTimeException.class, () -> de.addTo(builder, first, last)).getMessage());
  }

  @Test
  void rules_islamicHolidaysEndWithJavasHijrahCalendarIn2173() {
    CountryHolidays morocco = CountryHolidays.of("MA");
    assertFalse(morocco.rules(2173, 2173).isEmpty());
    DateTimeException e = assertThrows(DateTimeException.class, () -> morocco.rules(2170, 2174));
    assertTrue(
        e.getMessage().startsWith("Jollyday cannot compute the holidays of MA in 2174: "),
        e.getMessage());
    assertTrue(e.getCause() instanceof DateTimeException, String.valueOf(e.getCause()));
  }

  @Test
  void addTo_leavesTheBuilderUnchangedWhenItThrows() {
    BusinessCalendar.Builder builder = officeHours("Africa/Casablanca");
    assertThrows(
        DateTimeException.class, () -> CountryHolidays.of("MA").addTo(builder, 2173, 2174));
    assertEquals(List.of(), builder.build().holidays(Year.of(2173)));
  }

  @Test
  void addTo_returnsTheSameBuilderAndRejectsNull() {
    BusinessCalendar.Builder builder = officeHours("Europe/Berlin");
    assertTrue(builder == CountryHolidays.of("DE").addTo(builder, 2026, 2026));
    assertNpe("builder", () -> CountryHolidays.of("DE").addTo(null, 2026, 2026));
  }

  // ---- names ---------------------------------------------------------------------------------

  @Test
  void rules_namesAHolidayJollydayLeavesUnnamed() {
    // Jollyday's data for Karnataka has a fixed 11-05 holiday without a name.
    List<String> karnataka = shown(CountryHolidays.of("IN", "KA").rules(2026, 2026));
    assertTrue(karnataka.contains("2026-11-05 Unnamed holiday"), karnataka.toString());
    for (String line : karnataka) {
      assertFalse(line.contains("undefined"), line);
    }
  }

  // ---- identity ------------------------------------------------------------------------------

  @Test
  void equalsHashCodeToString() {
    CountryHolidays a = CountryHolidays.of("DE", "by");
    assertEquals(a, CountryHolidays.of("de", "BY"));
    assertEquals(a.hashCode(), CountryHolidays.of("de", "BY").hashCode());
    assertNotEquals(a, CountryHolidays.of("DE"));
    assertNotEquals(a, CountryHolidays.of("DE", "by", "mu"));
    assertNotEquals(a, a.withActualDates());
    assertNotEquals(a, a.withKinds(HolidayKind.PUBLIC_HOLIDAY, HolidayKind.BANK_HOLIDAY));
    assertNotEquals(a, CountryHolidays.of("AT"));
    assertNotEquals(a, "DE/by");
    assertEquals("DE/by [PUBLIC_HOLIDAY], observed dates", a.toString());
    assertEquals(
        "US [BANK_HOLIDAY, OBSERVANCE], actual dates",
        CountryHolidays.of("US").withKinds(HolidayKind.OBSERVANCE, HolidayKind.BANK_HOLIDAY)
            .withActualDates().toString());
  }

  private static void assertNpe(String message, Executable call) {
    assertEquals(message, assertThrows(NullPointerException.class, call).getMessage());
  }
}
