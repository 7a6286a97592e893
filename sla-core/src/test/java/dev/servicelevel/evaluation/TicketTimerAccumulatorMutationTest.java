package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.respond;
import static dev.servicelevel.evaluation.ComplianceFixtures.ticket;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.TicketMembership;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ticket timers counted without entering an explanation list (no records kept), found
 * unpinned by mutation testing: each state is tallied as the listed path counts it, and a
 * timer counted in the period it breached in is not counted again in the period it stops in.
 */
class TicketTimerAccumulatorMutationTest {

  private static final Instant AFTER_JUNE = utc("2025-07-01T00:00");

  private static final TicketTimerTarget TARGET =
      respond().requiredShare(dec("50")).pauseWhen(Condition.fieldIs("status", "waiting"))
          .build();

  /** One ticket of each state as of the end of June. */
  private static final List<TicketHistory> TICKETS =
      List.of(
          ticket("MET", "P1", utc("2025-06-02T09:00"), Duration.ofMinutes(10)),
          ticket("LATE", "P1", utc("2025-06-02T10:00"), Duration.ofMinutes(45)),
          ticket("RUNNING", "P1", utc("2025-06-30T23:50"), null),
          TicketHistory.of(
              "PAUSED",
              List.of(
                  TicketEvent.of(utc("2025-06-30T23:00"), "created", Map.of("priority", "P2")),
                  TicketEvent.of(utc("2025-06-30T23:10"), "update",
                      Map.of("status", "waiting")))),
          TicketHistory.of(
              "GONE",
              List.of(
                  TicketEvent.of(utc("2025-06-03T09:00"), "created", Map.of("priority", "P1")),
                  TicketEvent.of(utc("2025-06-03T09:05"), "withdrawn"))),
          ticket("NOGOAL", "P3", utc("2025-06-04T09:00"), Duration.ofMinutes(5)));

  private static TargetResult june(TicketTimerTarget target, int worstRecords,
      List<TicketHistory> tickets) {
    return TicketTimerAccumulator.of(
            target, ALWAYS_UTC, JUNE, AFTER_JUNE,
            EvaluationOptions.builder().worstRecords(worstRecords).build())
        .addAll(tickets)
        .result();
  }

  @Test
  void everyStateIsCountedAlikeWithAndWithoutRecordsKept() {
    Map<String, Long> reasons =
        Map.of("met", 1L, "breached", 1L, "pending", 2L, "cancelled", 1L,
            "no goal applies", 1L);
    for (int kept : new int[] {0, 10}) {
      TargetResult r = june(TARGET, kept, TICKETS);
      assertEquals(TicketFigures.of(1, 1, 2, 2), r.tickets().orElseThrow(), "kept " + kept);
      assertEquals(reasons, r.explanation().reasonCounts(), "kept " + kept);
      assertEquals(kept == 0 ? 0 : 1, r.explanation().counted().size(), "kept " + kept);
      assertEquals(kept == 0 ? 0 : 4, r.explanation().excluded().size(), "kept " + kept);
    }
  }

  @Test
  void byStop_aTimerBreachedBeforeThePeriodIsNotCountedWhereItStops() {
    TicketTimerTarget byStop =
        respond().requiredShare(dec("50")).membership(TicketMembership.BY_STOP).build();
    // breached at 23:30 on 31 May, answered in June: May's; met across midnight: June's
    List<TicketHistory> tickets =
        List.of(
            ticket("MAY", "P1", utc("2025-05-31T23:00"), Duration.ofHours(2)),
            ticket("ACROSS", "P1", utc("2025-05-31T23:50"), Duration.ofMinutes(20)));
    for (int kept : new int[] {0, 10}) {
      TargetResult r = june(byStop, kept, tickets);
      assertEquals(TicketFigures.of(1, 0, 0, 0), r.tickets().orElseThrow(), "kept " + kept);
    }
    // by start both are May's
    for (int kept : new int[] {0, 10}) {
      TargetResult r =
          june(respond().requiredShare(dec("50")).build(), kept, tickets);
      assertEquals(TicketFigures.of(0, 0, 0, 0), r.tickets().orElseThrow(), "kept " + kept);
    }
  }

  @Test
  void running_oneBreachIsACertainBreachOnlyWhenAllMustBeMet() {
    Instant mid = utc("2025-06-16T00:00");
    List<TicketHistory> tickets =
        List.of(
            ticket("MET", "P1", utc("2025-06-02T09:00"), Duration.ofMinutes(10)),
            ticket("LATE", "P1", utc("2025-06-02T10:00"), Duration.ofMinutes(45)));
    for (String share : new String[] {"100", "99.99"}) {
      TargetResult r =
          TicketTimerAccumulator.of(respond().requiredShare(dec(share)).build(), ALWAYS_UTC,
                  JUNE, mid)
              .addAll(tickets)
              .result();
      assertEquals(share.equals("100") ? ComplianceStatus.BREACHED : ComplianceStatus.AT_RISK,
          r.status(), share);
    }
  }

  @Test
  void records_carryTheirReasonCodes() {
    TargetResult r = june(TARGET, 10, TICKETS);
    assertEquals(List.of(ReasonCode.TICKET_BREACHED),
        r.explanation().counted().stream().map(ExplainedRecord::code).toList());
    assertEquals(
        List.of(ReasonCode.TICKET_PENDING, ReasonCode.TICKET_PENDING,
            ReasonCode.TICKET_CANCELLED, ReasonCode.TICKET_NO_GOAL),
        r.explanation().excluded().stream().map(ExplainedRecord::code).toList());
  }

  @Test
  void add_returnsTheAccumulatorEvenBeforeThePeriod() {
    TicketTimerAccumulator before =
        TicketTimerAccumulator.of(TARGET, ALWAYS_UTC, JUNE, utc("2025-05-20T00:00"));
    org.junit.jupiter.api.Assertions.assertSame(before, before.add(TICKETS.get(0)));
  }

  @Test
  void unevaluable_onlyByEventsInThePeriodUpToTheEvaluation() {
    // the window stops opening on 20 June: a PX ticket created on 25 June has no deadline
    TicketHistory bad =
        TicketHistory.of(
            "BAD",
            List.of(
                TicketEvent.of(utc("2025-06-25T09:00"), "created", Map.of("priority", "PX")),
                TicketEvent.of(utc("2025-07-05T09:00"), "update", Map.of("status", "x"))));
    TicketHistory juneOnly =
        TicketHistory.of(
            "JUNE",
            List.of(TicketEvent.of(utc("2025-06-25T09:00"), "created",
                Map.of("priority", "PX"))));
    for (String asOf : new String[] {"2025-07-03T00:00", "2025-08-01T00:00"}) {
      TargetResult r =
          TicketTimerAccumulator.of(TimerRobustnessTest.WORKING_DAYS,
                  TimerRobustnessTest.STOPS_OPENING, ComplianceFixtures.JULY, utc(asOf))
              .add(bad)
              .add(juneOnly)
              .result();
      assertEquals(asOf.startsWith("2025-08") ? 1 : 0, r.tickets().orElseThrow().unevaluable(),
          asOf);
    }
  }
}
