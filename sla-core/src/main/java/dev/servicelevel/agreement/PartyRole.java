package dev.servicelevel.agreement;

/**
 * The side of an agreement a party stands on.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PartyRole {
  /** The party that delivers the services. */
  PROVIDER,
  /** The party that receives the services. */
  CUSTOMER
}
