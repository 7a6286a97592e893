package dev.servicelevel.agreement;

/**
 * Whether a ticket timer runs once per ticket or again each time its start condition holds.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TimerCycles {
  /** The timer runs from the first start to the first stop; later starts are ignored. */
  SINGLE,
  /**
   * After a stop the timer starts a new cycle the next time its start condition holds (a
   * "next reply" timer); every cycle is measured against the goal.
   */
  MULTI
}
