package dev.servicelevel.examples;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerCycle;
import dev.servicelevel.evaluation.timer.TimerResult;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * How a help-desk host embeds the ticket timers: it maps its own audit-log rows to
 * {@link TicketHistory} values, evaluates each open ticket as of "now", shows the screen, and
 * schedules exactly one wake-up per ticket at {@link TimerResult#nextChangeAt()} instead of
 * polling.
 *
 * <p>Run it with {@code mvn -B -q -pl sla-examples -am compile exec:exec
 * -Dexample.mainClass=dev.servicelevel.examples.HelpDeskExample}.
 */
public final class HelpDeskExample {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);

  /** A row of the host's own ticket audit log, as its database returns it. */
  static final class Row {
    final String ticket;
    final LocalDateTime at;
    final String action;
    final Map<String, String> fields;

    Row(String ticket, String at, String action, String... fields) {
      this.ticket = ticket;
      this.at = LocalDateTime.parse(at);
      this.action = action;
      this.fields = new LinkedHashMap<>();
      for (String f : fields) {
        String[] kv = f.split("=", 2);
        this.fields.put(kv[0], kv[1]);
      }
    }
  }

  static final List<Row> AUDIT_LOG =
      List.of(
          new Row("T-101", "2025-03-04T08:10", "created", "priority=P1", "status=open"),
          new Row("T-101", "2025-03-04T08:22", "agent-reply"),
          new Row("T-102", "2025-03-04T09:05", "created", "priority=P2", "status=open"),
          new Row("T-102", "2025-03-04T09:40", "agent-reply", "status=waiting-on-customer"),
          new Row("T-102", "2025-03-04T11:15", "customer-reply", "status=open"),
          new Row("T-103", "2025-03-04T11:50", "created", "priority=P2", "status=open"),
          new Row("T-103", "2025-03-04T12:20", "priority-change", "priority=P1"),
          new Row("T-104", "2025-03-03T21:30", "created", "priority=P2", "status=open"),
          new Row("T-104", "2025-03-03T21:55", "agent-reply", "status=waiting-on-customer"));

  static final BusinessCalendar PRIME =
      BusinessCalendar.builder(BERLIN)
          .open(EnumSet.range(MONDAY, SATURDAY), LocalTime.of(8, 0), LocalTime.of(22, 0))
          .build();

  static final TicketTimerTarget RESPOND =
      target("respond", TimerKind.RESPOND, "agent-reply")
          .addGoals(
              TimerGoal.of(Condition.fieldIs("priority", "P1"), BusinessDuration.elapsed(Duration.ofMinutes(30))),
              TimerGoal.of(Condition.fieldIs("priority", "P2"), BusinessDuration.elapsed(Duration.ofHours(2))))
          .build();

  static final TicketTimerTarget RESOLVE =
      target("resolve", TimerKind.RESOLVE, "resolved")
          .addGoals(
              TimerGoal.of(Condition.fieldIs("priority", "P1"), BusinessDuration.businessHours(4)),
              TimerGoal.of(Condition.fieldIs("priority", "P2"), BusinessDuration.businessHours(14)))
          .build();

  private HelpDeskExample() {}

  private static TicketTimerTarget.Builder target(String id, TimerKind kind, String stopEvent) {
    TicketTimerTarget.Builder b = TicketTimerTarget.builder();
    b.id(id).service("shop").window("prime").timer(kind)
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event(stopEvent))
        .pauseWhen(Condition.fieldIs("status", "waiting-on-customer"))
        .addThresholds(
            TimerThreshold.warningAt(BigDecimal.valueOf(75)),
            TimerThreshold.escalationAt(BigDecimal.valueOf(90)).atLevel(1));
    return b;
  }

  /**
   * Maps the host's rows to histories: one event per row, the action as the event type and the
   * row's fields as field changes; rows of a ticket keep their order.
   *
   * @param rows  the audit-log rows, in time order per ticket
   * @return the histories by ticket id, in first-seen order
   */
  static Map<String, TicketHistory> histories(List<Row> rows) {
    Map<String, List<TicketEvent>> events = new LinkedHashMap<>();
    for (Row r : rows) {
      events
          .computeIfAbsent(r.ticket, k -> new ArrayList<>())
          .add(TicketEvent.of(r.at.atZone(BERLIN).toInstant(), r.action, r.fields));
    }
    Map<String, TicketHistory> out = new LinkedHashMap<>();
    events.forEach((id, list) -> out.put(id, TicketHistory.of(id, list)));
    return out;
  }

  /**
   * Runs the example and prints to standard output.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    print(System.out, LocalDateTime.parse("2025-03-04T12:30").atZone(BERLIN).toInstant());
  }

  static void print(PrintStream out, Instant now) {
    Map<String, TicketHistory> tickets = histories(AUDIT_LOG);
    out.println("Help desk screen as of " + clock(now) + " (Europe/Berlin, prime time Mon-Sat 08-22)");
    out.println(String.format(Locale.ROOT, "%-6s %-38s %-38s %s", "ticket", "first response", "resolution", "wake up"));
    PriorityQueue<Instant> wakeUps = new PriorityQueue<>();
    Map<Instant, List<String>> reasons = new LinkedHashMap<>();
    for (TicketHistory h : tickets.values()) {
      TimerResult respond = TicketTimers.evaluate(h, RESPOND, PRIME, now);
      TimerResult resolve = TicketTimers.evaluate(h, RESOLVE, PRIME, now);
      Instant wake = earliest(respond, resolve);
      out.println(String.format(Locale.ROOT, "%-6s %-38s %-38s %s", Formats.safe(h.ticketId()),
          describe(respond.current(), now), describe(resolve.current(), now), wake == null ? "-" : clock(wake)));
      if (wake != null) {
        wakeUps.add(wake);
        reasons.computeIfAbsent(wake, k -> new ArrayList<>()).add(h.ticketId());
      }
    }
    out.println();
    out.println("Scheduled wake-ups (one per ticket; re-evaluate then, no polling):");
    while (!wakeUps.isEmpty()) {
      Instant wake = wakeUps.poll();
      for (String id : reasons.getOrDefault(wake, List.of())) {
        TicketHistory h = tickets.get(id);
        TimerCycle respond = TicketTimers.evaluate(h, RESPOND, PRIME, wake).current();
        TimerCycle resolve = TicketTimers.evaluate(h, RESOLVE, PRIME, wake).current();
        out.println("  " + clock(wake) + "  " + Formats.safe(id) + ": respond " + describe(respond, wake)
            + "; resolve " + describe(resolve, wake));
      }
      reasons.remove(wake);
    }
  }

  private static Instant earliest(TimerResult a, TimerResult b) {
    Instant x = a.nextChangeAt().orElse(null);
    Instant y = b.nextChangeAt().orElse(null);
    if (x == null) {
      return y;
    }
    return y == null || x.isBefore(y) ? x : y;
  }

  /** One help-desk cell: "due in 23 min", "paused, 1 h 10 min left", "breached 2 h ago". */
  static String describe(TimerCycle c, Instant now) {
    switch (c.state()) {
      case NOT_STARTED:
        return "not started";
      case MET:
        return "met after " + human(c.elapsed());
      case CANCELLED:
        return "cancelled";
      case NO_GOAL:
        return "no goal applies";
      case PAUSED:
        return "paused, " + human(c.remaining().orElseThrow()) + " left";
      case BREACHED:
        return c.stoppedAt().isPresent()
            ? "breached, " + human(c.elapsed()) + " used"
            : "BREACHED " + human(Duration.between(c.breachedAt().orElseThrow(), now)) + " ago";
      case RUNNING:
      default:
        String level = escalation(c);
        return "due " + clock(c.deadline().orElseThrow()) + " (" + c.percentUsed().orElseThrow().toPlainString()
            + " %)" + level;
    }
  }

  private static String escalation(TimerCycle c) {
    long reached = c.thresholds().stream().filter(t -> t.isReached()).count();
    return reached == 0 ? "" : reached == 1 ? " warned" : " escalated L1";
  }

  static String human(Duration d) {
    long minutes = Math.abs(d.toMinutes());
    String sign = d.isNegative() ? "-" : "";
    return minutes >= 60 ? sign + minutes / 60 + " h " + minutes % 60 + " min" : sign + minutes + " min";
  }

  static String clock(Instant t) {
    return CLOCK.format(t.atZone(BERLIN));
  }
}
