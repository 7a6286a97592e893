package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/** Outage causes an agreement defines: excluded, counted, or unevaluable when undefined. */
class OutageCausesTest {

  private static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  private static final OutageCause POWER_CUT =
      OutageCause.of("regional-power-cut", true, "A regional power cut");
  private static final OutageCause CUSTOMER_CHANGE =
      OutageCause.of("customer-change", false, "A change the customer made");

  private static Outage outage(String id, String start, Optional<OutageCause> cause) {
    return Outage.builder()
        .id(id)
        .service("shop")
        .interval(Interval.of(utc(start), Duration.ofHours(1)))
        .cause(cause)
        .build();
  }

  private static Agreement sla(AvailabilityTarget target) {
    return Agreement.builder()
        .id("sla")
        .kind(AgreementKind.SLA)
        .title("Shop")
        .provider(Party.of("it", "IT"))
        .customer(Party.of("shop", "Shop"))
        .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
        .zone(ZoneOffset.UTC)
        .addServices(Service.of("shop", "Shop"))
        .addWindows(ServiceWindow.of("all", ALWAYS_UTC))
        .addTargets(target)
        .addOutageCauses(POWER_CUT, CUSTOMER_CHANGE)
        .build();
  }

  private static TargetResult june(Agreement sla, Outage... outages) {
    PeriodReport report =
        Compliance.evaluate(
            sla,
            LocalDate.of(2025, 6, 15),
            AFTER_JUNE,
            Observations.builder().outages(List.of(outages)).build());
    return report.results().get(0);
  }

  @Test
  void causeTheAgreementExcludes_isExcludedByEveryTarget() {
    TargetResult r =
        june(
            sla(availability("99.9").build()),
            outage("INC-1", "2025-06-02T10:00", Optional.of(POWER_CUT)));
    assertEquals(Duration.ZERO, r.availability().orElseThrow().downtime());
    assertEquals(Map.of("excluded: regional-power-cut", 1L), r.explanation().reasonCounts());
    assertEquals(
        "INC-1: excluded cause regional-power-cut (by the agreement); PT1H of window time",
        r.explanation().excluded().get(0).toString());
  }

  @Test
  void causeExcludedByTheTargetOnly_countsForOtherTargets() {
    Outage change = outage("CHG-1", "2025-06-02T10:00", Optional.of(CUSTOMER_CHANGE));
    TargetResult excluding =
        june(sla(availability("99.9").addExcludedCauses(CUSTOMER_CHANGE).build()), change);
    assertEquals(Duration.ZERO, excluding.availability().orElseThrow().downtime());
    TargetResult counting = june(sla(availability("99.9").build()), change);
    assertEquals(Duration.ofHours(1), counting.availability().orElseThrow().downtime());
    assertEquals(1, counting.availability().orElseThrow().outagesCounted());
  }

  @Test
  void undefinedCause_isUnevaluableNeitherCountedNorExcluded() {
    OutageCause flood = OutageCause.of("flood", true, "Water in the data centre");
    OutageCause powerCutCounted =
        OutageCause.of("regional-power-cut", false, "A regional power cut");
    Agreement sla = sla(availability("99.9").build());
    PeriodReport report =
        Compliance.evaluate(
            sla,
            LocalDate.of(2025, 6, 15),
            AFTER_JUNE,
            Observations.builder()
                .outages(
                    List.of(
                        outage("INC-1", "2025-06-02T10:00", Optional.of(flood)),
                        outage("INC-2", "2025-06-03T10:00", Optional.of(powerCutCounted)),
                        outage("INC-3", "2025-06-04T10:00", Optional.empty())))
                .build());
    TargetResult r = report.results().get(0);
    AvailabilityFigures f = r.availability().orElseThrow();
    assertEquals(Duration.ofHours(1), f.downtime());
    assertEquals(1, f.outagesCounted());
    assertEquals(0, f.outagesNotCounted());
    assertEquals(2, f.unevaluable());
    assertEquals(2, report.unevaluableCount());
    assertEquals(
        List.of(
            "outage INC-1 for shop-avail: INVALID: Outage names a cause the agreement does not"
                + " define: flood",
            "outage INC-2 for shop-avail: INVALID: Outage names a cause the agreement does not"
                + " define: regional-power-cut"),
        report.unevaluable().stream().map(Object::toString).toList());
    assertEquals(Map.of("counted", 1L, "unevaluable", 2L), r.explanation().reasonCounts());
    assertEquals(
        "downtime PT1H of PT720H agreed, 1 outages counted, 0 not, 2 unevaluable", f.toString());
  }

  @Test
  void standaloneAccumulator_knowsThePredefinedCausesAndThoseTheTargetExcludes() {
    AvailabilityTarget target = availability("99.9").addExcludedCauses(POWER_CUT).build();
    TargetResult r =
        AvailabilityAccumulator.of(target, ALWAYS_UTC, JUNE, AFTER_JUNE)
            .add(outage("INC-1", "2025-06-02T10:00", Optional.of(POWER_CUT)))
            .add(outage("INC-2", "2025-06-03T10:00", Optional.of(OutageCause.FORCE_MAJEURE)))
            .add(outage("INC-3", "2025-06-04T10:00", Optional.of(CUSTOMER_CHANGE)))
            .result();
    AvailabilityFigures f = r.availability().orElseThrow();
    assertEquals(1, f.outagesNotCounted());
    assertEquals(1, f.outagesCounted());
    assertEquals(1, f.unevaluable());
    assertEquals("INC-3", f.unevaluableRecords().get(0).id());
  }

  @Test
  void merge_addsUnevaluableOutagesAndRequiresTheSameCauses() {
    AvailabilityTarget target = availability("99.9").build();
    EvaluationOptions options = EvaluationOptions.defaults();
    AvailabilityAccumulator a =
        AvailabilityAccumulator.of(
                target, ALWAYS_UTC, JUNE, AFTER_JUNE, options, List.of(POWER_CUT))
            .add(outage("INC-1", "2025-06-02T10:00", Optional.of(CUSTOMER_CHANGE)));
    AvailabilityAccumulator b =
        AvailabilityAccumulator.of(
                target, ALWAYS_UTC, JUNE, AFTER_JUNE, options, List.of(POWER_CUT))
            .add(outage("INC-2", "2025-06-03T10:00", Optional.of(CUSTOMER_CHANGE)));
    assertEquals(2, a.merge(b).result().availability().orElseThrow().unevaluable());
    AvailabilityAccumulator other =
        AvailabilityAccumulator.of(target, ALWAYS_UTC, JUNE, AFTER_JUNE, options, List.of());
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> a.merge(other));
    assertEquals(
        true, e.getMessage().startsWith("Only accumulators of the same target"), e::getMessage);
  }

  @Test
  void predefinedCauses_keepTheirFormerFigures() {
    AvailabilityTarget target =
        availability("99.9").addExcludedCauses(OutageCause.PLANNED_MAINTENANCE).build();
    TargetResult r =
        june(
            sla(target),
            outage("CHG-1", "2025-06-02T10:00", Optional.of(OutageCause.PLANNED_MAINTENANCE)),
            outage("INC-1", "2025-06-03T10:00", Optional.of(OutageCause.THIRD_PARTY)));
    assertEquals(Duration.ofHours(1), r.availability().orElseThrow().downtime());
    assertEquals(
        Map.of("counted", 1L, "excluded: PLANNED_MAINTENANCE", 1L),
        r.explanation().reasonCounts());
    assertEquals(
        0, dec("99.86").compareTo(r.achieved().orElseThrow().setScale(2, RoundingMode.DOWN)));
  }

  @Test
  void accumulator_rejectsNullCauses() {
    AvailabilityTarget target = availability("99.9").build();
    List<OutageCause> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    NullPointerException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            NullPointerException.class,
            () ->
                AvailabilityAccumulator.of(
                    target, ALWAYS_UTC, JUNE, AFTER_JUNE, EvaluationOptions.defaults(), withNull));
    assertEquals("definedCauses", e.getMessage());
    assertRejected(
        "Target excludes an outage cause the agreement does not define: shop-avail / flood",
        () -> sla(availability("99.9")
            .addExcludedCauses(OutageCause.of("flood", true, "Water")).build()));
  }
}
