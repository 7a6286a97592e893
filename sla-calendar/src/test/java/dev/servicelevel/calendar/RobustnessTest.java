package dev.servicelevel.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** Example tests for issue 12 (robustness) in the calendar. */
class RobustnessTest {

  static final ZoneId UTC = ZoneOffset.UTC;
  static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);
  static final Instant T = Instant.parse("2024-03-04T10:00:00Z");

  static BusinessCalendar hours(int from, int to) {
    return BusinessCalendar.builder(UTC)
        .open(WEEKDAYS, LocalTime.of(from, 0), LocalTime.of(to, 0))
        .build();
  }

  static BusinessCalendar never() {
    return BusinessCalendar.builder(UTC).build();
  }

  /** Every query once, so a StackOverflowError anywhere fails the test. */
  static void queryAll(BusinessCalendar c) {
    c.isOpen(T);
    c.plus(T, Duration.ofHours(30));
    c.minus(T, Duration.ofHours(1));
    c.between(T, T.plus(Duration.ofDays(10)));
    c.nextOpen(T);
    c.nextClose(T);
    c.previousOpen(T);
    c.previousClose(T);
    c.openIntervals(Interval.of(T, T.plus(Duration.ofDays(3))));
    c.isWorkingDay(LocalDate.of(2024, 3, 4));
    c.plusWorkingDays(LocalDate.of(2024, 3, 4), 3);
    c.holidays(Year.of(2024));
    c.hashCode();
    c.equals(c.complement());
    assertTrue(c.toString().length() <= AlgebraDefinition.DESCRIPTION_BUDGET + 200);
  }

  @Test
  void unionChain100000DeepIsOneUnion() {
    BusinessCalendar c = hours(9, 10);
    for (int i = 0; i < 100_000; i++) {
      c = c.union(hours(9 + i % 8, 10 + i % 8));
    }
    queryAll(c);
    assertTrue(c.isOpen(Instant.parse("2024-03-04T16:30:00Z")));
    assertFalse(c.isOpen(Instant.parse("2024-03-04T17:30:00Z")));
    assertEquals(Duration.ofHours(8), c.between(T.minus(Duration.ofHours(1)), T.plus(Duration.ofHours(9))));
  }

  @Test
  void reduceOverTenThousandCalendars() {
    List<BusinessCalendar> all = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      all.add(
          BusinessCalendar.builder(UTC)
              .open(DayOfWeek.of(1 + i % 7), LocalTime.ofSecondOfDay(i * 8L), LocalTime.ofSecondOfDay(i * 8L + 4))
              .build());
    }
    BusinessCalendar union = all.stream().reduce(BusinessCalendar::union).orElseThrow();
    BusinessCalendar inter = all.stream().reduce(BusinessCalendar::intersection).orElseThrow();
    queryAll(union);
    // an empty intersection: each year stops at the first operands whose intersection is empty,
    // so plus scans the rest of the range without compiling the other operands
    assertFalse(inter.isOpen(T));
    assertTrue(inter.nextOpen(T).isEmpty());
    DateTimeException none =
        assertThrows(DateTimeException.class, () -> inter.plus(T, Duration.ofHours(1)));
    assertTrue(none.getMessage().contains("plus has no result"), none.getMessage());
    // Monday 2024-03-04: calendars i = 0, 7, 14, ... open [8i, 8i+4) seconds of the day
    Instant monday = Instant.parse("2024-03-04T00:00:00Z");
    assertEquals(Duration.ofSeconds(4L * 1429), union.between(monday, monday.plus(Duration.ofDays(1))));
    assertEquals(Duration.ZERO, inter.between(monday, monday.plus(Duration.ofDays(7))));
  }

  static final int DEEP = 1000;

  @Test
  void alternatingAlgebra10000Deep() {
    BusinessCalendar c = hours(9, 17);
    for (int i = 0; i < DEEP; i++) {
      c = (i % 2 == 0) ? c.union(hours(8, 9)).complement() : c.intersection(hours(7, 18)).complement();
    }
    queryAll(c);
    BusinessCalendar d = hours(9, 17);
    for (int i = 0; i < DEEP; i++) {
      d = (i % 2 == 0) ? d.union(hours(8, 9)).complement() : d.intersection(hours(7, 18)).complement();
    }
    assertEquals(c, d);
    assertEquals(c.hashCode(), d.hashCode());
    assertNotEquals(c, d.complement());
  }

  @Test
  void alternatingAlgebra100000DeepHasIdentity() {
    BusinessCalendar open = hours(8, 9);
    BusinessCalendar wide = hours(7, 18);
    BusinessCalendar c = hours(9, 17);
    BusinessCalendar d = hours(9, 17);
    for (int i = 0; i < 100_000; i++) {
      c = (i % 2 == 0) ? c.union(open).complement() : c.intersection(wide).complement();
      d = (i % 2 == 0) ? d.union(open).complement() : d.intersection(wide).complement();
    }
    assertEquals(c, d);
    assertEquals(c.hashCode(), d.hashCode());
    assertNotEquals(c, d.complement());
    assertTrue(c.toString().length() <= AlgebraDefinition.DESCRIPTION_BUDGET + 200, c.toString());
    assertTrue(c.toString().startsWith("not ((not ((not ("), c.toString());
  }

  @Test
  void complementChainsCollapse() {
    BusinessCalendar base = hours(9, 17);
    BusinessCalendar c = base;
    for (int i = 0; i < 100_000; i++) {
      c = c.complement();
    }
    assertSame(base, c);
  }

  @Test
  void thousandVersions() {
    BusinessCalendar c = hours(9, 10);
    LocalDate day = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 1000; i++) {
      c = c.replacedFrom(day.plusDays(i), hours(9 + (i + 1) % 8, 10 + (i + 1) % 8));
    }
    queryAll(c);
    // 2024-03-05 is day 64 of the year: version 64 applies, hours 9 + 65 % 8 = 10 to 11
    assertEquals(
        List.of(Interval.of(Instant.parse("2024-03-05T10:00:00Z"), Duration.ofHours(1))),
        c.openIntervals(
            Interval.of(Instant.parse("2024-03-05T00:00:00Z"), Duration.ofDays(1))));
    // before the first switch the first calendar applies
    assertTrue(c.isOpen(Instant.parse("2023-12-29T09:30:00Z")));
  }

  @Test
  void versionsReplacedEarlierDropLaterOnes() {
    BusinessCalendar c =
        hours(9, 10)
            .replacedFrom(LocalDate.of(2024, 6, 1), hours(11, 12))
            .replacedFrom(LocalDate.of(2024, 3, 1), hours(13, 14));
    assertTrue(c.isOpen(Instant.parse("2024-07-01T13:30:00Z")));
    assertFalse(c.isOpen(Instant.parse("2024-07-01T11:30:00Z")));
    assertTrue(c.isOpen(Instant.parse("2024-02-01T09:30:00Z")));
  }

  @Test
  void nearlyDuplicateHolidaysOnOneDateCompileFast() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(UTC).open(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0));
    for (int i = 0; i < 10_000; i++) {
      b.holiday(HolidayRule.annual(MonthDay.of(12, 24)).observed(ObservedShift.NEXT_WORKING_DAY).named("H" + i));
    }
    BusinessCalendar c = b.build();
    // 2022-12-24 is a Saturday: the first query compiles 2022, placing 10,000 holidays one per
    // working day from Monday 2022-12-26 on (13 s before the fix; no timing assert)
    assertFalse(c.isOpen(Instant.parse("2022-12-26T10:00:00Z")));
    assertFalse(c.isOpen(Instant.parse("2022-12-30T10:00:00Z")));
    assertTrue(c.isOpen(Instant.parse("2022-12-23T10:00:00Z")));
    List<Holiday> h2022 = c.holidays(Year.of(2022));
    assertEquals(h2022.stream().map(Holiday::date).distinct().count(), h2022.size());
    assertEquals(LocalDate.of(2022, 12, 26), h2022.get(h2022.size() - 5).date());
  }

  @Test
  void hugeDurationsAndCountsThrowOurExceptions() {
    BusinessCalendar c = hours(9, 17);
    Duration huge = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
    DateTimeException plus = assertThrows(DateTimeException.class, () -> c.plus(T, huge));
    assertTrue(plus.getMessage().contains("plus has no result"), plus.getMessage());
    DateTimeException minus = assertThrows(DateTimeException.class, () -> c.minus(T, huge));
    assertTrue(minus.getMessage().contains("has less than"), minus.getMessage());
    DateTimeException days =
        assertThrows(DateTimeException.class, () -> c.plusWorkingDays(LocalDate.of(2024, 1, 1), Integer.MAX_VALUE));
    assertTrue(days.getMessage().contains("fewer than 2147483647 working days"), days.getMessage());
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> c.plusWorkingDays(LocalDate.of(2024, 1, 1), Integer.MIN_VALUE));
    assertTrue(negative.getMessage().contains("-2147483648"));
    assertThrows(DateTimeException.class, () -> c.between(Instant.MIN, Instant.MAX));
    assertThrows(DateTimeException.class, () -> c.isOpen(Instant.MAX));
    // the whole supported range in one call: 500 years of business time, exact
    Duration all = c.between(BusinessCalendar.MIN_SUPPORTED, BusinessCalendar.MAX_SUPPORTED);
    assertEquals(all, c.plus(BusinessCalendar.MIN_SUPPORTED, all).equals(BusinessCalendar.MAX_SUPPORTED)
        ? all : c.between(BusinessCalendar.MIN_SUPPORTED, c.plus(BusinessCalendar.MIN_SUPPORTED, all)));
    assertEquals(BusinessCalendar.MIN_SUPPORTED.plus(Duration.ofHours(9)),
        c.minus(BusinessCalendar.MAX_SUPPORTED, all));
  }

  @Test
  void messagesCutAndEscapeUserText() {
    String name = " \u202E".repeat(5_000_000);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HolidayRule.easter(0).named(name));
    assertTrue(e.getMessage().length() < 600, () -> "length " + e.getMessage().length());
    assertTrue(e.getMessage().contains("\\u202E"));
    assertTrue(e.getMessage().contains("(10000000 characters)"));
    assertFalse(e.getMessage().contains("\u202E"));
  }

  @Test
  void descriptionOfWideAlgebraIsCut() {
    BusinessCalendar c = IntStream.range(0, 5000)
            .mapToObj(
                i ->
                    BusinessCalendar.builder(UTC)
                        .open(WEEKDAYS, LocalTime.ofSecondOfDay(i), LocalTime.of(23, 0))
                        .build()).reduce(BusinessCalendar::union).orElseThrow();
    String s = c.toString();
    assertTrue(s.length() < AlgebraDefinition.DESCRIPTION_BUDGET + 200, s);
    assertTrue(s.endsWith("… (5000 operands)"), s);
    DateTimeException e = assertThrows(DateTimeException.class, () -> c.isOpen(Instant.MAX));
    assertTrue(e.getMessage().length() < 400, e.getMessage());
  }
}
