package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.berlin;
import static dev.servicelevel.evaluation.EcoShop.SLA;
import static dev.servicelevel.evaluation.EcoShop.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

class PeriodReportTest {

  // ---- the README example: from here ... -------------------------------------------------

  static Observations march() {
    List<Outage> outages = List.of(
        // Tuesday 4 March 07:30-08:45 Berlin: 45 min in prime time, 30 min outside
        Outage.of("INC-101", "shop",
            Interval.of(berlin("2025-03-04T07:30"), Duration.ofMinutes(75))),
        // a slow checkout at half impact
        Outage.builder().id("INC-107").service("shop")
            .interval(Interval.of(berlin("2025-03-12T12:00"), Duration.ofMinutes(20)))
            .impact(new BigDecimal("0.5")).build(),
        // announced a week ahead: excluded
        Outage.builder().id("CHG-88").service("shop")
            .interval(Interval.of(berlin("2025-03-16T02:00"), Duration.ofHours(2)))
            .cause(OutageCause.PLANNED_MAINTENANCE)
            .announcedAt(berlin("2025-03-09T10:00")).build());
    List<TicketHistory> tickets = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      Instant created = berlin("2025-03-03T09:00").plus(Duration.ofHours(12L * i));
      Duration reply = Duration.ofMinutes(i % 20 == 0 ? 45 : 12);  // two P1s answered late
      tickets.add(TicketHistory.of("T-" + i, List.of(
          TicketEvent.of(created, "created", Map.of("priority", "P1")),
          TicketEvent.of(created.plus(reply), "agent-reply"))));
    }
    List<Sample> latency = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      long millis = i % 50 == 0 ? 450 : 100 + (i * 37) % 200;  // 2 % slow requests
      latency.add(Sample.of(berlin("2025-03-05T10:00").plusSeconds(30L * i),
          BigDecimal.valueOf(millis)));
    }
    return Observations.builder()
        .outages(outages).tickets(tickets).samples("latency", latency).build();
  }

  static PeriodReport marchReport() {
    return Compliance.evaluate(SLA, LocalDate.of(2025, 3, 1),
        Instant.parse("2025-04-01T00:00:00Z"), march(),
        EvaluationOptions.builder().worstRecords(2).build());
  }

  // ---- ... to here ---------------------------------------------------------------------------

  @Test
  void report_ofEcoShopInMarch() {
    PeriodReport r = marchReport();
    assertEquals(
        String.join(
            "\n",
            "SLA ecoshop-sla 2025-03 as of 2025-04-01T00:00:00Z",
            "  shop-prime 2025-03 availability: BREACHED 99.748168 % (required >= 99.9 %), margin"
                + " -0.151832, budget allowed PT21M50.4S, used PT55M (251.84 %), left -PT33M9.6S,"
                + " burn rate 2.5184",
            "      downtime PT55M of PT364H agreed, 2 outages counted, 1 not",
            "      counted INC-101: PT45M of window time",
            "      counted INC-107: PT20M of window time at impact 0.5",
            "      not counted CHG-88: planned maintenance announced PT160H ahead (notice PT120H);"
                + " PT0S of window time",
            "  shop-non-prime 2025-03 availability: MET 99.868073 % (required >= 99.5 %), margin"
                + " 0.368073, budget allowed PT1H53M42S, used PT30M (26.39 %), left PT1H23M42S,"
                + " burn rate 0.2639",
            "      downtime PT30M of PT379H agreed, 1 outages counted, 2 not",
            "      counted INC-101: PT30M of window time",
            "      not counted CHG-88: planned maintenance announced PT160H ahead (notice PT120H);"
                + " PT2H of window time",
            "      not counted INC-107: outside window hours",
            "  report 2025-03 availability: MET 100 % (required >= 99.5 %), margin 0.5, budget"
                + " allowed PT1H49M12S, used PT0S (0 %), left PT1H49M12S, burn rate 0",
            "      downtime PT0S of PT364H agreed, 0 outages counted, 0 not",
            "  respond 2025-03 respond: MET (budget low) 95 % (required >= 95 %), margin 0, budget allowed 2"
                + " tickets, used 2 (100 %), left 0, burn rate 1",
            "      38 met, 2 breached, 0 pending, 0 excluded",
            "      counted T-20: PT15M past the goal of PT30M, stopped 2025-03-13T08:45:00Z",
            "      counted T-40: PT15M past the goal of PT30M, stopped 2025-03-23T08:45:00Z",
            "  latency 2025-03 p95: MET 293 ms (required <= 300 ms), margin 7, budget allowed 50"
                + " samples, used 20 (40 %), left 30, burn rate 0.4",
            "      p95 over 1000 observations, 980 meeting",
            "      counted 2025-03-05T09:00:00Z: 450 ms misses <= 300",
            "      counted 2025-03-05T09:25:00Z: 450 ms misses <= 300",
            "  shop availability: prime BREACHED 99.748168 % | non-prime MET 99.868073 %",
            "  credit 5 % (sum 5 %, cap 30 %) = 1000.00 EUR, caused by [shop-prime]",
            "  score 81.25 {shop=75, report=100}"),
        r.toString());
  }

  @Test
  void report_findsResultsAndRanksAttention() {
    PeriodReport r = marchReport();
    assertEquals(ComplianceStatus.BREACHED, r.result("shop-prime").orElseThrow().status());
    assertEquals(Optional.empty(), r.result("nope"));
    assertEquals(
        List.of("shop-prime", "respond"),
        r.attention().stream().map(TargetResult::targetId).toList());
    assertTrue(r.isComplete());
    assertEquals(dec("1000.00"), r.credit().orElseThrow().amount());
  }

  static Outage hourDown(String id, String berlinStart) {
    return Outage.of(id, "shop", Interval.of(berlin(berlinStart), Duration.ofHours(1)));
  }

  @Test
  void evaluate_overARangeOfMonthsReadsSourcesOnceAndFeedsTermination() {
    Outage jan = hourDown("J", "2025-01-07T10:00");
    Outage feb = hourDown("F", "2025-02-04T10:00");
    Outage mar = hourDown("M", "2025-03-04T10:00");
    int[] reads = {0};
    Iterable<Outage> once = () -> {
      reads[0]++;
      return List.of(jan, feb, mar).iterator();
    };
    List<PeriodReport> q1 =
        Compliance.evaluate(
            SLA,
            ReportingPeriod.calendarMonth(),
            LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1)),
            Instant.parse("2025-04-01T00:00:00Z"),
            Observations.builder().outages(once).build(),
            EvaluationOptions.defaults());
    assertEquals(1, reads[0]);
    assertEquals(3, q1.size());
    List<TerminationFinding> rights = Compliance.termination(SLA, q1);
    assertEquals(
        "CUSTOMER may terminate from 2025-03: shop-prime breached in [2025-01, 2025-02, 2025-03]",
        rights.get(0).toString());
  }

  @Test
  void evaluate_rejectsDatesOutsideTheValidityAndUnknownMeasurementTargets() {
    assertRejected(
        "Date is outside the agreement's validity: agreement ecoshop-sla, date 2024-12-31"
            + ", validity 2025-01-01/2027-01-01",
        () ->
            Compliance.evaluate(
                SLA, LocalDate.of(2024, 12, 31), Instant.EPOCH, Observations.empty()));
    Observations wrong =
        Observations.builder()
            .samples("respond", List.of(Sample.of(Instant.EPOCH, BigDecimal.ONE)))
            .build();
    assertRejected(
        "Agreement has no measurement target with this id: agreement ecoshop-sla, target respond",
        () -> Compliance.evaluate(SLA, LocalDate.of(2025, 3, 1), Instant.EPOCH, wrong));
  }

  @Test
  void periodAccumulator_shardsMergeToTheReportOfOnePass() {
    Observations all = march();
    EvaluationOptions two = EvaluationOptions.builder().worstRecords(2).build();
    Instant asOf = Instant.parse("2025-04-01T00:00:00Z");
    PeriodAccumulator a = PeriodAccumulator.of(SLA, LocalDate.of(2025, 3, 1), asOf, two);
    PeriodAccumulator b = PeriodAccumulator.of(SLA, LocalDate.of(2025, 3, 1), asOf, two);
    int i = 0;
    for (TicketHistory t : all.tickets().get(0)) {
      (i++ % 2 == 0 ? a : b).add(t);
    }
    for (Outage o : all.outages().get(0)) {
      (i++ % 2 == 0 ? a : b).add(o);
    }
    for (Sample s : all.samples().get("latency").get(0)) {
      (i++ % 3 == 0 ? a : b).add("latency", s.at(), s.value());
    }
    assertEquals(marchReport(), b.merge(a).report());
    assertRejected(
        "Only period accumulators of the same agreement, date, instant and options merge:"
            + " period accumulator ecoshop-sla 2025-03-01 as of 2025-04-01T00:00:00Z"
            + " / period accumulator ecoshop-sla 2025-03-16 as of 2025-04-01T00:00:00Z",
        () -> a.merge(PeriodAccumulator.of(SLA, LocalDate.of(2025, 3, 16), asOf, two)));
  }
}
