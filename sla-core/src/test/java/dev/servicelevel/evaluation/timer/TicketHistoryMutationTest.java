package dev.servicelevel.evaluation.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ticket histories and events at their edges, found unpinned by mutation testing: events at
 * one instant keep their order, a cleared field needs a name too, and an event's text shows
 * fields and cleared fields together.
 */
class TicketHistoryMutationTest {

  private static final Instant T0 = Instant.parse("2024-11-25T08:00:00Z");

  @Test
  void eventsAtOneInstant_areInOrder() {
    TicketHistory h =
        TicketHistory.of("T-1",
            List.of(TicketEvent.of(T0, "created"), TicketEvent.of(T0, "assigned"),
                TicketEvent.of(T0.plusNanos(1), "resolved")));
    assertEquals(3, h.events().size());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> TicketHistory.of("T-2",
                List.of(TicketEvent.of(T0.plusNanos(1), "created"), TicketEvent.of(T0, "x"))));
    assertEquals("Ticket T-2 has events out of time order: event 2 is earlier than event 1:"
        + " 2024-11-25T08:00:00Z x / 2024-11-25T08:00:00.000000001Z created", e.getMessage());
  }

  @Test
  void clearedField_mustHaveAName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> TicketEvent.builder().at(T0).addClearedFields(" ").build());
    assertEquals("Field name must not be blank: ' '", e.getMessage());
    IllegalArgumentException set =
        assertThrows(IllegalArgumentException.class,
            () -> TicketEvent.of(T0, "update", Map.of("", "x")));
    assertEquals("Field name must not be blank: ''", set.getMessage());
  }

  @Test
  void eventText_showsTypeFieldsAndClearedFields() {
    assertEquals("2024-11-25T08:00:00Z update {status=open} cleared [assignee]",
        TicketEvent.builder().at(T0).type("update").putFields("status", "open")
            .addClearedFields("assignee").build().toString());
    assertEquals("2024-11-25T08:00:00Z", TicketEvent.builder().at(T0).build().toString());
  }
}
