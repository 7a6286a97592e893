package dev.servicelevel.evaluation.timer;

import static dev.servicelevel.evaluation.timer.RunningCycleMutationTest.target;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.EIGHT_TO_SIX;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.at;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.history;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One outcomes buffer reused from ticket to ticket and from evaluator to evaluator gives what a
 * fresh one gives: no field, cycle or goal of the previous ticket leaks into the next.
 */
class TimerOutcomesMutationTest {

  private static final TicketTimerTarget BY_PRIORITY =
      target(GoalSelection.FIRST_MATCH)
          .cycles(TimerCycles.MULTI)
          .addGoals(
              TimerGoal.of(Condition.fieldIs("priority", "P1"), BusinessDuration.businessHours(1)))
          .build();

  private static String show(TimerOutcomes out) {
    StringBuilder sb = new StringBuilder().append(out.size());
    for (int i = 0; i < out.size(); i++) {
      sb.append(" | ").append(out.number(i)).append(' ').append(out.state(i)).append(' ')
          .append(out.startedAt(i)).append(' ').append(out.stoppedAt(i)).append(' ')
          .append(out.breachedAt(i)).append(' ').append(out.elapsed(i)).append(' ')
          .append(out.goalTime(i));
    }
    return sb.toString();
  }

  /** An evaluator of the test target with one goal in elapsed time, whatever the ticket. */
  private static TimerEvaluator elapsedGoal(Duration goal, BusinessCalendar calendar) {
    return TimerEvaluator.of(
        target(GoalSelection.FIRST_MATCH, BusinessDuration.elapsed(goal)).build(), calendar);
  }

  private static String fresh(TimerEvaluator e, TicketHistory h, Instant asOf) {
    TimerOutcomes out = new TimerOutcomes();
    e.evaluate(h, asOf, out);
    return show(out);
  }

  @Test
  void aLongHistoryThenAShortOne_asAFreshBuffer() {
    TimerEvaluator e = TimerEvaluator.of(BY_PRIORITY, EIGHT_TO_SIX);
    TicketHistory longer =
        history("2024-11-25T09:00 created priority=P1", "2024-11-25T09:30 resolved",
            "2024-11-25T10:00 reopened", "2024-11-25T12:00 resolved",
            "2024-11-25T13:00 reopened");
    TicketHistory shorter = history("2024-11-25T09:00 created", "2024-11-25T09:20 resolved");
    Instant asOf = at("2024-11-25T14:00");
    TimerOutcomes out = new TimerOutcomes();
    e.evaluate(longer, asOf, out);
    assertEquals(fresh(e, longer, asOf), show(out));
    assertEquals("[MET, BREACHED, RUNNING]", out.toString());
    e.evaluate(shorter, asOf, out);
    assertEquals(fresh(e, shorter, asOf), show(out));
    // the priority of the previous ticket does not apply: no goal
    assertEquals("1 | 1 NO_GOAL " + at("2024-11-25T09:00") + " " + at("2024-11-25T09:20")
        + " null PT20M null", show(out));
    e.evaluate(longer, asOf, out);
    assertEquals(fresh(e, longer, asOf), show(out));
  }

  @Test
  void anotherEvaluator_usesItsOwnGoals() {
    TimerEvaluator one = elapsedGoal(Duration.ofHours(1), EIGHT_TO_SIX);
    TimerEvaluator three = elapsedGoal(Duration.ofHours(3), EIGHT_TO_SIX);
    TicketHistory h = history("2024-11-25T09:00 created", "2024-11-25T11:00 resolved");
    Instant asOf = at("2024-11-25T12:00");
    TimerOutcomes out = new TimerOutcomes();
    one.evaluate(h, asOf, out);
    assertEquals("[BREACHED]", out.toString());
    three.evaluate(h, asOf, out);
    assertEquals("[MET]", out.toString());
    assertEquals(Duration.ofHours(3), out.goalTime(0));
    assertEquals(fresh(three, h, asOf), show(out));
    one.evaluate(h, asOf, out);
    assertEquals(Duration.ofHours(1), out.goalTime(0));
    assertEquals(at("2024-11-25T10:00"), out.breachedAt(0));
  }

  @Test
  void theFigures_keptAsNumbers_comeBackExactly_toTheNanosecond_beforeAndAfterTheEpoch() {
    TimerEvaluator e = elapsedGoal(Duration.ofNanos(1), TicketTimersTest.ALWAYS);
    Instant created = Instant.parse("1969-12-31T23:59:59.999999999Z");
    TicketHistory h =
        TicketHistory.of(
            "T-1",
            java.util.List.of(
                TicketEvent.of(created, "created"),
                TicketEvent.of(created.plusNanos(3), "resolved")));
    Instant asOf = created.plusSeconds(1);
    TimerOutcomes out = new TimerOutcomes();
    e.evaluate(h, asOf, out);
    TimerCycle full = e.evaluate(h, asOf).cycles().get(0);

    assertEquals(TimerState.BREACHED, out.state(0));
    assertEquals(created, out.startedAt(0));
    assertEquals(Instant.EPOCH, out.breachedAt(0));
    assertEquals(created.plusNanos(3), out.stoppedAt(0));
    assertEquals(Duration.ofNanos(3), out.elapsed(0));
    assertEquals(Duration.ofNanos(1), out.goalTime(0));
    assertEquals(full.breachedAt().orElseThrow(), out.breachedAt(0));
    assertEquals(full.elapsed(), out.elapsed(0));
  }
}
