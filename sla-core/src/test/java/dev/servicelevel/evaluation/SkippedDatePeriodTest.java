package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.alwaysOpenAgreement;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Periods around a date a zone skipped whole: Pacific/Apia went from UTC-10 to UTC+14 at the end
 * of 2011-12-29, so 2011-12-30 has no instant there. A rolling day on it is refused by name;
 * every period with an instant, the days around it and the week and month holding it, is
 * evaluated.
 */
class SkippedDatePeriodTest {

  static final ZoneId APIA = ZoneId.of("Pacific/Apia");
  static final LocalDate SKIPPED = LocalDate.of(2011, 12, 30);
  static final Instant AS_OF = Instant.parse("2012-01-05T00:00:00Z");
  /** The last instant of 2011-12-29 in Apia: 23:59:59.999999999 at UTC-10. */
  static final Instant LAST_OF_29TH = Instant.parse("2011-12-30T09:59:59.999999999Z");
  /** 2011-12-31T00:00 at UTC+14, the first instant after the skipped date. */
  static final Instant FIRST_OF_31ST = Instant.parse("2011-12-30T10:00:00Z");

  static Agreement agreement(ReportingPeriod period) {
    return alwaysOpenAgreement(
        "apia",
        APIA,
        LocalDateRange.of(LocalDate.of(2011, 12, 1), LocalDate.of(2012, 2, 1)),
        measurement("lat", Indicator.percentile(new BigDecimal("95")), Comparison.LESS_OR_EQUAL,
                "300")
            .period(period)
            .build());
  }

  static TargetResult result(ReportingPeriod period, LocalDate date) {
    return PeriodAccumulator.of(agreement(period), date, AS_OF)
        .add("lat", LAST_OF_29TH, BigDecimal.ONE)
        .add("lat", FIRST_OF_31ST, BigDecimal.TEN)
        .report()
        .results()
        .get(0);
  }

  @Test
  void aRollingDayOnTheSkippedDate_isRefusedNamingThePeriodAndTheZone() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PeriodAccumulator.of(agreement(ReportingPeriod.rollingDays(1)), SKIPPED, AS_OF));
    assertEquals(
        "Period has no instant: the zone skips every date of it: 2011-12-30/2011-12-31 /"
            + " Pacific/Apia",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> PeriodRange.of(ReportingPeriod.rollingDays(1), SKIPPED, APIA));
  }

  @Test
  void aSeriesOfDaysOverTheSkippedDate_isRefusedByTheSameRule() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Compliance.evaluate(
                    agreement(ReportingPeriod.rollingDays(1)),
                    ReportingPeriod.rollingDays(1),
                    LocalDateRange.of(LocalDate.of(2011, 12, 28), LocalDate.of(2012, 1, 2)),
                    AS_OF,
                    Observations.builder().build(),
                    EvaluationOptions.defaults()));
    assertTrue(e.getMessage().contains("2011-12-30/2011-12-31"), e.getMessage());
  }

  @Test
  void theDaysAroundIt_endAndStartAtTheChangeOfOffset() {
    PeriodRange before = PeriodRange.of(ReportingPeriod.rollingDays(1), SKIPPED.minusDays(1), APIA);
    PeriodRange after = PeriodRange.of(ReportingPeriod.rollingDays(1), SKIPPED.plusDays(1), APIA);
    assertEquals(FIRST_OF_31ST, before.end());
    assertEquals(FIRST_OF_31ST, after.start());
    // a day of 24 hours on each side
    assertEquals(Instant.parse("2011-12-29T10:00:00Z"), before.start());
    assertEquals(Instant.parse("2011-12-31T10:00:00Z"), after.end());
    assertEquals(BigDecimal.ONE, result(ReportingPeriod.rollingDays(1), SKIPPED.minusDays(1))
        .achieved().orElseThrow());
    assertEquals(BigDecimal.TEN, result(ReportingPeriod.rollingDays(1), SKIPPED.plusDays(1))
        .achieved().orElseThrow());
  }

  @Test
  void longerPeriodsHoldingTheSkippedDate_takeWhatTheyCover() {
    for (ReportingPeriod p : List.of(ReportingPeriod.calendarWeek(), ReportingPeriod.calendarMonth())) {
      TargetResult r = result(p, SKIPPED);
      assertEquals(2, r.measurement().orElseThrow().observations(), p.toString());
      assertEquals(BigDecimal.TEN, r.achieved().orElseThrow(), p.toString());
    }
    // the rolling 2 days holding 2011-12-30 are the 29th and the 30th: the instants of the 29th
    PeriodRange two = PeriodRange.of(ReportingPeriod.rollingDays(2), SKIPPED, APIA);
    assertEquals("2011-12-29/2011-12-31", two.label());
    assertEquals(Instant.parse("2011-12-29T10:00:00Z"), two.start());
    assertEquals(FIRST_OF_31ST, two.end());
    TargetResult r = result(ReportingPeriod.rollingDays(2), SKIPPED);
    assertEquals(1, r.measurement().orElseThrow().observations());
    assertEquals(BigDecimal.ONE, r.achieved().orElseThrow());
  }
}
