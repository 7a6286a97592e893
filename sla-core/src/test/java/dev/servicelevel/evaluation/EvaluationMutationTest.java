package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.outage;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Comparison;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Exact boundaries of the evaluation's figures that mutation testing found unpinned: fractions
 * in lowest terms, the largest scale, error budgets at 0 and 100 %, the at-risk flag exactly at
 * its threshold and with nothing allowed, shares that can never be met, and the forecast's text.
 */
class EvaluationMutationTest {

  private static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  private static final Instant T0 = utc("2025-06-02T00:00");

  // ---- fractions ----------------------------------------------------------------------------

  @Test
  void fraction_mustBeInLowestTermsWithAPositiveDenominator() {
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class,
            () -> ImmutableFraction.of(BigInteger.ONE, BigInteger.ZERO));
    assertEquals("Fraction must be in lowest terms with a positive denominator: 1/0",
        zero.getMessage());
    IllegalArgumentException unreduced =
        assertThrows(IllegalArgumentException.class,
            () -> ImmutableFraction.of(BigInteger.TWO, BigInteger.valueOf(4)));
    assertEquals("Fraction must be in lowest terms with a positive denominator: 2/4",
        unreduced.getMessage());
    assertEquals(Fraction.of(dec("1"), dec("2")),
        ImmutableFraction.of(BigInteger.ONE, BigInteger.TWO));
  }

  @Test
  void fraction_signumFollowsTheNumerator() {
    assertEquals(-1, Fraction.of(dec("-1.5")).signum());
    assertEquals(0, Fraction.ZERO.signum());
    assertEquals(1, Fraction.of(dec("1"), dec("3")).signum());
  }

  @Test
  void fraction_toDecimalAcceptsExactlyTheLargestScale() {
    BigDecimal third = Fraction.of(dec("1"), dec("3")).toDecimal(Fraction.MAX_SCALE,
        RoundingMode.DOWN);
    assertEquals(Fraction.MAX_SCALE, third.scale());
    assertEquals(new BigDecimal("0." + "3".repeat(100)), third);
    assertRejected("Fraction scale must be within 0 and 100: 101",
        () -> Fraction.ONE.toDecimal(101, RoundingMode.DOWN));
    assertEquals(dec("1"), Fraction.ONE.toDecimal(0, RoundingMode.UNNECESSARY));
  }

  // ---- error budgets --------------------------------------------------------------------------

  @Test
  void errorBudget_ofShareAcceptsEveryEdgeOfItsRanges() {
    ErrorBudget none = ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, 0, 0, dec("90"));
    assertEquals(0, none.allowed().signum());
    ErrorBudget allBad = ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, 5, 5, dec("0"));
    assertEquals(0, allBad.allowed().compareTo(dec("5")));
    assertEquals(0, allBad.used().compareTo(dec("5")));
    ErrorBudget strict = ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, 5, 0, dec("100"));
    assertEquals(0, strict.allowed().signum());
    assertRejected("Bad records must be within 0 and the records counted: 6 / 5",
        () -> ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, 5, 6, dec("90")));
    assertRejected("Bad records must be within 0 and the records counted: -1 / 5",
        () -> ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, 5, -1, dec("90")));
    assertRejected("Bad records must be within 0 and the records counted: 0 / -1",
        () -> ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, -1, 0, dec("90")));
    assertRejected("Required share must be within 0 and 100 %: 100.1",
        () -> ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, 5, 0, dec("100.1")));
    assertRejected("Required share must be within 0 and 100 %: -0.1",
        () -> ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, 5, 0, dec("-0.1")));
  }

  // ---- the at-risk flag -----------------------------------------------------------------------

  private static TargetResult june(AvailabilityTarget target, long downSeconds) {
    AvailabilityAccumulator acc = AvailabilityAccumulator.of(target, ALWAYS_UTC, JUNE, AFTER_JUNE);
    if (downSeconds > 0) {
      acc.add(outage("INC-1", T0, Duration.ofSeconds(downSeconds)));
    }
    return acc.result();
  }

  @Test
  void budgetLow_exactlyAtTheAtRiskThreshold() {
    // June allows 0.1 % of 2,592,000 s: 2,592 s; half of it is 1,296 s
    AvailabilityTarget half = availability("99.9").atRiskThreshold(dec("50")).build();
    TargetResult at = june(half, 1_296);
    assertEquals(ComplianceStatus.MET, at.status());
    assertTrue(at.isBudgetLow());
    TargetResult below = june(half, 1_295);
    assertEquals(ComplianceStatus.MET, below.status());
    assertFalse(below.isBudgetLow());
  }

  @Test
  void budgetLow_neverWhenNothingIsAllowed() {
    TargetResult perfect = june(availability("100").build(), 0);
    assertEquals(ComplianceStatus.MET, perfect.status());
    assertFalse(perfect.isBudgetLow());
    assertEquals(Optional.empty(), perfect.burnRate());
  }

  @Test
  void shareUnreachable_onlyAtTheEndOfTheShareOrBeyond() {
    assertTrue(Verdict.shareUnreachable(Comparison.GREATER_OR_EQUAL, dec("100")));
    assertTrue(Verdict.shareUnreachable(Comparison.GREATER_THAN, dec("100")));
    assertFalse(Verdict.shareUnreachable(Comparison.GREATER_OR_EQUAL, dec("99.999")));
    assertTrue(Verdict.shareUnreachable(Comparison.LESS_OR_EQUAL, dec("0")));
    assertTrue(Verdict.shareUnreachable(Comparison.LESS_THAN, dec("0")));
    assertFalse(Verdict.shareUnreachable(Comparison.LESS_OR_EQUAL, dec("0.001")));
    assertFalse(Verdict.shareUnreachable(Comparison.LESS_THAN, dec("1")));
  }

  // ---- forecasts ------------------------------------------------------------------------------

  @Test
  void forecast_showsItsStatusValueAndBudget() {
    Forecast breached =
        Forecast.of(dec("99.85"), Optional.of(dec("150")),
            Optional.of(Fraction.of(dec("3"), dec("2"))), false);
    assertEquals(ComplianceStatus.BREACHED, breached.status());
    assertEquals("BREACHED at 99.85, budget 150 %", breached.toString());
    Forecast met = Forecast.of(dec("100"), Optional.empty(), Optional.empty(), true);
    assertEquals(ComplianceStatus.MET, met.status());
    assertEquals("MET at 100", met.toString());
  }

  @Test
  void exactValue_ofADecimalIsItsFraction() {
    assertEquals(Optional.of(Fraction.of(dec("2.5"))), ExactValue.of(dec("2.5")).fraction());
  }
}
