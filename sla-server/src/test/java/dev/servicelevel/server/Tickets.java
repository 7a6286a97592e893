package dev.servicelevel.server;

import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Ticket histories for the EcoShop respond and resolve timers, and their JSON as the service
 * reads it.
 */
final class Tickets {

  private Tickets() {}

  /**
   * A random history: created P1 or P2 within November 2025, maybe waiting on the customer for a
   * while, maybe re-prioritised, maybe answered, maybe resolved and reopened.
   */
  static TicketHistory random(SplittableRandom r, String id) {
    Instant t = Instant.parse("2025-11-01T00:00:00Z")
        .plus(Duration.ofMinutes(r.nextLong(29L * 24 * 60)));
    List<TicketEvent> events = new ArrayList<>();
    events.add(TicketEvent.of(t, "created", Map.of("priority", r.nextBoolean() ? "P1" : "P2")));
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      t = t.plus(Duration.ofMinutes(1 + r.nextInt(90)));
      switch (r.nextInt(3)) {
        case 0:
          events.add(TicketEvent.fieldChange(t, "status", "waiting-on-customer"));
          break;
        case 1:
          events.add(TicketEvent.fieldChange(t, "status", "open"));
          break;
        default:
          events.add(TicketEvent.fieldChange(t, "priority", r.nextBoolean() ? "P1" : "P2"));
      }
    }
    if (r.nextInt(4) > 0) {
      t = t.plus(Duration.ofMinutes(r.nextInt(240)));
      events.add(TicketEvent.of(t, "agent-reply"));
    }
    if (r.nextInt(3) > 0) {
      t = t.plus(Duration.ofMinutes(r.nextInt(3000)));
      events.add(TicketEvent.of(t, "resolved"));
      if (r.nextInt(4) == 0) {
        t = t.plus(Duration.ofMinutes(r.nextInt(3000)));
        events.add(TicketEvent.of(t, "reopened"));
      }
    }
    return TicketHistory.of(id, events);
  }

  /** The JSON of a history in the service's ticket form. */
  static String json(TicketHistory h) {
    StringBuilder b = new StringBuilder("{\"record\":\"ticket\",\"id\":")
        .append(quote(h.ticketId()))
        .append(",\"events\":[");
    for (int i = 0; i < h.events().size(); i++) {
      TicketEvent e = h.events().get(i);
      b.append(i == 0 ? "" : ",").append("{\"at\":\"").append(e.at()).append('"');
      e.type().ifPresent(t -> b.append(",\"type\":").append(quote(t)));
      if (!e.fields().isEmpty()) {
        b.append(",\"fields\":{");
        String sep = "";
        for (Map.Entry<String, String> f : e.fields().entrySet()) {
          b.append(sep).append(quote(f.getKey())).append(':').append(quote(f.getValue()));
          sep = ",";
        }
        b.append('}');
      }
      if (!e.clearedFields().isEmpty()) {
        b.append(",\"cleared\":[");
        String sep = "";
        for (String f : e.clearedFields()) {
          b.append(sep).append(quote(f));
          sep = ",";
        }
        b.append(']');
      }
      b.append('}');
    }
    return b.append("]}").toString();
  }

  static String quote(String s) {
    return Json.MAPPER.writeValueAsString(s);
  }
}
