package dev.servicelevel.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Rules at their edges: the bounds of every checked value (years, Easter offsets, name lengths,
 * sub-second times), descriptions word for word, holiday shifts on unusual weekends, the order
 * rules are given in, and character classes of escaped text.
 */
class CalendarRulesEdgeTest {

  private static final ZoneOffset UTC = ZoneOffset.UTC;
  private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

  private static void assertRejected(Executable call, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), () -> "'" + f + "' not in: " + e.getMessage());
    }
  }

  // ---- bounds of checked values ----------------------------------------------------------------

  @Test
  void easterOffset_boundsAreInclusive() {
    assertEquals(Optional.of(LocalDate.of(2024, 3, 31).plusDays(300)),
        HolidayRule.easter(300).naturalDate(2024));
    assertEquals(Optional.of(LocalDate.of(2024, 3, 31).minusDays(300)),
        HolidayRule.easter(-300).naturalDate(2024));
    assertRejected(() -> HolidayRule.easter(301), "within -300 and 300 days: 301");
    assertRejected(() -> HolidayRule.easter(-301), "within -300 and 300 days: -301");
  }

  @Test
  void holidayName_ofTheLargestLengthIsAccepted() {
    String longest = "n".repeat(HolidayRule.MAX_NAME_LENGTH);
    assertEquals(longest, HolidayRule.easter(1).named(longest).name());
    assertRejected(() -> HolidayRule.easter(1).named(longest + "n"),
        "at most 200 characters");
  }

  @Test
  void ruleYears_boundsAreInclusive() {
    assertEquals(Optional.of(LocalDate.of(1890, 1, 1)),
        HolidayRule.fixed(LocalDate.of(1890, 1, 1)).naturalDate(1890));
    assertEquals(Optional.of(LocalDate.of(2410, 12, 31)),
        HolidayRule.fixed(LocalDate.of(2410, 12, 31)).naturalDate(2410));
    assertRejected(() -> HolidayRule.fixed(LocalDate.of(1889, 12, 31)),
        "in the years 1890 to 2410: 1889-12-31");
    assertRejected(() -> HolidayRule.fixed(LocalDate.of(2411, 1, 1)),
        "in the years 1890 to 2410: 2411-01-01");
    HolidayRule christmas = HolidayRule.annual(MonthDay.of(12, 25));
    assertEquals(Optional.of(LocalDate.of(1890, 12, 25)), christmas.naturalDate(1890));
    assertEquals(Optional.of(LocalDate.of(2410, 12, 25)), christmas.naturalDate(2410));
    assertRejected(() -> christmas.naturalDate(1889), "within 1890 and 2410: 1889");
    assertRejected(() -> christmas.naturalDate(2411), "within 1890 and 2410: 2411");
  }

  @Test
  void times_withASubSecondPartAreRejectedInEveryBuilderMethod() {
    LocalTime late = LocalTime.of(17, 0, 0, 1);
    LocalTime early = LocalTime.of(9, 0, 0, 1);
    LocalDate day = LocalDate.of(2024, 5, 6);
    BusinessCalendar.Builder b = BusinessCalendar.builder(UTC);
    assertRejected(() -> b.open(WEEKDAYS, early, FIVE_PM), "Time start must be whole seconds");
    assertRejected(() -> b.open(WEEKDAYS, NINE, late), "Time end must be whole seconds");
    assertRejected(() -> b.hoursOn(day, early, FIVE_PM), "Time start must be whole seconds");
    assertRejected(() -> b.hoursOn(day, NINE, late), "Time end must be whole seconds");
    assertRejected(() -> b.closed(day.atTime(early), day.atTime(FIVE_PM)),
        "Time start must be whole seconds");
    assertRejected(() -> b.closed(day.atTime(NINE), day.atTime(late)),
        "Time end must be whole seconds");
    assertEquals(BusinessCalendar.builder(UTC).build(), b.build());
  }

  // ---- holiday names, shifts and order ----------------------------------------------------------

  @Test
  void ruleNames_describeOrdinalsAndEasterOffsets() {
    assertEquals("1st THURSDAY of NOVEMBER",
        HolidayRule.nthWeekday(Month.NOVEMBER, 1, THURSDAY).name());
    assertEquals("2nd THURSDAY of NOVEMBER",
        HolidayRule.nthWeekday(Month.NOVEMBER, 2, THURSDAY).name());
    assertEquals("3rd THURSDAY of NOVEMBER",
        HolidayRule.nthWeekday(Month.NOVEMBER, 3, THURSDAY).name());
    assertEquals("4th THURSDAY of NOVEMBER",
        HolidayRule.nthWeekday(Month.NOVEMBER, 4, THURSDAY).name());
    assertEquals("Easter", HolidayRule.easter(0).name());
    assertEquals("Easter+1", HolidayRule.easter(1).name());
    assertEquals("Easter-2", HolidayRule.easter(-2).name());
  }

  @Test
  void ruleEquality_comparesEveryPart() {
    HolidayRule rule = HolidayRule.easter(1);
    assertEquals(rule, rule);
    assertEquals(HolidayRule.easter(1), rule);
    assertNotEquals(HolidayRule.easter(2), rule);
    assertNotEquals(rule.named("Easter Monday"), rule);
    assertFalse(rule.equals("Easter+1"));
    assertFalse(rule.equals(null));
  }

  @Test
  void nextMonday_onAFridayAndSaturdayWeekendMovesOnlySaturday() {
    // open Sunday to Thursday: the weekend is Friday and Saturday
    BusinessCalendar sundayToThursday = BusinessCalendar.builder(UTC)
        .open(EnumSet.of(SUNDAY, MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, THURSDAY),
            NINE, FIVE_PM)
        .holiday(HolidayRule.annual(MonthDay.of(12, 24)).observed(ObservedShift.NEXT_MONDAY))
        .holiday(HolidayRule.annual(MonthDay.of(12, 25)).observed(ObservedShift.NEXT_MONDAY))
        .build();
    // 2021-12-24 is a Friday, 2021-12-25 a Saturday
    List<Holiday> h = sundayToThursday.holidays(Year.of(2021));
    assertEquals(List.of(LocalDate.of(2021, 12, 24), LocalDate.of(2021, 12, 27)),
        h.stream().map(Holiday::date).toList());
  }

  @Test
  void shifts_doNothingWhenEveryDayIsAWeekendDay() {
    // only a dated override: no weekday has weekly hours, so every day is a weekend day
    for (ObservedShift shift : ObservedShift.values()) {
      BusinessCalendar datedOnly = BusinessCalendar.builder(UTC)
          .hoursOn(LocalDate.of(2021, 12, 20), NINE, FIVE_PM)
          .holiday(HolidayRule.annual(MonthDay.of(12, 25)).observed(shift))
          .build();
      List<Holiday> h = datedOnly.holidays(Year.of(2021));
      assertEquals(List.of(LocalDate.of(2021, 12, 25)), h.stream().map(Holiday::date).toList(),
          shift::toString);
    }
  }

  @Test
  void holidays_ofYearsBeyondTheCalendarRangeArePlacedToo() {
    BusinessCalendar cal = BusinessCalendar.builder(UTC).open(WEEKDAYS, NINE, FIVE_PM)
        .holiday(HolidayRule.annual(MonthDay.of(7, 4)).named("Fourth"))
        .build();
    for (int year : new int[] {1896, 1897, 1898, 2401, 2402, 2403}) {
      List<Holiday> h = cal.holidays(Year.of(year));
      assertEquals(List.of(LocalDate.of(year, 7, 4)), h.stream().map(Holiday::date).toList(),
          () -> "year " + year);
    }
  }

  @Test
  void holiday_ordersByObservedThenNaturalDateThenName() {
    LocalDate monday = LocalDate.of(2021, 12, 27);
    Holiday shifted = new Holiday(monday, LocalDate.of(2021, 12, 25),
        HolidayRule.annual(MonthDay.of(12, 25)).named("Z shifted"));
    Holiday own = new Holiday(monday, monday, HolidayRule.fixed(monday).named("A own"));
    Holiday ownB = new Holiday(monday, monday, HolidayRule.fixed(monday).named("B own"));
    assertTrue(shifted.compareTo(own) < 0);
    assertTrue(own.compareTo(shifted) > 0);
    assertTrue(own.compareTo(ownB) < 0);
    assertEquals(0, own.compareTo(new Holiday(monday, monday, own.rule())));
  }

  @Test
  void holiday_equalityAndHashOfDatesAndRule() {
    LocalDate day = LocalDate.of(2024, 12, 25);
    HolidayRule rule = HolidayRule.fixed(day);
    Holiday h = new Holiday(day, day, rule);
    assertEquals(h, h);
    assertEquals(new Holiday(day, day, rule), h);
    assertEquals(new Holiday(day, day, rule).hashCode(), h.hashCode());
    assertNotEquals(new Holiday(day.plusDays(1), day, rule), h);
    assertNotEquals(new Holiday(day, day.minusDays(1), rule), h);
    assertNotEquals(new Holiday(day, day, rule.named("Christmas")), h);
    assertFalse(h.equals(day));
    assertNotEquals(new Holiday(day.plusDays(1), day, rule).hashCode(), h.hashCode());
  }

  // ---- descriptions and the order rules are given in --------------------------------------------

  @Test
  void description_wordForWord() {
    BusinessCalendar cal = BusinessCalendar.builder(UTC)
        .open(MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))
        .open(MONDAY, LocalTime.of(9, 45, 30), LocalTime.of(12, 0))
        .open(DayOfWeek.TUESDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT)
        .hoursOn(LocalDate.of(2024, 12, 24), NINE, LocalTime.NOON)
        .hoursOn(LocalDate.of(2024, 12, 31), NINE, LocalTime.NOON)
        .closed(LocalDateTime.of(2024, 8, 5, 0, 0), LocalDateTime.of(2024, 8, 6, 0, 0))
        .build();
    assertEquals("Mon 09:45:30–12:00, 13:00–17:00; Tue 22:00–24:00 Z, 2 date overrides,"
        + " 1 closure", cal.toString());
    BusinessCalendar closures = BusinessCalendar.builder(UTC).open(WEEKDAYS, NINE, FIVE_PM)
        .closed(LocalDateTime.of(2024, 8, 5, 0, 0), LocalDateTime.of(2024, 8, 6, 0, 0))
        .closed(LocalDateTime.of(2024, 9, 5, 0, 0), LocalDateTime.of(2024, 9, 6, 0, 0))
        .closed(LocalDateTime.of(2024, 10, 5, 0, 0), LocalDateTime.of(2024, 10, 6, 0, 0))
        .build();
    assertEquals("Mon–Fri 09:00–17:00 Z, 3 closures", closures.toString());
    BusinessCalendar newYearClosed = BusinessCalendar.builder(UTC)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .holiday(HolidayRule.annual(MonthDay.of(1, 1)))
        .build();
    assertEquals("Mon–Sun 00:00–24:00 Z, 1 holiday rule", newYearClosed.toString());
    assertEquals("24x7 Z", BusinessCalendar.alwaysOpen(UTC).toString());
  }

  @Test
  void rulesGivenInAnyOrderOrTwiceMakeEqualCalendars() {
    qt().withExamples(30)
        .forAll(lists().of(integers().between(0, 5)).ofSizeBetween(1, 8))
        .checkAssert(order -> {
          BusinessCalendar.Builder given = BusinessCalendar.builder(UTC);
          BusinessCalendar.Builder sorted = BusinessCalendar.builder(UTC);
          for (int i : order) {
            add(given, i);
          }
          order.stream().distinct().sorted().forEach(i -> add(sorted, i));
          BusinessCalendar a = given.build();
          BusinessCalendar b = sorted.build();
          assertEquals(b, a, order::toString);
          assertEquals(b.toString(), a.toString(), order::toString);
          assertEquals(b.hashCode(), a.hashCode(), order::toString);
        });
  }

  /** Rules whose starts tie pairwise, on one weekday and among closures. */
  private static void add(BusinessCalendar.Builder b, int i) {
    switch (i) {
      case 0 -> b.open(MONDAY, NINE, LocalTime.NOON);
      case 1 -> b.open(MONDAY, NINE, FIVE_PM);
      case 2 -> b.open(MONDAY, LocalTime.of(7, 0), LocalTime.of(8, 0));
      case 3 -> b.closed(LocalDateTime.of(2024, 8, 5, 10, 0), LocalDateTime.of(2024, 8, 5, 11, 0));
      case 4 -> b.closed(LocalDateTime.of(2024, 8, 5, 10, 0), LocalDateTime.of(2024, 8, 5, 12, 0));
      default -> b.closed(LocalDateTime.of(2024, 8, 1, 0, 0), LocalDateTime.of(2024, 8, 2, 0, 0));
    }
  }

  // ---- working days --------------------------------------------------------------------------

  @Test
  void workingDay_needsOpenTimeNotJustAnHourThatTheZoneSkips() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    // 02:00-03:00 does not exist on 2024-03-31 (clocks go from 02:00 to 03:00)
    BusinessCalendar skipped = BusinessCalendar.builder(berlin)
        .open(SUNDAY, LocalTime.of(2, 0), LocalTime.of(3, 0))
        .build();
    assertFalse(skipped.isWorkingDay(LocalDate.of(2024, 3, 31)));
    assertTrue(skipped.isWorkingDay(LocalDate.of(2024, 4, 7)));
  }

  @Test
  void workingDays_ofAlgebraEndWithASpanThatEndsAtMidnight() {
    BusinessCalendar mondays = BusinessCalendar.builder(UTC)
        .open(MONDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .build();
    BusinessCalendar union = mondays.union(
        BusinessCalendar.builder(UTC).open(MONDAY, NINE, FIVE_PM).build());
    assertTrue(union.isWorkingDay(LocalDate.of(2024, 5, 6)));
    assertFalse(union.isWorkingDay(LocalDate.of(2024, 5, 7)));
    assertFalse(union.isWorkingDay(LocalDate.of(2024, 5, 5)));
    assertEquals(LocalDate.of(2024, 5, 13), union.plusWorkingDays(LocalDate.of(2024, 5, 7), 0));
  }

  @Test
  void workingDays_ofAlgebraSkipADateTheZoneSkips() {
    ZoneId apia = ZoneId.of("Pacific/Apia");
    BusinessCalendar always = BusinessCalendar.alwaysOpen(apia);
    BusinessCalendar union = always.union(BusinessCalendar.builder(apia).build());
    assertFalse(union.isWorkingDay(LocalDate.of(2011, 12, 30)));
    assertTrue(union.isWorkingDay(LocalDate.of(2011, 12, 29)));
    assertTrue(union.isWorkingDay(LocalDate.of(2011, 12, 31)));
  }

  // ---- between at a span's end with a sub-second part -------------------------------------------

  @Test
  void between_fromInsideTheClosingSecond() {
    BusinessCalendar office = BusinessCalendar.builder(UTC).open(WEEKDAYS, NINE, FIVE_PM).build();
    Instant nine = LocalDateTime.of(2024, 11, 25, 9, 0).toInstant(UTC);
    Instant five = LocalDateTime.of(2024, 11, 25, 17, 0).toInstant(UTC);
    assertEquals(Duration.ofHours(8), office.between(nine, five.plusMillis(500)));
    assertEquals(Duration.ZERO, office.between(five.plusMillis(250), five.plusMillis(500)));
    assertEquals(Duration.ofMillis(250),
        office.between(five.minusMillis(250), five.plusMillis(500)));
  }

  // ---- search in sorted arrays -------------------------------------------------------------

  @Test
  void lastAtMost_agreesWithALinearScan() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 40),
            integers().between(-2, 650),
            integers().between(1, 2))
        .checkAssert((steps, key, stride) -> {
          long[] a = new long[steps.size() * stride];
          long v = 0;
          for (int i = 0; i < steps.size(); i++) {
            v += steps.get(i) * steps.get(i) % 37;
            a[i * stride] = v;
            if (stride == 2) {
              a[i * stride + 1] = -1;
            }
          }
          int expected = -1;
          for (int i = 0; i < steps.size(); i++) {
            if (a[i * stride] <= key) {
              expected = i;
            }
          }
          int want = expected;
          assertEquals(want, Chunk.lastAtMost(a, stride, steps.size(), key),
              () -> java.util.Arrays.toString(a) + " key " + key);
        });
  }

  @Test
  void lastAtMost_unevenArraysFromBothSidesOfTheGuess() {
    long[] skewed = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 1000};
    for (int key = 0; key <= 15; key++) {
      assertEquals(key, Chunk.lastAtMost(skewed, 1, skewed.length, key));
    }
    assertEquals(15, Chunk.lastAtMost(skewed, 1, skewed.length, 999));
    long[] front = {0, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 1000};
    for (int i = 1; i < front.length - 1; i++) {
      assertEquals(i, Chunk.lastAtMost(front, 1, front.length, front[i]));
    }
    assertEquals(0, Chunk.lastAtMost(front, 1, front.length, 984));
  }

  // ---- escaped characters ------------------------------------------------------------------

  @Test
  void isUnsafe_atEveryBoundOfEveryClass() {
    List<Character> unsafe = List.of('\u0000', '\u001F', '\u007F', '\u0080', '\u009F', '\u202A',
        '\u202E', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C');
    List<Character> safe = List.of('\u0020', '~', '\u00A0', '\u2029', '\u202F', '\u2065',
        '\u206A', '\u200D', '\u2010', '\u061B', '\u061D', 'a');
    List<String> wrong = new ArrayList<>();
    for (char c : unsafe) {
      if (!SafeText.isUnsafe(c)) {
        wrong.add("unsafe " + (int) c);
      }
    }
    for (char c : safe) {
      if (SafeText.isUnsafe(c)) {
        wrong.add("safe " + (int) c);
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals("a\\u202Eb", SafeText.shown("a\u202Eb"));
  }
}
