package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.BERLIN;
import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

class ReportingPeriodTest {

  private static LocalDate date(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  private static LocalDateRange range(LocalDate start, LocalDate endExclusive) {
    return LocalDateRange.of(start, endExclusive);
  }

  // ---- periodOf ------------------------------------------------------------------------------

  static Stream<Arguments> periodsOf() {
    LocalDate wed = date(2025, 1, 1);
    return Stream.of(
        Arguments.of(
            ReportingPeriod.calendarWeek(), wed, range(date(2024, 12, 30), date(2025, 1, 6))),
        Arguments.of(
            ReportingPeriod.calendarWeek(),
            date(2025, 1, 5),
            range(date(2024, 12, 30), date(2025, 1, 6))),
        Arguments.of(
            ReportingPeriod.calendarWeek(),
            date(2025, 1, 6),
            range(date(2025, 1, 6), date(2025, 1, 13))),
        Arguments.of(
            ReportingPeriod.calendarMonth(),
            date(2024, 2, 29),
            range(date(2024, 2, 1), date(2024, 3, 1))),
        Arguments.of(
            ReportingPeriod.calendarMonth(),
            date(2025, 12, 31),
            range(date(2025, 12, 1), date(2026, 1, 1))),
        Arguments.of(
            ReportingPeriod.calendarQuarter(),
            date(2025, 5, 14),
            range(date(2025, 4, 1), date(2025, 7, 1))),
        Arguments.of(
            ReportingPeriod.calendarQuarter(),
            date(2025, 12, 31),
            range(date(2025, 10, 1), date(2026, 1, 1))),
        Arguments.of(
            ReportingPeriod.calendarYear(),
            date(2025, 7, 4),
            range(date(2025, 1, 1), date(2026, 1, 1))),
        Arguments.of(
            ReportingPeriod.rollingDays(30),
            date(2025, 5, 14),
            range(date(2025, 4, 15), date(2025, 5, 15))),
        Arguments.of(
            ReportingPeriod.rollingDays(1),
            date(2025, 5, 14),
            range(date(2025, 5, 14), date(2025, 5, 15))));
  }

  @ParameterizedTest
  @MethodSource("periodsOf")
  void periodOf_givesThePeriodContainingTheDate(
      ReportingPeriod period, LocalDate date, LocalDateRange expected) {
    assertEquals(expected, period.periodOf(date));
    assertTrue(expected.contains(date));
  }

  // ---- periodsCovering -----------------------------------------------------------------------

  @Test
  void periodsCovering_monthsOverlappingTheRange() {
    assertEquals(
        List.of(
            range(date(2025, 1, 1), date(2025, 2, 1)), range(date(2025, 2, 1), date(2025, 3, 1))),
        ReportingPeriod.calendarMonth()
            .periodsCovering(range(date(2025, 1, 15), date(2025, 3, 1))));
  }

  @Test
  void periodsCovering_quartersOfAYear() {
    assertEquals(
        List.of(
            range(date(2025, 1, 1), date(2025, 4, 1)),
            range(date(2025, 4, 1), date(2025, 7, 1)),
            range(date(2025, 7, 1), date(2025, 10, 1)),
            range(date(2025, 10, 1), date(2026, 1, 1))),
        ReportingPeriod.calendarQuarter().periodsCovering(Fixtures.YEAR_2025));
  }

  @Test
  void periodsCovering_rollingRunsEndOnTheRangesLastDay() {
    assertEquals(
        List.of(
            range(date(2024, 12, 27), date(2025, 1, 6)),
            range(date(2025, 1, 6), date(2025, 1, 16)),
            range(date(2025, 1, 16), date(2025, 1, 26))),
        ReportingPeriod.rollingDays(10)
            .periodsCovering(range(date(2025, 1, 1), date(2025, 1, 26))));
  }

  @Test
  void periodsCovering_emptyRangeGivesNoPeriods() {
    LocalDate d = date(2025, 1, 1);
    assertEquals(List.of(), ReportingPeriod.calendarMonth().periodsCovering(range(d, d)));
    assertEquals(List.of(), ReportingPeriod.rollingDays(7).periodsCovering(range(d, d)));
  }

  @Test
  void periodsCovering_rejectsUnboundedRange() {
    LocalDateRange unbounded = LocalDateRange.of(date(2025, 1, 1), LocalDate.MAX);
    DateTimeException e =
        assertThrows(
            DateTimeException.class,
            () -> ReportingPeriod.calendarMonth().periodsCovering(unbounded));
    assertEquals(
        "Range to cover must be bounded at both ends: 2025-01-01/+999999999-12-31", e.getMessage());
  }

  static Gen<ReportingPeriod> periods() {
    return integers()
        .between(0, 5)
        .zip(
            integers().between(1, 400),
            (k, days) -> {
              switch (k) {
                case 0:
                  return ReportingPeriod.calendarWeek();
                case 1:
                  return ReportingPeriod.calendarMonth();
                case 2:
                  return ReportingPeriod.calendarQuarter();
                case 3:
                  return ReportingPeriod.calendarYear();
                default:
                  return ReportingPeriod.rollingDays(days);
              }
            });
  }

  @Test
  void periodsCoveringAbutAndCoverTheRange() {
    qt().withExamples(300)
        .forAll(periods(), integers().between(0, 30_000), integers().between(1, 800))
        .checkAssert(
            (period, startOffset, length) -> {
              LocalDate start = date(1990, 1, 1).plusDays(startOffset);
              LocalDateRange r = range(start, start.plusDays(length));
              List<LocalDateRange> covering = period.periodsCovering(r);
              assertFalse(covering.get(0).getStart().isAfter(r.getStart()), period + " " + r);
              assertFalse(
                  covering.get(covering.size() - 1).getEnd().isBefore(r.getEnd()),
                  period + " " + r);
              for (int i = 0; i < covering.size(); i++) {
                LocalDateRange p = covering.get(i);
                assertTrue(p.overlaps(r), period + " " + r + " " + p);
                assertEquals(period.periodOf(p.getEndInclusive()), p);
                if (i > 0) {
                  assertEquals(covering.get(i - 1).getEnd(), p.getStart());
                }
              }
            });
  }

  // ---- intervals and labels ------------------------------------------------------------------

  @Test
  void intervalOf_runsFromMidnightToMidnightAcrossTheSpringChange() {
    Interval march = ReportingPeriod.calendarMonth().intervalOf(date(2025, 3, 15), BERLIN);
    assertEquals(Instant.parse("2025-02-28T23:00:00Z"), march.getStart());
    assertEquals(Instant.parse("2025-03-31T22:00:00Z"), march.getEnd());
    assertEquals(Duration.ofDays(31).minusHours(1), march.toDuration());
  }

  @Test
  void intervalsCovering_abutInInstants() {
    List<Interval> weeks =
        ReportingPeriod.calendarWeek()
            .intervalsCovering(range(date(2025, 10, 20), date(2025, 11, 3)), BERLIN);
    assertEquals(2, weeks.size());
    assertTrue(weeks.get(0).abuts(weeks.get(1)));
    assertEquals(Duration.ofDays(7).plusHours(1), weeks.get(0).toDuration());
  }

  static Stream<Arguments> labels() {
    LocalDate d = date(2025, 1, 3);
    return Stream.of(
        Arguments.of(ReportingPeriod.calendarWeek(), d, "2025-W01"),
        Arguments.of(ReportingPeriod.calendarWeek(), date(2024, 12, 30), "2025-W01"),
        Arguments.of(ReportingPeriod.calendarMonth(), d, "2025-01"),
        Arguments.of(ReportingPeriod.calendarQuarter(), d, "2025-Q1"),
        Arguments.of(ReportingPeriod.calendarYear(), d, "2025"),
        Arguments.of(ReportingPeriod.rollingDays(3), d, "2025-01-01/2025-01-04"));
  }

  @ParameterizedTest
  @MethodSource("labels")
  void label_namesThePeriod(ReportingPeriod period, LocalDate date, String expected) {
    assertEquals(expected, period.label(date));
  }

  // ---- factories, validation, equality -------------------------------------------------------

  @Test
  void rollingDays_rejectsLessThanOneDay() {
    assertRejected(
        "Rolling period must be at least 1 day: 0", () -> ReportingPeriod.rollingDays(0));
  }

  @Test
  void calendarPeriod_rejectsRollingDays() {
    assertRejected(
        "Calendar period must not have rolling days: MONTH / 3",
        () -> ImmutableReportingPeriod.of(ReportingPeriod.Kind.MONTH, 3));
  }

  @Test
  void isCalendarAligned_falseOnlyForRolling() {
    assertTrue(ReportingPeriod.calendarWeek().isCalendarAligned());
    assertFalse(ReportingPeriod.rollingDays(7).isCalendarAligned());
    assertEquals(7, ReportingPeriod.rollingDays(7).rollingDays());
    assertEquals(ReportingPeriod.Kind.QUARTER, ReportingPeriod.calendarQuarter().kind());
  }

  @Test
  void toString_describesThePeriod() {
    assertEquals("calendar month", ReportingPeriod.calendarMonth().toString());
    assertEquals("calendar week", ReportingPeriod.calendarWeek().toString());
    assertEquals("rolling 30 days", ReportingPeriod.rollingDays(30).toString());
    assertEquals("rolling 1 day", ReportingPeriod.rollingDays(1).toString());
  }

  @Test
  void equality() {
    assertValueEquality(
        ReportingPeriod.rollingDays(30),
        ReportingPeriod.rollingDays(30),
        ReportingPeriod.rollingDays(31));
    assertValueEquality(
        ReportingPeriod.calendarMonth(),
        ReportingPeriod.calendarMonth(),
        ReportingPeriod.calendarQuarter());
  }
}
