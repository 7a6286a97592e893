package dev.servicelevel.evaluation.timer;

import static dev.servicelevel.evaluation.timer.TicketTimersTest.EIGHT_TO_SIX;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.at;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.history;

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
import dev.servicelevel.evaluation.GoldenFiles;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every figure of ticket timers over histories that pass through pauses, goal changes, resets,
 * cancellations, several cycles and each kind of goal, under each goal selection, goal change
 * policy and cycle rule, found unpinned by mutation testing: each cycle is pinned whole, as the
 * full evaluation and the outcomes buffer report it, at several instants, on office hours and
 * around the clock.
 */
class TimerMatrixMutationTest {

  private static TicketTimerTarget target(
      GoalSelection selection, GoalChangePolicy change, TimerCycles cycles) {
    return TicketTimerTarget.builder()
        .id("resolve")
        .service("shop")
        .window("prime")
        .timer(TimerKind.RESOLVE)
        .addGoals(
            TimerGoal.of(Condition.fieldIs("priority", "P1"), BusinessDuration.businessHours(2)),
            TimerGoal.of(Condition.fieldIs("priority", "P2"),
                BusinessDuration.elapsed(Duration.ofHours(9))),
            TimerGoal.of(Condition.fieldIs("priority", "P3"),
                BusinessDuration.workingDaysSameTime(1)),
            TimerGoal.of(Condition.fieldIs("priority", "P4"), BusinessDuration.endOfWorkingDay(1)),
            TimerGoal.of(Condition.fieldIs("vip", "yes"), BusinessDuration.businessMinutes(30)))
        .goalSelection(selection)
        .goalChange(change)
        .cycles(cycles)
        .startWhen(Condition.or(Condition.event("created"), Condition.event("reopened")))
        .stopWhen(Condition.event("resolved"))
        .pauseWhen(Condition.fieldIs("status", "pending"))
        .resetWhen(Condition.event("reset"))
        .cancelWhen(Condition.event("withdrawn"))
        .addThresholds(
            TimerThreshold.warningAt(BigDecimal.valueOf(50)),
            TimerThreshold.escalationAt(BigDecimal.valueOf(90)),
            TimerThreshold.warningBefore(BusinessDuration.businessMinutes(45)),
            TimerThreshold.escalationBefore(BusinessDuration.businessHours(1)))
        .build();
  }

  private static final Map<String, TicketHistory> HISTORIES = new LinkedHashMap<>();

  static {
    HISTORIES.put("p2 open", history("2024-11-25T09:00 created priority=P2 status=open"));
    HISTORIES.put("p2 paused then p1",
        history(
            "2024-11-25T09:00 created priority=P2 status=open",
            "2024-11-25T10:00 - status=pending",
            "2024-11-25T11:30 - status=open",
            "2024-11-25T12:00 - priority=P1",
            "2024-11-25T17:00 resolved"));
    HISTORIES.put("p1 reset and cycles",
        history(
            "2024-11-25T09:00 created priority=P1 status=open",
            "2024-11-25T09:30 reset",
            "2024-11-25T10:00 reopened",
            "2024-11-25T10:10 resolved",
            "2024-11-26T08:00 reopened priority=P2",
            "2024-11-26T08:30 - status=pending"));
    HISTORIES.put("never started", history("2024-11-25T09:00 assigned priority=P1"));
    HISTORIES.put("p3 friday evening",
        history(
            "2024-11-29T17:30 created priority=P3 status=open",
            "2024-12-02T18:30 resolved"));
    HISTORIES.put("p4 vip",
        history(
            "2024-11-25T16:00 created priority=P4 vip=yes status=open",
            "2024-11-25T16:20 - vip=no"));
    HISTORIES.put("withdrawn",
        history(
            "2024-11-25T09:00 created priority=P1 status=open",
            "2024-11-25T09:40 withdrawn"));
    HISTORIES.put("no goal",
        history(
            "2024-11-25T09:00 created priority=P9 status=open",
            "2024-11-25T12:00 resolved"));
    HISTORIES.put("goal lost",
        history(
            "2024-11-25T09:00 created priority=P1 status=open",
            "2024-11-25T09:30 - priority=P9",
            "2024-11-25T10:30 - priority=P2"));
    HISTORIES.put("cancelled then reopened",
        history(
            "2024-11-25T09:00 created priority=P1 status=open",
            "2024-11-25T09:20 withdrawn",
            "2024-11-25T11:00 reopened",
            "2024-11-25T12:30 - status=pending"));
    HISTORIES.put("paused at start",
        history(
            "2024-11-25T07:00 created priority=P1 status=pending",
            "2024-11-25T13:00 - status=open"));
  }

  private static final List<String> AS_OF =
      List.of("2024-11-25T09:00", "2024-11-25T09:45", "2024-11-25T12:30", "2024-11-25T17:30",
          "2024-11-26T08:15", "2024-12-03T12:00");

  static String show(TimerCycle c) {
    return c + " // " + c.number() + " " + c.state() + " started " + c.startedAt() + " first "
        + c.firstStartedAt() + " goal " + c.goal().map(g -> g.within().toString()) + " ("
        + c.goalReason() + ") " + c.goalTime() + " changes " + c.goalChanges() + " resets "
        + c.resets() + " elapsed " + c.elapsed() + " wall " + c.wallClock() + " paused "
        + c.paused() + "/" + c.pausedWallClock() + " remaining " + c.remaining() + " used "
        + c.percentUsed() + " deadline " + c.deadline() + " breached " + c.breachedAt()
        + " stopped " + c.stoppedAt() + " thresholds " + c.thresholds() + " next "
        + c.nextChangeAt();
  }

  private static Map<String, String> actual() {
    Map<String, String> actual = new LinkedHashMap<>();
    Map<TicketTimerTarget, BusinessCalendar> targets = new LinkedHashMap<>();
    targets.put(
        target(GoalSelection.SHORTEST_MATCH, GoalChangePolicy.RETROACTIVE, TimerCycles.MULTI),
        EIGHT_TO_SIX);
    targets.put(
        target(GoalSelection.FIRST_MATCH, GoalChangePolicy.RESTART, TimerCycles.SINGLE),
        EIGHT_TO_SIX);
    targets.put(
        target(GoalSelection.SHORTEST_MATCH, GoalChangePolicy.RESTART, TimerCycles.MULTI),
        TicketTimersTest.ALWAYS);
    TimerOutcomes out = new TimerOutcomes();
    for (Map.Entry<TicketTimerTarget, BusinessCalendar> e : targets.entrySet()) {
      TicketTimerTarget t = e.getKey();
      BusinessCalendar calendar = e.getValue();
      TimerEvaluator evaluator = TimerEvaluator.of(t, calendar);
      String tk = t.goalSelection() + " " + t.goalChange() + " " + t.cycles()
          + (calendar == EIGHT_TO_SIX ? "" : " always");
      HISTORIES.forEach(
          (name, h) -> {
            for (String asOf : AS_OF) {
              TimerResult r = TicketTimers.evaluate(h, t, calendar, at(asOf));
              StringBuilder sb = new StringBuilder();
              for (TimerCycle c : r.cycles()) {
                sb.append(show(c)).append(" || ");
              }
              evaluator.evaluate(h, at(asOf), out);
              sb.append("outcomes ").append(out).append(" next ").append(r.nextChangeAt())
                  .append(" | ").append(r).append(" | current ").append(r.current().number());
              actual.put(tk + " " + name + " " + asOf, sb.toString());
            }
          });
    }
    return actual;
  }

  @Test
  void everyCycleOfEveryHistoryUnderEveryRule() {
    GoldenFiles.assertMatches(getClass(), "timer-matrix.txt", actual());
  }
}
