package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.assertNullRejected;
import static dev.servicelevel.evaluation.EcoShop.SLA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.evaluation.chain.ChainAnalysis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The consumers of results (score, credits, termination, chain breaches) reject null arguments
 * and null elements of their collections with our message, the parameter's name, not the JDK's
 * "Cannot invoke ..." text.
 */
class ResultConsumersBadInputTest {

  private static final PeriodReport MARCH =
      Compliance.evaluate(
          SLA,
          LocalDate.of(2025, 3, 1),
          Instant.parse("2025-04-01T00:00:00Z"),
          Observations.empty());

  /** The March results with a null among them. */
  private static List<TargetResult> withNull() {
    List<TargetResult> list = new ArrayList<>(MARCH.results());
    assertTrue(list.size() > 1);
    list.add(1, null);
    return list;
  }

  private static CreditPolicy policy() {
    return SLA.creditPolicy().orElseThrow();
  }

  @Test
  void overallScore_rejectsNullsWithTheParameterName() {
    assertNullRejected("agreement", () -> OverallScore.of(null, MARCH.results()));
    assertNullRejected("results", () -> OverallScore.of(SLA, null));
    assertNullRejected("results", () -> OverallScore.of(SLA, withNull()));
  }

  @Test
  void creditResult_rejectsNullsWithTheParameterName() {
    assertNullRejected("policy", () -> CreditResult.of(null, MARCH.results()));
    assertNullRejected("results", () -> CreditResult.of(policy(), null));
    assertNullRejected("results", () -> CreditResult.of(policy(), withNull()));
  }

  @Test
  void termination_rejectsNullsWithTheParameterName() {
    List<TerminationRule> rules = SLA.terminationRules();
    assertNullRejected("rules", () -> Termination.evaluate(null, MARCH.results()));
    assertNullRejected("results", () -> Termination.evaluate(rules, null));
    assertNullRejected("results", () -> Termination.evaluate(rules, withNull()));
    List<TerminationRule> nullRule = new ArrayList<>(rules);
    nullRule.add(null);
    assertNullRejected("rules", () -> Termination.evaluate(nullRule, MARCH.results()));
  }

  @Test
  void chainBreaches_rejectsNullsWithTheParameterName() {
    AgreementChain chain = AgreementChain.of(SLA);
    assertNullRejected("chain", () -> ChainAnalysis.breaches(null, List.of(MARCH)));
    assertNullRejected("reports", () -> ChainAnalysis.breaches(chain, null));
    assertNullRejected("reports", () -> ChainAnalysis.breaches(chain, Arrays.asList(MARCH, null)));
  }

  @Test
  void theConsumersStillAcceptTheResultsWithoutNulls() {
    // the checks above reject only the nulls: the same results without them are accepted
    assertEquals(MARCH.results().size(), withNull().size() - 1);
    OverallScore.of(SLA, MARCH.results());
    CreditResult.of(policy(), MARCH.results());
    assertEquals(List.of(), Termination.evaluate(SLA.terminationRules(), MARCH.results()));
    assertEquals(List.of(), ChainAnalysis.breaches(AgreementChain.of(SLA), List.of(MARCH)));
  }
}
