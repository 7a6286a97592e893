package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JULY;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertNullRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.outage;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.CreditCombination;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.TargetCredits;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CreditResultTest {

  static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  static final Currency EUR = Currency.getInstance("EUR");

  /** EcoShop's tiers: below 95 -> 30 %, [95, 99) -> 15 %, [99, target) -> 5 %. */
  static TargetCredits tiers(String targetId, String target) {
    return TargetCredits.of(
        targetId,
        CreditTier.below(dec("95"), dec("30")),
        CreditTier.between(dec("95"), dec("99"), dec("15")),
        CreditTier.between(dec("99"), dec(target), dec("5")));
  }

  static CreditPolicy.Builder policy() {
    return policy("20000.00");
  }

  static CreditPolicy.Builder policy(String fee) {
    return CreditPolicy.builder()
        .fee(dec(fee))
        .currency(EUR)
        .addTargets(tiers("a", "99.9"), tiers("b", "99.9"));
  }

  /** The June result of availability target {@code id} (99.9 %) with this much downtime. */
  static TargetResult june(String id, Duration downtime) {
    AvailabilityTarget t =
        AvailabilityTarget.builder()
            .id(id)
            .service("shop")
            .window("all")
            .minimum(dec("99.9"))
            .build();
    AvailabilityAccumulator acc = AvailabilityAccumulator.of(t, ALWAYS_UTC, JUNE, AFTER_JUNE);
    if (!downtime.isZero()) {
      acc.add(outage(id + "-down", utc("2025-06-01T00:00"), downtime));
    }
    return acc.result();
  }

  /** Downtime that leaves exactly this availability of June's 2,592,000 s. */
  static Duration downtimeFor(String availability) {
    BigDecimal seconds =
        BigDecimal.valueOf(2_592_000)
            .multiply(BigDecimal.valueOf(100).subtract(dec(availability)))
            .divide(BigDecimal.valueOf(100));
    return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
  }

  static Stream<Arguments> boundaries() {
    return Stream.of(
        Arguments.of(downtimeFor("99.9"), "0", "no credit: met"),
        Arguments.of(downtimeFor("99.9").plusNanos(1), "5", "just below the target"),
        Arguments.of(downtimeFor("99"), "5", "exactly 99 is in [99, 99.9)"),
        Arguments.of(downtimeFor("99").plusNanos(1), "15", "just below 99"),
        Arguments.of(downtimeFor("95"), "15", "exactly 95 is in [95, 99)"),
        Arguments.of(downtimeFor("95").plusNanos(1), "30", "just below 95"),
        Arguments.of(Duration.ofDays(30), "30", "down all month"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("boundaries")
  void tiers_atTheirExactBoundaries(Duration downtime, String percent, String why) {
    CreditResult c = CreditResult.of(policy().build(), List.of(june("a", downtime)));
    assertEquals(dec(percent), c.cappedPercent(), why);
    assertEquals(
        dec("20000.00").multiply(dec(percent)).divide(dec("100")).setScale(2), c.amount(), why);
  }

  @Test
  void sum_ofTwoBreachedTargetsIsCappedAndNamesBoth() {
    CreditResult c =
        CreditResult.of(
            policy().capPercent(dec("30")).build(),
            List.of(june("a", downtimeFor("94")), june("b", downtimeFor("98"))));
    assertEquals(dec("45"), c.combinedPercent());
    assertEquals(dec("30"), c.cappedPercent());
    assertEquals(dec("6000.00"), c.amount());
    assertEquals(dec("6000.00"), c.payable());
    assertEquals(List.of("a", "b"), c.causedBy());
    assertEquals(2, c.lines().size());
    assertEquals("a at 94: [.., 95) -> 30 %", c.lines().get(0).toString());
    assertTrue(c.isFinal());
    assertEquals(Optional.of(JUNE), c.period());
    assertEquals("credit 30 % (sum 45 %, cap 30 %) = 6000.00 EUR, caused by [a, b]", c.toString());
  }

  @Test
  void max_takesTheLargestCreditAndNamesItsTarget() {
    CreditResult c =
        CreditResult.of(
            policy().combination(CreditCombination.MAX).build(),
            List.of(june("a", downtimeFor("99.5")), june("b", downtimeFor("98"))));
    assertEquals(dec("15"), c.combinedPercent());
    assertEquals(dec("15"), c.cappedPercent());
    assertEquals(List.of("b"), c.causedBy());
    assertEquals(dec("3000.00"), c.amount());
  }

  @Test
  void minimumPayout_withholdsSmallCredits() {
    CreditResult c =
        CreditResult.of(
            policy("100.00").minimumPayout(dec("10.00")).build(),
            List.of(june("a", downtimeFor("99.5"))));
    assertEquals(dec("5.00"), c.amount());
    assertEquals(dec("0.00"), c.payable());
    assertEquals(
        "credit 5 % (sum 5 %) = 5.00 EUR, below the minimum payout: 0 paid, caused by [a]",
        c.toString());
  }

  @Test
  void amount_isRoundedHalfEvenToTheCurrency() {
    CreditPolicy yen =
        CreditPolicy.builder()
            .fee(dec("1010"))
            .currency(Currency.getInstance("JPY"))
            .addTargets(TargetCredits.of("a", CreditTier.below(dec("99.9"), dec("2.5"))))
            .build();
    // 1010 * 2.5 % = 25.25 -> 25
    assertEquals(dec("25"), CreditResult.of(yen, List.of(june("a", downtimeFor("99")))).amount());
  }

  @Test
  void cap_ofZeroMeansNoCredit() {
    CreditResult c =
        CreditResult.of(
            policy().capPercent(dec("0")).build(), List.of(june("a", downtimeFor("90"))));
    assertEquals(dec("0"), c.cappedPercent());
    assertEquals(dec("0.00"), c.amount());
    assertEquals(List.of("a"), c.causedBy());
  }

  @Test
  void noData_metAndAtRiskResultsEarnNothing() {
    CreditResult c =
        CreditResult.of(
            policy().build(), List.of(june("a", downtimeFor("99.9")), june("b", Duration.ZERO)));
    assertEquals(List.of(), c.lines());
    assertEquals(dec("0.00"), c.amount());
    assertEquals(List.of(), c.causedBy());
  }

  @Test
  void runningPeriod_creditIsProvisional() {
    AvailabilityTarget t =
        AvailabilityTarget.builder()
            .id("a")
            .service("shop")
            .window("all")
            .minimum(dec("99.9"))
            .build();
    TargetResult running =
        AvailabilityAccumulator.of(t, ALWAYS_UTC, JUNE, utc("2025-06-10T00:00"))
            .add(outage("x", utc("2025-06-02T00:00"), Duration.ofHours(1)))
            .result();
    CreditResult c = CreditResult.of(policy().build(), List.of(running));
    assertFalse(c.isFinal());
    assertEquals(dec("5"), c.cappedPercent());
  }

  @Test
  void of_rejectsResultsOfSeveralPeriods() {
    AvailabilityTarget t =
        AvailabilityTarget.builder()
            .id("a")
            .service("shop")
            .window("all")
            .minimum(dec("99.9"))
            .build();
    TargetResult july =
        AvailabilityAccumulator.of(t, ALWAYS_UTC, JULY, utc("2025-08-01T00:00")).result();
    TargetResult juneB = june("b", Duration.ZERO);
    assertRejected(
        "Credits are computed for one billing period; target has two results:"
            + " target a, period 2025-07, other period 2025-06",
        () -> CreditResult.of(policy().build(), List.of(june("a", Duration.ZERO), july)));
    assertRejected(
        "Credits are computed for one billing period; results are for different periods:"
            + " period 2025-06, other period 2025-07",
        () -> CreditResult.of(policy().build(), List.of(juneB, july)));
    assertNullRejected("results", () -> CreditResult.of(policy().build(), null));
  }
}
