package dev.servicelevel.benchmarks;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The baseline for {@link TicketTimerBenchmark}: a ticket timer evaluated the way many tools do
 * it, by stepping minute by minute from the start and counting each minute in which the calendar
 * is open and the ticket is not waiting. It knows one fixed shape of timer (start at
 * {@code created}, pause while {@code status = pending}, stop at {@code resolved}) and is exact
 * only for minute-aligned events, which the benchmark uses.
 */
final class NaiveTimer {

  private NaiveTimer() {}

  /** Business minutes counted from creation to the stop or {@code asOf}. */
  static Duration elapsed(TicketHistory history, BusinessCalendar calendar, Instant asOf) {
    List<TicketEvent> events = history.events();
    Instant start = events.get(0).at();
    Instant end = asOf;
    for (TicketEvent e : events) {
      if (e.type().filter("resolved"::equals).isPresent() && !e.at().isAfter(asOf)) {
        end = e.at();
        break;
      }
    }
    long minutes = 0;
    int next = 0;
    boolean pending = false;
    for (Instant t = start; t.isBefore(end); t = t.plusSeconds(60)) {
      while (next < events.size() && !events.get(next).at().isAfter(t)) {
        String status = events.get(next).fields().get("status");
        if (status != null) {
          pending = status.equals("pending");
        }
        next++;
      }
      if (!pending && calendar.isOpen(t)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }
}
