package dev.servicelevel.evaluation.timer;

import static dev.servicelevel.evaluation.timer.RunningCycleMutationTest.only;
import static dev.servicelevel.evaluation.timer.RunningCycleMutationTest.target;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Deadlines at the edges of the supported range: goals in working days whose deadline falls
 * after {@link Limits#LATEST} (an error when a verdict is needed, no goal time when the cycle is
 * cancelled), a working day whose end lies after it, elapsed deadlines just after it, and a goal
 * of the whole range from its first instant. Los Angeles is behind UTC, so its last working day
 * of 2399 ends in 2400 on the UTC clock.
 */
class TimeBasisMutationTest {

  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private static final BusinessCalendar LA_EIGHT_TO_FIVE =
      BusinessCalendar.builder(LA)
          .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0))
          .build();
  private static final BusinessCalendar LA_EIGHT_TO_THREE =
      BusinessCalendar.builder(LA)
          .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(8, 0), LocalTime.of(15, 0))
          .build();

  private static Instant la(String local) {
    return LocalDateTime.parse(local).atZone(LA).toInstant();
  }

  /** A history of (LA local time, event type) pairs. */
  private static TicketHistory laHistory(String... rows) {
    List<TicketEvent> events = new ArrayList<>();
    for (int i = 0; i < rows.length; i += 2) {
      events.add(TicketEvent.builder().at(la(rows[i])).type(rows[i + 1]).build());
    }
    return TicketHistory.of("T-9", events);
  }

  private static void assertNoDeadline(
      String message, TicketTimerTarget t, BusinessCalendar calendar, TicketHistory h,
      Instant asOf) {
    TicketTimers.NoDeadlineException full =
        assertThrows(TicketTimers.NoDeadlineException.class,
            () -> TicketTimers.evaluate(h, t, calendar, asOf));
    assertEquals(message, full.getMessage());
    TicketTimers.NoDeadlineException outcomes =
        assertThrows(TicketTimers.NoDeadlineException.class,
            () -> TimerEvaluator.of(t, calendar).evaluate(h, asOf, new TimerOutcomes()));
    assertEquals(message, outcomes.getMessage());
  }

  @Test
  void sameTimeNextWorkingDay_after2400_hasNoDeadline() {
    // Thursday 2399-12-30 16:30 in LA is 2399-12-31 00:30 UTC; Friday 16:30 is in 2400 (UTC)
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH, BusinessDuration.workingDaysSameTime(1)).build();
    assertNoDeadline(
        "The deadline of goal same time +1 working days from 2399-12-31T00:30:00Z falls after "
            + Limits.LATEST + ", the end of the supported range",
        t, LA_EIGHT_TO_FIVE, laHistory("2399-12-30T16:30", "created"),
        la("2399-12-30T17:00"));
  }

  @Test
  void cancelledCycle_withAWorkingDayGoalAfter2400_hasNoGoalTime() {
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH, BusinessDuration.workingDaysSameTime(1))
            .addThresholds(TimerThreshold.warningAt(BigDecimal.valueOf(50)))
            .build();
    TimerCycle c =
        only(t, LA_EIGHT_TO_FIVE,
            laHistory("2399-12-30T16:30", "created", "2399-12-30T16:45", "withdrawn"),
            la("2399-12-30T17:00"));
    assertEquals(TimerState.CANCELLED, c.state());
    assertEquals(Optional.empty(), c.goalTime());
    assertEquals(Optional.empty(), c.remaining());
    assertEquals(Duration.ofMinutes(15), c.elapsed());
    assertEquals(Optional.of(la("2399-12-30T16:45")), c.stoppedAt());
    assertEquals("[warning at 50 % of goal: due at -]", c.thresholds().toString());
  }

  @Test
  void endOfWorkingDay_whoseDayEndsAfter2400_hasNoDeadline() {
    // the calendar closes at 15:00 LA (23:00 UTC) on Friday 2399-12-31, but the day ends in 2400
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH, BusinessDuration.endOfWorkingDay(1)).build();
    assertNoDeadline(
        "The deadline of goal end of working day +1 from 2399-12-30T18:00:00Z falls after "
            + Limits.LATEST + ", the end of the supported range",
        t, LA_EIGHT_TO_THREE, laHistory("2399-12-30T10:00", "created"),
        la("2399-12-30T11:00"));
  }

  @Test
  void elapsedDeadlineJustAfter2400_isNotShown() {
    Instant start = Instant.parse("2399-12-31T20:00:00Z");
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH, BusinessDuration.elapsed(Duration.ofHours(8)))
            .build();
    TimerCycle c =
        only(t, LA_EIGHT_TO_FIVE,
            TicketHistory.of("T-9",
                List.of(TicketEvent.builder().at(start).type("created").build())),
            start.plus(Duration.ofHours(2)));
    assertEquals(TimerState.RUNNING, c.state());
    assertEquals(Optional.empty(), c.deadline());
    assertEquals(Optional.of(Duration.ofHours(6)), c.remaining());
    assertEquals(Optional.empty(), c.nextChangeAt());
  }

  @Test
  void theWholeRangeFromItsFirstInstant_isDueAtItsLastInstant() {
    TicketTimerTarget t =
        target(GoalSelection.FIRST_MATCH, BusinessDuration.elapsed(Limits.MAX_DURATION))
            .build();
    TimerCycle c =
        only(t, LA_EIGHT_TO_FIVE,
            TicketHistory.of("T-9",
                List.of(TicketEvent.builder().at(Limits.EARLIEST).type("created").build())),
            Limits.EARLIEST.plus(Duration.ofHours(1)));
    assertEquals(TimerState.RUNNING, c.state());
    assertEquals(Optional.of(Limits.LATEST), c.deadline());
    assertEquals(Optional.of(Limits.LATEST.plusNanos(1)), c.nextChangeAt());
  }
}
