package dev.servicelevel.evaluation.timer;

import static dev.servicelevel.evaluation.timer.TicketTimersTest.EIGHT_TO_SIX;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.at;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimerEvaluatorTest {

  private static final TicketTimerTarget TARGET =
      TicketTimerTarget.builder()
          .id("resolve")
          .service("shop")
          .window("prime")
          .timer(TimerKind.RESOLVE)
          .addGoals(
              TimerGoal.of(Condition.fieldIs("priority", "P1"), BusinessDuration.businessHours(2)),
              TimerGoal.of(
                  Condition.fieldIs("priority", "P2"),
                  BusinessDuration.elapsed(Duration.ofHours(9))))
          .goalSelection(GoalSelection.SHORTEST_MATCH)
          .goalChange(GoalChangePolicy.RETROACTIVE)
          .cycles(TimerCycles.MULTI)
          .startWhen(Condition.or(Condition.event("created"), Condition.event("reopened")))
          .stopWhen(Condition.event("resolved"))
          .pauseWhen(Condition.fieldIs("status", "pending"))
          .resetWhen(Condition.event("reset"))
          .addThresholds(
              TimerThreshold.warningAt(BigDecimal.valueOf(50)),
              TimerThreshold.escalationBefore(BusinessDuration.businessHours(1)))
          .build();

  /** Histories that pass through pauses, goal changes, resets and several cycles. */
  private static final List<TicketHistory> HISTORIES =
      List.of(
          history("2024-11-25T09:00 created priority=P2 status=open"),
          history(
              "2024-11-25T09:00 created priority=P2 status=open",
              "2024-11-25T10:00 - status=pending",
              "2024-11-25T11:30 - status=open",
              "2024-11-25T12:00 - priority=P1",
              "2024-11-25T17:00 resolved"),
          history(
              "2024-11-25T09:00 created priority=P1 status=open",
              "2024-11-25T09:30 reset",
              "2024-11-25T10:00 reopened",
              "2024-11-25T10:10 resolved",
              "2024-11-26T08:00 reopened priority=P2",
              "2024-11-26T08:30 - status=pending"),
          history("2024-11-25T09:00 assigned priority=P1"));

  @Test
  void evaluate_givesWhatTicketTimersGives() {
    TimerEvaluator evaluator = TimerEvaluator.of(TARGET, EIGHT_TO_SIX);
    for (String asOf : List.of("2024-11-25T09:00", "2024-11-25T12:00", "2024-11-27T18:00")) {
      for (TicketHistory h : HISTORIES) {
        // twice: the second evaluation reuses what the first looked up
        for (int k = 0; k < 2; k++) {
          assertEquals(
              TicketTimers.evaluate(h, TARGET, EIGHT_TO_SIX, at(asOf)),
              evaluator.evaluate(h, at(asOf)),
              h + " as of " + asOf);
        }
      }
    }
  }

  @Test
  void evaluateIntoOutcomes_givesTheFullResultsFigures() {
    TimerEvaluator evaluator = TimerEvaluator.of(TARGET, EIGHT_TO_SIX);
    // one buffer for every ticket, as an accumulator keeps it
    TimerOutcomes out = new TimerOutcomes();
    for (String asOf : List.of("2024-11-25T09:00", "2024-11-25T12:00", "2024-11-27T18:00")) {
      for (TicketHistory h : HISTORIES) {
        List<TimerCycle> cycles = evaluator.evaluate(h, at(asOf)).cycles();
        evaluator.evaluate(h, at(asOf), out);
        String what = h + " as of " + asOf;
        if (cycles.get(0).state() == TimerState.NOT_STARTED) {
          assertEquals(0, out.size(), what);
          continue;
        }
        assertEquals(cycles.size(), out.size(), what);
        for (int c = 0; c < cycles.size(); c++) {
          TimerCycle cycle = cycles.get(c);
          assertEquals(cycle.number(), out.number(c), what);
          assertEquals(cycle.state(), out.state(c), what);
          assertEquals(cycle.startedAt().orElseThrow(), out.startedAt(c), what);
          assertEquals(cycle.stoppedAt().orElse(null), out.stoppedAt(c), what);
          assertEquals(cycle.breachedAt().orElse(null), out.breachedAt(c), what);
          assertEquals(cycle.elapsed(), out.elapsed(c), what);
          assertEquals(cycle.goalTime().orElse(null), out.goalTime(c), what);
        }
      }
    }
  }

  @Test
  void evaluateIntoOutcomes_underRestart_countsFromTheGoalChange() {
    // the outcomes keep no goal changes, but a change under RESTART still restarts the clock
    TicketTimerTarget restart = TARGET.withGoalChange(GoalChangePolicy.RESTART);
    TimerEvaluator evaluator = TimerEvaluator.of(restart, EIGHT_TO_SIX);
    TimerOutcomes out = new TimerOutcomes();
    // first a ticket of another evaluator, so the buffer's reused cycle changes hands
    TimerEvaluator.of(TARGET, EIGHT_TO_SIX).evaluate(HISTORIES.get(1), at("2024-11-25T18:00"), out);
    assertEquals(at("2024-11-25T12:30"), out.breachedAt(0));
    evaluator.evaluate(HISTORIES.get(1), at("2024-11-25T18:00"), out);
    assertEquals(1, out.size());
    assertEquals(TimerState.BREACHED, out.state(0));
    assertEquals(at("2024-11-25T12:00"), out.startedAt(0));
    assertEquals(at("2024-11-25T14:00"), out.breachedAt(0));
    assertEquals(at("2024-11-25T17:00"), out.stoppedAt(0));
    assertEquals(Duration.ofHours(5), out.elapsed(0));
    assertEquals(Duration.ofHours(2), out.goalTime(0));
    TimerCycle full = evaluator.evaluate(HISTORIES.get(1), at("2024-11-25T18:00")).current();
    assertEquals(at("2024-11-25T14:00"), full.breachedAt().orElseThrow());
    assertEquals(Duration.ofHours(5), full.elapsed());
    // the full result keeps the change, with the time used on the goal before it
    assertEquals(1, full.goalChanges().size());
    assertEquals(Duration.ofHours(1).plusMinutes(30), full.goalChanges().get(0).elapsedBefore());
    assertEquals(Duration.ofHours(3), full.goalChanges().get(0).wallClockBefore());
  }

  @Test
  void outcomes_rejectAnIndexOutsideTheCycles() {
    TimerOutcomes out = new TimerOutcomes();
    TimerEvaluator.of(TARGET, EIGHT_TO_SIX)
        .evaluate(HISTORIES.get(1), at("2024-11-25T18:00"), out);
    assertEquals(1, out.size());
    assertEquals("[BREACHED]", out.toString());
    assertThrows(IndexOutOfBoundsException.class, () -> out.state(1));
    assertThrows(IndexOutOfBoundsException.class, () -> out.elapsed(-1));
    assertEquals(
        "outcomes",
        assertThrows(
                NullPointerException.class,
                () ->
                    TimerEvaluator.of(TARGET, EIGHT_TO_SIX)
                        .evaluate(HISTORIES.get(1), at("2024-11-25T18:00"), null))
            .getMessage());
  }

  @Test
  void evaluate_keepsTheGoalReason() {
    TimerResult r =
        TimerEvaluator.of(TARGET, EIGHT_TO_SIX)
            .evaluate(HISTORIES.get(1), at("2024-11-25T18:00"));
    assertEquals(
        "goal 1 of 2, shortest match, when priority = \"P1\"", r.current().goalReason());
  }

  @Test
  void accessors_returnTheTargetAndCalendar() {
    TimerEvaluator evaluator = TimerEvaluator.of(TARGET, EIGHT_TO_SIX);
    assertSame(TARGET, evaluator.target());
    assertSame(EIGHT_TO_SIX, evaluator.calendar());
    assertEquals("timer evaluator of resolve", evaluator.toString());
  }

  @Test
  void of_rejectsNull() {
    assertEquals(
        "target",
        assertThrows(NullPointerException.class, () -> TimerEvaluator.of(null, EIGHT_TO_SIX))
            .getMessage());
    assertEquals(
        "calendar",
        assertThrows(NullPointerException.class, () -> TimerEvaluator.of(TARGET, null))
            .getMessage());
  }

  @Test
  void evaluate_rejectsNullAndOutOfRange() {
    TimerEvaluator evaluator = TimerEvaluator.of(TARGET, EIGHT_TO_SIX);
    assertEquals(
        "history",
        assertThrows(NullPointerException.class, () -> evaluator.evaluate(null, Instant.EPOCH))
            .getMessage());
    assertEquals(
        "asOf",
        assertThrows(
                NullPointerException.class, () -> evaluator.evaluate(HISTORIES.get(0), null))
            .getMessage());
    DateTimeException e =
        assertThrows(
            DateTimeException.class, () -> evaluator.evaluate(HISTORIES.get(0), Instant.MAX));
    assertEquals(true, e.getMessage().contains("asOf"), e.getMessage());
  }
}
