package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertNullRejected;
import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimerThresholdTest {

  @Test
  void warningAt_isAShareOfTheGoal() {
    TimerThreshold t = TimerThreshold.warningAt(dec("75"));
    assertEquals(ThresholdType.WARNING, t.type());
    assertEquals(Optional.of(dec("75")), t.shareOfGoal());
    assertTrue(t.beforeDeadline().isEmpty());
    assertEquals(OptionalInt.empty(), t.escalationLevel());
    assertEquals("warning at 75 % of goal", t.toString());
  }

  @Test
  void escalationBefore_isATimeLeftWithALevel() {
    TimerThreshold t =
        TimerThreshold.escalationBefore(BusinessDuration.businessMinutes(15)).atLevel(2);
    assertEquals(ThresholdType.ESCALATION, t.type());
    assertEquals(Optional.of(BusinessDuration.businessMinutes(15)), t.beforeDeadline());
    assertEquals(OptionalInt.of(2), t.escalationLevel());
    assertEquals("escalation PT15M business time before deadline to level 2", t.toString());
  }

  @Test
  void otherFactories_setTypeAndPoint() {
    assertEquals("escalation at 100 % of goal", TimerThreshold.escalationAt(dec("100")).toString());
    assertEquals(
        "warning PT10M elapsed time before deadline",
        TimerThreshold.warningBefore(BusinessDuration.elapsed(Duration.ofMinutes(10))).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "100.01", "150"})
  void warningAt_rejectsSharesOutsideZeroToHundred(String share) {
    assertRejected(
        "Threshold share of goal must be more than 0 and at most 100 %: " + share,
        () -> TimerThreshold.warningAt(new BigDecimal(share)));
  }

  @Test
  void before_rejectsWorkingDays() {
    assertRejected(
        "A time before the deadline must be business or elapsed time: end of working day +0",
        () -> TimerThreshold.warningBefore(BusinessDuration.endOfWorkingDay(0)));
  }

  @Test
  void atLevel_rejectsWarningsAndLevelsBelowOne() {
    assertRejected(
        "Only an escalation goes to an escalation level: WARNING / 1",
        () -> TimerThreshold.warningAt(dec("50")).atLevel(1));
    assertRejected(
        "Escalation level must be at least 1: 0",
        () -> TimerThreshold.escalationAt(dec("50")).atLevel(0));
  }

  @Test
  void threshold_needsExactlyOnePoint() {
    assertRejected(
        "A threshold is either a share of the goal or a time before the deadline:"
            + " Optional.empty / Optional.empty",
        () -> ImmutableTimerThreshold.builder().type(ThresholdType.WARNING).build());
    assertRejected(
        "A threshold is either a share of the goal or a time before the deadline:"
            + " Optional[50] / Optional[PT1H business time]",
        () ->
            ImmutableTimerThreshold.builder()
                .type(ThresholdType.WARNING)
                .shareOfGoal(dec("50"))
                .beforeDeadline(BusinessDuration.businessHours(1))
                .build());
  }

  @Test
  void factories_rejectNull() {
    assertNullRejected("shareOfGoal", () -> TimerThreshold.warningAt(null));
    assertNullRejected("beforeDeadline", () -> TimerThreshold.escalationBefore(null));
  }

  @Test
  void equality() {
    assertValueEquality(
        TimerThreshold.escalationAt(dec("90")).atLevel(1),
        TimerThreshold.escalationAt(dec("90")).atLevel(1),
        TimerThreshold.escalationAt(dec("90")));
  }
}
