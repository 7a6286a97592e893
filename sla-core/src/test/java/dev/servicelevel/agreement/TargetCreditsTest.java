package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetCreditsTest {

  private static final CreditTier SEVERE = CreditTier.below(dec("95"), dec("30"));
  private static final CreditTier MEDIUM = CreditTier.between(dec("95"), dec("99"), dec("15"));
  private static final CreditTier MILD = CreditTier.between(dec("99"), dec("99.9"), dec("5"));

  @Test
  void tierFor_findsTheTierOfTheAchievedValue() {
    TargetCredits credits = TargetCredits.of("shop-prime", SEVERE, MEDIUM, MILD);
    assertEquals(MILD, credits.tierFor(dec("99.5")).orElseThrow());
    assertEquals(MEDIUM, credits.tierFor(dec("95")).orElseThrow());
    assertEquals(SEVERE, credits.tierFor(dec("12")).orElseThrow());
    assertTrue(credits.tierFor(dec("99.9")).isEmpty());
  }

  @Test
  void tiers_mayLeaveGaps() {
    TargetCredits credits =
        TargetCredits.of(
            "latency",
            CreditTier.between(dec("300"), dec("500"), dec("5")),
            CreditTier.atOrAbove(dec("800"), dec("20")));
    assertTrue(credits.tierFor(dec("600")).isEmpty());
    assertEquals(dec("20"), credits.tierFor(dec("800")).orElseThrow().creditPercent());
  }

  @Test
  void tiers_mustAscend() {
    assertRejected(
        "Credit tiers must be in ascending order without overlap: shop-prime / [99, 99.9) -> 5 %"
            + " / [95, 99) -> 15 %",
        () -> TargetCredits.of("shop-prime", MILD, MEDIUM));
  }

  @Test
  void tiers_mustNotOverlap() {
    assertRejected(
        "Credit tiers must be in ascending order without overlap: t / [95, 99) -> 15 %"
            + " / [98, 99.9) -> 5 %",
        () -> TargetCredits.of("t", MEDIUM, CreditTier.between(dec("98"), dec("99.9"), dec("5"))));
  }

  @Test
  void tiers_unboundedTierOnlyAtTheEnds() {
    assertRejected(
        "Credit tiers must be in ascending order without overlap: t / [95, 99) -> 15 %"
            + " / [.., 95) -> 30 %",
        () -> TargetCredits.of("t", MEDIUM, SEVERE));
    assertRejected(
        "Credit tiers must be in ascending order without overlap: t / [500, ..) -> 20 %"
            + " / [.., 95) -> 30 %",
        () -> TargetCredits.of("t", CreditTier.atOrAbove(dec("500"), dec("20")), SEVERE));
  }

  @Test
  void tiers_atLeastOne() {
    assertRejected("Credit tiers need at least one tier: t", () -> TargetCredits.of("t"));
  }

  @Test
  void targetId_isAnId() {
    assertRejected(
        "Target id must be letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " 'a/b'",
        () -> TargetCredits.of("a/b", MILD));
  }

  @Test
  void toStringAndEquality() {
    assertEquals("t [[.., 95) -> 30 %]", TargetCredits.of("t", SEVERE).toString());
    assertValueEquality(
        TargetCredits.of("t", SEVERE),
        TargetCredits.of("t", List.of(SEVERE)),
        TargetCredits.of("u", SEVERE));
  }
}
