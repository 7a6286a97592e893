package dev.servicelevel.evaluation.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TicketHistoryTest {

  static final Instant T0 = Instant.parse("2024-11-25T09:00:00Z");

  @Test
  void of_rejectsEventsOutOfTimeOrderNamingTicketAndEvents() {
    TicketEvent created = TicketEvent.of(T0, "created");
    TicketEvent earlier = TicketEvent.fieldChange(T0.minusSeconds(60), "status", "open");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TicketHistory.of("T-1", List.of(created, earlier)));
    assertEquals(
        "Ticket T-1 has events out of time order: event 2 is earlier than event 1: "
            + "2024-11-25T08:59:00Z {status=open} / 2024-11-25T09:00:00Z created",
        e.getMessage());
  }

  @Test
  void of_acceptsEqualInstantsInGivenOrder() {
    TicketHistory h =
        TicketHistory.of("T-1", List.of(TicketEvent.of(T0, "created"), TicketEvent.fieldChange(T0, "status", "open")));
    assertEquals("created", h.events().get(0).type().orElseThrow());
    assertEquals("T-1 (2 events)", h.toString());
  }

  @Test
  void of_rejectsBlankId() {
    assertEquals("Ticket id must not be blank: ' '",
        assertThrows(IllegalArgumentException.class, () -> TicketHistory.of(" ", List.of())).getMessage());
  }

  @Test
  void event_rejectsFieldSetAndCleared() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> TicketEvent.builder().at(T0).putFields("assignee", "ann").addClearedFields("assignee").build());
    assertEquals("A field cannot be set and cleared by one event: assignee", e.getMessage());
  }

  @Test
  void event_rejectsBlankTypeAndNullInstant() {
    assertEquals("Event type must not be blank: ''",
        assertThrows(IllegalArgumentException.class, () -> TicketEvent.of(T0, "")).getMessage());
    assertThrows(NullPointerException.class, () -> TicketEvent.of(null, "created"));
  }

  @Test
  void event_equalityAndText() {
    TicketEvent a = TicketEvent.of(T0, "created", Map.of("priority", "P1"));
    TicketEvent b = TicketEvent.builder().at(T0).type("created").putFields("priority", "P1").build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, TicketEvent.of(T0, "created"));
    assertEquals("2024-11-25T09:00:00Z created {priority=P1}", a.toString());
    assertEquals("2024-11-25T09:00:00Z cleared [assignee]",
        TicketEvent.builder().at(T0).addClearedFields("assignee").build().toString());
  }
}
