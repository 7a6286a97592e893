package dev.servicelevel.server;

import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TimerResult;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * The data forms the service reads and writes: the seam between HTTP and sla-json, so that the
 * handlers know nothing of a format's fields.
 *
 * <p>Every read method throws {@link HttpProblem}: {@link HttpProblem.Type#MALFORMED} with line
 * and column for text that is not JSON (or YAML), {@link HttpProblem.Type#INVALID} with JSON
 * pointers for well-formed content that breaks the format or the model; reading stops at the
 * body limit with {@link HttpProblem.Type#TOO_LARGE}.
 */
interface Codec {

  /** Reads one ticket history (a JSON object) or a list of them (a JSON array). */
  void readTickets(InputStream body, Consumer<TicketHistory> sink);

  /**
   * Reads observations (a JSON document, or JSON Lines when {@code lines}) into an accumulator;
   * any bad record ends in one {@link HttpProblem.Type#INVALID} listing every bad record.
   */
  void readObservations(InputStream body, boolean lines, PeriodAccumulator accumulator);

  /** Writes a timer result as one JSON value. */
  String timerResult(TimerResult result);

  /** Writes a period report as one JSON value. */
  String periodReport(PeriodReport report);
}
