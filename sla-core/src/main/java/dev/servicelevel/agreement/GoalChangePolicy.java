package dev.servicelevel.agreement;

/**
 * What a ticket timer does when the goal that matches a ticket changes while the timer runs.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GoalChangePolicy {
  /**
   * The new goal applies from the timer's original start, as if it had matched all along (a
   * ticket raised from P2 to P1 is late by P1's standard).
   */
  RETROACTIVE,
  /** The new goal applies from the instant of the change, with a fresh clock. */
  RESTART
}
