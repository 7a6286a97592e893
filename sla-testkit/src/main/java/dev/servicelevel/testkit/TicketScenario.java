package dev.servicelevel.testkit;

import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.time.Instant;

/**
 * A generated case for ticket-timer properties. Printed in full when a property fails.
 *
 * @param calendar  the rules of the window's calendar
 * @param target  the ticket-timer target
 * @param history  the ticket's history
 * @param asOf  an evaluation instant
 * @param later  an evaluation instant not before {@code asOf}
 */
public record TicketScenario(
    CalendarSpec calendar, TicketTimerTarget target, TicketHistory history, Instant asOf, Instant later) {

  /**
   * Outputs the scenario with every event, for failure reports.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "TicketScenario[calendar=" + calendar + ", target=" + target + ", events="
        + history.events() + ", asOf=" + asOf + ", later=" + later + "]";
  }
}
