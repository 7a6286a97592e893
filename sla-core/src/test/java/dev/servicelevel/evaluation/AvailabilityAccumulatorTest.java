package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JULY;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.MARCH;
import static dev.servicelevel.evaluation.ComplianceFixtures.NON_PRIME;
import static dev.servicelevel.evaluation.ComplianceFixtures.PRIME;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertNullRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.berlin;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.outage;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.TargetKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class AvailabilityAccumulatorTest {

  static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  static final Instant AFTER_JULY = utc("2025-08-01T00:00");
  static final Instant AFTER_MARCH = berlin("2025-04-01T00:00");
  static final AvailabilityTarget NINES3 = availability("99.9").build();

  static TargetResult june(AvailabilityTarget target, Outage... outages) {
    return AvailabilityAccumulator.of(target, ALWAYS_UTC, JUNE, AFTER_JUNE)
        .addAll(List.of(outages))
        .result();
  }

  // ---- the worked numbers ------------------------------------------------------------------

  @Test
  void budget_999Of30DayMonthAllows43Min12s() {
    TargetResult r = june(NINES3);
    ErrorBudget b = r.budget().orElseThrow();
    assertEquals(ErrorBudget.Unit.SECONDS, b.unit());
    assertEquals(dec("2592"), b.allowed());
    assertEquals(Optional.of(Duration.parse("PT43M12S")), b.allowedTime());
    assertEquals(Optional.of(Duration.ZERO), b.usedTime());
    assertEquals(Optional.of(Duration.parse("PT43M12S")), b.leftTime());
    assertEquals(Duration.ofDays(30), r.availability().orElseThrow().agreedTime());
    assertEquals(ComplianceStatus.MET, r.status());
    assertEquals(Optional.of(dec("100")), r.achieved());
  }

  @Test
  void budget_999Of31DayMonthAllows44Min38point4s() {
    TargetResult r = AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JULY, AFTER_JULY).result();
    ErrorBudget b = r.budget().orElseThrow();
    assertEquals(dec("2678.4"), b.allowed());
    assertEquals(Optional.of(Duration.parse("PT44M38.4S")), b.allowedTime());
  }

  @Test
  void availability_downtimeOfExactlyTheBudgetIsMetWithALowBudget() {
    TargetResult r =
        june(NINES3, outage("INC-1", utc("2025-06-10T10:00"), Duration.ofSeconds(2592)));
    assertEquals(Optional.of(dec("99.9")), r.achieved());
    assertEquals(ComplianceStatus.MET, r.status());
    assertTrue(r.isBudgetLow());
    assertEquals(Optional.of(dec("0")), r.margin());
    assertEquals(Optional.of(dec("100")), r.budget().orElseThrow().usedPercent());
    assertEquals(Optional.of(Duration.ZERO), r.budget().orElseThrow().leftTime());
    assertEquals(Optional.of(dec("1")), r.burnRate());
  }

  @Test
  void availability_oneNanosecondOverTheBudgetBreachesAndReportsRoundedDown() {
    TargetResult r =
        june(NINES3, outage("INC-1", utc("2025-06-10T10:00"), Duration.ofSeconds(2592, 1)));
    assertEquals(ComplianceStatus.BREACHED, r.status());
    assertEquals(Optional.of(dec("99.899999")), r.achieved());
    assertEquals(Optional.of(dec("-0.000001")), r.margin());
    assertEquals(Optional.of(Duration.ofNanos(-1)), r.budget().orElseThrow().leftTime());
  }

  @Test
  void availability_halfTheBudgetIsMetWithHalfLeft() {
    TargetResult r =
        june(NINES3, outage("INC-1", utc("2025-06-10T10:00"), Duration.ofSeconds(1296)));
    assertEquals(ComplianceStatus.MET, r.status());
    assertEquals(Optional.of(dec("99.95")), r.achieved());
    assertEquals(Optional.of(dec("0.05")), r.margin());
    assertEquals(Optional.of(Duration.parse("PT21M36S")), r.budget().orElseThrow().leftTime());
    assertEquals(Optional.of(dec("50")), r.budget().orElseThrow().usedPercent());
    assertEquals(Optional.of(dec("0.5")), r.burnRate());
    assertEquals(Optional.empty(), r.forecast());
  }

  @Test
  void plannedMaintenance_announcedInTimeIsExcludedWithItsReason() {
    AvailabilityTarget target =
        availability("99.9")
            .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE)
            .maintenanceNotice(Duration.ofDays(5))
            .build();
    Outage upgrade =
        Outage.builder()
            .id("CHG-1")
            .service("shop")
            .interval(Interval.of(utc("2025-06-14T02:00"), Duration.ofHours(2)))
            .cause(OutageCause.PLANNED_MAINTENANCE)
            .announcedAt(utc("2025-06-07T02:00"))
            .build();
    TargetResult r = june(target, upgrade);
    assertEquals(Optional.of(dec("100")), r.achieved());
    assertEquals(Map.of("excluded: PLANNED_MAINTENANCE", 1L), r.explanation().reasonCounts());
    assertEquals(
        List.of(
            ExplainedRecord.of(
                "CHG-1",
                false,
                "planned maintenance announced PT168H ahead (notice PT120H); PT2H of window time",
                dec("7200"))),
        r.explanation().excluded());
    assertEquals(1, r.availability().orElseThrow().outagesNotCounted());
  }

  @Test
  void plannedMaintenance_announcedTooLateCountsAndSaysSo() {
    AvailabilityTarget target =
        availability("99.9")
            .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE)
            .maintenanceNotice(Duration.ofDays(5))
            .build();
    Outage upgrade =
        Outage.builder()
            .id("CHG-2")
            .service("shop")
            .interval(Interval.of(utc("2025-06-14T02:00"), Duration.ofMinutes(30)))
            .cause(OutageCause.PLANNED_MAINTENANCE)
            .announcedAt(utc("2025-06-12T02:00"))
            .build();
    TargetResult r = june(target, upgrade);
    assertEquals(ComplianceStatus.MET, r.status());
    assertEquals(Optional.of(Duration.ofMinutes(30)), r.budget().orElseThrow().usedTime());
    assertEquals(
        "CHG-2: PT30M of window time; planned maintenance announced too late, PT48H ahead"
            + " (notice PT120H)",
        r.explanation().counted().get(0).toString());
  }

  @Test
  void plannedMaintenance_flaggedInAdvanceOrWithoutNoticeRuleIsExcluded() {
    AvailabilityTarget noNotice =
        availability("99.9").addExcludedCauses(OutageCause.PLANNED_MAINTENANCE).build();
    AvailabilityTarget notice =
        availability("99.9")
            .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE)
            .maintenanceNotice(Duration.ofDays(5))
            .build();
    Outage flagged =
        Outage.builder()
            .id("CHG-3")
            .service("shop")
            .interval(Interval.of(utc("2025-06-14T02:00"), Duration.ofHours(1)))
            .cause(OutageCause.PLANNED_MAINTENANCE)
            .announcedInAdvance(true)
            .build();
    Outage unannounced =
        Outage.builder()
            .id("CHG-4")
            .service("shop")
            .interval(Interval.of(utc("2025-06-15T02:00"), Duration.ofHours(1)))
            .cause(OutageCause.PLANNED_MAINTENANCE)
            .build();
    assertEquals(Optional.of(dec("100")), june(noNotice, flagged, unannounced).achieved());
    TargetResult r = june(notice, flagged, unannounced);
    assertEquals(Optional.of(Duration.ofHours(1)), r.budget().orElseThrow().usedTime());
    assertEquals(
        "CHG-4: PT1H of window time; planned maintenance not announced (notice PT120H)",
        r.explanation().counted().get(0).toString());
  }

  @Test
  void excludedCause_otherThanMaintenanceIsExcludedByCause() {
    AvailabilityTarget target =
        availability("99.9").addExcludedCauses(OutageCause.CUSTOMER_CAUSED).build();
    Outage customer =
        Outage.builder()
            .id("INC-9")
            .service("shop")
            .interval(Interval.of(utc("2025-06-14T02:00"), Duration.ofHours(1)))
            .cause(OutageCause.CUSTOMER_CAUSED)
            .build();
    Outage thirdParty =
        Outage.builder()
            .id("INC-10")
            .service("shop")
            .interval(Interval.of(utc("2025-06-15T02:00"), Duration.ofMinutes(10)))
            .cause(OutageCause.THIRD_PARTY)
            .build();
    TargetResult r = june(target, customer, thirdParty);
    assertEquals(Optional.of(Duration.ofMinutes(10)), r.budget().orElseThrow().usedTime());
    assertEquals(
        Map.of("counted", 1L, "excluded: CUSTOMER_CAUSED", 1L), r.explanation().reasonCounts());
    assertEquals(
        "INC-9: excluded cause CUSTOMER_CAUSED; PT1H of window time",
        r.explanation().excluded().get(0).toString());
  }

  @Test
  void shortOutages_areIgnoredWhenTheTargetSaysSo() {
    AvailabilityTarget target =
        availability("99.9").ignoreOutagesShorterThan(Duration.ofMinutes(1)).build();
    TargetResult r =
        june(
            target,
            outage("blip", utc("2025-06-14T02:00"), Duration.ofSeconds(59)),
            outage("real", utc("2025-06-15T02:00"), Duration.ofMinutes(1)));
    assertEquals(Optional.of(Duration.ofMinutes(1)), r.budget().orElseThrow().usedTime());
    assertEquals(
        Map.of("counted", 1L, "ignored: shorter than PT1M", 1L), r.explanation().reasonCounts());
  }

  @Test
  void outageHalfInsidePrimeTime_countsHalfInPrimeAndHalfInNonPrime() {
    // Tuesday 07:00-09:00 Berlin: prime opens at 08:00
    Outage early = outage("INC-2", berlin("2025-03-04T07:00"), Duration.ofHours(2));
    TargetResult prime =
        AvailabilityAccumulator.of(NINES3, PRIME, MARCH, AFTER_MARCH).add(early).result();
    TargetResult nonPrime =
        AvailabilityAccumulator.of(NINES3, NON_PRIME, MARCH, AFTER_MARCH).add(early).result();
    assertEquals(Optional.of(Duration.ofHours(1)), prime.budget().orElseThrow().usedTime());
    assertEquals(Optional.of(Duration.ofHours(1)), nonPrime.budget().orElseThrow().usedTime());
    // March 2025: 26 prime days (Mon-Sat) of 14 h = 364 h; 31 days are 743 h (DST on the 30th)
    assertEquals(Duration.ofHours(364), prime.availability().orElseThrow().agreedTime());
    assertEquals(Duration.ofHours(743 - 364), nonPrime.availability().orElseThrow().agreedTime());
    assertEquals(Optional.of(dec("99.725274")), prime.achieved());
    assertEquals("INC-2: PT1H of window time", prime.explanation().counted().get(0).toString());
  }

  @Test
  void outageInClosedHours_costsNothingAndIsListed() {
    Outage sunday = outage("INC-3", berlin("2025-03-09T12:00"), Duration.ofHours(2));
    TargetResult r =
        AvailabilityAccumulator.of(NINES3, PRIME, MARCH, AFTER_MARCH).add(sunday).result();
    assertEquals(Optional.of(dec("100")), r.achieved());
    assertEquals(Map.of("outside window hours", 1L), r.explanation().reasonCounts());
  }

  @Test
  void overlappingOutages_countOnce() {
    TargetResult r =
        june(
            NINES3,
            outage("A", utc("2025-06-10T10:00"), Duration.ofMinutes(30)),
            outage("B", utc("2025-06-10T10:15"), Duration.ofMinutes(30)));
    assertEquals(Optional.of(Duration.ofMinutes(45)), r.budget().orElseThrow().usedTime());
    assertEquals(2, r.availability().orElseThrow().outagesCounted());
  }

  @Test
  void partialOutage_atHalfImpactCostsHalfAndTheLargerImpactWinsInOverlaps() {
    Outage half =
        Outage.builder()
            .id("SLOW")
            .service("shop")
            .interval(Interval.of(utc("2025-06-10T10:00"), Duration.ofMinutes(20)))
            .impact(dec("0.5"))
            .build();
    assertEquals(
        Optional.of(Duration.ofMinutes(10)), june(NINES3, half).budget().orElseThrow().usedTime());
    Outage full = outage("DOWN", utc("2025-06-10T10:10"), Duration.ofMinutes(20));
    // 10:00-10:10 at 0.5, 10:10-10:30 at 1: 5 + 20 minutes
    TargetResult r = june(NINES3, half, full);
    assertEquals(Optional.of(Duration.ofMinutes(25)), r.budget().orElseThrow().usedTime());
    assertEquals(
        "SLOW: PT20M of window time at impact 0.5", r.explanation().counted().get(1).toString());
  }

  @Test
  void fractionalImpact_keepsExactSecondsAndRoundsTheDurationUp() {
    Outage third =
        Outage.builder()
            .id("P")
            .service("shop")
            .interval(Interval.of(utc("2025-06-10T10:00"), Duration.ofSeconds(1)))
            .impact(dec("0.3333333333"))
            .build();
    ErrorBudget b = june(NINES3, third).budget().orElseThrow();
    assertEquals(dec("0.3333333333"), b.used());
    assertEquals(Optional.of(Duration.ofNanos(333_333_334)), b.usedTime());
  }

  @Test
  void outages_ofOtherServicesAndOutsideThePeriodChangeNothing() {
    Outage other =
        Outage.of("X", "mail", Interval.of(utc("2025-06-10T10:00"), Duration.ofHours(1)));
    Outage may = outage("Y", utc("2025-05-31T23:00"), Duration.ofMinutes(30));
    Outage straddling = outage("Z", utc("2025-06-30T23:50"), Duration.ofMinutes(30));
    TargetResult r = june(NINES3, other, may, straddling);
    assertEquals(Optional.of(Duration.ofMinutes(10)), r.budget().orElseThrow().usedTime());
    assertEquals(Map.of("counted", 1L), r.explanation().reasonCounts());
  }

  @Test
  void emptyPeriod_beforeItStartsHasNoData() {
    TargetResult r =
        AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JUNE, utc("2025-05-20T00:00"))
            .add(outage("A", utc("2025-06-10T10:00"), Duration.ofMinutes(30)))
            .result();
    assertEquals(ComplianceStatus.NO_DATA, r.status());
    assertEquals(Optional.empty(), r.achieved());
    assertEquals(Optional.empty(), r.budget());
    assertEquals(JUNE.start(), r.evaluatedUntil());
    assertFalse(r.isComplete());
  }

  @Test
  void runningPeriod_isEvaluatedSoFarWithBurnRateAndForecast() {
    // 10 days of 30 run; 20 min down: 2 % of the day-10 so-far budget rate
    Instant asOf = utc("2025-06-11T00:00");
    TargetResult r =
        AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JUNE, asOf)
            .add(outage("A", utc("2025-06-05T10:00"), Duration.ofMinutes(20)))
            .add(outage("later", utc("2025-06-20T10:00"), Duration.ofMinutes(20)))
            .result();
    assertFalse(r.isComplete());
    assertEquals(asOf, r.evaluatedUntil());
    assertEquals(Duration.ofDays(10), r.availability().orElseThrow().agreedTimeSoFar());
    // 1200 s of 864000 s: 99.861111... rounded down
    assertEquals(Optional.of(dec("99.861111")), r.achieved());
    // allowed so far 864 s: burn rate 1200 / 864 = 1.3888... rounded up
    assertEquals(Optional.of(dec("1.3889")), r.burnRate());
    assertEquals(ComplianceStatus.AT_RISK, r.status());
    Forecast f = r.forecast().orElseThrow();
    assertEquals(ComplianceStatus.BREACHED, f.status());
    assertEquals(dec("99.861111"), f.value());
    assertEquals(Optional.of(dec("138.89")), f.budgetUsedPercent());
    assertEquals(Optional.of(Duration.parse("PT23M12S")), r.budget().orElseThrow().leftTime());
  }

  @Test
  void runningPeriod_isBreachedOnceTheWholeBudgetIsGone() {
    TargetResult r =
        AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JUNE, utc("2025-06-11T00:00"))
            .add(outage("A", utc("2025-06-05T10:00"), Duration.ofMinutes(44)))
            .result();
    assertEquals(ComplianceStatus.BREACHED, r.status());
  }

  @Test
  void ongoingOutage_isClippedAtAsOf() {
    TargetResult r =
        AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JUNE, utc("2025-06-05T10:05"))
            .add(outage("A", utc("2025-06-05T10:00"), Duration.ofHours(5)))
            .result();
    assertEquals(Optional.of(Duration.ofMinutes(5)), r.budget().orElseThrow().usedTime());
  }

  @Test
  void windowNeverOpen_hasNoData() {
    TargetResult r =
        AvailabilityAccumulator.of(NINES3, ALWAYS_UTC.complement(), JUNE, AFTER_JUNE).result();
    assertEquals(ComplianceStatus.NO_DATA, r.status());
    assertEquals(Duration.ZERO, r.availability().orElseThrow().agreedTime());
  }

  @Test
  void explanation_listsTheWorstOutagesUpToTheLimitAndCountsAll() {
    AvailabilityAccumulator acc =
        AvailabilityAccumulator.of(
            NINES3,
            ALWAYS_UTC,
            JUNE,
            AFTER_JUNE,
            EvaluationOptions.builder().worstRecords(2).build());
    for (int i = 1; i <= 5; i++) {
      acc.add(outage("O" + i, utc("2025-06-0" + i + "T10:00"), Duration.ofMinutes(i)));
    }
    Explanation e = acc.result().explanation();
    assertEquals(List.of("O5", "O4"), e.counted().stream().map(ExplainedRecord::id).toList());
    assertEquals(Map.of("counted", 5L), e.reasonCounts());
  }

  @Test
  void merge_ofShardsEqualsOnePass() {
    Outage a = outage("A", utc("2025-06-10T10:00"), Duration.ofMinutes(30));
    Outage b = outage("B", utc("2025-06-10T10:15"), Duration.ofMinutes(30));
    Outage c = outage("C", utc("2025-06-12T10:15"), Duration.ofMinutes(3));
    AvailabilityAccumulator left = AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JUNE, AFTER_JUNE);
    AvailabilityAccumulator right =
        AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JUNE, AFTER_JUNE);
    left.add(b);
    right.add(c).add(a);
    assertEquals(june(NINES3, a, b, c), left.merge(right).result());
  }

  @Test
  void merge_rejectsAnotherScope() {
    AvailabilityAccumulator june = AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JUNE, AFTER_JUNE);
    AvailabilityAccumulator july = AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JULY, AFTER_JULY);
    assertRejected(
        "Only accumulators of the same target, calendar, period, instant and options merge:"
            + " availability accumulator shop-avail 2025-06 (0 outages counted)"
            + " / availability accumulator shop-avail 2025-07 (0 outages counted)",
        () -> june.merge(july));
    assertNullRejected("other", () -> june.merge(null));
    assertNullRejected(
        "calendar", () -> AvailabilityAccumulator.of(NINES3, null, JUNE, AFTER_JUNE));
  }

  @Test
  void result_readsAsOneLine() {
    TargetResult r =
        june(NINES3, outage("INC-1", utc("2025-06-10T10:00"), Duration.ofSeconds(1296)));
    assertEquals(
        "shop-avail 2025-06 availability: MET 99.95 % (required >= 99.9 %), margin 0.05,"
            + " budget allowed PT43M12S, used PT21M36S (50 %), left PT21M36S, burn rate 0.5",
        r.toString());
    assertTrue(r.isComplete());
    assertEquals(TargetKind.AVAILABILITY, r.kind());
    assertEquals(BigDecimal.ONE, r.weight());
  }
}
