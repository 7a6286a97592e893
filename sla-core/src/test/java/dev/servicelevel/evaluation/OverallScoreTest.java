package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.berlin;
import static dev.servicelevel.evaluation.EcoShop.SLA;
import static dev.servicelevel.evaluation.EcoShop.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class OverallScoreTest {

  static final Instant AFTER_MARCH = Instant.parse("2025-04-01T00:00:00Z");

  static List<TargetResult> march(Observations obs) {
    return Compliance.evaluate(SLA, LocalDate.of(2025, 3, 1), AFTER_MARCH, obs).results();
  }

  @Test
  void score_withoutDataIsEmpty() {
    // before March starts no target has data
    List<TargetResult> results =
        Compliance.evaluate(
                SLA,
                LocalDate.of(2025, 3, 1),
                Instant.parse("2025-02-01T00:00:00Z"),
                Observations.empty())
            .results();
    OverallScore s = OverallScore.of(SLA, results);
    assertEquals(Optional.empty(), s.value());
    assertEquals(Map.of(), s.services());
    assertEquals("score - {}", s.toString());
  }

  @Test
  void score_weighsTargetsWithinServicesAndServicesAgainstEachOther() {
    // availability met everywhere; respond and latency have no data
    OverallScore all = OverallScore.of(SLA, march(Observations.empty()));
    assertEquals(Optional.of(dec("100")), all.value());
    // shop-prime breached: shop has 1 of 2 targets with data met, weight 3; report 100, weight 1
    Outage crash =
        Outage.of("X", "shop", Interval.of(berlin("2025-03-04T10:00"), Duration.ofHours(2)));
    OverallScore one =
        OverallScore.of(SLA, march(Observations.builder().outages(List.of(crash)).build()));
    assertEquals(Map.of("shop", dec("50"), "report", dec("100")), one.services());
    assertEquals(Optional.of(dec("62.5")), one.value());
  }

  @Test
  void score_isExactBeforeRoundingDown() {
    // shop: 1 of 3 with data breached (prime, non-prime, respond): 66.66...; overall
    // (3 * 200/3 + 100) / 4 = 75 exactly
    Outage crash =
        Outage.of("X", "shop", Interval.of(berlin("2025-03-04T10:00"), Duration.ofHours(2)));
    TicketHistory t =
        TicketHistory.of(
            "T",
            List.of(
                TicketEvent.of(berlin("2025-03-04T10:00"), "created", Map.of("priority", "P1")),
                TicketEvent.of(berlin("2025-03-04T10:05"), "agent-reply")));
    OverallScore s =
        OverallScore.of(
            SLA, march(Observations.builder().outages(List.of(crash)).tickets(List.of(t)).build()));
    assertEquals(Map.of("shop", dec("66.66"), "report", dec("100")), s.services());
    assertEquals(Optional.of(dec("75")), s.value());
  }

  @Test
  void of_rejectsTwoResultsForOneTarget() {
    List<TargetResult> results = new ArrayList<>(march(Observations.empty()));
    results.add(results.get(0));
    assertRejected(
        "A score takes one result per target: shop-prime", () -> OverallScore.of(SLA, results));
  }
}
