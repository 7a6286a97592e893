package dev.servicelevel.agreement;

/**
 * How a ticket timer picks its goal when more than one goal's condition matches a ticket.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GoalSelection {
  /** The first matching goal in the target's order wins. */
  FIRST_MATCH,
  /**
   * The matching goal whose deadline, counted from the timer's start, is earliest wins; on a
   * tie the first in the target's order.
   */
  SHORTEST_MATCH
}
