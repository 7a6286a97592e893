package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.TargetResult;
import dev.servicelevel.evaluation.TicketFigures;
import dev.servicelevel.evaluation.TicketTimerAccumulator;
import dev.servicelevel.evaluation.UnevaluableRecord;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerCycle;
import dev.servicelevel.evaluation.timer.TimerResult;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Robustness of ticket timers on generated histories, extreme ones included (events at the
 * edges of the supported range, gaps of decades, a nanosecond or nothing, goals of centuries,
 * windows that stop opening, evaluation instants at and beyond the range's edges): evaluation
 * returns a sane result or throws only its documented exception, and an accumulator never throws
 * on a ticket, it lists the ones it cannot evaluate.
 */
class TimerRobustnessPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 300);
  private static final Instant EARLIEST = Limits.EARLIEST;
  private static final Instant LATEST = Limits.LATEST;

  /** A generated case: calendar, target, histories and an evaluation instant. */
  record Case(BusinessCalendar calendar, String calendarText, TicketTimerTarget target,
      List<TicketHistory> histories, Instant asOf) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("Case[calendar=" + calendarText + ", target=" + target
          + ", asOf=" + asOf);
      histories.forEach(h -> sb.append(", ").append(h.ticketId()).append('=').append(h.events()));
      return sb.append(']').toString();
    }
  }

  private static Instant clamp(Instant t) {
    return t.isAfter(LATEST) ? LATEST : t.isBefore(EARLIEST) ? EARLIEST : t;
  }

  private static Instant base(RandomGenerator r) {
    switch (r.nextInt(5)) {
      case 0:
        return EARLIEST;
      case 1:
        return LATEST.minusSeconds(r.nextInt(30 * 86_400));
      case 2:
        return EARLIEST.plusSeconds(r.nextLong(Limits.MAX_DURATION.getSeconds()));
      default:
        return Instant.parse("2025-06-01T00:00:00Z").plusSeconds(r.nextInt(60 * 86_400));
    }
  }

  private static Duration gap(RandomGenerator r) {
    switch (r.nextInt(6)) {
      case 0:
        return Duration.ZERO;
      case 1:
        return Duration.ofNanos(1);
      case 2:
        // decades to centuries: a ticket open for 325 years
        return Duration.ofDays(365L * (10 + r.nextInt(400)));
      default:
        return Duration.ofSeconds(r.nextInt(3 * 86_400), r.nextInt(1_000_000_000));
    }
  }

  private static TicketHistory history(RandomGenerator r, int n) {
    List<TicketEvent> events = new ArrayList<>();
    Instant t = base(r);
    String[] priorities = {"P1", "P2", "P3"};
    events.add(TicketEvent.of(t, "created", Map.of("priority", priorities[r.nextInt(3)], "status", "open")));
    int more = r.nextInt(8);
    for (int i = 0; i < more; i++) {
      t = clamp(t.plus(gap(r)));
      switch (r.nextInt(7)) {
        case 0:
          events.add(TicketEvent.of(t, "agent-reply", Map.of("status", "pending")));
          break;
        case 1:
          events.add(TicketEvent.fieldChange(t, "status", "open"));
          break;
        case 2:
          events.add(TicketEvent.fieldChange(t, "priority", priorities[r.nextInt(3)]));
          break;
        case 3:
          events.add(TicketEvent.of(t, "resolved", Map.of("status", "resolved")));
          break;
        case 4:
          events.add(TicketEvent.of(t, "reopened", Map.of("status", "open")));
          break;
        case 5:
          events.add(TicketEvent.fieldChange(t, "status", "cancelled"));
          break;
        default:
          events.add(TicketEvent.of(t, "agent-reply"));
          break;
      }
    }
    return TicketHistory.of("T-" + n, events);
  }

  private static TicketTimerTarget target(RandomGenerator r) {
    if (r.nextInt(3) > 0) {
      TicketTimerTarget t = TicketScenarios.target(r, true);
      return TicketTimerTarget.builder()
          .id(t.id()).service(t.service()).window(t.window()).timer(t.timer())
          .addAllGoals(t.goals()).goalSelection(t.goalSelection()).goalChange(t.goalChange())
          .startWhen(t.startWhen()).stopWhen(t.stopWhen()).pauseWhen(t.pauseWhen())
          .resetWhen(t.resetWhen()).cycles(t.cycles()).addAllThresholds(t.thresholds())
          .cancelWhen(Condition.fieldIs("status", "cancelled"))
          .build();
    }
    // goals of centuries, up to the longest a goal may be (500 years, Limits.MAX_DURATION)
    Duration huge =
        r.nextInt(2) == 0
            ? Duration.ofDays(365L * (100 + r.nextInt(400)))
            : Limits.MAX_DURATION;
    BusinessDuration goal =
        r.nextInt(2) == 0 ? BusinessDuration.elapsed(huge) : BusinessDuration.businessTime(huge);
    return TicketTimerTarget.builder()
        .id("resolve").service("service").window("window").timer(TimerKind.RESOLVE)
        .addGoals(TimerGoal.of(Condition.always(), goal))
        .addGoals(TimerGoal.of(Condition.fieldIs("priority", "P1"),
            BusinessDuration.workingDaysSameTime(1 + r.nextInt(100_000))))
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event("resolved"))
        .pauseWhen(Condition.fieldIs("status", "pending"))
        .cancelWhen(Condition.fieldIs("status", "cancelled"))
        .addThresholds(TimerThreshold.warningAt(BigDecimal.valueOf(1 + r.nextInt(100))))
        .addThresholds(TimerThreshold.escalationBefore(BusinessDuration.elapsed(huge)))
        .build();
  }

  private static Case generate(RandomGenerator r) {
    BusinessCalendar calendar;
    String text;
    switch (r.nextInt(3)) {
      case 0:
        calendar = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
        text = "always open";
        break;
      case 1:
        {
          // a window that stops opening
          LocalDate end = LocalDate.of(1900 + r.nextInt(500), 1 + r.nextInt(12), 1);
          BusinessCalendar open = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
          calendar = open.replacedFrom(end, open.complement());
          text = "always open until " + end;
          break;
        }
      default:
        {
          CalendarSpec spec = CalendarSpecs.calendar(r);
          calendar = spec.build();
          text = spec.toString();
        }
    }
    List<TicketHistory> histories = new ArrayList<>();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      histories.add(history(r, i));
    }
    Instant last = histories.get(0).events().get(histories.get(0).events().size() - 1).at();
    Instant asOf;
    switch (r.nextInt(6)) {
      case 0:
        asOf = LATEST;
        break;
      case 1:
        asOf = last;
        break;
      case 2:
        asOf = clamp(last.plus(gap(r)));
        break;
      case 3:
        asOf = r.nextInt(2) == 0 ? Instant.MAX : LATEST.plusNanos(1);
        break;
      default:
        asOf = EARLIEST.plusSeconds(r.nextLong(Limits.MAX_DURATION.getSeconds()));
    }
    return new Case(calendar, text, target(r), histories, asOf);
  }

  private static Gen<Case> cases() {
    return QuickTheoriesGens.of(TimerRobustnessPropertiesTest::generate);
  }

  private static boolean inRange(Instant t) {
    return !t.isBefore(EARLIEST) && !t.isAfter(LATEST);
  }

  /** Evaluates, returning null for the documented DateTimeException, failing on anything else. */
  private static TimerResult evaluateOrNull(TicketHistory h, Case c, Instant asOf) {
    try {
      return TicketTimers.evaluate(h, c.target(), c.calendar(), asOf);
    } catch (DateTimeException e) {
      String m = e.getMessage();
      if (!inRange(asOf)) {
        assertTrue(m.startsWith("asOf must be within 1900-01-01T00:00:00Z and 2400-01-01T00:00:00Z"), m);
      } else {
        assertTrue(m.contains("supported range") || m.contains("never opens"), m);
      }
      return null;
    }
  }

  @Test
  void evaluationReturnsASaneResultOrThrowsOnlyItsDocumentedException() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      for (TicketHistory h : c.histories()) {
        TimerResult r = evaluateOrNull(h, c, c.asOf());
        if (r == null) {
          continue;
        }
        for (TimerCycle cycle : r.cycles()) {
          assertFalse(cycle.elapsed().isNegative(), cycle::toString);
          assertFalse(cycle.paused().isNegative(), cycle::toString);
          assertTrue(cycle.elapsed().compareTo(cycle.wallClock()) <= 0, cycle::toString);
          cycle.deadline().ifPresent(d -> assertTrue(inRange(d), cycle::toString));
          cycle.nextChangeAt().ifPresent(t -> assertTrue(t.isAfter(c.asOf()), cycle::toString));
        }
      }
    });
  }

  @Test
  void accumulatorsNeverThrowOnATicketTheyListTheUnevaluableOnes() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      Instant asOf = inRange(c.asOf()) ? c.asOf() : LATEST;
      Instant first = c.histories().get(0).events().get(0).at();
      // the last month of the supported range is December 2399
      first = first.isBefore(LATEST) ? first : LATEST.minusNanos(1);
      LocalDate month = first.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
      PeriodRange period = PeriodRange.of(ReportingPeriod.calendarMonth(), month, ZoneOffset.UTC);
      TicketTimerAccumulator acc = TicketTimerAccumulator.of(c.target(), c.calendar(), period, asOf);
      long expected = 0;
      for (TicketHistory h : c.histories()) {
        acc.add(h);
        boolean unevaluable = evaluateOrNull(h, c, asOf) == null;
        boolean eventInPeriod = h.events().stream().anyMatch(e -> !e.at().isAfter(asOf)
            && !e.at().isBefore(period.start()) && e.at().isBefore(period.end()));
        if (unevaluable && eventInPeriod && !asOf.isBefore(period.start())) {
          expected++;
        }
      }
      TargetResult result = acc.result();
      TicketFigures f = result.tickets().orElseThrow();
      assertEquals(expected, f.unevaluable(), c::toString);
      assertEquals(expected, f.unevaluableRecords().size());
      for (UnevaluableRecord u : f.unevaluableRecords()) {
        assertEquals(UnevaluableRecord.Kind.TICKET, u.kind());
        assertEquals(c.target().id(), u.targetId());
        assertTrue(u.id().startsWith("T-"), u::toString);
      }
    });
  }
}
