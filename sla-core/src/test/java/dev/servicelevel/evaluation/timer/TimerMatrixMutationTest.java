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
    return c.number() + " " + c.state() + " started " + c.startedAt() + " first "
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
              sb.append("outcomes ").append(out).append(" next ").append(r.nextChangeAt());
              actual.put(tk + " " + name + " " + asOf, sb.toString());
            }
          });
    }
    return actual;
  }

  private static final List<String> EXPECTED =
      List.of(
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT0S wall PT0S paus"
          + "ed PT0S/PT0S remaining Optional[PT9H] used Optional[0.00] deadline Optional[20"
          + "24-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thresholds "
          + "[warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 % of g"
          + "oal: due at 2024-11-25T16:06:00Z, warning PT45M business time before deadline:"
          + " due at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: d"
          + "ue at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcomes [R"
          + "UNNING] next Optional[2024-11-25T12:30:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-11-25T09:45",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT45M wall PT45M pa"
          + "used PT0S/PT0S remaining Optional[PT8H15M] used Optional[8.33] deadline Option"
          + "al[2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thresh"
          + "olds [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 %"
          + " of goal: due at 2024-11-25T16:06:00Z, warning PT45M business time before dead"
          + "line: due at 2024-11-25T16:15:00Z, escalation PT1H business time before deadli"
          + "ne: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcom"
          + "es [RUNNING] next Optional[2024-11-25T12:30:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-11-25T12:30",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT3H30M wall PT3H30"
          + "M paused PT0S/PT0S remaining Optional[PT5H30M] used Optional[38.89] deadline O"
          + "ptional[2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty t"
          + "hresholds [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at"
          + " 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45M business time before"
          + " deadline: due at 2024-11-25T16:15:00Z, escalation PT1H business time before d"
          + "eadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || o"
          + "utcomes [RUNNING] next Optional[2024-11-25T12:30:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-11-25T17:30",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT8H30M wall PT8H30"
          + "M paused PT0S/PT0S remaining Optional[PT30M] used Optional[94.44] deadline Opt"
          + "ional[2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thr"
          + "esholds [warning at 50 % of goal: reached at 2024-11-25T12:30:00Z, escalation "
          + "at 90 % of goal: reached at 2024-11-25T16:06:00Z, warning PT45M business time "
          + "before deadline: reached at 2024-11-25T16:15:00Z, escalation PT1H business tim"
          + "e before deadline: reached at 2024-11-25T16:00:00Z] next Optional[2024-11-25T1"
          + "7:00:00.000000001Z] || outcomes [RUNNING] next Optional[2024-11-25T17:00:00.00"
          + "0000001Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when p"
          + "riority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT23H15M wall PT23"
          + "H15M paused PT0S/PT0S remaining Optional[PT-14H-15M] used Optional[258.33] dea"
          + "dline Optional[2024-11-25T17:00:00Z] breached Optional[2024-11-25T17:00:00Z] s"
          + "topped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-"
          + "25T12:30:00Z, escalation at 90 % of goal: reached at 2024-11-25T16:06:00Z, war"
          + "ning PT45M business time before deadline: reached at 2024-11-25T16:15:00Z, esc"
          + "alation PT1H business time before deadline: reached at 2024-11-25T16:00:00Z] n"
          + "ext Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 open 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when p"
          + "riority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT195H wall PT195H"
          + " paused PT0S/PT0S remaining Optional[PT-186H] used Optional[2166.67] deadline "
          + "Optional[2024-11-25T17:00:00Z] breached Optional[2024-11-25T17:00:00Z] stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T12:"
          + "30:00Z, escalation at 90 % of goal: reached at 2024-11-25T16:06:00Z, warning P"
          + "T45M business time before deadline: reached at 2024-11-25T16:15:00Z, escalatio"
          + "n PT1H business time before deadline: reached at 2024-11-25T16:00:00Z] next Op"
          + "tional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT0S wall PT0S paus"
          + "ed PT0S/PT0S remaining Optional[PT9H] used Optional[0.00] deadline Optional[20"
          + "24-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thresholds "
          + "[warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 % of g"
          + "oal: due at 2024-11-25T16:06:00Z, warning PT45M business time before deadline:"
          + " due at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: d"
          + "ue at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcomes [R"
          + "UNNING] next Optional[2024-11-25T12:30:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-11-25T09:45",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT45M wall PT45M pa"
          + "used PT0S/PT0S remaining Optional[PT8H15M] used Optional[8.33] deadline Option"
          + "al[2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thresh"
          + "olds [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 %"
          + " of goal: due at 2024-11-25T16:06:00Z, warning PT45M business time before dead"
          + "line: due at 2024-11-25T16:15:00Z, escalation PT1H business time before deadli"
          + "ne: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcom"
          + "es [RUNNING] next Optional[2024-11-25T12:30:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-11-25T12:30",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when p"
          + "riority = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" "
          + "-> PT9H elapsed time => priority = \"P1\" -> PT2H business time (RETROACTIVE, PT"
          + "1H30M used, PT3H on the wall clock)] resets [] elapsed PT2H wall PT3H30M pause"
          + "d PT1H30M/PT1H30M remaining Optional[PT0S] used Optional[100.00] deadline Opti"
          + "onal[2024-11-25T11:30:00Z] breached Optional.empty stopped Optional.empty thre"
          + "sholds [warning at 50 % of goal: reached at 2024-11-25T09:00:00Z, escalation a"
          + "t 90 % of goal: reached at 2024-11-25T11:18:00Z, warning PT45M business time b"
          + "efore deadline: reached at 2024-11-25T10:45:00Z, escalation PT1H business time"
          + " before deadline: reached at 2024-11-25T09:00:00Z] next Optional[2024-11-25T11"
          + ":30:00.000000001Z] || outcomes [RUNNING] next Optional[2024-11-25T11:30:00.000"
          + "000001Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-11-25T17:30",
          "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
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
          + "09:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
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
          + "09:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p2 paused then p1 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
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
          + "09:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when p"
          + "riority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S pau"
          + "sed PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2"
          + "024-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds"
          + " [warning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of "
          + "goal: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline"
          + ": due at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: "
          + "due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes ["
          + "RUNNING] next Optional[2024-11-25T09:00:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-11-25T09:45",
          "1 PAUSED started Optional[2024-11-25T08:30:00Z] first Optional[2024-11-25T08:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed"
          + " PT0S wall PT15M paused PT15M/PT15M remaining Optional[PT2H] used Optional[0.0"
          + "0] deadline Optional.empty breached Optional.empty stopped Optional.empty thre"
          + "sholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at "
          + "-, warning PT45M business time before deadline: due at -, escalation PT1H busi"
          + "ness time before deadline: due at -] next Optional.empty || outcomes [PAUSED] "
          + "next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-11-25T12:30",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT"
          + "10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33"
          + "] deadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Opti"
          + "onal[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, esca"
          + "lation at 90 % of goal: due at -, warning PT45M business time before deadline:"
          + " due at -, escalation PT1H business time before deadline: due at -] next Optio"
          + "nal.empty || outcomes [MET] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-11-25T17:30",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT"
          + "10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33"
          + "] deadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Opti"
          + "onal[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, esca"
          + "lation at 90 % of goal: due at -, warning PT45M business time before deadline:"
          + " due at -, escalation PT1H business time before deadline: due at -] next Optio"
          + "nal.empty || outcomes [MET] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-11-26T08:15",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT"
          + "10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33"
          + "] deadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Opti"
          + "onal[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, esca"
          + "lation at 90 % of goal: due at -, warning PT45M business time before deadline:"
          + " due at -, escalation PT1H business time before deadline: due at -] next Optio"
          + "nal.empty || 2 RUNNING started Optional[2024-11-26T07:00:00Z] first Optional[2"
          + "024-11-26T07:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest m"
          + "atch, when priority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT15M "
          + "wall PT15M paused PT0S/PT0S remaining Optional[PT8H45M] used Optional[2.78] de"
          + "adline Optional[2024-11-26T16:00:00Z] breached Optional.empty stopped Optional"
          + ".empty thresholds [warning at 50 % of goal: due at 2024-11-26T11:30:00Z, escal"
          + "ation at 90 % of goal: due at 2024-11-26T15:06:00Z, warning PT45M business tim"
          + "e before deadline: due at 2024-11-26T15:15:00Z, escalation PT1H business time "
          + "before deadline: due at 2024-11-26T15:00:00Z] next Optional[2024-11-26T11:30:0"
          + "0Z] || outcomes [MET, RUNNING] next Optional[2024-11-26T11:30:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI p1 reset and cycles 2024-12-03T12:00",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT"
          + "10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33"
          + "] deadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Opti"
          + "onal[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, esca"
          + "lation at 90 % of goal: due at -, warning PT45M business time before deadline:"
          + " due at -, escalation PT1H business time before deadline: due at -] next Optio"
          + "nal.empty || 2 PAUSED started Optional[2024-11-26T07:00:00Z] first Optional[20"
          + "24-11-26T07:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest ma"
          + "tch, when priority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT30M w"
          + "all PT172H paused PT171H30M/PT171H30M remaining Optional[PT8H30M] used Optiona"
          + "l[5.56] deadline Optional.empty breached Optional.empty stopped Optional.empty"
          + " thresholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: du"
          + "e at -, warning PT45M business time before deadline: due at -, escalation PT1H"
          + " business time before deadline: due at -] next Optional.empty || outcomes [MET"
          + ", PAUSED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-11-25T09:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-11-25T09:45",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-11-25T12:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-11-25T17:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-11-26T08:15",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI never started 2024-12-03T12:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-11-25T09:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-11-25T09:45",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-11-25T12:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-11-25T17:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-11-26T08:15",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p3 friday evening 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-29T16:30:00Z] first Optional[2024-11-29T16"
          + ":30:00Z] goal Optional[same time +1 working days] (goal 3 of 5, shortest match"
          + ", when priority = \"P3\") Optional[PT10H] changes [] resets [] elapsed PT10H30M "
          + "wall PT73H paused PT0S/PT0S remaining Optional[PT-30M] used Optional[105.00] d"
          + "eadline Optional[2024-12-02T16:30:00Z] breached Optional[2024-12-02T16:30:00Z]"
          + " stopped Optional[2024-12-02T17:30:00Z] thresholds [warning at 50 % of goal: r"
          + "eached at 2024-12-02T11:30:00Z, escalation at 90 % of goal: reached at 2024-12"
          + "-02T15:30:00Z, warning PT45M business time before deadline: reached at 2024-12"
          + "-02T15:45:00Z, escalation PT1H business time before deadline: reached at 2024-"
          + "12-02T15:30:00Z] next Optional.empty || outcomes [BREACHED] next Optional.empt"
          + "y",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-11-25T09:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-11-25T09:45",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-11-25T12:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-11-25T17:30",
          "1 RUNNING started Optional[2024-11-25T15:00:00Z] first Optional[2024-11-25T15:"
          + "00:00Z] goal Optional[end of working day +1] (goal 4 of 5, shortest match, whe"
          + "n priority = \"P4\") Optional[PT12H] changes [2024-11-25T15:20:00Z: vip = \"yes\" "
          + "-> PT30M business time => priority = \"P4\" -> end of working day +1 (RETROACTIV"
          + "E, PT20M used, PT20M on the wall clock)] resets [] elapsed PT1H30M wall PT1H30"
          + "M paused PT0S/PT0S remaining Optional[PT10H30M] used Optional[12.50] deadline "
          + "Optional[2024-11-26T17:00:00Z] breached Optional.empty stopped Optional.empty "
          + "thresholds [warning at 50 % of goal: due at 2024-11-26T11:00:00Z, escalation a"
          + "t 90 % of goal: due at 2024-11-26T15:48:00Z, warning PT45M business time befor"
          + "e deadline: due at 2024-11-26T16:15:00Z, escalation PT1H business time before "
          + "deadline: due at 2024-11-26T16:00:00Z] next Optional[2024-11-26T11:00:00Z] || "
          + "outcomes [RUNNING] next Optional[2024-11-26T11:00:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-11-26T08:15",
          "1 RUNNING started Optional[2024-11-25T15:00:00Z] first Optional[2024-11-25T15:"
          + "00:00Z] goal Optional[end of working day +1] (goal 4 of 5, shortest match, whe"
          + "n priority = \"P4\") Optional[PT12H] changes [2024-11-25T15:20:00Z: vip = \"yes\" "
          + "-> PT30M business time => priority = \"P4\" -> end of working day +1 (RETROACTIV"
          + "E, PT20M used, PT20M on the wall clock)] resets [] elapsed PT2H15M wall PT16H1"
          + "5M paused PT0S/PT0S remaining Optional[PT9H45M] used Optional[18.75] deadline "
          + "Optional[2024-11-26T17:00:00Z] breached Optional.empty stopped Optional.empty "
          + "thresholds [warning at 50 % of goal: due at 2024-11-26T11:00:00Z, escalation a"
          + "t 90 % of goal: due at 2024-11-26T15:48:00Z, warning PT45M business time befor"
          + "e deadline: due at 2024-11-26T16:15:00Z, escalation PT1H business time before "
          + "deadline: due at 2024-11-26T16:00:00Z] next Optional[2024-11-26T11:00:00Z] || "
          + "outcomes [RUNNING] next Optional[2024-11-26T11:00:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI p4 vip 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T15:00:00Z] first Optional[2024-11-25T15"
          + ":00:00Z] goal Optional[end of working day +1] (goal 4 of 5, shortest match, wh"
          + "en priority = \"P4\") Optional[PT12H] changes [2024-11-25T15:20:00Z: vip = \"yes\""
          + " -> PT30M business time => priority = \"P4\" -> end of working day +1 (RETROACTI"
          + "VE, PT20M used, PT20M on the wall clock)] resets [] elapsed PT56H wall PT188H "
          + "paused PT0S/PT0S remaining Optional[PT-44H] used Optional[466.67] deadline Opt"
          + "ional[2024-11-26T17:00:00Z] breached Optional[2024-11-26T17:00:00Z] stopped Op"
          + "tional.empty thresholds [warning at 50 % of goal: reached at 2024-11-26T11:00:"
          + "00Z, escalation at 90 % of goal: reached at 2024-11-26T15:48:00Z, warning PT45"
          + "M business time before deadline: reached at 2024-11-26T16:15:00Z, escalation P"
          + "T1H business time before deadline: reached at 2024-11-26T16:00:00Z] next Optio"
          + "nal.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when p"
          + "riority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S pau"
          + "sed PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2"
          + "024-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds"
          + " [warning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of "
          + "goal: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline"
          + ": due at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: "
          + "due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes ["
          + "RUNNING] next Optional[2024-11-25T09:00:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-11-25T09:45",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-11-25T12:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-11-25T17:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-11-26T08:15",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI withdrawn 2024-12-03T12:00",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-11-25T09:00",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional.em"
          + "pty thresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empt"
          + "y",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-11-25T09:45",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT45M wall PT45M paused PT0S/PT0S remaining Optional.empty used Op"
          + "tional.empty deadline Optional.empty breached Optional.empty stopped Optional."
          + "empty thresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.em"
          + "pty",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-11-25T12:30",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-11-25T17:30",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-11-26T08:15",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI no goal 2024-12-03T12:00",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when p"
          + "riority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S pau"
          + "sed PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2"
          + "024-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds"
          + " [warning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of "
          + "goal: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline"
          + ": due at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: "
          + "due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes ["
          + "RUNNING] next Optional[2024-11-25T09:00:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-11-25T09:45",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [2024-11-"
          + "25T08:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RETROACTIVE, P"
          + "T30M used, PT30M on the wall clock)] resets [] elapsed PT45M wall PT45M paused"
          + " PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.empt"
          + "y breached Optional.empty stopped Optional.empty thresholds [] next Optional.e"
          + "mpty || outcomes [NO_GOAL] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-11-25T12:30",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" -"
          + "> PT2H business time => no goal (RETROACTIVE, PT30M used, PT30M on the wall cl"
          + "ock), 2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time (R"
          + "ETROACTIVE, PT1H30M used, PT1H30M on the wall clock)] resets [] elapsed PT3H30"
          + "M wall PT3H30M paused PT0S/PT0S remaining Optional[PT5H30M] used Optional[38.8"
          + "9] deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty stopped Opt"
          + "ional.empty thresholds [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, "
          + "escalation at 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45M busines"
          + "s time before deadline: due at 2024-11-25T16:15:00Z, escalation PT1H business "
          + "time before deadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12"
          + ":30:00Z] || outcomes [RUNNING] next Optional[2024-11-25T12:30:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-11-25T17:30",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" -"
          + "> PT2H business time => no goal (RETROACTIVE, PT30M used, PT30M on the wall cl"
          + "ock), 2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time (R"
          + "ETROACTIVE, PT1H30M used, PT1H30M on the wall clock)] resets [] elapsed PT8H30"
          + "M wall PT8H30M paused PT0S/PT0S remaining Optional[PT30M] used Optional[94.44]"
          + " deadline Optional[2024-11-25T17:00:00Z] breached Optional.empty stopped Optio"
          + "nal.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T12:30:00Z"
          + ", escalation at 90 % of goal: reached at 2024-11-25T16:06:00Z, warning PT45M b"
          + "usiness time before deadline: reached at 2024-11-25T16:15:00Z, escalation PT1H"
          + " business time before deadline: reached at 2024-11-25T16:00:00Z] next Optional"
          + "[2024-11-25T17:00:00.000000001Z] || outcomes [RUNNING] next Optional[2024-11-2"
          + "5T17:00:00.000000001Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when p"
          + "riority = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" "
          + "-> PT2H business time => no goal (RETROACTIVE, PT30M used, PT30M on the wall c"
          + "lock), 2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time ("
          + "RETROACTIVE, PT1H30M used, PT1H30M on the wall clock)] resets [] elapsed PT23H"
          + "15M wall PT23H15M paused PT0S/PT0S remaining Optional[PT-14H-15M] used Optiona"
          + "l[258.33] deadline Optional[2024-11-25T17:00:00Z] breached Optional[2024-11-25"
          + "T17:00:00Z] stopped Optional.empty thresholds [warning at 50 % of goal: reache"
          + "d at 2024-11-25T12:30:00Z, escalation at 90 % of goal: reached at 2024-11-25T1"
          + "6:06:00Z, warning PT45M business time before deadline: reached at 2024-11-25T1"
          + "6:15:00Z, escalation PT1H business time before deadline: reached at 2024-11-25"
          + "T16:00:00Z] next Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI goal lost 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when p"
          + "riority = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" "
          + "-> PT2H business time => no goal (RETROACTIVE, PT30M used, PT30M on the wall c"
          + "lock), 2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time ("
          + "RETROACTIVE, PT1H30M used, PT1H30M on the wall clock)] resets [] elapsed PT195"
          + "H wall PT195H paused PT0S/PT0S remaining Optional[PT-186H] used Optional[2166."
          + "67] deadline Optional[2024-11-25T17:00:00Z] breached Optional[2024-11-25T17:00"
          + ":00Z] stopped Optional.empty thresholds [warning at 50 % of goal: reached at 2"
          + "024-11-25T12:30:00Z, escalation at 90 % of goal: reached at 2024-11-25T16:06:0"
          + "0Z, warning PT45M business time before deadline: reached at 2024-11-25T16:15:0"
          + "0Z, escalation PT1H business time before deadline: reached at 2024-11-25T16:00"
          + ":00Z] next Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when p"
          + "riority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S pau"
          + "sed PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2"
          + "024-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds"
          + " [warning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of "
          + "goal: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline"
          + ": due at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: "
          + "due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes ["
          + "RUNNING] next Optional[2024-11-25T09:00:00Z]",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-11-25T09:45",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-11-25T12:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || 2 PAUSED started"
          + " Optional[2024-11-25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Opti"
          + "onal[PT2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") O"
          + "ptional[PT2H] changes [] resets [] elapsed PT1H30M wall PT1H30M paused PT0S/PT"
          + "0S remaining Optional[PT30M] used Optional[75.00] deadline Optional.empty brea"
          + "ched Optional.empty stopped Optional.empty thresholds [warning at 50 % of goal"
          + ": reached at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at -, warni"
          + "ng PT45M business time before deadline: reached at 2024-11-25T11:15:00Z, escal"
          + "ation PT1H business time before deadline: reached at 2024-11-25T11:00:00Z] nex"
          + "t Optional.empty || outcomes [CANCELLED, PAUSED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-11-25T17:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || 2 PAUSED started"
          + " Optional[2024-11-25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Opti"
          + "onal[PT2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") O"
          + "ptional[PT2H] changes [] resets [] elapsed PT1H30M wall PT6H30M paused PT5H/PT"
          + "5H remaining Optional[PT30M] used Optional[75.00] deadline Optional.empty brea"
          + "ched Optional.empty stopped Optional.empty thresholds [warning at 50 % of goal"
          + ": reached at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at -, warni"
          + "ng PT45M business time before deadline: reached at 2024-11-25T11:15:00Z, escal"
          + "ation PT1H business time before deadline: reached at 2024-11-25T11:00:00Z] nex"
          + "t Optional.empty || outcomes [CANCELLED, PAUSED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-11-26T08:15",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || 2 PAUSED started"
          + " Optional[2024-11-25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Opti"
          + "onal[PT2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") O"
          + "ptional[PT2H] changes [] resets [] elapsed PT1H30M wall PT21H15M paused PT5H45"
          + "M/PT19H45M remaining Optional[PT30M] used Optional[75.00] deadline Optional.em"
          + "pty breached Optional.empty stopped Optional.empty thresholds [warning at 50 %"
          + " of goal: reached at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at "
          + "-, warning PT45M business time before deadline: reached at 2024-11-25T11:15:00"
          + "Z, escalation PT1H business time before deadline: reached at 2024-11-25T11:00:"
          + "00Z] next Optional.empty || outcomes [CANCELLED, PAUSED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI cancelled then reopened 2024-12-03T12:00",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || 2 PAUSED started"
          + " Optional[2024-11-25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Opti"
          + "onal[PT2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") O"
          + "ptional[PT2H] changes [] resets [] elapsed PT1H30M wall PT193H paused PT59H30M"
          + "/PT191H30M remaining Optional[PT30M] used Optional[75.00] deadline Optional.em"
          + "pty breached Optional.empty stopped Optional.empty thresholds [warning at 50 %"
          + " of goal: reached at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at "
          + "-, warning PT45M business time before deadline: reached at 2024-11-25T11:15:00"
          + "Z, escalation PT1H business time before deadline: reached at 2024-11-25T11:00:"
          + "00Z] next Optional.empty || outcomes [CANCELLED, PAUSED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-11-25T09:00",
          "1 PAUSED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT2H paus"
          + "ed PT1H/PT2H remaining Optional[PT2H] used Optional[0.00] deadline Optional.em"
          + "pty breached Optional.empty stopped Optional.empty thresholds [warning at 50 %"
          + " of goal: due at -, escalation at 90 % of goal: due at -, warning PT45M busine"
          + "ss time before deadline: due at -, escalation PT1H business time before deadli"
          + "ne: due at -] next Optional.empty || outcomes [PAUSED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-11-25T09:45",
          "1 PAUSED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT2H45M p"
          + "aused PT1H45M/PT2H45M remaining Optional[PT2H] used Optional[0.00] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional.empty thresholds [warnin"
          + "g at 50 % of goal: due at -, escalation at 90 % of goal: due at -, warning PT4"
          + "5M business time before deadline: due at -, escalation PT1H business time befo"
          + "re deadline: due at -] next Optional.empty || outcomes [PAUSED] next Optional."
          + "empty",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-11-25T12:30",
          "1 PAUSED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT5H30M p"
          + "aused PT4H30M/PT5H30M remaining Optional[PT2H] used Optional[0.00] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional.empty thresholds [warnin"
          + "g at 50 % of goal: due at -, escalation at 90 % of goal: due at -, warning PT4"
          + "5M business time before deadline: due at -, escalation PT1H business time befo"
          + "re deadline: due at -] next Optional.empty || outcomes [PAUSED] next Optional."
          + "empty",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-11-25T17:30",
          "1 BREACHED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT4H30M wall PT10"
          + "H30M paused PT5H/PT6H remaining Optional[PT-2H-30M] used Optional[225.00] dead"
          + "line Optional[2024-11-25T14:00:00Z] breached Optional[2024-11-25T14:00:00Z] st"
          + "opped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-2"
          + "5T13:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T13:48:00Z, warn"
          + "ing PT45M business time before deadline: reached at 2024-11-25T13:15:00Z, esca"
          + "lation PT1H business time before deadline: reached at 2024-11-25T13:00:00Z] ne"
          + "xt Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT5H15M wall PT25"
          + "H15M paused PT5H/PT6H remaining Optional[PT-3H-15M] used Optional[262.50] dead"
          + "line Optional[2024-11-25T14:00:00Z] breached Optional[2024-11-25T14:00:00Z] st"
          + "opped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-2"
          + "5T13:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T13:48:00Z, warn"
          + "ing PT45M business time before deadline: reached at 2024-11-25T13:15:00Z, esca"
          + "lation PT1H business time before deadline: reached at 2024-11-25T13:00:00Z] ne"
          + "xt Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RETROACTIVE MULTI paused at start 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT59H wall PT197H"
          + " paused PT5H/PT6H remaining Optional[PT-57H] used Optional[2950.00] deadline O"
          + "ptional[2024-11-25T14:00:00Z] breached Optional[2024-11-25T14:00:00Z] stopped "
          + "Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T13:0"
          + "0:00Z, escalation at 90 % of goal: reached at 2024-11-25T13:48:00Z, warning PT"
          + "45M business time before deadline: reached at 2024-11-25T13:15:00Z, escalation"
          + " PT1H business time before deadline: reached at 2024-11-25T13:00:00Z] next Opt"
          + "ional.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prior"
          + "ity = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT0S wall PT0S paused "
          + "PT0S/PT0S remaining Optional[PT9H] used Optional[0.00] deadline Optional[2024-"
          + "11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thresholds [wa"
          + "rning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 % of goal"
          + ": due at 2024-11-25T16:06:00Z, warning PT45M business time before deadline: du"
          + "e at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: due "
          + "at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcomes [RUNN"
          + "ING] next Optional[2024-11-25T12:30:00Z]",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-11-25T09:45",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prior"
          + "ity = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT45M wall PT45M pause"
          + "d PT0S/PT0S remaining Optional[PT8H15M] used Optional[8.33] deadline Optional["
          + "2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty threshold"
          + "s [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 % of"
          + " goal: due at 2024-11-25T16:06:00Z, warning PT45M business time before deadlin"
          + "e: due at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline:"
          + " due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcomes "
          + "[RUNNING] next Optional[2024-11-25T12:30:00Z]",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-11-25T12:30",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prior"
          + "ity = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT3H30M wall PT3H30M p"
          + "aused PT0S/PT0S remaining Optional[PT5H30M] used Optional[38.89] deadline Opti"
          + "onal[2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thre"
          + "sholds [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90"
          + " % of goal: due at 2024-11-25T16:06:00Z, warning PT45M business time before de"
          + "adline: due at 2024-11-25T16:15:00Z, escalation PT1H business time before dead"
          + "line: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outc"
          + "omes [RUNNING] next Optional[2024-11-25T12:30:00Z]",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-11-25T17:30",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prior"
          + "ity = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT8H30M wall PT8H30M p"
          + "aused PT0S/PT0S remaining Optional[PT30M] used Optional[94.44] deadline Option"
          + "al[2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thresh"
          + "olds [warning at 50 % of goal: reached at 2024-11-25T12:30:00Z, escalation at "
          + "90 % of goal: reached at 2024-11-25T16:06:00Z, warning PT45M business time bef"
          + "ore deadline: reached at 2024-11-25T16:15:00Z, escalation PT1H business time b"
          + "efore deadline: reached at 2024-11-25T16:00:00Z] next Optional[2024-11-25T17:0"
          + "0:00.000000001Z] || outcomes [RUNNING] next Optional[2024-11-25T17:00:00.00000"
          + "0001Z]",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prio"
          + "rity = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT23H15M wall PT23H15"
          + "M paused PT0S/PT0S remaining Optional[PT-14H-15M] used Optional[258.33] deadli"
          + "ne Optional[2024-11-25T17:00:00Z] breached Optional[2024-11-25T17:00:00Z] stop"
          + "ped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T"
          + "12:30:00Z, escalation at 90 % of goal: reached at 2024-11-25T16:06:00Z, warnin"
          + "g PT45M business time before deadline: reached at 2024-11-25T16:15:00Z, escala"
          + "tion PT1H business time before deadline: reached at 2024-11-25T16:00:00Z] next"
          + " Optional.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p2 open 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prio"
          + "rity = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT195H wall PT195H pa"
          + "used PT0S/PT0S remaining Optional[PT-186H] used Optional[2166.67] deadline Opt"
          + "ional[2024-11-25T17:00:00Z] breached Optional[2024-11-25T17:00:00Z] stopped Op"
          + "tional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T12:30:"
          + "00Z, escalation at 90 % of goal: reached at 2024-11-25T16:06:00Z, warning PT45"
          + "M business time before deadline: reached at 2024-11-25T16:15:00Z, escalation P"
          + "T1H business time before deadline: reached at 2024-11-25T16:00:00Z] next Optio"
          + "nal.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prior"
          + "ity = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT0S wall PT0S paused "
          + "PT0S/PT0S remaining Optional[PT9H] used Optional[0.00] deadline Optional[2024-"
          + "11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thresholds [wa"
          + "rning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 % of goal"
          + ": due at 2024-11-25T16:06:00Z, warning PT45M business time before deadline: du"
          + "e at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: due "
          + "at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcomes [RUNN"
          + "ING] next Optional[2024-11-25T12:30:00Z]",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-11-25T09:45",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prior"
          + "ity = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT45M wall PT45M pause"
          + "d PT0S/PT0S remaining Optional[PT8H15M] used Optional[8.33] deadline Optional["
          + "2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty threshold"
          + "s [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 % of"
          + " goal: due at 2024-11-25T16:06:00Z, warning PT45M business time before deadlin"
          + "e: due at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline:"
          + " due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcomes "
          + "[RUNNING] next Optional[2024-11-25T12:30:00Z]",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-11-25T12:30",
          "1 RUNNING started Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when prio"
          + "rity = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" -> "
          + "PT9H elapsed time => priority = \"P1\" -> PT2H business time (RESTART, PT1H30M u"
          + "sed, PT3H on the wall clock)] resets [] elapsed PT30M wall PT30M paused PT0S/P"
          + "T0S remaining Optional[PT1H30M] used Optional[25.00] deadline Optional[2024-11"
          + "-25T13:00:00Z] breached Optional.empty stopped Optional.empty thresholds [warn"
          + "ing at 50 % of goal: due at 2024-11-25T12:00:00Z, escalation at 90 % of goal: "
          + "due at 2024-11-25T12:48:00Z, warning PT45M business time before deadline: due "
          + "at 2024-11-25T12:15:00Z, escalation PT1H business time before deadline: due at"
          + " 2024-11-25T12:00:00Z] next Optional[2024-11-25T12:00:00Z] || outcomes [RUNNIN"
          + "G] next Optional[2024-11-25T12:00:00Z]",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-11-25T17:30",
          "1 BREACHED started Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pri"
          + "ority = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" ->"
          + " PT9H elapsed time => priority = \"P1\" -> PT2H business time (RESTART, PT1H30M "
          + "used, PT3H on the wall clock)] resets [] elapsed PT5H wall PT5H paused PT0S/PT"
          + "0S remaining Optional[PT-3H] used Optional[250.00] deadline Optional[2024-11-2"
          + "5T13:00:00Z] breached Optional[2024-11-25T13:00:00Z] stopped Optional[2024-11-"
          + "25T16:00:00Z] thresholds [warning at 50 % of goal: reached at 2024-11-25T12:00"
          + ":00Z, escalation at 90 % of goal: reached at 2024-11-25T12:48:00Z, warning PT4"
          + "5M business time before deadline: reached at 2024-11-25T12:15:00Z, escalation "
          + "PT1H business time before deadline: reached at 2024-11-25T12:00:00Z] next Opti"
          + "onal.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pri"
          + "ority = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" ->"
          + " PT9H elapsed time => priority = \"P1\" -> PT2H business time (RESTART, PT1H30M "
          + "used, PT3H on the wall clock)] resets [] elapsed PT5H wall PT5H paused PT0S/PT"
          + "0S remaining Optional[PT-3H] used Optional[250.00] deadline Optional[2024-11-2"
          + "5T13:00:00Z] breached Optional[2024-11-25T13:00:00Z] stopped Optional[2024-11-"
          + "25T16:00:00Z] thresholds [warning at 50 % of goal: reached at 2024-11-25T12:00"
          + ":00Z, escalation at 90 % of goal: reached at 2024-11-25T12:48:00Z, warning PT4"
          + "5M business time before deadline: reached at 2024-11-25T12:15:00Z, escalation "
          + "PT1H business time before deadline: reached at 2024-11-25T12:00:00Z] next Opti"
          + "onal.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p2 paused then p1 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pri"
          + "ority = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" ->"
          + " PT9H elapsed time => priority = \"P1\" -> PT2H business time (RESTART, PT1H30M "
          + "used, PT3H on the wall clock)] resets [] elapsed PT5H wall PT5H paused PT0S/PT"
          + "0S remaining Optional[PT-3H] used Optional[250.00] deadline Optional[2024-11-2"
          + "5T13:00:00Z] breached Optional[2024-11-25T13:00:00Z] stopped Optional[2024-11-"
          + "25T16:00:00Z] thresholds [warning at 50 % of goal: reached at 2024-11-25T12:00"
          + ":00Z, escalation at 90 % of goal: reached at 2024-11-25T12:48:00Z, warning PT4"
          + "5M business time before deadline: reached at 2024-11-25T12:15:00Z, escalation "
          + "PT1H business time before deadline: reached at 2024-11-25T12:00:00Z] next Opti"
          + "onal.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when prio"
          + "rity = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S paused"
          + " PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2024"
          + "-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds [w"
          + "arning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of goa"
          + "l: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline: d"
          + "ue at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: due"
          + " at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes [RUN"
          + "NING] next Optional[2024-11-25T09:00:00Z]",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-11-25T09:45",
          "1 PAUSED started Optional[2024-11-25T08:30:00Z] first Optional[2024-11-25T08:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT"
          + "0S wall PT15M paused PT15M/PT15M remaining Optional[PT2H] used Optional[0.00] "
          + "deadline Optional.empty breached Optional.empty stopped Optional.empty thresho"
          + "lds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -, "
          + "warning PT45M business time before deadline: due at -, escalation PT1H busines"
          + "s time before deadline: due at -] next Optional.empty || outcomes [PAUSED] nex"
          + "t Optional.empty",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-11-25T12:30",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when priority"
          + " = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT10M"
          + " wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33] d"
          + "eadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Optiona"
          + "l[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, escalat"
          + "ion at 90 % of goal: due at -, warning PT45M business time before deadline: du"
          + "e at -, escalation PT1H business time before deadline: due at -] next Optional"
          + ".empty || outcomes [MET] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-11-25T17:30",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when priority"
          + " = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT10M"
          + " wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33] d"
          + "eadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Optiona"
          + "l[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, escalat"
          + "ion at 90 % of goal: due at -, warning PT45M business time before deadline: du"
          + "e at -, escalation PT1H business time before deadline: due at -] next Optional"
          + ".empty || outcomes [MET] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-11-26T08:15",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when priority"
          + " = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT10M"
          + " wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33] d"
          + "eadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Optiona"
          + "l[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, escalat"
          + "ion at 90 % of goal: due at -, warning PT45M business time before deadline: du"
          + "e at -, escalation PT1H business time before deadline: due at -] next Optional"
          + ".empty || outcomes [MET] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p1 reset and cycles 2024-12-03T12:00",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when priority"
          + " = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT10M"
          + " wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33] d"
          + "eadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Optiona"
          + "l[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, escalat"
          + "ion at 90 % of goal: due at -, warning PT45M business time before deadline: du"
          + "e at -, escalation PT1H business time before deadline: due at -] next Optional"
          + ".empty || outcomes [MET] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE never started 2024-11-25T09:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE never started 2024-11-25T09:45",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE never started 2024-11-25T12:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE never started 2024-11-25T17:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE never started 2024-11-26T08:15",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE never started 2024-12-03T12:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-11-25T09:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-11-25T09:45",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-11-25T12:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-11-25T17:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-11-26T08:15",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p3 friday evening 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-29T16:30:00Z] first Optional[2024-11-29T16"
          + ":30:00Z] goal Optional[same time +1 working days] (goal 3 of 5, first match, w"
          + "hen priority = \"P3\") Optional[PT10H] changes [] resets [] elapsed PT10H30M wal"
          + "l PT73H paused PT0S/PT0S remaining Optional[PT-30M] used Optional[105.00] dead"
          + "line Optional[2024-12-02T16:30:00Z] breached Optional[2024-12-02T16:30:00Z] st"
          + "opped Optional[2024-12-02T17:30:00Z] thresholds [warning at 50 % of goal: reac"
          + "hed at 2024-12-02T11:30:00Z, escalation at 90 % of goal: reached at 2024-12-02"
          + "T15:30:00Z, warning PT45M business time before deadline: reached at 2024-12-02"
          + "T15:45:00Z, escalation PT1H business time before deadline: reached at 2024-12-"
          + "02T15:30:00Z] next Optional.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-11-25T09:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-11-25T09:45",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-11-25T12:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-11-25T17:30",
          "1 RUNNING started Optional[2024-11-25T15:00:00Z] first Optional[2024-11-25T15:"
          + "00:00Z] goal Optional[end of working day +1] (goal 4 of 5, first match, when p"
          + "riority = \"P4\") Optional[PT12H] changes [] resets [] elapsed PT1H30M wall PT1H"
          + "30M paused PT0S/PT0S remaining Optional[PT10H30M] used Optional[12.50] deadlin"
          + "e Optional[2024-11-26T17:00:00Z] breached Optional.empty stopped Optional.empt"
          + "y thresholds [warning at 50 % of goal: due at 2024-11-26T11:00:00Z, escalation"
          + " at 90 % of goal: due at 2024-11-26T15:48:00Z, warning PT45M business time bef"
          + "ore deadline: due at 2024-11-26T16:15:00Z, escalation PT1H business time befor"
          + "e deadline: due at 2024-11-26T16:00:00Z] next Optional[2024-11-26T11:00:00Z] |"
          + "| outcomes [RUNNING] next Optional[2024-11-26T11:00:00Z]",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-11-26T08:15",
          "1 RUNNING started Optional[2024-11-25T15:00:00Z] first Optional[2024-11-25T15:"
          + "00:00Z] goal Optional[end of working day +1] (goal 4 of 5, first match, when p"
          + "riority = \"P4\") Optional[PT12H] changes [] resets [] elapsed PT2H15M wall PT16"
          + "H15M paused PT0S/PT0S remaining Optional[PT9H45M] used Optional[18.75] deadlin"
          + "e Optional[2024-11-26T17:00:00Z] breached Optional.empty stopped Optional.empt"
          + "y thresholds [warning at 50 % of goal: due at 2024-11-26T11:00:00Z, escalation"
          + " at 90 % of goal: due at 2024-11-26T15:48:00Z, warning PT45M business time bef"
          + "ore deadline: due at 2024-11-26T16:15:00Z, escalation PT1H business time befor"
          + "e deadline: due at 2024-11-26T16:00:00Z] next Optional[2024-11-26T11:00:00Z] |"
          + "| outcomes [RUNNING] next Optional[2024-11-26T11:00:00Z]",
      "FIRST_MATCH RESTART SINGLE p4 vip 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T15:00:00Z] first Optional[2024-11-25T15"
          + ":00:00Z] goal Optional[end of working day +1] (goal 4 of 5, first match, when "
          + "priority = \"P4\") Optional[PT12H] changes [] resets [] elapsed PT56H wall PT188"
          + "H paused PT0S/PT0S remaining Optional[PT-44H] used Optional[466.67] deadline O"
          + "ptional[2024-11-26T17:00:00Z] breached Optional[2024-11-26T17:00:00Z] stopped "
          + "Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-26T11:0"
          + "0:00Z, escalation at 90 % of goal: reached at 2024-11-26T15:48:00Z, warning PT"
          + "45M business time before deadline: reached at 2024-11-26T16:15:00Z, escalation"
          + " PT1H business time before deadline: reached at 2024-11-26T16:00:00Z] next Opt"
          + "ional.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when prio"
          + "rity = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S paused"
          + " PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2024"
          + "-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds [w"
          + "arning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of goa"
          + "l: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline: d"
          + "ue at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: due"
          + " at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes [RUN"
          + "NING] next Optional[2024-11-25T09:00:00Z]",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-11-25T09:45",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M pa"
          + "used PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-11-25T12:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M pa"
          + "used PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-11-25T17:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M pa"
          + "used PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-11-26T08:15",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M pa"
          + "used PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE withdrawn 2024-12-03T12:00",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M pa"
          + "used PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE no goal 2024-11-25T09:00",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional.em"
          + "pty thresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empt"
          + "y",
      "FIRST_MATCH RESTART SINGLE no goal 2024-11-25T09:45",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT45M wall PT45M paused PT0S/PT0S remaining Optional.empty used Op"
          + "tional.empty deadline Optional.empty breached Optional.empty stopped Optional."
          + "empty thresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.em"
          + "pty",
      "FIRST_MATCH RESTART SINGLE no goal 2024-11-25T12:30",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "FIRST_MATCH RESTART SINGLE no goal 2024-11-25T17:30",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "FIRST_MATCH RESTART SINGLE no goal 2024-11-26T08:15",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "FIRST_MATCH RESTART SINGLE no goal 2024-12-03T12:00",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when prio"
          + "rity = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S paused"
          + " PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2024"
          + "-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds [w"
          + "arning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of goa"
          + "l: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline: d"
          + "ue at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: due"
          + " at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes [RUN"
          + "NING] next Optional[2024-11-25T09:00:00Z]",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-11-25T09:45",
          "1 NO_GOAL started Optional[2024-11-25T08:30:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [2024-11-"
          + "25T08:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RESTART, PT30M"
          + " used, PT30M on the wall clock)] resets [] elapsed PT15M wall PT15M paused PT0"
          + "S/PT0S remaining Optional.empty used Optional.empty deadline Optional.empty br"
          + "eached Optional.empty stopped Optional.empty thresholds [] next Optional.empty"
          + " || outcomes [NO_GOAL] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-11-25T12:30",
          "1 RUNNING started Optional[2024-11-25T09:30:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prior"
          + "ity = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" -> P"
          + "T2H business time => no goal (RESTART, PT30M used, PT30M on the wall clock), 2"
          + "024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time (RESTART,"
          + " PT1H used, PT1H on the wall clock)] resets [] elapsed PT2H wall PT2H paused P"
          + "T0S/PT0S remaining Optional[PT7H] used Optional[22.22] deadline Optional[2024-"
          + "11-25T18:30:00Z] breached Optional.empty stopped Optional.empty thresholds [wa"
          + "rning at 50 % of goal: due at 2024-11-25T14:00:00Z, escalation at 90 % of goal"
          + ": due at 2024-11-25T17:36:00Z, warning PT45M business time before deadline: du"
          + "e at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: due "
          + "at 2024-11-25T16:00:00Z] next Optional[2024-11-25T14:00:00Z] || outcomes [RUNN"
          + "ING] next Optional[2024-11-25T14:00:00Z]",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-11-25T17:30",
          "1 RUNNING started Optional[2024-11-25T09:30:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prior"
          + "ity = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" -> P"
          + "T2H business time => no goal (RESTART, PT30M used, PT30M on the wall clock), 2"
          + "024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time (RESTART,"
          + " PT1H used, PT1H on the wall clock)] resets [] elapsed PT7H wall PT7H paused P"
          + "T0S/PT0S remaining Optional[PT2H] used Optional[77.78] deadline Optional[2024-"
          + "11-25T18:30:00Z] breached Optional.empty stopped Optional.empty thresholds [wa"
          + "rning at 50 % of goal: reached at 2024-11-25T14:00:00Z, escalation at 90 % of "
          + "goal: due at 2024-11-25T17:36:00Z, warning PT45M business time before deadline"
          + ": reached at 2024-11-25T16:15:00Z, escalation PT1H business time before deadli"
          + "ne: reached at 2024-11-25T16:00:00Z] next Optional[2024-11-25T17:36:00Z] || ou"
          + "tcomes [RUNNING] next Optional[2024-11-25T17:36:00Z]",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T09:30:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prio"
          + "rity = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" -> "
          + "PT2H business time => no goal (RESTART, PT30M used, PT30M on the wall clock), "
          + "2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time (RESTART"
          + ", PT1H used, PT1H on the wall clock)] resets [] elapsed PT21H45M wall PT21H45M"
          + " paused PT0S/PT0S remaining Optional[PT-12H-45M] used Optional[241.67] deadlin"
          + "e Optional[2024-11-25T18:30:00Z] breached Optional[2024-11-25T18:30:00Z] stopp"
          + "ed Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T1"
          + "4:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T17:36:00Z, warning"
          + " PT45M business time before deadline: reached at 2024-11-25T16:15:00Z, escalat"
          + "ion PT1H business time before deadline: reached at 2024-11-25T16:00:00Z] next "
          + "Optional.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE goal lost 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T09:30:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, first match, when prio"
          + "rity = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" -> "
          + "PT2H business time => no goal (RESTART, PT30M used, PT30M on the wall clock), "
          + "2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time (RESTART"
          + ", PT1H used, PT1H on the wall clock)] resets [] elapsed PT193H30M wall PT193H3"
          + "0M paused PT0S/PT0S remaining Optional[PT-184H-30M] used Optional[2150.00] dea"
          + "dline Optional[2024-11-25T18:30:00Z] breached Optional[2024-11-25T18:30:00Z] s"
          + "topped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-"
          + "25T14:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T17:36:00Z, war"
          + "ning PT45M business time before deadline: reached at 2024-11-25T16:15:00Z, esc"
          + "alation PT1H business time before deadline: reached at 2024-11-25T16:00:00Z] n"
          + "ext Optional.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when prio"
          + "rity = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S paused"
          + " PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2024"
          + "-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds [w"
          + "arning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of goa"
          + "l: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline: d"
          + "ue at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: due"
          + " at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes [RUN"
          + "NING] next Optional[2024-11-25T09:00:00Z]",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-11-25T09:45",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M pa"
          + "used PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-11-25T12:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M pa"
          + "used PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-11-25T17:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M pa"
          + "used PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-11-26T08:15",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M pa"
          + "used PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE cancelled then reopened 2024-12-03T12:00",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M pa"
          + "used PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] thres"
          + "holds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at -"
          + ", warning PT45M business time before deadline: due at -, escalation PT1H busin"
          + "ess time before deadline: due at -] next Optional.empty || outcomes [CANCELLED"
          + "] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-11-25T09:00",
          "1 PAUSED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT2H paused "
          + "PT1H/PT2H remaining Optional[PT2H] used Optional[0.00] deadline Optional.empty"
          + " breached Optional.empty stopped Optional.empty thresholds [warning at 50 % of"
          + " goal: due at -, escalation at 90 % of goal: due at -, warning PT45M business "
          + "time before deadline: due at -, escalation PT1H business time before deadline:"
          + " due at -] next Optional.empty || outcomes [PAUSED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-11-25T09:45",
          "1 PAUSED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT2H45M paus"
          + "ed PT1H45M/PT2H45M remaining Optional[PT2H] used Optional[0.00] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional.empty thresholds [warning a"
          + "t 50 % of goal: due at -, escalation at 90 % of goal: due at -, warning PT45M "
          + "business time before deadline: due at -, escalation PT1H business time before "
          + "deadline: due at -] next Optional.empty || outcomes [PAUSED] next Optional.emp"
          + "ty",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-11-25T12:30",
          "1 PAUSED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT5H30M paus"
          + "ed PT4H30M/PT5H30M remaining Optional[PT2H] used Optional[0.00] deadline Optio"
          + "nal.empty breached Optional.empty stopped Optional.empty thresholds [warning a"
          + "t 50 % of goal: due at -, escalation at 90 % of goal: due at -, warning PT45M "
          + "business time before deadline: due at -, escalation PT1H business time before "
          + "deadline: due at -] next Optional.empty || outcomes [PAUSED] next Optional.emp"
          + "ty",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-11-25T17:30",
          "1 BREACHED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pri"
          + "ority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT4H30M wall PT10H30"
          + "M paused PT5H/PT6H remaining Optional[PT-2H-30M] used Optional[225.00] deadlin"
          + "e Optional[2024-11-25T14:00:00Z] breached Optional[2024-11-25T14:00:00Z] stopp"
          + "ed Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T1"
          + "3:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T13:48:00Z, warning"
          + " PT45M business time before deadline: reached at 2024-11-25T13:15:00Z, escalat"
          + "ion PT1H business time before deadline: reached at 2024-11-25T13:00:00Z] next "
          + "Optional.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pri"
          + "ority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT5H15M wall PT25H15"
          + "M paused PT5H/PT6H remaining Optional[PT-3H-15M] used Optional[262.50] deadlin"
          + "e Optional[2024-11-25T14:00:00Z] breached Optional[2024-11-25T14:00:00Z] stopp"
          + "ed Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T1"
          + "3:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T13:48:00Z, warning"
          + " PT45M business time before deadline: reached at 2024-11-25T13:15:00Z, escalat"
          + "ion PT1H business time before deadline: reached at 2024-11-25T13:00:00Z] next "
          + "Optional.empty || outcomes [BREACHED] next Optional.empty",
      "FIRST_MATCH RESTART SINGLE paused at start 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, first match, when pri"
          + "ority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT59H wall PT197H pa"
          + "used PT5H/PT6H remaining Optional[PT-57H] used Optional[2950.00] deadline Opti"
          + "onal[2024-11-25T14:00:00Z] breached Optional[2024-11-25T14:00:00Z] stopped Opt"
          + "ional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T13:00:0"
          + "0Z, escalation at 90 % of goal: reached at 2024-11-25T13:48:00Z, warning PT45M"
          + " business time before deadline: reached at 2024-11-25T13:15:00Z, escalation PT"
          + "1H business time before deadline: reached at 2024-11-25T13:00:00Z] next Option"
          + "al.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT0S wall PT0S paus"
          + "ed PT0S/PT0S remaining Optional[PT9H] used Optional[0.00] deadline Optional[20"
          + "24-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thresholds "
          + "[warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 % of g"
          + "oal: due at 2024-11-25T16:06:00Z, warning PT45M business time before deadline:"
          + " due at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: d"
          + "ue at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcomes [R"
          + "UNNING] next Optional[2024-11-25T12:30:00Z]",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-11-25T09:45",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT45M wall PT45M pa"
          + "used PT0S/PT0S remaining Optional[PT8H15M] used Optional[8.33] deadline Option"
          + "al[2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thresh"
          + "olds [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 %"
          + " of goal: due at 2024-11-25T16:06:00Z, warning PT45M business time before dead"
          + "line: due at 2024-11-25T16:15:00Z, escalation PT1H business time before deadli"
          + "ne: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcom"
          + "es [RUNNING] next Optional[2024-11-25T12:30:00Z]",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-11-25T12:30",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT3H30M wall PT3H30"
          + "M paused PT0S/PT0S remaining Optional[PT5H30M] used Optional[38.89] deadline O"
          + "ptional[2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty t"
          + "hresholds [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at"
          + " 90 % of goal: due at 2024-11-25T16:06:00Z, warning PT45M business time before"
          + " deadline: due at 2024-11-25T16:15:00Z, escalation PT1H business time before d"
          + "eadline: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || o"
          + "utcomes [RUNNING] next Optional[2024-11-25T12:30:00Z]",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-11-25T17:30",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT8H30M wall PT8H30"
          + "M paused PT0S/PT0S remaining Optional[PT30M] used Optional[94.44] deadline Opt"
          + "ional[2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thr"
          + "esholds [warning at 50 % of goal: reached at 2024-11-25T12:30:00Z, escalation "
          + "at 90 % of goal: reached at 2024-11-25T16:06:00Z, warning PT45M business time "
          + "before deadline: reached at 2024-11-25T16:15:00Z, escalation PT1H business tim"
          + "e before deadline: reached at 2024-11-25T16:00:00Z] next Optional[2024-11-25T1"
          + "7:00:00.000000001Z] || outcomes [RUNNING] next Optional[2024-11-25T17:00:00.00"
          + "0000001Z]",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when p"
          + "riority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT23H15M wall PT23"
          + "H15M paused PT0S/PT0S remaining Optional[PT-14H-15M] used Optional[258.33] dea"
          + "dline Optional[2024-11-25T17:00:00Z] breached Optional[2024-11-25T17:00:00Z] s"
          + "topped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-"
          + "25T12:30:00Z, escalation at 90 % of goal: reached at 2024-11-25T16:06:00Z, war"
          + "ning PT45M business time before deadline: reached at 2024-11-25T16:15:00Z, esc"
          + "alation PT1H business time before deadline: reached at 2024-11-25T16:00:00Z] n"
          + "ext Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p2 open 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when p"
          + "riority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT195H wall PT195H"
          + " paused PT0S/PT0S remaining Optional[PT-186H] used Optional[2166.67] deadline "
          + "Optional[2024-11-25T17:00:00Z] breached Optional[2024-11-25T17:00:00Z] stopped"
          + " Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T12:"
          + "30:00Z, escalation at 90 % of goal: reached at 2024-11-25T16:06:00Z, warning P"
          + "T45M business time before deadline: reached at 2024-11-25T16:15:00Z, escalatio"
          + "n PT1H business time before deadline: reached at 2024-11-25T16:00:00Z] next Op"
          + "tional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT0S wall PT0S paus"
          + "ed PT0S/PT0S remaining Optional[PT9H] used Optional[0.00] deadline Optional[20"
          + "24-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thresholds "
          + "[warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 % of g"
          + "oal: due at 2024-11-25T16:06:00Z, warning PT45M business time before deadline:"
          + " due at 2024-11-25T16:15:00Z, escalation PT1H business time before deadline: d"
          + "ue at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcomes [R"
          + "UNNING] next Optional[2024-11-25T12:30:00Z]",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-11-25T09:45",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT45M wall PT45M pa"
          + "used PT0S/PT0S remaining Optional[PT8H15M] used Optional[8.33] deadline Option"
          + "al[2024-11-25T17:00:00Z] breached Optional.empty stopped Optional.empty thresh"
          + "olds [warning at 50 % of goal: due at 2024-11-25T12:30:00Z, escalation at 90 %"
          + " of goal: due at 2024-11-25T16:06:00Z, warning PT45M business time before dead"
          + "line: due at 2024-11-25T16:15:00Z, escalation PT1H business time before deadli"
          + "ne: due at 2024-11-25T16:00:00Z] next Optional[2024-11-25T12:30:00Z] || outcom"
          + "es [RUNNING] next Optional[2024-11-25T12:30:00Z]",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-11-25T12:30",
          "1 RUNNING started Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when p"
          + "riority = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\" "
          + "-> PT9H elapsed time => priority = \"P1\" -> PT2H business time (RESTART, PT1H30"
          + "M used, PT3H on the wall clock)] resets [] elapsed PT30M wall PT30M paused PT0"
          + "S/PT0S remaining Optional[PT1H30M] used Optional[25.00] deadline Optional[2024"
          + "-11-25T13:00:00Z] breached Optional.empty stopped Optional.empty thresholds [w"
          + "arning at 50 % of goal: due at 2024-11-25T12:00:00Z, escalation at 90 % of goa"
          + "l: due at 2024-11-25T12:48:00Z, warning PT45M business time before deadline: d"
          + "ue at 2024-11-25T12:15:00Z, escalation PT1H business time before deadline: due"
          + " at 2024-11-25T12:00:00Z] next Optional[2024-11-25T12:00:00Z] || outcomes [RUN"
          + "NING] next Optional[2024-11-25T12:00:00Z]",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-11-25T17:30",
          "1 BREACHED started Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\""
          + " -> PT9H elapsed time => priority = \"P1\" -> PT2H business time (RESTART, PT1H3"
          + "0M used, PT3H on the wall clock)] resets [] elapsed PT5H wall PT5H paused PT0S"
          + "/PT0S remaining Optional[PT-3H] used Optional[250.00] deadline Optional[2024-1"
          + "1-25T13:00:00Z] breached Optional[2024-11-25T13:00:00Z] stopped Optional[2024-"
          + "11-25T16:00:00Z] thresholds [warning at 50 % of goal: reached at 2024-11-25T12"
          + ":00:00Z, escalation at 90 % of goal: reached at 2024-11-25T12:48:00Z, warning "
          + "PT45M business time before deadline: reached at 2024-11-25T12:15:00Z, escalati"
          + "on PT1H business time before deadline: reached at 2024-11-25T12:00:00Z] next O"
          + "ptional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\""
          + " -> PT9H elapsed time => priority = \"P1\" -> PT2H business time (RESTART, PT1H3"
          + "0M used, PT3H on the wall clock)] resets [] elapsed PT5H wall PT5H paused PT0S"
          + "/PT0S remaining Optional[PT-3H] used Optional[250.00] deadline Optional[2024-1"
          + "1-25T13:00:00Z] breached Optional[2024-11-25T13:00:00Z] stopped Optional[2024-"
          + "11-25T16:00:00Z] thresholds [warning at 50 % of goal: reached at 2024-11-25T12"
          + ":00:00Z, escalation at 90 % of goal: reached at 2024-11-25T12:48:00Z, warning "
          + "PT45M business time before deadline: reached at 2024-11-25T12:15:00Z, escalati"
          + "on PT1H business time before deadline: reached at 2024-11-25T12:00:00Z] next O"
          + "ptional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p2 paused then p1 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T11:00:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [2024-11-25T11:00:00Z: priority = \"P2\""
          + " -> PT9H elapsed time => priority = \"P1\" -> PT2H business time (RESTART, PT1H3"
          + "0M used, PT3H on the wall clock)] resets [] elapsed PT5H wall PT5H paused PT0S"
          + "/PT0S remaining Optional[PT-3H] used Optional[250.00] deadline Optional[2024-1"
          + "1-25T13:00:00Z] breached Optional[2024-11-25T13:00:00Z] stopped Optional[2024-"
          + "11-25T16:00:00Z] thresholds [warning at 50 % of goal: reached at 2024-11-25T12"
          + ":00:00Z, escalation at 90 % of goal: reached at 2024-11-25T12:48:00Z, warning "
          + "PT45M business time before deadline: reached at 2024-11-25T12:15:00Z, escalati"
          + "on PT1H business time before deadline: reached at 2024-11-25T12:00:00Z] next O"
          + "ptional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when p"
          + "riority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S pau"
          + "sed PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2"
          + "024-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds"
          + " [warning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of "
          + "goal: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline"
          + ": due at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: "
          + "due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes ["
          + "RUNNING] next Optional[2024-11-25T09:00:00Z]",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-11-25T09:45",
          "1 PAUSED started Optional[2024-11-25T08:30:00Z] first Optional[2024-11-25T08:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed"
          + " PT0S wall PT15M paused PT15M/PT15M remaining Optional[PT2H] used Optional[0.0"
          + "0] deadline Optional.empty breached Optional.empty stopped Optional.empty thre"
          + "sholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due at "
          + "-, warning PT45M business time before deadline: due at -, escalation PT1H busi"
          + "ness time before deadline: due at -] next Optional.empty || outcomes [PAUSED] "
          + "next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-11-25T12:30",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT"
          + "10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33"
          + "] deadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Opti"
          + "onal[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, esca"
          + "lation at 90 % of goal: due at -, warning PT45M business time before deadline:"
          + " due at -, escalation PT1H business time before deadline: due at -] next Optio"
          + "nal.empty || outcomes [MET] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-11-25T17:30",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT"
          + "10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33"
          + "] deadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Opti"
          + "onal[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, esca"
          + "lation at 90 % of goal: due at -, warning PT45M business time before deadline:"
          + " due at -, escalation PT1H business time before deadline: due at -] next Optio"
          + "nal.empty || outcomes [MET] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-11-26T08:15",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT"
          + "10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33"
          + "] deadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Opti"
          + "onal[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, esca"
          + "lation at 90 % of goal: due at -, warning PT45M business time before deadline:"
          + " due at -, escalation PT1H business time before deadline: due at -] next Optio"
          + "nal.empty || 2 RUNNING started Optional[2024-11-26T07:00:00Z] first Optional[2"
          + "024-11-26T07:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest m"
          + "atch, when priority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT15M "
          + "wall PT15M paused PT0S/PT0S remaining Optional[PT8H45M] used Optional[2.78] de"
          + "adline Optional[2024-11-26T16:00:00Z] breached Optional.empty stopped Optional"
          + ".empty thresholds [warning at 50 % of goal: due at 2024-11-26T11:30:00Z, escal"
          + "ation at 90 % of goal: due at 2024-11-26T15:06:00Z, warning PT45M business tim"
          + "e before deadline: due at 2024-11-26T15:15:00Z, escalation PT1H business time "
          + "before deadline: due at 2024-11-26T15:00:00Z] next Optional[2024-11-26T11:30:0"
          + "0Z] || outcomes [MET, RUNNING] next Optional[2024-11-26T11:30:00Z]",
      "SHORTEST_MATCH RESTART MULTI always p1 reset and cycles 2024-12-03T12:00",
          "1 MET started Optional[2024-11-25T09:00:00Z] first Optional[2024-11-25T08:00:0"
          + "0Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when prior"
          + "ity = \"P1\") Optional[PT2H] changes [] resets [2024-11-25T08:30:00Z] elapsed PT"
          + "10M wall PT10M paused PT0S/PT0S remaining Optional[PT1H50M] used Optional[8.33"
          + "] deadline Optional[2024-11-25T11:00:00Z] breached Optional.empty stopped Opti"
          + "onal[2024-11-25T09:10:00Z] thresholds [warning at 50 % of goal: due at -, esca"
          + "lation at 90 % of goal: due at -, warning PT45M business time before deadline:"
          + " due at -, escalation PT1H business time before deadline: due at -] next Optio"
          + "nal.empty || 2 PAUSED started Optional[2024-11-26T07:00:00Z] first Optional[20"
          + "24-11-26T07:00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest ma"
          + "tch, when priority = \"P2\") Optional[PT9H] changes [] resets [] elapsed PT30M w"
          + "all PT172H paused PT171H30M/PT171H30M remaining Optional[PT8H30M] used Optiona"
          + "l[5.56] deadline Optional.empty breached Optional.empty stopped Optional.empty"
          + " thresholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: du"
          + "e at -, warning PT45M business time before deadline: due at -, escalation PT1H"
          + " business time before deadline: due at -] next Optional.empty || outcomes [MET"
          + ", PAUSED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-11-25T09:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-11-25T09:45",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-11-25T12:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-11-25T17:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-11-26T08:15",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always never started 2024-12-03T12:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-11-25T09:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-11-25T09:45",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-11-25T12:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-11-25T17:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-11-26T08:15",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p3 friday evening 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-29T16:30:00Z] first Optional[2024-11-29T16"
          + ":30:00Z] goal Optional[same time +1 working days] (goal 3 of 5, shortest match"
          + ", when priority = \"P3\") Optional[PT24H] changes [] resets [] elapsed PT73H wal"
          + "l PT73H paused PT0S/PT0S remaining Optional[PT-49H] used Optional[304.17] dead"
          + "line Optional[2024-11-30T16:30:00Z] breached Optional[2024-11-30T16:30:00Z] st"
          + "opped Optional[2024-12-02T17:30:00Z] thresholds [warning at 50 % of goal: reac"
          + "hed at 2024-11-30T04:30:00Z, escalation at 90 % of goal: reached at 2024-11-30"
          + "T14:06:00Z, warning PT45M business time before deadline: reached at 2024-11-30"
          + "T15:45:00Z, escalation PT1H business time before deadline: reached at 2024-11-"
          + "30T15:30:00Z] next Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-11-25T09:00",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-11-25T09:45",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-11-25T12:30",
          "1 NOT_STARTED started Optional.empty first Optional.empty goal Optional.empty "
          + "(not started) Optional.empty changes [] resets [] elapsed PT0S wall PT0S pause"
          + "d PT0S/PT0S remaining Optional.empty used Optional.empty deadline Optional.emp"
          + "ty breached Optional.empty stopped Optional.empty thresholds [] next Optional."
          + "empty || outcomes [] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-11-25T17:30",
          "1 RUNNING started Optional[2024-11-25T15:20:00Z] first Optional[2024-11-25T15:"
          + "00:00Z] goal Optional[end of working day +1] (goal 4 of 5, shortest match, whe"
          + "n priority = \"P4\") Optional[PT31H40M] changes [2024-11-25T15:20:00Z: vip = \"ye"
          + "s\" -> PT30M business time => priority = \"P4\" -> end of working day +1 (RESTART"
          + ", PT20M used, PT20M on the wall clock)] resets [] elapsed PT1H10M wall PT1H10M"
          + " paused PT0S/PT0S remaining Optional[PT30H30M] used Optional[3.68] deadline Op"
          + "tional[2024-11-26T23:00:00Z] breached Optional.empty stopped Optional.empty th"
          + "resholds [warning at 50 % of goal: due at 2024-11-26T07:10:00Z, escalation at "
          + "90 % of goal: due at 2024-11-26T19:50:00Z, warning PT45M business time before "
          + "deadline: due at 2024-11-26T22:15:00Z, escalation PT1H business time before de"
          + "adline: due at 2024-11-26T22:00:00Z] next Optional[2024-11-26T07:10:00Z] || ou"
          + "tcomes [RUNNING] next Optional[2024-11-26T07:10:00Z]",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-11-26T08:15",
          "1 RUNNING started Optional[2024-11-25T15:20:00Z] first Optional[2024-11-25T15:"
          + "00:00Z] goal Optional[end of working day +1] (goal 4 of 5, shortest match, whe"
          + "n priority = \"P4\") Optional[PT31H40M] changes [2024-11-25T15:20:00Z: vip = \"ye"
          + "s\" -> PT30M business time => priority = \"P4\" -> end of working day +1 (RESTART"
          + ", PT20M used, PT20M on the wall clock)] resets [] elapsed PT15H55M wall PT15H5"
          + "5M paused PT0S/PT0S remaining Optional[PT15H45M] used Optional[50.26] deadline"
          + " Optional[2024-11-26T23:00:00Z] breached Optional.empty stopped Optional.empty"
          + " thresholds [warning at 50 % of goal: reached at 2024-11-26T07:10:00Z, escalat"
          + "ion at 90 % of goal: due at 2024-11-26T19:50:00Z, warning PT45M business time "
          + "before deadline: due at 2024-11-26T22:15:00Z, escalation PT1H business time be"
          + "fore deadline: due at 2024-11-26T22:00:00Z] next Optional[2024-11-26T19:50:00Z"
          + "] || outcomes [RUNNING] next Optional[2024-11-26T19:50:00Z]",
      "SHORTEST_MATCH RESTART MULTI always p4 vip 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T15:20:00Z] first Optional[2024-11-25T15"
          + ":00:00Z] goal Optional[end of working day +1] (goal 4 of 5, shortest match, wh"
          + "en priority = \"P4\") Optional[PT31H40M] changes [2024-11-25T15:20:00Z: vip = \"y"
          + "es\" -> PT30M business time => priority = \"P4\" -> end of working day +1 (RESTAR"
          + "T, PT20M used, PT20M on the wall clock)] resets [] elapsed PT187H40M wall PT18"
          + "7H40M paused PT0S/PT0S remaining Optional[PT-156H] used Optional[592.63] deadl"
          + "ine Optional[2024-11-26T23:00:00Z] breached Optional[2024-11-26T23:00:00Z] sto"
          + "pped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-26"
          + "T07:10:00Z, escalation at 90 % of goal: reached at 2024-11-26T19:50:00Z, warni"
          + "ng PT45M business time before deadline: reached at 2024-11-26T22:15:00Z, escal"
          + "ation PT1H business time before deadline: reached at 2024-11-26T22:00:00Z] nex"
          + "t Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when p"
          + "riority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S pau"
          + "sed PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2"
          + "024-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds"
          + " [warning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of "
          + "goal: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline"
          + ": due at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: "
          + "due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes ["
          + "RUNNING] next Optional[2024-11-25T09:00:00Z]",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-11-25T09:45",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-11-25T12:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-11-25T17:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-11-26T08:15",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always withdrawn 2024-12-03T12:00",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT40M wall PT40M"
          + " paused PT0S/PT0S remaining Optional[PT1H20M] used Optional[33.33] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:40:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-11-25T09:00",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT0S wall PT0S paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional.em"
          + "pty thresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.empt"
          + "y",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-11-25T09:45",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT45M wall PT45M paused PT0S/PT0S remaining Optional.empty used Op"
          + "tional.empty deadline Optional.empty breached Optional.empty stopped Optional."
          + "empty thresholds [] next Optional.empty || outcomes [NO_GOAL] next Optional.em"
          + "pty",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-11-25T12:30",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-11-25T17:30",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-11-26T08:15",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always no goal 2024-12-03T12:00",
          "1 NO_GOAL started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [] resets"
          + " [] elapsed PT3H wall PT3H paused PT0S/PT0S remaining Optional.empty used Opti"
          + "onal.empty deadline Optional.empty breached Optional.empty stopped Optional[20"
          + "24-11-25T11:00:00Z] thresholds [] next Optional.empty || outcomes [NO_GOAL] ne"
          + "xt Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when p"
          + "riority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S pau"
          + "sed PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2"
          + "024-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds"
          + " [warning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of "
          + "goal: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline"
          + ": due at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: "
          + "due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes ["
          + "RUNNING] next Optional[2024-11-25T09:00:00Z]",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-11-25T09:45",
          "1 NO_GOAL started Optional[2024-11-25T08:30:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional.empty (no goal matches) Optional.empty changes [2024-11-"
          + "25T08:30:00Z: priority = \"P1\" -> PT2H business time => no goal (RESTART, PT30M"
          + " used, PT30M on the wall clock)] resets [] elapsed PT15M wall PT15M paused PT0"
          + "S/PT0S remaining Optional.empty used Optional.empty deadline Optional.empty br"
          + "eached Optional.empty stopped Optional.empty thresholds [] next Optional.empty"
          + " || outcomes [NO_GOAL] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-11-25T12:30",
          "1 RUNNING started Optional[2024-11-25T09:30:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" -"
          + "> PT2H business time => no goal (RESTART, PT30M used, PT30M on the wall clock)"
          + ", 2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time (RESTA"
          + "RT, PT1H used, PT1H on the wall clock)] resets [] elapsed PT2H wall PT2H pause"
          + "d PT0S/PT0S remaining Optional[PT7H] used Optional[22.22] deadline Optional[20"
          + "24-11-25T18:30:00Z] breached Optional.empty stopped Optional.empty thresholds "
          + "[warning at 50 % of goal: due at 2024-11-25T14:00:00Z, escalation at 90 % of g"
          + "oal: due at 2024-11-25T17:36:00Z, warning PT45M business time before deadline:"
          + " due at 2024-11-25T17:45:00Z, escalation PT1H business time before deadline: d"
          + "ue at 2024-11-25T17:30:00Z] next Optional[2024-11-25T14:00:00Z] || outcomes [R"
          + "UNNING] next Optional[2024-11-25T14:00:00Z]",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-11-25T17:30",
          "1 RUNNING started Optional[2024-11-25T09:30:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when pr"
          + "iority = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" -"
          + "> PT2H business time => no goal (RESTART, PT30M used, PT30M on the wall clock)"
          + ", 2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time (RESTA"
          + "RT, PT1H used, PT1H on the wall clock)] resets [] elapsed PT7H wall PT7H pause"
          + "d PT0S/PT0S remaining Optional[PT2H] used Optional[77.78] deadline Optional[20"
          + "24-11-25T18:30:00Z] breached Optional.empty stopped Optional.empty thresholds "
          + "[warning at 50 % of goal: reached at 2024-11-25T14:00:00Z, escalation at 90 % "
          + "of goal: due at 2024-11-25T17:36:00Z, warning PT45M business time before deadl"
          + "ine: due at 2024-11-25T17:45:00Z, escalation PT1H business time before deadlin"
          + "e: due at 2024-11-25T17:30:00Z] next Optional[2024-11-25T17:30:00Z] || outcome"
          + "s [RUNNING] next Optional[2024-11-25T17:30:00Z]",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T09:30:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when p"
          + "riority = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" "
          + "-> PT2H business time => no goal (RESTART, PT30M used, PT30M on the wall clock"
          + "), 2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time (REST"
          + "ART, PT1H used, PT1H on the wall clock)] resets [] elapsed PT21H45M wall PT21H"
          + "45M paused PT0S/PT0S remaining Optional[PT-12H-45M] used Optional[241.67] dead"
          + "line Optional[2024-11-25T18:30:00Z] breached Optional[2024-11-25T18:30:00Z] st"
          + "opped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-2"
          + "5T14:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T17:36:00Z, warn"
          + "ing PT45M business time before deadline: reached at 2024-11-25T17:45:00Z, esca"
          + "lation PT1H business time before deadline: reached at 2024-11-25T17:30:00Z] ne"
          + "xt Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always goal lost 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T09:30:00Z] first Optional[2024-11-25T08"
          + ":00:00Z] goal Optional[PT9H elapsed time] (goal 2 of 5, shortest match, when p"
          + "riority = \"P2\") Optional[PT9H] changes [2024-11-25T08:30:00Z: priority = \"P1\" "
          + "-> PT2H business time => no goal (RESTART, PT30M used, PT30M on the wall clock"
          + "), 2024-11-25T09:30:00Z: no goal => priority = \"P2\" -> PT9H elapsed time (REST"
          + "ART, PT1H used, PT1H on the wall clock)] resets [] elapsed PT193H30M wall PT19"
          + "3H30M paused PT0S/PT0S remaining Optional[PT-184H-30M] used Optional[2150.00] "
          + "deadline Optional[2024-11-25T18:30:00Z] breached Optional[2024-11-25T18:30:00Z"
          + "] stopped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-"
          + "11-25T14:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T17:36:00Z, "
          + "warning PT45M business time before deadline: reached at 2024-11-25T17:45:00Z, "
          + "escalation PT1H business time before deadline: reached at 2024-11-25T17:30:00Z"
          + "] next Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-11-25T09:00",
          "1 RUNNING started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T08:"
          + "00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when p"
          + "riority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT0S pau"
          + "sed PT0S/PT0S remaining Optional[PT2H] used Optional[0.00] deadline Optional[2"
          + "024-11-25T10:00:00Z] breached Optional.empty stopped Optional.empty thresholds"
          + " [warning at 50 % of goal: due at 2024-11-25T09:00:00Z, escalation at 90 % of "
          + "goal: due at 2024-11-25T09:48:00Z, warning PT45M business time before deadline"
          + ": due at 2024-11-25T09:15:00Z, escalation PT1H business time before deadline: "
          + "due at 2024-11-25T09:00:00Z] next Optional[2024-11-25T09:00:00Z] || outcomes ["
          + "RUNNING] next Optional[2024-11-25T09:00:00Z]",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-11-25T09:45",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || outcomes [CANCEL"
          + "LED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-11-25T12:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || 2 PAUSED started"
          + " Optional[2024-11-25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Opti"
          + "onal[PT2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") O"
          + "ptional[PT2H] changes [] resets [] elapsed PT1H30M wall PT1H30M paused PT0S/PT"
          + "0S remaining Optional[PT30M] used Optional[75.00] deadline Optional.empty brea"
          + "ched Optional.empty stopped Optional.empty thresholds [warning at 50 % of goal"
          + ": reached at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at -, warni"
          + "ng PT45M business time before deadline: reached at 2024-11-25T11:15:00Z, escal"
          + "ation PT1H business time before deadline: reached at 2024-11-25T11:00:00Z] nex"
          + "t Optional.empty || outcomes [CANCELLED, PAUSED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-11-25T17:30",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || 2 PAUSED started"
          + " Optional[2024-11-25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Opti"
          + "onal[PT2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") O"
          + "ptional[PT2H] changes [] resets [] elapsed PT1H30M wall PT6H30M paused PT5H/PT"
          + "5H remaining Optional[PT30M] used Optional[75.00] deadline Optional.empty brea"
          + "ched Optional.empty stopped Optional.empty thresholds [warning at 50 % of goal"
          + ": reached at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at -, warni"
          + "ng PT45M business time before deadline: reached at 2024-11-25T11:15:00Z, escal"
          + "ation PT1H business time before deadline: reached at 2024-11-25T11:00:00Z] nex"
          + "t Optional.empty || outcomes [CANCELLED, PAUSED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-11-26T08:15",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || 2 PAUSED started"
          + " Optional[2024-11-25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Opti"
          + "onal[PT2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") O"
          + "ptional[PT2H] changes [] resets [] elapsed PT1H30M wall PT21H15M paused PT19H4"
          + "5M/PT19H45M remaining Optional[PT30M] used Optional[75.00] deadline Optional.e"
          + "mpty breached Optional.empty stopped Optional.empty thresholds [warning at 50 "
          + "% of goal: reached at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at"
          + " -, warning PT45M business time before deadline: reached at 2024-11-25T11:15:0"
          + "0Z, escalation PT1H business time before deadline: reached at 2024-11-25T11:00"
          + ":00Z] next Optional.empty || outcomes [CANCELLED, PAUSED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always cancelled then reopened 2024-12-03T12:00",
          "1 CANCELLED started Optional[2024-11-25T08:00:00Z] first Optional[2024-11-25T0"
          + "8:00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when"
          + " priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT20M wall PT20M"
          + " paused PT0S/PT0S remaining Optional[PT1H40M] used Optional[16.67] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional[2024-11-25T08:20:00Z] th"
          + "resholds [warning at 50 % of goal: due at -, escalation at 90 % of goal: due a"
          + "t -, warning PT45M business time before deadline: due at -, escalation PT1H bu"
          + "siness time before deadline: due at -] next Optional.empty || 2 PAUSED started"
          + " Optional[2024-11-25T10:00:00Z] first Optional[2024-11-25T10:00:00Z] goal Opti"
          + "onal[PT2H business time] (goal 1 of 5, shortest match, when priority = \"P1\") O"
          + "ptional[PT2H] changes [] resets [] elapsed PT1H30M wall PT193H paused PT191H30"
          + "M/PT191H30M remaining Optional[PT30M] used Optional[75.00] deadline Optional.e"
          + "mpty breached Optional.empty stopped Optional.empty thresholds [warning at 50 "
          + "% of goal: reached at 2024-11-25T11:00:00Z, escalation at 90 % of goal: due at"
          + " -, warning PT45M business time before deadline: reached at 2024-11-25T11:15:0"
          + "0Z, escalation PT1H business time before deadline: reached at 2024-11-25T11:00"
          + ":00Z] next Optional.empty || outcomes [CANCELLED, PAUSED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-11-25T09:00",
          "1 PAUSED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT2H paus"
          + "ed PT2H/PT2H remaining Optional[PT2H] used Optional[0.00] deadline Optional.em"
          + "pty breached Optional.empty stopped Optional.empty thresholds [warning at 50 %"
          + " of goal: due at -, escalation at 90 % of goal: due at -, warning PT45M busine"
          + "ss time before deadline: due at -, escalation PT1H business time before deadli"
          + "ne: due at -] next Optional.empty || outcomes [PAUSED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-11-25T09:45",
          "1 PAUSED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT2H45M p"
          + "aused PT2H45M/PT2H45M remaining Optional[PT2H] used Optional[0.00] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional.empty thresholds [warnin"
          + "g at 50 % of goal: due at -, escalation at 90 % of goal: due at -, warning PT4"
          + "5M business time before deadline: due at -, escalation PT1H business time befo"
          + "re deadline: due at -] next Optional.empty || outcomes [PAUSED] next Optional."
          + "empty",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-11-25T12:30",
          "1 PAUSED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06:0"
          + "0:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when pr"
          + "iority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT0S wall PT5H30M p"
          + "aused PT5H30M/PT5H30M remaining Optional[PT2H] used Optional[0.00] deadline Op"
          + "tional.empty breached Optional.empty stopped Optional.empty thresholds [warnin"
          + "g at 50 % of goal: due at -, escalation at 90 % of goal: due at -, warning PT4"
          + "5M business time before deadline: due at -, escalation PT1H business time befo"
          + "re deadline: due at -] next Optional.empty || outcomes [PAUSED] next Optional."
          + "empty",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-11-25T17:30",
          "1 BREACHED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT4H30M wall PT10"
          + "H30M paused PT6H/PT6H remaining Optional[PT-2H-30M] used Optional[225.00] dead"
          + "line Optional[2024-11-25T14:00:00Z] breached Optional[2024-11-25T14:00:00Z] st"
          + "opped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-2"
          + "5T13:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T13:48:00Z, warn"
          + "ing PT45M business time before deadline: reached at 2024-11-25T13:15:00Z, esca"
          + "lation PT1H business time before deadline: reached at 2024-11-25T13:00:00Z] ne"
          + "xt Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-11-26T08:15",
          "1 BREACHED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT19H15M wall PT2"
          + "5H15M paused PT6H/PT6H remaining Optional[PT-17H-15M] used Optional[962.50] de"
          + "adline Optional[2024-11-25T14:00:00Z] breached Optional[2024-11-25T14:00:00Z] "
          + "stopped Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11"
          + "-25T13:00:00Z, escalation at 90 % of goal: reached at 2024-11-25T13:48:00Z, wa"
          + "rning PT45M business time before deadline: reached at 2024-11-25T13:15:00Z, es"
          + "calation PT1H business time before deadline: reached at 2024-11-25T13:00:00Z] "
          + "next Optional.empty || outcomes [BREACHED] next Optional.empty",
      "SHORTEST_MATCH RESTART MULTI always paused at start 2024-12-03T12:00",
          "1 BREACHED started Optional[2024-11-25T06:00:00Z] first Optional[2024-11-25T06"
          + ":00:00Z] goal Optional[PT2H business time] (goal 1 of 5, shortest match, when "
          + "priority = \"P1\") Optional[PT2H] changes [] resets [] elapsed PT191H wall PT197"
          + "H paused PT6H/PT6H remaining Optional[PT-189H] used Optional[9550.00] deadline"
          + " Optional[2024-11-25T14:00:00Z] breached Optional[2024-11-25T14:00:00Z] stoppe"
          + "d Optional.empty thresholds [warning at 50 % of goal: reached at 2024-11-25T13"
          + ":00:00Z, escalation at 90 % of goal: reached at 2024-11-25T13:48:00Z, warning "
          + "PT45M business time before deadline: reached at 2024-11-25T13:15:00Z, escalati"
          + "on PT1H business time before deadline: reached at 2024-11-25T13:00:00Z] next O"
          + "ptional.empty || outcomes [BREACHED] next Optional.empty");

  @Test
  void everyCycleOfEveryHistoryUnderEveryRule() {
    Map<String, String> actual = actual();
    assertEquals(EXPECTED.size() / 2, actual.size());
    for (int i = 0; i < EXPECTED.size(); i += 2) {
      assertEquals(EXPECTED.get(i + 1), actual.get(EXPECTED.get(i)), EXPECTED.get(i));
    }
  }
}
