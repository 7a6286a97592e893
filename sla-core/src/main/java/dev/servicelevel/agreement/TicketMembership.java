package dev.servicelevel.agreement;

/**
 * Which period a ticket timer belongs to when a {@link TicketTimerTarget}'s compliance is
 * reported per period: a documented choice on the target ({@link TicketTimerTarget#membership()}),
 * because a contract says which month a ticket opened on the 30th and closed on the 2nd counts
 * in.
 *
 * <p>Each timer cycle is evaluated as of the period's end (or {@code asOf} for a running
 * period), so a period's report does not change once the period is over, however late it is
 * run.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TicketMembership {
  /**
   * A timer belongs to the period in which its clock started (the default). A timer that is
   * still open at the period's end counts as breached if already past its deadline, and is
   * reported as pending, not counted, otherwise.
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
