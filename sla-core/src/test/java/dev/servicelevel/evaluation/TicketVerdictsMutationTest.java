package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.TicketMembership;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * Every path of a ticket-timer target's tickets, found unpinned by mutation testing: cycles of
 * one ticket in two periods, by start and by stop, breached before the period or in it, running,
 * paused, cancelled and without a goal, a ticket without a deadline, with 0, 2 and 10 records
 * kept and the second page of two. The window opens 08:00 to 18:00 on weekdays; the periods are
 * the weeks from Monday 2 and Monday 9 June 2025.
 */
class TicketVerdictsMutationTest {

  private static final BusinessCalendar OFFICE =
      BusinessCalendar.builder(ZoneOffset.UTC)
          .open(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
              LocalTime.of(18, 0))
          .build();
  private static final PeriodRange WEEK_1 =
      PeriodRange.of("week 1", Interval.of(utc("2025-06-02T00:00"), Duration.ofDays(7)));
  private static final PeriodRange WEEK_2 =
      PeriodRange.of("week 2", Interval.of(utc("2025-06-09T00:00"), Duration.ofDays(7)));

  private static TicketTimerTarget target(TicketMembership membership) {
    return TicketTimerTarget.builder()
        .id("resolve")
        .service("shop")
        .window("office")
        .timer(TimerKind.RESOLVE)
        .addGoals(
            TimerGoal.of(Condition.fieldIs("priority", "P1"), BusinessDuration.businessHours(2)),
            TimerGoal.of(Condition.fieldIs("priority", "P2"),
                BusinessDuration.elapsed(Duration.ofHours(30))),
            TimerGoal.of(Condition.fieldIs("priority", "P3"),
                BusinessDuration.workingDaysSameTime(1)))
        .cycles(TimerCycles.MULTI)
        .startWhen(Condition.or(Condition.event("created"), Condition.event("reopened")))
        .stopWhen(Condition.event("resolved"))
        .pauseWhen(Condition.fieldIs("status", "pending"))
        .cancelWhen(Condition.event("withdrawn"))
        .membership(membership)
        .requiredShare(dec("60"))
        .atRiskThreshold(dec("50"))
        .build();
  }

  private static TicketHistory ticket(String id, String... rows) {
    List<TicketEvent> events = new ArrayList<>();
    for (String row : rows) {
      String[] parts = row.split(" ");
      TicketEvent.Builder b = TicketEvent.builder().at(utc(parts[0]));
      if (!parts[1].equals("-")) {
        b.type(parts[1]);
      }
      for (int i = 2; i < parts.length; i++) {
        String[] kv = parts[i].split("=");
        b.putFields(kv[0], kv[1]);
      }
      events.add(b.build());
    }
    return TicketHistory.of(id, events);
  }

  private static final List<TicketHistory> TICKETS =
      List.of(
          ticket("MET", "2025-06-02T09:00 created priority=P1", "2025-06-02T10:00 resolved"),
          ticket("LATE", "2025-06-02T09:00 created priority=P1", "2025-06-02T12:00 resolved"),
          ticket("TWO", "2025-06-03T09:00 created priority=P1", "2025-06-03T09:30 resolved",
              "2025-06-06T17:00 reopened", "2025-06-09T10:30 resolved"),
          ticket("ACROSS", "2025-06-06T17:30 created priority=P2", "2025-06-09T09:00 resolved"),
          ticket("OPEN-LATE", "2025-06-05T09:00 created priority=P1"),
          ticket("OPEN", "2025-06-13T17:00 created priority=P2"),
          ticket("PAUSED", "2025-06-12T09:00 created priority=P1 status=pending"),
          ticket("GONE", "2025-06-04T09:00 created priority=P1", "2025-06-04T09:10 withdrawn"),
          ticket("NOGOAL", "2025-06-10T09:00 created priority=P9", "2025-06-10T10:00 resolved"),
          ticket("LATER", "2025-06-20T09:00 created priority=P1"));

  private static String run(TicketMembership membership, PeriodRange period, Instant asOf,
      EvaluationOptions options) {
    TargetResult r =
        TicketTimerAccumulator.of(target(membership), OFFICE, period, asOf, options)
            .addAll(TICKETS)
            .result();
    return r.toString() + " | " + r.tickets().orElseThrow() + " | "
        + r.explanation().reasonCounts() + " | " + r.explanation().counted() + " | "
        + r.explanation().excluded() + " | " + r.budgetExhaustion();
  }

  private static Map<String, String> actual() {
    Map<String, String> actual = new LinkedHashMap<>();
    List<EvaluationOptions> options =
        List.of(
            EvaluationOptions.builder().worstRecords(0).build(),
            EvaluationOptions.builder().worstRecords(2).build(),
            EvaluationOptions.builder().worstRecords(2).explanationPage(1).build(),
            EvaluationOptions.builder().worstRecords(10).build());
    for (TicketMembership m : TicketMembership.values()) {
      for (EvaluationOptions o : options) {
        String k = m + " " + o.worstRecords() + "/" + o.explanationPage() + " ";
        actual.put(k + "week 1 over", run(m, WEEK_1, utc("2025-06-20T00:00"), o));
        actual.put(k + "week 2 over", run(m, WEEK_2, utc("2025-06-20T00:00"), o));
        actual.put(k + "week 2 running", run(m, WEEK_2, utc("2025-06-12T12:00"), o));
        actual.put(k + "week 2 before", run(m, WEEK_2, utc("2025-06-08T12:00"), o));
      }
    }
    return actual;
  }

  private static final List<String> EXPECTED =
      List.of(
      "BY_START 0/0 week 1 over",
          "resolve week 1 resolve: BREACHED 33.333333 % (required >= 60 %), margin -26.66"
          + "6667, budget allowed 2.4 tickets, used 4 (166.67 %), left -1.6, burn rate 1.66"
          + "67 | 2 met, 4 breached, 0 pending, 1 excluded | {breached=4, cancelled=1, met="
          + "2} | [] | [] | Optional.empty",
      "BY_START 0/0 week 2 over",
          "resolve week 2 resolve: BREACHED 0 % (required >= 60 %), margin -60, budget al"
          + "lowed 0.4 tickets, used 1 (250 %), left -0.6, burn rate 2.5 | 0 met, 1 breache"
          + "d, 1 pending, 1 excluded | {breached=1, no goal applies=1, pending=1} | [] | ["
          + "] | Optional.empty",
      "BY_START 0/0 week 2 running",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-12T12:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 1 pending, 1 excluded | {no goal applies=1, pe"
          + "nding=1} | [] | [] | Optional.empty",
      "BY_START 0/0 week 2 before",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-09T00:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 0 pending, 0 excluded | {} | [] | [] | Optiona"
          + "l.empty",
      "BY_START 2/0 week 1 over",
          "resolve week 1 resolve: BREACHED 33.333333 % (required >= 60 %), margin -26.66"
          + "6667, budget allowed 2.4 tickets, used 4 (166.67 %), left -1.6, burn rate 1.66"
          + "67 | 2 met, 4 breached, 0 pending, 1 excluded | {breached=4, cancelled=1, met="
          + "2} | [OPEN-LATE: PT107H past the goal of PT2H, still open at 2025-06-20T00:00:"
          + "00Z, ACROSS: PT33H30M past the goal of PT30H, stopped 2025-06-09T09:00:00Z] | "
          + "[GONE: cancelled] | Optional.empty",
      "BY_START 2/0 week 2 over",
          "resolve week 2 resolve: BREACHED 0 % (required >= 60 %), margin -60, budget al"
          + "lowed 0.4 tickets, used 1 (250 %), left -0.6, burn rate 2.5 | 0 met, 1 breache"
          + "d, 1 pending, 1 excluded | {breached=1, no goal applies=1, pending=1} | [OPEN:"
          + " PT121H past the goal of PT30H, still open at 2025-06-20T00:00:00Z] | [NOGOAL:"
          + " no goal applies, PAUSED: pending: PAUSED, PT0S of PT2H used] | Optional.empty",
      "BY_START 2/0 week 2 running",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-12T12:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 1 pending, 1 excluded | {no goal applies=1, pe"
          + "nding=1} | [] | [NOGOAL: no goal applies, PAUSED: pending: PAUSED, PT0S of PT2"
          + "H used] | Optional.empty",
      "BY_START 2/0 week 2 before",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-09T00:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 0 pending, 0 excluded | {} | [] | [] | Optiona"
          + "l.empty",
      "BY_START 2/1 week 1 over",
          "resolve week 1 resolve: BREACHED 33.333333 % (required >= 60 %), margin -26.66"
          + "6667, budget allowed 2.4 tickets, used 4 (166.67 %), left -1.6, burn rate 1.66"
          + "67 | 2 met, 4 breached, 0 pending, 1 excluded | {breached=4, cancelled=1, met="
          + "2} | [TWO cycle 2: PT1H30M past the goal of PT2H, stopped 2025-06-09T10:30:00Z"
          + ", LATE: PT1H past the goal of PT2H, stopped 2025-06-02T12:00:00Z] | [] | Optio"
          + "nal.empty",
      "BY_START 2/1 week 2 over",
          "resolve week 2 resolve: BREACHED 0 % (required >= 60 %), margin -60, budget al"
          + "lowed 0.4 tickets, used 1 (250 %), left -0.6, burn rate 2.5 | 0 met, 1 breache"
          + "d, 1 pending, 1 excluded | {breached=1, no goal applies=1, pending=1} | [] | ["
          + "] | Optional.empty",
      "BY_START 2/1 week 2 running",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-12T12:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 1 pending, 1 excluded | {no goal applies=1, pe"
          + "nding=1} | [] | [] | Optional.empty",
      "BY_START 2/1 week 2 before",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-09T00:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 0 pending, 0 excluded | {} | [] | [] | Optiona"
          + "l.empty",
      "BY_START 10/0 week 1 over",
          "resolve week 1 resolve: BREACHED 33.333333 % (required >= 60 %), margin -26.66"
          + "6667, budget allowed 2.4 tickets, used 4 (166.67 %), left -1.6, burn rate 1.66"
          + "67 | 2 met, 4 breached, 0 pending, 1 excluded | {breached=4, cancelled=1, met="
          + "2} | [OPEN-LATE: PT107H past the goal of PT2H, still open at 2025-06-20T00:00:"
          + "00Z, ACROSS: PT33H30M past the goal of PT30H, stopped 2025-06-09T09:00:00Z, TW"
          + "O cycle 2: PT1H30M past the goal of PT2H, stopped 2025-06-09T10:30:00Z, LATE: "
          + "PT1H past the goal of PT2H, stopped 2025-06-02T12:00:00Z] | [GONE: cancelled] "
          + "| Optional.empty",
      "BY_START 10/0 week 2 over",
          "resolve week 2 resolve: BREACHED 0 % (required >= 60 %), margin -60, budget al"
          + "lowed 0.4 tickets, used 1 (250 %), left -0.6, burn rate 2.5 | 0 met, 1 breache"
          + "d, 1 pending, 1 excluded | {breached=1, no goal applies=1, pending=1} | [OPEN:"
          + " PT121H past the goal of PT30H, still open at 2025-06-20T00:00:00Z] | [NOGOAL:"
          + " no goal applies, PAUSED: pending: PAUSED, PT0S of PT2H used] | Optional.empty",
      "BY_START 10/0 week 2 running",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-12T12:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 1 pending, 1 excluded | {no goal applies=1, pe"
          + "nding=1} | [] | [NOGOAL: no goal applies, PAUSED: pending: PAUSED, PT0S of PT2"
          + "H used] | Optional.empty",
      "BY_START 10/0 week 2 before",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-09T00:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 0 pending, 0 excluded | {} | [] | [] | Optiona"
          + "l.empty",
      "BY_STOP 0/0 week 1 over",
          "resolve week 1 resolve: BREACHED 40 % (required >= 60 %), margin -20, budget a"
          + "llowed 2 tickets, used 3 (150 %), left -1, burn rate 1.5 | 2 met, 3 breached, "
          + "1 pending, 1 excluded | {breached=3, cancelled=1, met=2, pending=1} | [] | [] "
          + "| Optional.empty",
      "BY_STOP 0/0 week 2 over",
          "resolve week 2 resolve: BREACHED 0 % (required >= 60 %), margin -60, budget al"
          + "lowed 0.8 tickets, used 2 (250 %), left -1.2, burn rate 2.5 | 0 met, 2 breache"
          + "d, 1 pending, 1 excluded | {breached=2, no goal applies=1, pending=1} | [] | ["
          + "] | Optional.empty",
      "BY_STOP 0/0 week 2 running",
          "resolve week 2 resolve: AT_RISK (running, as of 2025-06-12T12:00:00Z) 0 % (req"
          + "uired >= 60 %), margin -60, budget allowed 0.4 tickets, used 1 (250 %), left -"
          + "0.6, burn rate 2.5, forecast BREACHED at 0, budget 250 % | 0 met, 1 breached, "
          + "1 pending, 1 excluded | {breached=1, no goal applies=1, pending=1} | [] | [] |"
          + " Optional[2025-06-11T19:12:00Z]",
      "BY_STOP 0/0 week 2 before",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-09T00:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 0 pending, 0 excluded | {} | [] | [] | Optiona"
          + "l.empty",
      "BY_STOP 2/0 week 1 over",
          "resolve week 1 resolve: BREACHED 40 % (required >= 60 %), margin -20, budget a"
          + "llowed 2 tickets, used 3 (150 %), left -1, burn rate 1.5 | 2 met, 3 breached, "
          + "1 pending, 1 excluded | {breached=3, cancelled=1, met=2, pending=1} | [ACROSS:"
          + " PT24H30M past the goal of PT30H, still open at the period's end, OPEN-LATE: P"
          + "T17H past the goal of PT2H, still open at the period's end] | [TWO cycle 2: pe"
          + "nding: RUNNING, PT1H of PT2H used, due 2025-06-09T09:00:00Z, GONE: cancelled] "
          + "| Optional.empty",
      "BY_STOP 2/0 week 2 over",
          "resolve week 2 resolve: BREACHED 0 % (required >= 60 %), margin -60, budget al"
          + "lowed 0.8 tickets, used 2 (250 %), left -1.2, burn rate 2.5 | 0 met, 2 breache"
          + "d, 1 pending, 1 excluded | {breached=2, no goal applies=1, pending=1} | [OPEN:"
          + " PT25H past the goal of PT30H, still open at the period's end, TWO cycle 2: PT"
          + "1H30M past the goal of PT2H, stopped 2025-06-09T10:30:00Z] | [NOGOAL: no goal "
          + "applies, PAUSED: pending: PAUSED, PT0S of PT2H used] | Optional.empty",
      "BY_STOP 2/0 week 2 running",
          "resolve week 2 resolve: AT_RISK (running, as of 2025-06-12T12:00:00Z) 0 % (req"
          + "uired >= 60 %), margin -60, budget allowed 0.4 tickets, used 1 (250 %), left -"
          + "0.6, burn rate 2.5, forecast BREACHED at 0, budget 250 % | 0 met, 1 breached, "
          + "1 pending, 1 excluded | {breached=1, no goal applies=1, pending=1} | [TWO cycl"
          + "e 2: PT1H30M past the goal of PT2H, stopped 2025-06-09T10:30:00Z] | [NOGOAL: n"
          + "o goal applies, PAUSED: pending: PAUSED, PT0S of PT2H used] | Optional[2025-06"
          + "-11T19:12:00Z]",
      "BY_STOP 2/0 week 2 before",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-09T00:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 0 pending, 0 excluded | {} | [] | [] | Optiona"
          + "l.empty",
      "BY_STOP 2/1 week 1 over",
          "resolve week 1 resolve: BREACHED 40 % (required >= 60 %), margin -20, budget a"
          + "llowed 2 tickets, used 3 (150 %), left -1, burn rate 1.5 | 2 met, 3 breached, "
          + "1 pending, 1 excluded | {breached=3, cancelled=1, met=2, pending=1} | [LATE: P"
          + "T1H past the goal of PT2H, stopped 2025-06-02T12:00:00Z] | [] | Optional.empty",
      "BY_STOP 2/1 week 2 over",
          "resolve week 2 resolve: BREACHED 0 % (required >= 60 %), margin -60, budget al"
          + "lowed 0.8 tickets, used 2 (250 %), left -1.2, burn rate 2.5 | 0 met, 2 breache"
          + "d, 1 pending, 1 excluded | {breached=2, no goal applies=1, pending=1} | [] | ["
          + "] | Optional.empty",
      "BY_STOP 2/1 week 2 running",
          "resolve week 2 resolve: AT_RISK (running, as of 2025-06-12T12:00:00Z) 0 % (req"
          + "uired >= 60 %), margin -60, budget allowed 0.4 tickets, used 1 (250 %), left -"
          + "0.6, burn rate 2.5, forecast BREACHED at 0, budget 250 % | 0 met, 1 breached, "
          + "1 pending, 1 excluded | {breached=1, no goal applies=1, pending=1} | [] | [] |"
          + " Optional[2025-06-11T19:12:00Z]",
      "BY_STOP 2/1 week 2 before",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-09T00:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 0 pending, 0 excluded | {} | [] | [] | Optiona"
          + "l.empty",
      "BY_STOP 10/0 week 1 over",
          "resolve week 1 resolve: BREACHED 40 % (required >= 60 %), margin -20, budget a"
          + "llowed 2 tickets, used 3 (150 %), left -1, burn rate 1.5 | 2 met, 3 breached, "
          + "1 pending, 1 excluded | {breached=3, cancelled=1, met=2, pending=1} | [ACROSS:"
          + " PT24H30M past the goal of PT30H, still open at the period's end, OPEN-LATE: P"
          + "T17H past the goal of PT2H, still open at the period's end, LATE: PT1H past th"
          + "e goal of PT2H, stopped 2025-06-02T12:00:00Z] | [TWO cycle 2: pending: RUNNING"
          + ", PT1H of PT2H used, due 2025-06-09T09:00:00Z, GONE: cancelled] | Optional.emp"
          + "ty",
      "BY_STOP 10/0 week 2 over",
          "resolve week 2 resolve: BREACHED 0 % (required >= 60 %), margin -60, budget al"
          + "lowed 0.8 tickets, used 2 (250 %), left -1.2, burn rate 2.5 | 0 met, 2 breache"
          + "d, 1 pending, 1 excluded | {breached=2, no goal applies=1, pending=1} | [OPEN:"
          + " PT25H past the goal of PT30H, still open at the period's end, TWO cycle 2: PT"
          + "1H30M past the goal of PT2H, stopped 2025-06-09T10:30:00Z] | [NOGOAL: no goal "
          + "applies, PAUSED: pending: PAUSED, PT0S of PT2H used] | Optional.empty",
      "BY_STOP 10/0 week 2 running",
          "resolve week 2 resolve: AT_RISK (running, as of 2025-06-12T12:00:00Z) 0 % (req"
          + "uired >= 60 %), margin -60, budget allowed 0.4 tickets, used 1 (250 %), left -"
          + "0.6, burn rate 2.5, forecast BREACHED at 0, budget 250 % | 0 met, 1 breached, "
          + "1 pending, 1 excluded | {breached=1, no goal applies=1, pending=1} | [TWO cycl"
          + "e 2: PT1H30M past the goal of PT2H, stopped 2025-06-09T10:30:00Z] | [NOGOAL: n"
          + "o goal applies, PAUSED: pending: PAUSED, PT0S of PT2H used] | Optional[2025-06"
          + "-11T19:12:00Z]",
      "BY_STOP 10/0 week 2 before",
          "resolve week 2 resolve: NO_DATA (running, as of 2025-06-09T00:00:00Z) (require"
          + "d >= 60 %) | 0 met, 0 breached, 0 pending, 0 excluded | {} | [] | [] | Optiona"
          + "l.empty");

  @Test
  void everyPathOfATicketByStartAndByStop() {
    Map<String, String> actual = actual();
    assertEquals(EXPECTED.size() / 2, actual.size());
    for (int i = 0; i < EXPECTED.size(); i += 2) {
      assertEquals(EXPECTED.get(i + 1), actual.get(EXPECTED.get(i)), EXPECTED.get(i));
    }
  }
}
