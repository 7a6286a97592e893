package dev.servicelevel.evaluation.timer;

import static dev.servicelevel.evaluation.timer.TicketTimersTest.EIGHT_TO_SIX;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.at;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which goal applies when several match (shortest match, ties, deadlines beyond the supported
 * range), the state of a cycle without a goal, a cancelled cycle's goal time, the goal reached
 * exactly at a pause, a stop at the deadline while paused, and thresholds counted back from the
 * deadline on the goal's clock or on the other one: each pinned on the full result and on the
 * outcomes buffer, found unpinned by mutation testing.
 */
class RunningCycleMutationTest {

  static TicketTimerTarget.Builder target(GoalSelection selection, BusinessDuration... goals) {
    TicketTimerTarget.Builder b =
        TicketTimerTarget.builder()
            .id("resolve")
            .service("shop")
            .window("prime")
            .timer(TimerKind.RESOLVE)
            .goalSelection(selection)
            .startWhen(Condition.or(Condition.event("created"), Condition.event("reopened")))
            .stopWhen(Condition.event("resolved"))
            .pauseWhen(Condition.fieldIs("status", "pending"))
            .cancelWhen(Condition.event("withdrawn"));
    for (BusinessDuration g : goals) {
      b.addGoals(TimerGoal.of(Condition.always(), g));
    }
    return b;
  }

  /** The full result's only cycle, checked against the outcomes buffer's. */
  static TimerCycle only(
      TicketTimerTarget t, BusinessCalendar calendar, TicketHistory h, Instant asOf) {
    TimerResult r = TicketTimers.evaluate(h, t, calendar, asOf);
    assertEquals(1, r.cycles().size(), r.toString());
    TimerCycle c = r.current();
    TimerOutcomes out = new TimerOutcomes();
    TimerEvaluator.of(t, calendar).evaluate(h, asOf, out);
    assertEquals(1, out.size());
    assertEquals(c.state(), out.state(0));
    assertEquals(c.startedAt().orElseThrow(), out.startedAt(0));
    assertEquals(c.stoppedAt().orElse(null), out.stoppedAt(0));
    assertEquals(c.breachedAt().orElse(null), out.breachedAt(0));
    assertEquals(c.elapsed(), out.elapsed(0));
    assertEquals(c.goalTime().orElse(null), out.goalTime(0));
    return c;
  }

  private static String goalOf(TimerCycle c) {
    return c.goal().orElseThrow().within() + " (" + c.goalReason() + ")";
  }

  // ---- shortest match ----

  @Test
  void shortestMatch_thePlainlyShorterGoal_inEitherOrder_andTheFirstOfATie() {
    TicketHistory h = history("2024-11-25T10:00 created");
    Instant asOf = at("2024-11-25T10:30");
    BusinessDuration one = BusinessDuration.businessHours(1);
    BusinessDuration two = BusinessDuration.businessHours(2);
    TimerCycle first =
        only(target(GoalSelection.SHORTEST_MATCH, one, two).build(), EIGHT_TO_SIX, h, asOf);
    assertEquals("PT1H business time (goal 1 of 2, shortest match, when always)",
        goalOf(first));
    assertEquals(Optional.of(at("2024-11-25T11:00")), first.deadline());
    TimerCycle second =
        only(target(GoalSelection.SHORTEST_MATCH, two, one).build(), EIGHT_TO_SIX, h, asOf);
    assertEquals("PT1H business time (goal 2 of 2, shortest match, when always)",
        goalOf(second));
    TimerCycle middle =
        only(target(GoalSelection.SHORTEST_MATCH, two, one, two).build(), EIGHT_TO_SIX, h, asOf);
    assertEquals("PT1H business time (goal 2 of 3, shortest match, when always)",
        goalOf(middle));
    // a tie at the exact same deadline: the first of the two stays
    BusinessDuration sixty = BusinessDuration.businessMinutes(60);
    TimerCycle tie =
        only(target(GoalSelection.SHORTEST_MATCH, two, sixty, one).build(), EIGHT_TO_SIX, h,
            asOf);
    assertEquals("PT1H business time (goal 2 of 3, shortest match, when always)",
        goalOf(tie));
  }

  @Test
  void shortestMatch_elapsedTimeCountsOnTheWallClock_notOnTheCalendar() {
    // Monday 17:00: 2 business hours are due Tuesday 09:00, 9 elapsed hours Tuesday 02:00
    TicketHistory h = history("2024-11-25T17:00 created");
    TicketTimerTarget t =
        target(GoalSelection.SHORTEST_MATCH, BusinessDuration.businessHours(2),
            BusinessDuration.elapsed(Duration.ofHours(9)))
            .build();
    TimerCycle c = only(t, EIGHT_TO_SIX, h, at("2024-11-25T17:30"));
    assertEquals("PT9H elapsed time (goal 2 of 2, shortest match, when always)", goalOf(c));
    assertEquals(Optional.of(at("2024-11-26T02:00")), c.deadline());
  }

  @Test
  void shortestMatch_aDeadlineBeyondTheRangeIsLaterThanAnyWithinIt() {
    // 2399-12-31 10:00 Berlin: 48 elapsed hours end after 2400, one hour does not
    TicketHistory h = history("2399-12-31T10:00 created");
    Instant asOf = at("2399-12-31T10:30");
    BusinessDuration days = BusinessDuration.elapsed(Duration.ofHours(48));
    BusinessDuration hour = BusinessDuration.elapsed(Duration.ofHours(1));
    TimerCycle c =
        only(target(GoalSelection.SHORTEST_MATCH, days, hour).build(), EIGHT_TO_SIX, h, asOf);
    assertEquals("PT1H elapsed time (goal 2 of 2, shortest match, when always)", goalOf(c));
    assertEquals(Optional.of(at("2399-12-31T11:00")), c.deadline());
    // of two goals beyond the range, the first stays
    BusinessDuration more = BusinessDuration.elapsed(Duration.ofHours(72));
    TimerCycle beyond =
        only(target(GoalSelection.SHORTEST_MATCH, more, days).build(), EIGHT_TO_SIX, h, asOf);
    assertEquals("PT72H elapsed time (goal 1 of 2, shortest match, when always)",
        goalOf(beyond));
    assertEquals(Optional.empty(), beyond.deadline());
    assertEquals(TimerState.RUNNING, beyond.state());
    assertEquals(Optional.of(Duration.ofHours(71).plusMinutes(30)), beyond.remaining());
    assertEquals(Optional.empty(), beyond.nextChangeAt());
  }

  // ---- cycles without a goal ----

  @Test
  void noGoal_cancelledOrStopped() {
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH)
            .addGoals(TimerGoal.of(Condition.fieldIs("priority", "P1"),
                BusinessDuration.businessHours(1)))
            .build();
    TimerCycle cancelled =
        only(t, EIGHT_TO_SIX,
            history("2024-11-25T09:00 created", "2024-11-25T09:30 withdrawn"),
            at("2024-11-25T12:00"));
    assertEquals(TimerState.CANCELLED, cancelled.state());
    assertEquals(Optional.empty(), cancelled.goal());
    assertEquals("no goal matches", cancelled.goalReason());
    assertEquals(Duration.ofMinutes(30), cancelled.elapsed());
    TimerCycle stopped =
        only(t, EIGHT_TO_SIX,
            history("2024-11-25T09:00 created", "2024-11-25T09:30 resolved"),
            at("2024-11-25T12:00"));
    assertEquals(TimerState.NO_GOAL, stopped.state());
    assertEquals(Optional.of(at("2024-11-25T09:30")), stopped.stoppedAt());
  }

  // ---- a clock that is not reset ----

  @Test
  void theStartConditionHoldingAgainWithoutAReset_doesNotRestartTheClock() {
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH, BusinessDuration.elapsed(Duration.ofHours(4))).build();
    TimerCycle c =
        only(t, EIGHT_TO_SIX,
            history("2024-11-25T09:00 created", "2024-11-25T10:00 reopened"),
            at("2024-11-25T11:00"));
    assertEquals(Duration.ofHours(2), c.elapsed());
    assertEquals(Optional.of(at("2024-11-25T09:00")), c.startedAt());
    assertEquals(List.of(), c.resets());
    assertEquals(Optional.of(at("2024-11-25T13:00")), c.deadline());
  }

  // ---- a cancelled cycle's goal time ----

  @Test
  void cancelledCycle_keepsTheGoalTimeOfAWorkingDayGoal() {
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH, BusinessDuration.workingDaysSameTime(1)).build();
    TimerCycle c =
        only(t, EIGHT_TO_SIX,
            history("2024-11-25T10:00 created", "2024-11-25T11:00 withdrawn"),
            at("2024-11-25T12:00"));
    assertEquals(TimerState.CANCELLED, c.state());
    // Monday 10:00 to Tuesday 10:00 on an 08-18 calendar
    assertEquals(Optional.of(Duration.ofHours(10)), c.goalTime());
    assertEquals(Duration.ofHours(1), c.elapsed());
    assertEquals(Optional.of(Duration.ofHours(9)), c.remaining());
  }

  // ---- the goal reached exactly ----

  @Test
  void goalUsedUpExactlyAtAPause_isBreachedAtThePause() {
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH, BusinessDuration.elapsed(Duration.ofHours(1))).build();
    TimerCycle c =
        only(t, EIGHT_TO_SIX,
            history("2024-11-25T09:00 created", "2024-11-25T10:00 - status=pending",
                "2024-11-25T11:00 resolved"),
            at("2024-11-25T12:00"));
    assertEquals(TimerState.BREACHED, c.state());
    assertEquals(Optional.of(at("2024-11-25T10:00")), c.breachedAt());
    assertEquals(Duration.ofHours(1), c.elapsed());
    TimerCycle open =
        only(t, EIGHT_TO_SIX,
            history("2024-11-25T09:00 created", "2024-11-25T10:00 - status=pending"),
            at("2024-11-25T11:00"));
    assertEquals(TimerState.BREACHED, open.state());
    assertEquals(Optional.of(at("2024-11-25T10:00")), open.breachedAt());
  }

  @Test
  void stoppedAndPausedAtTheDeadline_isMetAndShowsTheDeadline() {
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH, BusinessDuration.elapsed(Duration.ofHours(1))).build();
    TimerCycle c =
        only(t, EIGHT_TO_SIX,
            history("2024-11-25T09:00 created", "2024-11-25T10:00 resolved status=pending"),
            at("2024-11-25T12:00"));
    assertEquals(TimerState.MET, c.state());
    assertEquals(Optional.of(at("2024-11-25T10:00")), c.deadline());
    assertEquals(Optional.empty(), c.breachedAt());
    assertEquals(Optional.of(Duration.ZERO), c.remaining());
  }

  // ---- thresholds before the deadline ----

  private static ThresholdStatus onlyThreshold(
      BusinessDuration goal, TimerThreshold threshold, TicketHistory h, String asOf) {
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH, goal).addThresholds(threshold).build();
    TimerCycle c = only(t, EIGHT_TO_SIX, h, at(asOf));
    assertEquals(1, c.thresholds().size());
    return c.thresholds().get(0);
  }

  @Test
  void beforeTheDeadlineOnTheGoalsClock_countsBackOverThePause() {
    // 90 min running, 30 min pending, 1 h running: 2 h are used up at 11:30, 1 h at 10:00
    TicketHistory h =
        history("2024-11-25T09:00 created", "2024-11-25T10:30 - status=pending",
            "2024-11-25T11:00 - status=open", "2024-11-25T12:00 resolved");
    ThresholdStatus elapsed =
        onlyThreshold(BusinessDuration.elapsed(Duration.ofHours(2)),
            TimerThreshold.warningBefore(BusinessDuration.elapsed(Duration.ofHours(1))), h,
            "2024-11-25T13:00");
    assertEquals(Optional.of(at("2024-11-25T10:00")), elapsed.at());
    assertTrue(elapsed.isReached());
    ThresholdStatus business =
        onlyThreshold(BusinessDuration.businessHours(2),
            TimerThreshold.warningBefore(BusinessDuration.businessHours(1)), h,
            "2024-11-25T13:00");
    assertEquals(Optional.of(at("2024-11-25T10:00")), business.at());
    assertTrue(business.isReached());
  }

  @Test
  void beforeTheDeadlineLongerThanTheGoal_isAtTheStart() {
    ThresholdStatus s =
        onlyThreshold(BusinessDuration.elapsed(Duration.ofHours(1)),
            TimerThreshold.warningBefore(BusinessDuration.elapsed(Duration.ofHours(2))),
            history("2024-11-25T09:00 created"), "2024-11-25T09:30");
    assertEquals(Optional.of(at("2024-11-25T09:00")), s.at());
    assertTrue(s.isReached());
  }

  @Test
  void elapsedTimeBeforeABusinessDeadline_countsBackOnTheWallClock_notBeforeTheStart() {
    // 10 business hours from Monday 10:00 are due Tuesday 10:00; 3 elapsed hours before: 07:00
    ThresholdStatus s =
        onlyThreshold(BusinessDuration.businessHours(10),
            TimerThreshold.escalationBefore(BusinessDuration.elapsed(Duration.ofHours(3))),
            history("2024-11-25T10:00 created"), "2024-11-25T11:00");
    assertEquals(Optional.of(at("2024-11-26T07:00")), s.at());
    assertEquals(false, s.isReached());
    // 1 business hour is due at 11:00; 3 elapsed hours before it lie before the start
    ThresholdStatus early =
        onlyThreshold(BusinessDuration.businessHours(1),
            TimerThreshold.escalationBefore(BusinessDuration.elapsed(Duration.ofHours(3))),
            history("2024-11-25T10:00 created"), "2024-11-25T10:30");
    assertEquals(Optional.of(at("2024-11-25T10:00")), early.at());
    assertTrue(early.isReached());
  }

  @Test
  void outcomesOfACycleWithoutAGoal_haveNoGoalTime() {
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH)
            .addGoals(TimerGoal.of(Condition.fieldIs("priority", "P1"),
                BusinessDuration.businessHours(1)))
            .build();
    TimerOutcomes out = new TimerOutcomes();
    TimerEvaluator.of(t, EIGHT_TO_SIX)
        .evaluate(history("2024-11-25T09:00 created", "2024-11-25T09:30 withdrawn"),
            at("2024-11-25T12:00"), out);
    assertEquals("[CANCELLED]", out.toString());
    assertNull(out.goalTime(0));
    assertEquals(at("2024-11-25T09:30"), out.stoppedAt(0));
  }
}
