package dev.servicelevel.benchmarks;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.calendar.HolidayRule;
import dev.servicelevel.calendar.ObservedShift;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the day-by-day baseline against values worked out by hand from API-CONTRACT.md. */
class NaiveCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId APIA = ZoneId.of("Pacific/Apia");
  private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);

  /** The contract's worked-example calendar: Mon–Fri 09:00–17:00 Berlin, 2024-12-25 off. */
  private static final NaiveCalendar OFFICE =
      new NaiveCalendar(
          CalendarDefinition.builder(BERLIN)
              .open(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0))
              .holiday(LocalDate.of(2024, 12, 25))
              .build());

  private static Instant at(String localDateTime, ZoneId zone) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
  }

  private static Instant berlin(String localDateTime) {
    return at(localDateTime, BERLIN);
  }

  // -----------------------------------------------------------------------
  // isOpen

  static Stream<Arguments> officeOpenness() {
    return Stream.of(
        Arguments.of("2024-11-22T08:59:59.999999999", false),
        Arguments.of("2024-11-22T09:00", true),
        Arguments.of("2024-11-22T16:59:59.999999999", true),
        Arguments.of("2024-11-22T17:00", false),
        Arguments.of("2024-11-23T12:00", false),
        Arguments.of("2024-12-25T12:00", false),
        Arguments.of("2024-12-26T12:00", true));
  }

  @ParameterizedTest
  @MethodSource("officeOpenness")
  void isOpen_halfOpenIntervalsWeekendsAndHolidays(String local, boolean open) {
    assertEquals(open, OFFICE.isOpen(berlin(local)));
  }

  @Test
  void isOpen_holidayKeepsPreviousNightsShiftButDropsItsOwn() {
    NaiveCalendar nights =
        new NaiveCalendar(
            CalendarDefinition.builder(BERLIN)
                .open(WEEKDAYS, LocalTime.of(22, 0), LocalTime.of(6, 0))
                .holiday(LocalDate.of(2024, 11, 26))
                .build());

    assertTrue(nights.isOpen(berlin("2024-11-26T05:00")));
    assertFalse(nights.isOpen(berlin("2024-11-26T23:00")));
    assertTrue(nights.isOpen(berlin("2024-11-27T23:00")));
  }

  @Test
  void isOpen_rejectsInstantBeforeSupportedRange() {
    DateTimeException e =
        assertThrows(
            DateTimeException.class, () -> OFFICE.isOpen(Instant.parse("1899-12-31T23:59:59Z")));
    assertEquals(
        "Instant t is outside the supported range 1900-01-01T00:00:00Z to 2400-01-01T00:00:00Z:"
            + " 1899-12-31T23:59:59Z",
        e.getMessage());
  }

  // -----------------------------------------------------------------------
  // between

  @Test
  void between_workedExamples() {
    assertEquals(
        Duration.ofHours(2), OFFICE.between(berlin("2024-11-22T16:00"), berlin("2024-11-25T10:00")));
    assertEquals(
        Duration.ofHours(-2),
        OFFICE.between(berlin("2024-11-25T10:00"), berlin("2024-11-22T16:00")));
  }

  @Test
  void between_isExactToTheNanosecond() {
    assertEquals(
        Duration.ofHours(1).minusNanos(1),
        OFFICE.between(berlin("2024-11-25T09:00:00.000000001"), berlin("2024-11-25T10:00")));
  }

  @Test
  void between_overnightShiftHoldsNineHoursAcrossAutumnChange() {
    NaiveCalendar nights = nightsInLondon();

    assertEquals(
        Duration.ofHours(9),
        nights.between(at("2024-10-26T12:00", LONDON), at("2024-10-27T12:00", LONDON)));
  }

  @Test
  void between_overnightShiftHoldsSevenHoursAcrossSpringChange() {
    NaiveCalendar nights = nightsInLondon();

    assertEquals(
        Duration.ofHours(7),
        nights.between(at("2024-03-30T12:00", LONDON), at("2024-03-31T12:00", LONDON)));
  }

  @Test
  void between_dropsWindowThatLiesInsideSpringGap() {
    NaiveCalendar sundays =
        new NaiveCalendar(
            CalendarDefinition.builder(BERLIN)
                .open(SUNDAY, LocalTime.of(2, 30), LocalTime.of(3, 15))
                .build());

    assertEquals(
        Duration.ZERO,
        sundays.between(berlin("2024-03-31T00:00"), berlin("2024-04-01T00:00")));
    assertEquals(
        Duration.ofMinutes(45),
        sundays.between(berlin("2024-04-07T00:00"), berlin("2024-04-08T00:00")));
  }

  @Test
  void between_windowStartingInGapStartsAfterIt() {
    NaiveCalendar sundays =
        new NaiveCalendar(
            CalendarDefinition.builder(BERLIN)
                .open(SUNDAY, LocalTime.of(2, 30), LocalTime.of(4, 0))
                .build());

    assertEquals(
        Duration.ofMinutes(30),
        sundays.between(berlin("2024-03-31T00:00"), berlin("2024-04-01T00:00")));
    assertFalse(sundays.isOpen(berlin("2024-03-31T03:29")));
    assertTrue(sundays.isOpen(berlin("2024-03-31T03:30")));
  }

  @Test
  void between_mapsEachLocalWindowOnItsOwn() {
    // On 2024-03-31 02:30-03:15 maps to 03:30-03:15 CEST, which is empty, and 02:45-04:00 to
    // 03:45-04:00: 15 minutes. Merging them in local time first (02:30-04:00) would give 30.
    NaiveCalendar sundays =
        new NaiveCalendar(
            CalendarDefinition.builder(BERLIN)
                .open(SUNDAY, LocalTime.of(2, 30), LocalTime.of(3, 15))
                .open(SUNDAY, LocalTime.of(2, 45), LocalTime.of(4, 0))
                .build());

    assertEquals(
        Duration.ofMinutes(15),
        sundays.between(berlin("2024-03-31T00:00"), berlin("2024-04-01T00:00")));
    assertEquals(
        Duration.ofMinutes(90),
        sundays.between(berlin("2024-04-07T00:00"), berlin("2024-04-08T00:00")));
  }

  @Test
  void between_countsOverlapsOnceAcrossSkippedDayInApia() {
    // 2011-12-30 does not exist in Apia (-10:00 straight to +14:00): that date's windows land on
    // the 31st and overlap the 31st's own; the 29th's night shift ends at 06:00 on the 31st.
    NaiveCalendar apia =
        new NaiveCalendar(
            CalendarDefinition.builder(APIA)
                .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(17, 0))
                .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0))
                .build());
    Instant from = at("2011-12-29T00:00", APIA);
    Instant to = at("2012-01-01T12:00", APIA);

    // 29th: 00-06 (night of the 28th) 6 h, 09-17 8 h, 22-06 8 h; 31st: 09-17 8 h, 22-06 8 h;
    // 1st: 09-12 3 h.
    assertEquals(Duration.ofHours(41), apia.between(from, to));
    assertEquals(to, apia.plus(from, Duration.ofHours(41)));
    assertEquals(at("2012-01-01T09:00", APIA), apia.minus(to, Duration.ofHours(3)));
  }

  @Test
  void between_dateHoursWinOverHoliday() {
    NaiveCalendar eve =
        new NaiveCalendar(
            CalendarDefinition.builder(BERLIN)
                .open(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holiday(HolidayRule.annual(MonthDay.of(12, 24)))
                .hoursOn(LocalDate.of(2024, 12, 24), LocalTime.of(9, 0), LocalTime.of(12, 0))
                .build());

    assertEquals(
        Duration.ofHours(3), eve.between(berlin("2024-12-24T00:00"), berlin("2024-12-25T00:00")));
    assertEquals(
        Duration.ZERO, eve.between(berlin("2025-12-24T00:00"), berlin("2025-12-25T00:00")));
  }

  @Test
  void between_cutsClosureSpanningDays() {
    NaiveCalendar closedLongWeekend =
        new NaiveCalendar(
            CalendarDefinition.builder(BERLIN)
                .open(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .closed(LocalDateTime.parse("2024-11-21T12:00"), LocalDateTime.parse("2024-11-25T10:00"))
                .closed(LocalDateTime.parse("2024-11-26T10:00"), LocalDateTime.parse("2024-11-26T11:00"))
                .build());
    Instant monday = berlin("2024-11-18T00:00");
    Instant nextMonday = berlin("2024-11-25T00:00");

    // Mon, Tue, Wed 8 h each, Thu 09-12.
    assertEquals(Duration.ofHours(27), closedLongWeekend.between(monday, nextMonday));
    assertEquals(
        berlin("2024-11-25T10:30"),
        closedLongWeekend.plus(berlin("2024-11-21T11:30"), Duration.ofHours(1)));
    assertEquals(
        berlin("2024-11-26T11:30"),
        closedLongWeekend.plus(berlin("2024-11-26T09:30"), Duration.ofHours(1)));
    assertEquals(
        berlin("2024-11-21T11:30"),
        closedLongWeekend.minus(berlin("2024-11-25T10:30"), Duration.ofHours(1)));
    assertEquals(
        berlin("2024-11-26T09:30"),
        closedLongWeekend.minus(berlin("2024-11-26T11:30"), Duration.ofHours(1)));
  }

  @Test
  void between_countsGermanHolidaysOfScenario() {
    NaiveCalendar office = new NaiveCalendar(Scenario.OFFICE.definition());

    // 2024 has 262 weekdays, and all 11 holidays of the scenario fall on weekdays.
    assertEquals(
        Duration.ofHours(8 * 251),
        office.between(berlin("2024-01-01T00:00"), berlin("2025-01-01T00:00")));
  }

  // -----------------------------------------------------------------------
  // plus and minus

  static Stream<Arguments> officePlus() {
    return Stream.of(
        Arguments.of("2024-11-22T16:00", Duration.ofHours(1), "2024-11-22T17:00"),
        Arguments.of("2024-11-22T16:00", Duration.ofHours(2), "2024-11-25T10:00"),
        Arguments.of("2024-12-24T16:30", Duration.ofHours(1), "2024-12-26T09:30"),
        Arguments.of("2024-11-23T12:00", Duration.ZERO, "2024-11-23T12:00"),
        Arguments.of("2024-11-23T12:00", Duration.ofNanos(1), "2024-11-25T09:00:00.000000001"));
  }

  @ParameterizedTest
  @MethodSource("officePlus")
  void plus_workedExamples(String start, Duration businessTime, String expected) {
    assertEquals(berlin(expected), OFFICE.plus(berlin(start), businessTime));
  }

  static Stream<Arguments> officeMinus() {
    return Stream.of(
        Arguments.of("2024-11-25T09:30", Duration.ofHours(1), "2024-11-22T16:30"),
        Arguments.of("2024-11-25T10:00", Duration.ofHours(1), "2024-11-25T09:00"),
        Arguments.of("2024-12-26T09:30", Duration.ofHours(1), "2024-12-24T16:30"),
        Arguments.of("2024-11-23T12:00", Duration.ZERO, "2024-11-23T12:00"));
  }

  @ParameterizedTest
  @MethodSource("officeMinus")
  void minus_workedExamples(String end, Duration businessTime, String expected) {
    assertEquals(berlin(expected), OFFICE.minus(berlin(end), businessTime));
  }

  @Test
  void plus_rejectsNegativeBusinessTime() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OFFICE.plus(berlin("2024-11-22T16:00"), Duration.ofSeconds(-1)));
    assertEquals("Business time must not be negative: PT-1S", e.getMessage());
  }

  @Test
  void plus_throwsWhenCalendarNeverOpensAgain() {
    NaiveCalendar once =
        new NaiveCalendar(
            CalendarDefinition.builder(BERLIN)
                .hoursOn(LocalDate.of(2024, 11, 25), LocalTime.of(9, 0), LocalTime.of(10, 0))
                .build());

    assertEquals(
        berlin("2024-11-25T10:00"), once.plus(berlin("2024-01-01T00:00"), Duration.ofHours(1)));
    assertThrows(
        DateTimeException.class, () -> once.plus(berlin("2024-01-01T00:00"), Duration.ofHours(2)));
    assertThrows(
        DateTimeException.class, () -> once.minus(berlin("2024-11-25T09:30"), Duration.ofHours(1)));
  }

  // -----------------------------------------------------------------------
  // observed holidays

  @Test
  void observed_nextWorkingDaySkipsHolidayPlacedBefore() {
    // 2027: Christmas on Saturday is observed Monday 27th, Boxing Day on Sunday Tuesday 28th.
    NaiveCalendar london =
        new NaiveCalendar(
            CalendarDefinition.builder(LONDON)
                .open(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holiday(HolidayRule.annual(MonthDay.of(12, 25))
                    .observed(ObservedShift.NEXT_WORKING_DAY))
                .holiday(HolidayRule.annual(MonthDay.of(12, 26))
                    .observed(ObservedShift.NEXT_WORKING_DAY))
                .build());

    assertFalse(london.isOpen(at("2027-12-27T12:00", LONDON)));
    assertFalse(london.isOpen(at("2027-12-28T12:00", LONDON)));
    assertTrue(london.isOpen(at("2027-12-29T12:00", LONDON)));
  }

  @Test
  void observed_fixedShiftIsPlacedBeforeSearchingOne() {
    // 2027: Boxing Day (Sunday, next Monday) takes Monday 27th first, so Christmas (Saturday,
    // next working day) searches on to Tuesday 28th, as BusinessCalendar places them.
    NaiveCalendar london =
        new NaiveCalendar(
            CalendarDefinition.builder(LONDON)
                .open(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holiday(HolidayRule.annual(MonthDay.of(12, 25))
                    .observed(ObservedShift.NEXT_WORKING_DAY))
                .holiday(HolidayRule.annual(MonthDay.of(12, 26)).observed(ObservedShift.NEXT_MONDAY))
                .build());

    assertFalse(london.isOpen(at("2027-12-27T12:00", LONDON)));
    assertFalse(london.isOpen(at("2027-12-28T12:00", LONDON)));
    assertTrue(london.isOpen(at("2027-12-29T12:00", LONDON)));
  }

  @Test
  void observed_nearestWeekdayAndNextMonday() {
    NaiveCalendar shifted =
        new NaiveCalendar(
            CalendarDefinition.builder(BERLIN)
                .open(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holiday(HolidayRule.annual(MonthDay.of(7, 4))
                    .observed(ObservedShift.NEAREST_WEEKDAY))
                .holiday(HolidayRule.annual(MonthDay.of(1, 1)).observed(ObservedShift.NEXT_MONDAY))
                .build());

    // 2026-07-04 is a Saturday, 2028-01-01 a Saturday.
    assertFalse(shifted.isOpen(berlin("2026-07-03T12:00")));
    assertTrue(shifted.isOpen(berlin("2026-07-06T12:00")));
    assertFalse(shifted.isOpen(berlin("2028-01-03T12:00")));
    assertTrue(shifted.isOpen(berlin("2027-12-31T12:00")));
  }

  @Test
  void observed_weekendIsTheCalendarsOwn() {
    // Open Tuesday to Saturday: Monday is a weekend day, Saturday is not.
    NaiveCalendar tuesdayToSaturday =
        new NaiveCalendar(
            CalendarDefinition.builder(BERLIN)
                .open(EnumSet.range(DayOfWeek.TUESDAY, SATURDAY), LocalTime.of(9, 0),
                    LocalTime.of(17, 0))
                .holiday(HolidayRule.fixed(LocalDate.of(2024, 11, 25))
                    .observed(ObservedShift.NEXT_WORKING_DAY))
                .holiday(HolidayRule.fixed(LocalDate.of(2024, 11, 30))
                    .observed(ObservedShift.NEXT_WORKING_DAY))
                .build());

    assertFalse(tuesdayToSaturday.isOpen(berlin("2024-11-26T12:00")));
    assertTrue(tuesdayToSaturday.isOpen(berlin("2024-11-27T12:00")));
    assertFalse(tuesdayToSaturday.isOpen(berlin("2024-11-30T12:00")));
    assertTrue(tuesdayToSaturday.isOpen(berlin("2024-12-03T12:00")));
  }

  // -----------------------------------------------------------------------
  // definition

  @Test
  void definition_rejectsSubSecondLocalTime() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CalendarDefinition.builder(BERLIN)
                .open(MONDAY, LocalTime.of(9, 0, 0, 1), LocalTime.of(17, 0)));
    assertEquals(
        "Local time must be whole seconds, without a sub-second part: 09:00:00.000000001",
        e.getMessage());
  }

  @Test
  void definition_rejectsClosureNotAfterItsStart() {
    LocalDateTime noon = LocalDateTime.parse("2024-11-25T12:00");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CalendarDefinition.builder(BERLIN).closed(noon, noon));
    assertEquals(
        "Closure end must be after start: 2024-11-25T12:00 / 2024-11-25T12:00",
        e.getMessage());
  }

  private static NaiveCalendar nightsInLondon() {
    return new NaiveCalendar(
        CalendarDefinition.builder(LONDON)
            .open(SATURDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
            .build());
  }
}
