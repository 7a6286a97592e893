package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertNullRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** The observation and option values: validation, equality and text. */
class ObservationsTest {

  static final Interval HOUR = Interval.of(utc("2025-06-10T10:00"), Duration.ofHours(1));

  // ---- Outage ------------------------------------------------------------------------------

  @Test
  void outage_defaultsToFullImpactWithoutCause() {
    Outage o = Outage.of("INC-1", "shop", HOUR);
    assertEquals(BigDecimal.ONE, o.impact());
    assertEquals(false, o.announcedInAdvance());
    assertEquals("INC-1 shop 2025-06-10T10:00:00Z/2025-06-10T11:00:00Z", o.toString());
    assertEquals(o, Outage.builder().id("INC-1").service("shop").interval(HOUR).build());
    assertNotEquals(o, Outage.of("INC-2", "shop", HOUR));
  }

  @Test
  void outage_readsWithCauseAnnouncementAndImpact() {
    Outage o =
        Outage.builder()
            .id("CHG-1")
            .service("shop")
            .interval(HOUR)
            .cause(OutageCause.PLANNED_MAINTENANCE)
            .announcedAt(utc("2025-06-01T09:00"))
            .impact(dec("0.5"))
            .build();
    assertEquals(
        "CHG-1 shop 2025-06-10T10:00:00Z/2025-06-10T11:00:00Z PLANNED_MAINTENANCE announced"
            + " 2025-06-01T09:00:00Z impact 0.5",
        o.toString());
  }

  @Test
  void outage_rejectsBadValuesNamingThem() {
    assertRejected("Outage id must not be blank: ' '", () -> Outage.of(" ", "shop", HOUR));
    assertRejected(
        "Outage service must not be blank: outage INC-1, service ''",
        () -> Outage.of("INC-1", "", HOUR));
    assertRejected(
        "Outage interval must not be empty: outage INC-1,"
            + " interval 2025-06-10T10:00:00Z/2025-06-10T10:00:00Z",
        () -> Outage.of("INC-1", "shop", Interval.of(HOUR.getStart(), HOUR.getStart())));
    assertRejected(
        "Outage interval must be bounded: outage INC-1, interval"
            + " 2025-06-10T10:00:00Z/+1000000000-12-31T23:59:59.999999999Z",
        () -> Outage.of("INC-1", "shop", Interval.of(HOUR.getStart(), Instant.MAX)));
    assertRejected(
        "Outage impact must be more than 0 and at most 1: outage INC-1, impact 1.5",
        () ->
            Outage.builder().id("INC-1").service("shop").interval(HOUR).impact(dec("1.5")).build());
    assertRejected(
        "Outage impact must be more than 0 and at most 1: outage INC-1, impact 0",
        () -> Outage.builder().id("INC-1").service("shop").interval(HOUR).impact(dec("0")).build());
    assertRejected(
        "Only planned maintenance is announced: outage INC-1, cause no cause",
        () ->
            Outage.builder()
                .id("INC-1")
                .service("shop")
                .interval(HOUR)
                .announcedInAdvance(true)
                .build());
    assertRejected(
        "Outage gives both an announcement instant and an announced-in-advance flag: CHG-1",
        () ->
            Outage.builder()
                .id("CHG-1")
                .service("shop")
                .interval(HOUR)
                .cause(OutageCause.PLANNED_MAINTENANCE)
                .announcedAt(utc("2025-06-01T09:00"))
                .announcedInAdvance(true)
                .build());
    assertNullRejected("interval", () -> Outage.of("INC-1", "shop", null));
  }

  // ---- Sample, EventCount ------------------------------------------------------------------

  @Test
  void sample_equalityAndText() {
    Sample s = Sample.of(utc("2025-06-10T10:00"), dec("212.5"));
    assertEquals(Sample.of(utc("2025-06-10T10:00"), dec("212.5")), s);
    assertNotEquals(Sample.of(utc("2025-06-10T10:00"), dec("212")), s);
    assertEquals("212.5@2025-06-10T10:00:00Z", s.toString());
    assertNullRejected("value", () -> Sample.of(Instant.EPOCH, null));
  }

  @Test
  void eventCount_rejectsImpossibleCounts() {
    assertEquals("3/4 in " + HOUR, EventCount.of(HOUR, 3, 4).toString());
    assertRejected(
        "Event count must have 0 <= counted <= total: counted 5, total 4",
        () -> EventCount.of(HOUR, 5, 4));
    assertRejected(
        "Event count must have 0 <= counted <= total: counted -1, total 4",
        () -> EventCount.of(HOUR, -1, 4));
    assertRejected(
        "Event count interval must be bounded: -1000000000-01-01T00:00:00Z/2025-06-10T10:00:00Z",
        () -> EventCount.of(Interval.of(Instant.MIN, HOUR.getStart()), 1, 1));
  }

  // ---- PeriodRange, EvaluationOptions --------------------------------------------------------

  @Test
  void periodRange_ofAReportingPeriodAndItsCutoff() {
    PeriodRange q2 =
        PeriodRange.of(ReportingPeriod.calendarQuarter(), LocalDate.of(2025, 5, 14), UTC);
    assertEquals("2025-Q2", q2.label());
    assertEquals(utc("2025-04-01T00:00"), q2.start());
    assertEquals(utc("2025-07-01T00:00"), q2.end());
    assertEquals(q2.start(), q2.cutoff(utc("2025-01-01T00:00")));
    assertEquals(utc("2025-05-01T00:00"), q2.cutoff(utc("2025-05-01T00:00")));
    assertEquals(q2.end(), q2.cutoff(utc("2026-01-01T00:00")));
    assertEquals("2025-06 (2025-06-01T00:00:00Z/2025-07-01T00:00:00Z)", JUNE.toString());
    assertRejected("Period label must not be blank: ''", () -> PeriodRange.of("", JUNE.interval()));
    assertRejected(
        "Period must be bounded and not empty: x / 2025-06-01T00:00:00Z/2025-06-01T00:00:00Z",
        () -> PeriodRange.of("x", Interval.of(JUNE.start(), JUNE.start())));
  }

  @Test
  void options_defaultAndBounds() {
    assertEquals(10, EvaluationOptions.defaults().worstRecords());
    assertRejected(
        "Worst records must be within 0 and 10000: -1",
        () -> EvaluationOptions.builder().worstRecords(-1).build());
  }

  // ---- Observations ------------------------------------------------------------------------

  @Test
  void observations_holdSourcesInOrder() {
    List<Outage> a = List.of(Outage.of("A", "shop", HOUR));
    List<Outage> b = List.of(Outage.of("B", "shop", HOUR));
    Observations o =
        Observations.builder()
            .outages(a)
            .outages(b)
            .samples("latency", List.of())
            .counts("errors", List.of())
            .build();
    assertEquals(List.of(a, b), o.outages());
    assertEquals(
        "observations (2 outage sources, 0 ticket sources, samples for [latency], counts for"
            + " [errors])",
        o.toString());
    assertNullRejected("source", () -> Observations.builder().tickets(null));
  }

  // ---- ErrorBudget ---------------------------------------------------------------------------

  @Test
  void errorBudget_textAndShares() {
    ErrorBudget time = ErrorBudget.of(ErrorBudget.Unit.SECONDS, dec("2592"), dec("3000"));
    assertEquals("allowed PT43M12S, used PT50M (115.75 %), left -PT6M48S", time.toString());
    ErrorBudget none = ErrorBudget.of(ErrorBudget.Unit.TICKETS, dec("0"), dec("0"));
    assertEquals("allowed 0 tickets, used 0, left 0", none.toString());
    assertEquals(java.util.Optional.empty(), none.usedPercent());
    assertEquals(java.util.Optional.empty(), none.allowedTime());
  }
}
