package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ComplianceScenariosTest {

  static final PeriodRange JUNE =
      PeriodRange.of(ReportingPeriod.calendarMonth(), LocalDate.of(2025, 6, 1), ZoneOffset.UTC);

  @Test
  void sameSeed_givesTheSameRecords() {
    assertEquals(
        ComplianceScenarios.outages(new SplittableRandom(7), JUNE, 30),
        ComplianceScenarios.outages(new SplittableRandom(7), JUNE, 30));
    assertEquals(
        ComplianceScenarios.tickets(new SplittableRandom(7), JUNE, 30),
        ComplianceScenarios.tickets(new SplittableRandom(7), JUNE, 30));
    assertEquals(
        ComplianceScenarios.samples(new SplittableRandom(7), JUNE, 30),
        ComplianceScenarios.samples(new SplittableRandom(7), JUNE, 30));
  }

  @Test
  void records_lieAroundThePeriodAndHitItsBounds() {
    SplittableRandom r = new SplittableRandom(11);
    Instant from = JUNE.start().minus(Duration.ofDays(1));
    Instant to = JUNE.end().plus(Duration.ofDays(1));
    boolean start = false;
    boolean end = false;
    for (int i = 0; i < 2000; i++) {
      Instant t = ComplianceScenarios.instant(r, JUNE);
      assertTrue(!t.isBefore(from) && !t.isAfter(to), t.toString());
      start |= t.equals(JUNE.start());
      end |= t.equals(JUNE.end());
    }
    assertTrue(start && end, "bounds drawn");
  }

  @Test
  void outagesAndTickets_coverTheCasesTheDescriptionNames() {
    SplittableRandom r = new SplittableRandom(3);
    List<Outage> outages = ComplianceScenarios.outages(r, JUNE, 2000);
    assertTrue(
        outages.stream().anyMatch(o -> o.service().equals(ComplianceScenarios.OTHER_SERVICE)));
    assertTrue(outages.stream().anyMatch(o -> o.cause().isPresent()));
    assertTrue(outages.stream().anyMatch(o -> o.announcedAt().isPresent()));
    assertTrue(outages.stream().anyMatch(o -> o.impact().signum() > 0 && o.impact().scale() > 0));
    List<TicketHistory> tickets = ComplianceScenarios.tickets(r, JUNE, 2000);
    assertTrue(tickets.stream().anyMatch(t -> t.events().size() == 1));
    assertTrue(
        tickets.stream()
            .anyMatch(
                t ->
                    t.events().size() == 2
                        && Duration.between(t.events().get(0).at(), t.events().get(1).at())
                            .equals(Duration.ofMinutes(30))));
    assertTrue(
        tickets.stream()
            .anyMatch(
                t -> t.events().get(t.events().size() - 1).type().orElse("").equals("withdrawn")));
  }

  @Test
  void shardIndexes_areWithinTheShards() {
    List<Integer> shards = ComplianceScenarios.shardIndexes(new SplittableRandom(5), 500, 3);
    assertEquals(500, shards.size());
    assertTrue(shards.stream().allMatch(s -> s >= 0 && s < 3));
    assertEquals(3, shards.stream().distinct().count());
  }
}
