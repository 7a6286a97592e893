package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertNullRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.CreditResultTest.downtimeFor;
import static dev.servicelevel.evaluation.CreditResultTest.june;
import static dev.servicelevel.evaluation.CreditResultTest.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.CreditCombination;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.TargetCredits;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Credits from figures the host measured: {@link Credits}, {@link CreditLine#of}. */
class CreditsTest {

  private static final Agreement SLA = EcoShop.SLA;
  private static final CreditPolicy POLICY = SLA.creditPolicy().orElseThrow();

  // ---- one target ----------------------------------------------------------------------------

  static Stream<Arguments> primeFigures() {
    // shop-prime: 99.9 %; tiers below 95 -> 30, [95, 99) -> 15, [99, 99.9) -> 5
    return Stream.of(
        Arguments.of("100", null, "met"),
        Arguments.of("99.9", null, "exactly the minimum meets it"),
        Arguments.of("99.900000000000000000", null, "trailing zeros compare numerically"),
        Arguments.of("99.899999999999999999", "5", "just below the minimum"),
        Arguments.of("99", "5", "exactly 99 is in [99, 99.9)"),
        Arguments.of("98.999999999999999999", "15", "just below 99"),
        Arguments.of("95", "15", "exactly 95 is in [95, 99)"),
        Arguments.of("94.999999999999999999", "30", "just below 95"),
        Arguments.of("0", "30", "down all period"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("primeFigures")
  void line_atTheTiersExactBounds(String achieved, String percent, String why) {
    Optional<CreditLine> line = Credits.line(SLA, "shop-prime", dec(achieved));
    assertEquals(
        Optional.ofNullable(percent).map(BigDecimal::new), line.map(CreditLine::creditPercent));
    line.ifPresent(l -> assertEquals(dec(achieved), l.achieved()));
    line.ifPresent(l -> assertEquals("shop-prime", l.targetId()));
  }

  @Test
  void line_ofATargetWithItsOwnMinimum() {
    // shop-non-prime: 99.5 %, tiers [99, 99.5) -> 5
    assertEquals(Optional.empty(), Credits.line(SLA, "shop-non-prime", dec("99.5")));
    assertEquals(
        dec("5"),
        Credits.line(SLA, "shop-non-prime", dec("99.49")).orElseThrow().creditPercent());
    assertEquals(
        "shop-non-prime at 99.49: [99, 99.5) -> 5 %",
        Credits.line(SLA, "shop-non-prime", dec("99.49")).orElseThrow().toString());
  }

  @Test
  void line_ofAMeasurementTargetFollowsItsComparison() {
    // latency: p95 <= 300 ms; tiers [300, 500) -> 10, 500 and above -> 20
    Agreement sla =
        SLA.withCreditPolicy(
            POLICY.withTargets(
                TargetCredits.of(
                    "latency",
                    CreditTier.between(dec("300"), dec("500"), dec("10")),
                    CreditTier.atOrAbove(dec("500"), dec("20")))));
    assertEquals(Optional.empty(), Credits.line(sla, "latency", dec("300")));
    assertEquals(dec("10"), percent(sla, "latency", "300.001"));
    assertEquals(dec("20"), percent(sla, "latency", "500"));
    assertEquals(dec("20"), percent(sla, "latency", "12345"));
  }

  private static BigDecimal percent(Agreement sla, String targetId, String achieved) {
    return Credits.line(sla, targetId, dec(achieved)).orElseThrow().creditPercent();
  }

  @Test
  void line_ofABreachedValueInNoTierEarnsZero() {
    Agreement sla =
        SLA.withCreditPolicy(
            POLICY.withTargets(
                TargetCredits.of("shop-prime", CreditTier.below(dec("95"), dec("30")))));
    CreditLine line = Credits.line(sla, "shop-prime", dec("97")).orElseThrow();
    assertEquals(dec("0"), line.creditPercent());
    assertEquals(Optional.empty(), line.tier());
    assertEquals("shop-prime at 97: no tier -> 0 %", line.toString());
  }

  @Test
  void line_rejectsWhatItCannotPrice() {
    assertRejected(
        "Agreement has no credit policy: ecoshop-sla",
        () -> Credits.line(SLA.withCreditPolicy(Optional.empty()), "shop-prime", dec("99")));
    assertRejected(
        "Agreement has no target with this id: agreement ecoshop-sla, target nope",
        () -> Credits.line(SLA, "nope", dec("99")));
    assertRejected(
        "Target has no credit tiers in the agreement: agreement ecoshop-sla, target latency",
        () -> Credits.line(SLA, "latency", dec("99")));
    assertRejected(
        "Achieved value of a share must be within 0 and 100 %: target shop-prime, achieved 100.5",
        () -> Credits.line(SLA, "shop-prime", dec("100.5")));
    assertRejected(
        "Achieved value of a share must be within 0 and 100 %: target respond, achieved -1",
        () -> Credits.total(SLA, Map.of("respond", dec("-1"))));
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> Credits.line(SLA, "shop-prime", new BigDecimal("1E+30")));
    assertTrue(
        e.getMessage().startsWith("Achieved value of target shop-prime must"), e::getMessage);
    assertNullRejected("agreement", () -> Credits.line(null, "shop-prime", dec("99")));
    assertNullRejected("targetId", () -> Credits.line(SLA, null, dec("99")));
    assertNullRejected("achieved", () -> Credits.line(SLA, "shop-prime", null));
  }

  // ---- the agreement's total -----------------------------------------------------------------

  @Test
  void total_sumsCapsAndNamesTheCauses() {
    // 30 % + 15 % = 45 %, capped at 30 % of 20000.00 EUR
    CreditResult c =
        Credits.total(SLA, Map.of("shop-prime", dec("94"), "shop-non-prime", dec("98")));
    assertEquals(dec("45"), c.combinedPercent());
    assertEquals(dec("30"), c.cappedPercent());
    assertEquals(dec("6000.00"), c.amount());
    assertEquals(List.of("shop-prime", "shop-non-prime"), c.causedBy());
    assertEquals(Optional.empty(), c.period());
    assertTrue(c.isFinal());
    assertEquals(
        "credit 30 % (sum 45 %, cap 30 %) = 6000.00 EUR, caused by [shop-prime, shop-non-prime]",
        c.toString());
  }

  @Test
  void total_ofExactlyTheCapAndOfMetTargets() {
    // 15 % + 15 % = 30 % = the cap
    CreditResult atCap =
        Credits.total(SLA, Map.of("shop-prime", dec("95"), "shop-non-prime", dec("95")));
    assertEquals(dec("30"), atCap.combinedPercent());
    assertEquals(dec("30"), atCap.cappedPercent());
    CreditResult met =
        Credits.total(
            SLA,
            Map.of("shop-prime", dec("99.9"), "shop-non-prime", dec("99.5"), "report", dec("1")));
    assertEquals(List.of(), met.lines());
    assertEquals(dec("0.00"), met.amount());
    assertEquals(dec("0.00"), Credits.total(SLA, Map.of()).amount());
  }

  @Test
  void total_byTheLargestCredit() {
    Agreement sla = SLA.withCreditPolicy(POLICY.withCombination(CreditCombination.MAX));
    CreditResult c =
        Credits.total(sla, Map.of("shop-prime", dec("99.5"), "shop-non-prime", dec("98")));
    assertEquals(dec("15"), c.combinedPercent());
    assertEquals(List.of("shop-non-prime"), c.causedBy());
    assertEquals(dec("3000.00"), c.amount());
  }

  @Test
  void total_rejectsFiguresOfUnknownTargetsAndNulls() {
    assertRejected(
        "Agreement has no target with this id: agreement ecoshop-sla, target shop-primo",
        () -> Credits.total(SLA, Map.of("shop-primo", dec("90"))));
    Map<String, BigDecimal> withNull = new HashMap<>();
    withNull.put("shop-prime", null);
    assertNullRejected("achievedByTarget", () -> Credits.total(SLA, withNull));
    assertNullRejected("achievedByTarget", () -> Credits.total(SLA, null));
  }

  @Test
  void total_equalsTheEngineOnTheSameExactFigures() {
    CreditPolicy policy = policy().capPercent(dec("30")).build();
    CreditResult engine =
        CreditResult.of(
            policy, List.of(june("a", downtimeFor("94")), june("b", downtimeFor("99"))));
    CreditResult host =
        CreditResult.ofLines(
            policy,
            List.of(
                CreditLine.of(policy.creditsFor("b").orElseThrow(), dec("99")),
                CreditLine.of(policy.creditsFor("a").orElseThrow(), dec("94"))));
    assertEquals(engine.lines(), host.lines());
    assertEquals(engine.cappedPercent(), host.cappedPercent());
    assertEquals(engine.amount(), host.amount());
    assertEquals(engine.causedBy(), host.causedBy());
    assertEquals(Optional.of(JUNE), engine.period());
  }

  @Test
  void ofLines_rejectsLinesOfTargetsWithoutTiersAndRepeatedTargets() {
    CreditPolicy policy = policy().build();
    TargetCredits other = TargetCredits.of("c", CreditTier.below(dec("99"), dec("5")));
    assertRejected(
        "Credit line names a target without credit tiers in the policy: c",
        () -> CreditResult.ofLines(policy, List.of(CreditLine.of(other, dec("90")))));
    CreditLine a = CreditLine.of(policy.creditsFor("a").orElseThrow(), dec("90"));
    assertRejected(
        "Credit lines must name each target once: a",
        () -> CreditResult.ofLines(policy, List.of(a, a)));
    assertNullRejected("lines", () -> CreditResult.ofLines(policy, null));
  }

  @Test
  void creditLine_of_findsTheTierOfAFigure() {
    TargetCredits credits = CreditResultTest.tiers("a", "99.9");
    assertEquals(dec("5"), CreditLine.of(credits, dec("99")).creditPercent());
    assertEquals(dec("0"), CreditLine.of(credits, dec("99.9")).creditPercent());
    assertEquals(Optional.empty(), CreditLine.of(credits, dec("99.9")).tier());
    assertNullRejected("credits", () -> CreditLine.of(null, dec("99")));
    assertNullRejected("achieved", () -> CreditLine.of(credits, null));
  }
}
