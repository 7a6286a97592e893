package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static dev.servicelevel.evaluation.ComplianceFixtures.outage;
import static dev.servicelevel.evaluation.ComplianceFixtures.respond;
import static dev.servicelevel.evaluation.ComplianceFixtures.ticket;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
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
 * {@link Compliance#evaluate(Agreement, ReportingPeriod, LocalDateRange, Instant, Observations,
 * EvaluationOptions)} over several periods: every kind of observation reaches every period, so
 * each period's report equals the one-period evaluation of the same observations.
 */
class ComplianceMutationTest {

  private static final Agreement SLA =
      Agreement.builder()
          .id("every-kind")
          .kind(AgreementKind.SLA)
          .title("One target of each kind")
          .provider(Party.of("p", "Provider"))
          .customer(Party.of("c", "Customer"))
          .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
          .zone(ZoneOffset.UTC)
          .addServices(Service.of("shop", "Shop"))
          .addWindows(ServiceWindow.of("all", ALWAYS_UTC))
          .addTargets(
              availability("99.9").build(),
              respond().requiredShare(dec("90")).build(),
              measurement(Indicator.max(), Comparison.LESS_OR_EQUAL, "300").build(),
              measurement("success", Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "99")
                  .build())
          .build();

  private static final Instant AS_OF = utc("2025-08-01T00:00");

  private static Observations observations() {
    return Observations.builder()
        .outages(
            List.of(
                outage("INC-6", utc("2025-06-10T10:00"), Duration.ofHours(1)),
                outage("INC-7", utc("2025-07-10T10:00"), Duration.ofHours(2))))
        .tickets(
            List.of(
                ticket("T-6", "P1", utc("2025-06-11T10:00"), Duration.ofHours(1)),
                ticket("T-7", "P1", utc("2025-07-11T10:00"), Duration.ofMinutes(10))))
        .samples(
            "latency",
            List.of(
                Sample.of(utc("2025-06-12T10:00"), dec("250")),
                Sample.of(utc("2025-07-12T10:00"), dec("400"))))
        .counts(
            "success",
            List.of(
                EventCount.of(Interval.of(utc("2025-06-13T10:00"), Duration.ofHours(1)), 98, 100),
                EventCount.of(
                    Interval.of(utc("2025-07-13T10:00"), Duration.ofHours(1)), 100, 100)))
        .build();
  }

  @Test
  void severalPeriods_eachReportEqualsItsOwnEvaluation() {
    List<PeriodReport> reports =
        Compliance.evaluate(
            SLA,
            ReportingPeriod.calendarMonth(),
            LocalDateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1)),
            AS_OF,
            observations(),
            EvaluationOptions.defaults());
    assertEquals(2, reports.size());
    PeriodReport june =
        Compliance.evaluate(SLA, LocalDate.of(2025, 6, 1), AS_OF, observations());
    PeriodReport july =
        Compliance.evaluate(SLA, LocalDate.of(2025, 7, 1), AS_OF, observations());
    assertEquals(june, reports.get(0));
    assertEquals(july, reports.get(1));
  }

  @Test
  void severalPeriods_everyKindOfObservationReachesItsPeriod() {
    List<PeriodReport> reports =
        Compliance.evaluate(
            SLA,
            ReportingPeriod.calendarMonth(),
            LocalDateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1)),
            AS_OF,
            observations(),
            EvaluationOptions.defaults());
    PeriodReport june = reports.get(0);
    PeriodReport july = reports.get(1);
    // 1 h down of June's 720 h, 2 h of July's 744 h
    assertEquals(Duration.ofHours(1),
        june.result("shop-avail").orElseThrow().availability().orElseThrow().downtime());
    assertEquals(Duration.ofHours(2),
        july.result("shop-avail").orElseThrow().availability().orElseThrow().downtime());
    // June's ticket answered after 1 h (goal 30 min): breached; July's after 10 min: met
    assertEquals(ComplianceStatus.BREACHED, june.result("respond").orElseThrow().status());
    assertEquals(ComplianceStatus.MET, july.result("respond").orElseThrow().status());
    // the largest sample: 250 in June, 400 in July
    assertEquals(Optional.of(dec("250")), june.result("latency").orElseThrow().achieved());
    assertEquals(Optional.of(dec("400")), july.result("latency").orElseThrow().achieved());
    // 98 of 100 good in June, 100 of 100 in July
    assertEquals(Optional.of(dec("98")), june.result("success").orElseThrow().achieved());
    assertEquals(Optional.of(dec("100")), july.result("success").orElseThrow().achieved());
  }
}
