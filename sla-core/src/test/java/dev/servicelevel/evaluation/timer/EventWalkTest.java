package dev.servicelevel.evaluation.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The flat layout of a history's events that timer evaluations walk. */
class EventWalkTest {

  private static final Instant T0 = Instant.parse("2025-03-04T09:00:00Z");

  @Test
  void apply_clearsThenSetsEachEventsFields() {
    TicketHistory h =
        TicketHistory.of(
            "T-1",
            List.of(
                TicketEvent.of(T0, "created", Map.of("priority", "P2", "status", "open")),
                TicketEvent.builder().at(T0).addClearedFields("priority").build(),
                TicketEvent.fieldChange(T0.plusSeconds(60), "status", "pending"),
                TicketEvent.builder()
                    .at(T0.plusSeconds(120))
                    .type("customer-reply")
                    .addClearedFields("status")
                    .putFields("assignee", "ann")
                    .build()));
    EventWalk w = h.walk();
    assertEquals(4, w.size());
    FieldState f = new FieldState();
    w.apply(0, f);
    assertEquals(Map.of("priority", "P2", "status", "open"), f);
    w.apply(1, f);
    assertEquals(Map.of("status", "open"), f);
    w.apply(2, f);
    assertEquals(Map.of("status", "pending"), f);
    w.apply(3, f);
    assertEquals(Map.of("assignee", "ann"), f);
    assertEquals("created", w.types[0]);
    assertEquals(null, w.types[1]);
    assertEquals("customer-reply", w.types[3]);
    assertEquals(T0.plusSeconds(120), w.at[3]);
  }

  @Test
  void isAfter_comparesToTheNanosecond() {
    Instant t = T0.plusNanos(5);
    EventWalk w = TicketHistory.of("T-2", List.of(TicketEvent.of(t, "created"))).walk();
    assertFalse(w.isAfter(0, t.getEpochSecond(), 5));
    assertTrue(w.isAfter(0, t.getEpochSecond(), 4));
    assertFalse(w.isAfter(0, t.getEpochSecond(), 6));
    assertTrue(w.isAfter(0, t.getEpochSecond() - 1, 999_999_999));
    assertFalse(w.isAfter(0, t.getEpochSecond() + 1, 0));
  }

  @Test
  void typeSet_holdsTheCurrentTypeOnly() {
    EventWalk.TypeSet types = new EventWalk.TypeSet();
    assertEquals(Set.of(), types);
    Instant t = Instant.parse("2025-03-03T09:00:00Z");
    EventWalk walk =
        new EventWalk(
            List.of(
                TicketEvent.of(t, "created"),
                TicketEvent.builder().at(t).putFields("status", "open").build()));
    types.over(walk);
    assertEquals(Set.of(), types, "no current event yet");
    types.at(0);
    assertEquals(Set.of("created"), types);
    assertTrue(types.contains("created"));
    assertFalse(types.contains("resolved"));
    types.at(1);
    assertFalse(types.contains("created"));
    assertEquals(0, types.size());
    assertEquals(Set.of(), types);
  }

  @Test
  void walk_isNotPartOfEquality() {
    List<TicketEvent> events = List.of(TicketEvent.of(T0, "created"));
    assertEquals(TicketHistory.of("T-3", events), TicketHistory.of("T-3", events));
    assertEquals("T-3 (1 events)", TicketHistory.of("T-3", events).toString());
  }
}
