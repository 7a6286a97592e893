package dev.servicelevel.benchmarks;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.HolidayRule;
import dev.servicelevel.calendar.ObservedShift;
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
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Checks that the baseline answers exactly as {@link BusinessCalendar} does: on the benchmark
 * scenarios, and on small definitions around the edges the contract names (DST changes, gaps,
 * Apia's skipped day, overnight shifts with holidays, observed shifts, per-date hours, closures).
 * A benchmark ratio only means something when both sides compute the same thing.
 */
class NaiveAgreesWithBusinessCalendarTest {

  private static final int EXAMPLES = 150;
  private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);
  private static final Duration MAX_OFFSET = Duration.ofDays(30);
  private static final Duration MAX_BUSINESS_TIME = Duration.ofHours(200);

  /** A definition, the real calendar for it, and the window of instants to ask about. */
  private record Case(
      String name,
      CalendarDefinition definition,
      Supplier<BusinessCalendar> calendar,
      Instant from,
      Instant to) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        scenario(Scenario.OFFICE),
        scenario(Scenario.ALWAYS_OPEN),
        scenario(Scenario.THREE_SHIFTS),
        around(
            "London nights and office hours, observed Christmas 2027, a closure",
            CalendarDefinition.builder(ZoneId.of("Europe/London"))
                .open(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .open(EnumSet.of(FRIDAY, SATURDAY), LocalTime.of(22, 0), LocalTime.of(6, 0))
                .holiday(HolidayRule.annual(MonthDay.of(12, 25))
                    .observed(ObservedShift.NEXT_WORKING_DAY))
                .holiday(HolidayRule.annual(MonthDay.of(12, 26))
                    .observed(ObservedShift.NEXT_WORKING_DAY))
                .closed(LocalDateTime.parse("2027-10-29T12:00"),
                    LocalDateTime.parse("2027-11-02T10:30"))
                .build(),
            LocalDate.of(2027, 10, 1), LocalDate.of(2028, 1, 31)),
        around(
            "Apia every day 09-17 and 22-06 across the skipped 2011-12-30",
            CalendarDefinition.builder(ZoneId.of("Pacific/Apia"))
                .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(17, 0))
                .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0))
                .build(),
            LocalDate.of(2011, 12, 1), LocalDate.of(2012, 1, 31)),
        around(
            "Berlin Sundays with windows in and around the spring gap",
            CalendarDefinition.builder(Scenario.ZONE)
                .open(SUNDAY, LocalTime.of(2, 30), LocalTime.of(3, 15))
                .open(SUNDAY, LocalTime.of(1, 45), LocalTime.of(2, 15))
                .open(SUNDAY, LocalTime.of(2, 45), LocalTime.of(4, 0))
                .open(SUNDAY, LocalTime.of(12, 0), LocalTime.of(12, 0))
                .build(),
            LocalDate.of(2024, 3, 1), LocalDate.of(2024, 11, 30)),
        around(
            "Lord Howe nights with 30-minute DST, holiday inside a night, per-date hours",
            CalendarDefinition.builder(ZoneId.of("Australia/Lord_Howe"))
                .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(20, 0), LocalTime.of(4, 0))
                .holiday(LocalDate.of(2024, 10, 8))
                .hoursOn(LocalDate.of(2024, 10, 8), LocalTime.of(10, 0), LocalTime.of(11, 0))
                .holiday(LocalDate.of(2024, 4, 9))
                .build(),
            LocalDate.of(2024, 3, 1), LocalDate.of(2024, 11, 30)),
        around(
            "New York weekdays with nearest-weekday and next-Monday holidays",
            CalendarDefinition.builder(ZoneId.of("America/New_York"))
                .open(WEEKDAYS, LocalTime.of(8, 0), LocalTime.of(18, 0))
                .holiday(HolidayRule.annual(MonthDay.of(7, 4))
                    .observed(ObservedShift.NEAREST_WEEKDAY))
                .holiday(HolidayRule.annual(MonthDay.of(1, 1)).observed(ObservedShift.NEXT_MONDAY))
                .holiday(HolidayRule.nthWeekday(java.time.Month.NOVEMBER, 4, DayOfWeek.THURSDAY))
                .build(),
            LocalDate.of(2026, 6, 1), LocalDate.of(2028, 2, 28)));
  }

  private static Arguments scenario(Scenario scenario) {
    return Arguments.of(new Case(
        scenario.name(),
        scenario.definition(),
        scenario.calendarFactory(),
        ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, Scenario.ZONE).toInstant(),
        ZonedDateTime.of(2040, 1, 1, 0, 0, 0, 0, Scenario.ZONE).toInstant()));
  }

  private static Arguments around(
      String name, CalendarDefinition definition, LocalDate first, LocalDate last) {
    return Arguments.of(new Case(
        name,
        definition,
        definition.toBusinessCalendarBuilder()::build,
        first.atStartOfDay(definition.zone()).toInstant(),
        last.plusDays(1).atStartOfDay(definition.zone()).toInstant()));
  }

  private static Gen<Instant> instants(Case c) {
    return longs().between(c.from().getEpochSecond(), c.to().getEpochSecond() - 1)
        .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
  }

  private static Gen<Duration> durations(Duration max) {
    Gen<Duration> anyLength = longs().between(0, max.getSeconds())
        .zip(integers().between(0, 999_999_999), Duration::ofSeconds);
    Gen<Duration> wholeQuarterHours = longs().between(0, max.toMinutes() / 15)
        .map(q -> Duration.ofMinutes(15 * q));
    return anyLength.mix(wholeQuarterHours, 50);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isOpen_agrees(Case c) {
    BusinessCalendar fast = c.calendar().get();
    NaiveCalendar naive = new NaiveCalendar(c.definition());

    qt().withExamples(EXAMPLES)
        .forAll(instants(c))
        .checkAssert(t -> assertEquals(fast.isOpen(t), naive.isOpen(t), () -> "isOpen(" + t + ")"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void between_agrees(Case c) {
    BusinessCalendar fast = c.calendar().get();
    NaiveCalendar naive = new NaiveCalendar(c.definition());

    qt().withExamples(EXAMPLES)
        .forAll(instants(c), durations(MAX_OFFSET), integers().between(0, 1))
        .checkAssert((t, offset, backwards) -> {
          Instant u = backwards == 1 ? t.minus(offset) : t.plus(offset);
          assertEquals(fast.between(t, u), naive.between(t, u), () -> "between(" + t + ", " + u + ")");
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void plus_agrees(Case c) {
    BusinessCalendar fast = c.calendar().get();
    NaiveCalendar naive = new NaiveCalendar(c.definition());

    qt().withExamples(EXAMPLES)
        .forAll(instants(c), durations(MAX_BUSINESS_TIME))
        .checkAssert((t, d) ->
            assertEquals(fast.plus(t, d), naive.plus(t, d), () -> "plus(" + t + ", " + d + ")"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void minus_agrees(Case c) {
    BusinessCalendar fast = c.calendar().get();
    NaiveCalendar naive = new NaiveCalendar(c.definition());

    qt().withExamples(EXAMPLES)
        .forAll(instants(c), durations(MAX_BUSINESS_TIME))
        .checkAssert((t, d) ->
            assertEquals(fast.minus(t, d), naive.minus(t, d), () -> "minus(" + t + ", " + d + ")"));
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void scenarios_agreeOverTheBenchmarkSpans(Scenario scenario) {
    BusinessCalendar fast = scenario.calendarFactory().get();
    NaiveCalendar naive = scenario.naive();
    Workload workload = Workload.between(2020, 2040, 7L);

    for (Span span : Span.values()) {
      Duration businessTime = span.businessTime(naive);
      assertEquals(
          fast.between(Scenario.REFERENCE, Scenario.REFERENCE.plus(span.wall())), businessTime);
      for (int i = 0; i < 3; i++) {
        Instant t = workload.get(i);
        Instant u = t.plus(span.wall());
        assertEquals(fast.between(t, u), naive.between(t, u), () -> "between " + t + " " + span);
        assertEquals(fast.plus(t, businessTime), naive.plus(t, businessTime), () -> "plus " + t);
        assertEquals(fast.minus(u, businessTime), naive.minus(u, businessTime), () -> "minus " + u);
      }
    }
  }
}
