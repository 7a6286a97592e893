package dev.servicelevel.examples;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.EscalationLevel;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.evaluation.timer.ThresholdStatus;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerCycle;
import dev.servicelevel.evaluation.timer.TimerResult;
import dev.servicelevel.evaluation.timer.TimerState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The help-desk screen: the open tickets as of an instant with the SLA's timers (due in, paused,
 * breached), the escalation level reached and the next instant to look at the ticket again.
 * Each row comes from {@link TicketTimers#evaluate} as of the instant; nothing here counts time.
 */
final class HelpDeskScreen {

  /** One open ticket on the screen. */
  record Line(String ticket, String priority, String summary, List<TimerCycle> timers,
      int escalation, boolean warned, Optional<Instant> wakeUp) {

    /** True if a goal applies to one of the ticket's running timers. */
    boolean hasGoal() {
      return timers.stream().anyMatch(c -> c.goal().isPresent() && !isDone(c));
    }

    /** The earliest deadline of a timer still open, for sorting. */
    Instant urgency() {
      Instant min = Instant.MAX;
      for (TimerCycle c : timers) {
        if (!isDone(c) && c.state() != TimerState.PAUSED && c.deadline().isPresent()
            && c.deadline().get().isBefore(min)) {
          min = c.deadline().get();
        }
      }
      return min;
    }
  }

  private final Agreement sla;
  private final List<TicketTimerTarget> targets = new ArrayList<>();

  /**
   * Creates the screen of an SLA's ticket-timer targets.
   *
   * @param sla  the SLA
   */
  HelpDeskScreen(Agreement sla) {
    this.sla = sla;
    for (MetricTarget t : sla.targets()) {
      if (t instanceof TicketTimerTarget) {
        targets.add((TicketTimerTarget) t);
      }
    }
  }

  /**
   * Lists the tickets open as of an instant: created by then and not resolved as of then, most
   * urgent first (breached, then by the earliest deadline; paused and goal-less tickets last).
   *
   * @param tickets  the ticket histories
   * @param asOf  the instant of the screen
   * @return the lines
   */
  List<Line> lines(List<TicketHistory> tickets, Instant asOf) {
    List<Line> lines = new ArrayList<>();
    for (TicketHistory h : tickets) {
      Map<String, String> fields = fieldsAsOf(h, asOf);
      if (fields == null || "resolved".equals(fields.get(EcoShopAgreements.STATUS))
          || "closed".equals(fields.get(EcoShopAgreements.STATUS))) {
        continue;
      }
      List<TimerCycle> timers = new ArrayList<>();
      Instant wake = null;
      int level = 0;
      boolean warned = false;
      for (TicketTimerTarget t : targets) {
        TimerResult r = TicketTimers.evaluate(h, sla, t.id(), asOf);
        TimerCycle c = r.current();
        timers.add(c);
        if (r.nextChangeAt().isPresent() && (wake == null || r.nextChangeAt().get().isBefore(wake))) {
          wake = r.nextChangeAt().get();
        }
        if (!isDone(c)) {
          for (ThresholdStatus s : c.thresholds()) {
            if (s.isReached()) {
              warned = true;
              level = Math.max(level, s.threshold().escalationLevel().orElse(0));
            }
          }
          if (c.state() == TimerState.BREACHED) {
            level = Math.max(level, sla.escalation().size());
          }
        }
      }
      lines.add(new Line(h.ticketId(), fields.getOrDefault(EcoShopAgreements.PRIORITY, "?"),
          fields.getOrDefault("summary", ""), timers, level, warned, Optional.ofNullable(wake)));
    }
    lines.sort(Comparator.comparing((Line l) -> !l.hasGoal())
        .thenComparing(l -> l.timers.stream().noneMatch(c -> c.state() == TimerState.BREACHED && !isDone(c)))
        .thenComparing(Line::urgency)
        .thenComparing(Line::ticket));
    return lines;
  }

  /**
   * Writes the screen as text lines.
   *
   * @param tickets  the ticket histories
   * @param asOf  the instant of the screen
   * @param zone  the zone to show times in
   * @param maxRows  the most tickets with goals to list; the rest are counted
   * @return the text lines
   */
  List<String> render(List<TicketHistory> tickets, Instant asOf, ZoneId zone, int maxRows) {
    List<Line> lines = lines(tickets, asOf);
    List<String> out = new ArrayList<>();
    String format = "%-6s %-3s %-28s %-28s %-31s %-18s %s";
    out.add(String.format(Locale.ROOT, format, "ticket", "pri", "summary", "respond",
        "resolve", "escalation", "wake up"));
    int shown = 0;
    int withoutGoal = 0;
    int hidden = 0;
    for (Line l : lines) {
      if (!l.hasGoal()) {
        withoutGoal++;
        continue;
      }
      if (shown == maxRows) {
        hidden++;
        continue;
      }
      shown++;
      out.add(String.format(Locale.ROOT, format, Formats.cut(l.ticket(), 40),
          Formats.cut(l.priority(), 10),
          Formats.cut(l.summary(), 28), cell(l.timers().get(0), asOf, zone),
          cell(l.timers().get(1), asOf, zone), escalation(l),
          l.wakeUp().map(t -> Formats.weekdayTime(t, zone)).orElse("-")).stripTrailing());
    }
    if (hidden > 0) {
      out.add("... and " + hidden + " more open tickets with goals");
    }
    out.add(withoutGoal + " further open tickets (P3/P4) have no SLA timer goal.");
    out.replaceAll(Formats::safe);
    return out;
  }

  private String escalation(Line l) {
    if (l.escalation() > 0) {
      EscalationLevel level = sla.escalation().get(l.escalation() - 1);
      return "L" + l.escalation() + " " + level.name();
    }
    return l.warned() ? "warned" : "-";
  }

  /**
   * Describes one timer for the screen: "due in 25 min (20:40)", "paused, 3 h left",
   * "BREACHED 12 min ago", "met after 8 min", "no goal".
   *
   * @param c  the timer's current cycle
   * @param asOf  the instant of the screen
   * @param zone  the zone to show times in
   * @return the text
   */
  static String cell(TimerCycle c, Instant asOf, ZoneId zone) {
    switch (c.state()) {
      case NOT_STARTED:
        return "not started";
      case NO_GOAL:
        return "no goal";
      case CANCELLED:
        return "cancelled";
      case MET:
        return "met after " + Formats.duration(c.elapsed());
      case PAUSED:
        return "paused, " + Formats.duration(c.remaining().orElse(Duration.ZERO)) + " left";
      case BREACHED:
        if (c.stoppedAt().isPresent()) {
          return "late by " + Formats.duration(c.elapsed().minus(c.goalTime().orElse(Duration.ZERO)));
        }
        return "BREACHED " + Formats.duration(Duration.between(c.breachedAt().orElseThrow(), asOf)) + " ago";
      case RUNNING:
      default:
        Instant due = c.deadline().orElseThrow();
        String when = due.atZone(zone).toLocalDate().equals(asOf.atZone(zone).toLocalDate())
            ? Formats.time(due, zone) : Formats.weekdayTime(due, zone);
        return "due " + when + ", " + Formats.duration(c.remaining().orElseThrow()) + " left";
    }
  }

  private static boolean isDone(TimerCycle c) {
    return c.state() == TimerState.MET || c.state() == TimerState.CANCELLED
        || (c.state() == TimerState.BREACHED && c.stoppedAt().isPresent());
  }

  /** Replays a ticket's field changes up to an instant; null when it did not exist yet. */
  private static Map<String, String> fieldsAsOf(TicketHistory h, Instant asOf) {
    Map<String, String> fields = null;
    for (TicketEvent e : h.events()) {
      if (e.at().isAfter(asOf)) {
        break;
      }
      if (fields == null) {
        fields = new HashMap<>();
      }
      e.clearedFields().forEach(fields::remove);
      fields.putAll(e.fields());
    }
    return fields;
  }
}
