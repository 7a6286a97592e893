package dev.servicelevel.evaluation.timer;

import static dev.servicelevel.evaluation.timer.TicketTimersTest.EIGHT_TO_SIX;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.at;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.history;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

  private static final List<String> EXPECTED =
      List.of(
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT9H (0.00 %), due 2024-11-25T17:00:00Z, next change a"
          + "t 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of "
          + "5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets [] e"
          + "lapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT9H] used Optional["
          + "0.00] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty stopped "
          + "Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12:30:00"
          + "Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45M busi"
          + "ness time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H busine"
          + "ss time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25"
          + "T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | T-1 re"
          + "solve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT9H (0.00 %), due 2"
          + "024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-11-25T09:45",
          "RUNNING elapsed PT45M of PT9H (8.33 %), due 2024-11-25T17:00:00Z, next change "
          + "at 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fi"
          + "rst Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of"
          + " 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets [] "
          + "elapsed PT45M wall PT45M paused PT0S/PT0S remaining Optional[PT8H15M] used Opt"
          + "ional[8.33] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty st"
          + "opped Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12"
          + ":30:00Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45"
          + "M business time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H "
          + "business time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024"
          + "-11-25T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | "
          + "T-1 resolve as of 2024-11-25T08:45:00Z: RUNNING elapsed PT45M of PT9H (8.33 %)"
          + ", due 2024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-11-25T12:30",
          "RUNNING elapsed PT3H30M of PT9H (38.89 %), due 2024-11-25T17:00:00Z, next chan"
          + "ge at 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z]"
          + " first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2"
          + " of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets "
          + "[] elapsed PT3H30M wall PT3H30M paused PT0S/PT0S remaining Optional[PT5H30M] u"
          + "sed Optional[38.89] deadline Optional[2024-11-25T17:00:00Z] breached Optional."
          + "empty stopped Optional.empty thresholds [warning at 50 % of goal: due at 2024-"
          + "11-25T12:30:00Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warn"
          + "ing PT45M business time before deadline: due at 2024-11-25T16:15:00Z, escalati"
          + "on PT1H business time before deadline: due at 2024-11-25T16:00:00Z] next Optio"
          + "nal[2024-11-25T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30"
          + ":00Z] | T-1 resolve as of 2024-11-25T11:30:00Z: RUNNING elapsed PT3H30M of PT9"
          + "H (38.89 %), due 2024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | c"
          + "urrent 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-11-25T17:30",
          "RUNNING elapsed PT8H30M of PT9H (94.44 %), due 2024-11-25T17:00:00Z, next chan"
          + "ge at 2024-11-25T17:00:00.000000001Z // 1 RUNNING started Optional[2024-11-25T"
          + "08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed tim"
          + "e] (goal 2 of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes "
          + "[] resets [] elapsed PT8H30M wall PT8H30M paused PT0S/PT0S remaining Optional["
          + "PT30M] used Optional[94.44] deadline Optional[2024-11-25T17:00:00Z] breached O"
          + "ptional.empty stopped Optional.empty thresholds [warning at 50 % of goal: reac"
          + "hed at 2024-11-25T12:30:00Z, escalation at 90 % of goal: reached at 2024-11-25"
          + "T16:06:00Z, warning PT45M business time before deadline: reached at 2024-11-25"
          + "T16:15:00Z, escalation PT1H business time before deadline: reached at 2024-11-"
          + "25T16:00:00Z] next Optional[2024-11-25T17:00:00.000000001Z] || outcomes [RUNNI"
          + "NG] next Optional[2024-11-25T17:00:00.000000001Z] | T-1 resolve as of 2024-11-"
          + "25T16:30:00Z: RUNNING elapsed PT8H30M of PT9H (94.44 %), due 2024-11-25T17:00:"
          + "00Z, next change at 2024-11-25T17:00:00.000000001Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-11-26T08:15",
          "BREACHED elapsed PT23H15M of PT9H (258.33 %), due 2024-11-25T17:00:00Z, breach"
          + "ed at 2024-11-25T17:00:00Z // 1 BREACHED started Optional[2024-11-25T08:00:00Z"
          + "] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal "
          + "2 of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets"
          + " [] elapsed PT23H15M wall PT23H15M paused PT0S/PT0S remaining Optional[PT-14H-"
          + "15M] used Optional[258.33] deadline Optional[2024-11-25T17:00:00Z] breached Op"
          + "tional[2024-11-25T17:00:00Z] stopped Optional.empty thresholds [warning at 50 "
          + "% of goal: reached at 2024-11-25T12:30:00Z, escalation at 90 % of goal: reache"
          + "d at 2024-11-25T16:06:00Z, warning PT45M business time before deadline: reache"
          + "d at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: reac"
          + "hed at 2024-11-25T16:00:00Z] next Optional.empty || outcomes [BREACHED] next O"
          + "ptional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: BREACHED elapsed PT23H"
          + "15M of PT9H (258.33 %), due 2024-11-25T17:00:00Z, breached at 2024-11-25T17:00"
          + ":00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-12-03T12:00",
          "BREACHED elapsed PT195H of PT9H (2166.67 %), due 2024-11-25T17:00:00Z, breache"
          + "d at 2024-11-25T17:00:00Z // 1 BREACHED started Optional[2024-11-25T08:00:00Z]"
          + " first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2"
          + " of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets "
          + "[] elapsed PT195H wall PT195H paused PT0S/PT0S remaining Optional[PT-186H] use"
          + "d Optional[2166.67] deadline Optional[2024-11-25T17:00:00Z] breached Optional["
          + "2024-11-25T17:00:00Z] stopped Optional.empty thresholds [warning at 50 % of go"
          + "al: reached at 2024-11-25T12:30:00Z, escalation at 90 % of goal: reached at 20"
          + "24-11-25T16:06:00Z, warning PT45M business time before deadline: reached at 20"
          + "24-11-25T16:15:00Z, escalation PT1H business time before deadline: reached at "
          + "2024-11-25T16:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional"
          + ".empty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed PT195H of PT"
          + "9H (2166.67 %), due 2024-11-25T17:00:00Z, breached at 2024-11-25T17:00:00Z | c"
          + "urrent 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT9H (0.00 %), due 2024-11-25T17:00:00Z, next change a"
          + "t 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of "
          + "5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets [] e"
          + "lapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT9H] used Optional["
          + "0.00] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty stopped "
          + "Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12:30:00"
          + "Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45M busi"
          + "ness time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H busine"
          + "ss time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25"
          + "T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | T-1 re"
          + "solve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT9H (0.00 %), due 2"
          + "024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-11-25T09:45",
          "RUNNING elapsed PT45M of PT9H (8.33 %), due 2024-11-25T17:00:00Z, next change "
          + "at 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fi"
          + "rst Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of"
          + " 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets [] "
          + "elapsed PT45M wall PT45M paused PT0S/PT0S remaining Optional[PT8H15M] used Opt"
          + "ional[8.33] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty st"
          + "opped Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12"
          + ":30:00Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45"
          + "M business time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H "
          + "business time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024"
          + "-11-25T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | "
          + "T-1 resolve as of 2024-11-25T08:45:00Z: RUNNING elapsed PT45M of PT9H (8.33 %)"
          + ", due 2024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-11-25T12:30",
          "RUNNING elapsed PT2H of PT2H (100.00 %), due 2024-11-25T11:30:00Z, paused PT1H"
          + "30M, next change at 2024-11-25T11:30:00.000000001Z // 1 RUNNING started Option"
          + "al[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional[PT"
          + "2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional"
          + "[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" -> PT9H elapsed time => "
          + "priority = \"P1\" -> PT2H business time (RETROACTIVE, PT1H30M used, PT3H on the "
          + "wall clock)] resets [] elapsed PT2H wall PT3H30M paused PT1H30M/PT1H30M remain"
          + "ing Optional[PT0S] used Optional[100.00] deadline Optional[2024-11-25T11:30:00"
          + "Z] breached Optional.empty stopped Optional.empty thresholds [warning at 50 % "
          + "of goal: reached at 2024-11-25T09:00:00Z, escalation at 90 % of goal: reached "
          + "at 2024-11-25T11:18:00Z, warning PT45M business time before deadline: reached "
          + "at 2024-11-25T10:45:00Z, escalation PT1H business time before deadline: reache"
          + "d at 2024-11-25T09:00:00Z] next Optional[2024-11-25T11:30:00.000000001Z] || ou"
          + "tcomes [RUNNING] next Optional[2024-11-25T11:30:00.000000001Z] | T-1 resolve a"
          + "s of 2024-11-25T11:30:00Z: RUNNING elapsed PT2H of PT2H (100.00 %), due 2024-1"
          + "1-25T11:30:00Z, paused PT1H30M, next change at 2024-11-25T11:30:00.000000001Z "
          + "| current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-11-25T17:30",
          "BREACHED elapsed PT6H30M of PT2H (325.00 %), due 2024-11-25T11:30:00Z, breache"
          + "d at 2024-11-25T11:30:00Z, stopped at 2024-11-25T16:00:00Z, paused PT1H30M // "
          + "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\""
          + " -> PT9H elapsed time => priority = \"P1\" -> PT2H business time (RETROACTIVE, P"
          + "T1H30M used, PT3H on the wall clock)] resets [] elapsed PT6H30M wall PT8H paus"
          + "ed PT1H30M/PT1H30M remaining Optional[PT-4H-30M] used Optional[325.00] deadlin"
          + "e Optional[2024-11-25T11:30:00Z] breached Optional[2024-11-25T11:30:00Z] stopp"
          + "ed Optional[2024-11-25T16:00:00Z] thresholds [warning at 50 % of goal: reached"
          + " at 2024-11-25T09:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T11"
          + ":18:00Z, warning PT45M business time before deadline: reached at 2024-11-25T10"
          + ":45:00Z, escalation PT1H business time before deadline: reached at 2024-11-25T"
          + "09:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional.empty | T-"
          + "1 resolve as of 2024-11-25T16:30:00Z: BREACHED elapsed PT6H30M of PT2H (325.00"
          + " %), due 2024-11-25T11:30:00Z, breached at 2024-11-25T11:30:00Z, stopped at 20"
          + "24-11-25T16:00:00Z, paused PT1H30M | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-11-26T08:15",
          "BREACHED elapsed PT6H30M of PT2H (325.00 %), due 2024-11-25T11:30:00Z, breache"
          + "d at 2024-11-25T11:30:00Z, stopped at 2024-11-25T16:00:00Z, paused PT1H30M // "
          + "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\""
          + " -> PT9H elapsed time => priority = \"P1\" -> PT2H business time (RETROACTIVE, P"
          + "T1H30M used, PT3H on the wall clock)] resets [] elapsed PT6H30M wall PT8H paus"
          + "ed PT1H30M/PT1H30M remaining Optional[PT-4H-30M] used Optional[325.00] deadlin"
          + "e Optional[2024-11-25T11:30:00Z] breached Optional[2024-11-25T11:30:00Z] stopp"
          + "ed Optional[2024-11-25T16:00:00Z] thresholds [warning at 50 % of goal: reached"
          + " at 2024-11-25T09:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T11"
          + ":18:00Z, warning PT45M business time before deadline: reached at 2024-11-25T10"
          + ":45:00Z, escalation PT1H business time before deadline: reached at 2024-11-25T"
          + "09:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional.empty | T-"
          + "1 resolve as of 2024-11-26T07:15:00Z: BREACHED elapsed PT6H30M of PT2H (325.00"
          + " %), due 2024-11-25T11:30:00Z, breached at 2024-11-25T11:30:00Z, stopped at 20"
          + "24-11-25T16:00:00Z, paused PT1H30M | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-12-03T12:00",
          "BREACHED elapsed PT6H30M of PT2H (325.00 %), due 2024-11-25T11:30:00Z, breache"
          + "d at 2024-11-25T11:30:00Z, stopped at 2024-11-25T16:00:00Z, paused PT1H30M // "
          + "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\""
          + " -> PT9H elapsed time => priority = \"P1\" -> PT2H business time (RETROACTIVE, P"
          + "T1H30M used, PT3H on the wall clock)] resets [] elapsed PT6H30M wall PT8H paus"
          + "ed PT1H30M/PT1H30M remaining Optional[PT-4H-30M] used Optional[325.00] deadlin"
          + "e Optional[2024-11-25T11:30:00Z] breached Optional[2024-11-25T11:30:00Z] stopp"
          + "ed Optional[2024-11-25T16:00:00Z] thresholds [warning at 50 % of goal: reached"
          + " at 2024-11-25T09:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T11"
          + ":18:00Z, warning PT45M business time before deadline: reached at 2024-11-25T10"
          + ":45:00Z, escalation PT1H business time before deadline: reached at 2024-11-25T"
          + "09:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional.empty | T-"
          + "1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed PT6H30M of PT2H (325.00"
          + " %), due 2024-11-25T11:30:00Z, breached at 2024-11-25T11:30:00Z, stopped at 20"
          + "24-11-25T16:00:00Z, paused PT1H30M | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, shortest match, when priority = \"P1\") Optional[PT2H] changes [] resets [] "
          + "elapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional"
          + "[0.00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:0"
          + "0Z, escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M bus"
          + "iness time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H busin"
          + "ess time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-2"
          + "5T09:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 r"
          + "esolve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due "
          + "2024-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-11-25T09:45",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT15M // 1 PAUSED started Optiona"
          + "l[2024-11-25T08:30:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional[PT2"
          + "H business time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional["
          + "PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT0S wall PT15M paused "
          + "PT15M/PT15M remaining Optional[PT2H] used Optional[0.00] deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [warning at 50 % "
          + "of goal: due at -, escalation at 90 % of goal: due at -, warning PT45M busines"
          + "s time before deadline: due at -, escalation PT1H business time before deadlin"
          + "e: due at -] next Optional.empty || outcomes [PAUSED] next Optional.empty | T-"
          + "1 resolve as of 2024-11-25T08:45:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), pa"
          + "used PT15M | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-11-25T12:30",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortes"
          + "t match, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08"
          + ":30:00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M]"
          + " used Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional"
          + ".empty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of g"
          + "oal: due at -, escalation at 90 % of goal: due at -, warning PT45M business ti"
          + "me before deadline: due at -, escalation PT1H business time before deadline: d"
          + "ue at -] next Optional.empty || outcomes [MET] next Optional.empty | T-1 resol"
          + "ve as of 2024-11-25T11:30:00Z: MET elapsed PT10M of PT2H (8.33 %), due 2024-11"
          + "-25T11:00:00Z, stopped at 2024-11-25T09:10:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-11-25T17:30",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortes"
          + "t match, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08"
          + ":30:00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M]"
          + " used Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional"
          + ".empty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of g"
          + "oal: due at -, escalation at 90 % of goal: due at -, warning PT45M business ti"
          + "me before deadline: due at -, escalation PT1H business time before deadline: d"
          + "ue at -] next Optional.empty || outcomes [MET] next Optional.empty | T-1 resol"
          + "ve as of 2024-11-25T16:30:00Z: MET elapsed PT10M of PT2H (8.33 %), due 2024-11"
          + "-25T11:00:00Z, stopped at 2024-11-25T09:10:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-11-26T08:15",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortes"
          + "t match, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08"
          + ":30:00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M]"
          + " used Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional"
          + ".empty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of g"
          + "oal: due at -, escalation at 90 % of goal: due at -, warning PT45M business ti"
          + "me before deadline: due at -, escalation PT1H business time before deadline: d"
          + "ue at -] next Optional.empty || RUNNING elapsed PT15M of PT9H (2.78 %), due 20"
          + "24-11-26T16:00:00Z, next change at 2024-11-26T11:30:00Z // 2 RUNNING started O"
          + "ptional[2024-11-26T07:00:00Z] first Optional[2024-11-26T07:00:00Z] goal Option"
          + "al[PT9H elapsed time] (goal 2 of 5, shortest match, when priority = \"P2\") Opti"
          + "onal[PT9H] changes [] resets [] elapsed PT15M wall PT15M paused PT0S/PT0S rema"
          + "ining Optional[PT8H45M] used Optional[2.78] deadline Optional[2024-11-26T16:00"
          + ":00Z] breached Optional.empty stopped Optional.empty thresholds [warning at 50"
          + " % of goal: due at 2024-11-26T11:30:00Z, escalation at 90 % of goal: due at 20"
          + "24-11-26T15:06:00Z, warning PT45M business time before deadline: due at 2024-1"
          + "1-26T15:15:00Z, escalation PT1H business time before deadline: due at 2024-11-"
          + "26T15:00:00Z] next Optional[2024-11-26T11:30:00Z] || outcomes [MET, RUNNING] n"
          + "ext Optional[2024-11-26T11:30:00Z] | T-1 resolve as of 2024-11-26T07:15:00Z: R"
          + "UNNING elapsed PT15M of PT9H (2.78 %), due 2024-11-26T16:00:00Z, next change a"
          + "t 2024-11-26T11:30:00Z | current 2",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-12-03T12:00",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortes"
          + "t match, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08"
          + ":30:00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M]"
          + " used Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional"
          + ".empty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of g"
          + "oal: due at -, escalation at 90 % of goal: due at -, warning PT45M business ti"
          + "me before deadline: due at -, escalation PT1H business time before deadline: d"
          + "ue at -] next Optional.empty || PAUSED elapsed PT30M of PT9H (5.56 %), paused "
          + "PT171H30M // 2 PAUSED started Optional[2024-11-26T07:00:00Z] first Optional[20"
          + "24-11-26T07:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest ma"
          + "tch, when priority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT30M w"
          + "all PT172H paused PT171H30M/PT171H30M remaining Optional[PT8H30M] used Optiona"
          + "l[5.56] deadline Optional.empty breached Optional.empty stopped Optional.empty"
          + " thresholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: du"
          + "e at -, warning PT45M business time before deadline: due at -, escalation PT1H"
          + " business time before deadline: due at -] next Optional.empty || outcomes [MET"
          + ", PAUSED] next Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: PAUSED"
          + " elapsed PT30M of PT9H (5.56 %), paused PT171H30M | current 2",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-11-25T09:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:00:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-11-25T09:45",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:45:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-11-25T12:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T11:30:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-11-25T17:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T16:30:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-11-26T08:15",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-26T07:15:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-12-03T12:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-12-03T11:00:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-11-25T09:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:00:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-11-25T09:45",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:45:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-11-25T12:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T11:30:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-11-25T17:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T16:30:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-11-26T08:15",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-26T07:15:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-12-03T12:00",
          "BREACHED elapsed PT10H30M of PT10H (105.00 %), due 2024-12-02T16:30:00Z, breac"
          + "hed at 2024-12-02T16:30:00Z, stopped at 2024-12-02T17:30:00Z // 1 BREACHED sta"
          + "rted Optional[2024-11-29T16:30:00Z] first Optional[2024-11-29T16:30:00Z] goal "
          + "Optional[same time +1 working days] (goal 3 of 5, shortest match, when priorit"
          + "y = \"P3\") Optional[PT10H] changes [] resets [] elapsed PT10H30M wall PT73H pau"
          + "sed PT0S/PT0S remaining Optional[PT-30M] used Optional[105.00] deadline Option"
          + "al[2024-12-02T16:30:00Z] breached Optional[2024-12-02T16:30:00Z] stopped Optio"
          + "nal[2024-12-02T17:30:00Z] thresholds [warning at 50 % of goal: reached at 2024"
          + "-12-02T11:30:00Z, escalation at 90 % of goal: reached at 2024-12-02T15:30:00Z,"
          + " warning PT45M business time before deadline: reached at 2024-12-02T15:45:00Z,"
          + " escalation PT1H business time before deadline: reached at 2024-12-02T15:30:00"
          + "Z] next Optional.empty || outcomes [BREACHED] next Optional.empty | T-1 resolv"
          + "e as of 2024-12-03T11:00:00Z: BREACHED elapsed PT10H30M of PT10H (105.00 %), d"
          + "ue 2024-12-02T16:30:00Z, breached at 2024-12-02T16:30:00Z, stopped at 2024-12-"
          + "02T17:30:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-11-25T09:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:00:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-11-25T09:45",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:45:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-11-25T12:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T11:30:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-11-25T17:30",
          "RUNNING elapsed PT1H30M of PT12H (12.50 %), due 2024-11-26T17:00:00Z, next cha"
          + "nge at 2024-11-26T11:00:00Z // 1 RUNNING started Optional[2024-11-25T15:00:00Z"
          + "] first Optional[2024-11-25T15:00:00Z] goal Optional[end of working day +1] (g"
          + "oal 4 of 5, shortest match, when priority = \"P4\") Optional[PT12H] changes [202"
          + "4-11-25T15:20:00Z: vip = \"yes\" -> PT30M business time => priority = \"P4\" -> en"
          + "d of working day +1 (RETROACTIVE, PT20M used, PT20M on the wall clock)] resets"
          + " [] elapsed PT1H30M wall PT1H30M paused PT0S/PT0S remaining Optional[PT10H30M]"
          + " used Optional[12.50] deadline Optional[2024-11-26T17:00:00Z] breached Optiona"
          + "l.empty stopped Optional.empty thresholds [warning at 50 % of goal: due at 202"
          + "4-11-26T11:00:00Z, escalation at 90 % of goal: due at 2024-11-26T15:48:00Z, wa"
          + "rning PT45M business time before deadline: due at 2024-11-26T16:15:00Z, escala"
          + "tion PT1H business time before deadline: due at 2024-11-26T16:00:00Z] next Opt"
          + "ional[2024-11-26T11:00:00Z] || outcomes [RUNNING] next Optional[2024-11-26T11:"
          + "00:00Z] | T-1 resolve as of 2024-11-25T16:30:00Z: RUNNING elapsed PT1H30M of P"
          + "T12H (12.50 %), due 2024-11-26T17:00:00Z, next change at 2024-11-26T11:00:00Z "
          + "| current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-11-26T08:15",
          "RUNNING elapsed PT2H15M of PT12H (18.75 %), due 2024-11-26T17:00:00Z, next cha"
          + "nge at 2024-11-26T11:00:00Z // 1 RUNNING started Optional[2024-11-25T15:00:00Z"
          + "] first Optional[2024-11-25T15:00:00Z] goal Optional[end of working day +1] (g"
          + "oal 4 of 5, shortest match, when priority = \"P4\") Optional[PT12H] changes [202"
          + "4-11-25T15:20:00Z: vip = \"yes\" -> PT30M business time => priority = \"P4\" -> en"
          + "d of working day +1 (RETROACTIVE, PT20M used, PT20M on the wall clock)] resets"
          + " [] elapsed PT2H15M wall PT16H15M paused PT0S/PT0S remaining Optional[PT9H45M]"
          + " used Optional[18.75] deadline Optional[2024-11-26T17:00:00Z] breached Optiona"
          + "l.empty stopped Optional.empty thresholds [warning at 50 % of goal: due at 202"
          + "4-11-26T11:00:00Z, escalation at 90 % of goal: due at 2024-11-26T15:48:00Z, wa"
          + "rning PT45M business time before deadline: due at 2024-11-26T16:15:00Z, escala"
          + "tion PT1H business time before deadline: due at 2024-11-26T16:00:00Z] next Opt"
          + "ional[2024-11-26T11:00:00Z] || outcomes [RUNNING] next Optional[2024-11-26T11:"
          + "00:00Z] | T-1 resolve as of 2024-11-26T07:15:00Z: RUNNING elapsed PT2H15M of P"
          + "T12H (18.75 %), due 2024-11-26T17:00:00Z, next change at 2024-11-26T11:00:00Z "
          + "| current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-12-03T12:00",
          "BREACHED elapsed PT56H of PT12H (466.67 %), due 2024-11-26T17:00:00Z, breached"
          + " at 2024-11-26T17:00:00Z // 1 BREACHED started Optional[2024-11-25T15:00:00Z] "
          + "first Optional[2024-11-25T15:00:00Z] goal Optional[end of working day +1] (goa"
          + "l 4 of 5, shortest match, when priority = \"P4\") Optional[PT12H] changes [2024-"
          + "11-25T15:20:00Z: vip = \"yes\" -> PT30M business time => priority = \"P4\" -> end "
          + "of working day +1 (RETROACTIVE, PT20M used, PT20M on the wall clock)] resets ["
          + "] elapsed PT56H wall PT188H paused PT0S/PT0S remaining Optional[PT-44H] used O"
          + "ptional[466.67] deadline Optional[2024-11-26T17:00:00Z] breached Optional[2024"
          + "-11-26T17:00:00Z] stopped Optional.empty thresholds [warning at 50 % of goal: "
          + "reached at 2024-11-26T11:00:00Z, escalation at 90 % of goal: reached at 2024-1"
          + "1-26T15:48:00Z, warning PT45M business time before deadline: reached at 2024-1"
          + "1-26T16:15:00Z, escalation PT1H business time before deadline: reached at 2024"
          + "-11-26T16:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional.emp"
          + "ty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed PT56H of PT12H ("
          + "466.67 %), due 2024-11-26T17:00:00Z, breached at 2024-11-26T17:00:00Z | curren"
          + "t 1",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, shortest match, when priority = \"P1\") Optional[PT2H] changes [] resets [] "
          + "elapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional"
          + "[0.00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:0"
          + "0Z, escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M bus"
          + "iness time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H busin"
          + "ess time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-2"
          + "5T09:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 r"
          + "esolve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due "
          + "2024-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-11-25T09:45",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-11-25T08:45:00Z: CANCELLED e"
          + "lapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-11-25T12:30",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-11-25T11:30:00Z: CANCELLED e"
          + "lapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-11-25T17:30",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-11-25T16:30:00Z: CANCELLED e"
          + "lapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-11-26T08:15",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: CANCELLED e"
          + "lapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-12-03T12:00",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: CANCELLED e"
          + "lapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-11-25T09:00",
          "NO_GOAL elapsed PT0S // 1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first"
          + " Optional[2024-11-25T08:00:00Z] goal Optional.empty (no goal matches) Optional"
          + ".empty changes [] resets [] elapsed PT0S wall PT0S paused PT0S/PT0S remaining "
          + "Optional.empty used Optional.empty deadline Optional.empty breached Optional.e"
          + "mpty stopped Optional.empty thresholds [] next Optional.empty || outcomes [NO_"
          + "GOAL] next Optional.empty | T-1 resolve as of 2024-11-25T08:00:00Z: NO_GOAL el"
          + "apsed PT0S | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-11-25T09:45",
          "NO_GOAL elapsed PT45M // 1 NO_GOAL started Optional[2024-11-25T08:00:00Z] firs"
          + "t Optional[2024-11-25T08:00:00Z] goal Optional.empty (no goal matches) Optiona"
          + "l.empty changes [] resets [] elapsed PT45M wall PT45M paused PT0S/PT0S remaini"
          + "ng Optional.empty used Optional.empty deadline Optional.empty breached Optiona"
          + "l.empty stopped Optional.empty thresholds [] next Optional.empty || outcomes ["
          + "NO_GOAL] next Optional.empty | T-1 resolve as of 2024-11-25T08:45:00Z: NO_GOAL"
          + " elapsed PT45M | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-11-25T12:30",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-11-25T11:30:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-11-25T17:30",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-11-25T16:30:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-11-26T08:15",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-11-26T07:15:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-12-03T12:00",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-12-03T11:00:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, shortest match, when priority = \"P1\") Optional[PT2H] changes [] resets [] "
          + "elapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional"
          + "[0.00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:0"
          + "0Z, escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M bus"
          + "iness time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H busin"
          + "ess time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-2"
          + "5T09:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 r"
          + "esolve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due "
          + "2024-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-11-25T09:45",
          "NO_GOAL elapsed PT45M // 1 NO_GOAL started Optional[2024-11-25T08:00:00Z] firs"
          + "t Optional[2024-11-25T08:00:00Z] goal Optional.empty (no goal matches) Optiona"
          + "l.empty changes [2024-11-25T08:30:00Z: priority = \"P1\" -> PT2H business time ="
          + "> no goal (RETROACTIVE, PT30M used, PT30M on the wall clock)] resets [] elapse"
          + "d PT45M wall PT45M paused PT0S/PT0S remaining Optional.empty used Optional.emp"
          + "ty deadline Optional.empty breached Optional.empty stopped Optional.empty thre"
          + "sholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T-1 "
          + "resolve as of 2024-11-25T08:45:00Z: NO_GOAL elapsed PT45M | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-11-25T12:30",
          "RUNNING elapsed PT3H30M of PT9H (38.89 %), due 2024-11-25T17:00:00Z, next chan"
          + "ge at 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z]"
          + " first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2"
          + " of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [2024-11-2"
          + "5T08:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RETROACTIVE, PT"
          + "30M used, PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal => priority "
          + "= \"P2\" -> PT9H elapsed time (RETROACTIVE, PT1H30M used, PT1H30M on the wall cl"
          + "ock)] resets [] elapsed PT3H30M wall PT3H30M paused PT0S/PT0S remaining Option"
          + "al[PT5H30M] used Optional[38.89] deadline Optional[2024-11-25T17:00:00Z] breac"
          + "hed Optional.empty stopped Optional.empty thresholds [warning at 50 % of goal:"
          + " due at 2024-11-25T12:30:00Z, escalation at 90 % of goal: due at 2024-11-25T16"
          + ":06:00Z, warning PT45M business time before deadline: due at 2024-11-25T16:15:"
          + "00Z, escalation PT1H business time before deadline: due at 2024-11-25T16:00:00"
          + "Z] next Optional[2024-11-25T12:30:00Z] || outcomes [RUNNING] next Optional[202"
          + "4-11-25T12:30:00Z] | T-1 resolve as of 2024-11-25T11:30:00Z: RUNNING elapsed P"
          + "T3H30M of PT9H (38.89 %), due 2024-11-25T17:00:00Z, next change at 2024-11-25T"
          + "12:30:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-11-25T17:30",
          "RUNNING elapsed PT8H30M of PT9H (94.44 %), due 2024-11-25T17:00:00Z, next chan"
          + "ge at 2024-11-25T17:00:00.000000001Z // 1 RUNNING started Optional[2024-11-25T"
          + "08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed tim"
          + "e] (goal 2 of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes "
          + "[2024-11-25T08:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RETRO"
          + "ACTIVE, PT30M used, PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal =>"
          + " priority = \"P2\" -> PT9H elapsed time (RETROACTIVE, PT1H30M used, PT1H30M on t"
          + "he wall clock)] resets [] elapsed PT8H30M wall PT8H30M paused PT0S/PT0S remain"
          + "ing Optional[PT30M] used Optional[94.44] deadline Optional[2024-11-25T17:00:00"
          + "Z] breached Optional.empty stopped Optional.empty thresholds [warning at 50 % "
          + "of goal: reached at 2024-11-25T12:30:00Z, escalation at 90 % of goal: reached "
          + "at 2024-11-25T16:06:00Z, warning PT45M business time before deadline: reached "
          + "at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: reache"
          + "d at 2024-11-25T16:00:00Z] next Optional[2024-11-25T17:00:00.000000001Z] || ou"
          + "tcomes [RUNNING] next Optional[2024-11-25T17:00:00.000000001Z] | T-1 resolve a"
          + "s of 2024-11-25T16:30:00Z: RUNNING elapsed PT8H30M of PT9H (94.44 %), due 2024"
          + "-11-25T17:00:00Z, next change at 2024-11-25T17:00:00.000000001Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-11-26T08:15",
          "BREACHED elapsed PT23H15M of PT9H (258.33 %), due 2024-11-25T17:00:00Z, breach"
          + "ed at 2024-11-25T17:00:00Z // 1 BREACHED started Optional[2024-11-25T08:00:00Z"
          + "] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal "
          + "2 of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [2024-11-"
          + "25T08:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RETROACTIVE, P"
          + "T30M used, PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal => priority"
          + " = \"P2\" -> PT9H elapsed time (RETROACTIVE, PT1H30M used, PT1H30M on the wall c"
          + "lock)] resets [] elapsed PT23H15M wall PT23H15M paused PT0S/PT0S remaining Opt"
          + "ional[PT-14H-15M] used Optional[258.33] deadline Optional[2024-11-25T17:00:00Z"
          + "] breached Optional[2024-11-25T17:00:00Z] stopped Optional.empty thresholds [w"
          + "arning at 50 % of goal: reached at 2024-11-25T12:30:00Z, escalation at 90 % of"
          + " goal: reached at 2024-11-25T16:06:00Z, warning PT45M business time before dea"
          + "dline: reached at 2024-11-25T16:15:00Z, escalation PT1H business time before d"
          + "eadline: reached at 2024-11-25T16:00:00Z] next Optional.empty || outcomes [BRE"
          + "ACHED] next Optional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: BREACHED "
          + "elapsed PT23H15M of PT9H (258.33 %), due 2024-11-25T17:00:00Z, breached at 202"
          + "4-11-25T17:00:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-12-03T12:00",
          "BREACHED elapsed PT195H of PT9H (2166.67 %), due 2024-11-25T17:00:00Z, breache"
          + "d at 2024-11-25T17:00:00Z // 1 BREACHED started Optional[2024-11-25T08:00:00Z]"
          + " first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2"
          + " of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [2024-11-2"
          + "5T08:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RETROACTIVE, PT"
          + "30M used, PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal => priority "
          + "= \"P2\" -> PT9H elapsed time (RETROACTIVE, PT1H30M used, PT1H30M on the wall cl"
          + "ock)] resets [] elapsed PT195H wall PT195H paused PT0S/PT0S remaining Optional"
          + "[PT-186H] used Optional[2166.67] deadline Optional[2024-11-25T17:00:00Z] breac"
          + "hed Optional[2024-11-25T17:00:00Z] stopped Optional.empty thresholds [warning "
          + "at 50 % of goal: reached at 2024-11-25T12:30:00Z, escalation at 90 % of goal: "
          + "reached at 2024-11-25T16:06:00Z, warning PT45M business time before deadline: "
          + "reached at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline"
          + ": reached at 2024-11-25T16:00:00Z] next Optional.empty || outcomes [BREACHED] "
          + "next Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed"
          + " PT195H of PT9H (2166.67 %), due 2024-11-25T17:00:00Z, breached at 2024-11-25T"
          + "17:00:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, shortest match, when priority = \"P1\") Optional[PT2H] changes [] resets [] "
          + "elapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional"
          + "[0.00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:0"
          + "0Z, escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M bus"
          + "iness time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H busin"
          + "ess time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-2"
          + "5T09:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 r"
          + "esolve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due "
          + "2024-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-11-25T09:45",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-11-25T08:45:00Z: CANCELLED e"
          + "lapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-11-25T12:30",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || PAUSED elapsed P"
          + "T1H30M of PT2H (75.00 %) // 2 PAUSED started Optional[2024-11-25T10:00:00Z] fi"
          + "rst Optional[2024-11-25T10:00:00Z] goal Optional[PT2H business time] (goal 1 o"
          + "f 5, shortest match, when priority = \"P1\") Optional[PT2H] changes [] resets []"
          + " elapsed PT1H30M wall PT1H30M paused PT0S/PT0S remaining Optional[PT30M] used "
          + "Optional[75.00] deadline Optional.empty breached Optional.empty stopped Option"
          + "al.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T11:00:00Z,"
          + " escalation at 90 % of goal: due at -, warning PT45M business time before dead"
          + "line: reached at 2024-11-25T11:15:00Z, escalation PT1H business time before de"
          + "adline: reached at 2024-11-25T11:00:00Z] next Optional.empty || outcomes [CANC"
          + "ELLED, PAUSED] next Optional.empty | T-1 resolve as of 2024-11-25T11:30:00Z: P"
          + "AUSED elapsed PT1H30M of PT2H (75.00 %) | current 2",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-11-25T17:30",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || PAUSED elapsed P"
          + "T1H30M of PT2H (75.00 %), paused PT5H // 2 PAUSED started Optional[2024-11-25T"
          + "10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Optional[PT2H business ti"
          + "me] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] changes"
          + " [] resets [] elapsed PT1H30M wall PT6H30M paused PT5H/PT5H remaining Optional"
          + "[PT30M] used Optional[75.00] deadline Optional.empty breached Optional.empty s"
          + "topped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-"
          + "25T11:00:00Z, escalation at 90 % of goal: due at -, warning PT45M business tim"
          + "e before deadline: reached at 2024-11-25T11:15:00Z, escalation PT1H business t"
          + "ime before deadline: reached at 2024-11-25T11:00:00Z] next Optional.empty || o"
          + "utcomes [CANCELLED, PAUSED] next Optional.empty | T-1 resolve as of 2024-11-25"
          + "T16:30:00Z: PAUSED elapsed PT1H30M of PT2H (75.00 %), paused PT5H | current 2",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-11-26T08:15",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || PAUSED elapsed P"
          + "T1H30M of PT2H (75.00 %), paused PT5H45M // 2 PAUSED started Optional[2024-11-"
          + "25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Optional[PT2H business"
          + " time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] chan"
          + "ges [] resets [] elapsed PT1H30M wall PT21H15M paused PT5H45M/PT19H45M remaini"
          + "ng Optional[PT30M] used Optional[75.00] deadline Optional.empty breached Optio"
          + "nal.empty stopped Optional.empty thresholds [warning at 50 % of goal: reached "
          + "at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at -, warning PT45M b"
          + "usiness time before deadline: reached at 2024-11-25T11:15:00Z, escalation PT1H"
          + " business time before deadline: reached at 2024-11-25T11:00:00Z] next Optional"
          + ".empty || outcomes [CANCELLED, PAUSED] next Optional.empty | T-1 resolve as of"
          + " 2024-11-26T07:15:00Z: PAUSED elapsed PT1H30M of PT2H (75.00 %), paused PT5H45"
          + "M | current 2",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-12-03T12:00",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || PAUSED elapsed P"
          + "T1H30M of PT2H (75.00 %), paused PT59H30M // 2 PAUSED started Optional[2024-11"
          + "-25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Optional[PT2H busines"
          + "s time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] cha"
          + "nges [] resets [] elapsed PT1H30M wall PT193H paused PT59H30M/PT191H30M remain"
          + "ing Optional[PT30M] used Optional[75.00] deadline Optional.empty breached Opti"
          + "onal.empty stopped Optional.empty thresholds [warning at 50 % of goal: reached"
          + " at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at -, warning PT45M "
          + "business time before deadline: reached at 2024-11-25T11:15:00Z, escalation PT1"
          + "H business time before deadline: reached at 2024-11-25T11:00:00Z] next Optiona"
          + "l.empty || outcomes [CANCELLED, PAUSED] next Optional.empty | T-1 resolve as o"
          + "f 2024-12-03T11:00:00Z: PAUSED elapsed PT1H30M of PT2H (75.00 %), paused PT59H"
          + "30M | current 2",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-11-25T09:00",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT1H // 1 PAUSED started Optional"
          + "[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H"
          + " business time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[P"
          + "T2H] changes [] resets [] elapsed PT0S wall PT2H paused PT1H/PT2H remaining Op"
          + "tional[PT2H] used Optional[0.00] deadline Optional.empty breached Optional.emp"
          + "ty stopped Optional.empty thresholds [warning at 50 % of goal: due at -, escal"
          + "ation at 90 % of goal: due at -, warning PT45M business time before deadline: "
          + "due at -, escalation PT1H business time before deadline: due at -] next Option"
          + "al.empty || outcomes [PAUSED] next Optional.empty | T-1 resolve as of 2024-11-"
          + "25T08:00:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), paused PT1H | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-11-25T09:45",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT1H45M // 1 PAUSED started Optio"
          + "nal[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[P"
          + "T2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") Optiona"
          + "l[PT2H] changes [] resets [] elapsed PT0S wall PT2H45M paused PT1H45M/PT2H45M "
          + "remaining Optional[PT2H] used Optional[0.00] deadline Optional.empty breached "
          + "Optional.empty stopped Optional.empty thresholds [warning at 50 % of goal: due"
          + " at -, escalation at 90 % of goal: due at -, warning PT45M business time befor"
          + "e deadline: due at -, escalation PT1H business time before deadline: due at -]"
          + " next Optional.empty || outcomes [PAUSED] next Optional.empty | T-1 resolve as"
          + " of 2024-11-25T08:45:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), paused PT1H45M"
          + " | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-11-25T12:30",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT4H30M // 1 PAUSED started Optio"
          + "nal[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[P"
          + "T2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") Optiona"
          + "l[PT2H] changes [] resets [] elapsed PT0S wall PT5H30M paused PT4H30M/PT5H30M "
          + "remaining Optional[PT2H] used Optional[0.00] deadline Optional.empty breached "
          + "Optional.empty stopped Optional.empty thresholds [warning at 50 % of goal: due"
          + " at -, escalation at 90 % of goal: due at -, warning PT45M business time befor"
          + "e deadline: due at -, escalation PT1H business time before deadline: due at -]"
          + " next Optional.empty || outcomes [PAUSED] next Optional.empty | T-1 resolve as"
          + " of 2024-11-25T11:30:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), paused PT4H30M"
          + " | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-11-25T17:30",
          "BREACHED elapsed PT4H30M of PT2H (225.00 %), due 2024-11-25T14:00:00Z, breache"
          + "d at 2024-11-25T14:00:00Z, paused PT5H // 1 BREACHED started Optional[2024-11-"
          + "25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H business"
          + " time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] chan"
          + "ges [] resets [] elapsed PT4H30M wall PT10H30M paused PT5H/PT6H remaining Opti"
          + "onal[PT-2H-30M] used Optional[225.00] deadline Optional[2024-11-25T14:00:00Z] "
          + "breached Optional[2024-11-25T14:00:00Z] stopped Optional.empty thresholds [war"
          + "ning at 50 % of goal: reached at 2024-11-25T13:00:00Z, escalation at 90 % of g"
          + "oal: reached at 2024-11-25T13:48:00Z, warning PT45M business time before deadl"
          + "ine: reached at 2024-11-25T13:15:00Z, escalation PT1H business time before dea"
          + "dline: reached at 2024-11-25T13:00:00Z] next Optional.empty || outcomes [BREAC"
          + "HED] next Optional.empty | T-1 resolve as of 2024-11-25T16:30:00Z: BREACHED el"
          + "apsed PT4H30M of PT2H (225.00 %), due 2024-11-25T14:00:00Z, breached at 2024-1"
          + "1-25T14:00:00Z, paused PT5H | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-11-26T08:15",
          "BREACHED elapsed PT5H15M of PT2H (262.50 %), due 2024-11-25T14:00:00Z, breache"
          + "d at 2024-11-25T14:00:00Z, paused PT5H // 1 BREACHED started Optional[2024-11-"
          + "25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H business"
          + " time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] chan"
          + "ges [] resets [] elapsed PT5H15M wall PT25H15M paused PT5H/PT6H remaining Opti"
          + "onal[PT-3H-15M] used Optional[262.50] deadline Optional[2024-11-25T14:00:00Z] "
          + "breached Optional[2024-11-25T14:00:00Z] stopped Optional.empty thresholds [war"
          + "ning at 50 % of goal: reached at 2024-11-25T13:00:00Z, escalation at 90 % of g"
          + "oal: reached at 2024-11-25T13:48:00Z, warning PT45M business time before deadl"
          + "ine: reached at 2024-11-25T13:15:00Z, escalation PT1H business time before dea"
          + "dline: reached at 2024-11-25T13:00:00Z] next Optional.empty || outcomes [BREAC"
          + "HED] next Optional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: BREACHED el"
          + "apsed PT5H15M of PT2H (262.50 %), due 2024-11-25T14:00:00Z, breached at 2024-1"
          + "1-25T14:00:00Z, paused PT5H | current 1",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-12-03T12:00",
          "BREACHED elapsed PT59H of PT2H (2950.00 %), due 2024-11-25T14:00:00Z, breached"
          + " at 2024-11-25T14:00:00Z, paused PT5H // 1 BREACHED started Optional[2024-11-2"
          + "5T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H business "
          + "time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] chang"
          + "es [] resets [] elapsed PT59H wall PT197H paused PT5H/PT6H remaining Optional["
          + "PT-57H] used Optional[2950.00] deadline Optional[2024-11-25T14:00:00Z] breache"
          + "d Optional[2024-11-25T14:00:00Z] stopped Optional.empty thresholds [warning at"
          + " 50 % of goal: reached at 2024-11-25T13:00:00Z, escalation at 90 % of goal: re"
          + "ached at 2024-11-25T13:48:00Z, warning PT45M business time before deadline: re"
          + "ached at 2024-11-25T13:15:00Z, escalation PT1H business time before deadline: "
          + "reached at 2024-11-25T13:00:00Z] next Optional.empty || outcomes [BREACHED] ne"
          + "xt Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed P"
          + "T59H of PT2H (2950.00 %), due 2024-11-25T14:00:00Z, breached at 2024-11-25T14:"
          + "00:00Z, paused PT5H | current 1",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT9H (0.00 %), due 2024-11-25T17:00:00Z, next change a"
          + "t 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of "
          + "5, first match, when priority = \"P2\") Optional[PT9H] changes [] resets [] elap"
          + "sed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT9H] used Optional[0.0"
          + "0] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty stopped Opt"
          + "ional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, "
          + "escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45M busines"
          + "s time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H business "
          + "time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12"
          + ":30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | T-1 resol"
          + "ve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT9H (0.00 %), due 2024"
          + "-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-11-25T09:45",
          "RUNNING elapsed PT45M of PT9H (8.33 %), due 2024-11-25T17:00:00Z, next change "
          + "at 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fi"
          + "rst Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of"
          + " 5, first match, when priority = \"P2\") Optional[PT9H] changes [] resets [] ela"
          + "psed PT45M wall PT45M paused PT0S/PT0S remaining Optional[PT8H15M] used Option"
          + "al[8.33] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty stopp"
          + "ed Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12:30"
          + ":00Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45M b"
          + "usiness time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H bus"
          + "iness time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11"
          + "-25T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | T-1"
          + " resolve as of 2024-11-25T08:45:00Z: RUNNING elapsed PT45M of PT9H (8.33 %), d"
          + "ue 2024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-11-25T12:30",
          "RUNNING elapsed PT3H30M of PT9H (38.89 %), due 2024-11-25T17:00:00Z, next chan"
          + "ge at 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z]"
          + " first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2"
          + " of 5, first match, when priority = \"P2\") Optional[PT9H] changes [] resets [] "
          + "elapsed PT3H30M wall PT3H30M paused PT0S/PT0S remaining Optional[PT5H30M] used"
          + " Optional[38.89] deadline Optional[2024-11-25T17:00:00Z] breached Optional.emp"
          + "ty stopped Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-"
          + "25T12:30:00Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning"
          + " PT45M business time before deadline: due at 2024-11-25T16:15:00Z, escalation "
          + "PT1H business time before deadline: due at 2024-11-25T16:00:00Z] next Optional"
          + "[2024-11-25T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00"
          + "Z] | T-1 resolve as of 2024-11-25T11:30:00Z: RUNNING elapsed PT3H30M of PT9H ("
          + "38.89 %), due 2024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | curr"
          + "ent 1",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-11-25T17:30",
          "RUNNING elapsed PT8H30M of PT9H (94.44 %), due 2024-11-25T17:00:00Z, next chan"
          + "ge at 2024-11-25T17:00:00.000000001Z // 1 RUNNING started Optional[2024-11-25T"
          + "08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed tim"
          + "e] (goal 2 of 5, first match, when priority = \"P2\") Optional[PT9H] changes [] "
          + "resets [] elapsed PT8H30M wall PT8H30M paused PT0S/PT0S remaining Optional[PT3"
          + "0M] used Optional[94.44] deadline Optional[2024-11-25T17:00:00Z] breached Opti"
          + "onal.empty stopped Optional.empty thresholds [warning at 50 % of goal: reached"
          + " at 2024-11-25T12:30:00Z, escalation at 90 % of goal: reached at 2024-11-25T16"
          + ":06:00Z, warning PT45M business time before deadline: reached at 2024-11-25T16"
          + ":15:00Z, escalation PT1H business time before deadline: reached at 2024-11-25T"
          + "16:00:00Z] next Optional[2024-11-25T17:00:00.000000001Z] || outcomes [RUNNING]"
          + " next Optional[2024-11-25T17:00:00.000000001Z] | T-1 resolve as of 2024-11-25T"
          + "16:30:00Z: RUNNING elapsed PT8H30M of PT9H (94.44 %), due 2024-11-25T17:00:00Z"
          + ", next change at 2024-11-25T17:00:00.000000001Z | current 1",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-11-26T08:15",
          "BREACHED elapsed PT23H15M of PT9H (258.33 %), due 2024-11-25T17:00:00Z, breach"
          + "ed at 2024-11-25T17:00:00Z // 1 BREACHED started Optional[2024-11-25T08:00:00Z"
          + "] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal "
          + "2 of 5, first match, when priority = \"P2\") Optional[PT9H] changes [] resets []"
          + " elapsed PT23H15M wall PT23H15M paused PT0S/PT0S remaining Optional[PT-14H-15M"
          + "] used Optional[258.33] deadline Optional[2024-11-25T17:00:00Z] breached Optio"
          + "nal[2024-11-25T17:00:00Z] stopped Optional.empty thresholds [warning at 50 % o"
          + "f goal: reached at 2024-11-25T12:30:00Z, escalation at 90 % of goal: reached a"
          + "t 2024-11-25T16:06:00Z, warning PT45M business time before deadline: reached a"
          + "t 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: reached"
          + " at 2024-11-25T16:00:00Z] next Optional.empty || outcomes [BREACHED] next Opti"
          + "onal.empty | T-1 resolve as of 2024-11-26T07:15:00Z: BREACHED elapsed PT23H15M"
          + " of PT9H (258.33 %), due 2024-11-25T17:00:00Z, breached at 2024-11-25T17:00:00"
          + "Z | current 1",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-12-03T12:00",
          "BREACHED elapsed PT195H of PT9H (2166.67 %), due 2024-11-25T17:00:00Z, breache"
          + "d at 2024-11-25T17:00:00Z // 1 BREACHED started Optional[2024-11-25T08:00:00Z]"
          + " first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2"
          + " of 5, first match, when priority = \"P2\") Optional[PT9H] changes [] resets [] "
          + "elapsed PT195H wall PT195H paused PT0S/PT0S remaining Optional[PT-186H] used O"
          + "ptional[2166.67] deadline Optional[2024-11-25T17:00:00Z] breached Optional[202"
          + "4-11-25T17:00:00Z] stopped Optional.empty thresholds [warning at 50 % of goal:"
          + " reached at 2024-11-25T12:30:00Z, escalation at 90 % of goal: reached at 2024-"
          + "11-25T16:06:00Z, warning PT45M business time before deadline: reached at 2024-"
          + "11-25T16:15:00Z, escalation PT1H business time before deadline: reached at 202"
          + "4-11-25T16:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional.em"
          + "pty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed PT195H of PT9H "
          + "(2166.67 %), due 2024-11-25T17:00:00Z, breached at 2024-11-25T17:00:00Z | curr"
          + "ent 1",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT9H (0.00 %), due 2024-11-25T17:00:00Z, next change a"
          + "t 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of "
          + "5, first match, when priority = \"P2\") Optional[PT9H] changes [] resets [] elap"
          + "sed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT9H] used Optional[0.0"
          + "0] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty stopped Opt"
          + "ional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, "
          + "escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45M busines"
          + "s time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H business "
          + "time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12"
          + ":30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | T-1 resol"
          + "ve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT9H (0.00 %), due 2024"
          + "-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-11-25T09:45",
          "RUNNING elapsed PT45M of PT9H (8.33 %), due 2024-11-25T17:00:00Z, next change "
          + "at 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fi"
          + "rst Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of"
          + " 5, first match, when priority = \"P2\") Optional[PT9H] changes [] resets [] ela"
          + "psed PT45M wall PT45M paused PT0S/PT0S remaining Optional[PT8H15M] used Option"
          + "al[8.33] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty stopp"
          + "ed Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12:30"
          + ":00Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45M b"
          + "usiness time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H bus"
          + "iness time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11"
          + "-25T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | T-1"
          + " resolve as of 2024-11-25T08:45:00Z: RUNNING elapsed PT45M of PT9H (8.33 %), d"
          + "ue 2024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-11-25T12:30",
          "RUNNING elapsed PT30M of PT2H (25.00 %), due 2024-11-25T13:00:00Z, next change"
          + " at 2024-11-25T12:00:00Z // 1 RUNNING started Optional[2024-11-25T11:00:00Z] f"
          + "irst Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 "
          + "of 5, first match, when priority = \"P1\") Optional[PT2H] changes [2024-11-25T11"
          + ":00:00Z: priority = \"P2\" -> PT9H elapsed time => priority = \"P1\" -> PT2H busin"
          + "ess time (RESTART, PT1H30M used, PT3H on the wall clock)] resets [] elapsed PT"
          + "30M wall PT30M paused PT0S/PT0S remaining Optional[PT1H30M] used Optional[25.0"
          + "0] deadline Optional[2024-11-25T13:00:00Z] breached Optional.empty stopped Opt"
          + "ional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12:00:00Z, "
          + "escalation at 90 % of goal: due at 2024-11-25T12:48:00Z, warning PT45M busines"
          + "s time before deadline: due at 2024-11-25T12:15:00Z, escalation PT1H business "
          + "time before deadline: due at 2024-11-25T12:00:00Z] next Optional[2024-11-25T12"
          + ":00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:00:00Z] | T-1 resol"
          + "ve as of 2024-11-25T11:30:00Z: RUNNING elapsed PT30M of PT2H (25.00 %), due 20"
          + "24-11-25T13:00:00Z, next change at 2024-11-25T12:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-11-25T17:30",
          "BREACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached a"
          + "t 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z // 1 BREACHED started "
          + "Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optio"
          + "nal[PT2H business time] (goal 1 of 5, first match, when priority = \"P1\") Optio"
          + "nal[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" -> PT9H elapsed time "
          + "=> priority = \"P1\" -> PT2H business time (RESTART, PT1H30M used, PT3H on the w"
          + "all clock)] resets [] elapsed PT5H wall PT5H paused PT0S/PT0S remaining Option"
          + "al[PT-3H] used Optional[250.00] deadline Optional[2024-11-25T13:00:00Z] breach"
          + "ed Optional[2024-11-25T13:00:00Z] stopped Optional[2024-11-25T16:00:00Z] thres"
          + "holds [warning at 50 % of goal: reached at 2024-11-25T12:00:00Z, escalation at"
          + " 90 % of goal: reached at 2024-11-25T12:48:00Z, warning PT45M business time be"
          + "fore deadline: reached at 2024-11-25T12:15:00Z, escalation PT1H business time "
          + "before deadline: reached at 2024-11-25T12:00:00Z] next Optional.empty || outco"
          + "mes [BREACHED] next Optional.empty | T-1 resolve as of 2024-11-25T16:30:00Z: B"
          + "REACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached at"
          + " 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-11-26T08:15",
          "BREACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached a"
          + "t 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z // 1 BREACHED started "
          + "Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optio"
          + "nal[PT2H business time] (goal 1 of 5, first match, when priority = \"P1\") Optio"
          + "nal[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" -> PT9H elapsed time "
          + "=> priority = \"P1\" -> PT2H business time (RESTART, PT1H30M used, PT3H on the w"
          + "all clock)] resets [] elapsed PT5H wall PT5H paused PT0S/PT0S remaining Option"
          + "al[PT-3H] used Optional[250.00] deadline Optional[2024-11-25T13:00:00Z] breach"
          + "ed Optional[2024-11-25T13:00:00Z] stopped Optional[2024-11-25T16:00:00Z] thres"
          + "holds [warning at 50 % of goal: reached at 2024-11-25T12:00:00Z, escalation at"
          + " 90 % of goal: reached at 2024-11-25T12:48:00Z, warning PT45M business time be"
          + "fore deadline: reached at 2024-11-25T12:15:00Z, escalation PT1H business time "
          + "before deadline: reached at 2024-11-25T12:00:00Z] next Optional.empty || outco"
          + "mes [BREACHED] next Optional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: B"
          + "REACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached at"
          + " 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-12-03T12:00",
          "BREACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached a"
          + "t 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z // 1 BREACHED started "
          + "Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optio"
          + "nal[PT2H business time] (goal 1 of 5, first match, when priority = \"P1\") Optio"
          + "nal[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" -> PT9H elapsed time "
          + "=> priority = \"P1\" -> PT2H business time (RESTART, PT1H30M used, PT3H on the w"
          + "all clock)] resets [] elapsed PT5H wall PT5H paused PT0S/PT0S remaining Option"
          + "al[PT-3H] used Optional[250.00] deadline Optional[2024-11-25T13:00:00Z] breach"
          + "ed Optional[2024-11-25T13:00:00Z] stopped Optional[2024-11-25T16:00:00Z] thres"
          + "holds [warning at 50 % of goal: reached at 2024-11-25T12:00:00Z, escalation at"
          + " 90 % of goal: reached at 2024-11-25T12:48:00Z, warning PT45M business time be"
          + "fore deadline: reached at 2024-11-25T12:15:00Z, escalation PT1H business time "
          + "before deadline: reached at 2024-11-25T12:00:00Z] next Optional.empty || outco"
          + "mes [BREACHED] next Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: B"
          + "REACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached at"
          + " 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, first match, when priority = \"P1\") Optional[PT2H] changes [] resets [] ela"
          + "psed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional[0."
          + "00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped Op"
          + "tional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:00Z,"
          + " escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M busine"
          + "ss time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H business"
          + " time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T0"
          + "9:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 reso"
          + "lve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due 202"
          + "4-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-11-25T09:45",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT15M // 1 PAUSED started Optiona"
          + "l[2024-11-25T08:30:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional[PT2"
          + "H business time] (goal 1 of 5, first match, when priority = \"P1\") Optional[PT2"
          + "H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT0S wall PT15M paused PT1"
          + "5M/PT15M remaining Optional[PT2H] used Optional[0.00] deadline Optional.empty "
          + "breached Optional.empty stopped Optional.empty thresholds [warning at 50 % of "
          + "goal: due at -, escalation at 90 % of goal: due at -, warning PT45M business t"
          + "ime before deadline: due at -, escalation PT1H business time before deadline: "
          + "due at -] next Optional.empty || outcomes [PAUSED] next Optional.empty | T-1 r"
          + "esolve as of 2024-11-25T08:45:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), pause"
          + "d PT15M | current 1",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-11-25T12:30",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first m"
          + "atch, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30"
          + ":00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] us"
          + "ed Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional.em"
          + "pty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal"
          + ": due at -, escalation at 90 % of goal: due at -, warning PT45M business time "
          + "before deadline: due at -, escalation PT1H business time before deadline: due "
          + "at -] next Optional.empty || outcomes [MET] next Optional.empty | T-1 resolve "
          + "as of 2024-11-25T11:30:00Z: MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25"
          + "T11:00:00Z, stopped at 2024-11-25T09:10:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-11-25T17:30",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first m"
          + "atch, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30"
          + ":00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] us"
          + "ed Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional.em"
          + "pty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal"
          + ": due at -, escalation at 90 % of goal: due at -, warning PT45M business time "
          + "before deadline: due at -, escalation PT1H business time before deadline: due "
          + "at -] next Optional.empty || outcomes [MET] next Optional.empty | T-1 resolve "
          + "as of 2024-11-25T16:30:00Z: MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25"
          + "T11:00:00Z, stopped at 2024-11-25T09:10:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-11-26T08:15",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first m"
          + "atch, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30"
          + ":00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] us"
          + "ed Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional.em"
          + "pty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal"
          + ": due at -, escalation at 90 % of goal: due at -, warning PT45M business time "
          + "before deadline: due at -, escalation PT1H business time before deadline: due "
          + "at -] next Optional.empty || outcomes [MET] next Optional.empty | T-1 resolve "
          + "as of 2024-11-26T07:15:00Z: MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25"
          + "T11:00:00Z, stopped at 2024-11-25T09:10:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-12-03T12:00",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first m"
          + "atch, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30"
          + ":00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] us"
          + "ed Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional.em"
          + "pty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal"
          + ": due at -, escalation at 90 % of goal: due at -, warning PT45M business time "
          + "before deadline: due at -, escalation PT1H business time before deadline: due "
          + "at -] next Optional.empty || outcomes [MET] next Optional.empty | T-1 resolve "
          + "as of 2024-12-03T11:00:00Z: MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25"
          + "T11:00:00Z, stopped at 2024-11-25T09:10:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE never started 2024-11-25T09:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:00:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE never started 2024-11-25T09:45",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:45:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE never started 2024-11-25T12:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T11:30:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE never started 2024-11-25T17:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T16:30:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE never started 2024-11-26T08:15",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-26T07:15:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE never started 2024-12-03T12:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-12-03T11:00:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-11-25T09:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:00:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-11-25T09:45",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:45:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-11-25T12:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T11:30:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-11-25T17:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T16:30:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-11-26T08:15",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-26T07:15:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-12-03T12:00",
          "BREACHED elapsed PT10H30M of PT10H (105.00 %), due 2024-12-02T16:30:00Z, breac"
          + "hed at 2024-12-02T16:30:00Z, stopped at 2024-12-02T17:30:00Z // 1 BREACHED sta"
          + "rted Optional[2024-11-29T16:30:00Z] first Optional[2024-11-29T16:30:00Z] goal "
          + "Optional[same time +1 working days] (goal 3 of 5, first match, when priority ="
          + " \"P3\") Optional[PT10H] changes [] resets [] elapsed PT10H30M wall PT73H paused"
          + " PT0S/PT0S remaining Optional[PT-30M] used Optional[105.00] deadline Optional["
          + "2024-12-02T16:30:00Z] breached Optional[2024-12-02T16:30:00Z] stopped Optional"
          + "[2024-12-02T17:30:00Z] thresholds [warning at 50 % of goal: reached at 2024-12"
          + "-02T11:30:00Z, escalation at 90 % of goal: reached at 2024-12-02T15:30:00Z, wa"
          + "rning PT45M business time before deadline: reached at 2024-12-02T15:45:00Z, es"
          + "calation PT1H business time before deadline: reached at 2024-12-02T15:30:00Z] "
          + "next Optional.empty || outcomes [BREACHED] next Optional.empty | T-1 resolve a"
          + "s of 2024-12-03T11:00:00Z: BREACHED elapsed PT10H30M of PT10H (105.00 %), due "
          + "2024-12-02T16:30:00Z, breached at 2024-12-02T16:30:00Z, stopped at 2024-12-02T"
          + "17:30:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-11-25T09:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:00:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-11-25T09:45",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:45:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-11-25T12:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T11:30:00Z: NOT_STARTED | current 1",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-11-25T17:30",
          "RUNNING elapsed PT1H30M of PT12H (12.50 %), due 2024-11-26T17:00:00Z, next cha"
          + "nge at 2024-11-26T11:00:00Z // 1 RUNNING started Optional[2024-11-25T15:00:00Z"
          + "] first Optional[2024-11-25T15:00:00Z] goal Optional[end of working day +1] (g"
          + "oal 4 of 5, first match, when priority = \"P4\") Optional[PT12H] changes [] rese"
          + "ts [] elapsed PT1H30M wall PT1H30M paused PT0S/PT0S remaining Optional[PT10H30"
          + "M] used Optional[12.50] deadline Optional[2024-11-26T17:00:00Z] breached Optio"
          + "nal.empty stopped Optional.empty thresholds [warning at 50 % of goal: due at 2"
          + "024-11-26T11:00:00Z, escalation at 90 % of goal: due at 2024-11-26T15:48:00Z, "
          + "warning PT45M business time before deadline: due at 2024-11-26T16:15:00Z, esca"
          + "lation PT1H business time before deadline: due at 2024-11-26T16:00:00Z] next O"
          + "ptional[2024-11-26T11:00:00Z] || outcomes [RUNNING] next Optional[2024-11-26T1"
          + "1:00:00Z] | T-1 resolve as of 2024-11-25T16:30:00Z: RUNNING elapsed PT1H30M of"
          + " PT12H (12.50 %), due 2024-11-26T17:00:00Z, next change at 2024-11-26T11:00:00"
          + "Z | current 1",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-11-26T08:15",
          "RUNNING elapsed PT2H15M of PT12H (18.75 %), due 2024-11-26T17:00:00Z, next cha"
          + "nge at 2024-11-26T11:00:00Z // 1 RUNNING started Optional[2024-11-25T15:00:00Z"
          + "] first Optional[2024-11-25T15:00:00Z] goal Optional[end of working day +1] (g"
          + "oal 4 of 5, first match, when priority = \"P4\") Optional[PT12H] changes [] rese"
          + "ts [] elapsed PT2H15M wall PT16H15M paused PT0S/PT0S remaining Optional[PT9H45"
          + "M] used Optional[18.75] deadline Optional[2024-11-26T17:00:00Z] breached Optio"
          + "nal.empty stopped Optional.empty thresholds [warning at 50 % of goal: due at 2"
          + "024-11-26T11:00:00Z, escalation at 90 % of goal: due at 2024-11-26T15:48:00Z, "
          + "warning PT45M business time before deadline: due at 2024-11-26T16:15:00Z, esca"
          + "lation PT1H business time before deadline: due at 2024-11-26T16:00:00Z] next O"
          + "ptional[2024-11-26T11:00:00Z] || outcomes [RUNNING] next Optional[2024-11-26T1"
          + "1:00:00Z] | T-1 resolve as of 2024-11-26T07:15:00Z: RUNNING elapsed PT2H15M of"
          + " PT12H (18.75 %), due 2024-11-26T17:00:00Z, next change at 2024-11-26T11:00:00"
          + "Z | current 1",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-12-03T12:00",
          "BREACHED elapsed PT56H of PT12H (466.67 %), due 2024-11-26T17:00:00Z, breached"
          + " at 2024-11-26T17:00:00Z // 1 BREACHED started Optional[2024-11-25T15:00:00Z] "
          + "first Optional[2024-11-25T15:00:00Z] goal Optional[end of working day +1] (goa"
          + "l 4 of 5, first match, when priority = \"P4\") Optional[PT12H] changes [] resets"
          + " [] elapsed PT56H wall PT188H paused PT0S/PT0S remaining Optional[PT-44H] used"
          + " Optional[466.67] deadline Optional[2024-11-26T17:00:00Z] breached Optional[20"
          + "24-11-26T17:00:00Z] stopped Optional.empty thresholds [warning at 50 % of goal"
          + ": reached at 2024-11-26T11:00:00Z, escalation at 90 % of goal: reached at 2024"
          + "-11-26T15:48:00Z, warning PT45M business time before deadline: reached at 2024"
          + "-11-26T16:15:00Z, escalation PT1H business time before deadline: reached at 20"
          + "24-11-26T16:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional.e"
          + "mpty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed PT56H of PT12H"
          + " (466.67 %), due 2024-11-26T17:00:00Z, breached at 2024-11-26T17:00:00Z | curr"
          + "ent 1",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, first match, when priority = \"P1\") Optional[PT2H] changes [] resets [] ela"
          + "psed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional[0."
          + "00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped Op"
          + "tional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:00Z,"
          + " escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M busine"
          + "ss time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H business"
          + " time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T0"
          + "9:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 reso"
          + "lve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due 202"
          + "4-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-11-25T09:45",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M pa"
          + "used PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty | T-1 resolve as of 2024-11-25T08:45:00Z: CANCELLED elap"
          + "sed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-11-25T12:30",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M pa"
          + "used PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty | T-1 resolve as of 2024-11-25T11:30:00Z: CANCELLED elap"
          + "sed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-11-25T17:30",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M pa"
          + "used PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty | T-1 resolve as of 2024-11-25T16:30:00Z: CANCELLED elap"
          + "sed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-11-26T08:15",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M pa"
          + "used PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: CANCELLED elap"
          + "sed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-12-03T12:00",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M pa"
          + "used PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: CANCELLED elap"
          + "sed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE no goal 2024-11-25T09:00",
          "NO_GOAL elapsed PT0S // 1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first"
          + " Optional[2024-11-25T08:00:00Z] goal Optional.empty (no goal matches) Optional"
          + ".empty changes [] resets [] elapsed PT0S wall PT0S paused PT0S/PT0S remaining "
          + "Optional.empty used Optional.empty deadline Optional.empty breached Optional.e"
          + "mpty stopped Optional.empty thresholds [] next Optional.empty || outcomes [NO_"
          + "GOAL] next Optional.empty | T-1 resolve as of 2024-11-25T08:00:00Z: NO_GOAL el"
          + "apsed PT0S | current 1",
      "FIRST_MATCH RESTART SINGLE no goal 2024-11-25T09:45",
          "NO_GOAL elapsed PT45M // 1 NO_GOAL started Optional[2024-11-25T08:00:00Z] firs"
          + "t Optional[2024-11-25T08:00:00Z] goal Optional.empty (no goal matches) Optiona"
          + "l.empty changes [] resets [] elapsed PT45M wall PT45M paused PT0S/PT0S remaini"
          + "ng Optional.empty used Optional.empty deadline Optional.empty breached Optiona"
          + "l.empty stopped Optional.empty thresholds [] next Optional.empty || outcomes ["
          + "NO_GOAL] next Optional.empty | T-1 resolve as of 2024-11-25T08:45:00Z: NO_GOAL"
          + " elapsed PT45M | current 1",
      "FIRST_MATCH RESTART SINGLE no goal 2024-11-25T12:30",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-11-25T11:30:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE no goal 2024-11-25T17:30",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-11-25T16:30:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE no goal 2024-11-26T08:15",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-11-26T07:15:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE no goal 2024-12-03T12:00",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-12-03T11:00:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, first match, when priority = \"P1\") Optional[PT2H] changes [] resets [] ela"
          + "psed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional[0."
          + "00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped Op"
          + "tional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:00Z,"
          + " escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M busine"
          + "ss time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H business"
          + " time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T0"
          + "9:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 reso"
          + "lve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due 202"
          + "4-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-11-25T09:45",
          "NO_GOAL elapsed PT15M // 1 NO_GOAL started Optional[2024-11-25T08:30:00Z] firs"
          + "t Optional[2024-11-25T08:00:00Z] goal Optional.empty (no goal matches) Optiona"
          + "l.empty changes [2024-11-25T08:30:00Z: priority = \"P1\" -> PT2H business time ="
          + "> no goal (RESTART, PT30M used, PT30M on the wall clock)] resets [] elapsed PT"
          + "15M wall PT15M paused PT0S/PT0S remaining Optional.empty used Optional.empty d"
          + "eadline Optional.empty breached Optional.empty stopped Optional.empty threshol"
          + "ds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T-1 reso"
          + "lve as of 2024-11-25T08:45:00Z: NO_GOAL elapsed PT15M | current 1",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-11-25T12:30",
          "RUNNING elapsed PT2H of PT9H (22.22 %), due 2024-11-25T18:30:00Z, next change "
          + "at 2024-11-25T14:00:00Z // 1 RUNNING started Optional[2024-11-25T09:30:00Z] fi"
          + "rst Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of"
          + " 5, first match, when priority = \"P2\") Optional[PT9H] changes [2024-11-25T08:3"
          + "0:00Z: priority = \"P1\" -> PT2H business time => no goal (RESTART, PT30M used, "
          + "PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> "
          + "PT9H elapsed time (RESTART, PT1H used, PT1H on the wall clock)] resets [] elap"
          + "sed PT2H wall PT2H paused PT0S/PT0S remaining Optional[PT7H] used Optional[22."
          + "22] deadline Optional[2024-11-25T18:30:00Z] breached Optional.empty stopped Op"
          + "tional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T14:00:00Z,"
          + " escalation at 90 % of goal: due at 2024-11-25T17:36:00Z, warning PT45M busine"
          + "ss time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H business"
          + " time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T1"
          + "4:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T14:00:00Z] | T-1 reso"
          + "lve as of 2024-11-25T11:30:00Z: RUNNING elapsed PT2H of PT9H (22.22 %), due 20"
          + "24-11-25T18:30:00Z, next change at 2024-11-25T14:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-11-25T17:30",
          "RUNNING elapsed PT7H of PT9H (77.78 %), due 2024-11-25T18:30:00Z, next change "
          + "at 2024-11-25T17:36:00Z // 1 RUNNING started Optional[2024-11-25T09:30:00Z] fi"
          + "rst Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of"
          + " 5, first match, when priority = \"P2\") Optional[PT9H] changes [2024-11-25T08:3"
          + "0:00Z: priority = \"P1\" -> PT2H business time => no goal (RESTART, PT30M used, "
          + "PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> "
          + "PT9H elapsed time (RESTART, PT1H used, PT1H on the wall clock)] resets [] elap"
          + "sed PT7H wall PT7H paused PT0S/PT0S remaining Optional[PT2H] used Optional[77."
          + "78] deadline Optional[2024-11-25T18:30:00Z] breached Optional.empty stopped Op"
          + "tional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T14:00:"
          + "00Z, escalation at 90 % of goal: due at 2024-11-25T17:36:00Z, warning PT45M bu"
          + "siness time before deadline: reached at 2024-11-25T16:15:00Z, escalation PT1H "
          + "business time before deadline: reached at 2024-11-25T16:00:00Z] next Optional["
          + "2024-11-25T17:36:00Z] || outcomes [RUNNING] next Optional[2024-11-25T17:36:00Z"
          + "] | T-1 resolve as of 2024-11-25T16:30:00Z: RUNNING elapsed PT7H of PT9H (77.7"
          + "8 %), due 2024-11-25T18:30:00Z, next change at 2024-11-25T17:36:00Z | current "
          + "1",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-11-26T08:15",
          "BREACHED elapsed PT21H45M of PT9H (241.67 %), due 2024-11-25T18:30:00Z, breach"
          + "ed at 2024-11-25T18:30:00Z // 1 BREACHED started Optional[2024-11-25T09:30:00Z"
          + "] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal "
          + "2 of 5, first match, when priority = \"P2\") Optional[PT9H] changes [2024-11-25T"
          + "08:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RESTART, PT30M us"
          + "ed, PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal => priority = \"P2\""
          + " -> PT9H elapsed time (RESTART, PT1H used, PT1H on the wall clock)] resets [] "
          + "elapsed PT21H45M wall PT21H45M paused PT0S/PT0S remaining Optional[PT-12H-45M]"
          + " used Optional[241.67] deadline Optional[2024-11-25T18:30:00Z] breached Option"
          + "al[2024-11-25T18:30:00Z] stopped Optional.empty thresholds [warning at 50 % of"
          + " goal: reached at 2024-11-25T14:00:00Z, escalation at 90 % of goal: reached at"
          + " 2024-11-25T17:36:00Z, warning PT45M business time before deadline: reached at"
          + " 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: reached "
          + "at 2024-11-25T16:00:00Z] next Optional.empty || outcomes [BREACHED] next Optio"
          + "nal.empty | T-1 resolve as of 2024-11-26T07:15:00Z: BREACHED elapsed PT21H45M "
          + "of PT9H (241.67 %), due 2024-11-25T18:30:00Z, breached at 2024-11-25T18:30:00Z"
          + " | current 1",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-12-03T12:00",
          "BREACHED elapsed PT193H30M of PT9H (2150.00 %), due 2024-11-25T18:30:00Z, brea"
          + "ched at 2024-11-25T18:30:00Z // 1 BREACHED started Optional[2024-11-25T09:30:0"
          + "0Z] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goa"
          + "l 2 of 5, first match, when priority = \"P2\") Optional[PT9H] changes [2024-11-2"
          + "5T08:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RESTART, PT30M "
          + "used, PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal => priority = \"P"
          + "2\" -> PT9H elapsed time (RESTART, PT1H used, PT1H on the wall clock)] resets ["
          + "] elapsed PT193H30M wall PT193H30M paused PT0S/PT0S remaining Optional[PT-184H"
          + "-30M] used Optional[2150.00] deadline Optional[2024-11-25T18:30:00Z] breached "
          + "Optional[2024-11-25T18:30:00Z] stopped Optional.empty thresholds [warning at 5"
          + "0 % of goal: reached at 2024-11-25T14:00:00Z, escalation at 90 % of goal: reac"
          + "hed at 2024-11-25T17:36:00Z, warning PT45M business time before deadline: reac"
          + "hed at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: re"
          + "ached at 2024-11-25T16:00:00Z] next Optional.empty || outcomes [BREACHED] next"
          + " Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed PT1"
          + "93H30M of PT9H (2150.00 %), due 2024-11-25T18:30:00Z, breached at 2024-11-25T1"
          + "8:30:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, first match, when priority = \"P1\") Optional[PT2H] changes [] resets [] ela"
          + "psed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional[0."
          + "00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped Op"
          + "tional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:00Z,"
          + " escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M busine"
          + "ss time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H business"
          + " time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T0"
          + "9:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 reso"
          + "lve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due 202"
          + "4-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-11-25T09:45",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M pa"
          + "used PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty | T-1 resolve as of 2024-11-25T08:45:00Z: CANCELLED elap"
          + "sed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-11-25T12:30",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M pa"
          + "used PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty | T-1 resolve as of 2024-11-25T11:30:00Z: CANCELLED elap"
          + "sed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-11-25T17:30",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M pa"
          + "used PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty | T-1 resolve as of 2024-11-25T16:30:00Z: CANCELLED elap"
          + "sed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-11-26T08:15",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M pa"
          + "used PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: CANCELLED elap"
          + "sed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-12-03T12:00",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M pa"
          + "used PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: CANCELLED elap"
          + "sed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z | current 1",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-11-25T09:00",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT1H // 1 PAUSED started Optional"
          + "[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H"
          + " business time] (goal 1 of 5, first match, when priority = \"P1\") Optional[PT2H"
          + "] changes [] resets [] elapsed PT0S wall PT2H paused PT1H/PT2H remaining Optio"
          + "nal[PT2H] used Optional[0.00] deadline Optional.empty breached Optional.empty "
          + "stopped Optional.empty thresholds [warning at 50 % of goal: due at -, escalati"
          + "on at 90 % of goal: due at -, warning PT45M business time before deadline: due"
          + " at -, escalation PT1H business time before deadline: due at -] next Optional."
          + "empty || outcomes [PAUSED] next Optional.empty | T-1 resolve as of 2024-11-25T"
          + "08:00:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), paused PT1H | current 1",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-11-25T09:45",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT1H45M // 1 PAUSED started Optio"
          + "nal[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[P"
          + "T2H business time] (goal 1 of 5, first match, when priority = \"P1\") Optional[P"
          + "T2H] changes [] resets [] elapsed PT0S wall PT2H45M paused PT1H45M/PT2H45M rem"
          + "aining Optional[PT2H] used Optional[0.00] deadline Optional.empty breached Opt"
          + "ional.empty stopped Optional.empty thresholds [warning at 50 % of goal: due at"
          + " -, escalation at 90 % of goal: due at -, warning PT45M business time before d"
          + "eadline: due at -, escalation PT1H business time before deadline: due at -] ne"
          + "xt Optional.empty || outcomes [PAUSED] next Optional.empty | T-1 resolve as of"
          + " 2024-11-25T08:45:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), paused PT1H45M | "
          + "current 1",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-11-25T12:30",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT4H30M // 1 PAUSED started Optio"
          + "nal[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[P"
          + "T2H business time] (goal 1 of 5, first match, when priority = \"P1\") Optional[P"
          + "T2H] changes [] resets [] elapsed PT0S wall PT5H30M paused PT4H30M/PT5H30M rem"
          + "aining Optional[PT2H] used Optional[0.00] deadline Optional.empty breached Opt"
          + "ional.empty stopped Optional.empty thresholds [warning at 50 % of goal: due at"
          + " -, escalation at 90 % of goal: due at -, warning PT45M business time before d"
          + "eadline: due at -, escalation PT1H business time before deadline: due at -] ne"
          + "xt Optional.empty || outcomes [PAUSED] next Optional.empty | T-1 resolve as of"
          + " 2024-11-25T11:30:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), paused PT4H30M | "
          + "current 1",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-11-25T17:30",
          "BREACHED elapsed PT4H30M of PT2H (225.00 %), due 2024-11-25T14:00:00Z, breache"
          + "d at 2024-11-25T14:00:00Z, paused PT5H // 1 BREACHED started Optional[2024-11-"
          + "25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H business"
          + " time] (goal 1 of 5, first match, when priority = \"P1\") Optional[PT2H] changes"
          + " [] resets [] elapsed PT4H30M wall PT10H30M paused PT5H/PT6H remaining Optiona"
          + "l[PT-2H-30M] used Optional[225.00] deadline Optional[2024-11-25T14:00:00Z] bre"
          + "ached Optional[2024-11-25T14:00:00Z] stopped Optional.empty thresholds [warnin"
          + "g at 50 % of goal: reached at 2024-11-25T13:00:00Z, escalation at 90 % of goal"
          + ": reached at 2024-11-25T13:48:00Z, warning PT45M business time before deadline"
          + ": reached at 2024-11-25T13:15:00Z, escalation PT1H business time before deadli"
          + "ne: reached at 2024-11-25T13:00:00Z] next Optional.empty || outcomes [BREACHED"
          + "] next Optional.empty | T-1 resolve as of 2024-11-25T16:30:00Z: BREACHED elaps"
          + "ed PT4H30M of PT2H (225.00 %), due 2024-11-25T14:00:00Z, breached at 2024-11-2"
          + "5T14:00:00Z, paused PT5H | current 1",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-11-26T08:15",
          "BREACHED elapsed PT5H15M of PT2H (262.50 %), due 2024-11-25T14:00:00Z, breache"
          + "d at 2024-11-25T14:00:00Z, paused PT5H // 1 BREACHED started Optional[2024-11-"
          + "25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H business"
          + " time] (goal 1 of 5, first match, when priority = \"P1\") Optional[PT2H] changes"
          + " [] resets [] elapsed PT5H15M wall PT25H15M paused PT5H/PT6H remaining Optiona"
          + "l[PT-3H-15M] used Optional[262.50] deadline Optional[2024-11-25T14:00:00Z] bre"
          + "ached Optional[2024-11-25T14:00:00Z] stopped Optional.empty thresholds [warnin"
          + "g at 50 % of goal: reached at 2024-11-25T13:00:00Z, escalation at 90 % of goal"
          + ": reached at 2024-11-25T13:48:00Z, warning PT45M business time before deadline"
          + ": reached at 2024-11-25T13:15:00Z, escalation PT1H business time before deadli"
          + "ne: reached at 2024-11-25T13:00:00Z] next Optional.empty || outcomes [BREACHED"
          + "] next Optional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: BREACHED elaps"
          + "ed PT5H15M of PT2H (262.50 %), due 2024-11-25T14:00:00Z, breached at 2024-11-2"
          + "5T14:00:00Z, paused PT5H | current 1",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-12-03T12:00",
          "BREACHED elapsed PT59H of PT2H (2950.00 %), due 2024-11-25T14:00:00Z, breached"
          + " at 2024-11-25T14:00:00Z, paused PT5H // 1 BREACHED started Optional[2024-11-2"
          + "5T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H business "
          + "time] (goal 1 of 5, first match, when priority = \"P1\") Optional[PT2H] changes "
          + "[] resets [] elapsed PT59H wall PT197H paused PT5H/PT6H remaining Optional[PT-"
          + "57H] used Optional[2950.00] deadline Optional[2024-11-25T14:00:00Z] breached O"
          + "ptional[2024-11-25T14:00:00Z] stopped Optional.empty thresholds [warning at 50"
          + " % of goal: reached at 2024-11-25T13:00:00Z, escalation at 90 % of goal: reach"
          + "ed at 2024-11-25T13:48:00Z, warning PT45M business time before deadline: reach"
          + "ed at 2024-11-25T13:15:00Z, escalation PT1H business time before deadline: rea"
          + "ched at 2024-11-25T13:00:00Z] next Optional.empty || outcomes [BREACHED] next "
          + "Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed PT59"
          + "H of PT2H (2950.00 %), due 2024-11-25T14:00:00Z, breached at 2024-11-25T14:00:"
          + "00Z, paused PT5H | current 1",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT9H (0.00 %), due 2024-11-25T17:00:00Z, next change a"
          + "t 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of "
          + "5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets [] e"
          + "lapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT9H] used Optional["
          + "0.00] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty stopped "
          + "Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12:30:00"
          + "Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45M busi"
          + "ness time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H busine"
          + "ss time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25"
          + "T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | T-1 re"
          + "solve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT9H (0.00 %), due 2"
          + "024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-11-25T09:45",
          "RUNNING elapsed PT45M of PT9H (8.33 %), due 2024-11-25T17:00:00Z, next change "
          + "at 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fi"
          + "rst Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of"
          + " 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets [] "
          + "elapsed PT45M wall PT45M paused PT0S/PT0S remaining Optional[PT8H15M] used Opt"
          + "ional[8.33] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty st"
          + "opped Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12"
          + ":30:00Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45"
          + "M business time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H "
          + "business time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024"
          + "-11-25T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | "
          + "T-1 resolve as of 2024-11-25T08:45:00Z: RUNNING elapsed PT45M of PT9H (8.33 %)"
          + ", due 2024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-11-25T12:30",
          "RUNNING elapsed PT3H30M of PT9H (38.89 %), due 2024-11-25T17:00:00Z, next chan"
          + "ge at 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z]"
          + " first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2"
          + " of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets "
          + "[] elapsed PT3H30M wall PT3H30M paused PT0S/PT0S remaining Optional[PT5H30M] u"
          + "sed Optional[38.89] deadline Optional[2024-11-25T17:00:00Z] breached Optional."
          + "empty stopped Optional.empty thresholds [warning at 50 % of goal: due at 2024-"
          + "11-25T12:30:00Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warn"
          + "ing PT45M business time before deadline: due at 2024-11-25T16:15:00Z, escalati"
          + "on PT1H business time before deadline: due at 2024-11-25T16:00:00Z] next Optio"
          + "nal[2024-11-25T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30"
          + ":00Z] | T-1 resolve as of 2024-11-25T11:30:00Z: RUNNING elapsed PT3H30M of PT9"
          + "H (38.89 %), due 2024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | c"
          + "urrent 1",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-11-25T17:30",
          "RUNNING elapsed PT8H30M of PT9H (94.44 %), due 2024-11-25T17:00:00Z, next chan"
          + "ge at 2024-11-25T17:00:00.000000001Z // 1 RUNNING started Optional[2024-11-25T"
          + "08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed tim"
          + "e] (goal 2 of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes "
          + "[] resets [] elapsed PT8H30M wall PT8H30M paused PT0S/PT0S remaining Optional["
          + "PT30M] used Optional[94.44] deadline Optional[2024-11-25T17:00:00Z] breached O"
          + "ptional.empty stopped Optional.empty thresholds [warning at 50 % of goal: reac"
          + "hed at 2024-11-25T12:30:00Z, escalation at 90 % of goal: reached at 2024-11-25"
          + "T16:06:00Z, warning PT45M business time before deadline: reached at 2024-11-25"
          + "T16:15:00Z, escalation PT1H business time before deadline: reached at 2024-11-"
          + "25T16:00:00Z] next Optional[2024-11-25T17:00:00.000000001Z] || outcomes [RUNNI"
          + "NG] next Optional[2024-11-25T17:00:00.000000001Z] | T-1 resolve as of 2024-11-"
          + "25T16:30:00Z: RUNNING elapsed PT8H30M of PT9H (94.44 %), due 2024-11-25T17:00:"
          + "00Z, next change at 2024-11-25T17:00:00.000000001Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-11-26T08:15",
          "BREACHED elapsed PT23H15M of PT9H (258.33 %), due 2024-11-25T17:00:00Z, breach"
          + "ed at 2024-11-25T17:00:00Z // 1 BREACHED started Optional[2024-11-25T08:00:00Z"
          + "] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal "
          + "2 of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets"
          + " [] elapsed PT23H15M wall PT23H15M paused PT0S/PT0S remaining Optional[PT-14H-"
          + "15M] used Optional[258.33] deadline Optional[2024-11-25T17:00:00Z] breached Op"
          + "tional[2024-11-25T17:00:00Z] stopped Optional.empty thresholds [warning at 50 "
          + "% of goal: reached at 2024-11-25T12:30:00Z, escalation at 90 % of goal: reache"
          + "d at 2024-11-25T16:06:00Z, warning PT45M business time before deadline: reache"
          + "d at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: reac"
          + "hed at 2024-11-25T16:00:00Z] next Optional.empty || outcomes [BREACHED] next O"
          + "ptional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: BREACHED elapsed PT23H"
          + "15M of PT9H (258.33 %), due 2024-11-25T17:00:00Z, breached at 2024-11-25T17:00"
          + ":00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-12-03T12:00",
          "BREACHED elapsed PT195H of PT9H (2166.67 %), due 2024-11-25T17:00:00Z, breache"
          + "d at 2024-11-25T17:00:00Z // 1 BREACHED started Optional[2024-11-25T08:00:00Z]"
          + " first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2"
          + " of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets "
          + "[] elapsed PT195H wall PT195H paused PT0S/PT0S remaining Optional[PT-186H] use"
          + "d Optional[2166.67] deadline Optional[2024-11-25T17:00:00Z] breached Optional["
          + "2024-11-25T17:00:00Z] stopped Optional.empty thresholds [warning at 50 % of go"
          + "al: reached at 2024-11-25T12:30:00Z, escalation at 90 % of goal: reached at 20"
          + "24-11-25T16:06:00Z, warning PT45M business time before deadline: reached at 20"
          + "24-11-25T16:15:00Z, escalation PT1H business time before deadline: reached at "
          + "2024-11-25T16:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional"
          + ".empty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed PT195H of PT"
          + "9H (2166.67 %), due 2024-11-25T17:00:00Z, breached at 2024-11-25T17:00:00Z | c"
          + "urrent 1",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT9H (0.00 %), due 2024-11-25T17:00:00Z, next change a"
          + "t 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of "
          + "5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets [] e"
          + "lapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT9H] used Optional["
          + "0.00] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty stopped "
          + "Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12:30:00"
          + "Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45M busi"
          + "ness time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H busine"
          + "ss time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25"
          + "T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | T-1 re"
          + "solve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT9H (0.00 %), due 2"
          + "024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-11-25T09:45",
          "RUNNING elapsed PT45M of PT9H (8.33 %), due 2024-11-25T17:00:00Z, next change "
          + "at 2024-11-25T12:30:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fi"
          + "rst Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of"
          + " 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [] resets [] "
          + "elapsed PT45M wall PT45M paused PT0S/PT0S remaining Optional[PT8H15M] used Opt"
          + "ional[8.33] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty st"
          + "opped Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12"
          + ":30:00Z, escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45"
          + "M business time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H "
          + "business time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024"
          + "-11-25T12:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z] | "
          + "T-1 resolve as of 2024-11-25T08:45:00Z: RUNNING elapsed PT45M of PT9H (8.33 %)"
          + ", due 2024-11-25T17:00:00Z, next change at 2024-11-25T12:30:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-11-25T12:30",
          "RUNNING elapsed PT30M of PT2H (25.00 %), due 2024-11-25T13:00:00Z, next change"
          + " at 2024-11-25T12:00:00Z // 1 RUNNING started Optional[2024-11-25T11:00:00Z] f"
          + "irst Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 "
          + "of 5, shortest match, when priority = \"P1\") Optional[PT2H] changes [2024-11-25"
          + "T11:00:00Z: priority = \"P2\" -> PT9H elapsed time => priority = \"P1\" -> PT2H bu"
          + "siness time (RESTART, PT1H30M used, PT3H on the wall clock)] resets [] elapsed"
          + " PT30M wall PT30M paused PT0S/PT0S remaining Optional[PT1H30M] used Optional[2"
          + "5.00] deadline Optional[2024-11-25T13:00:00Z] breached Optional.empty stopped "
          + "Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12:00:00"
          + "Z, escalation at 90 % of goal: due at 2024-11-25T12:48:00Z, warning PT45M busi"
          + "ness time before deadline: due at 2024-11-25T12:15:00Z, escalation PT1H busine"
          + "ss time before deadline: due at 2024-11-25T12:00:00Z] next Optional[2024-11-25"
          + "T12:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:00:00Z] | T-1 re"
          + "solve as of 2024-11-25T11:30:00Z: RUNNING elapsed PT30M of PT2H (25.00 %), due"
          + " 2024-11-25T13:00:00Z, next change at 2024-11-25T12:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-11-25T17:30",
          "BREACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached a"
          + "t 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z // 1 BREACHED started "
          + "Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optio"
          + "nal[PT2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") Op"
          + "tional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" -> PT9H elapsed ti"
          + "me => priority = \"P1\" -> PT2H business time (RESTART, PT1H30M used, PT3H on th"
          + "e wall clock)] resets [] elapsed PT5H wall PT5H paused PT0S/PT0S remaining Opt"
          + "ional[PT-3H] used Optional[250.00] deadline Optional[2024-11-25T13:00:00Z] bre"
          + "ached Optional[2024-11-25T13:00:00Z] stopped Optional[2024-11-25T16:00:00Z] th"
          + "resholds [warning at 50 % of goal: reached at 2024-11-25T12:00:00Z, escalation"
          + " at 90 % of goal: reached at 2024-11-25T12:48:00Z, warning PT45M business time"
          + " before deadline: reached at 2024-11-25T12:15:00Z, escalation PT1H business ti"
          + "me before deadline: reached at 2024-11-25T12:00:00Z] next Optional.empty || ou"
          + "tcomes [BREACHED] next Optional.empty | T-1 resolve as of 2024-11-25T16:30:00Z"
          + ": BREACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached"
          + " at 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-11-26T08:15",
          "BREACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached a"
          + "t 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z // 1 BREACHED started "
          + "Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optio"
          + "nal[PT2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") Op"
          + "tional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" -> PT9H elapsed ti"
          + "me => priority = \"P1\" -> PT2H business time (RESTART, PT1H30M used, PT3H on th"
          + "e wall clock)] resets [] elapsed PT5H wall PT5H paused PT0S/PT0S remaining Opt"
          + "ional[PT-3H] used Optional[250.00] deadline Optional[2024-11-25T13:00:00Z] bre"
          + "ached Optional[2024-11-25T13:00:00Z] stopped Optional[2024-11-25T16:00:00Z] th"
          + "resholds [warning at 50 % of goal: reached at 2024-11-25T12:00:00Z, escalation"
          + " at 90 % of goal: reached at 2024-11-25T12:48:00Z, warning PT45M business time"
          + " before deadline: reached at 2024-11-25T12:15:00Z, escalation PT1H business ti"
          + "me before deadline: reached at 2024-11-25T12:00:00Z] next Optional.empty || ou"
          + "tcomes [BREACHED] next Optional.empty | T-1 resolve as of 2024-11-26T07:15:00Z"
          + ": BREACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached"
          + " at 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-12-03T12:00",
          "BREACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached a"
          + "t 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z // 1 BREACHED started "
          + "Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optio"
          + "nal[PT2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") Op"
          + "tional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" -> PT9H elapsed ti"
          + "me => priority = \"P1\" -> PT2H business time (RESTART, PT1H30M used, PT3H on th"
          + "e wall clock)] resets [] elapsed PT5H wall PT5H paused PT0S/PT0S remaining Opt"
          + "ional[PT-3H] used Optional[250.00] deadline Optional[2024-11-25T13:00:00Z] bre"
          + "ached Optional[2024-11-25T13:00:00Z] stopped Optional[2024-11-25T16:00:00Z] th"
          + "resholds [warning at 50 % of goal: reached at 2024-11-25T12:00:00Z, escalation"
          + " at 90 % of goal: reached at 2024-11-25T12:48:00Z, warning PT45M business time"
          + " before deadline: reached at 2024-11-25T12:15:00Z, escalation PT1H business ti"
          + "me before deadline: reached at 2024-11-25T12:00:00Z] next Optional.empty || ou"
          + "tcomes [BREACHED] next Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z"
          + ": BREACHED elapsed PT5H of PT2H (250.00 %), due 2024-11-25T13:00:00Z, breached"
          + " at 2024-11-25T13:00:00Z, stopped at 2024-11-25T16:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, shortest match, when priority = \"P1\") Optional[PT2H] changes [] resets [] "
          + "elapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional"
          + "[0.00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:0"
          + "0Z, escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M bus"
          + "iness time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H busin"
          + "ess time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-2"
          + "5T09:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 r"
          + "esolve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due "
          + "2024-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-11-25T09:45",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT15M // 1 PAUSED started Optiona"
          + "l[2024-11-25T08:30:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional[PT2"
          + "H business time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional["
          + "PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT0S wall PT15M paused "
          + "PT15M/PT15M remaining Optional[PT2H] used Optional[0.00] deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [warning at 50 % "
          + "of goal: due at -, escalation at 90 % of goal: due at -, warning PT45M busines"
          + "s time before deadline: due at -, escalation PT1H business time before deadlin"
          + "e: due at -] next Optional.empty || outcomes [PAUSED] next Optional.empty | T-"
          + "1 resolve as of 2024-11-25T08:45:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), pa"
          + "used PT15M | current 1",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-11-25T12:30",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortes"
          + "t match, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08"
          + ":30:00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M]"
          + " used Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional"
          + ".empty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of g"
          + "oal: due at -, escalation at 90 % of goal: due at -, warning PT45M business ti"
          + "me before deadline: due at -, escalation PT1H business time before deadline: d"
          + "ue at -] next Optional.empty || outcomes [MET] next Optional.empty | T-1 resol"
          + "ve as of 2024-11-25T11:30:00Z: MET elapsed PT10M of PT2H (8.33 %), due 2024-11"
          + "-25T11:00:00Z, stopped at 2024-11-25T09:10:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-11-25T17:30",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortes"
          + "t match, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08"
          + ":30:00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M]"
          + " used Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional"
          + ".empty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of g"
          + "oal: due at -, escalation at 90 % of goal: due at -, warning PT45M business ti"
          + "me before deadline: due at -, escalation PT1H business time before deadline: d"
          + "ue at -] next Optional.empty || outcomes [MET] next Optional.empty | T-1 resol"
          + "ve as of 2024-11-25T16:30:00Z: MET elapsed PT10M of PT2H (8.33 %), due 2024-11"
          + "-25T11:00:00Z, stopped at 2024-11-25T09:10:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-11-26T08:15",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortes"
          + "t match, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08"
          + ":30:00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M]"
          + " used Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional"
          + ".empty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of g"
          + "oal: due at -, escalation at 90 % of goal: due at -, warning PT45M business ti"
          + "me before deadline: due at -, escalation PT1H business time before deadline: d"
          + "ue at -] next Optional.empty || RUNNING elapsed PT15M of PT9H (2.78 %), due 20"
          + "24-11-26T16:00:00Z, next change at 2024-11-26T11:30:00Z // 2 RUNNING started O"
          + "ptional[2024-11-26T07:00:00Z] first Optional[2024-11-26T07:00:00Z] goal Option"
          + "al[PT9H elapsed time] (goal 2 of 5, shortest match, when priority = \"P2\") Opti"
          + "onal[PT9H] changes [] resets [] elapsed PT15M wall PT15M paused PT0S/PT0S rema"
          + "ining Optional[PT8H45M] used Optional[2.78] deadline Optional[2024-11-26T16:00"
          + ":00Z] breached Optional.empty stopped Optional.empty thresholds [warning at 50"
          + " % of goal: due at 2024-11-26T11:30:00Z, escalation at 90 % of goal: due at 20"
          + "24-11-26T15:06:00Z, warning PT45M business time before deadline: due at 2024-1"
          + "1-26T15:15:00Z, escalation PT1H business time before deadline: due at 2024-11-"
          + "26T15:00:00Z] next Optional[2024-11-26T11:30:00Z] || outcomes [MET, RUNNING] n"
          + "ext Optional[2024-11-26T11:30:00Z] | T-1 resolve as of 2024-11-26T07:15:00Z: R"
          + "UNNING elapsed PT15M of PT9H (2.78 %), due 2024-11-26T16:00:00Z, next change a"
          + "t 2024-11-26T11:30:00Z | current 2",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-12-03T12:00",
          "MET elapsed PT10M of PT2H (8.33 %), due 2024-11-25T11:00:00Z, stopped at 2024-"
          + "11-25T09:10:00Z // 1 MET started Optional[2024-11-25T09:00:00Z] first Optional"
          + "[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortes"
          + "t match, when priority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08"
          + ":30:00Z] elapsed PT10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M]"
          + " used Optional[8.33] deadline Optional[2024-11-25T11:00:00Z] breached Optional"
          + ".empty stopped Optional[2024-11-25T09:10:00Z] thresholds [warning at 50 % of g"
          + "oal: due at -, escalation at 90 % of goal: due at -, warning PT45M business ti"
          + "me before deadline: due at -, escalation PT1H business time before deadline: d"
          + "ue at -] next Optional.empty || PAUSED elapsed PT30M of PT9H (5.56 %), paused "
          + "PT171H30M // 2 PAUSED started Optional[2024-11-26T07:00:00Z] first Optional[20"
          + "24-11-26T07:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest ma"
          + "tch, when priority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT30M w"
          + "all PT172H paused PT171H30M/PT171H30M remaining Optional[PT8H30M] used Optiona"
          + "l[5.56] deadline Optional.empty breached Optional.empty stopped Optional.empty"
          + " thresholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: du"
          + "e at -, warning PT45M business time before deadline: due at -, escalation PT1H"
          + " business time before deadline: due at -] next Optional.empty || outcomes [MET"
          + ", PAUSED] next Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: PAUSED"
          + " elapsed PT30M of PT9H (5.56 %), paused PT171H30M | current 2",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-11-25T09:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:00:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-11-25T09:45",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:45:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-11-25T12:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T11:30:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-11-25T17:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T16:30:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-11-26T08:15",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-26T07:15:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-12-03T12:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-12-03T11:00:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-11-25T09:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:00:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-11-25T09:45",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:45:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-11-25T12:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T11:30:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-11-25T17:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T16:30:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-11-26T08:15",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-26T07:15:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-12-03T12:00",
          "BREACHED elapsed PT73H of PT24H (304.17 %), due 2024-11-30T16:30:00Z, breached"
          + " at 2024-11-30T16:30:00Z, stopped at 2024-12-02T17:30:00Z // 1 BREACHED starte"
          + "d Optional[2024-11-29T16:30:00Z] first Optional[2024-11-29T16:30:00Z] goal Opt"
          + "ional[same time +1 working days] (goal 3 of 5, shortest match, when priority ="
          + " \"P3\") Optional[PT24H] changes [] resets [] elapsed PT73H wall PT73H paused PT"
          + "0S/PT0S remaining Optional[PT-49H] used Optional[304.17] deadline Optional[202"
          + "4-11-30T16:30:00Z] breached Optional[2024-11-30T16:30:00Z] stopped Optional[20"
          + "24-12-02T17:30:00Z] thresholds [warning at 50 % of goal: reached at 2024-11-30"
          + "T04:30:00Z, escalation at 90 % of goal: reached at 2024-11-30T14:06:00Z, warni"
          + "ng PT45M business time before deadline: reached at 2024-11-30T15:45:00Z, escal"
          + "ation PT1H business time before deadline: reached at 2024-11-30T15:30:00Z] nex"
          + "t Optional.empty || outcomes [BREACHED] next Optional.empty | T-1 resolve as o"
          + "f 2024-12-03T11:00:00Z: BREACHED elapsed PT73H of PT24H (304.17 %), due 2024-1"
          + "1-30T16:30:00Z, breached at 2024-11-30T16:30:00Z, stopped at 2024-12-02T17:30:"
          + "00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-11-25T09:00",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:00:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-11-25T09:45",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T08:45:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-11-25T12:30",
          "NOT_STARTED // 1 NOT_STARTED started Optional.empty first Optional.empty goal "
          + "Optional.empty (not started) Optional.empty changes [] resets [] elapsed PT0S "
          + "wall PT0S paused PT0S/PT0S remaining Optional.empty used Optional.empty deadli"
          + "ne Optional.empty breached Optional.empty stopped Optional.empty thresholds []"
          + " next Optional.empty || outcomes [] next Optional.empty | T-1 resolve as of 20"
          + "24-11-25T11:30:00Z: NOT_STARTED | current 1",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-11-25T17:30",
          "RUNNING elapsed PT1H10M of PT31H40M (3.68 %), due 2024-11-26T23:00:00Z, next c"
          + "hange at 2024-11-26T07:10:00Z // 1 RUNNING started Optional[2024-11-25T15:20:0"
          + "0Z] first Optional[2024-11-25T15:00:00Z] goal Optional[end of working day +1] "
          + "(goal 4 of 5, shortest match, when priority = \"P4\") Optional[PT31H40M] changes"
          + " [2024-11-25T15:20:00Z: vip = \"yes\" -> PT30M business time => priority = \"P4\" "
          + "-> end of working day +1 (RESTART, PT20M used, PT20M on the wall clock)] reset"
          + "s [] elapsed PT1H10M wall PT1H10M paused PT0S/PT0S remaining Optional[PT30H30M"
          + "] used Optional[3.68] deadline Optional[2024-11-26T23:00:00Z] breached Optiona"
          + "l.empty stopped Optional.empty thresholds [warning at 50 % of goal: due at 202"
          + "4-11-26T07:10:00Z, escalation at 90 % of goal: due at 2024-11-26T19:50:00Z, wa"
          + "rning PT45M business time before deadline: due at 2024-11-26T22:15:00Z, escala"
          + "tion PT1H business time before deadline: due at 2024-11-26T22:00:00Z] next Opt"
          + "ional[2024-11-26T07:10:00Z] || outcomes [RUNNING] next Optional[2024-11-26T07:"
          + "10:00Z] | T-1 resolve as of 2024-11-25T16:30:00Z: RUNNING elapsed PT1H10M of P"
          + "T31H40M (3.68 %), due 2024-11-26T23:00:00Z, next change at 2024-11-26T07:10:00"
          + "Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-11-26T08:15",
          "RUNNING elapsed PT15H55M of PT31H40M (50.26 %), due 2024-11-26T23:00:00Z, next"
          + " change at 2024-11-26T19:50:00Z // 1 RUNNING started Optional[2024-11-25T15:20"
          + ":00Z] first Optional[2024-11-25T15:00:00Z] goal Optional[end of working day +1"
          + "] (goal 4 of 5, shortest match, when priority = \"P4\") Optional[PT31H40M] chang"
          + "es [2024-11-25T15:20:00Z: vip = \"yes\" -> PT30M business time => priority = \"P4"
          + "\" -> end of working day +1 (RESTART, PT20M used, PT20M on the wall clock)] res"
          + "ets [] elapsed PT15H55M wall PT15H55M paused PT0S/PT0S remaining Optional[PT15"
          + "H45M] used Optional[50.26] deadline Optional[2024-11-26T23:00:00Z] breached Op"
          + "tional.empty stopped Optional.empty thresholds [warning at 50 % of goal: reach"
          + "ed at 2024-11-26T07:10:00Z, escalation at 90 % of goal: due at 2024-11-26T19:5"
          + "0:00Z, warning PT45M business time before deadline: due at 2024-11-26T22:15:00"
          + "Z, escalation PT1H business time before deadline: due at 2024-11-26T22:00:00Z]"
          + " next Optional[2024-11-26T19:50:00Z] || outcomes [RUNNING] next Optional[2024-"
          + "11-26T19:50:00Z] | T-1 resolve as of 2024-11-26T07:15:00Z: RUNNING elapsed PT1"
          + "5H55M of PT31H40M (50.26 %), due 2024-11-26T23:00:00Z, next change at 2024-11-"
          + "26T19:50:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-12-03T12:00",
          "BREACHED elapsed PT187H40M of PT31H40M (592.63 %), due 2024-11-26T23:00:00Z, b"
          + "reached at 2024-11-26T23:00:00Z // 1 BREACHED started Optional[2024-11-25T15:2"
          + "0:00Z] first Optional[2024-11-25T15:00:00Z] goal Optional[end of working day +"
          + "1] (goal 4 of 5, shortest match, when priority = \"P4\") Optional[PT31H40M] chan"
          + "ges [2024-11-25T15:20:00Z: vip = \"yes\" -> PT30M business time => priority = \"P"
          + "4\" -> end of working day +1 (RESTART, PT20M used, PT20M on the wall clock)] re"
          + "sets [] elapsed PT187H40M wall PT187H40M paused PT0S/PT0S remaining Optional[P"
          + "T-156H] used Optional[592.63] deadline Optional[2024-11-26T23:00:00Z] breached"
          + " Optional[2024-11-26T23:00:00Z] stopped Optional.empty thresholds [warning at "
          + "50 % of goal: reached at 2024-11-26T07:10:00Z, escalation at 90 % of goal: rea"
          + "ched at 2024-11-26T19:50:00Z, warning PT45M business time before deadline: rea"
          + "ched at 2024-11-26T22:15:00Z, escalation PT1H business time before deadline: r"
          + "eached at 2024-11-26T22:00:00Z] next Optional.empty || outcomes [BREACHED] nex"
          + "t Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed PT"
          + "187H40M of PT31H40M (592.63 %), due 2024-11-26T23:00:00Z, breached at 2024-11-"
          + "26T23:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, shortest match, when priority = \"P1\") Optional[PT2H] changes [] resets [] "
          + "elapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional"
          + "[0.00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:0"
          + "0Z, escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M bus"
          + "iness time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H busin"
          + "ess time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-2"
          + "5T09:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 r"
          + "esolve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due "
          + "2024-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-11-25T09:45",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-11-25T08:45:00Z: CANCELLED e"
          + "lapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-11-25T12:30",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-11-25T11:30:00Z: CANCELLED e"
          + "lapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-11-25T17:30",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-11-25T16:30:00Z: CANCELLED e"
          + "lapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-11-26T08:15",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: CANCELLED e"
          + "lapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-12-03T12:00",
          "CANCELLED elapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: CANCELLED e"
          + "lapsed PT40M of PT2H (33.33 %), stopped at 2024-11-25T08:40:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-11-25T09:00",
          "NO_GOAL elapsed PT0S // 1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first"
          + " Optional[2024-11-25T08:00:00Z] goal Optional.empty (no goal matches) Optional"
          + ".empty changes [] resets [] elapsed PT0S wall PT0S paused PT0S/PT0S remaining "
          + "Optional.empty used Optional.empty deadline Optional.empty breached Optional.e"
          + "mpty stopped Optional.empty thresholds [] next Optional.empty || outcomes [NO_"
          + "GOAL] next Optional.empty | T-1 resolve as of 2024-11-25T08:00:00Z: NO_GOAL el"
          + "apsed PT0S | current 1",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-11-25T09:45",
          "NO_GOAL elapsed PT45M // 1 NO_GOAL started Optional[2024-11-25T08:00:00Z] firs"
          + "t Optional[2024-11-25T08:00:00Z] goal Optional.empty (no goal matches) Optiona"
          + "l.empty changes [] resets [] elapsed PT45M wall PT45M paused PT0S/PT0S remaini"
          + "ng Optional.empty used Optional.empty deadline Optional.empty breached Optiona"
          + "l.empty stopped Optional.empty thresholds [] next Optional.empty || outcomes ["
          + "NO_GOAL] next Optional.empty | T-1 resolve as of 2024-11-25T08:45:00Z: NO_GOAL"
          + " elapsed PT45M | current 1",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-11-25T12:30",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-11-25T11:30:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-11-25T17:30",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-11-25T16:30:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-11-26T08:15",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-11-26T07:15:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-12-03T12:00",
          "NO_GOAL elapsed PT3H, stopped at 2024-11-25T11:00:00Z // 1 NO_GOAL started Opt"
          + "ional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:00:00Z] goal Optional"
          + ".empty (no goal matches) Optional.empty changes [] resets [] elapsed PT3H wall"
          + " PT3H paused PT0S/PT0S remaining Optional.empty used Optional.empty deadline O"
          + "ptional.empty breached Optional.empty stopped Optional[2024-11-25T11:00:00Z] t"
          + "hresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T"
          + "-1 resolve as of 2024-12-03T11:00:00Z: NO_GOAL elapsed PT3H, stopped at 2024-1"
          + "1-25T11:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, shortest match, when priority = \"P1\") Optional[PT2H] changes [] resets [] "
          + "elapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional"
          + "[0.00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:0"
          + "0Z, escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M bus"
          + "iness time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H busin"
          + "ess time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-2"
          + "5T09:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 r"
          + "esolve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due "
          + "2024-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-11-25T09:45",
          "NO_GOAL elapsed PT15M // 1 NO_GOAL started Optional[2024-11-25T08:30:00Z] firs"
          + "t Optional[2024-11-25T08:00:00Z] goal Optional.empty (no goal matches) Optiona"
          + "l.empty changes [2024-11-25T08:30:00Z: priority = \"P1\" -> PT2H business time ="
          + "> no goal (RESTART, PT30M used, PT30M on the wall clock)] resets [] elapsed PT"
          + "15M wall PT15M paused PT0S/PT0S remaining Optional.empty used Optional.empty d"
          + "eadline Optional.empty breached Optional.empty stopped Optional.empty threshol"
          + "ds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empty | T-1 reso"
          + "lve as of 2024-11-25T08:45:00Z: NO_GOAL elapsed PT15M | current 1",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-11-25T12:30",
          "RUNNING elapsed PT2H of PT9H (22.22 %), due 2024-11-25T18:30:00Z, next change "
          + "at 2024-11-25T14:00:00Z // 1 RUNNING started Optional[2024-11-25T09:30:00Z] fi"
          + "rst Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of"
          + " 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [2024-11-25T0"
          + "8:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RESTART, PT30M use"
          + "d, PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal => priority = \"P2\" "
          + "-> PT9H elapsed time (RESTART, PT1H used, PT1H on the wall clock)] resets [] e"
          + "lapsed PT2H wall PT2H paused PT0S/PT0S remaining Optional[PT7H] used Optional["
          + "22.22] deadline Optional[2024-11-25T18:30:00Z] breached Optional.empty stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T14:00:0"
          + "0Z, escalation at 90 % of goal: due at 2024-11-25T17:36:00Z, warning PT45M bus"
          + "iness time before deadline: due at 2024-11-25T17:45:00Z, escalation PT1H busin"
          + "ess time before deadline: due at 2024-11-25T17:30:00Z] next Optional[2024-11-2"
          + "5T14:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T14:00:00Z] | T-1 r"
          + "esolve as of 2024-11-25T11:30:00Z: RUNNING elapsed PT2H of PT9H (22.22 %), due"
          + " 2024-11-25T18:30:00Z, next change at 2024-11-25T14:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-11-25T17:30",
          "RUNNING elapsed PT7H of PT9H (77.78 %), due 2024-11-25T18:30:00Z, next change "
          + "at 2024-11-25T17:30:00Z // 1 RUNNING started Optional[2024-11-25T09:30:00Z] fi"
          + "rst Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of"
          + " 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [2024-11-25T0"
          + "8:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RESTART, PT30M use"
          + "d, PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal => priority = \"P2\" "
          + "-> PT9H elapsed time (RESTART, PT1H used, PT1H on the wall clock)] resets [] e"
          + "lapsed PT7H wall PT7H paused PT0S/PT0S remaining Optional[PT2H] used Optional["
          + "77.78] deadline Optional[2024-11-25T18:30:00Z] breached Optional.empty stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T14:"
          + "00:00Z, escalation at 90 % of goal: due at 2024-11-25T17:36:00Z, warning PT45M"
          + " business time before deadline: due at 2024-11-25T17:45:00Z, escalation PT1H b"
          + "usiness time before deadline: due at 2024-11-25T17:30:00Z] next Optional[2024-"
          + "11-25T17:30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T17:30:00Z] | T"
          + "-1 resolve as of 2024-11-25T16:30:00Z: RUNNING elapsed PT7H of PT9H (77.78 %),"
          + " due 2024-11-25T18:30:00Z, next change at 2024-11-25T17:30:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-11-26T08:15",
          "BREACHED elapsed PT21H45M of PT9H (241.67 %), due 2024-11-25T18:30:00Z, breach"
          + "ed at 2024-11-25T18:30:00Z // 1 BREACHED started Optional[2024-11-25T09:30:00Z"
          + "] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goal "
          + "2 of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [2024-11-"
          + "25T08:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RESTART, PT30M"
          + " used, PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal => priority = \""
          + "P2\" -> PT9H elapsed time (RESTART, PT1H used, PT1H on the wall clock)] resets "
          + "[] elapsed PT21H45M wall PT21H45M paused PT0S/PT0S remaining Optional[PT-12H-4"
          + "5M] used Optional[241.67] deadline Optional[2024-11-25T18:30:00Z] breached Opt"
          + "ional[2024-11-25T18:30:00Z] stopped Optional.empty thresholds [warning at 50 %"
          + " of goal: reached at 2024-11-25T14:00:00Z, escalation at 90 % of goal: reached"
          + " at 2024-11-25T17:36:00Z, warning PT45M business time before deadline: reached"
          + " at 2024-11-25T17:45:00Z, escalation PT1H business time before deadline: reach"
          + "ed at 2024-11-25T17:30:00Z] next Optional.empty || outcomes [BREACHED] next Op"
          + "tional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: BREACHED elapsed PT21H4"
          + "5M of PT9H (241.67 %), due 2024-11-25T18:30:00Z, breached at 2024-11-25T18:30:"
          + "00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-12-03T12:00",
          "BREACHED elapsed PT193H30M of PT9H (2150.00 %), due 2024-11-25T18:30:00Z, brea"
          + "ched at 2024-11-25T18:30:00Z // 1 BREACHED started Optional[2024-11-25T09:30:0"
          + "0Z] first Optional[2024-11-25T08:00:00Z] goal Optional[PT9H elapsed time] (goa"
          + "l 2 of 5, shortest match, when priority = \"P2\") Optional[PT9H] changes [2024-1"
          + "1-25T08:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RESTART, PT3"
          + "0M used, PT30M on the wall clock), 2024-11-25T09:30:00Z: no goal => priority ="
          + " \"P2\" -> PT9H elapsed time (RESTART, PT1H used, PT1H on the wall clock)] reset"
          + "s [] elapsed PT193H30M wall PT193H30M paused PT0S/PT0S remaining Optional[PT-1"
          + "84H-30M] used Optional[2150.00] deadline Optional[2024-11-25T18:30:00Z] breach"
          + "ed Optional[2024-11-25T18:30:00Z] stopped Optional.empty thresholds [warning a"
          + "t 50 % of goal: reached at 2024-11-25T14:00:00Z, escalation at 90 % of goal: r"
          + "eached at 2024-11-25T17:36:00Z, warning PT45M business time before deadline: r"
          + "eached at 2024-11-25T17:45:00Z, escalation PT1H business time before deadline:"
          + " reached at 2024-11-25T17:30:00Z] next Optional.empty || outcomes [BREACHED] n"
          + "ext Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapsed "
          + "PT193H30M of PT9H (2150.00 %), due 2024-11-25T18:30:00Z, breached at 2024-11-2"
          + "5T18:30:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-11-25T09:00",
          "RUNNING elapsed PT0S of PT2H (0.00 %), due 2024-11-25T10:00:00Z, next change a"
          + "t 2024-11-25T09:00:00Z // 1 RUNNING started Optional[2024-11-25T08:00:00Z] fir"
          + "st Optional[2024-11-25T08:00:00Z] goal Optional[PT2H business time] (goal 1 of"
          + " 5, shortest match, when priority = \"P1\") Optional[PT2H] changes [] resets [] "
          + "elapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional[PT2H] used Optional"
          + "[0.00] deadline Optional[2024-11-25T10:00:00Z] breached Optional.empty stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T09:00:0"
          + "0Z, escalation at 90 % of goal: due at 2024-11-25T09:48:00Z, warning PT45M bus"
          + "iness time before deadline: due at 2024-11-25T09:15:00Z, escalation PT1H busin"
          + "ess time before deadline: due at 2024-11-25T09:00:00Z] next Optional[2024-11-2"
          + "5T09:00:00Z] || outcomes [RUNNING] next Optional[2024-11-25T09:00:00Z] | T-1 r"
          + "esolve as of 2024-11-25T08:00:00Z: RUNNING elapsed PT0S of PT2H (0.00 %), due "
          + "2024-11-25T10:00:00Z, next change at 2024-11-25T09:00:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-11-25T09:45",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty | T-1 resolve as of 2024-11-25T08:45:00Z: CANCELLED e"
          + "lapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z | current 1",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-11-25T12:30",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || PAUSED elapsed P"
          + "T1H30M of PT2H (75.00 %) // 2 PAUSED started Optional[2024-11-25T10:00:00Z] fi"
          + "rst Optional[2024-11-25T10:00:00Z] goal Optional[PT2H business time] (goal 1 o"
          + "f 5, shortest match, when priority = \"P1\") Optional[PT2H] changes [] resets []"
          + " elapsed PT1H30M wall PT1H30M paused PT0S/PT0S remaining Optional[PT30M] used "
          + "Optional[75.00] deadline Optional.empty breached Optional.empty stopped Option"
          + "al.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T11:00:00Z,"
          + " escalation at 90 % of goal: due at -, warning PT45M business time before dead"
          + "line: reached at 2024-11-25T11:15:00Z, escalation PT1H business time before de"
          + "adline: reached at 2024-11-25T11:00:00Z] next Optional.empty || outcomes [CANC"
          + "ELLED, PAUSED] next Optional.empty | T-1 resolve as of 2024-11-25T11:30:00Z: P"
          + "AUSED elapsed PT1H30M of PT2H (75.00 %) | current 2",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-11-25T17:30",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || PAUSED elapsed P"
          + "T1H30M of PT2H (75.00 %), paused PT5H // 2 PAUSED started Optional[2024-11-25T"
          + "10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Optional[PT2H business ti"
          + "me] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] changes"
          + " [] resets [] elapsed PT1H30M wall PT6H30M paused PT5H/PT5H remaining Optional"
          + "[PT30M] used Optional[75.00] deadline Optional.empty breached Optional.empty s"
          + "topped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-"
          + "25T11:00:00Z, escalation at 90 % of goal: due at -, warning PT45M business tim"
          + "e before deadline: reached at 2024-11-25T11:15:00Z, escalation PT1H business t"
          + "ime before deadline: reached at 2024-11-25T11:00:00Z] next Optional.empty || o"
          + "utcomes [CANCELLED, PAUSED] next Optional.empty | T-1 resolve as of 2024-11-25"
          + "T16:30:00Z: PAUSED elapsed PT1H30M of PT2H (75.00 %), paused PT5H | current 2",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-11-26T08:15",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || PAUSED elapsed P"
          + "T1H30M of PT2H (75.00 %), paused PT19H45M // 2 PAUSED started Optional[2024-11"
          + "-25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Optional[PT2H busines"
          + "s time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] cha"
          + "nges [] resets [] elapsed PT1H30M wall PT21H15M paused PT19H45M/PT19H45M remai"
          + "ning Optional[PT30M] used Optional[75.00] deadline Optional.empty breached Opt"
          + "ional.empty stopped Optional.empty thresholds [warning at 50 % of goal: reache"
          + "d at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at -, warning PT45M"
          + " business time before deadline: reached at 2024-11-25T11:15:00Z, escalation PT"
          + "1H business time before deadline: reached at 2024-11-25T11:00:00Z] next Option"
          + "al.empty || outcomes [CANCELLED, PAUSED] next Optional.empty | T-1 resolve as "
          + "of 2024-11-26T07:15:00Z: PAUSED elapsed PT1H30M of PT2H (75.00 %), paused PT19"
          + "H45M | current 2",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-12-03T12:00",
          "CANCELLED elapsed PT20M of PT2H (16.67 %), stopped at 2024-11-25T08:20:00Z // "
          + "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || PAUSED elapsed P"
          + "T1H30M of PT2H (75.00 %), paused PT191H30M // 2 PAUSED started Optional[2024-1"
          + "1-25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Optional[PT2H busine"
          + "ss time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] ch"
          + "anges [] resets [] elapsed PT1H30M wall PT193H paused PT191H30M/PT191H30M rema"
          + "ining Optional[PT30M] used Optional[75.00] deadline Optional.empty breached Op"
          + "tional.empty stopped Optional.empty thresholds [warning at 50 % of goal: reach"
          + "ed at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at -, warning PT45"
          + "M business time before deadline: reached at 2024-11-25T11:15:00Z, escalation P"
          + "T1H business time before deadline: reached at 2024-11-25T11:00:00Z] next Optio"
          + "nal.empty || outcomes [CANCELLED, PAUSED] next Optional.empty | T-1 resolve as"
          + " of 2024-12-03T11:00:00Z: PAUSED elapsed PT1H30M of PT2H (75.00 %), paused PT1"
          + "91H30M | current 2",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-11-25T09:00",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT2H // 1 PAUSED started Optional"
          + "[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H"
          + " business time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[P"
          + "T2H] changes [] resets [] elapsed PT0S wall PT2H paused PT2H/PT2H remaining Op"
          + "tional[PT2H] used Optional[0.00] deadline Optional.empty breached Optional.emp"
          + "ty stopped Optional.empty thresholds [warning at 50 % of goal: due at -, escal"
          + "ation at 90 % of goal: due at -, warning PT45M business time before deadline: "
          + "due at -, escalation PT1H business time before deadline: due at -] next Option"
          + "al.empty || outcomes [PAUSED] next Optional.empty | T-1 resolve as of 2024-11-"
          + "25T08:00:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), paused PT2H | current 1",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-11-25T09:45",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT2H45M // 1 PAUSED started Optio"
          + "nal[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[P"
          + "T2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") Optiona"
          + "l[PT2H] changes [] resets [] elapsed PT0S wall PT2H45M paused PT2H45M/PT2H45M "
          + "remaining Optional[PT2H] used Optional[0.00] deadline Optional.empty breached "
          + "Optional.empty stopped Optional.empty thresholds [warning at 50 % of goal: due"
          + " at -, escalation at 90 % of goal: due at -, warning PT45M business time befor"
          + "e deadline: due at -, escalation PT1H business time before deadline: due at -]"
          + " next Optional.empty || outcomes [PAUSED] next Optional.empty | T-1 resolve as"
          + " of 2024-11-25T08:45:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), paused PT2H45M"
          + " | current 1",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-11-25T12:30",
          "PAUSED elapsed PT0S of PT2H (0.00 %), paused PT5H30M // 1 PAUSED started Optio"
          + "nal[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[P"
          + "T2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") Optiona"
          + "l[PT2H] changes [] resets [] elapsed PT0S wall PT5H30M paused PT5H30M/PT5H30M "
          + "remaining Optional[PT2H] used Optional[0.00] deadline Optional.empty breached "
          + "Optional.empty stopped Optional.empty thresholds [warning at 50 % of goal: due"
          + " at -, escalation at 90 % of goal: due at -, warning PT45M business time befor"
          + "e deadline: due at -, escalation PT1H business time before deadline: due at -]"
          + " next Optional.empty || outcomes [PAUSED] next Optional.empty | T-1 resolve as"
          + " of 2024-11-25T11:30:00Z: PAUSED elapsed PT0S of PT2H (0.00 %), paused PT5H30M"
          + " | current 1",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-11-25T17:30",
          "BREACHED elapsed PT4H30M of PT2H (225.00 %), due 2024-11-25T14:00:00Z, breache"
          + "d at 2024-11-25T14:00:00Z, paused PT6H // 1 BREACHED started Optional[2024-11-"
          + "25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H business"
          + " time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] chan"
          + "ges [] resets [] elapsed PT4H30M wall PT10H30M paused PT6H/PT6H remaining Opti"
          + "onal[PT-2H-30M] used Optional[225.00] deadline Optional[2024-11-25T14:00:00Z] "
          + "breached Optional[2024-11-25T14:00:00Z] stopped Optional.empty thresholds [war"
          + "ning at 50 % of goal: reached at 2024-11-25T13:00:00Z, escalation at 90 % of g"
          + "oal: reached at 2024-11-25T13:48:00Z, warning PT45M business time before deadl"
          + "ine: reached at 2024-11-25T13:15:00Z, escalation PT1H business time before dea"
          + "dline: reached at 2024-11-25T13:00:00Z] next Optional.empty || outcomes [BREAC"
          + "HED] next Optional.empty | T-1 resolve as of 2024-11-25T16:30:00Z: BREACHED el"
          + "apsed PT4H30M of PT2H (225.00 %), due 2024-11-25T14:00:00Z, breached at 2024-1"
          + "1-25T14:00:00Z, paused PT6H | current 1",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-11-26T08:15",
          "BREACHED elapsed PT19H15M of PT2H (962.50 %), due 2024-11-25T14:00:00Z, breach"
          + "ed at 2024-11-25T14:00:00Z, paused PT6H // 1 BREACHED started Optional[2024-11"
          + "-25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H busines"
          + "s time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] cha"
          + "nges [] resets [] elapsed PT19H15M wall PT25H15M paused PT6H/PT6H remaining Op"
          + "tional[PT-17H-15M] used Optional[962.50] deadline Optional[2024-11-25T14:00:00"
          + "Z] breached Optional[2024-11-25T14:00:00Z] stopped Optional.empty thresholds ["
          + "warning at 50 % of goal: reached at 2024-11-25T13:00:00Z, escalation at 90 % o"
          + "f goal: reached at 2024-11-25T13:48:00Z, warning PT45M business time before de"
          + "adline: reached at 2024-11-25T13:15:00Z, escalation PT1H business time before "
          + "deadline: reached at 2024-11-25T13:00:00Z] next Optional.empty || outcomes [BR"
          + "EACHED] next Optional.empty | T-1 resolve as of 2024-11-26T07:15:00Z: BREACHED"
          + " elapsed PT19H15M of PT2H (962.50 %), due 2024-11-25T14:00:00Z, breached at 20"
          + "24-11-25T14:00:00Z, paused PT6H | current 1",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-12-03T12:00",
          "BREACHED elapsed PT191H of PT2H (9550.00 %), due 2024-11-25T14:00:00Z, breache"
          + "d at 2024-11-25T14:00:00Z, paused PT6H // 1 BREACHED started Optional[2024-11-"
          + "25T06:00:00Z] first Optional[2024-11-25T06:00:00Z] goal Optional[PT2H business"
          + " time] (goal 1 of 5, shortest match, when priority = \"P1\") Optional[PT2H] chan"
          + "ges [] resets [] elapsed PT191H wall PT197H paused PT6H/PT6H remaining Optiona"
          + "l[PT-189H] used Optional[9550.00] deadline Optional[2024-11-25T14:00:00Z] brea"
          + "ched Optional[2024-11-25T14:00:00Z] stopped Optional.empty thresholds [warning"
          + " at 50 % of goal: reached at 2024-11-25T13:00:00Z, escalation at 90 % of goal:"
          + " reached at 2024-11-25T13:48:00Z, warning PT45M business time before deadline:"
          + " reached at 2024-11-25T13:15:00Z, escalation PT1H business time before deadlin"
          + "e: reached at 2024-11-25T13:00:00Z] next Optional.empty || outcomes [BREACHED]"
          + " next Optional.empty | T-1 resolve as of 2024-12-03T11:00:00Z: BREACHED elapse"
          + "d PT191H of PT2H (9550.00 %), due 2024-11-25T14:00:00Z, breached at 2024-11-25"
          + "T14:00:00Z, paused PT6H | current 1");

  @Test
  void everyCycleOfEveryHistoryUnderEveryRule() {
    Map<String, String> actual = actual();
    assertEquals(EXPECTED.size() / 2, actual.size());
    for (int i = 0; i < EXPECTED.size(); i += 2) {
      assertEquals(EXPECTED.get(i + 1), actual.get(EXPECTED.get(i)), EXPECTED.get(i));
    }
  }
}
