package dev.servicelevel.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.Interval;

class BusinessCalendarTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
  static final ZoneId APIA = ZoneId.of("Pacific/Apia");
  static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);
  static final LocalTime NINE = LocalTime.of(9, 0);
  static final LocalTime FIVE_PM = LocalTime.of(17, 0);

  static BusinessCalendar officeHours(ZoneId zone) {
    return BusinessCalendar.builder(zone).open(WEEKDAYS, NINE, FIVE_PM).build();
  }

  static Instant at(ZoneId zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  static BusinessCalendar nightly(ZoneId zone) {
    return BusinessCalendar.builder(zone)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0))
        .build();
  }

  // ---- rule 1: half-open intervals -------------------------------------------------------------

  @Test
  void isOpen_halfOpenAtBothEnds() {
    BusinessCalendar cal = officeHours(BERLIN);
    Instant open = at(BERLIN, "2024-11-25T09:00");
    Instant close = at(BERLIN, "2024-11-25T17:00");
    assertFalse(cal.isOpen(open.minusNanos(1)));
    assertTrue(cal.isOpen(open));
    assertTrue(cal.isOpen(close.minusNanos(1)));
    assertFalse(cal.isOpen(close));
  }

  // ---- rule 2: weekly hours --------------------------------------------------------------------

  @Test
  void open_endBeforeStartRunsOvernight() {
    BusinessCalendar cal = nightly(BERLIN);
    assertTrue(cal.isOpen(at(BERLIN, "2024-11-25T23:00")));
    assertTrue(cal.isOpen(at(BERLIN, "2024-11-26T05:59:59")));
    assertFalse(cal.isOpen(at(BERLIN, "2024-11-26T06:00")));
    assertEquals(Duration.ofHours(8), cal.between(at(BERLIN, "2024-11-25T12:00"), at(BERLIN, "2024-11-26T12:00")));
  }

  @Test
  void open_equalTimesOpenAFullDay() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN).open(MONDAY, LocalTime.of(8, 0), LocalTime.of(8, 0)).build();
    assertEquals(Duration.ofHours(24), cal.between(at(BERLIN, "2024-11-25T00:00"), at(BERLIN, "2024-11-27T00:00")));
    assertEquals(Optional.of(at(BERLIN, "2024-11-26T08:00")), cal.nextClose(at(BERLIN, "2024-11-25T09:00")));
  }

  @Test
  void open_overlappingAndTouchingIntervalsMerge() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .open(MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
            .open(MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 0))
            .open(MONDAY, LocalTime.of(14, 0), LocalTime.of(15, 0))
            .build();
    assertEquals(Duration.ofHours(6), cal.between(at(BERLIN, "2024-11-25T00:00"), at(BERLIN, "2024-11-26T00:00")));
    assertEquals(Optional.of(at(BERLIN, "2024-11-25T15:00")), cal.nextClose(at(BERLIN, "2024-11-25T09:30")));
    BusinessCalendar same =
        BusinessCalendar.builder(BERLIN).open(MONDAY, LocalTime.of(9, 0), LocalTime.of(15, 0)).build();
    assertEquals(same.openIntervals(Interval.of(at(BERLIN, "2024-11-01T00:00"), at(BERLIN, "2024-12-01T00:00"))),
        cal.openIntervals(Interval.of(at(BERLIN, "2024-11-01T00:00"), at(BERLIN, "2024-12-01T00:00"))));
  }

  @Test
  void open_intervalsMapToInstantsEachOnItsOwnBeforeMerging() {
    // Berlin 2024-03-31: 02:00-03:00 does not exist. 02:00-02:45 maps to 03:00-03:45 CEST;
    // 02:30-03:00 maps to 03:30-03:00, which is empty. Merging 02:00-03:00 in local time first
    // would give nothing at all.
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .open(SUNDAY, LocalTime.of(2, 0), LocalTime.of(2, 45))
            .open(SUNDAY, LocalTime.of(2, 30), LocalTime.of(3, 0))
            .build();
    assertEquals(Duration.ofMinutes(45), cal.between(at(BERLIN, "2024-03-31T00:00"), at(BERLIN, "2024-04-01T00:00")));
    BusinessCalendar merged =
        BusinessCalendar.builder(BERLIN).open(SUNDAY, LocalTime.of(2, 0), LocalTime.of(3, 0)).build();
    assertEquals(Duration.ZERO, merged.between(at(BERLIN, "2024-03-31T00:00"), at(BERLIN, "2024-04-01T00:00")));
    assertNotEquals(merged, cal);
  }

  @Test
  void nextOpen_worksBefore1970() {
    // epoch seconds are negative before 1970
    BusinessCalendar cal = officeHours(BERLIN);
    assertEquals(Optional.of(at(BERLIN, "1900-11-26T09:00")), cal.nextOpen(at(BERLIN, "1900-11-24T12:00")));
    assertEquals(Optional.of(at(BERLIN, "1900-11-26T17:00")), cal.nextClose(at(BERLIN, "1900-11-24T12:00")));
  }

  @Test
  void nextClose_adjacentIntervalsAcrossMidnightAreOneStretch() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .open(MONDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT)
            .open(TUESDAY, LocalTime.MIDNIGHT, LocalTime.of(5, 0))
            .build();
    assertEquals(Optional.of(at(BERLIN, "2024-11-26T05:00")), cal.nextClose(at(BERLIN, "2024-11-25T19:00")));
    assertEquals(
        List.of(Interval.of(at(BERLIN, "2024-11-25T18:00"), at(BERLIN, "2024-11-26T05:00"))),
        cal.openIntervals(Interval.of(at(BERLIN, "2024-11-25T00:00"), at(BERLIN, "2024-11-27T00:00"))));
  }

  @Test
  void open_rejectsSubSecondTimes() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(BERLIN);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.open(MONDAY, LocalTime.of(9, 0, 0, 500), FIVE_PM));
    assertEquals("Time start must be whole seconds, without a sub-second part: 09:00:00.000000500", e.getMessage());
  }

  @Test
  void open_rejectsEmptyDaysAndNulls() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(BERLIN);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.open(EnumSet.noneOf(DayOfWeek.class), NINE, FIVE_PM));
    assertEquals("Days must not be empty: []", e.getMessage());
    assertEquals("day", assertThrows(NullPointerException.class, () -> b.open((DayOfWeek) null, NINE, FIVE_PM)).getMessage());
    assertEquals("end", assertThrows(NullPointerException.class, () -> b.open(MONDAY, NINE, null)).getMessage());
    assertEquals("zone", assertThrows(NullPointerException.class, () -> BusinessCalendar.builder(null)).getMessage());
  }

  // ---- rule 3: an interval belongs to the date it starts on -------------------------------------

  @Test
  void holiday_removesShiftStartingOnItButKeepsShiftRunningIntoIt() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0))
            .holiday(LocalDate.of(2024, 11, 26))
            .build();
    assertTrue(cal.isOpen(at(BERLIN, "2024-11-26T03:00")), "Monday's shift runs into the holiday");
    assertFalse(cal.isOpen(at(BERLIN, "2024-11-26T23:00")), "Tuesday's own shift is gone");
    assertTrue(cal.isOpen(at(BERLIN, "2024-11-27T23:00")));
    assertTrue(cal.isWorkingDay(LocalDate.of(2024, 11, 25)));
    assertFalse(cal.isWorkingDay(LocalDate.of(2024, 11, 26)));
  }

  // ---- rule 4: precedence --------------------------------------------------------------------

  @Test
  void hoursOn_winsOverHolidayAndReplacesWeeklyHours() {
    LocalDate christmasEve = LocalDate.of(2024, 12, 24);
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .open(WEEKDAYS, NINE, FIVE_PM)
            .holiday(christmasEve)
            .hoursOn(christmasEve, LocalTime.of(9, 0), LocalTime.of(12, 0))
            .build();
    assertEquals(Duration.ofHours(3), cal.between(at(BERLIN, "2024-12-24T00:00"), at(BERLIN, "2024-12-25T00:00")));
    assertFalse(cal.isOpen(at(BERLIN, "2024-12-24T13:00")));
  }

  @Test
  void hoursOn_opensAWeekendDate() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .open(WEEKDAYS, NINE, FIVE_PM)
            .hoursOn(LocalDate.of(2024, 11, 23), LocalTime.of(10, 0), LocalTime.of(12, 0))
            .hoursOn(LocalDate.of(2024, 11, 23), LocalTime.of(13, 0), LocalTime.of(14, 0))
            .build();
    assertEquals(Duration.ofHours(3), cal.between(at(BERLIN, "2024-11-23T00:00"), at(BERLIN, "2024-11-24T00:00")));
    assertTrue(cal.isWorkingDay(LocalDate.of(2024, 11, 23)));
    assertFalse(cal.isWorkingDay(LocalDate.of(2024, 11, 24)));
  }

  @Test
  void closed_cutsRangeSpanningDays() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .open(WEEKDAYS, NINE, FIVE_PM)
            .closed(LocalDateTime.parse("2024-11-25T12:00"), LocalDateTime.parse("2024-11-27T12:00"))
            .build();
    // Mon 3 h + Tue 0 h + Wed 5 h + Thu 8 h + Fri 8 h
    assertEquals(Duration.ofHours(24), cal.between(at(BERLIN, "2024-11-25T00:00"), at(BERLIN, "2024-11-30T00:00")));
    assertEquals(at(BERLIN, "2024-11-27T12:30"), cal.plus(at(BERLIN, "2024-11-25T11:30"), Duration.ofHours(1)));
  }

  @Test
  void closed_rejectsEndNotAfterStart() {
    LocalDateTime t = LocalDateTime.parse("2024-11-25T12:00");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.builder(BERLIN).closed(t, t));
    assertEquals("Closure end must be after start: 2024-11-25T12:00 / 2024-11-25T12:00", e.getMessage());
  }

  // ---- rule 5: zones and DST -------------------------------------------------------------------

  static Stream<Arguments> overnightShiftsAcrossDst() {
    return Stream.of(
        Arguments.of(LONDON, "2024-10-26", Duration.ofHours(9)),
        Arguments.of(LONDON, "2024-03-30", Duration.ofHours(7)),
        Arguments.of(BERLIN, "2024-10-26", Duration.ofHours(9)),
        Arguments.of(NEW_YORK, "2024-03-09", Duration.ofHours(7)),
        Arguments.of(SYDNEY, "2024-10-05", Duration.ofHours(7)),
        Arguments.of(SYDNEY, "2024-04-06", Duration.ofHours(9)),
        Arguments.of(LORD_HOWE, "2024-10-05", Duration.ofMinutes(7 * 60 + 30)),
        Arguments.of(LORD_HOWE, "2024-04-06", Duration.ofMinutes(8 * 60 + 30)));
  }

  @ParameterizedTest
  @MethodSource("overnightShiftsAcrossDst")
  void overnightShift_holdsRealElapsedTimeAcrossDstChange(ZoneId zone, String saturday, Duration expected) {
    BusinessCalendar cal = nightly(zone);
    LocalDate day = LocalDate.parse(saturday);
    Instant start = day.atTime(22, 0).atZone(zone).toInstant();
    Instant end = day.plusDays(1).atTime(6, 0).atZone(zone).toInstant();
    assertEquals(expected, cal.between(start, end));
    assertEquals(Optional.of(end), cal.nextClose(start));
    assertEquals(end, cal.plus(start, expected));
  }

  @Test
  void open_startInDstGapMovesForwardByGap() {
    // Berlin 2024-03-31: 02:00-03:00 does not exist
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN).open(SUNDAY, LocalTime.of(2, 30), LocalTime.of(5, 0)).build();
    assertEquals(Optional.of(Instant.parse("2024-03-31T01:30:00Z")), cal.nextOpen(Instant.parse("2024-03-31T00:00:00Z")));
    assertEquals(Duration.ofMinutes(90), cal.between(at(BERLIN, "2024-03-31T00:00"), at(BERLIN, "2024-04-01T00:00")));
  }

  @Test
  void open_intervalEmptyAfterGapMappingIsDropped() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN).open(SUNDAY, LocalTime.of(2, 30), LocalTime.of(3, 15)).build();
    assertEquals(Duration.ZERO, cal.between(at(BERLIN, "2024-03-31T00:00"), at(BERLIN, "2024-04-01T00:00")));
    assertFalse(cal.isWorkingDay(LocalDate.of(2024, 3, 31)));
    assertEquals(Duration.ofMinutes(45), cal.between(at(BERLIN, "2024-04-07T00:00"), at(BERLIN, "2024-04-08T00:00")));
  }

  @Test
  void open_startInDstOverlapTakesEarlierOffset() {
    // Berlin 2024-10-27: 02:00-03:00 happens twice (+02:00, then +01:00)
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN).open(SUNDAY, LocalTime.of(2, 30), LocalTime.of(4, 0)).build();
    assertEquals(
        Optional.of(Instant.parse("2024-10-27T00:30:00Z")), cal.nextOpen(Instant.parse("2024-10-26T12:00:00Z")));
    assertEquals(Duration.ofMinutes(150), cal.between(at(BERLIN, "2024-10-27T00:00"), at(BERLIN, "2024-10-28T00:00")));
  }

  @Test
  void apia_skippedDayFollowsTheGapRule() {
    // Samoa skipped 2011-12-30 (a Friday): local times of that date lie in a 24 h gap and move
    // forward by it (rule 5), so Friday's 09:00-17:00 falls on Saturday's clock, while a full-day
    // interval 00:00-24:00 becomes empty and is dropped.
    BusinessCalendar cal = officeHours(APIA);
    LocalDate thursday = LocalDate.of(2011, 12, 29);
    LocalDate skippedFriday = LocalDate.of(2011, 12, 30);
    assertTrue(cal.isOpen(at(APIA, "2011-12-31T10:00")));
    assertEquals(
        Duration.ofHours(16),
        cal.between(at(APIA, "2011-12-29T09:00"), at(APIA, "2012-01-02T09:00")));
    assertEquals(LocalDate.of(2012, 1, 2), cal.plusWorkingDays(thursday, 2));
    BusinessCalendar always = BusinessCalendar.alwaysOpen(APIA);
    assertFalse(always.isWorkingDay(skippedFriday));
    assertTrue(always.isWorkingDay(thursday));
    assertEquals(LocalDate.of(2011, 12, 31), always.plusWorkingDays(thursday, 1));
    assertEquals(Duration.ofHours(48), always.between(at(APIA, "2011-12-29T00:00"), at(APIA, "2012-01-01T00:00")));
  }

  // ---- rule 6 and 7: between, plus, minus --------------------------------------------------------

  @Test
  void plus_zeroReturnsStartEvenWhenClosed() {
    Instant saturday = at(BERLIN, "2024-11-23T12:00");
    assertEquals(saturday, officeHours(BERLIN).plus(saturday, Duration.ZERO));
    assertEquals(saturday, officeHours(BERLIN).minus(saturday, Duration.ZERO));
  }

  @Test
  void plus_fromClosedTimeStartsAtNextOpening() {
    assertEquals(at(BERLIN, "2024-11-25T09:00:00.000000001"),
        officeHours(BERLIN).plus(at(BERLIN, "2024-11-23T12:00"), Duration.ofNanos(1)));
  }

  @Test
  void minus_endsOnOpeningInstantWhenItUsesTheWholeDay() {
    assertEquals(at(BERLIN, "2024-11-25T09:00"),
        officeHours(BERLIN).minus(at(BERLIN, "2024-11-25T17:00"), Duration.ofHours(8)));
    assertEquals(at(BERLIN, "2024-11-22T16:59:59.999999999"),
        officeHours(BERLIN).minus(at(BERLIN, "2024-11-25T09:00"), Duration.ofNanos(1)));
  }

  @Test
  void plusAndMinus_rejectNegativeDurations() {
    BusinessCalendar cal = officeHours(BERLIN);
    Instant t = at(BERLIN, "2024-11-25T09:00");
    assertEquals("Business time must not be negative: PT-1H",
        assertThrows(IllegalArgumentException.class, () -> cal.plus(t, Duration.ofHours(-1))).getMessage());
    assertEquals("Business time must not be negative: PT-0.000000001S",
        assertThrows(IllegalArgumentException.class, () -> cal.minus(t, Duration.ofNanos(-1))).getMessage());
  }

  @Test
  void arithmetic_isExactToTheNanosecond() {
    BusinessCalendar cal = officeHours(BERLIN);
    Instant almostClose = at(BERLIN, "2024-11-22T16:59:59.999999999");
    assertEquals(at(BERLIN, "2024-11-25T09:00:00.000000001"), cal.plus(almostClose, Duration.ofNanos(2)));
    assertEquals(Duration.ofNanos(2), cal.between(almostClose, at(BERLIN, "2024-11-25T09:00:00.000000001")));
    assertEquals(Duration.ofNanos(1), cal.between(almostClose, at(BERLIN, "2024-11-23T00:00:00.5")));
    assertEquals(Duration.ofNanos(-2), cal.between(at(BERLIN, "2024-11-25T09:00:00.000000001"), almostClose));
  }

  @Test
  void between_centuryLongSpans() {
    BusinessCalendar utc = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    Instant from = Instant.parse("1900-01-01T00:00:00Z");
    Instant to = Instant.parse("2399-12-31T23:59:59.999999999Z");
    assertEquals(Duration.between(from, to), utc.between(from, to));
    assertEquals(to, utc.plus(from, Duration.between(from, to)));
    assertEquals(from, utc.minus(to, Duration.between(from, to)));

    BusinessCalendar cal = officeHours(BERLIN);
    LocalDate first = LocalDate.of(1950, 1, 1);
    LocalDate last = LocalDate.of(2150, 1, 1);
    long weekdays = first.datesUntil(last).filter(d -> d.getDayOfWeek().getValue() <= 5).count();
    Duration expected = Duration.ofHours(8 * weekdays);
    Instant start = first.atStartOfDay(BERLIN).toInstant();
    Instant end = last.atStartOfDay(BERLIN).toInstant();
    assertEquals(expected, cal.between(start, end));
    assertEquals(last.minusDays(last.getDayOfWeek() == MONDAY ? 3 : 1).atTime(17, 0).atZone(BERLIN).toInstant(),
        cal.plus(start, expected));
  }

  // ---- rule 8: next / previous -------------------------------------------------------------------

  @Test
  void nextOpen_isTheInstantItselfWhenOpen() {
    Instant t = at(BERLIN, "2024-11-25T10:00:00.5");
    assertEquals(Optional.of(t), officeHours(BERLIN).nextOpen(t));
  }

  @Test
  void nextClose_whenClosedIsEndOfNextStretch() {
    assertEquals(Optional.of(at(BERLIN, "2024-11-25T17:00")), officeHours(BERLIN).nextClose(at(BERLIN, "2024-11-23T10:00")));
    assertEquals(Optional.of(at(BERLIN, "2024-11-26T17:00")), officeHours(BERLIN).nextClose(at(BERLIN, "2024-11-25T17:00")));
  }

  @Test
  void previousOpenAndClose() {
    BusinessCalendar cal = officeHours(BERLIN);
    assertEquals(Optional.of(at(BERLIN, "2024-11-25T09:00")), cal.previousOpen(at(BERLIN, "2024-11-25T10:00")));
    assertEquals(Optional.of(at(BERLIN, "2024-11-22T09:00")), cal.previousOpen(at(BERLIN, "2024-11-23T10:00")));
    assertEquals(Optional.of(at(BERLIN, "2024-11-22T17:00")), cal.previousClose(at(BERLIN, "2024-11-25T10:00")));
    assertEquals(Optional.of(at(BERLIN, "2024-11-22T17:00")), cal.previousClose(at(BERLIN, "2024-11-22T17:00")));
    assertEquals(Optional.of(at(BERLIN, "2024-11-21T17:00")), cal.previousClose(at(BERLIN, "2024-11-22T16:59")));
  }

  @Test
  void nextAndPrevious_emptyWhenThereIsNoSuchInstant() {
    BusinessCalendar never = BusinessCalendar.builder(BERLIN).build();
    BusinessCalendar always = BusinessCalendar.alwaysOpen(BERLIN);
    Instant t = Instant.parse("2024-11-25T10:00:00Z");
    assertEquals(Optional.empty(), never.nextOpen(t));
    assertEquals(Optional.empty(), never.nextClose(t));
    assertEquals(Optional.empty(), never.previousOpen(t));
    assertEquals(Optional.empty(), never.previousClose(t));
    assertEquals(Optional.of(t), always.nextOpen(t));
    assertEquals(Optional.empty(), always.nextClose(t));
    assertEquals(Optional.empty(), always.previousOpen(t));
    assertEquals(Optional.empty(), always.previousClose(t));
  }

  @Test
  void nextClose_continuousStretchAcrossNewYear() {
    BusinessCalendar cal =
        BusinessCalendar.builder(ZoneOffset.UTC)
            .hoursOn(LocalDate.of(2024, 12, 31), LocalTime.of(20, 0), LocalTime.of(20, 0))
            .hoursOn(LocalDate.of(2025, 1, 1), LocalTime.of(20, 0), LocalTime.of(2, 0))
            .build();
    Instant inside = Instant.parse("2024-12-31T21:00:00Z");
    assertEquals(Optional.of(Instant.parse("2025-01-02T02:00:00Z")), cal.nextClose(inside));
    assertEquals(Optional.of(Instant.parse("2024-12-31T20:00:00Z")), cal.previousOpen(Instant.parse("2025-01-01T23:00:00Z")));
  }

  // ---- rule 9: openIntervals ---------------------------------------------------------------------

  @Test
  void openIntervals_clippedToRangeAndInOrder() {
    BusinessCalendar cal = officeHours(BERLIN);
    Interval range = Interval.of(at(BERLIN, "2024-11-22T12:00:00.25"), at(BERLIN, "2024-11-26T10:00"));
    assertEquals(
        List.of(
            Interval.of(at(BERLIN, "2024-11-22T12:00:00.25"), at(BERLIN, "2024-11-22T17:00")),
            Interval.of(at(BERLIN, "2024-11-25T09:00"), at(BERLIN, "2024-11-25T17:00")),
            Interval.of(at(BERLIN, "2024-11-26T09:00"), at(BERLIN, "2024-11-26T10:00"))),
        cal.openIntervals(range));
    assertEquals(List.of(), cal.openIntervals(Interval.of(at(BERLIN, "2024-11-23T00:00"), at(BERLIN, "2024-11-24T00:00"))));
  }

  // ---- rule 10: algebra --------------------------------------------------------------------------

  @Test
  void unionAndIntersection_acrossZones() {
    BusinessCalendar berlin = officeHours(BERLIN);
    BusinessCalendar newYork = officeHours(NEW_YORK);
    Instant dayStart = Instant.parse("2024-11-25T00:00:00Z");
    Instant dayEnd = Instant.parse("2024-11-26T00:00:00Z");
    // Berlin 08:00-16:00Z, New York 14:00-22:00Z in winter
    assertEquals(Duration.ofHours(14), berlin.union(newYork).between(dayStart, dayEnd));
    assertEquals(Duration.ofHours(2), berlin.intersection(newYork).between(dayStart, dayEnd));
    assertEquals(
        List.of(Interval.of(Instant.parse("2024-11-25T08:00:00Z"), Instant.parse("2024-11-25T22:00:00Z"))),
        berlin.union(newYork).openIntervals(Interval.of(dayStart, dayEnd)));
    // 2024-03-20: New York already on summer time, Berlin not yet: 13:00-16:00Z overlap
    assertEquals(Duration.ofHours(3),
        berlin.intersection(newYork).between(Instant.parse("2024-03-20T00:00:00Z"), Instant.parse("2024-03-21T00:00:00Z")));
    assertEquals(BERLIN, berlin.union(newYork).zone());
    assertEquals(NEW_YORK, newYork.intersection(berlin).zone());
  }

  @Test
  void complement_isOpenExactlyWhenClosed() {
    BusinessCalendar prime = officeHours(BERLIN);
    BusinessCalendar nonPrime = prime.complement();
    Instant from = at(BERLIN, "2024-11-25T00:00");
    Instant to = at(BERLIN, "2024-12-02T00:00");
    assertEquals(Duration.ofHours(128), nonPrime.between(from, to));
    assertTrue(nonPrime.isOpen(at(BERLIN, "2024-11-25T17:00")));
    assertFalse(nonPrime.isOpen(at(BERLIN, "2024-11-25T09:00")));
    assertEquals(prime, nonPrime.complement());
    assertEquals(nonPrime, nonPrime.complement().complement());
    assertEquals(Optional.of(at(BERLIN, "2024-11-25T09:00")), nonPrime.nextClose(at(BERLIN, "2024-11-23T12:00")));
    assertEquals(Duration.ofHours(40), nonPrime.complement().between(from, to));
  }

  @Test
  void replacedFrom_switchesAtStartOfDateInReceiverZone() {
    BusinessCalendar old = officeHours(BERLIN);
    BusinessCalendar extended = BusinessCalendar.builder(BERLIN).open(WEEKDAYS, LocalTime.of(8, 0), LocalTime.of(20, 0)).build();
    BusinessCalendar versioned = old.replacedFrom(LocalDate.of(2025, 1, 1), extended);
    // Tue 31 Dec: 8 h; Wed 1 Jan 2025: 12 h
    assertEquals(Duration.ofHours(20), versioned.between(at(BERLIN, "2024-12-31T00:00"), at(BERLIN, "2025-01-02T00:00")));
    assertEquals(at(BERLIN, "2025-01-01T09:00"), versioned.plus(at(BERLIN, "2024-12-31T16:00"), Duration.ofHours(2)));
    assertEquals(old.replacedFrom(LocalDate.of(2025, 1, 1), extended), versioned);
    assertNotEquals(old.replacedFrom(LocalDate.of(2025, 1, 2), extended), versioned);
  }

  // ---- rule 11: range ---------------------------------------------------------------------------

  @Test
  void queries_rejectInstantsOutsideSupportedRange() {
    BusinessCalendar cal = officeHours(BERLIN);
    DateTimeException e =
        assertThrows(DateTimeException.class, () -> cal.isOpen(Instant.parse("1899-12-31T23:59:59Z")));
    assertEquals(
        "Instant t 1899-12-31T23:59:59Z is outside the supported range 1900-01-01T00:00:00Z to "
            + "2400-01-01T00:00:00Z of calendar Mon–Fri 09:00–17:00 Europe/Berlin",
        e.getMessage());
    assertThrows(DateTimeException.class, () -> cal.between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2400-01-01T00:00:01Z")));
  }

  @Test
  void plus_onCalendarThatNeverOpensThrowsInsteadOfLooping() {
    BusinessCalendar never = BusinessCalendar.builder(BERLIN).build();
    DateTimeException e =
        assertThrows(DateTimeException.class, () -> never.plus(Instant.parse("2024-01-01T00:00:00Z"), Duration.ofMinutes(1)));
    assertEquals(
        "Calendar no weekly hours Europe/Berlin has less than PT1M of open time between "
            + "2024-01-01T00:00:00Z and the end of the supported range 2400-01-01T00:00:00Z: plus has no result",
        e.getMessage());
    assertThrows(DateTimeException.class, () -> never.minus(Instant.parse("2024-01-01T00:00:00Z"), Duration.ofMinutes(1)));
    assertThrows(DateTimeException.class, () -> never.plusWorkingDays(LocalDate.of(2024, 1, 1), 0));
  }

  @Test
  void plus_onCalendarOpenOneDayInFourCenturies() {
    BusinessCalendar rare =
        BusinessCalendar.builder(BERLIN).hoursOn(LocalDate.of(2200, 6, 1), NINE, FIVE_PM).build();
    Instant now = Instant.parse("2024-01-01T00:00:00Z");
    assertEquals(at(BERLIN, "2200-06-01T10:00"), rare.plus(now, Duration.ofHours(1)));
    assertEquals(Optional.of(at(BERLIN, "2200-06-01T09:00")), rare.nextOpen(now));
    assertEquals(LocalDate.of(2200, 6, 1), rare.plusWorkingDays(LocalDate.of(2024, 1, 1), 0));
    assertThrows(DateTimeException.class, () -> rare.plus(now, Duration.ofHours(9)));
    assertThrows(DateTimeException.class, () -> rare.plusWorkingDays(LocalDate.of(2024, 1, 1), 1));
  }

  // ---- rule 13: working days --------------------------------------------------------------------

  static Stream<Arguments> workingDayMoves() {
    return Stream.of(
        Arguments.of("2024-11-22", 1, "2024-11-25"),
        Arguments.of("2024-11-23", 0, "2024-11-25"),
        Arguments.of("2024-11-23", 1, "2024-11-26"),
        Arguments.of("2024-11-25", 0, "2024-11-25"),
        Arguments.of("2024-12-24", 1, "2024-12-26"),
        Arguments.of("2024-12-20", 10, "2025-01-06"),
        Arguments.of("2024-01-01", 260, "2024-12-31"),
        Arguments.of("2024-01-01", 261, "2025-01-01"));
  }

  @ParameterizedTest
  @MethodSource("workingDayMoves")
  void plusWorkingDays_movesAcrossWeekendsHolidaysAndYears(String from, int days, String expected) {
    BusinessCalendar cal = BusinessCalendar.builder(BERLIN).open(WEEKDAYS, NINE, FIVE_PM).holiday(LocalDate.of(2024, 12, 25)).build();
    assertEquals(LocalDate.parse(expected), cal.plusWorkingDays(LocalDate.parse(from), days));
  }

  @Test
  void plusWorkingDays_rejectsNegativeDays() {
    assertEquals("Working days must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> officeHours(BERLIN).plusWorkingDays(LocalDate.of(2024, 1, 1), -1)).getMessage());
  }

  @Test
  void isWorkingDay_overnightShiftBelongsToItsStartDate() {
    BusinessCalendar cal = BusinessCalendar.builder(BERLIN).open(MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)).build();
    assertTrue(cal.isWorkingDay(LocalDate.of(2024, 11, 25)));
    assertFalse(cal.isWorkingDay(LocalDate.of(2024, 11, 26)));
    // derived calendars split stretches at local midnight: Tuesday morning counts there
    BusinessCalendar derived = cal.union(BusinessCalendar.builder(BERLIN).build());
    assertTrue(derived.isWorkingDay(LocalDate.of(2024, 11, 26)));
    assertFalse(derived.isWorkingDay(LocalDate.of(2024, 11, 27)));
  }

  @Test
  void isWorkingDay_closureThatRemovesTheWholeIntervalRemovesTheDay() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .open(WEEKDAYS, NINE, FIVE_PM)
            .closed(LocalDateTime.parse("2024-11-26T08:00"), LocalDateTime.parse("2024-11-27T10:00"))
            .build();
    assertFalse(cal.isWorkingDay(LocalDate.of(2024, 11, 26)));
    assertTrue(cal.isWorkingDay(LocalDate.of(2024, 11, 27)));
    assertEquals(LocalDate.of(2024, 11, 27), cal.plusWorkingDays(LocalDate.of(2024, 11, 25), 1));
  }

  @Test
  void complement_workingDaysAreDatesWithOpenTime() {
    BusinessCalendar nonPrime = officeHours(BERLIN).complement();
    assertTrue(nonPrime.isWorkingDay(LocalDate.of(2024, 11, 23)));
    assertTrue(nonPrime.isWorkingDay(LocalDate.of(2024, 11, 25)));
    assertEquals(LocalDate.of(2024, 11, 24), nonPrime.plusWorkingDays(LocalDate.of(2024, 11, 23), 1));
  }

  // ---- holidays ----------------------------------------------------------------------------------

  @Test
  void holidays_nextWorkingDayPlacesCompetingHolidaysInDateOrder() {
    BusinessCalendar uk =
        BusinessCalendar.builder(LONDON)
            .open(WEEKDAYS, NINE, FIVE_PM)
            .holiday(HolidayRule.annual(MonthDay.of(12, 25)).observed(ObservedShift.NEXT_WORKING_DAY).named("Christmas Day"))
            .holiday(HolidayRule.annual(MonthDay.of(12, 26)).observed(ObservedShift.NEXT_WORKING_DAY).named("Boxing Day"))
            .build();
    assertEquals("[2027-12-27 Christmas Day (from 2027-12-25), 2027-12-28 Boxing Day (from 2027-12-26)]",
        uk.holidays(Year.of(2027)).toString());
    // 2022: Christmas on Sunday, Boxing Day on Monday stays; Christmas moves to Tuesday
    assertEquals("[2022-12-26 Boxing Day, 2022-12-27 Christmas Day (from 2022-12-25)]",
        uk.holidays(Year.of(2022)).toString());
    assertFalse(uk.isWorkingDay(LocalDate.of(2022, 12, 27)));
    assertTrue(uk.isWorkingDay(LocalDate.of(2022, 12, 28)));
  }

  @Test
  void holidays_nextWorkingDaySkipsHolidaysOfTheNextYear() {
    // open Mondays only: Tuesday 1950-12-19 moves to the next Monday that is no holiday,
    // past Christmas (the last Monday of December) and New Year's Day 1951
    BusinessCalendar mondays =
        BusinessCalendar.builder(NEW_YORK)
            .open(MONDAY, NINE, FIVE_PM)
            .holiday(HolidayRule.nthWeekday(java.time.Month.DECEMBER, -1, MONDAY))
            .holiday(HolidayRule.fixed(LocalDate.of(1950, 12, 19)).observed(ObservedShift.NEXT_WORKING_DAY))
            .holiday(LocalDate.of(1951, 1, 1))
            .build();
    assertEquals(List.of(LocalDate.of(1951, 1, 1), LocalDate.of(1951, 1, 8), LocalDate.of(1951, 12, 31)),
        mondays.holidays(Year.of(1951)).stream().map(Holiday::date).collect(Collectors.toList()));
    assertEquals(Optional.of(at(NEW_YORK, "1951-01-15T09:00")), mondays.nextOpen(at(NEW_YORK, "1950-12-20T00:00")));
  }

  @Test
  void holidays_nearestWeekdayCanMoveIntoThePreviousYear() {
    BusinessCalendar us =
        BusinessCalendar.builder(NEW_YORK)
            .open(WEEKDAYS, NINE, FIVE_PM)
            .holiday(HolidayRule.annual(MonthDay.of(1, 1)).observed(ObservedShift.NEAREST_WEEKDAY).named("New Year's Day"))
            .holiday(HolidayRule.annual(MonthDay.of(7, 4)).observed(ObservedShift.NEAREST_WEEKDAY).named("Independence Day"))
            .holiday(HolidayRule.nthWeekday(java.time.Month.NOVEMBER, 4, java.time.DayOfWeek.THURSDAY).named("Thanksgiving"))
            .build();
    assertEquals(
        "[2021-01-01 New Year's Day, 2021-07-05 Independence Day (from 2021-07-04), 2021-11-25 Thanksgiving, "
            + "2021-12-31 New Year's Day (from 2022-01-01)]",
        us.holidays(Year.of(2021)).toString());
    assertFalse(us.isWorkingDay(LocalDate.of(2021, 12, 31)));
  }

  @Test
  void holidays_nextMondayAndEaster() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .open(WEEKDAYS, NINE, FIVE_PM)
            .holiday(HolidayRule.annual(MonthDay.of(5, 1)).observed(ObservedShift.NEXT_MONDAY))
            .holiday(HolidayRule.easter(-2).named("Good Friday"))
            .holiday(HolidayRule.easter(1).named("Easter Monday"))
            .holiday(LocalDate.of(2027, 10, 4), "Company day")
            .build();
    assertEquals(
        List.of(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 10, 4)),
        cal.holidays(Year.of(2027)).stream().map(Holiday::date).collect(Collectors.toList()));
    assertEquals("Company day", cal.holidays(Year.of(2027)).get(3).name());
  }

  // ---- identity ----------------------------------------------------------------------------------

  @Test
  void equals_sameDefinitionInAnyOrder() {
    BusinessCalendar a =
        BusinessCalendar.builder(BERLIN).open(WEEKDAYS, NINE, FIVE_PM).holiday(LocalDate.of(2024, 12, 25)).holiday(HolidayRule.easter(1)).build();
    BusinessCalendar b =
        BusinessCalendar.builder(BERLIN).holiday(HolidayRule.easter(1)).holiday(LocalDate.of(2024, 12, 25)).open(WEEKDAYS, NINE, FIVE_PM).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, officeHours(BERLIN));
    assertNotEquals(officeHours(BERLIN), officeHours(LONDON));
    assertEquals(a.union(officeHours(LONDON)), b.union(officeHours(LONDON)));
    assertNotEquals(a.union(officeHours(LONDON)), a.intersection(officeHours(LONDON)));
    assertEquals(BusinessCalendar.alwaysOpen(BERLIN),
        BusinessCalendar.builder(BERLIN).open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).build());
  }

  @Test
  void builder_buildTwiceGivesEqualIndependentCalendars() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(BERLIN).open(WEEKDAYS, NINE, FIVE_PM);
    BusinessCalendar first = b.build();
    BusinessCalendar second = b.build();
    assertEquals(first, second);
    b.open(SATURDAY, NINE, FIVE_PM);
    assertNotEquals(first, b.build());
    assertFalse(first.isOpen(at(BERLIN, "2024-11-23T10:00")));
  }

  @Test
  void toString_readsLikeTheDefinition() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .open(WEEKDAYS, NINE, FIVE_PM)
            .open(SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))
            .holiday(HolidayRule.easter(1))
            .holiday(LocalDate.of(2024, 12, 25))
            .build();
    assertEquals("Mon–Fri 09:00–17:00; Sat 10:00–14:00 Europe/Berlin, 2 holiday rules", cal.toString());
    assertEquals("24x7 UTC", BusinessCalendar.alwaysOpen(ZoneId.of("UTC")).toString());
    assertEquals("Mon 22:00–06:00 Europe/Berlin",
        BusinessCalendar.builder(BERLIN).open(MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)).build().toString());
    assertEquals("not (24x7 UTC)", BusinessCalendar.alwaysOpen(ZoneId.of("UTC")).complement().toString());
  }

  // ---- concurrency -----------------------------------------------------------------------------

  @Test
  void concurrentFirstQueriesAgreeWithSequentialOnes() {
    BusinessCalendar shared = officeHours(BERLIN).union(nightly(LONDON));
    BusinessCalendar fresh = officeHours(BERLIN).union(nightly(LONDON));
    Instant base = Instant.parse("1950-01-01T00:00:00Z");
    List<Duration> parallel =
        IntStream.range(0, 400).parallel()
            .mapToObj(i -> shared.between(base, base.plus(Duration.ofDays(365L * (i % 300) + i))))
            .collect(Collectors.toList());
    List<Duration> sequential =
        IntStream.range(0, 400)
            .mapToObj(i -> fresh.between(base, base.plus(Duration.ofDays(365L * (i % 300) + i))))
            .collect(Collectors.toList());
    assertEquals(sequential, parallel);
  }
}
