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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TargetKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A target result's derived figures, found unpinned by mutation testing: no exhaustion once the
 * period is over, the budget-low and burn-rate parts of its text, the figures of another kind,
 * and no exact value for a percentile known only to within 1 %.
 */
class TargetResultMutationTest {

  private static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  private static final Instant MID_JUNE = utc("2025-06-16T00:00");
  private static final Instant T0 = utc("2025-06-02T00:00");

  private static TargetResult june(AvailabilityTarget target, Instant asOf, long downSeconds) {
    AvailabilityAccumulator acc = AvailabilityAccumulator.of(target, ALWAYS_UTC, JUNE, asOf);
    acc.add(outage("INC-1", T0, Duration.ofSeconds(downSeconds)));
    return acc.result();
  }

  @Test
  void budgetExhaustion_onlyWhileThePeriodRuns() {
    // June allows 2,592 s at 99.9 %; 2,592 s down by the middle of June burns at 2
    AvailabilityTarget target = availability("99.9").build();
    TargetResult running = june(target, MID_JUNE, 2_592);
    assertFalse(running.isComplete());
    assertEquals(Optional.of(Fraction.of(dec("2"))), running.exactBurnRate());
    assertEquals(Optional.of(utc("2025-06-16T00:00")), running.budgetExhaustion());
    TargetResult over = june(target, AFTER_JUNE, 5_184);
    assertTrue(over.isComplete());
    assertEquals(Optional.of(Fraction.of(dec("2"))), over.exactBurnRate());
    assertEquals(Optional.empty(), over.budgetExhaustion());
  }

  @Test
  void toString_showsALowBudgetAndTheBurnRate() {
    AvailabilityTarget half = availability("99.9").atRiskThreshold(dec("50")).build();
    TargetResult low = june(half, AFTER_JUNE, 1_296);
    assertTrue(low.isBudgetLow());
    assertEquals(
        "shop-avail 2025-06 availability: MET (budget low) 99.95 % (required >= 99.9 %),"
            + " margin 0.05, budget allowed PT43M12S, used PT21M36S (50 %), left PT21M36S,"
            + " burn rate 0.5",
        low.toString());
  }

  @Test
  void check_refusesFiguresOfAnotherKind() {
    TargetResult r = june(availability("99.9").build(), AFTER_JUNE, 60);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> ((ImmutableTargetResult) r).withKind(TargetKind.TICKET_TIMER));
    assertEquals("Target result has figures of another kind: shop-avail / TICKET_TIMER",
        e.getMessage());
  }

  @Test
  void exactAchieved_isEmptyForAValueKnownOnlyToWithinOnePercent() {
    MeasurementAccumulator acc =
        MeasurementAccumulator.of(
            measurement(Indicator.percentile(dec("90")), Comparison.LESS_OR_EQUAL, "300").build(),
            ALWAYS_UTC, JUNE, AFTER_JUNE);
    acc.add(Sample.of(T0, dec("120")));
    TargetResult exact = acc.result();
    assertEquals(Optional.of(Fraction.of(dec("120"))), exact.exactAchieved());
    MeasurementFigures f = exact.measurement().orElseThrow();
    TargetResult within =
        ((ImmutableTargetResult) exact)
            .withMeasurement(
                MeasurementFigures.of(f.indicator(), f.observations(), f.meeting(), false));
    assertEquals(Optional.of(dec("120")), within.achieved());
    assertEquals(Optional.empty(), within.exactAchieved());
    assertEquals(Optional.empty(), within.exactMargin());
  }

  @Test
  void tierIn_aValueBelowATiersLowerBoundIsNotInIt() {
    // 2,592 s down in June is 99.9 % exactly
    TargetResult r = june(availability("99.95").build(), AFTER_JUNE, 2_592);
    assertEquals(0, r.exact().compareTo(dec("99.9")));
    CreditTier above = CreditTier.between(dec("99.91"), dec("99.95"), dec("5"));
    assertEquals(Optional.empty(), r.tierIn(TargetCredits.of("up", above)));
    CreditTier from = CreditTier.between(dec("99.9"), dec("99.95"), dec("5"));
    assertEquals(Optional.of(from), r.tierIn(TargetCredits.of("up", from)));
  }
}
