package dev.servicelevel.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The timers that count: met plus breached, neither pending nor excluded. */
class TicketFiguresMutationTest {

  @Test
  void counted_isMetPlusBreached() {
    TicketFigures f = TicketFigures.of(7, 3, 11, 13);
    assertEquals(10, f.counted());
    assertEquals(3, TicketFigures.of(0, 3, 1, 1).counted());
  }
}
