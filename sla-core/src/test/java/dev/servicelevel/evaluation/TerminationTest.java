package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.month;
import static dev.servicelevel.evaluation.ComplianceFixtures.outage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.PartyRole;
import dev.servicelevel.agreement.TerminationRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminationTest {

  static final TerminationRule THREE_IN_A_ROW = TerminationRule.consecutiveBreaches(3, "shop");

  /** Results of target {@code id} for months 1, 2, ... of 2025: 'B' breached, 'M' met. */
  static List<TargetResult> months(String id, String pattern) {
    AvailabilityTarget t =
        AvailabilityTarget.builder()
            .id(id)
            .service("shop")
            .window("all")
            .minimum(dec("99.9"))
            .build();
    List<TargetResult> results = new ArrayList<>();
    for (int m = 1; m <= pattern.length(); m++) {
      char c = pattern.charAt(m - 1);
      if (c == '_') {
        continue;
      }
      PeriodRange p = month(2025, m, UTC);
      AvailabilityAccumulator acc = AvailabilityAccumulator.of(t, ALWAYS_UTC, p, p.end());
      if (c == 'B') {
        acc.add(outage("o" + m, p.start(), Duration.ofHours(2)));
      }
      results.add(acc.result());
    }
    return results;
  }

  @Test
  void consecutiveBreaches_fireAtTheThirdBreachedMonth() {
    List<TerminationFinding> f =
        Termination.evaluate(List.of(THREE_IN_A_ROW), months("shop", "MBBMBBBB"));
    assertEquals(1, f.size());
    assertEquals("2025-07", f.get(0).firedIn().label());
    assertEquals(List.of("2025-05", "2025-06", "2025-07"), f.get(0).breachedPeriods());
    assertEquals(PartyRole.CUSTOMER, f.get(0).holder());
    assertEquals(
        "CUSTOMER may terminate from 2025-07: shop breached in [2025-05, 2025-06, 2025-07]",
        f.get(0).toString());
  }

  @Test
  void consecutiveBreaches_brokenByAMetMonthDoNotFire() {
    assertEquals(
        List.of(), Termination.evaluate(List.of(THREE_IN_A_ROW), months("shop", "BBMBBMBB")));
  }

  @Test
  void breachesWithin_kOfTheLastN() {
    TerminationRule rule = TerminationRule.breachesWithin(3, 5, "shop");
    List<TerminationFinding> f = Termination.evaluate(List.of(rule), months("shop", "BMBMMBMB"));
    // months 2..6 hold breaches in 3 and 6 only; months 4..8 hold 6 and 8; 1..5 hold 1 and 3
    assertEquals(List.of(), f);
    List<TerminationFinding> g = Termination.evaluate(List.of(rule), months("shop", "BMBMBMMM"));
    assertEquals("2025-05", g.get(0).firedIn().label());
    assertEquals(List.of("2025-01", "2025-03", "2025-05"), g.get(0).breachedPeriods());
  }

  @Test
  void aMissingPeriodEndsTheRun() {
    assertEquals(List.of(), Termination.evaluate(List.of(THREE_IN_A_ROW), months("shop", "BB_BB")));
  }

  @Test
  void runningPeriodsDoNotCount() {
    List<TargetResult> results = months("shop", "BB");
    AvailabilityTarget t =
        AvailabilityTarget.builder()
            .id("shop")
            .service("shop")
            .window("all")
            .minimum(dec("99.9"))
            .build();
    PeriodRange march = month(2025, 3, UTC);
    results.add(
        AvailabilityAccumulator.of(t, ALWAYS_UTC, march, march.start().plus(Duration.ofDays(3)))
            .add(outage("x", march.start(), Duration.ofHours(2)))
            .result());
    assertEquals(ComplianceStatus.BREACHED, results.get(2).status());
    assertEquals(List.of(), Termination.evaluate(List.of(THREE_IN_A_ROW), results));
  }

  @Test
  void eachTargetIsJudgedOnItsOwn() {
    TerminationRule rule = TerminationRule.consecutiveBreaches(2, "a", "b");
    List<TargetResult> results = new ArrayList<>(months("a", "BMB"));
    results.addAll(months("b", "MBB"));
    List<TerminationFinding> f = Termination.evaluate(List.of(rule), results);
    assertEquals(1, f.size());
    assertEquals("b", f.get(0).targetId());
    assertEquals("2025-03", f.get(0).firedIn().label());
  }

  @Test
  void inputOrderDoesNotMatter() {
    List<TargetResult> results = new ArrayList<>(months("shop", "MBBBM"));
    java.util.Collections.reverse(results);
    assertEquals(
        "2025-04", Termination.evaluate(List.of(THREE_IN_A_ROW), results).get(0).firedIn().label());
  }

  @Test
  void evaluate_rejectsTwoResultsForOnePeriod() {
    List<TargetResult> results = new ArrayList<>(months("shop", "BB"));
    results.addAll(months("shop", "B"));
    assertRejected(
        "A target has two results for the same period: target shop, period 2025-01",
        () -> Termination.evaluate(List.of(THREE_IN_A_ROW), results));
  }
}
