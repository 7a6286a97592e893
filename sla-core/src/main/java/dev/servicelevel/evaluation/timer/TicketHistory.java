package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.style.Checks;
import java.util.List;
import java.util.Objects;
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
 * <p>A history may hold any number of events (a million evaluate in one linear pass); ids and
 * events are shown cut and escaped in messages ({@link Limits#shown(Object)}).
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
   * @throws NullPointerException naming the parameter if one is null, or "event N" if an event
   *     is null
   * @throws IllegalArgumentException if the id is blank or an event is earlier than the one
   *     before it
   */
  public static TicketHistory of(String ticketId, List<TicketEvent> events) {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(events, "events");
    for (int i = 0, n = events.size(); i < n; i++) {
      if (events.get(i) == null) {
        throw new NullPointerException("event " + (i + 1));
      }
    }
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
    Checks.requireArgument(
        !ticketId().isBlank(), "Ticket id must not be blank", "'" + Limits.shown(ticketId()) + "'");
    List<TicketEvent> events = events();
    for (int i = 1; i < events.size(); i++) {
      TicketEvent before = events.get(i - 1);
      TicketEvent after = events.get(i);
      if (after.at().isBefore(before.at())) {
        throw new IllegalArgumentException(
            "Ticket " + Limits.shown(ticketId()) + " has events out of time order: event "
                + (i + 1) + " is earlier than event " + i + ": " + Limits.shown(after) + " / "
                + Limits.shown(before));
      }
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
