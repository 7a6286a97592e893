package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.evaluation.chain.ChainAnalysis;
import dev.servicelevel.evaluation.Compliance;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerResult;
import dev.servicelevel.testkit.QuickTheoriesGens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ResultsJsonTest {

  // ---- golden files ----

  @Test
  void periodReport_matchesGoldenFile() {
    Golden.assertMatches("period-report.json", ResultsJson.toJson(ResultFixtures.march()));
  }

  @Test
  void runningPeriodReport_matchesGoldenFile() {
    Golden.assertMatches(
        "period-report-running.json", ResultsJson.toJson(ResultFixtures.runningMarch()));
  }

  @Test
  void timerResult_matchesGoldenFile() {
    TimerResult r =
        TicketTimers.evaluate(
            ResultFixtures.pausedTicket(),
            ResultFixtures.RESPOND,
            ResultFixtures.PRIME.calendar(),
            ResultFixtures.AS_OF);
    Golden.assertMatches("timer-result.json", ResultsJson.toJson(r));
  }

  @Test
  void chainAnalysis_matchesGoldenFile() {
    PeriodReport sla = ResultFixtures.march();
    PeriodReport ola =
        dev.servicelevel.evaluation.PeriodAccumulator.of(
                ResultFixtures.OLA, ResultFixtures.MARCH, ResultFixtures.AS_OF)
            .add(
                dev.servicelevel.evaluation.Outage.of(
                    "HOST-1",
                    "hosting",
                    org.threeten.extra.Interval.of(
                        ResultFixtures.at("2025-03-04T10:00"), java.time.Duration.ofMinutes(50))))
            .report();
    Golden.assertMatches(
        "chain-analysis.json",
        ResultsJson.chainToJson(
            ChainAnalysis.breaches(ResultFixtures.CHAIN, List.of(sla, ola)),
            ChainAnalysis.weakLinks(ResultFixtures.CHAIN)));
  }

  @Test
  void termination_matchesGoldenFile() {
    List<PeriodReport> months =
        Compliance.evaluate(
            ResultFixtures.SLA,
            dev.servicelevel.agreement.ReportingPeriod.calendarMonth(),
            org.threeten.extra.LocalDateRange.of(
                java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2025, 5, 1)),
            ResultFixtures.AS_OF.plus(java.time.Duration.ofDays(40)),
            dev.servicelevel.evaluation.Observations.builder()
                .outages(
                    List.of(
                        dev.servicelevel.evaluation.Outage.of(
                            "INC-3",
                            "shop",
                            org.threeten.extra.Interval.of(
                                ResultFixtures.at("2025-03-04T10:00"),
                                java.time.Duration.ofHours(5))),
                        dev.servicelevel.evaluation.Outage.of(
                            "INC-4",
                            "shop",
                            org.threeten.extra.Interval.of(
                                ResultFixtures.at("2025-04-08T10:00"),
                                java.time.Duration.ofHours(5)))))
                .build(),
            dev.servicelevel.evaluation.EvaluationOptions.defaults());
    Golden.assertMatches(
        "termination-findings.json",
        ResultsJson.terminationToJson(
            Compliance.termination(ResultFixtures.SLA, months)));
  }

  // ---- exactness and shape ----

  @Test
  void decimalsAreStringsWithTheirScaleAndInstantsAreUtc() {
    JsonNode n = DataJson.MAPPER.readTree(ResultsJson.toJsonLine(ResultFixtures.march()));
    JsonNode prime = n.get("results").get(0);
    assertEquals("shop-prime", prime.get("targetId").asString());
    assertTrue(prime.get("achieved").isString());
    assertEquals(
        ResultFixtures.march().result("shop-prime").orElseThrow().achieved().orElseThrow(),
        new BigDecimal(prime.get("achieved").asString()));
    assertEquals("99.9", prime.get("required").asString());
    assertEquals("2025-03-01T00:00:00Z"
        .length(), prime.get("period").get("start").asString().length());
    assertEquals("EUR", n.get("credit").get("currency").asString());
    assertFalse(ResultsJson.toJsonLine(ResultFixtures.march()).contains("\n"));
  }

  @Test
  void everyGeneratedTimerResultWritesValidJsonNamingItsTicket() {
    qt().withExamples(40)
        .forAll(QuickTheoriesGens.ticketScenarios())
        .checkAssert(
            s -> {
              TimerResult r;
              try {
                r = TicketTimers.evaluate(s.history(), s.target(), s.calendar().build(), s.asOf());
              } catch (java.time.DateTimeException noDeadline) {
                return; // documented: a goal in working days on a calendar that never opens
              }
              JsonNode n = DataJson.MAPPER.readTree(ResultsJson.toJson(r));
              assertEquals("TimerResult", n.get("kind").asString());
              assertEquals(r.ticketId(), n.get("ticketId").asString());
              assertEquals(r.cycles().size(), n.get("cycles").size());
              assertEquals(
                  r.current().elapsed().toString(),
                  n.get("cycles").get(r.cycles().size() - 1).get("elapsed").asString());
            });
  }

  @Test
  void nullArguments_areNamed() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> ResultsJson.toJson((PeriodReport) null));
    assertEquals("report", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> ResultsJson.chainToJson(null, List.of()));
    assertEquals("breaches", e.getMessage());
  }
}
