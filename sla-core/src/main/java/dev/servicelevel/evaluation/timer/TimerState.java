package dev.servicelevel.evaluation.timer;

/**
 * The state of one cycle of a ticket timer as of an instant.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TimerState {
  /** The start condition has not held yet. */
  NOT_STARTED,
  /**
   * The clock runs (it counts only while the window's calendar is open) and the deadline, if
   * any within the supported range, is ahead.
   */
  RUNNING,
  /**
   * The pause condition holds (such as waiting on the customer), or the clock was reset and
   * waits for its start condition: the clock does not count.
   */
  PAUSED,
  /** The timer stopped at or before its deadline. */
  MET,
  /** The timer stopped after its deadline, or is still open past it. */
  BREACHED,
  /** The cancel condition held: the timer ended without a verdict. */
  CANCELLED,
  /** The timer runs or ran, but none of the target's goals applies to the ticket. */
  NO_GOAL
}
