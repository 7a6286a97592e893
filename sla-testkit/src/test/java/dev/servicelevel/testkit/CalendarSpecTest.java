package dev.servicelevel.testkit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.HolidayRule;
import dev.servicelevel.calendar.ObservedShift;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CalendarSpecTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

  private static final CalendarSpec SPEC =
      CalendarSpec.of(BERLIN)
          .withOpen(EnumSet.of(FRIDAY, MONDAY), NINE, FIVE_PM)
          .withOpen(WEDNESDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
          .withHoliday(LocalDate.of(2024, 12, 25))
          .withHoliday(HolidayRule.annual(MonthDay.of(12, 26)).observed(ObservedShift.NEXT_WORKING_DAY))
          .withHoursOn(LocalDate.of(2024, 12, 24), NINE, LocalTime.NOON)
          .withClosed(LocalDateTime.parse("2024-11-26T12:00"), LocalDateTime.parse("2024-11-27T10:00"));

  // ---- withers and accessors -----------------------------------------------------------------

  @Test
  void withOpen_addsOneCallPerDayInDayOfWeekOrder() {
    assertEquals(
        List.of(
            new CalendarSpec.WeeklyHours(MONDAY, NINE, FIVE_PM),
            new CalendarSpec.WeeklyHours(FRIDAY, NINE, FIVE_PM),
            new CalendarSpec.WeeklyHours(WEDNESDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))),
        SPEC.weeklyHours());
  }

  @Test
  void withers_recordEveryKindOfCall() {
    assertEquals(List.of(LocalDate.of(2024, 12, 25)), SPEC.holidayDates());
    assertEquals(
        List.of(HolidayRule.annual(MonthDay.of(12, 26)).observed(ObservedShift.NEXT_WORKING_DAY)),
        SPEC.holidayRules());
    assertEquals(
        List.of(new CalendarSpec.DateHours(LocalDate.of(2024, 12, 24), NINE, LocalTime.NOON)),
        SPEC.hoursOn());
    assertEquals(
        List.of(new CalendarSpec.Closure(
            LocalDateTime.parse("2024-11-26T12:00"), LocalDateTime.parse("2024-11-27T10:00"))),
        SPEC.closures());
    assertEquals(BERLIN, SPEC.zone());
  }

  @Test
  void withZone_keepsLocalDefinitions() {
    CalendarSpec london = SPEC.withZone(ZoneId.of("Europe/London"));
    assertEquals(ZoneId.of("Europe/London"), london.zone());
    assertEquals(SPEC.weeklyHours(), london.weeklyHours());
    assertEquals(SPEC.closures(), london.closures());
  }

  @Test
  void lists_areUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> SPEC.weeklyHours().clear());
    assertThrows(UnsupportedOperationException.class, () -> SPEC.holidayDates().clear());
    assertThrows(UnsupportedOperationException.class, () -> SPEC.closures().clear());
  }

  @Test
  void toString_listsTheBuilderCalls() {
    assertEquals(
        "builder(Europe/Berlin)\n"
            + "  .open(MONDAY, 09:00, 17:00)\n"
            + "  .open(FRIDAY, 09:00, 17:00)\n"
            + "  .open(WEDNESDAY, 22:00, 06:00)\n"
            + "  .holiday(2024-12-25)\n"
            + "  .holiday(rule --12-26 (observed NEXT_WORKING_DAY))\n"
            + "  .hoursOn(2024-12-24, 09:00, 12:00)\n"
            + "  .closed(2024-11-26T12:00, 2024-11-27T10:00)",
        SPEC.toString());
  }

  // ---- equality -------------------------------------------------------------------------------

  @Test
  void equals_comparesCallsInOrder() {
    CalendarSpec same =
        CalendarSpec.of(
            BERLIN, SPEC.weeklyHours(), SPEC.holidayDates(), SPEC.holidayRules(), SPEC.hoursOn(),
            SPEC.closures());
    assertEquals(SPEC, same);
    assertEquals(SPEC.hashCode(), same.hashCode());
    CalendarSpec reordered =
        CalendarSpec.of(BERLIN)
            .withOpen(FRIDAY, NINE, FIVE_PM)
            .withOpen(MONDAY, NINE, FIVE_PM);
    CalendarSpec ordered =
        CalendarSpec.of(BERLIN)
            .withOpen(MONDAY, NINE, FIVE_PM)
            .withOpen(FRIDAY, NINE, FIVE_PM);
    assertNotEquals(ordered, reordered);
    assertNotEquals(SPEC, SPEC.withZone(ZoneId.of("UTC")));
    assertNotEquals(SPEC, SPEC.withHoliday(LocalDate.of(2024, 12, 31)));
    assertNotEquals(SPEC, null);
  }

  // ---- bad input ------------------------------------------------------------------------------

  static Stream<Arguments> nullArguments() {
    return Stream.of(
        Arguments.of("zone", (Executable) () -> CalendarSpec.of(null)),
        Arguments.of("zone", (Executable) () -> SPEC.withZone(null)),
        Arguments.of("date", (Executable) () -> SPEC.withHoliday((LocalDate) null)),
        Arguments.of("rule", (Executable) () -> SPEC.withHoliday((HolidayRule) null)),
        Arguments.of("day", (Executable) () -> SPEC.withOpen((java.time.DayOfWeek) null, NINE, FIVE_PM)),
        Arguments.of("days", (Executable) () -> SPEC.withOpen((java.util.Set<java.time.DayOfWeek>) null, NINE, FIVE_PM)),
        Arguments.of("end", (Executable) () -> SPEC.withHoursOn(LocalDate.of(2024, 1, 1), NINE, null)),
        Arguments.of("start", (Executable) () -> SPEC.withClosed(null, LocalDateTime.parse("2024-11-26T12:00"))),
        Arguments.of("closures", (Executable) () -> CalendarSpec.of(BERLIN, List.of(), List.of(), List.of(), List.of(), null)));
  }

  @ParameterizedTest
  @MethodSource("nullArguments")
  void nulls_areRejectedNamingTheParameter(String parameter, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertEquals(parameter, e.getMessage());
  }

  // ---- building -------------------------------------------------------------------------------

  @Test
  void build_passesEveryCallToTheBuilder() {
    BusinessCalendar expected =
        BusinessCalendar.builder(BERLIN)
            .open(EnumSet.of(MONDAY, FRIDAY), NINE, FIVE_PM)
            .open(WEDNESDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
            .holiday(LocalDate.of(2024, 12, 25))
            .holiday(HolidayRule.annual(MonthDay.of(12, 26)).observed(ObservedShift.NEXT_WORKING_DAY))
            .hoursOn(LocalDate.of(2024, 12, 24), NINE, LocalTime.NOON)
            .closed(LocalDateTime.parse("2024-11-26T12:00"), LocalDateTime.parse("2024-11-27T10:00"))
            .build();
    assertEquals(expected, SPEC.build());
  }

  @Test
  void build_appliesTheBuildersValidation() {
    CalendarSpec bad =
        CalendarSpec.of(BERLIN)
            .withClosed(LocalDateTime.parse("2024-11-27T10:00"), LocalDateTime.parse("2024-11-26T12:00"));
    assertThrows(IllegalArgumentException.class, bad::build);
  }
}
