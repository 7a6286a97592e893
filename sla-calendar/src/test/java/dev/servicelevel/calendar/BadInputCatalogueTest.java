package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.Interval;

/**
 * Every public entry point of the calendar given bad input: the exact exception type and the
 * words its message must contain (the offending value and the rule).
 */
class BadInputCatalogueTest {

  static final BusinessCalendar C =
      BusinessCalendar.builder(ZoneOffset.UTC)
          .open(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
          .build();
  static final Instant T = Instant.parse("2024-03-04T10:00:00Z");
  static final LocalDate D = LocalDate.of(2024, 3, 4);
  static final LocalTime NINE = LocalTime.of(9, 0);

  static BusinessCalendar.Builder b() {
    return BusinessCalendar.builder(ZoneOffset.UTC);
  }

  static Arguments bad(String input, Executable call, Class<? extends Throwable> type, String... words) {
    return Arguments.of(input, call, type, List.of(words));
  }

  static Stream<Arguments> catalogue() {
    Duration huge = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
    return Stream.of(
        // nulls: the message is the parameter's name
        bad("builder(null)", () -> BusinessCalendar.builder(null), NullPointerException.class, "zone"),
        bad("alwaysOpen(null)", () -> BusinessCalendar.alwaysOpen(null), NullPointerException.class, "zone"),
        bad("open(null day)", () -> b().open((DayOfWeek) null, NINE, NINE), NullPointerException.class, "day"),
        bad("open(null days)", () -> b().open((java.util.Set<DayOfWeek>) null, NINE, NINE), NullPointerException.class, "days"),
        bad("open(null start)", () -> b().open(DayOfWeek.MONDAY, null, NINE), NullPointerException.class, "start"),
        bad("open(null end)", () -> b().open(DayOfWeek.MONDAY, NINE, null), NullPointerException.class, "end"),
        bad("holiday(null date)", () -> b().holiday((LocalDate) null), NullPointerException.class, "date"),
        bad("holiday(null rule)", () -> b().holiday((HolidayRule) null), NullPointerException.class, "rule"),
        bad("holiday(date, null name)", () -> b().holiday(D, null), NullPointerException.class, "name"),
        bad("hoursOn(null)", () -> b().hoursOn(null, NINE, NINE), NullPointerException.class, "date"),
        bad("closed(null, t)", () -> b().closed(null, D.atTime(NINE)), NullPointerException.class, "start"),
        bad("closed(t, null)", () -> b().closed(D.atTime(NINE), null), NullPointerException.class, "end"),
        bad("isOpen(null)", () -> C.isOpen(null), NullPointerException.class, "t"),
        bad("plus(null, d)", () -> C.plus(null, Duration.ZERO), NullPointerException.class, "start"),
        bad("plus(t, null)", () -> C.plus(T, null), NullPointerException.class, "businessTime"),
        bad("minus(null, d)", () -> C.minus(null, Duration.ZERO), NullPointerException.class, "end"),
        bad("between(null, t)", () -> C.between(null, T), NullPointerException.class, "from"),
        bad("between(t, null)", () -> C.between(T, null), NullPointerException.class, "to"),
        bad("openIntervals(null)", () -> C.openIntervals(null), NullPointerException.class, "range"),
        bad("union(null)", () -> C.union(null), NullPointerException.class, "other"),
        bad("intersection(null)", () -> C.intersection(null), NullPointerException.class, "other"),
        bad("replacedFrom(null, c)", () -> C.replacedFrom(null, C), NullPointerException.class, "date"),
        bad("replacedFrom(d, null)", () -> C.replacedFrom(D, null), NullPointerException.class, "successor"),
        bad("isWorkingDay(null)", () -> C.isWorkingDay(null), NullPointerException.class, "date"),
        bad("plusWorkingDays(null, 1)", () -> C.plusWorkingDays(null, 1), NullPointerException.class, "date"),
        bad("holidays(null)", () -> C.holidays(null), NullPointerException.class, "year"),
        bad("fixed(null)", () -> HolidayRule.fixed(null), NullPointerException.class, "date"),
        bad("annual(null)", () -> HolidayRule.annual(null), NullPointerException.class, "day"),
        bad("nthWeekday(null month)", () -> HolidayRule.nthWeekday(null, 1, DayOfWeek.MONDAY), NullPointerException.class, "month"),
        bad("nthWeekday(null day)", () -> HolidayRule.nthWeekday(Month.MAY, 1, null), NullPointerException.class, "day"),
        bad("observed(null)", () -> HolidayRule.easter(0).observed(null), NullPointerException.class, "shift"),
        bad("named(null)", () -> HolidayRule.easter(0).named(null), NullPointerException.class, "name"),
        bad("appliesTo(null)", () -> HolidayRule.easter(0).appliesTo(null), NullPointerException.class, "date"),
        // empties and sub-second times
        bad("open(empty days)", () -> b().open(EnumSet.noneOf(DayOfWeek.class), NINE, NINE), IllegalArgumentException.class, "Days must not be empty", "[]"),
        bad("open(09:00:00.5)", () -> b().open(DayOfWeek.MONDAY, LocalTime.of(9, 0, 0, 500_000_000), NINE), IllegalArgumentException.class, "whole seconds", "09:00:00.500"),
        bad("closed(end = start)", () -> b().closed(D.atTime(NINE), D.atTime(NINE)), IllegalArgumentException.class, "Closure end must be after start", "2024-03-04T09:00"),
        bad("named(blank)", () -> HolidayRule.easter(0).named(" \t"), IllegalArgumentException.class, "must not be blank", "\\u0009"),
        bad("named(10 MB)", () -> HolidayRule.easter(0).named("x".repeat(10_000_000)), IllegalArgumentException.class, "at most 200 characters", "(10000000 characters)"),
        // out of range values
        bad("easter(MIN_VALUE)", () -> HolidayRule.easter(Integer.MIN_VALUE), IllegalArgumentException.class, "within -300 and 300", "-2147483648"),
        bad("easter(301)", () -> HolidayRule.easter(301), IllegalArgumentException.class, "within -300 and 300", "301"),
        bad("nthWeekday(n = 0)", () -> HolidayRule.nthWeekday(Month.MAY, 0, DayOfWeek.MONDAY), IllegalArgumentException.class, "n must be 1 to 5", "0"),
        bad("nthWeekday(n = MIN)", () -> HolidayRule.nthWeekday(Month.MAY, Integer.MIN_VALUE, DayOfWeek.MONDAY), IllegalArgumentException.class, "n must be 1 to 5", "-2147483648"),
        bad("fixed(LocalDate.MAX)", () -> HolidayRule.fixed(LocalDate.MAX), IllegalArgumentException.class, "years 1890 to 2410", "+999999999-12-31"),
        bad("fixed(1889-12-31)", () -> HolidayRule.fixed(LocalDate.of(1889, 12, 31)), IllegalArgumentException.class, "years 1890 to 2410", "1889-12-31"),
        bad("naturalDate(MIN_VALUE)", () -> HolidayRule.easter(0).naturalDate(Integer.MIN_VALUE), IllegalArgumentException.class, "within 1890 and 2410", "-2147483648"),
        bad("naturalDate(MAX_VALUE)", () -> HolidayRule.nthWeekday(Month.MAY, 1, DayOfWeek.MONDAY).naturalDate(Integer.MAX_VALUE), IllegalArgumentException.class, "within 1890 and 2410", "2147483647"),
        bad("appliesTo(LocalDate.MIN)", () -> HolidayRule.easter(0).appliesTo(LocalDate.MIN), IllegalArgumentException.class, "years 1890 to 2410", "-999999999-01-01"),
        bad("holiday(2411-01-01)", () -> b().holiday(LocalDate.of(2411, 1, 1)), IllegalArgumentException.class, "years 1890 to 2410", "2411-01-01"),
        bad("hoursOn(LocalDate.MAX)", () -> b().hoursOn(LocalDate.MAX, NINE, NINE), IllegalArgumentException.class, "Date of dated hours", "years 1890 to 2410"),
        bad("closed(LocalDateTime.MIN, t)", () -> b().closed(LocalDateTime.MIN, D.atTime(NINE)), IllegalArgumentException.class, "Closure start", "years 1890 to 2410"),
        bad("closed(t, LocalDateTime.MAX)", () -> b().closed(D.atTime(NINE), LocalDateTime.MAX.withNano(0)), IllegalArgumentException.class, "Closure end", "years 1890 to 2410"),
        // instants outside 1900..2400
        bad("isOpen(Instant.MAX)", () -> C.isOpen(Instant.MAX), DateTimeException.class, "outside the supported range", "1000000000-12-31T23:59:59.999999999Z"),
        bad("isOpen(Instant.MIN)", () -> C.isOpen(Instant.MIN), DateTimeException.class, "outside the supported range", "-1000000000-01-01T00:00:00Z"),
        bad("isOpen(1899-12-31T23:59:59Z)", () -> C.isOpen(Instant.parse("1899-12-31T23:59:59Z")), DateTimeException.class, "Instant t", "1899-12-31T23:59:59Z"),
        bad("between(MIN, MAX)", () -> C.between(Instant.MIN, Instant.MAX), DateTimeException.class, "Instant from", "outside the supported range"),
        bad("between(t, MAX)", () -> C.between(T, Instant.MAX), DateTimeException.class, "Instant to", "outside the supported range"),
        bad("plus(MAX, 1h)", () -> C.plus(Instant.MAX, Duration.ofHours(1)), DateTimeException.class, "Instant start", "outside the supported range"),
        bad("minus(MIN, 1h)", () -> C.minus(Instant.MIN, Duration.ofHours(1)), DateTimeException.class, "Instant end", "outside the supported range"),
        bad("nextOpen(2400-01-01T00:00:00.000000001Z)", () -> C.nextOpen(Instant.parse("2400-01-01T00:00:00.000000001Z")), DateTimeException.class, "outside the supported range"),
        bad("openIntervals(to MAX)", () -> C.openIntervals(Interval.of(T, Instant.MAX)), DateTimeException.class, "Instant range end", "outside the supported range"),
        // huge durations and counts
        bad("plus(t, Long.MAX seconds)", () -> C.plus(T, huge), DateTimeException.class, "has less than", "plus has no result"),
        bad("minus(t, Long.MAX seconds)", () -> C.minus(T, huge), DateTimeException.class, "has less than", "PT2562047788015215H30M7.999999999S"),
        bad("plus(t, -1ns)", () -> C.plus(T, Duration.ofNanos(-1)), IllegalArgumentException.class, "must not be negative", "PT-0.000000001S"),
        bad("minus(t, Long.MIN seconds)", () -> C.minus(T, Duration.ofSeconds(Long.MIN_VALUE)), IllegalArgumentException.class, "must not be negative"),
        bad("plus(t, 501 years)", () -> C.plus(BusinessCalendar.MIN_SUPPORTED, Duration.ofDays(366L * 501)), DateTimeException.class, "has less than", "plus has no result"),
        bad("plusWorkingDays(MAX_VALUE)", () -> C.plusWorkingDays(D, Integer.MAX_VALUE), DateTimeException.class, "fewer than 2147483647 working days", "2400"),
        bad("plusWorkingDays(MIN_VALUE)", () -> C.plusWorkingDays(D, Integer.MIN_VALUE), IllegalArgumentException.class, "must not be negative", "-2147483648"),
        bad("plusWorkingDays(200000)", () -> C.plusWorkingDays(D, 200_000), DateTimeException.class, "fewer than 200000 working days"),
        bad("isWorkingDay(LocalDate.MAX)", () -> C.isWorkingDay(LocalDate.MAX), DateTimeException.class, "outside the supported years 1900 to 2399", "+999999999-12-31"),
        bad("plusWorkingDays(1899-12-31, 1)", () -> C.plusWorkingDays(LocalDate.of(1899, 12, 31), 1), DateTimeException.class, "outside the supported years", "1899-12-31"),
        // user text echoed in messages is cut and escaped
        bad("named(blank with controls)", () -> HolidayRule.easter(0).named(" \u001C\t"), IllegalArgumentException.class, "\\u001C\\u0009"),
        bad("named(control 201 chars)", () -> HolidayRule.easter(0).named("\u0007" + "y".repeat(200)), IllegalArgumentException.class, "\\u0007yyy", "(201 characters)"),
        // deep algebra: any depth, no StackOverflowError
        bad("isOpen(MAX) on 100,000-deep union", () -> deepUnion().isOpen(Instant.MAX), DateTimeException.class, "outside the supported range", "…"),
        bad("annual(02-29).naturalDate(2411)", () -> HolidayRule.annual(MonthDay.of(2, 29)).naturalDate(2411), IllegalArgumentException.class, "within 1890 and 2410", "2411"));
  }

  static BusinessCalendar deepUnion() {
    BusinessCalendar c = C;
    for (int i = 0; i < 100_000; i++) {
      c = i % 2 == 0 ? c.union(C).complement() : c.intersection(C).complement();
    }
    return c;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void rejected(String input, Executable call, Class<? extends Throwable> type, List<String> words) {
    Throwable e = assertThrows(Throwable.class, call, input);
    assertEquals(type, e.getClass(), () -> input + ": " + e);
    String message = String.valueOf(e.getMessage());
    for (String w : words) {
      assertTrue(message.contains(w), () -> input + ": message lacks '" + w + "': " + message);
    }
    assertTrue(message.length() < 1500, () -> input + ": message of " + message.length() + " characters");
  }
}
