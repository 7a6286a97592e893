package dev.servicelevel.testkit;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of ticket-timer targets and ticket histories, driven by any
 * {@link RandomGenerator} (see {@link QuickTheoriesGens#ticketScenarios()} for QuickTheories).
 *
 * <p>Histories use the fields {@code priority} (P1 to P3), {@code status} ({@code open},
 * {@code pending} meaning waiting on the customer, {@code resolved}) and {@code hold}, and the
 * event types {@code created}, {@code agent-reply}, {@code resolved}, {@code reopened}. Gaps
 * between events range from zero (events sharing an instant) to days, so pauses start and end in
 * open and closed hours alike.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TicketScenarios {

  /** The pause condition of every generated target: waiting on the customer, or on hold. */
  public static final Condition PAUSE =
      Condition.or(Condition.fieldIs("status", "pending"), Condition.fieldIs("hold", "yes"));

  private static final String[] PRIORITIES = {"P1", "P2", "P3"};

  private TicketScenarios() {}

  /**
   * Generates a ticket-timer target: goals per priority in business, elapsed or working-day
   * terms, first or shortest match, single or multi cycle, and warning and escalation thresholds.
   *
   * @param r  the source of randomness, not null
   * @param resets  whether the target may reset or restart its clock (a reset or a goal change
   *     with the restart policy)
   * @return the target, not null
   */
  public static TicketTimerTarget target(RandomGenerator r, boolean resets) {
    TicketTimerTarget.Builder b = TicketTimerTarget.builder();
    b.id("resolve").service("service").window("window").timer(TimerKind.RESOLVE);
    boolean multi = r.nextInt(3) == 0;
    if (multi) {
      b.startWhen(Condition.fieldIs("status", "open"))
          .stopWhen(Condition.fieldIs("status", "resolved"))
          .cycles(TimerCycles.MULTI);
    } else {
      b.startWhen(Condition.event("created")).stopWhen(Condition.event("resolved"));
    }
    b.pauseWhen(PAUSE);
    for (String p : PRIORITIES) {
      b.addGoals(TimerGoal.of(Condition.fieldIs("priority", p), goal(r)));
    }
    if (r.nextInt(2) == 0) {
      b.goalSelection(GoalSelection.SHORTEST_MATCH);
    }
    if (resets) {
      if (r.nextInt(2) == 0) {
        b.goalChange(GoalChangePolicy.RESTART);
      }
      if (r.nextInt(2) == 0) {
        b.resetWhen(Condition.event("reopened"));
      }
    }
    int count = r.nextInt(3);
    Set<TimerThreshold> thresholds = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      thresholds.add(
          r.nextInt(2) == 0
              ? TimerThreshold.warningAt(BigDecimal.valueOf(1 + r.nextInt(100)))
              : TimerThreshold.escalationBefore(BusinessDuration.businessMinutes(1 + r.nextInt(240))));
    }
    return b.addAllThresholds(thresholds).build();
  }

  private static BusinessDuration goal(RandomGenerator r) {
    switch (r.nextInt(5)) {
      case 0:
        return BusinessDuration.elapsed(Duration.ofMinutes(1 + r.nextInt(48 * 60)));
      case 1:
        return r.nextInt(2) == 0
            ? BusinessDuration.workingDaysSameTime(1 + r.nextInt(3))
            : BusinessDuration.endOfWorkingDay(r.nextInt(3));
      default:
        return BusinessDuration.businessMinutes(1 + r.nextInt(40 * 60));
    }
  }

  /**
   * Generates a ticket history starting near an instant: created with a priority, then up to
   * ten events (replies, pauses and resumes, priority changes, holds, resolution, reopening).
   *
   * @param r  the source of randomness, not null
   * @param around  the instant the ticket is created near, not null
   * @return the history, not null
   */
  public static TicketHistory history(RandomGenerator r, Instant around) {
    List<TicketEvent> events = new ArrayList<>();
    Instant t = around.plusSeconds(r.nextInt(7 * 86_400));
    events.add(TicketEvent.of(t, "created", Map.of("priority", PRIORITIES[r.nextInt(3)], "status", "open")));
    int more = r.nextInt(11);
    for (int i = 0; i < more; i++) {
      t = t.plus(gap(r));
      switch (r.nextInt(8)) {
        case 0:
          events.add(TicketEvent.of(t, "agent-reply", Map.of("status", "pending")));
          break;
        case 1:
          events.add(TicketEvent.fieldChange(t, "status", "open"));
          break;
        case 2:
          events.add(TicketEvent.fieldChange(t, "priority", PRIORITIES[r.nextInt(3)]));
          break;
        case 3:
          events.add(TicketEvent.fieldChange(t, "hold", r.nextInt(2) == 0 ? "yes" : "no"));
          break;
        case 4:
          events.add(TicketEvent.of(t, "resolved", Map.of("status", "resolved")));
          break;
        case 5:
          events.add(TicketEvent.of(t, "reopened", Map.of("status", "open")));
          break;
        default:
          events.add(TicketEvent.of(t, "agent-reply"));
          break;
      }
    }
    return TicketHistory.of("T-" + r.nextInt(1000), events);
  }

  private static Duration gap(RandomGenerator r) {
    switch (r.nextInt(5)) {
      case 0:
        return Duration.ZERO;
      case 1:
        return Duration.ofNanos(1 + r.nextInt(1000));
      case 2:
        return Duration.ofMinutes(1 + r.nextInt(120));
      default:
        return Duration.ofSeconds(r.nextInt(3 * 86_400), r.nextInt(1_000_000_000));
    }
  }

  /**
   * Generates a ticket scenario: calendar rules, a target, a history near the calendar's focus,
   * and two evaluation instants in order.
   *
   * @param r  the source of randomness, not null
   * @param resets  whether the target may reset or restart its clock
   * @return the scenario, not null
   */
  public static TicketScenario scenario(RandomGenerator r, boolean resets) {
    CalendarSpec spec = CalendarSpecs.calendar(r);
    Instant around = spec.focus().atStartOfDay(spec.zone()).toInstant();
    TicketHistory history = history(r, around);
    Instant first = history.events().get(0).at();
    Instant last = history.events().get(history.events().size() - 1).at();
    Instant a = first.plusSeconds(r.nextInt((int) Math.min(Integer.MAX_VALUE, Duration.between(first, last).getSeconds() + 5 * 86_400L)));
    Instant b = a.plusSeconds(r.nextInt(5 * 86_400));
    return new TicketScenario(spec, target(r, resets), history, a, b);
  }
}
