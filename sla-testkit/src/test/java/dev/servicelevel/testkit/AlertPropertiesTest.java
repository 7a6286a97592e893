package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.Fraction;
import dev.servicelevel.evaluation.Observations;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.alert.BurnRateAlert;
import dev.servicelevel.evaluation.alert.BurnRateAlerts;
import dev.servicelevel.evaluation.alert.BurnRateCondition;
import dev.servicelevel.evaluation.alert.BurnRateReport;
import dev.servicelevel.evaluation.alert.WindowBurn;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * Burn-rate alerts against a reference model: on an always-open window with full outages, a
 * window's burn rate is the union of the outages within it over {@code (100 - minimum) %} of its
 * length, the window clipped to the month; a condition fires exactly when both windows' rates
 * meet it; and another outage never burns slower.
 */
class AlertPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 200);
  private static final BigDecimal MINIMUM = new BigDecimal("99.5");
  private static final Agreement SLA =
      Agreement.builder()
          .id("sla")
          .kind(AgreementKind.SLA)
          .title("Alerts")
          .provider(Party.of("p", "Provider"))
          .customer(Party.of("c", "Customer"))
          .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
          .zone(ZoneOffset.UTC)
          .addServices(Service.of(ComplianceScenarios.SERVICE, "Shop"))
          .addWindows(ServiceWindow.of("all", BusinessCalendar.alwaysOpen(ZoneOffset.UTC)))
          .addTargets(
              AvailabilityTarget.builder()
                  .id("avail")
                  .service(ComplianceScenarios.SERVICE)
                  .window("all")
                  .minimum(MINIMUM)
                  .build())
          .build();
  /** Two days into June, so windows of more than two days reach back before the month. */
  private static final Instant AS_OF = Instant.parse("2025-06-03T00:00:00Z");
  private static final Instant JUNE = Instant.parse("2025-06-01T00:00:00Z");

  /** A full outage within the 5 days before asOf, 1 s to 6 h long. */
  private static final Gen<Interval> OUTAGE =
      integers()
          .between(1, 5 * 24 * 3600)
          .zip(
              integers().between(1, 6 * 3600),
              (back, len) -> Interval.of(AS_OF.minusSeconds(back), Duration.ofSeconds(len)));
  private static final Gen<BurnRateCondition> CONDITION =
      QuickTheoriesGens.of(AlertScenarios::burnRateCondition);

  private static Observations observations(List<Interval> intervals) {
    List<Outage> outages = new ArrayList<>();
    for (int i = 0; i < intervals.size(); i++) {
      outages.add(Outage.of("O" + i, ComplianceScenarios.SERVICE, intervals.get(i)));
    }
    return Observations.builder().outages(outages).build();
  }

  /** The reference: the union of the outages within the clipped window, in nanoseconds. */
  private static Fraction reference(List<Interval> outages, Duration length) {
    Instant start = AS_OF.minus(length).isBefore(JUNE) ? JUNE : AS_OF.minus(length);
    List<Interval> clipped = new ArrayList<>();
    for (Interval o : outages) {
      Instant s = o.getStart().isBefore(start) ? start : o.getStart();
      Instant e = o.getEnd().isAfter(AS_OF) ? AS_OF : o.getEnd();
      if (s.isBefore(e)) {
        clipped.add(Interval.of(s, e));
      }
    }
    clipped.sort((a, b) -> a.getStart().compareTo(b.getStart()));
    long down = 0;
    Instant reach = start;
    for (Interval c : clipped) {
      Instant s = c.getStart().isBefore(reach) ? reach : c.getStart();
      if (c.getEnd().isAfter(s)) {
        down += Duration.between(s, c.getEnd()).toNanos();
        reach = c.getEnd();
      }
    }
    BigDecimal allowed =
        BigDecimal.valueOf(Duration.between(start, AS_OF).toNanos())
            .multiply(BigDecimal.valueOf(100).subtract(MINIMUM))
            .divide(BigDecimal.valueOf(100));
    return Fraction.of(BigDecimal.valueOf(down), allowed);
  }

  @Test
  void burnRate_matchesTheReferenceAndFiringFollowsTheRates() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(OUTAGE).ofSizeBetween(0, 8), CONDITION)
        .checkAssert(
            (outages, condition) -> {
              BurnRateAlert a =
                  BurnRateAlerts.evaluate(
                          SLA, "avail", AS_OF, observations(outages), List.of(condition))
                      .alerts()
                      .get(0);
              assertEquals(
                  reference(outages, condition.longWindow()),
                  a.longWindow().burnRate().orElseThrow(),
                  () -> a.toString());
              assertEquals(
                  reference(outages, condition.shortWindow()),
                  a.shortWindow().burnRate().orElseThrow(),
                  () -> a.toString());
              assertEquals(
                  condition.isMetBy(a.longWindow().burnRate().get())
                      && condition.isMetBy(a.shortWindow().burnRate().get()),
                  a.fires());
              assertEquals(
                  condition.longWindow().compareTo(Duration.ofDays(2)) > 0,
                  a.longWindow().isClipped());
            });
  }

  @Test
  void burnRate_anotherOutageNeverBurnsSlower() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(OUTAGE).ofSizeBetween(0, 6), OUTAGE, CONDITION)
        .checkAssert(
            (outages, extra, condition) -> {
              List<Interval> more = new ArrayList<>(outages);
              more.add(extra);
              BurnRateReport before =
                  BurnRateAlerts.evaluate(
                      SLA, "avail", AS_OF, observations(outages), List.of(condition));
              BurnRateReport after =
                  BurnRateAlerts.evaluate(
                      SLA, "avail", AS_OF, observations(more), List.of(condition));
              BurnRateAlert x = before.alerts().get(0);
              BurnRateAlert y = after.alerts().get(0);
              assertNoSlower(x.longWindow(), y.longWindow());
              assertNoSlower(x.shortWindow(), y.shortWindow());
              if (condition.comparison().name().startsWith("GREATER")) {
                assertTrue(!x.fires() || y.fires(), () -> x + " / " + y);
              }
            });
  }

  private static void assertNoSlower(WindowBurn before, WindowBurn after) {
    assertTrue(
        before.burnRate().orElseThrow().compareTo(after.burnRate().orElseThrow()) <= 0,
        () -> before + " / " + after);
  }
}
