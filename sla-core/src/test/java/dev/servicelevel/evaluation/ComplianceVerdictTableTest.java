package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static dev.servicelevel.evaluation.ComplianceFixtures.outage;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** Each row of the verdict table in {@link ComplianceStatus}, and the wrong verdicts. */
class ComplianceVerdictTableTest {

  static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  static final Instant MID_JUNE = utc("2025-06-15T00:00");
  static final Instant T0 = utc("2025-06-02T00:00");
  static final AvailabilityTarget NINES3 = availability("99.9").build();

  static TargetResult availabilityAsOf(Instant asOf, Duration down) {
    AvailabilityAccumulator acc = AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JUNE, asOf);
    if (!down.isZero()) {
      acc.add(outage("INC-1", T0, down));
    }
    return acc.result();
  }

  static MeasurementAccumulator samples(MeasurementTarget t, Instant asOf, int... values) {
    MeasurementAccumulator acc = MeasurementAccumulator.of(t, ALWAYS_UTC, JUNE, asOf);
    for (int i = 0; i < values.length; i++) {
      acc.add(T0.plusSeconds(i), dec(Integer.toString(values[i])));
    }
    return acc;
  }

  static MeasurementTarget p(String percent, Comparison c, String objective) {
    return measurement(Indicator.percentile(dec(percent)), c, objective).build();
  }

  // ---- the rows ------------------------------------------------------------------------------

  @Test
  void row_nothingCounted_isNoData_notMet() {
    TargetResult r = samples(p("95", Comparison.LESS_OR_EQUAL, "300"), MID_JUNE).result();
    assertEquals(ComplianceStatus.NO_DATA, r.status());
    assertFalse(r.status().isMet());
    assertFalse(r.isBudgetLow());
  }

  @Test
  void row_finishedAndMeets_isMet() {
    TargetResult r = availabilityAsOf(AFTER_JUNE, Duration.ofMinutes(1));
    assertEquals(ComplianceStatus.MET, r.status());
    assertTrue(r.status().isMet());
    assertFalse(r.isBudgetLow());
  }

  @Test
  void row_finishedAndMeetsWithLowBudget_isMetWithTheFlag_notAtRisk() {
    // 40 min of a 43 min 12 s budget: 92.6 % used, above the 80 % at-risk share
    TargetResult r = availabilityAsOf(AFTER_JUNE, Duration.ofMinutes(40));
    assertEquals(ComplianceStatus.MET, r.status());
    assertTrue(r.status().isMet());
    assertTrue(r.isBudgetLow());
    assertTrue(r.toString().contains("MET (budget low)"), r.toString());
  }

  @Test
  void row_finishedAndMisses_isBreached() {
    TargetResult r = availabilityAsOf(AFTER_JUNE, Duration.ofMinutes(44));
    assertEquals(ComplianceStatus.BREACHED, r.status());
    assertFalse(r.status().isMet());
    assertFalse(r.isBudgetLow());
  }

  @Test
  void row_runningAndMeetsSoFar_isOnTrack() {
    TargetResult r = availabilityAsOf(MID_JUNE, Duration.ofMinutes(1));
    assertEquals(ComplianceStatus.ON_TRACK, r.status());
    assertTrue(r.status().isMet());
  }

  @Test
  void row_runningAndMeetsSoFarWithLowBudget_isOnTrackWithTheFlag() {
    // as of 29 June 36 min downtime: 83 % of the month's 43 min 12 s budget, but within the
    // 40 min 19 s allowed for 28 days, so it meets so far
    TargetResult r = availabilityAsOf(utc("2025-06-29T00:00"), Duration.ofMinutes(36));
    assertTrue(r.achieved().orElseThrow().compareTo(dec("99.9")) >= 0);
    assertEquals(ComplianceStatus.ON_TRACK, r.status());
    assertTrue(r.isBudgetLow());
  }

  @Test
  void row_runningMissesSoFarButRecoverable_isAtRisk_notMet() {
    // 30 min in 13 days misses 99.9 % so far (budget so far 18 min 43 s) but not the month's
    TargetResult r = availabilityAsOf(MID_JUNE, Duration.ofMinutes(30));
    assertEquals(ComplianceStatus.AT_RISK, r.status());
    assertFalse(r.status().isMet());
  }

  @Test
  void row_runningWithDowntimeBeyondTheWholeBudget_isBreached() {
    TargetResult r = availabilityAsOf(MID_JUNE, Duration.ofMinutes(44));
    assertEquals(ComplianceStatus.BREACHED, r.status());
  }

  // ---- the wrong verdicts ------------------------------------------------------------

  @Test
  void p95WhoseEverySampleBreachesSoFar_isAtRisk_notMet_scoresNothing() {
    TargetResult r =
        samples(p("95", Comparison.LESS_OR_EQUAL, "300"), MID_JUNE, 900, 900, 900).result();
    assertEquals(ComplianceStatus.AT_RISK, r.status());
    assertFalse(r.status().isMet());
  }

  @Test
  void p100AndMaxAgree_runningWithOneSampleAbove_breachedBoth() {
    TargetResult p100 =
        samples(p("100", Comparison.LESS_OR_EQUAL, "300"), MID_JUNE, 100, 400).result();
    MeasurementTarget maxTarget =
        measurement(Indicator.max(), Comparison.LESS_OR_EQUAL, "300").build();
    TargetResult max = samples(maxTarget, MID_JUNE, 100, 400).result();
    assertEquals(ComplianceStatus.BREACHED, p100.status());
    assertEquals(ComplianceStatus.BREACHED, max.status());
    assertEquals(p100.budget(), max.budget());
    assertEquals(p100.achieved(), max.achieved());
  }

  @Test
  void p100AndMaxAgree_atLeastObjective_runningBelow_atRiskBoth() {
    TargetResult p100 =
        samples(p("100", Comparison.GREATER_OR_EQUAL, "300"), MID_JUNE, 100, 200).result();
    MeasurementTarget maxTarget =
        measurement(Indicator.max(), Comparison.GREATER_OR_EQUAL, "300").build();
    TargetResult max = samples(maxTarget, MID_JUNE, 100, 200).result();
    assertEquals(ComplianceStatus.AT_RISK, p100.status());
    assertEquals(ComplianceStatus.AT_RISK, max.status());
    assertEquals(p100.budget(), max.budget());
  }

  @Test
  void ratioOfAtLeast100Percent_runningWithOneBadEvent_isCertainlyBreached() {
    MeasurementTarget t = measurement(Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "100")
        .build();
    TargetResult r =
        MeasurementAccumulator.of(t, ALWAYS_UTC, JUNE, MID_JUNE)
            .add(EventCount.of(Interval.of(T0, Duration.ofMinutes(1)), 999, 1000))
            .result();
    assertEquals(ComplianceStatus.BREACHED, r.status());
  }

  @Test
  void ratioOf99Percent_runningAt10Percent_isAtRisk_recoverableByMoreEvents() {
    MeasurementTarget t = measurement(Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "99")
        .build();
    TargetResult r =
        MeasurementAccumulator.of(t, ALWAYS_UTC, JUNE, MID_JUNE)
            .add(EventCount.of(Interval.of(T0, Duration.ofMinutes(1)), 1, 10))
            .result();
    assertEquals(ComplianceStatus.AT_RISK, r.status());
    assertFalse(r.status().isMet());
  }

  @Test
  void timeslices_runningWithTooManyBadSlicesForTheRestOfThePeriod_isBreached() {
    // daily slices: 30 in June; >= 90 % good allows 3 bad; as of 15 June 14 are over, each
    // with events; the 16 to come may all be good
    Indicator daily =
        Indicator.timeslices(Duration.ofDays(1), Comparison.GREATER_OR_EQUAL, dec("99"));
    MeasurementTarget t = measurement(daily, Comparison.GREATER_OR_EQUAL, "90").build();
    MeasurementAccumulator three = MeasurementAccumulator.of(t, ALWAYS_UTC, JUNE, MID_JUNE);
    MeasurementAccumulator four = MeasurementAccumulator.of(t, ALWAYS_UTC, JUNE, MID_JUNE);
    for (int day = 0; day < 14; day++) {
      Interval hour =
          Interval.of(utc("2025-06-01T00:00").plus(Duration.ofDays(day)), Duration.ofHours(1));
      four.add(EventCount.of(hour, day >= 1 && day <= 4 ? 1 : 2, 2));
      three.add(EventCount.of(hour, day >= 1 && day <= 3 ? 1 : 2, 2));
    }
    // 3 bad of 30 at best: 90 %, can still be met
    assertEquals(ComplianceStatus.AT_RISK, three.result().status());
    // 4 bad of 30 at best: 86.7 %, certain
    assertEquals(ComplianceStatus.BREACHED, four.result().status());
  }

  @Test
  void mean_runningAndMissing_isNeverCertain() {
    MeasurementTarget t = measurement(Indicator.mean(), Comparison.LESS_OR_EQUAL, "300").build();
    assertEquals(ComplianceStatus.AT_RISK, samples(t, MID_JUNE, 5000).result().status());
    assertEquals(ComplianceStatus.BREACHED, samples(t, AFTER_JUNE, 5000).result().status());
  }
}
