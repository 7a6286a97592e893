package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static dev.servicelevel.evaluation.ComplianceFixtures.outage;
import static dev.servicelevel.evaluation.ComplianceFixtures.respond;
import static dev.servicelevel.evaluation.ComplianceFixtures.ticket;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TargetCredits;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * A period report's derived figures, found unpinned by mutation testing: unevaluable records of
 * both kinds in the list, the count and the text, completeness while running, the order of the
 * results that need attention, and the credit tier of a value exactly on a tier's bound.
 */
class PeriodReportMutationTest {

  private static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  private static final Instant MID_JUNE = utc("2025-06-15T00:00");
  private static final Instant T0 = utc("2025-06-02T00:00");

  private static Agreement sla(MetricTarget... more) {
    Agreement.Builder b =
        Agreement.builder()
            .id("sla")
            .kind(AgreementKind.SLA)
            .title("Shop")
            .provider(Party.of("it", "IT"))
            .customer(Party.of("shop", "Shop"))
            .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
            .zone(ZoneOffset.UTC)
            .addServices(Service.of("shop", "Shop"))
            .addWindows(ServiceWindow.of("all", ALWAYS_UTC))
            .addTargets(
                availability("99.9").build(),
                respond().requiredShare(dec("90")).build(),
                measurement(Indicator.mean(), Comparison.LESS_OR_EQUAL, "300").build());
    for (MetricTarget t : more) {
      b.addTargets(t);
    }
    return b.build();
  }

  private static Observations observations() {
    Outage unknownCause =
        Outage.builder()
            .id("INC-9")
            .service("shop")
            .interval(Interval.of(utc("2025-06-03T10:00"), Duration.ofHours(1)))
            .cause(OutageCause.of("flood", true, "Water"))
            .build();
    return Observations.builder()
        .outages(List.of(outage("INC-1", T0, Duration.ofMinutes(10)), unknownCause))
        .tickets(
            List.of(
                ticket("T-1", "P1", T0, Duration.ofMinutes(5)),
                ticket("T-2", "P1", T0.plusSeconds(60), Duration.ofMinutes(10))))
        .samples("latency", List.of(Sample.of(T0, dec("120")), Sample.of(T0, dec("80"))))
        .build();
  }

  @Test
  void unevaluable_availabilityRecordsAreListedCountedAndShown() {
    PeriodReport report =
        Compliance.evaluate(sla(), LocalDate.of(2025, 6, 1), AFTER_JUNE, observations());
    assertEquals(1, report.unevaluableCount());
    assertEquals(List.of("INC-9"),
        report.unevaluable().stream().map(UnevaluableRecord::id).toList());
    String text = report.toString();
    assertTrue(text.contains("\n      unevaluable outage INC-9 for shop-avail: INVALID: "), text);
    assertTrue(text.contains("\n      counted "), text);
    TargetResult latency = report.result("latency").orElseThrow();
    assertTrue(text.contains("\n      " + latency.measurement().orElseThrow()), text);
    assertTrue(report.isComplete());
    assertFalse(text.contains("(running)"), text);
  }

  @Test
  void isComplete_isFalseWhileThePeriodRuns() {
    PeriodReport running =
        Compliance.evaluate(sla(), LocalDate.of(2025, 6, 1), MID_JUNE, observations());
    assertFalse(running.isComplete());
    assertTrue(running.toString().contains(" (running)"), running.toString());
  }

  @Test
  void attention_putsBreachesFirstThenTheMostUsedBudget() {
    // June allows 2,592 s at 99.9 %: "shop-avail" and "a-low" use 2,400 s of it (92.59 %,
    // budget low), "b-lower" 2,400 s of 5,184 (46.3 %, low at 10 %); "z-mean" breaches and has
    // no budget at all, yet comes first
    AvailabilityTarget low = availability("99.9").id("a-low").atRiskThreshold(dec("50"))
        .build();
    AvailabilityTarget lower = availability("99.8").id("b-lower").atRiskThreshold(dec("10"))
        .build();
    MetricTarget breach =
        measurement("z-mean", Indicator.mean(), Comparison.LESS_OR_EQUAL, "50").build();
    Observations obs =
        Observations.builder()
            .outages(List.of(outage("INC-1", T0, Duration.ofSeconds(2_400))))
            .samples("z-mean", List.of(Sample.of(T0, dec("120"))))
            .build();
    PeriodReport report =
        Compliance.evaluate(sla(low, lower, breach), LocalDate.of(2025, 6, 1), AFTER_JUNE, obs);
    assertEquals(ComplianceStatus.BREACHED, report.result("z-mean").orElseThrow().status());
    assertEquals(
        List.of("z-mean", "a-low", "shop-avail", "b-lower"),
        report.attention().stream().map(TargetResult::targetId).toList());
  }

  @Test
  void tierIn_ofAValueExactlyOnATierBoundIsTheTierFromIt() {
    TargetCredits credits =
        TargetCredits.of(
            "shop-avail",
            CreditTier.below(dec("95"), dec("30")),
            CreditTier.between(dec("95"), dec("99"), dec("15")),
            CreditTier.between(dec("99"), dec("99.9"), dec("5")));
    AvailabilityAccumulator acc =
        AvailabilityAccumulator.of(availability("99.9").build(), ALWAYS_UTC, JUNE, AFTER_JUNE);
    // 1 % of June's 2,592,000 s: exactly 99 %
    acc.add(outage("INC-1", T0, Duration.ofSeconds(25_920)));
    TargetResult r = acc.result();
    assertEquals(0, r.achieved().orElseThrow().compareTo(dec("99")));
    assertEquals(Optional.of(credits.tiers().get(2)), r.tierIn(credits));
    TargetResult noData =
        MeasurementAccumulator.of(
                measurement(Indicator.mean(), Comparison.LESS_OR_EQUAL, "300").build(),
                ALWAYS_UTC, JUNE, AFTER_JUNE)
            .result();
    assertEquals(ComplianceStatus.NO_DATA, noData.status());
    assertEquals(Optional.empty(), noData.tierIn(credits));
  }

  @Test
  void unevaluable_ticketsAndOutagesAreListedCountedAndShownTogether() {
    // the window stops opening on 20 June: a PX ticket (one working day) created after it has
    // no deadline; the outage names a cause the agreement does not know
    Agreement sla =
        Agreement.builder()
            .id("sla")
            .kind(AgreementKind.SLA)
            .title("Shop")
            .provider(Party.of("it", "IT"))
            .customer(Party.of("shop", "Shop"))
            .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
            .zone(ZoneOffset.UTC)
            .addServices(Service.of("shop", "Shop"))
            .addWindows(ServiceWindow.of("all", TimerRobustnessTest.STOPS_OPENING))
            .addTargets(availability("99.9").build(), TimerRobustnessTest.WORKING_DAYS)
            .build();
    Outage unknownCause =
        Outage.builder()
            .id("INC-9")
            .service("shop")
            .interval(Interval.of(utc("2025-06-03T10:00"), Duration.ofHours(1)))
            .cause(OutageCause.of("flood", true, "Water"))
            .build();
    Observations obs =
        Observations.builder()
            .outages(List.of(unknownCause))
            .tickets(List.of(ticket("BAD", "PX", utc("2025-06-25T09:00"), null)))
            .build();
    PeriodReport report = Compliance.evaluate(sla, LocalDate.of(2025, 6, 1), AFTER_JUNE, obs);
    assertEquals(2, report.unevaluableCount());
    assertEquals(List.of("INC-9", "BAD"),
        report.unevaluable().stream().map(UnevaluableRecord::id).toList());
    String text = report.toString();
    assertTrue(text.contains("\n      unevaluable ticket BAD for respond: NO_DEADLINE: "), text);
    assertTrue(text.contains("\n      unevaluable outage INC-9 for shop-avail: INVALID: "), text);
  }
}
