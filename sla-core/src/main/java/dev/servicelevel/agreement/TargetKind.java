package dev.servicelevel.agreement;

/**
 * The family of a metric target, and so of its result's figures: what {@link MetricTarget#kind()}
 * returns, one constant per implementation of the sealed {@link MetricTarget}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TargetKind {
  /** An availability target: downtime from outages against window time. */
  AVAILABILITY,
  /** A ticket-timer target: the share of tickets that met their goals. */
  TICKET_TIMER,
  /** A measurement target: an indicator over samples or event counts. */
  MEASUREMENT
}
