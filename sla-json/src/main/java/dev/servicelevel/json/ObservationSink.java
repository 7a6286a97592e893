package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where an {@link ObservationReader} delivers the records it reads, one at a time, so that a file
 * of any length is read in constant memory.
 *
 * <p>Each method is called once per record of its kind. A method that is not overridden rejects
 * the record with an {@link IllegalArgumentException}, which the reader lists as a problem of
 * that line ("This reader takes no outages"); so does any {@link IllegalArgumentException},
 * {@link java.time.DateTimeException} or {@link NullPointerException} the sink itself throws
 * (for example {@link PeriodAccumulator#add(String, EventCount)} for a target id the agreement
 * does not have). Other exceptions end the read.
 *
 * <pre>{@code
 * PeriodAccumulator march = PeriodAccumulator.of(sla, LocalDate.of(2025, 3, 1), asOf);
 * ReadSummary summary = ObservationReader.defaults()
 *     .readLines(Path.of("observations.jsonl"), ObservationSink.of(march));
 * PeriodReport report = march.report();
 *
 * // or evaluate each ticket's timer as it is read
 * ObservationReader.defaults().readLines(reader, "tickets.jsonl", ObservationSink.tickets(
 *     h -> timers.add(TicketTimers.evaluate(h, respond, calendar, asOf))));
 * }</pre>
 */
public interface ObservationSink {

  /**
   * Takes an outage.
   *
   * @param outage  the outage, not null
   * @throws IllegalArgumentException if this sink takes no outages (the default)
   */
  default void outage(Outage outage) {
    throw new IllegalArgumentException(
        "This reader takes no outages: " + Limits.shown(outage.id()));
  }

  /**
   * Takes a ticket's history.
   *
   * @param history  the history, not null
   * @throws IllegalArgumentException if this sink takes no tickets (the default)
   */
  default void ticket(TicketHistory history) {
    throw new IllegalArgumentException(
        "This reader takes no tickets: " + Limits.shown(history.ticketId()));
  }

  /**
   * Takes a sample of a measurement target.
   *
   * @param targetId  the id of the measurement target, not null
   * @param at  the instant the value was measured, within the supported range, not null
   * @param value  the value, within the decimal bounds of {@link Limits}, not null
   * @throws IllegalArgumentException if this sink takes no samples (the default)
   */
  default void sample(String targetId, Instant at, BigDecimal value) {
    throw new IllegalArgumentException(
        "This reader takes no samples: target " + Limits.shown(targetId));
  }

  /**
   * Takes an event count of a measurement target.
   *
   * @param targetId  the id of the measurement target, not null
   * @param count  the count, not null
   * @throws IllegalArgumentException if this sink takes no event counts (the default)
   */
  default void count(String targetId, EventCount count) {
    throw new IllegalArgumentException(
        "This reader takes no event counts: target " + Limits.shown(targetId));
  }

  /**
   * Obtains a sink that adds every record to a period accumulator: outages, tickets, samples and
   * event counts ({@link PeriodAccumulator#add(Outage)} and its siblings). A sample or count for
   * a target the agreement has not, or of the wrong family, becomes a problem of its line.
   *
   * @param accumulator  the accumulator, not null
   * @return the sink, not null
   */
  static ObservationSink of(PeriodAccumulator accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    return new ObservationSink() {
      @Override
      public void outage(Outage outage) {
        accumulator.add(outage);
      }

      @Override
      public void ticket(TicketHistory history) {
        accumulator.add(history);
      }

      @Override
      public void sample(String targetId, Instant at, BigDecimal value) {
        accumulator.add(targetId, at, value);
      }

      @Override
      public void count(String targetId, EventCount count) {
        accumulator.add(targetId, count);
      }
    };
  }

  /**
   * Obtains a sink that takes only tickets; any other record becomes a problem of its line.
   *
   * @param tickets  what to do with each ticket, not null
   * @return the sink, not null
   */
  static ObservationSink tickets(Consumer<TicketHistory> tickets) {
    Objects.requireNonNull(tickets, "tickets");
    return new ObservationSink() {
      @Override
      public void ticket(TicketHistory history) {
        tickets.accept(history);
      }
    };
  }
}
