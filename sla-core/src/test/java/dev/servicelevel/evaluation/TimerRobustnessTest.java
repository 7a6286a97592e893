package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.respond;
import static dev.servicelevel.evaluation.ComplianceFixtures.ticket;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerCycle;
import dev.servicelevel.evaluation.timer.TimerResult;
import dev.servicelevel.evaluation.timer.TimerState;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Example tests of issue 12 for ticket timers: each bad input of the issue as a test. */
class TimerRobustnessTest {

  /** Open around the clock until 20 June 2025, then never again. */
  static final BusinessCalendar STOPS_OPENING =
      ALWAYS_UTC.replacedFrom(LocalDate.of(2025, 6, 20), ALWAYS_UTC.complement());

  /** Respond: P1 in 30 business minutes, PX by the same time one working day later. */
  static final TicketTimerTarget WORKING_DAYS =
      TicketTimerTarget.builder()
          .id("respond")
          .service("shop")
          .window("all")
          .timer(TimerKind.RESPOND)
          .addGoals(
              TimerGoal.of(Condition.fieldIs("priority", "P1"), BusinessDuration.businessMinutes(30)),
              TimerGoal.of(
                  Condition.fieldIs("priority", "PX"), BusinessDuration.workingDaysSameTime(1)))
          .startWhen(Condition.event("created"))
          .stopWhen(Condition.event("agent-reply"))
          .requiredShare(dec("95"))
          .build();

  static final Instant AFTER_JUNE = utc("2025-07-01T00:00");

  // ---- (4) one bad record never sinks the report ---------------------------------------------

  @Test
  void metTicketOnAWindowThatStopsOpening_needsNoFutureDeadline() {
    // business time: 10 of 30 minutes used when answered; the rest would need a calendar that
    // never opens again, and a met ticket does not need it
    TicketHistory t = ticket("T-1", "P1", utc("2025-06-19T23:50"), Duration.ofHours(3));
    TimerCycle c = TicketTimers.evaluate(t, WORKING_DAYS, STOPS_OPENING, AFTER_JUNE).current();
    assertEquals(TimerState.MET, c.state());
    assertEquals(Duration.ofMinutes(10), c.elapsed());
    assertEquals(Optional.empty(), c.deadline());
  }

  @Test
  void openTicketAfterTheWindowsEnd_runsWithoutDeadline() {
    TicketHistory t = ticket("T-2", "P1", utc("2025-06-19T23:50"), null);
    TimerCycle c = TicketTimers.evaluate(t, WORKING_DAYS, STOPS_OPENING, AFTER_JUNE).current();
    assertEquals(TimerState.RUNNING, c.state());
    assertEquals(Duration.ofMinutes(10), c.elapsed());
    assertEquals(Optional.of(Duration.ofMinutes(20)), c.remaining());
    assertEquals(Optional.empty(), c.deadline());
    assertEquals(Optional.empty(), c.nextChangeAt());
  }

  @Test
  void workingDayGoalWithoutDeadline_isADocumentedDateTimeException() {
    TicketHistory t = ticket("T-3", "PX", utc("2025-06-25T09:00"), Duration.ofHours(1));
    DateTimeException e =
        assertThrows(
            DateTimeException.class,
            () -> TicketTimers.evaluate(t, WORKING_DAYS, STOPS_OPENING, AFTER_JUNE));
    assertTrue(e.getMessage().contains("never opens after 2025-06-25T09:00:00Z"), e.getMessage());
  }

  static List<TicketHistory> month(int good, int bad) {
    List<TicketHistory> tickets = new ArrayList<>(good + bad);
    Instant start = utc("2025-06-01T00:00");
    for (int i = 0; i < good; i++) {
      // spread over the open part of June; every 100th answered late
      Instant created = start.plusSeconds(60L * (i % 27_000));
      tickets.add(
          ticket("G-" + i, "P1", created, Duration.ofMinutes(i % 100 == 0 ? 45 : 10)));
    }
    for (int i = 0; i < bad; i++) {
      tickets.add(ticket("BAD-" + i, "PX", utc("2025-06-25T09:00").plusSeconds(i), null));
    }
    return tickets;
  }

  @Test
  void aMonthOf20kTicketsWithAFewUnevaluable_completesAndListsThem() {
    List<TicketHistory> tickets = month(20_000, 3);
    TargetResult r =
        TicketTimerAccumulator.of(WORKING_DAYS, STOPS_OPENING, JUNE, AFTER_JUNE)
            .addAll(tickets)
            .result();
    TicketFigures f = r.tickets().orElseThrow();
    assertEquals(19_800, f.met());
    assertEquals(200, f.breached());
    assertEquals(3, f.unevaluable());
    assertEquals(
        List.of("BAD-0", "BAD-1", "BAD-2"),
        f.unevaluableRecords().stream().map(UnevaluableRecord::id).toList());
    UnevaluableRecord first = f.unevaluableRecords().get(0);
    assertEquals(UnevaluableRecord.Kind.TICKET, first.kind());
    assertEquals(UnevaluableRecord.Reason.NO_DEADLINE, first.reason());
    assertEquals("respond", first.targetId());
    assertTrue(first.text().contains("never opens after 2025-06-25T09:00:00Z"), first.text());
    // excluded from the share: 19800 of 20000
    assertEquals(Optional.of(dec("99")), r.achieved());
    assertEquals(3L, r.explanation().reasonCounts().get("unevaluable"));
    assertTrue(f.toString().endsWith(", 3 unevaluable"), f.toString());
  }

  @Test
  void unevaluableList_isBoundedAndMergesInAnyOrder() {
    List<TicketHistory> tickets = month(300, 7);
    EvaluationOptions three = EvaluationOptions.builder().unevaluableRecords(3).build();
    TicketTimerAccumulator whole =
        TicketTimerAccumulator.of(WORKING_DAYS, STOPS_OPENING, JUNE, AFTER_JUNE, three)
            .addAll(tickets);
    List<TicketHistory> shuffled = new ArrayList<>(tickets);
    Collections.shuffle(shuffled, new java.util.Random(12));
    List<TicketTimerAccumulator> shards = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      shards.add(TicketTimerAccumulator.of(WORKING_DAYS, STOPS_OPENING, JUNE, AFTER_JUNE, three));
    }
    for (int i = 0; i < shuffled.size(); i++) {
      shards.get(i % 4).add(shuffled.get(i));
    }
    TicketTimerAccumulator left = shards.get(3).merge(shards.get(1)).merge(shards.get(0));
    TargetResult merged = left.merge(shards.get(2)).result();
    assertEquals(whole.result(), merged);
    TicketFigures f = merged.tickets().orElseThrow();
    assertEquals(7, f.unevaluable());
    assertEquals(
        List.of("BAD-0", "BAD-1", "BAD-2"),
        f.unevaluableRecords().stream().map(UnevaluableRecord::id).toList());
  }

  @Test
  void unevaluableTicket_isListedInThePeriodsOfItsEventsOnly() {
    TicketHistory bad = ticket("BAD", "PX", utc("2025-06-25T09:00"), null);
    TargetResult july =
        TicketTimerAccumulator.of(
                WORKING_DAYS, STOPS_OPENING, ComplianceFixtures.JULY, utc("2025-08-01T00:00"))
            .add(bad)
            .result();
    assertEquals(0, july.tickets().orElseThrow().unevaluable());
  }

  @Test
  void periodReport_completesAndListsTheUnevaluableTickets() {
    Agreement sla =
        Agreement.builder()
            .id("short-lived")
            .kind(AgreementKind.SLA)
            .title("A window that stops opening")
            .provider(Party.of("p", "Provider"))
            .customer(Party.of("c", "Customer"))
            .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
            .zone(ZoneOffset.UTC)
            .addServices(Service.of("shop", "Shop"))
            .addWindows(ServiceWindow.of("all", STOPS_OPENING))
            .addTargets(WORKING_DAYS)
            .build();
    Observations observations = Observations.builder().tickets(month(50, 2)).build();
    PeriodReport report =
        Compliance.evaluate(sla, LocalDate.of(2025, 6, 1), AFTER_JUNE, observations);
    assertEquals(2, report.unevaluableCount());
    assertEquals(
        List.of("BAD-0", "BAD-1"), report.unevaluable().stream().map(UnevaluableRecord::id).toList());
    assertTrue(
        report.toString().contains("unevaluable ticket BAD-0 for respond: NO_DEADLINE: "),
        report.toString());
  }

  @Test
  void unevaluableRecord_cutsAndEscapesItsTexts() {
    UnevaluableRecord r =
        UnevaluableRecord.of(
            UnevaluableRecord.Kind.TICKET,
            "T\u001b[31m" + "x".repeat(10_000_000),
            "respond",
            UnevaluableRecord.Reason.INVALID,
            "bad\u202E");
    assertTrue(r.id().startsWith("T\\u001B[31mxxx"), r.id());
    assertTrue(r.id().endsWith("(10000006 characters)"), r.id());
    assertEquals("bad\\u202E", r.text());
  }

  // ---- (2) overflow ---------------------------------------------------------------------------

  static TicketTimerTarget elapsedGoal(Duration goal) {
    return TicketTimerTarget.builder()
        .id("respond")
        .service("shop")
        .window("all")
        .timer(TimerKind.RESPOND)
        .addGoals(TimerGoal.of(Condition.always(), BusinessDuration.elapsed(goal)))
        .addThresholds(TimerThreshold.warningAt(dec("50")))
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event("agent-reply"))
        .build();
  }

  @Test
  void ticketOpenFor325Years_isMeasuredExactly() {
    Instant created = Instant.parse("1950-01-01T00:00:00Z");
    Instant asOf = Instant.parse("2275-01-01T00:00:00.000000001Z");
    TicketHistory t = ticket("OLD", "P1", created, null);
    Duration span = Duration.between(created, asOf);
    // on the wall clock and on a calendar open around the clock
    for (TimerCycle c :
        List.of(
            TicketTimers.evaluate(t, elapsedGoal(Duration.ofDays(1)), ALWAYS_UTC, asOf).current(),
            TicketTimers.evaluate(t, respond().build(), ALWAYS_UTC, asOf).current())) {
      assertEquals(span, c.elapsed());
      assertEquals(TimerState.BREACHED, c.state());
    }
    TimerCycle business =
        TicketTimers.evaluate(t, WORKING_DAYS, ALWAYS_UTC, asOf).current();
    assertEquals(span, business.elapsed());
    assertEquals(Optional.of(created.plus(Duration.ofMinutes(30))), business.breachedAt());
  }

  @Test
  void goalOf300YearsAndOfLongMaxSeconds_areExact() {
    Instant created = Instant.parse("1950-01-01T00:00:00Z");
    Instant asOf = Instant.parse("2100-01-01T00:00:00Z");
    TicketHistory t = ticket("OLD", "P1", created, null);
    Duration years300 = Duration.ofDays(300 * 365L);
    TimerCycle c = TicketTimers.evaluate(t, elapsedGoal(years300), ALWAYS_UTC, asOf).current();
    Duration elapsed = Duration.between(created, asOf);
    assertEquals(TimerState.RUNNING, c.state());
    assertEquals(Optional.of(years300.minus(elapsed)), c.remaining());
    // 54787 of 109500 days
    assertEquals(Optional.of(new BigDecimal("50.03")), c.percentUsed());
    assertEquals(Optional.of(created.plus(years300)), c.deadline());
    assertEquals(Optional.of(created.plus(Duration.ofDays(150 * 365L))), c.thresholds().get(0).at());
    // A goal longer than the supported range (500 years) is rejected when it is built.
    Duration huge = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> elapsedGoal(huge));
    assertEquals(
        "Duration must be within PT0S and PT4382904H (500 years): " + huge, e.getMessage());
  }

  @Test
  void asOfIn2400OrInstantMax_isRejectedNamingTheRange() {
    TicketHistory t = ticket("T", "P1", utc("2025-06-02T09:00"), null);
    TicketTimerTarget target = respond().build();
    TimerCycle atEnd =
        TicketTimers.evaluate(t, target, ALWAYS_UTC, Instant.parse("2400-01-01T00:00:00Z"))
            .current();
    assertEquals(TimerState.BREACHED, atEnd.state());
    for (Instant asOf : List.of(Instant.parse("2400-01-01T00:00:00.000000001Z"), Instant.MAX)) {
      DateTimeException e =
          assertThrows(
              DateTimeException.class, () -> TicketTimers.evaluate(t, target, ALWAYS_UTC, asOf));
      assertEquals(
          "asOf must be within 1900-01-01T00:00:00Z and 2400-01-01T00:00:00Z: " + asOf,
          e.getMessage());
    }
    assertThrows(
        DateTimeException.class,
        () -> TicketTimerAccumulator.of(target, ALWAYS_UTC, JUNE, Instant.MAX));
  }

  // ---- (3) deep and huge inputs ---------------------------------------------------------------

  @Test
  void aMillionEventsInOneHistory_evaluateInOnePass() {
    Instant t0 = utc("2025-06-02T09:00");
    List<TicketEvent> events = new ArrayList<>(1_000_001);
    events.add(TicketEvent.of(t0, "created", Map.of("priority", "P2")));
    for (int i = 1; i <= 1_000_000; i++) {
      // a million status changes toggling the pause, one a millisecond
      events.add(TicketEvent.fieldChange(t0.plusMillis(i), "status", i % 2 == 0 ? "open" : "waiting"));
    }
    TicketTimerTarget target =
        respond().pauseWhen(Condition.fieldIs("status", "waiting")).build();
    TimerCycle c =
        TicketTimers.evaluate(TicketHistory.of("BIG", events), target, ALWAYS_UTC, t0.plusSeconds(3600))
            .current();
    // running in every second millisecond up to the last event (500,000 ms), then from it on
    // (2,600,000 ms)
    assertEquals(TimerState.RUNNING, c.state());
    assertEquals(Duration.ofMillis(3_100_000), c.elapsed());
  }

  @Test
  void twoHundredThousandDistinctFields_stayLinear() {
    // a linear scan of the fields per change would take about 2 * 10^10 steps here
    Instant t0 = utc("2025-06-02T09:00");
    List<TicketEvent> events = new ArrayList<>(200_002);
    events.add(TicketEvent.of(t0, "created", Map.of("priority", "P1")));
    for (int i = 1; i <= 200_000; i++) {
      events.add(TicketEvent.fieldChange(t0.plusMillis(i), "field-" + i, "v"));
    }
    events.add(TicketEvent.fieldChange(t0.plusSeconds(600), "status", "waiting"));
    TicketTimerTarget target =
        respond().pauseWhen(Condition.fieldIs("status", "waiting")).build();
    TimerCycle c =
        TicketTimers.evaluate(TicketHistory.of("WIDE", events), target, ALWAYS_UTC, t0.plusSeconds(3600))
            .current();
    assertEquals(TimerState.PAUSED, c.state());
    assertEquals(Duration.ofMinutes(10), c.elapsed());
  }

  static TicketTimerTarget.Builder p1Within30Minutes(Condition start) {
    return TicketTimerTarget.builder()
        .id("respond")
        .service("shop")
        .window("all")
        .timer(TimerKind.RESPOND)
        .addGoals(
            TimerGoal.of(
                Condition.fieldIs("priority", "P1"),
                BusinessDuration.elapsed(Duration.ofMinutes(30))))
        .startWhen(start)
        .stopWhen(Condition.event("agent-reply"));
  }

  @Test
  void hundredThousandReopenCycles_areEachMeasured() {
    TicketTimerTarget target =
        p1Within30Minutes(Condition.event("reopened")).cycles(TimerCycles.MULTI).build();
    Instant t0 = utc("2025-06-02T09:00");
    List<TicketEvent> events = new ArrayList<>();
    events.add(TicketEvent.of(t0, "created", Map.of("priority", "P1")));
    for (int i = 0; i < 100_000; i++) {
      events.add(TicketEvent.of(t0.plusSeconds(60L * i + 1), "reopened"));
      events.add(TicketEvent.of(t0.plusSeconds(60L * i + 31), "agent-reply"));
    }
    TimerResult r =
        TicketTimers.evaluate(TicketHistory.of("R", events), target, ALWAYS_UTC, utc("2025-12-01T00:00"));
    assertEquals(100_000, r.cycles().size());
    assertTrue(r.cycles().stream().allMatch(c -> c.state() == TimerState.MET));
    assertEquals(Duration.ofSeconds(30), r.cycles().get(99_999).elapsed());
  }

  @Test
  void hundredThousandResets_inOneCycle() {
    TicketTimerTarget target =
        p1Within30Minutes(Condition.or(Condition.event("created"), Condition.event("reassigned")))
            .resetWhen(Condition.event("reassigned"))
            .build();
    Instant t0 = utc("2025-06-02T09:00");
    List<TicketEvent> events = new ArrayList<>();
    events.add(TicketEvent.of(t0, "created", Map.of("priority", "P1")));
    for (int i = 1; i <= 100_000; i++) {
      events.add(TicketEvent.of(t0.plusSeconds(i), "reassigned"));
    }
    TimerCycle c =
        TicketTimers.evaluate(TicketHistory.of("R", events), target, ALWAYS_UTC, t0.plusSeconds(100_010))
            .current();
    assertEquals(100_000, c.resets().size());
    assertEquals(Duration.ofSeconds(10), c.elapsed());
    assertEquals(TimerState.RUNNING, c.state());
  }
}
