package dev.servicelevel.agreement;

/**
 * How the credits owed for several targets in one period combine into one credit.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CreditCombination {
  /** The credits of all breached targets are added up (then capped). */
  SUM,
  /** Only the largest credit of the breached targets is owed (then capped). */
  MAX
}
