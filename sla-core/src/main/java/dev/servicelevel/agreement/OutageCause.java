package dev.servicelevel.agreement;

/**
 * A cause of an outage that an availability target may exclude from its downtime. An outage
 * with none of these causes, or whose cause the target does not exclude, counts as downtime.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OutageCause {
  /**
   * Maintenance that was announced at least the target's notice period ahead (see
   * {@link AvailabilityTarget#maintenanceNotice()}).
   */
  PLANNED_MAINTENANCE,
  /** An outage caused by the customer. */
  CUSTOMER_CAUSED,
  /** An outage caused by events beyond either party's control. */
  FORCE_MAJEURE,
  /** An outage caused by a third party that is not the provider's supplier under this agreement. */
  THIRD_PARTY
}
