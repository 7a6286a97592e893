package dev.servicelevel.agreement;

/**
 * The kind of an agreement: with the customer, between internal teams, or with an external
 * supplier.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AgreementKind {
  /** A service level agreement between the provider and its customer. */
  SLA,
  /** An operational level agreement between internal teams that support an SLA. */
  OLA,
  /** An underpinning contract with an external supplier that supports an SLA. */
  UNDERPINNING_CONTRACT;

  /**
   * Checks if agreements of this kind support the targets of other agreements, as OLAs and
   * underpinning contracts do.
   *
   * @return true for {@link #OLA} and {@link #UNDERPINNING_CONTRACT}
   */
  public boolean isSupporting() {
    return this != SLA;
  }
}
