package dev.servicelevel.evaluation.timer;

import static dev.servicelevel.evaluation.timer.TicketTimersTest.EIGHT_TO_SIX;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.at;
import static dev.servicelevel.evaluation.timer.TicketTimersTest.history;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The goal of a cycle is chosen again only at an event that sets or clears a field the goals
 * read, or after the clock started again under the shortest match; everywhere else the choice
 * stands. These tests hold that shortcut against choosing at every event.
 */
class GoalChoiceTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 200);

  private static final BusinessCalendar[] CALENDARS = {
    EIGHT_TO_SIX, BusinessCalendar.alwaysOpen(TicketTimersTest.BERLIN)
  };

  // ---- which fields the goals read ---------------------------------------------------------

  @Test
  void goalFields_namesEveryFieldTheGoalsRead_once_inTheOrderMet() {
    List<TimerGoal> goals =
        List.of(
            TimerGoal.of(Condition.fieldIs("priority", "P1"), BusinessDuration.businessHours(4)),
            TimerGoal.of(
                Condition.and(
                    Condition.fieldIn("team", "a", "b"),
                    Condition.not(Condition.fieldPresent("vip")),
                    Condition.or(Condition.fieldIs("priority", "P2"), Condition.always())),
                BusinessDuration.businessHours(8)));
    assertArrayEquals(
        new String[] {"priority", "team", "vip"}, TimerEvaluator.goalFields(goals));
  }

  @Test
  void goalFields_ofConstantsIsEmpty() {
    assertArrayEquals(
        new String[0],
        TimerEvaluator.goalFields(
            List.of(
                TimerGoal.of(Condition.always(), BusinessDuration.businessHours(4)),
                TimerGoal.of(Condition.never(), BusinessDuration.businessHours(1)))));
  }

  @Test
  void goalFields_isNullWhenAnyGoalReadsTheEventType_atAnyDepth() {
    BusinessDuration hours = BusinessDuration.businessHours(4);
    assertNull(TimerEvaluator.goalFields(List.of(TimerGoal.of(Condition.event("vip"), hours))));
    assertNull(
        TimerEvaluator.goalFields(
            List.of(
                TimerGoal.of(Condition.fieldIs("priority", "P1"), hours),
                TimerGoal.of(
                    Condition.or(
                        Condition.fieldIs("priority", "P2"),
                        Condition.not(Condition.event("escalated"))),
                    hours))));
    assertNull(
        TimerEvaluator.goalFields(
            List.of(
                TimerGoal.of(
                    Condition.and(Condition.event("escalated"), Condition.fieldPresent("vip")),
                    hours))));
  }

  @Test
  void touches_seesSetAndClearedFields_ofThatEventOnly() {
    List<TicketEvent> events =
        List.of(
            TicketEvent.of(at("2024-11-25T09:00"), "created", java.util.Map.of("priority", "P1")),
            TicketEvent.builder().at(at("2024-11-25T10:00")).addClearedFields("vip").build(),
            TicketEvent.fieldChange(at("2024-11-25T11:00"), "status", "open"),
            TicketEvent.of(at("2024-11-25T12:00"), "reply"));
    EventWalk walk = new EventWalk(events);
    String[] read = {"team", "priority", "vip"};
    assertTrue(walk.touches(0, read));
    assertTrue(walk.touches(1, read));
    assertFalse(walk.touches(2, read));
    assertFalse(walk.touches(3, read));
    assertFalse(walk.touches(0, new String[] {"status"}));
    assertTrue(walk.touches(2, new String[] {"status"}));
    assertFalse(walk.touches(1, new String[0]));
  }

  // ---- the choice after events that leave the fields ---------------------------------------

  private static TicketTimerTarget.Builder twoGoals(Condition first, Condition second) {
    return TicketTimerTarget.builder()
        .id("resolve")
        .service("shop")
        .window("prime")
        .timer(TimerKind.RESOLVE)
        // from Monday 08:00 the 8 business hours end first (16:00), from Friday 18:00 the
        // 20 elapsed hours (Saturday 14:00, against Monday 16:00)
        .addGoals(
            TimerGoal.of(first, BusinessDuration.elapsed(Duration.ofHours(20))),
            TimerGoal.of(second, BusinessDuration.businessHours(8)))
        .startWhen(Condition.or(Condition.event("created"), Condition.event("reset")))
        .stopWhen(Condition.event("resolved"))
        .resetWhen(Condition.event("reset"));
  }

  @Test
  void shortestMatch_isChosenAgainWhenTheClockStartsAgain_thoughNoFieldChanged() {
    TicketTimerTarget target =
        twoGoals(Condition.always(), Condition.fieldIs("priority", "P1"))
            .goalSelection(GoalSelection.SHORTEST_MATCH)
            .build();
    TicketHistory h =
        history(
            "2024-11-25T08:00 created priority=P1",
            "2024-11-25T12:00 reply",
            "2024-11-29T18:00 reset");
    TimerCycle c = TimerEvaluator.of(target, EIGHT_TO_SIX).evaluate(h, at("2024-11-30T15:00")).current();
    assertEquals(target.goals().get(0), c.goal().orElseThrow());
    assertEquals(1, c.goalChanges().size());
    assertEquals(at("2024-11-29T18:00"), c.goalChanges().get(0).at());
    assertEquals(TimerState.BREACHED, c.state());
    assertEquals(at("2024-11-30T14:00"), c.breachedAt().orElseThrow());
    assertEquals(reference(target, EIGHT_TO_SIX, h, at("2024-11-30T15:00")), c);
  }

  @Test
  void firstMatch_keepsTheGoalThroughARestart_andChangesItAtAFieldChange() {
    TicketTimerTarget target =
        twoGoals(Condition.fieldIs("priority", "P2"), Condition.always())
            .goalSelection(GoalSelection.FIRST_MATCH)
            .goalChange(GoalChangePolicy.RESTART)
            .build();
    TicketHistory h =
        history(
            "2024-11-25T08:00 created priority=P2",
            "2024-11-29T18:00 reset",
            "2024-11-29T19:00 reply",
            "2024-11-30T10:00 - priority=P1");
    TimerCycle c = TimerEvaluator.of(target, EIGHT_TO_SIX).evaluate(h, at("2024-11-30T12:00")).current();
    // the reset keeps the first goal; the priority change at 10:00 moves to the second and
    // restarts the clock there
    assertEquals(1, c.goalChanges().size());
    assertEquals(at("2024-11-30T10:00"), c.goalChanges().get(0).at());
    assertEquals(target.goals().get(1), c.goal().orElseThrow());
    assertEquals(at("2024-11-30T10:00"), c.startedAt().orElseThrow());
    assertEquals(reference(target, EIGHT_TO_SIX, h, at("2024-11-30T12:00")), c);
  }

  @Test
  void aClearedField_changesTheGoal() {
    TicketTimerTarget target =
        twoGoals(Condition.fieldPresent("vip"), Condition.always())
            .goalSelection(GoalSelection.FIRST_MATCH)
            .build();
    List<TicketEvent> events =
        List.of(
            TicketEvent.of(at("2024-11-25T08:00"), "created", java.util.Map.of("vip", "yes")),
            TicketEvent.builder().at(at("2024-11-25T09:00")).addClearedFields("vip").build());
    TicketHistory h = TicketHistory.of("T-1", events);
    TimerCycle c = TimerEvaluator.of(target, EIGHT_TO_SIX).evaluate(h, at("2024-11-25T10:00")).current();
    assertEquals(target.goals().get(1), c.goal().orElseThrow());
    assertEquals(at("2024-11-25T09:00"), c.goalChanges().get(0).at());
  }

  // ---- the shortcut against choosing at every event, on random tickets ----------------------

  @Test
  void evaluate_equalsChoosingAtEveryEvent() {
    qt().withExamples(EXAMPLES * 5)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              TicketTimerTarget target = randomTarget(random);
              BusinessCalendar calendar = CALENDARS[random.nextInt(CALENDARS.length)];
              TicketHistory h = randomHistory(random);
              List<TicketEvent> events = h.events();
              Instant asOf =
                  events.get(events.size() - 1).at().plus(Duration.ofMinutes(random.nextInt(5000)));
              String expected = outcome(TimerEvaluator.choosingAtEveryEvent(target, calendar), h, asOf);
              assertEquals(expected, outcome(TimerEvaluator.of(target, calendar), h, asOf), "seed " + seed);
            });
  }

  /** The full result and the outcomes, as text, or the exception's class and message. */
  private static String outcome(TimerEvaluator evaluator, TicketHistory h, Instant asOf) {
    StringBuilder s = new StringBuilder();
    try {
      s.append(evaluator.evaluate(h, asOf));
    } catch (DateTimeException e) {
      s.append(e.getClass().getName()).append(": ").append(e.getMessage());
    }
    TimerOutcomes out = new TimerOutcomes();
    try {
      evaluator.evaluate(h, asOf, out);
    } catch (DateTimeException e) {
      s.append(" / ").append(e.getClass().getName());
    }
    for (int c = 0; c < out.size(); c++) {
      s.append(" / ").append(out.state(c)).append(' ').append(out.elapsed(c)).append(' ')
          .append(out.breachedAt(c));
    }
    return s.toString();
  }

  private static TimerCycle reference(
      TicketTimerTarget target, BusinessCalendar calendar, TicketHistory h, Instant asOf) {
    return TimerEvaluator.choosingAtEveryEvent(target, calendar).evaluate(h, asOf).current();
  }

  private static final String[] PRIORITIES = {"P1", "P2", "P3"};
  private static final String[] TYPES = {
    "created", "reply", "reset", "reopened", "resolved", "escalated", null
  };

  private static Condition randomCondition(Random random, int depth) {
    switch (random.nextInt(depth > 1 ? 6 : 9)) {
      case 0:
      case 1:
        return Condition.fieldIs("priority", PRIORITIES[random.nextInt(3)]);
      case 2:
        return Condition.fieldIn("priority", "P1", PRIORITIES[1 + random.nextInt(2)]);
      case 3:
        return Condition.fieldPresent("vip");
      case 4:
        return Condition.always();
      case 5:
        // the event type: the goal is chosen at every event
        return random.nextInt(4) == 0 ? Condition.event("escalated") : Condition.fieldIs("status", "open");
      case 6:
        return Condition.not(randomCondition(random, depth + 1));
      case 7:
        return Condition.and(randomCondition(random, depth + 1), randomCondition(random, depth + 1));
      default:
        return Condition.or(randomCondition(random, depth + 1), randomCondition(random, depth + 1));
    }
  }

  private static BusinessDuration randomGoal(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return BusinessDuration.elapsed(Duration.ofMinutes(30 + random.nextInt(3000)));
      case 1:
        return BusinessDuration.businessMinutes(30 + random.nextInt(1500));
      case 2:
        return BusinessDuration.workingDaysSameTime(1 + random.nextInt(3));
      default:
        return BusinessDuration.endOfWorkingDay(random.nextInt(3));
    }
  }

  private static TicketTimerTarget randomTarget(Random random) {
    TicketTimerTarget.Builder b =
        TicketTimerTarget.builder().id("resolve").service("shop").window("prime")
            .timer(TimerKind.RESOLVE);
    int goals = 1 + random.nextInt(3);
    for (int g = 0; g < goals; g++) {
      b.addGoals(TimerGoal.of(randomCondition(random, 0), randomGoal(random)));
    }
    b.goalSelection(random.nextBoolean() ? GoalSelection.FIRST_MATCH : GoalSelection.SHORTEST_MATCH)
        .goalChange(random.nextBoolean() ? GoalChangePolicy.RETROACTIVE : GoalChangePolicy.RESTART)
        .cycles(random.nextBoolean() ? TimerCycles.SINGLE : TimerCycles.MULTI)
        .startWhen(Condition.or(Condition.event("created"), Condition.event("reopened")))
        .stopWhen(Condition.event("resolved"))
        .pauseWhen(Condition.fieldIs("status", "pending"));
    if (random.nextBoolean()) {
      b.resetWhen(Condition.event("reset"));
    }
    return b.build();
  }

  private static TicketHistory randomHistory(Random random) {
    int n = 1 + random.nextInt(10);
    List<TicketEvent> events = new ArrayList<>();
    Instant t = Instant.parse("2024-11-22T06:00:00Z").plus(Duration.ofMinutes(random.nextInt(6000)));
    for (int i = 0; i < n; i++) {
      TicketEvent.Builder e = TicketEvent.builder().at(t);
      String type = i == 0 ? "created" : TYPES[random.nextInt(TYPES.length)];
      if (type != null) {
        e.type(type);
      }
      if (i == 0 || random.nextInt(3) == 0) {
        e.putFields("priority", PRIORITIES[random.nextInt(3)]);
      }
      if (random.nextInt(3) == 0) {
        e.putFields("status", random.nextBoolean() ? "pending" : "open");
      }
      switch (random.nextInt(5)) {
        case 0:
          e.putFields("vip", "yes");
          break;
        case 1:
          e.addClearedFields("vip");
          break;
        default:
          break;
      }
      if (type == null && random.nextInt(4) == 0) {
        e.putFields("team", "a");
      }
      TicketEvent built;
      try {
        built = e.build();
      } catch (IllegalArgumentException empty) {
        // a plain event without a change is not an event: give it one
        built = TicketEvent.fieldChange(t, "team", "b");
      }
      events.add(built);
      t = t.plus(Duration.ofMinutes(random.nextInt(3) == 0 ? 0 : random.nextInt(4000)));
    }
    return TicketHistory.of("T-" + n, events);
  }
}
