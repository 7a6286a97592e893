package dev.servicelevel.agreement;

/**
 * What a ticket timer threshold fires when it is reached.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ThresholdType {
  /** A warning to the people working the ticket. */
  WARNING,
  /** An escalation, optionally to a level of the agreement's escalation procedure. */
  ESCALATION
}
