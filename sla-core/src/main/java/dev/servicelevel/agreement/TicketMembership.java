package dev.servicelevel.agreement;

/**
 * Which period a ticket timer belongs to when a {@link TicketTimerTarget}'s compliance is
 * reported per period: a documented choice on the target ({@link TicketTimerTarget#membership()}),
 * because a contract says which month a ticket opened on the 30th and closed on the 2nd counts
 * in.
 *
 * <p>Under {@link #BY_START} each timer cycle is evaluated as of {@code asOf}: a ticket is
 * followed to its stop, so it counts exactly once, in the period it started, even when it is
 * resolved in the next one. The report of a finished period therefore changes while timers
 * that started in it are still open, and settles once they have all stopped. Under
 * {@link #BY_STOP} each cycle is evaluated as of the period's end (or {@code asOf} for a
 * running period), so a period's report does not change once the period is over, however late
 * it is run.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TicketMembership {
  /**
   * A timer belongs to the period in which its clock started (the default), and is evaluated
   * as of {@code asOf}, not the period's end: a timer that stopped after the period counts,
   * met or breached, in the period it started. A timer still open at {@code asOf} counts as
   * breached if already past its deadline, and is reported as pending, not counted, otherwise.
   */
  BY_START,
  /**
   * A timer belongs to the period in which it stopped, or, while still open, to the period in
   * which it went past its deadline (counted as breached there, and not again in the period it
   * stops in). A timer still open and within its deadline at the period's end is reported as
   * pending, not counted.
   */
  BY_STOP
}
