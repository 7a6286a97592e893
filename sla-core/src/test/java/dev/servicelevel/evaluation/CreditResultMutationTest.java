package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.EcoShop.SLA;
import static dev.servicelevel.evaluation.EcoShop.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.TargetCredits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Credit results at their edges, found unpinned by mutation testing: results of targets without
 * tiers play no part (neither their periods nor whether they are final), and a line of 0 %
 * causes nothing.
 */
class CreditResultMutationTest {

  private static final CreditPolicy POLICY = SLA.creditPolicy().orElseThrow();

  @Test
  void of_ignoresTheResultsOfTargetsWithoutTiers() {
    // March is over; "respond" of April is running and of another period, but has no tiers
    List<TargetResult> results =
        new ArrayList<>(
            Compliance.evaluate(SLA, LocalDate.of(2025, 3, 1),
                    Instant.parse("2025-04-01T00:00:00Z"), Observations.empty())
                .results());
    TargetResult aprilRespond =
        Compliance.evaluate(SLA, LocalDate.of(2025, 4, 1), Instant.parse("2025-04-15T00:00:00Z"),
                Observations.empty())
            .result("respond")
            .orElseThrow();
    assertFalse(aprilRespond.isComplete());
    results.add(aprilRespond);
    CreditResult credit = CreditResult.of(POLICY, results);
    assertTrue(credit.isFinal());
    assertEquals("2025-03", credit.period().orElseThrow().label());
    assertEquals(List.of(), credit.lines());
  }

  @Test
  void causedBy_leavesOutALineOfZeroPercent() {
    TargetCredits prime = POLICY.creditsFor("shop-prime").orElseThrow();
    TargetCredits nonPrime = POLICY.creditsFor("shop-non-prime").orElseThrow();
    CreditLine none = CreditLine.of(prime, dec("99.95"));
    assertEquals(Optional.empty(), none.tier());
    assertEquals(0, none.creditPercent().signum());
    CreditLine fifteen = CreditLine.of(nonPrime, dec("98"));
    CreditResult credit = CreditResult.ofLines(POLICY, List.of(none, fifteen));
    assertEquals(List.of("shop-non-prime"), credit.causedBy());
    assertEquals(0, credit.combinedPercent().compareTo(dec("15")));
    CreditResult nothing = CreditResult.ofLines(POLICY, List.of(none));
    assertEquals(List.of(), nothing.causedBy());
  }
}
