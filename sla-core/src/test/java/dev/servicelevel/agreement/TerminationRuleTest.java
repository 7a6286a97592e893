package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TerminationRuleTest {

  @Test
  void consecutiveBreaches_isKOfNWithKEqualN() {
    TerminationRule rule = TerminationRule.consecutiveBreaches(3, "shop-prime");
    assertEquals(3, rule.breaches());
    assertEquals(3, rule.periods());
    assertTrue(rule.isConsecutive());
    assertEquals(Set.of("shop-prime"), rule.targets());
    assertEquals(PartyRole.CUSTOMER, rule.holder());
    assertEquals(rule, TerminationRule.breachesWithin(3, 3, "shop-prime"));
    assertEquals(
        "CUSTOMER may terminate when [shop-prime] is breached in 3 consecutive periods",
        rule.toString());
  }

  @Test
  void breachesWithin_kOfTheLastN() {
    TerminationRule rule = TerminationRule.breachesWithin(4, 6, "a", "b");
    assertFalse(rule.isConsecutive());
    assertEquals(
        "CUSTOMER may terminate when [a, b] is breached in 4 of the last 6 periods",
        rule.toString());
  }

  @Test
  void withHolder_givesTheRightToTheProvider() {
    TerminationRule rule =
        TerminationRule.consecutiveBreaches(2, "answers").withHolder(PartyRole.PROVIDER);
    assertEquals(PartyRole.PROVIDER, rule.holder());
  }

  @Test
  void breaches_withinOneAndPeriods() {
    assertRejected(
        "Termination breaches must be at least 1 and at most the periods looked at: 0 / 0",
        () -> TerminationRule.consecutiveBreaches(0, "a"));
    assertRejected(
        "Termination breaches must be at least 1 and at most the periods looked at: 4 / 3",
        () -> TerminationRule.breachesWithin(4, 3, "a"));
  }

  @Test
  void targets_atLeastOneWellFormed() {
    assertRejected(
        "A termination rule needs a target: CUSTOMER may terminate when [] is breached in 3"
            + " consecutive periods",
        () -> TerminationRule.consecutiveBreaches(3));
    assertRejected(
        "Target id must be letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " ''",
        () -> TerminationRule.consecutiveBreaches(3, ""));
  }

  @Test
  void equality() {
    assertValueEquality(
        TerminationRule.breachesWithin(2, 3, "a", "b"),
        TerminationRule.breachesWithin(2, 3, "b", "a"),
        TerminationRule.breachesWithin(2, 4, "a", "b"));
  }
}
