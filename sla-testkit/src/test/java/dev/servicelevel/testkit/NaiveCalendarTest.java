package dev.servicelevel.testkit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
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
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.Interval;

/** The reference model on cases computed by hand, so that it can be trusted as a reference. */
class NaiveCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

  private static final CalendarSpec OFFICE_BERLIN =
      open(CalendarSpec.of(BERLIN), EnumSet.range(MONDAY, FRIDAY), NINE, FIVE_PM)
          .withHoliday(HolidayRule.fixed(LocalDate.of(2024, 12, 25)));

  private static final CalendarSpec OFFICE_UTC =
      open(CalendarSpec.of(UTC), EnumSet.range(MONDAY, FRIDAY), NINE, FIVE_PM);

  /** One {@code open(day, start, end)} call per day of the set, in day-of-week order. */
  static CalendarSpec open(CalendarSpec spec, Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    CalendarSpec result = spec;
    for (DayOfWeek day : DayOfWeek.values()) {
      if (days.contains(day)) {
        result = result.withWeekly(day, start, end);
      }
    }
    return result;
  }

  private static Instant at(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  private static Instant utc(String localDateTime) {
    return at(localDateTime, UTC);
  }

  private static Duration openOnDay(NaiveCalendar calendar, LocalDate date) {
    return calendar.between(
        date.atStartOfDay(calendar.zone()).toInstant(),
        date.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
  }

  // ---- the worked examples of API-CONTRACT.md -------------------------------------------------

  static Stream<Arguments> workedPlusExamples() {
    return Stream.of(
        Arguments.of("2024-11-22T16:00", Duration.ofHours(1), "2024-11-22T17:00"),
        Arguments.of("2024-11-22T16:00", Duration.ofHours(2), "2024-11-25T10:00"),
        Arguments.of("2024-12-24T16:30", Duration.ofHours(1), "2024-12-26T09:30"),
        Arguments.of("2024-11-23T12:00", Duration.ZERO, "2024-11-23T12:00"));
  }

  @ParameterizedTest
  @MethodSource("workedPlusExamples")
  void plus_followsWorkedExamples(String start, Duration d, String expected) {
    NaiveCalendar calendar = NaiveCalendar.of(OFFICE_BERLIN);
    assertEquals(at(expected, BERLIN), calendar.plus(at(start, BERLIN), d));
  }

  @Test
  void between_isNegativeWhenReversed() {
    NaiveCalendar calendar = NaiveCalendar.of(OFFICE_BERLIN);
    Instant fri = at("2024-11-22T16:00", BERLIN);
    Instant mon = at("2024-11-25T10:00", BERLIN);
    assertEquals(Duration.ofHours(2), calendar.between(fri, mon));
    assertEquals(Duration.ofHours(-2), calendar.between(mon, fri));
  }

  @Test
  void minus_goesBackOverTheWeekend() {
    NaiveCalendar calendar = NaiveCalendar.of(OFFICE_BERLIN);
    assertEquals(
        at("2024-11-22T16:30", BERLIN),
        calendar.minus(at("2024-11-25T09:30", BERLIN), Duration.ofHours(1)));
  }

  @Test
  void nextOpenAndNextClose_followWorkedExamples() {
    NaiveCalendar calendar = NaiveCalendar.of(OFFICE_BERLIN);
    assertEquals(
        Optional.of(at("2024-11-25T09:00", BERLIN)),
        calendar.nextOpen(at("2024-11-23T12:00", BERLIN)));
    assertEquals(
        Optional.of(at("2024-11-25T17:00", BERLIN)),
        calendar.nextClose(at("2024-11-25T10:00", BERLIN)));
  }

  // ---- rules 2 to 5 ---------------------------------------------------------------------------

  @Test
  void overnightShift_holdsNineHoursAcrossAutumnChangeAndSevenAcrossSpring() {
    ZoneId london = ZoneId.of("Europe/London");
    NaiveCalendar calendar =
        NaiveCalendar.of(CalendarSpec.of(london).withWeekly(SATURDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)));
    assertEquals(
        Duration.ofHours(9),
        calendar.between(at("2024-10-26T22:00", london), at("2024-10-27T06:00", london)));
    assertEquals(
        Duration.ofHours(7),
        calendar.between(at("2024-03-30T22:00", london), at("2024-03-31T06:00", london)));
  }

  @Test
  void intervalInsideDstGap_isDroppedOnThatDayOnly() {
    NaiveCalendar calendar =
        NaiveCalendar.of(CalendarSpec.of(BERLIN).withWeekly(SUNDAY, LocalTime.of(2, 30), LocalTime.of(3, 15)));
    assertEquals(Duration.ZERO, openOnDay(calendar, LocalDate.of(2024, 3, 31)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 3, 31)));
    assertEquals(Duration.ofMinutes(45), openOnDay(calendar, LocalDate.of(2024, 3, 24)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 3, 24)));
  }

  @Test
  void holidayOnTuesday_keepsMondaysShiftIntoTuesdayMorning() {
    CalendarSpec spec =
        open(CalendarSpec.of(UTC), EnumSet.of(MONDAY, TUESDAY), LocalTime.of(22, 0), LocalTime.of(6, 0))
            .withHoliday(HolidayRule.fixed(LocalDate.of(2024, 11, 26)));
    NaiveCalendar calendar = NaiveCalendar.of(spec);
    assertTrue(calendar.isOpen(utc("2024-11-26T05:00")));
    assertFalse(calendar.isOpen(utc("2024-11-26T23:00")));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 11, 25)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 11, 26)));
  }

  @Test
  void hoursOn_replacesWeeklyHoursAndWinsOverHoliday() {
    CalendarSpec spec =
        OFFICE_UTC
            .withHoliday(HolidayRule.fixed(LocalDate.of(2024, 12, 24)))
            .withDated(LocalDate.of(2024, 12, 24), LocalTime.of(10, 0), LocalTime.of(12, 0))
            .withDated(LocalDate.of(2024, 11, 23), LocalTime.of(10, 0), LocalTime.of(12, 0));
    NaiveCalendar calendar = NaiveCalendar.of(spec);
    assertEquals(Duration.ofHours(2), openOnDay(calendar, LocalDate.of(2024, 12, 24)));
    assertEquals(Duration.ofHours(2), openOnDay(calendar, LocalDate.of(2024, 11, 23)));
    assertEquals(Duration.ofHours(8), openOnDay(calendar, LocalDate.of(2024, 12, 23)));
  }

  @Test
  void closureSpanningDays_isCutOutAndLeavesWorkingDays() {
    CalendarSpec spec =
        OFFICE_UTC
            .withClosure(LocalDateTime.parse("2024-11-26T12:00"), LocalDateTime.parse("2024-11-27T10:00"))
            .withClosure(LocalDateTime.parse("2024-11-28T00:00"), LocalDateTime.parse("2024-11-29T00:00"));
    NaiveCalendar calendar = NaiveCalendar.of(spec);
    assertEquals(
        Duration.ofHours(40 - 5 - 1 - 8),
        calendar.between(utc("2024-11-25T00:00"), utc("2024-11-30T00:00")));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 11, 26)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 11, 27)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 11, 28)));
  }

  @Test
  void localIntervalsOfOneDay_mergeWhenOverlappingOrTouching() {
    CalendarSpec spec =
        CalendarSpec.of(UTC)
            .withWeekly(MONDAY, NINE, LocalTime.of(12, 0))
            .withWeekly(MONDAY, LocalTime.of(11, 0), LocalTime.of(2, 0))
            .withWeekly(TUESDAY, LocalTime.of(2, 0), LocalTime.of(4, 0));
    NaiveCalendar calendar = NaiveCalendar.of(spec);
    assertEquals(
        List.of(Interval.of(utc("2024-11-25T09:00"), utc("2024-11-26T04:00"))),
        calendar.openIntervals(Interval.of(utc("2024-11-25T00:00"), utc("2024-11-27T00:00"))));
  }

  @Test
  void intervalsOfOneDay_mapOnTheirOwnBeforeMerging() {
    CalendarSpec spec =
        CalendarSpec.of(BERLIN)
            .withWeekly(SUNDAY, LocalTime.of(1, 0), LocalTime.of(2, 45))
            .withWeekly(SUNDAY, LocalTime.of(2, 15), LocalTime.of(3, 15));
    NaiveCalendar calendar = NaiveCalendar.of(spec);
    // 01:00 CET to 02:45 (moved past the gap to 03:45 CEST) is 00:00Z to 01:45Z; 02:15 (moved to
    // 03:15 CEST) to 03:15 CEST is empty. Merged in local time it would be 01:00 to 03:15: 1h15m.
    assertEquals(Duration.ofMinutes(105), openOnDay(calendar, LocalDate.of(2024, 3, 31)));
  }

  // ---- observed holidays ----------------------------------------------------------------------

  @Test
  void nextWorkingDay_placesCompetingHolidaysInDateOrder() {
    CalendarSpec spec =
        OFFICE_UTC
            .withHoliday(HolidayRule.annual(MonthDay.of(12, 25)).observed(ObservedShift.NEXT_WORKING_DAY))
            .withHoliday(HolidayRule.annual(MonthDay.of(12, 26)).observed(ObservedShift.NEXT_WORKING_DAY));
    NaiveCalendar calendar = NaiveCalendar.of(spec);
    assertTrue(calendar.isOpen(utc("2027-12-24T10:00")));
    assertFalse(calendar.isOpen(utc("2027-12-27T10:00")));
    assertFalse(calendar.isOpen(utc("2027-12-28T10:00")));
    assertTrue(calendar.isOpen(utc("2027-12-29T10:00")));
  }

  @Test
  void nearestWeekday_movesSaturdayToFriday() {
    NaiveCalendar calendar =
        NaiveCalendar.of(
            OFFICE_UTC.withHoliday(HolidayRule.annual(MonthDay.of(12, 25)).observed(ObservedShift.NEAREST_WEEKDAY)));
    assertFalse(calendar.isOpen(utc("2027-12-24T10:00")));
    assertTrue(calendar.isOpen(utc("2027-12-27T10:00")));
  }

  @Test
  void nextWorkingDay_movesAcrossTheNewYear() {
    NaiveCalendar calendar =
        NaiveCalendar.of(
            OFFICE_UTC.withHoliday(HolidayRule.annual(MonthDay.of(12, 31)).observed(ObservedShift.NEXT_WORKING_DAY)));
    assertFalse(calendar.isOpen(utc("2023-01-02T10:00")));
    assertTrue(calendar.isOpen(utc("2023-01-03T10:00")));
    assertTrue(calendar.isOpen(utc("2022-12-30T10:00")));
  }

  // ---- zones ----------------------------------------------------------------------------------

  @Test
  void apiaSkippedFriday_opensOnSaturdayInstead() {
    ZoneId apia = ZoneId.of("Pacific/Apia");
    NaiveCalendar calendar =
        NaiveCalendar.of(open(CalendarSpec.of(apia), EnumSet.range(MONDAY, FRIDAY), NINE, FIVE_PM));
    assertTrue(calendar.isOpen(at("2011-12-31T10:00", apia)));
    assertEquals(
        Duration.ofHours(8),
        calendar.between(at("2011-12-29T17:00", apia), at("2012-01-02T09:00", apia)));
  }

  static Stream<Arguments> shortAndLongNights() {
    return Stream.of(
        Arguments.of("Australia/Lord_Howe", LocalDate.of(2024, 10, 6), Duration.ofMinutes(330)),
        Arguments.of("Australia/Lord_Howe", LocalDate.of(2024, 4, 7), Duration.ofMinutes(390)),
        Arguments.of("Australia/Sydney", LocalDate.of(2024, 4, 7), Duration.ofHours(7)),
        Arguments.of("Australia/Sydney", LocalDate.of(2024, 10, 6), Duration.ofHours(5)),
        Arguments.of("Asia/Kolkata", LocalDate.of(2024, 10, 6), Duration.ofHours(6)));
  }

  @ParameterizedTest
  @MethodSource("shortAndLongNights")
  void sundayMidnightToSix_holdsRealElapsedTime(String zone, LocalDate sunday, Duration expected) {
    NaiveCalendar calendar =
        NaiveCalendar.of(CalendarSpec.of(ZoneId.of(zone)).withWeekly(SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0)));
    assertEquals(expected, openOnDay(calendar, sunday));
  }

  // ---- stretches ------------------------------------------------------------------------------

  @Test
  void stretches_runAcrossMidnight() {
    CalendarSpec spec =
        CalendarSpec.of(UTC)
            .withWeekly(MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
            .withWeekly(TUESDAY, LocalTime.of(6, 0), LocalTime.of(10, 0));
    NaiveCalendar calendar = NaiveCalendar.of(spec);
    assertEquals(Optional.of(utc("2024-11-26T10:00")), calendar.nextClose(utc("2024-11-25T23:00")));
    assertEquals(Optional.of(utc("2024-11-25T22:00")), calendar.previousOpen(utc("2024-11-26T08:00")));
  }

  @Test
  void stretches_runAcrossUtcNewYear() {
    CalendarSpec spec =
        open(CalendarSpec.of(BERLIN), EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .withHoliday(HolidayRule.fixed(LocalDate.of(2025, 1, 2)))
            .withHoliday(HolidayRule.fixed(LocalDate.of(2024, 12, 30)));
    NaiveCalendar calendar = NaiveCalendar.of(spec);
    assertEquals(
        Optional.of(at("2025-01-02T00:00", BERLIN)), calendar.nextClose(at("2024-12-31T12:00", BERLIN)));
    assertEquals(
        Optional.of(at("2024-12-31T00:00", BERLIN)), calendar.previousOpen(at("2025-01-01T12:00", BERLIN)));
    assertEquals(
        Optional.of(at("2025-01-03T00:00", BERLIN)), calendar.nextOpen(at("2025-01-02T05:00", BERLIN)));
  }

  @Test
  void alwaysOpen_hasNoCloseOrOpeningInRange() {
    NaiveCalendar calendar =
        NaiveCalendar.of(
            open(CalendarSpec.of(UTC), EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    assertEquals(Optional.empty(), calendar.nextClose(utc("2024-06-01T12:00")));
    assertEquals(Optional.empty(), calendar.previousOpen(utc("2024-06-01T12:00")));
    assertEquals(Optional.of(utc("2024-06-01T12:00")), calendar.nextOpen(utc("2024-06-01T12:00")));
  }

  @Test
  void emptyCalendar_hasNoOpenTime() {
    NaiveCalendar calendar = NaiveCalendar.of(CalendarSpec.of(BERLIN));
    Instant t = utc("2024-06-01T12:00");
    assertEquals(t, calendar.plus(t, Duration.ZERO));
    assertThrows(DateTimeException.class, () -> calendar.plus(t, Duration.ofNanos(1)));
    assertThrows(DateTimeException.class, () -> calendar.minus(t, Duration.ofNanos(1)));
    assertEquals(Optional.empty(), calendar.nextOpen(t));
    assertEquals(Optional.empty(), calendar.previousClose(t));
    assertEquals(Duration.ZERO, calendar.between(NaiveCalendar.MIN, NaiveCalendar.MAX));
  }

  @Test
  void previousOpenAndPreviousClose_lookBackOverTheWeekend() {
    NaiveCalendar calendar = NaiveCalendar.of(OFFICE_UTC);
    assertEquals(Optional.of(utc("2024-11-22T09:00")), calendar.previousOpen(utc("2024-11-23T12:00")));
    assertEquals(Optional.of(utc("2024-11-22T17:00")), calendar.previousClose(utc("2024-11-23T12:00")));
    assertEquals(Optional.of(utc("2024-11-22T17:00")), calendar.previousClose(utc("2024-11-22T17:00")));
    assertEquals(Optional.of(utc("2024-11-22T17:00")), calendar.previousClose(utc("2024-11-25T10:00")));
    assertEquals(Optional.of(utc("2024-11-25T09:00")), calendar.previousOpen(utc("2024-11-25T10:00")));
  }

  // ---- algebra, versions, working days --------------------------------------------------------

  @Test
  void algebra_berlinAndNewYorkDesks() {
    ZoneId newYork = ZoneId.of("America/New_York");
    NaiveCalendar berlin = NaiveCalendar.of(CalendarSpec.of(BERLIN).withWeekly(MONDAY, NINE, FIVE_PM));
    NaiveCalendar ny = NaiveCalendar.of(CalendarSpec.of(newYork).withWeekly(MONDAY, NINE, FIVE_PM));
    Instant from = utc("2024-11-25T00:00");
    Instant to = utc("2024-11-26T00:00");
    assertEquals(
        List.of(Interval.of(utc("2024-11-25T08:00"), utc("2024-11-25T22:00"))),
        berlin.union(ny).openIntervals(Interval.of(from, to)));
    assertEquals(Duration.ofHours(2), berlin.intersection(ny).between(from, to));
    assertEquals(Duration.ofHours(16), berlin.complement().between(from, to));
    assertEquals(BERLIN, berlin.union(ny).zone());
  }

  @Test
  void replacedFrom_switchesAtStartOfDate() {
    NaiveCalendar office = NaiveCalendar.of(OFFICE_UTC);
    NaiveCalendar always =
        NaiveCalendar.of(
            open(CalendarSpec.of(UTC), EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    NaiveCalendar version = office.replacedFrom(LocalDate.of(2024, 11, 27), always);
    assertEquals(
        Duration.ofHours(8 + 8 + 48),
        version.between(utc("2024-11-25T00:00"), utc("2024-11-29T00:00")));
  }

  @Test
  void workingDays_ofOvernightShiftDifferForBuilderAndAlgebra() {
    NaiveCalendar night =
        NaiveCalendar.of(CalendarSpec.of(UTC).withWeekly(MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)));
    assertTrue(night.isWorkingDay(LocalDate.of(2024, 11, 25)));
    assertFalse(night.isWorkingDay(LocalDate.of(2024, 11, 26)));
    NaiveCalendar union = night.union(NaiveCalendar.of(CalendarSpec.of(UTC)));
    assertTrue(union.isWorkingDay(LocalDate.of(2024, 11, 26)));
  }

  static Stream<Arguments> workingDayMoves() {
    return Stream.of(
        Arguments.of(LocalDate.of(2024, 11, 22), 1, LocalDate.of(2024, 11, 25)),
        Arguments.of(LocalDate.of(2024, 11, 23), 0, LocalDate.of(2024, 11, 25)),
        Arguments.of(LocalDate.of(2024, 11, 23), 1, LocalDate.of(2024, 11, 26)),
        Arguments.of(LocalDate.of(2024, 12, 24), 1, LocalDate.of(2024, 12, 26)));
  }

  @ParameterizedTest
  @MethodSource("workingDayMoves")
  void plusWorkingDays_skipsWeekendsAndHolidays(LocalDate from, int days, LocalDate expected) {
    assertEquals(expected, NaiveCalendar.of(OFFICE_BERLIN).plusWorkingDays(from, days));
  }

  // ---- the reference obeys the laws it is used to check --------------------------------------

  @Test
  void reference_obeysPlusBetweenAndComplementLaws() {
    SplittableRandom seeds = new SplittableRandom(20_241_125);
    for (int i = 0; i < 150; i++) {
      Scenario s = Scenario.generate(seeds.split());
      NaiveCalendar calendar = NaiveCalendar.of(s.spec());
      Instant end;
      try {
        end = calendar.plus(s.t(), s.d());
      } catch (DateTimeException e) {
        assertTrue(calendar.between(s.t(), NaiveCalendar.MAX).compareTo(s.d()) < 0, s::toString);
        continue;
      }
      assertEquals(s.d(), calendar.between(s.t(), end), s::toString);
      assertEquals(s.d(), calendar.between(calendar.minus(end, s.d()), end), s::toString);
      Instant a = s.range().getStart();
      Instant b = s.range().getEnd();
      assertEquals(
          Duration.between(a, b),
          calendar.between(a, b).plus(calendar.complement().between(a, b)),
          s::toString);
    }
  }
}
