package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JULY;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.respond;
import static dev.servicelevel.evaluation.ComplianceFixtures.ticket;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.TicketMembership;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketTimerAccumulatorTest {

  static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  static final TicketTimerTarget RESPOND = respond().requiredShare(dec("95")).build();
  static final TicketTimerTarget BY_STOP =
      respond().requiredShare(dec("95")).membership(TicketMembership.BY_STOP).build();

  static TargetResult june(TicketTimerTarget target, TicketHistory... tickets) {
    return TicketTimerAccumulator.of(target, ALWAYS_UTC, JUNE, AFTER_JUNE)
        .addAll(List.of(tickets))
        .result();
  }

  static TargetResult june(TicketHistory... tickets) {
    return june(RESPOND, tickets);
  }

  @Test
  void share_ofTicketsThatMetTheirGoal() {
    TargetResult r =
        june(
            ticket("T-1", "P1", utc("2025-06-02T09:00"), Duration.ofMinutes(30)),
            ticket("T-2", "P1", utc("2025-06-02T10:00"), Duration.ofMinutes(31)),
            ticket("T-3", "P2", utc("2025-06-02T11:00"), Duration.ofMinutes(90)),
            ticket("T-4", "P2", utc("2025-06-02T12:00"), Duration.ofMinutes(100)));
    assertEquals(TicketFigures.of(3, 1, 0, 0), r.tickets().orElseThrow());
    assertEquals(Optional.of(dec("75")), r.achieved());
    assertEquals(ComplianceStatus.BREACHED, r.status());
    assertEquals(dec("95"), r.required());
    ErrorBudget b = r.budget().orElseThrow();
    assertEquals(ErrorBudget.Unit.TICKETS, b.unit());
    assertEquals(dec("0.2"), b.allowed());
    assertEquals(dec("1"), b.used());
    assertEquals(Optional.of(dec("5")), r.burnRate());
    assertEquals(
        List.of(
            ExplainedRecord.of(
                "T-2",
                true,
                "PT1M past the goal of PT30M, stopped 2025-06-02T10:31:00Z",
                dec("60"))),
        r.explanation().counted());
    assertEquals(Map.of("met", 3L, "breached", 1L), r.explanation().reasonCounts());
    assertEquals("respond", r.metric());
  }

  @Test
  void openPastDeadline_isBreachedAndOpenWithinIsPending() {
    // created 23:00 on the last day: P1 due 23:30 (breached), P2 due 01:00 next day (pending)
    TargetResult r =
        june(
            ticket("LATE", "P1", utc("2025-06-30T23:00"), null),
            ticket("WAIT", "P2", utc("2025-06-30T23:00"), null));
    assertEquals(TicketFigures.of(0, 1, 1, 0), r.tickets().orElseThrow());
    assertEquals(
        "LATE: PT30M past the goal of PT30M, still open at the period's end",
        r.explanation().counted().get(0).toString());
    assertEquals(
        "WAIT: pending: RUNNING, PT1H of PT2H used, due 2025-07-01T01:00:00Z",
        r.explanation().excluded().get(0).toString());
  }

  @Test
  void cancelledAndNoGoalTickets_areExcludedWithTheirReason() {
    TicketHistory withdrawn =
        TicketHistory.of(
            "W",
            List.of(
                TicketEvent.of(utc("2025-06-03T09:00"), "created", Map.of("priority", "P1")),
                TicketEvent.of(utc("2025-06-03T09:10"), "withdrawn")));
    TicketHistory p3 = ticket("P3", "P3", utc("2025-06-03T09:00"), Duration.ofDays(2));
    TargetResult r = june(withdrawn, p3);
    assertEquals(TicketFigures.of(0, 0, 0, 2), r.tickets().orElseThrow());
    assertEquals(ComplianceStatus.NO_DATA, r.status());
    assertEquals(Map.of("cancelled", 1L, "no goal applies", 1L), r.explanation().reasonCounts());
  }

  @Test
  void emptyPeriod_hasNoData() {
    TargetResult r = june();
    assertEquals(ComplianceStatus.NO_DATA, r.status());
    assertEquals(Optional.empty(), r.achieved());
    assertEquals(TicketFigures.of(0, 0, 0, 0), r.tickets().orElseThrow());
  }

  @Test
  void byStart_ticketsOfOtherPeriodsAreIgnored() {
    TargetResult r =
        june(
            ticket("MAY", "P1", utc("2025-05-31T23:50"), Duration.ofMinutes(20)),
            ticket("JULY", "P1", utc("2025-07-01T00:00"), Duration.ofMinutes(5)),
            ticket("JUNE", "P1", utc("2025-06-30T23:30"), Duration.ofMinutes(20)));
    assertEquals(TicketFigures.of(1, 0, 0, 0), r.tickets().orElseThrow());
  }

  @Test
  void byStart_aTicketOpenedInOneMonthAndStoppedInTheNextCountsOnceInTheMonthItStarted() {
    // P1s (30 min) created on 30 June: LATE due 23:30 and answered in July; NEXT due 00:15 on
    // 1 July, answered at 01:45; QUICK answered at 00:05 on 1 July, within its goal
    TicketHistory late = ticket("LATE", "P1", utc("2025-06-30T23:00"), Duration.ofHours(2));
    TicketHistory next = ticket("NEXT", "P1", utc("2025-06-30T23:45"), Duration.ofHours(2));
    TicketHistory quick = ticket("QUICK", "P1", utc("2025-06-30T23:50"), Duration.ofMinutes(15));
    // as of June's end, NEXT and QUICK are still open within their goal: pending
    assertEquals(TicketFigures.of(0, 1, 2, 0), june(late, next, quick).tickets().orElseThrow());
    Instant august = utc("2025-08-01T00:00");
    TargetResult juneAsOfAugust =
        TicketTimerAccumulator.of(RESPOND, ALWAYS_UTC, JUNE, august)
            .addAll(List.of(late, next, quick))
            .result();
    TargetResult julyAsOfAugust =
        TicketTimerAccumulator.of(RESPOND, ALWAYS_UTC, JULY, august)
            .addAll(List.of(late, next, quick))
            .result();
    // followed to their stop: each counted exactly once, in June, the month they started in
    assertEquals(TicketFigures.of(1, 2, 0, 0), juneAsOfAugust.tickets().orElseThrow());
    assertEquals(TicketFigures.of(0, 0, 0, 0), julyAsOfAugust.tickets().orElseThrow());
    assertEquals(
        List.of(
            "LATE: PT1H30M past the goal of PT30M, stopped 2025-07-01T01:00:00Z",
            "NEXT: PT1H30M past the goal of PT30M, stopped 2025-07-01T01:45:00Z"),
        juneAsOfAugust.explanation().counted().stream().map(Object::toString).toList());
  }

  @Test
  void byStop_countsWhereTheTimerStoppedOrWentPastItsDeadline() {
    TicketHistory mayStartedJuneStopped =
        ticket("A", "P2", utc("2025-05-31T23:30"), Duration.ofMinutes(60));
    TicketHistory juneOpenBreached = ticket("B", "P1", utc("2025-06-30T20:00"), null);
    TicketHistory juneBreachedJulyStopped =
        ticket("C", "P1", utc("2025-06-30T23:00"), Duration.ofHours(2));
    TargetResult r =
        june(BY_STOP, mayStartedJuneStopped, juneOpenBreached, juneBreachedJulyStopped);
    assertEquals(TicketFigures.of(1, 2, 0, 0), r.tickets().orElseThrow());
    // in July, C stops but went past its deadline in June: not counted again
    TargetResult july =
        TicketTimerAccumulator.of(BY_STOP, ALWAYS_UTC, JULY, utc("2025-08-01T00:00"))
            .add(juneBreachedJulyStopped)
            .add(juneOpenBreached)
            .result();
    assertEquals(TicketFigures.of(0, 0, 0, 0), july.tickets().orElseThrow());
  }

  @Test
  void byStop_openWithinDeadlineIsPending() {
    TargetResult r = june(BY_STOP, ticket("W", "P2", utc("2025-06-30T23:00"), null));
    assertEquals(TicketFigures.of(0, 0, 1, 0), r.tickets().orElseThrow());
  }

  @Test
  void multiCycleTimer_countsEachCycle() {
    TicketTimerTarget nextReply =
        TicketTimerTarget.builder()
            .id("next-reply")
            .service("shop")
            .window("all")
            .timer(TimerKind.NEXT_REPLY)
            .addAllGoals(RESPOND.goals())
            .stopWhen(Condition.event("agent-reply"))
            .cycles(TimerCycles.MULTI)
            .startWhen(Condition.or(Condition.event("created"), Condition.event("customer-reply")))
            .build();
    TicketHistory t =
        TicketHistory.of(
            "T",
            List.of(
                TicketEvent.of(utc("2025-06-03T09:00"), "created", Map.of("priority", "P1")),
                TicketEvent.of(utc("2025-06-03T09:10"), "agent-reply"),
                TicketEvent.of(utc("2025-06-03T10:00"), "customer-reply"),
                TicketEvent.of(utc("2025-06-03T11:00"), "agent-reply")));
    TargetResult r =
        TicketTimerAccumulator.of(nextReply, ALWAYS_UTC, JUNE, AFTER_JUNE).add(t).result();
    assertEquals(TicketFigures.of(1, 1, 0, 0), r.tickets().orElseThrow());
    assertEquals("T cycle 2", r.explanation().counted().get(0).id());
  }

  @Test
  void runningPeriod_failingSoFarIsAtRiskWithAForecast() {
    TargetResult r =
        TicketTimerAccumulator.of(RESPOND, ALWAYS_UTC, JUNE, utc("2025-06-10T00:00"))
            .add(ticket("T-1", "P1", utc("2025-06-02T09:00"), Duration.ofMinutes(40)))
            .add(ticket("T-2", "P1", utc("2025-06-02T10:00"), Duration.ofMinutes(10)))
            .add(ticket("T-3", "P1", utc("2025-06-12T10:00"), Duration.ofMinutes(10)))
            .result();
    assertEquals(ComplianceStatus.AT_RISK, r.status());
    assertEquals(Optional.of(dec("50")), r.achieved());
    assertEquals(
        Optional.of(Forecast.of(dec("50"), Optional.of(dec("1000")), false)), r.forecast());
  }

  @Test
  void merge_ofShardsEqualsOnePass() {
    TicketHistory a = ticket("A", "P1", utc("2025-06-02T09:00"), Duration.ofMinutes(40));
    TicketHistory b = ticket("B", "P1", utc("2025-06-02T09:00"), Duration.ofMinutes(10));
    TicketHistory c = ticket("C", "P2", utc("2025-06-30T23:00"), null);
    TicketTimerAccumulator x = TicketTimerAccumulator.of(RESPOND, ALWAYS_UTC, JUNE, AFTER_JUNE);
    TicketTimerAccumulator y = TicketTimerAccumulator.of(RESPOND, ALWAYS_UTC, JUNE, AFTER_JUNE);
    x.add(c);
    y.add(b).add(a);
    assertEquals(june(a, b, c), y.merge(x).result());
    assertRejected(
        "Only accumulators of the same target, calendar, period, instant and options merge: ticket"
            + " timer accumulator respond 2025-06 / ticket timer accumulator respond 2025-06",
        () ->
            x.merge(
                TicketTimerAccumulator.of(
                    RESPOND,
                    ALWAYS_UTC,
                    JUNE,
                    AFTER_JUNE,
                    EvaluationOptions.builder().worstRecords(2).build())));
  }
}
