package dev.servicelevel.evaluation;

/** The verdict on one target for one period. */
public enum ComplianceStatus {
  /** The target is met and less of its error budget is used than its at-risk threshold. */
  MET,
  /**
   * The target is met, but its error budget is used at or above the at-risk threshold; or, for
   * a period still running, it fails so far but could still be met by the period's end.
   */
  AT_RISK,
  /**
   * The target is not met: in a finished period, or in a running period when nothing that can
   * still happen can bring it back (availability downtime beyond the whole period's budget, a
   * maximum already above its objective).
   */
  BREACHED,
  /** Nothing counted: no window time, no applicable ticket, no sample or event in the period. */
  NO_DATA;

  /**
   * Checks if the target is met in this state, close to its limit or not.
   *
   * @return true for {@link #MET} and {@link #AT_RISK}
   */
  public boolean isMet() {
    return this == MET || this == AT_RISK;
  }
}
