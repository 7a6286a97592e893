package dev.servicelevel.evaluation.timer;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TicketTimersTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final BusinessCalendar EIGHT_TO_SIX =
      BusinessCalendar.builder(BERLIN).open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0)).build();
  static final BusinessCalendar EIGHT_TO_FIVE =
      BusinessCalendar.builder(BERLIN).open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0)).build();
  static final BusinessCalendar ALWAYS = BusinessCalendar.alwaysOpen(BERLIN);
  static final Condition PENDING = Condition.fieldIs("status", "pending");

  static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
  }

  static TicketTimerTarget.Builder resolve(BusinessDuration goal) {
    TicketTimerTarget.Builder b = TicketTimerTarget.builder();
    b.id("resolve").service("shop").window("prime").timer(TimerKind.RESOLVE)
        .addGoals(TimerGoal.of(Condition.always(), goal))
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event("resolved"))
        .pauseWhen(PENDING);
    return b;
  }

  static TicketTimerTarget fourHoursEscalateOneHourBefore() {
    TicketTimerTarget.Builder b = resolve(BusinessDuration.businessHours(4));
    b.addThresholds(TimerThreshold.escalationBefore(BusinessDuration.businessHours(1)));
    return b.build();
  }

  /** Builds a history from (local time, type, field=value...) rows; type "-" for none. */
  static TicketHistory history(String... rows) {
    List<TicketEvent> events = new ArrayList<>();
    for (String row : rows) {
      String[] parts = row.split(" ");
      TicketEvent.Builder b = TicketEvent.builder();
      b.at(at(parts[0]));
      if (!parts[1].equals("-")) {
        b.type(parts[1]);
      }
      for (int i = 2; i < parts.length; i++) {
        String[] kv = parts[i].split("=");
        b.putFields(kv[0], kv[1]);
      }
      events.add(b.build());
    }
    return TicketHistory.of("T-1", events);
  }

  static TimerCycle evaluate(TicketHistory h, TicketTimerTarget target, BusinessCalendar cal, String asOf) {
    return TicketTimers.evaluate(h, target, cal, at(asOf)).current();
  }

  // ---- worked cases of the issue -------------------------------------------------------------

  @Test
  void mondayMorningTicket_dueAt14EscalateAt13() {
    TimerCycle c = evaluate(history("2024-11-25T10:00 created"), fourHoursEscalateOneHourBefore(), EIGHT_TO_SIX, "2024-11-25T11:00");
    assertEquals(TimerState.RUNNING, c.state());
    assertEquals(Optional.of(at("2024-11-25T14:00")), c.deadline());
    assertEquals(Optional.of(at("2024-11-25T13:00")), c.thresholds().get(0).at());
    assertFalse(c.thresholds().get(0).isReached());
    assertEquals(Optional.of(at("2024-11-25T13:00")), c.nextChangeAt());
    assertEquals(Duration.ofHours(1), c.elapsed());
    assertEquals(Optional.of(Duration.ofHours(3)), c.remaining());
  }

  @Test
  void mondayEveningTicket_dueTuesday11EscalateTuesday10() {
    TimerCycle c = evaluate(history("2024-11-25T17:00 created"), fourHoursEscalateOneHourBefore(), EIGHT_TO_SIX, "2024-11-25T17:30");
    assertEquals(Optional.of(at("2024-11-26T11:00")), c.deadline());
    assertEquals(Optional.of(at("2024-11-26T10:00")), c.thresholds().get(0).at());
  }

  @Test
  void pendingOnAlwaysOpenCalendar_movesDeadlineByThePause() {
    TicketHistory h = history("2024-11-25T08:00 created", "2024-11-25T09:00 - status=pending", "2024-11-25T10:05 - status=open");
    TimerCycle business = evaluate(h, resolve(BusinessDuration.businessHours(2)).build(), ALWAYS, "2024-11-25T10:30");
    assertEquals(Optional.of(at("2024-11-25T11:05")), business.deadline());
    assertEquals(Duration.ofMinutes(65), business.paused());
    TimerCycle elapsed = evaluate(h, resolve(BusinessDuration.elapsed(Duration.ofHours(2))).build(), EIGHT_TO_SIX, "2024-11-25T10:30");
    assertEquals(Optional.of(at("2024-11-25T11:05")), elapsed.deadline());
  }

  @Test
  void fridayNightTicketAsOfMondayMorning() {
    TimerCycle c = evaluate(history("2024-11-22T21:00 created"), resolve(BusinessDuration.businessHours(8)).build(), EIGHT_TO_FIVE, "2024-11-25T09:30");
    assertEquals(Duration.ofMinutes(90), c.elapsed());
    assertEquals(Optional.of(new BigDecimal("18.75")), c.percentUsed());
    assertEquals(Duration.ofMinutes(60 * 60 + 30), c.wallClock());
    assertEquals(Optional.of(at("2024-11-25T16:00")), c.deadline());
  }

  // ---- pauses ------------------------------------------------------------------------------------

  @Test
  void pauseStartingAndEndingInClosedHours_costsOnlyOpenTime() {
    TicketHistory h = history(
        "2024-11-21T10:00 created", "2024-11-21T20:00 - status=pending", "2024-11-25T07:00 - status=open");
    TimerCycle c = evaluate(h, resolve(BusinessDuration.businessHours(16)).build(), EIGHT_TO_SIX, "2024-11-25T09:00");
    // Thu 10-18 counted (8 h), Fri all paused (10 h of open time), Mon 08-09 counted
    assertEquals(Duration.ofHours(9), c.elapsed());
    assertEquals(Duration.ofHours(10), c.paused());
    assertEquals(Optional.of(at("2024-11-25T16:00")), c.deadline());
  }

  @Test
  void pauseEndingExactlyAtOpening_costsNothingOverTheWeekend() {
    TicketHistory h = history(
        "2024-11-22T16:00 created", "2024-11-22T18:00 - status=pending", "2024-11-25T08:00 - status=open");
    TimerCycle c = evaluate(h, resolve(BusinessDuration.businessHours(4)).build(), EIGHT_TO_SIX, "2024-11-25T08:00");
    assertEquals(Duration.ofHours(2), c.elapsed());
    assertEquals(Duration.ZERO, c.paused());
    assertEquals(Optional.of(at("2024-11-25T10:00")), c.deadline());
  }

  @Test
  void whilePaused_noDeadlineAndNoWakeUp() {
    TicketHistory h = history("2024-11-25T10:00 created", "2024-11-25T11:00 - status=pending");
    TimerCycle c = evaluate(h, fourHoursEscalateOneHourBefore(), EIGHT_TO_SIX, "2024-11-25T15:00");
    assertEquals(TimerState.PAUSED, c.state());
    assertEquals(Optional.empty(), c.deadline());
    assertEquals(Optional.empty(), c.nextChangeAt());
    assertEquals(Optional.of(Duration.ofHours(3)), c.remaining());
    assertEquals(Duration.ofHours(4), c.paused());
  }

  @Test
  void startingWhilePending_startsPaused() {
    TicketHistory h = history("2024-11-25T10:00 created status=pending", "2024-11-25T12:00 - status=open");
    TimerCycle c = evaluate(h, resolve(BusinessDuration.businessHours(4)).build(), EIGHT_TO_SIX, "2024-11-25T13:00");
    assertEquals(Duration.ofHours(1), c.elapsed());
    assertEquals(Optional.of(at("2024-11-25T16:00")), c.deadline());
  }

  // ---- verdicts at the deadline --------------------------------------------------------------------

  @Test
  void stopAtExactlyTheDeadlineIsMet_oneNanosecondLaterBreached() {
    TicketTimerTarget target = resolve(BusinessDuration.businessHours(4)).build();
    Instant created = at("2024-11-25T10:00");
    Instant due = at("2024-11-25T14:00");
    TimerCycle met = TicketTimers.evaluate(TicketHistory.of("T", List.of(TicketEvent.of(created, "created"), TicketEvent.of(due, "resolved"))), target, EIGHT_TO_SIX, due).current();
    assertEquals(TimerState.MET, met.state());
    assertEquals(Optional.of(due), met.stoppedAt());
    Instant late = due.plusNanos(1);
    TimerCycle breached = TicketTimers.evaluate(TicketHistory.of("T", List.of(TicketEvent.of(created, "created"), TicketEvent.of(late, "resolved"))), target, EIGHT_TO_SIX, late).current();
    assertEquals(TimerState.BREACHED, breached.state());
    assertEquals(Optional.of(due), breached.breachedAt());
    assertEquals(Optional.of(Duration.ofNanos(-1)), breached.remaining());
  }

  @Test
  void openTimer_flipsToBreachedJustAfterTheDeadline() {
    TicketTimerTarget target = resolve(BusinessDuration.businessHours(4)).build();
    TicketHistory h = history("2024-11-25T10:00 created");
    Instant due = at("2024-11-25T14:00");
    TimerCycle atDeadline = TicketTimers.evaluate(h, target, EIGHT_TO_SIX, due).current();
    assertEquals(TimerState.RUNNING, atDeadline.state());
    assertEquals(Optional.of(due.plusNanos(1)), atDeadline.nextChangeAt());
    TimerCycle after = TicketTimers.evaluate(h, target, EIGHT_TO_SIX, due.plusNanos(1)).current();
    assertEquals(TimerState.BREACHED, after.state());
    assertEquals(Optional.empty(), after.nextChangeAt());
  }

  @Test
  void deadlineOnClosingInstant_stopAfterCloseIsBreached() {
    TicketTimerTarget target = resolve(BusinessDuration.businessHours(2)).build();
    TicketHistory h = history("2024-11-22T16:00 created", "2024-11-22T18:30 resolved");
    TimerCycle c = evaluate(h, target, EIGHT_TO_SIX, "2024-11-25T09:00");
    assertEquals(TimerState.BREACHED, c.state());
    assertEquals(Optional.of(at("2024-11-22T18:00")), c.breachedAt());
    assertEquals(Optional.of(Duration.ZERO), c.remaining());
  }

  // ---- goals -------------------------------------------------------------------------------------

  static TicketTimerTarget byPriority(GoalChangePolicy policy) {
    TicketTimerTarget.Builder b = TicketTimerTarget.builder();
    return b.id("resolve").service("shop").window("prime").timer(TimerKind.RESOLVE)
        .addGoals(TimerGoal.of(Condition.fieldIs("priority", "P1"), BusinessDuration.businessHours(4)))
        .addGoals(TimerGoal.of(Condition.fieldIs("priority", "P2"), BusinessDuration.businessHours(8)))
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event("resolved"))
        .pauseWhen(PENDING)
        .goalChange(policy)
        .build();
  }

  @Test
  void priorityRaisedAfterPause_retroactiveKeepsOriginalStart() {
    TicketHistory h = history(
        "2024-11-25T08:00 created priority=P2", "2024-11-25T09:00 - status=pending",
        "2024-11-25T11:00 - status=open", "2024-11-25T12:00 - priority=P1");
    TimerCycle c = evaluate(h, byPriority(GoalChangePolicy.RETROACTIVE), EIGHT_TO_SIX, "2024-11-25T12:30");
    // counted 08-09 and 11-12:30 = 2.5 h of a 4 h goal
    assertEquals(Duration.ofMinutes(150), c.elapsed());
    assertEquals(Optional.of(at("2024-11-25T14:00")), c.deadline());
    assertEquals(1, c.goalChanges().size());
    assertEquals(at("2024-11-25T12:00"), c.goalChanges().get(0).at());
    assertEquals(GoalChangePolicy.RETROACTIVE, c.goalChanges().get(0).policy());
    assertTrue(c.goalReason().startsWith("goal 1 of 2, first match"), c.goalReason());
  }

  @Test
  void priorityRaised_restartPolicyStartsAFreshClock() {
    TicketHistory h = history("2024-11-25T08:00 created priority=P2", "2024-11-25T12:00 - priority=P1");
    TimerCycle c = evaluate(h, byPriority(GoalChangePolicy.RESTART), EIGHT_TO_SIX, "2024-11-25T13:00");
    assertEquals(Optional.of(at("2024-11-25T12:00")), c.startedAt());
    assertEquals(Duration.ofHours(1), c.elapsed());
    assertEquals(Optional.of(at("2024-11-25T16:00")), c.deadline());
  }

  @Test
  void noMatchingGoal_reportsNoGoal() {
    TimerCycle c = evaluate(history("2024-11-25T08:00 created priority=P9"), byPriority(GoalChangePolicy.RETROACTIVE), EIGHT_TO_SIX, "2024-11-25T09:00");
    assertEquals(TimerState.NO_GOAL, c.state());
    assertEquals("no goal matches", c.goalReason());
    assertEquals(Optional.empty(), c.deadline());
  }

  @Test
  void shortestMatch_picksEarliestDeadline() {
    TicketTimerTarget.Builder b = TicketTimerTarget.builder();
    TicketTimerTarget target = b.id("respond").service("shop").window("prime").timer(TimerKind.RESPOND)
        .addGoals(TimerGoal.of(Condition.fieldPresent("vip"), BusinessDuration.businessHours(2)))
        .addGoals(TimerGoal.of(Condition.fieldIs("priority", "P1"), BusinessDuration.elapsed(Duration.ofMinutes(30))))
        .goalSelection(GoalSelection.SHORTEST_MATCH)
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event("agent-reply"))
        .build();
    // created Friday 17:30: 2 business hours end Monday 09:30, 30 elapsed minutes at 18:00
    TimerCycle c = evaluate(history("2024-11-22T17:30 created priority=P1 vip=yes"), target, EIGHT_TO_SIX, "2024-11-22T17:40");
    assertEquals(Optional.of(at("2024-11-22T18:00")), c.deadline());
    assertTrue(c.goalReason().startsWith("goal 2 of 2, shortest match"), c.goalReason());
  }

  @Test
  void endOfNextWorkingDayGoal() {
    TimerCycle c = evaluate(history("2024-11-26T10:15 created"), resolve(BusinessDuration.endOfWorkingDay(1)).build(), EIGHT_TO_SIX, "2024-11-26T11:00");
    assertEquals(Optional.of(at("2024-11-27T18:00")), c.deadline());
    assertEquals(Optional.of(Duration.ofMinutes(7 * 60 + 45 + 600)), c.goalTime());
    TimerCycle sameTime = evaluate(history("2024-11-26T10:15 created"), resolve(BusinessDuration.workingDaysSameTime(1)).build(), EIGHT_TO_SIX, "2024-11-26T11:00");
    assertEquals(Optional.of(at("2024-11-27T10:15")), sameTime.deadline());
  }

  // ---- cycles, cancel, reset, asOf -------------------------------------------------------------------

  static TicketTimerTarget reopenable(TimerCycles cycles) {
    TicketTimerTarget.Builder b = TicketTimerTarget.builder();
    return b.id("resolve").service("shop").window("prime").timer(TimerKind.RESOLVE)
        .addGoals(TimerGoal.of(Condition.always(), BusinessDuration.businessHours(4)))
        .startWhen(Condition.fieldIs("status", "open"))
        .stopWhen(Condition.fieldIs("status", "resolved"))
        .cycles(cycles)
        .build();
  }

  @Test
  void reopenedTicket_multiCycleMeasuresEachCycle() {
    TicketTimerTarget target = reopenable(TimerCycles.MULTI);
    TicketHistory h = history(
        "2024-11-25T08:00 created status=open", "2024-11-25T10:00 - status=resolved",
        "2024-11-26T08:00 reopened status=open", "2024-11-26T14:00 - status=resolved");
    TimerResult r = TicketTimers.evaluate(h, target, EIGHT_TO_SIX, at("2024-11-27T08:00"));
    assertEquals(2, r.cycles().size());
    assertEquals(TimerState.MET, r.cycles().get(0).state());
    assertEquals(TimerState.BREACHED, r.cycles().get(1).state());
    assertEquals(Optional.of(at("2024-11-26T12:00")), r.cycles().get(1).breachedAt());
    TimerResult single = TicketTimers.evaluate(h, reopenable(TimerCycles.SINGLE), EIGHT_TO_SIX, at("2024-11-27T08:00"));
    assertEquals(1, single.cycles().size());
  }

  @Test
  void cancelEndsWithoutVerdict_resetRestartsAtZero() {
    TicketTimerTarget.Builder b = resolve(BusinessDuration.businessHours(4));
    TicketTimerTarget target = b.cancelWhen(Condition.fieldIs("status", "merged")).resetWhen(Condition.event("reassigned")).build();
    TimerCycle cancelled = evaluate(history("2024-11-25T08:00 created", "2024-11-25T09:00 - status=merged"), target, EIGHT_TO_SIX, "2024-11-25T15:00");
    assertEquals(TimerState.CANCELLED, cancelled.state());
    assertEquals(Optional.of(at("2024-11-25T09:00")), cancelled.stoppedAt());
    // the start condition (a "created" event) does not hold at the reset: the clock waits
    TimerCycle reset = evaluate(history("2024-11-25T08:00 created", "2024-11-25T11:00 reassigned"), target, EIGHT_TO_SIX, "2024-11-25T12:00");
    assertEquals(Duration.ZERO, reset.elapsed());
    assertEquals(TimerState.PAUSED, reset.state());
    assertEquals(List.of(at("2024-11-25T11:00")), reset.resets());
    assertEquals(Optional.empty(), reset.deadline());
  }

  @Test
  void reset_waitsForTheStartCondition_restartsAtOnceWhenItHolds() {
    TicketTimerTarget waits =
        resolve(BusinessDuration.businessHours(4)).resetWhen(Condition.event("reassigned")).build();
    TimerCycle restarted = evaluate(
        history("2024-11-25T08:00 created", "2024-11-25T11:00 reassigned", "2024-11-25T13:00 created"),
        waits, EIGHT_TO_SIX, "2024-11-25T14:00");
    assertEquals(TimerState.RUNNING, restarted.state());
    assertEquals(Optional.of(at("2024-11-25T13:00")), restarted.startedAt());
    assertEquals(Duration.ofHours(1), restarted.elapsed());
    assertEquals(Optional.of(at("2024-11-25T17:00")), restarted.deadline());
    TimerCycle stoppedWhileWaiting = evaluate(
        history("2024-11-25T08:00 created", "2024-11-25T11:00 reassigned", "2024-11-25T19:00 resolved"),
        waits, EIGHT_TO_SIX, "2024-11-26T14:00");
    assertEquals(TimerState.MET, stoppedWhileWaiting.state());
    assertEquals(Duration.ZERO, stoppedWhileWaiting.elapsed());
    // a start condition that still holds at the reset restarts the clock at once
    TicketTimerTarget.Builder ab = TicketTimerTarget.builder();
    TicketTimerTarget atOnce = ab.id("resolve").service("shop").window("prime")
        .timer(TimerKind.RESOLVE)
        .addGoals(TimerGoal.of(Condition.always(), BusinessDuration.businessHours(4)))
        .startWhen(Condition.fieldIs("status", "open"))
        .stopWhen(Condition.fieldIs("status", "resolved"))
        .resetWhen(Condition.event("reassigned"))
        .build();
    TimerCycle now = evaluate(
        history("2024-11-25T08:00 created status=open", "2024-11-25T11:00 reassigned"),
        atOnce, EIGHT_TO_SIX, "2024-11-25T12:00");
    assertEquals(TimerState.RUNNING, now.state());
    assertEquals(Duration.ofHours(1), now.elapsed());
    assertEquals(Optional.of(at("2024-11-25T11:00")), now.startedAt());
  }

  @Test
  void ticketCreatedCancelled_isCancelledNotRunning() {
    TicketTimerTarget target = resolve(BusinessDuration.businessHours(4))
        .cancelWhen(Condition.fieldIs("status", "merged")).build();
    TimerCycle c = evaluate(history("2024-11-25T08:00 created status=merged"), target, EIGHT_TO_SIX, "2024-11-25T15:00");
    assertEquals(TimerState.CANCELLED, c.state());
    assertEquals(Optional.of(at("2024-11-25T08:00")), c.stoppedAt());
    assertEquals(Duration.ZERO, c.elapsed());
  }

  @Test
  void eventsAfterAsOfAreIgnored_beforeStartIsNotStarted() {
    TicketTimerTarget target = resolve(BusinessDuration.businessHours(4)).build();
    TicketHistory h = history("2024-11-25T10:00 created", "2024-11-25T11:00 resolved");
    assertEquals(TimerState.NOT_STARTED, evaluate(h, target, EIGHT_TO_SIX, "2024-11-25T09:59").state());
    assertEquals(TimerState.RUNNING, evaluate(h, target, EIGHT_TO_SIX, "2024-11-25T10:30").state());
    assertEquals(TimerState.MET, evaluate(h, target, EIGHT_TO_SIX, "2024-11-25T11:00").state());
  }

  @Test
  void dstWeekend_countsRealElapsedTime() {
    // Berlin 2024-10-27 has 25 hours: 24 business hours on a 24x7 calendar end at 11:00 local
    TimerCycle c = evaluate(history("2024-10-26T12:00 created"), resolve(BusinessDuration.businessHours(24)).build(), ALWAYS, "2024-10-27T00:00");
    assertEquals(Optional.of(at("2024-10-27T11:00")), c.deadline());
  }

  @Test
  void shareThresholds_fireAtTheirShareOfTheGoal() {
    TicketTimerTarget.Builder b = resolve(BusinessDuration.businessHours(4));
    TicketTimerTarget target = b.addThresholds(
            TimerThreshold.warningAt(BigDecimal.valueOf(50)), TimerThreshold.escalationAt(BigDecimal.valueOf(75)).atLevel(1),
            TimerThreshold.escalationAt(BigDecimal.valueOf(90)).atLevel(2))
        .build();
    TimerCycle c = evaluate(history("2024-11-25T10:00 created"), target, EIGHT_TO_SIX, "2024-11-25T13:00");
    assertEquals(Optional.of(at("2024-11-25T12:00")), c.thresholds().get(0).at());
    assertTrue(c.thresholds().get(0).isReached());
    assertEquals(Optional.of(at("2024-11-25T13:00")), c.thresholds().get(1).at());
    assertTrue(c.thresholds().get(1).isReached());
    assertEquals(Optional.of(at("2024-11-25T13:36")), c.thresholds().get(2).at());
    assertEquals(Optional.of(at("2024-11-25T13:36")), c.nextChangeAt());
  }

  @Test
  void toString_readsLikeAHelpDeskLine() {
    TimerResult r = TicketTimers.evaluate(history("2024-11-25T10:00 created"), fourHoursEscalateOneHourBefore(), EIGHT_TO_SIX, at("2024-11-25T11:00"));
    assertEquals("T-1 resolve as of 2024-11-25T10:00:00Z: RUNNING elapsed PT1H of PT4H (25.00 %), "
        + "due 2024-11-25T13:00:00Z, next change at 2024-11-25T12:00:00Z", r.toString());
  }

  @Test
  void fieldsSetByEventsAreSeenByConditions() {
    TicketEvent e = TicketEvent.of(at("2024-11-25T10:00"), "created", Map.of("priority", "P1"));
    TimerResult r = TicketTimers.evaluate(TicketHistory.of("T-2", List.of(e)), byPriority(GoalChangePolicy.RETROACTIVE), EIGHT_TO_SIX, at("2024-11-25T10:00"));
    assertEquals(Optional.of(Duration.ofHours(4)), r.current().goalTime());
  }
}
