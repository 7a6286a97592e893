package dev.servicelevel.evaluation;

import java.util.List;
import org.immutables.value.Value;

/**
 * The figures behind a ticket-timer result: how many timers met their goal, breached it, were
 * still pending at the period's end, or did not apply.
 *
 * <p>The achieved share is {@code met / (met + breached)}, in percent; pending and excluded
 * timers are not counted, nor are tickets that could not be evaluated (counted and listed as
 * unevaluable).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TicketFigures {

  TicketFigures() {}

  static TicketFigures of(long met, long breached, long pending, long excluded) {
    return ImmutableTicketFigures.of(met, breached, pending, excluded);
  }

  static TicketFigures of(
      long met,
      long breached,
      long pending,
      long excluded,
      long unevaluable,
      List<UnevaluableRecord> unevaluableRecords) {
    return ImmutableTicketFigures.builder()
        .met(met)
        .breached(breached)
        .pending(pending)
        .excluded(excluded)
        .unevaluable(unevaluable)
        .addAllUnevaluableRecords(unevaluableRecords)
        .build();
  }

  /**
   * Gets the number of timers that stopped within their goal.
   *
   * @return the number, at least 0
   */
  @Value.Parameter
  public abstract long met();

  /**
   * Gets the number of timers that went past their goal, stopped or still open.
   *
   * @return the number, at least 0
   */
  @Value.Parameter
  public abstract long breached();

  /**
   * Gets the number of timers still running or paused within their goal at the period's end.
   *
   * @return the number, at least 0
   */
  @Value.Parameter
  public abstract long pending();

  /**
   * Gets the number of timers of the period that do not count: cancelled, or with no goal that
   * applies to the ticket.
   *
   * @return the number, at least 0
   */
  @Value.Parameter
  public abstract long excluded();

  /**
   * Gets the number of tickets that could not be evaluated (see {@link UnevaluableRecord}): they
   * are not counted in the share, neither met nor breached, and the first of them are listed in
   * {@link #unevaluableRecords()}.
   *
   * @return the number, at least 0
   */
  @Value.Default
  public long unevaluable() {
    return 0;
  }

  /**
   * Gets the first unevaluable tickets in their natural order, at most
   * {@link EvaluationOptions#unevaluableRecords()} of them (all of them when there are no more).
   *
   * @return the records, not null
   */
  public abstract List<UnevaluableRecord> unevaluableRecords();

  /**
   * Gets the number of timers that count: met plus breached.
   *
   * @return the number, at least 0
   */
  public long counted() {
    return met() + breached();
  }

  /**
   * Outputs the figures, such as {@code "98 met, 2 breached, 3 pending, 1 excluded"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return met() + " met, " + breached() + " breached, " + pending() + " pending, " + excluded()
        + " excluded" + (unevaluable() == 0 ? "" : ", " + unevaluable() + " unevaluable");
  }
}
