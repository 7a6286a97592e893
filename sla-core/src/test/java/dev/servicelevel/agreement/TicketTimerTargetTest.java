package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.dec;
import static dev.servicelevel.agreement.Fixtures.timer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketTimerTargetTest {

  @Test
  void defaults_singleCycleFirstMatchRetroactiveNeverPausesAllTickets() {
    TicketTimerTarget t = timer("respond").build();
    assertEquals(GoalSelection.FIRST_MATCH, t.goalSelection());
    assertEquals(TimerCycles.SINGLE, t.cycles());
    assertEquals(GoalChangePolicy.RETROACTIVE, t.goalChange());
    assertEquals(Condition.never(), t.pauseWhen());
    assertEquals(Condition.never(), t.cancelWhen());
    assertEquals(Condition.never(), t.resetWhen());
    assertEquals(List.of(), t.thresholds());
    assertEquals(dec("100"), t.requiredShare());
    assertEquals(TicketMembership.BY_START, t.membership());
  }

  @Test
  void builder_setsEveryPolicy() {
    Condition waiting = Condition.fieldIs("status", "waiting-on-customer");
    TicketTimerTarget t =
        timer("respond")
            .goalSelection(GoalSelection.SHORTEST_MATCH)
            .cycles(TimerCycles.MULTI)
            .goalChange(GoalChangePolicy.RESTART)
            .pauseWhen(waiting)
            .cancelWhen(Condition.event("merged"))
            .resetWhen(Condition.event("reopened"))
            .addThresholds(TimerThreshold.warningAt(dec("50")), TimerThreshold.warningAt(dec("75")))
            .requiredShare(dec("95"))
            .membership(TicketMembership.BY_STOP)
            .responsibleParty(PartyRole.CUSTOMER)
            .build();
    assertEquals(TimerKind.RESPOND, t.timer());
    assertEquals(GoalSelection.SHORTEST_MATCH, t.goalSelection());
    assertEquals(TimerCycles.MULTI, t.cycles());
    assertEquals(GoalChangePolicy.RESTART, t.goalChange());
    assertEquals(TicketMembership.BY_STOP, t.membership());
    assertEquals(waiting, t.pauseWhen());
    assertEquals(Condition.event("merged"), t.cancelWhen());
    assertEquals(Condition.event("reopened"), t.resetWhen());
    assertEquals(2, t.thresholds().size());
    assertEquals(dec("95"), t.requiredShare());
    assertEquals(PartyRole.CUSTOMER, t.responsibleParty());
  }

  @Test
  void goals_atLeastOne() {
    assertRejected(
        "A ticket timer target needs a goal: respond",
        () ->
            TicketTimerTarget.builder()
                .id("respond")
                .service("shop")
                .window("office")
                .timer(TimerKind.RESPOND)
                .startWhen(Condition.always())
                .stopWhen(Condition.never())
                .build());
  }

  @Test
  void thresholds_eachOnce() {
    assertRejected(
        "Timer threshold must be unique: warning at 50 % of goal",
        () ->
            timer("respond")
                .addThresholds(
                    TimerThreshold.warningAt(dec("50")), TimerThreshold.warningAt(dec("50")))
                .build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "100.5"})
  void requiredShare_mustBeAShare(String share) {
    assertRejected(
        "Required share of tickets must be more than 0 and at most 100 %: " + share,
        () -> timer("respond").requiredShare(dec(share)).build());
  }

  @Test
  void equality() {
    assertValueEquality(
        timer("a").build(), timer("a").build(), timer("a").cycles(TimerCycles.MULTI).build());
  }
}
