package dev.servicelevel.evaluation.timer;

import static dev.servicelevel.evaluation.timer.RunningCycleMutationTest.only;
import static dev.servicelevel.evaluation.timer.RunningCycleMutationTest.target;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.EIGHT_TO_SIX;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.at;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.history;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The clock's running segments: exactly as many as its first buffer of running totals holds,
 * and the wall-clock length of segments whose ends have fractions of a second.
 */
class TimerClockMutationTest {

  private static final TicketTimerTarget TWO_HOURS =
      target(GoalSelection.FIRST_MATCH, BusinessDuration.elapsed(Duration.ofHours(2))).build();

  @Test
  void fiveRunningSegments() {
    TimerCycle c =
        only(TWO_HOURS, EIGHT_TO_SIX,
            history("2024-11-25T09:00 created", "2024-11-25T09:10 - status=pending",
                "2024-11-25T09:20 - status=open", "2024-11-25T09:30 - status=pending",
                "2024-11-25T09:40 - status=open", "2024-11-25T09:50 - status=pending",
                "2024-11-25T10:00 - status=open", "2024-11-25T10:10 - status=pending",
                "2024-11-25T10:20 - status=open", "2024-11-25T10:30 resolved"),
            at("2024-11-25T12:00"));
    assertEquals(TimerState.MET, c.state());
    assertEquals(Duration.ofMinutes(50), c.elapsed());
    assertEquals(Duration.ofMinutes(40), c.paused());
    assertEquals(Duration.ofMinutes(40), c.pausedWallClock());
    assertEquals(Duration.ofMinutes(90), c.wallClock());
  }

  @Test
  void wallClockOfSegmentsWithFractionsOfASecond() {
    // running 09:00:00.25 to 09:00:10.5 (10.25 s), pending to 09:00:20.75 (10.25 s)
    TimerCycle c =
        only(TWO_HOURS, EIGHT_TO_SIX,
            history("2024-11-25T09:00:00.25 created", "2024-11-25T09:00:10.5 - status=pending",
                "2024-11-25T09:00:20.75 resolved"),
            at("2024-11-25T12:00"));
    assertEquals(Duration.ofMillis(10_250), c.elapsed());
    assertEquals(Duration.ofMillis(20_500), c.wallClock());
    assertEquals(Duration.ofMillis(10_250), c.pausedWallClock());
    assertEquals(Duration.ofMillis(10_250), c.paused());
    assertEquals(Optional.of(at("2024-11-25T09:00:20.75")), c.stoppedAt());
  }

  @Test
  void twelveSegmentsMeasuredAtOnce() {
    // the totals are first measured at the end, twelve segments at once: more than twice the
    // first buffer; 9 min running and 5 min pending each time
    String[] rows = new String[25];
    java.time.LocalDateTime t = java.time.LocalDateTime.parse("2024-11-25T09:00");
    rows[0] = t + " created";
    for (int i = 0; i < 12; i++) {
      t = t.plusMinutes(9);
      rows[1 + 2 * i] = t + " - status=pending";
      t = t.plusMinutes(5);
      rows[2 + 2 * i] = t + (i == 11 ? " resolved" : " - status=open");
    }
    TimerCycle c = only(TWO_HOURS, EIGHT_TO_SIX, history(rows), at("2024-11-25T18:00"));
    assertEquals(TimerState.MET, c.state());
    assertEquals(Duration.ofMinutes(108), c.elapsed());
    assertEquals(Duration.ofMinutes(60), c.pausedWallClock());
  }

  @Test
  void fractionsOfASecondCarryIntoTheSeconds_andTheDeadlineLiesInALaterSegment() {
    // running 0.6 s, pending, running 0.7 s and on: 1.3 s counted by the second stretch's
    // end; the 2 h goal is reached 2 h - 1.3 s into the last stretch
    TimerCycle c =
        only(TWO_HOURS, EIGHT_TO_SIX,
            history("2024-11-25T09:00:00.2 created", "2024-11-25T09:00:00.8 - status=pending",
                "2024-11-25T09:00:10.1 - status=open", "2024-11-25T09:00:10.8 - status=pending",
                "2024-11-25T09:00:20.5 - status=open"),
            at("2024-11-25T12:00"));
    assertEquals(TimerState.BREACHED, c.state());
    assertEquals(Optional.of(at("2024-11-25T11:00:19.2")), c.breachedAt());
    assertEquals(Duration.ofHours(3).minusSeconds(20).minusMillis(500).plusMillis(1_300),
        c.elapsed());
    TimerCycle stopped =
        only(TWO_HOURS, EIGHT_TO_SIX,
            history("2024-11-25T09:00:00.2 created", "2024-11-25T09:00:00.8 - status=pending",
                "2024-11-25T09:00:10.1 - status=open", "2024-11-25T09:00:10.8 resolved"),
            at("2024-11-25T12:00"));
    assertEquals(Duration.ofMillis(1_300), stopped.elapsed());
    assertEquals(Duration.ofMillis(9_300), stopped.pausedWallClock());
  }

  @Test
  void segmentsAtAndBeyondALongOfNanoseconds_areExact_onEitherClock() {
    // a segment up to 9,000,000,000 s is measured in nanoseconds, a longer one in seconds and
    // nanos; both exact, on the wall clock and on a calendar's
    Instant created = Instant.parse("1901-01-01T00:00:00.25Z");
    BusinessCalendar always = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    for (long apart : new long[] {9_000_000_000L, 9_000_000_001L, 15_000_000_000L}) {
      Instant resolved = created.plusSeconds(apart).plusNanos(500_000_000);
      TicketHistory h =
          TicketHistory.of(
              "T-1",
              List.of(TicketEvent.of(created, "created", java.util.Map.of()),
                  TicketEvent.of(resolved, "resolved", java.util.Map.of())));
      Duration wall = Duration.between(created, resolved);
      for (BusinessDuration goal :
          List.of(BusinessDuration.elapsed(Duration.ofHours(2)), BusinessDuration.businessHours(2))) {
        TicketTimerTarget t = target(GoalSelection.FIRST_MATCH, goal).build();
        TimerCycle c = only(t, always, h, resolved.plusSeconds(1));
        assertEquals(wall, c.elapsed(), apart + " s, " + goal);
        assertEquals(TimerState.BREACHED, c.state());
      }
      // an office calendar counts its hours exactly as between does
      TicketTimerTarget hours = target(GoalSelection.FIRST_MATCH,
          BusinessDuration.businessHours(2)).build();
      TimerCycle c = only(hours, EIGHT_TO_SIX, h, resolved.plusSeconds(1));
      assertEquals(EIGHT_TO_SIX.between(created, resolved), c.elapsed(), apart + " s");
    }
  }
}
