package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerCycle;
import dev.servicelevel.evaluation.timer.TimerResult;
import dev.servicelevel.evaluation.timer.TimerState;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of ticket timers, checked on generated calendars, targets and histories (pauses and
 * resumes in open and closed hours, priority changes, events sharing an instant, reopenings).
 */
class TimerPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 300);

  private static void check(Gen<TicketScenario> gen, Consumer<TicketScenario> law) {
    qt().withExamples(EXAMPLES).forAll(gen).checkAssert(s -> {
      try {
        law.accept(s);
      } catch (DateTimeException e) {
        // a deadline beyond the supported range (a far-future focus), or a goal in working days
        // on a calendar that never opens: the evaluator refuses loudly, nothing to check
        assertTrue(e.getMessage().contains("supported range") || e.getMessage().contains("never opens"),
            e.getMessage());
      }
    });
  }

  private static TimerResult evaluate(TicketScenario s, TicketHistory h, Instant asOf) {
    return TicketTimers.evaluate(h, s.target(), s.calendar().build(), asOf);
  }

  private static Duration totalElapsed(TimerResult r) {
    return r.cycles().stream().map(TimerCycle::elapsed).reduce(Duration.ZERO, Duration::plus);
  }

  @Test
  void elapsedNeverExceedsWallClock() {
    check(QuickTheoriesGens.ticketScenarios(), s -> {
      for (TimerCycle c : evaluate(s, s.history(), s.asOf()).cycles()) {
        assertTrue(c.elapsed().compareTo(c.wallClock()) <= 0, c::toString);
        assertTrue(c.elapsed().plus(c.paused()).compareTo(c.wallClock()) <= 0, c::toString);
      }
    });
  }

  @Test
  void elapsedNeverDecreasesAsAsOfGrows() {
    check(QuickTheoriesGens.ticketScenariosWithoutResets(), s -> {
      List<TimerCycle> before = evaluate(s, s.history(), s.asOf()).cycles();
      List<TimerCycle> after = evaluate(s, s.history(), s.later()).cycles();
      for (int i = 0; i < before.size(); i++) {
        // elapsed is measured on the goal's clock; a goal change between business and elapsed
        // time re-measures it on the new clock (documented), which may well be less
        if (before.get(i).state() != TimerState.NOT_STARTED && sameClock(after.get(i))) {
          assertTrue(before.get(i).elapsed().compareTo(after.get(i).elapsed()) <= 0,
              () -> before + " then " + after);
        }
      }
    });
  }

  private static boolean sameClock(TimerCycle c) {
    return c.goalChanges().stream().allMatch(g -> wall(g.from()) == wall(g.to()));
  }

  private static boolean wall(java.util.Optional<dev.servicelevel.agreement.TimerGoal> goal) {
    return goal.map(g -> g.within().basis() == dev.servicelevel.agreement.BusinessDuration.Basis.ELAPSED_TIME)
        .orElse(false);
  }

  @Test
  void addingAPauseNeverIncreasesElapsed() {
    check(QuickTheoriesGens.ticketScenariosWithoutResets(), s -> {
      List<TicketEvent> events = s.history().events();
      boolean holds = events.stream().anyMatch(e -> e.fields().containsKey("hold"));
      if (holds) {
        return;
      }
      // a hold from asOf minus a day to asOf: only ever adds paused time
      Instant from = s.asOf().minus(Duration.ofHours(25));
      Instant to = s.asOf().minus(Duration.ofHours(1));
      List<TicketEvent> paused = new ArrayList<>(events);
      paused.add(TicketEvent.fieldChange(from, "hold", "yes"));
      paused.add(TicketEvent.fieldChange(to, "hold", "no"));
      paused.sort((x, y) -> x.at().compareTo(y.at()));
      TicketHistory withPause = TicketHistory.of(s.history().ticketId(), paused);
      Duration base = totalElapsed(evaluate(s, s.history(), s.asOf()));
      Duration less = totalElapsed(evaluate(s, withPause, s.asOf()));
      assertTrue(less.compareTo(base) <= 0, () -> base + " became " + less);
    });
  }

  @Test
  void verdictFlipsExactlyAtTheDeadline() {
    check(QuickTheoriesGens.ticketScenarios(), s -> {
      List<TicketEvent> upToAsOf = new ArrayList<>();
      for (TicketEvent e : s.history().events()) {
        if (!e.at().isAfter(s.asOf())) {
          upToAsOf.add(e);
        }
      }
      TicketHistory known = TicketHistory.of(s.history().ticketId(), upToAsOf);
      TimerCycle now = evaluate(s, known, s.asOf()).current();
      if (now.state() != TimerState.RUNNING || now.deadline().isEmpty()) {
        return;
      }
      Instant deadline = now.deadline().get();
      TimerCycle atDeadline = evaluate(s, known, deadline).current();
      TimerCycle justAfter = evaluate(s, known, deadline.plusNanos(1)).current();
      assertEquals(TimerState.RUNNING, atDeadline.state());
      assertEquals(TimerState.BREACHED, justAfter.state());
      assertEquals(now.deadline(), justAfter.breachedAt());
      assertEquals(java.util.Optional.of(deadline.plusNanos(1)), atDeadline.nextChangeAt().filter(t -> t.equals(deadline.plusNanos(1))));
    });
  }

  @Test
  void resultsAfterTheStopAreIdentical() {
    check(QuickTheoriesGens.ticketScenarios(), s -> {
      if (s.target().cycles() != TimerCycles.SINGLE) {
        return;
      }
      TimerResult first = evaluate(s, s.history(), s.asOf());
      if (first.current().stoppedAt().isEmpty()) {
        return;
      }
      TimerResult later = evaluate(s, s.history(), s.later());
      assertEquals(first.cycles(), later.cycles());
    });
  }

  @Test
  void sameInstantEventsOnUnrelatedFieldsCommute() {
    check(QuickTheoriesGens.ticketScenarios(), s -> {
      List<TicketEvent> events = new ArrayList<>(s.history().events());
      Instant t = events.get(events.size() / 2).at();
      List<TicketEvent> a = new ArrayList<>(events);
      a.add(TicketEvent.fieldChange(t, "note", "1"));
      a.add(TicketEvent.fieldChange(t, "tag", "x"));
      a.sort((x, y) -> x.at().compareTo(y.at()));
      List<TicketEvent> b = new ArrayList<>(a);
      int i = b.indexOf(TicketEvent.fieldChange(t, "note", "1"));
      int j = b.indexOf(TicketEvent.fieldChange(t, "tag", "x"));
      Collections.swap(b, i, j);
      assertEquals(
          evaluate(s, TicketHistory.of("T", a), s.asOf()).cycles(),
          evaluate(s, TicketHistory.of("T", b), s.asOf()).cycles());
    });
  }

  @Test
  void sameInstantEventsApplyInTheGivenOrder() {
    // the given-order rule: at one instant, "pending" then "open" leaves the ticket open, the
    // reverse leaves it waiting, and only the second pauses the clock
    CalendarSpec spec = CalendarSpec.of(java.time.ZoneOffset.UTC);
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      spec = spec.withWeekly(d, java.time.LocalTime.MIDNIGHT, java.time.LocalTime.MIDNIGHT);
    }
    BusinessCalendar always = spec.build();
    Instant t0 = Instant.parse("2024-11-25T08:00:00Z");
    Instant t1 = t0.plusSeconds(3600);
    TicketEvent created = TicketEvent.of(t0, "created", Map.of("priority", "P1", "status", "open"));
    TicketEvent pending = TicketEvent.fieldChange(t1, "status", "pending");
    TicketEvent open = TicketEvent.fieldChange(t1, "status", "open");
    var target = TicketScenarios.target(new java.util.SplittableRandom(7), false);
    Instant asOf = t1.plusSeconds(3600);
    TimerCycle openLast = TicketTimers.evaluate(TicketHistory.of("T", List.of(created, pending, open)), target, always, asOf).current();
    TimerCycle pendingLast = TicketTimers.evaluate(TicketHistory.of("T", List.of(created, open, pending)), target, always, asOf).current();
    assertEquals(Duration.ofHours(2), openLast.elapsed());
    assertEquals(Duration.ofHours(1), pendingLast.elapsed());
    assertNotEquals(openLast, pendingLast);
    assertFalse(openLast.state() == TimerState.PAUSED);
  }
}
