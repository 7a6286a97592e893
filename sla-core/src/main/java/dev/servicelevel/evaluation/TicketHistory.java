package dev.servicelevel.evaluation;

import java.util.List;
import org.immutables.value.Value;

/**
 * A ticket's identity and what happened to it, in time order. Events at the same instant apply
 * in the order given.
 *
 * <pre>{@code
 * TicketHistory history = TicketHistory.of("T-1001", List.of(
 *     TicketEvent.of(t0, "created", Map.of("priority", "P1", "status", "open")),
 *     TicketEvent.fieldChange(t1, "status", "waiting-on-customer"),
 *     TicketEvent.fieldChange(t2, "status", "open"),
 *     TicketEvent.of(t3, "resolved", Map.of("status", "resolved"))));
 * }</pre>
 *
 * <p>A host maps its own ticket records to histories: one {@link TicketEvent} per audit-log row
 * (status change, priority change, reply), with the host's field names as they are; the
 * agreement's conditions name the same fields.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TicketHistory {

  TicketHistory() {}

  /**
   * Obtains a history.
   *
   * @param ticketId  the ticket's id in the host, not blank
   * @param events  the events in time order, not null
   * @return the history, not null
   * @throws IllegalArgumentException if the id is blank or an event is earlier than the one
   *     before it
   */
  public static TicketHistory of(String ticketId, List<TicketEvent> events) {
    return ImmutableTicketHistory.of(ticketId, events);
  }

  /**
   * Gets the ticket's id.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract String ticketId();

  /**
   * Gets the events, in time order.
   *
   * @return the events, not null
   */
  @Value.Parameter
  public abstract List<TicketEvent> events();

  /** The events laid out for evaluation, once per history, not per evaluation. */
  @Value.Derived
  @Value.Auxiliary
  EventWalk walk() {
    return new EventWalk(events());
  }

  @Value.Check
  void check() {
    Require.argument(!ticketId().isBlank(), "Ticket id must not be blank", "'" + ticketId() + "'");
    List<TicketEvent> events = events();
    for (int i = 1; i < events.size(); i++) {
      TicketEvent before = events.get(i - 1);
      TicketEvent after = events.get(i);
      Require.argument(
          !after.at().isBefore(before.at()),
          "Ticket " + ticketId() + " has events out of time order: event " + (i + 1)
              + " is earlier than event " + i,
          after,
          before);
    }
  }

  /**
   * Outputs the history, such as {@code "T-1001 (4 events)"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return ticketId() + " (" + events().size() + " events)";
  }
}
