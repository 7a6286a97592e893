package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertNullRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimerGoalTest {

  private static final Condition P1 = Condition.fieldIs("priority", "P1");

  @Test
  void of_holdsConditionAndDuration() {
    TimerGoal goal = TimerGoal.of(P1, BusinessDuration.businessMinutes(30));
    assertEquals(P1, goal.when());
    assertEquals(BusinessDuration.businessMinutes(30), goal.within());
    assertEquals("priority = \"P1\" -> PT30M business time", goal.toString());
  }

  @Test
  void of_rejectsNull() {
    assertNullRejected("when", () -> TimerGoal.of(null, BusinessDuration.businessHours(1)));
    assertNullRejected("within", () -> TimerGoal.of(P1, null));
  }

  @Test
  void equality() {
    assertValueEquality(
        TimerGoal.of(P1, BusinessDuration.businessHours(1)),
        TimerGoal.of(P1, BusinessDuration.businessMinutes(60)),
        TimerGoal.of(P1, BusinessDuration.workingDaysSameTime(1)));
  }
}
