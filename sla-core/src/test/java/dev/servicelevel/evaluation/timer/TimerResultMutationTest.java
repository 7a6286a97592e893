package dev.servicelevel.evaluation.timer;

import static dev.servicelevel.evaluation.timer.RunningCycleMutationTest.target;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.EIGHT_TO_SIX;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.at;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TicketTimerTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * A timer result's earliest next change over its cycles, its check for at least one cycle, and
 * the evaluation of a target named in an agreement.
 */
class TimerResultMutationTest {

  private static TimerCycle cycle(int number, String next) {
    return TimerCycle.builder()
        .number(number)
        .state(TimerState.RUNNING)
        .goalReason("test")
        .elapsed(Duration.ZERO)
        .wallClock(Duration.ZERO)
        .paused(Duration.ZERO)
        .pausedWallClock(Duration.ZERO)
        .nextChangeAt(Optional.ofNullable(next).map(TicketTimersTest::at))
        .build();
  }

  private static Optional<Instant> next(TimerCycle... cycles) {
    return TimerResult.of("T-1", "resolve", at("2024-11-25T09:00"), List.of(cycles))
        .nextChangeAt();
  }

  @Test
  void nextChangeAt_isTheEarliestOfTheCycles() {
    Optional<Instant> ten = Optional.of(at("2024-11-25T10:00"));
    assertEquals(ten, next(cycle(1, "2024-11-25T10:00"), cycle(2, "2024-11-25T12:00")));
    assertEquals(ten, next(cycle(1, "2024-11-25T12:00"), cycle(2, "2024-11-25T10:00")));
    assertEquals(ten,
        next(cycle(1, null), cycle(2, "2024-11-25T10:00"), cycle(3, null)));
    assertEquals(Optional.empty(), next(cycle(1, null), cycle(2, null)));
  }

  @Test
  void aResultWithoutCycles_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> TimerResult.of("T-7", "resolve", at("2024-11-25T09:00"), List.of()));
    assertEquals("A timer result has at least one cycle: T-7", e.getMessage());
  }

  @Test
  void evaluateATargetOfAnAgreement() {
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH, BusinessDuration.businessHours(2)).build();
    Agreement sla =
        Agreement.builder()
            .id("sla")
            .kind(AgreementKind.SLA)
            .title("Shop")
            .provider(Party.of("it", "IT"))
            .customer(Party.of("shop", "Shop"))
            .validity(LocalDateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
            .zone(ZoneId.of("Europe/Berlin"))
            .addServices(Service.of("shop", "Shop"))
            .addWindows(ServiceWindow.of("prime", EIGHT_TO_SIX))
            .addTargets(t)
            .build();
    TicketHistory h = history("2024-11-25T17:00 created");
    TimerResult r = TicketTimers.evaluate(h, sla, "resolve", at("2024-11-25T17:30"));
    assertEquals(TicketTimers.evaluate(h, t, EIGHT_TO_SIX, at("2024-11-25T17:30")), r);
    assertEquals(Optional.of(at("2024-11-26T09:00")), r.current().deadline());
    assertEquals("T-1 resolve", r.ticketId() + " " + r.targetId());
  }
}
