package dev.servicelevel.evaluation.timer;

import static dev.servicelevel.evaluation.timer.TicketTimersTest.EIGHT_TO_SIX;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.at;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.byPriority;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.history;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.TicketTimerTarget;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The figures a host shows beside a timer: time used at a goal change, paused wall-clock time,
 * the first start, the goal's condition. */
class TimerFiguresTest {

  static TimerCycle evaluate(TicketHistory h, TicketTimerTarget t, String asOf) {
    return TicketTimers.evaluate(h, t, EIGHT_TO_SIX, at(asOf)).current();
  }

  // ---- goal changes: time used before the change ----

  @Test
  void goalChange_saysHowMuchOfTheOldGoalWasUsed() {
    // P2 (8 h) from 08:00, pending 09:00-11:00, P1 at 12:00: 2 h of business time used (08-09,
    // 11-12), 4 h on the wall clock since the start
    TicketHistory h = history(
        "2024-11-25T08:00 created priority=P2", "2024-11-25T09:00 - status=pending",
        "2024-11-25T11:00 - status=open", "2024-11-25T12:00 - priority=P1");
    GoalChange change =
        evaluate(h, byPriority(GoalChangePolicy.RETROACTIVE), "2024-11-25T12:30")
            .goalChanges().get(0);
    assertEquals(Duration.ofHours(2), change.elapsedBefore());
    assertEquals(Duration.ofHours(4), change.wallClockBefore());
    assertEquals(Optional.of(BusinessDuration.businessHours(8)), change.from().map(g -> g.within()));
  }

  @Test
  void goalChange_overNightCountsOpenHoursOnlyInTheElapsedTime() {
    // P2 from Monday 17:00, P1 on Tuesday 09:00: 2 h of business time (17-18, 08-09), 16 h
    // on the wall clock
    TicketHistory h = history(
        "2024-11-25T17:00 created priority=P2", "2024-11-26T09:00 - priority=P1");
    GoalChange change =
        evaluate(h, byPriority(GoalChangePolicy.RESTART), "2024-11-26T10:00")
            .goalChanges().get(0);
    assertEquals(Duration.ofHours(2), change.elapsedBefore());
    assertEquals(Duration.ofHours(16), change.wallClockBefore());
  }

  // ---- first start ----

  @Test
  void restartPolicy_keepsTheFirstStart() {
    TicketHistory h = history("2024-11-25T08:00 created priority=P2", "2024-11-25T12:00 - priority=P1");
    TimerCycle c = evaluate(h, byPriority(GoalChangePolicy.RESTART), "2024-11-25T13:00");
    assertEquals(Optional.of(at("2024-11-25T12:00")), c.startedAt());
    assertEquals(Optional.of(at("2024-11-25T08:00")), c.firstStartedAt());
  }

  @Test
  void reset_keepsTheFirstStart() {
    TicketTimerTarget target =
        resolve(BusinessDuration.businessHours(4))
            .resetWhen(Condition.event("reassigned"))
            .build();
    TimerCycle c =
        evaluate(history("2024-11-25T08:00 created", "2024-11-25T11:00 reassigned"), target,
            "2024-11-25T12:00");
    assertEquals(Optional.of(at("2024-11-25T11:00")), c.startedAt());
    assertEquals(Optional.of(at("2024-11-25T08:00")), c.firstStartedAt());
  }

  // ---- paused wall-clock time ----

  @Test
  void pausedWallClock_includesClosedHoursThatPausedLeavesOut() {
    // pending from Monday 16:00 to Tuesday 10:00: 4 h of open time (16-18, 08-10), 18 h on the
    // wall clock
    TicketTimerTarget target = resolve(BusinessDuration.businessHours(8)).build();
    TimerCycle c =
        evaluate(
            history(
                "2024-11-25T08:00 created", "2024-11-25T16:00 - status=pending",
                "2024-11-26T10:00 - status=open"),
            target, "2024-11-26T11:00");
    assertEquals(Duration.ofHours(4), c.paused());
    assertEquals(Duration.ofHours(18), c.pausedWallClock());
    assertEquals(Duration.ofHours(9), c.elapsed());
    assertEquals(Duration.ofHours(27), c.wallClock());
  }

  @Test
  void pausedWallClock_equalsPausedForAGoalInElapsedTime() {
    TicketTimerTarget target = resolve(BusinessDuration.elapsed(Duration.ofHours(8))).build();
    TimerCycle c =
        evaluate(
            history(
                "2024-11-25T08:00 created", "2024-11-25T16:00 - status=pending",
                "2024-11-26T10:00 - status=open"),
            target, "2024-11-26T11:00");
    assertEquals(Duration.ofHours(18), c.paused());
    assertEquals(Duration.ofHours(18), c.pausedWallClock());
  }

  // ---- goal reason ----

  @Test
  void goalReason_namesTheConditionThatSelectedTheGoal() {
    TicketHistory h = history("2024-11-25T08:00 created priority=P2");
    TimerCycle c = evaluate(h, byPriority(GoalChangePolicy.RETROACTIVE), "2024-11-25T09:00");
    assertEquals("goal 2 of 2, first match, when priority = \"P2\"", c.goalReason());
  }
}
