package dev.servicelevel.evaluation;

/**
 * The verdict on one target for one period.
 *
 * <h2>The verdict table</h2>
 * A period is <i>finished</i> when {@code asOf} is at or after its end, else <i>running</i>.
 * "Meets so far" compares the exact value achieved over the time evaluated with the objective;
 * "certain breach" is defined below. The low-budget flag
 * ({@link TargetResult#isBudgetLow()}) is separate from the status: it is set whenever a result
 * that meets (so far) has used at least its target's at-risk share of its error budget.
 *
 * <table>
 *   <caption>Status by period and data</caption>
 *   <tr><th>Period</th><th>Data</th><th>Status</th><th>{@link #isMet()}</th></tr>
 *   <tr><td>any</td><td>nothing counted</td><td>{@link #NO_DATA}</td><td>false</td></tr>
 *   <tr><td>finished</td><td>meets</td><td>{@link #MET} (low-budget flag may be set)</td>
 *       <td>true</td></tr>
 *   <tr><td>finished</td><td>does not meet</td><td>{@link #BREACHED}</td><td>false</td></tr>
 *   <tr><td>running</td><td>meets so far</td><td>{@link #ON_TRACK} (low-budget flag may be
 *       set)</td><td>true</td></tr>
 *   <tr><td>running</td><td>does not meet so far, can still be met</td>
 *       <td>{@link #AT_RISK}</td><td>false</td></tr>
 *   <tr><td>running</td><td>certain breach</td><td>{@link #BREACHED}</td><td>false</td></tr>
 * </table>
 *
 * <h2>Certain breach of a running period</h2>
 * A running period is breached when no records that can still come, in any number, can make
 * the finished period meet its target:
 * <ul>
 *   <li><b>Availability</b>: downtime so far exceeds the error budget of the whole period (time
 *       only adds downtime).</li>
 *   <li><b>Maximum, and percentile 100</b>, "at most" objectives: a sample so far misses the
 *       objective (the largest sample only grows). The two always agree: p100 is the maximum,
 *       with the same budget of 0 samples.</li>
 *   <li><b>Other percentiles, shares of samples, events and tickets</b>: the number of future
 *       records is not bounded, and enough good records move any share or rank as close to
 *       100 % (or 0 %) as needed, so a miss so far is certain only when the objective itself
 *       cannot be reached once a bad record exists: a share of at least 100 % with a bad
 *       record, a share of at most 0 % with a counted one.</li>
 *   <li><b>Ratio timeslices</b>: the number of slices is bounded by the period, so the breach
 *       is certain when even if every slice not yet over ends good (or bad, for an "at most"
 *       objective) the share of good slices misses the objective.</li>
 *   <li><b>Mean</b>: never certain (future samples can move a mean anywhere).</li>
 * </ul>
 *
 * <p>Before this table, {@link #AT_RISK} also marked met periods (finished or running) with a
 * low budget, and {@link #isMet()} was true for it; that case is now {@link #MET} or
 * {@link #ON_TRACK} with the low-budget flag, and {@link #AT_RISK} is never met.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ComplianceStatus {
  /** A finished period met its target. */
  MET,
  /** A running period meets its target so far. */
  ON_TRACK,
  /** A running period does not meet its target so far, but records still to come can. */
  AT_RISK,
  /**
   * The target is not met: in a finished period, or in a running period when nothing that can
   * still happen can bring it back (see the class description).
   */
  BREACHED,
  /** Nothing counted: no window time, no applicable ticket, no sample or event in the period. */
  NO_DATA;

  /**
   * Checks if the target is met in this state (so far, for a running period).
   *
   * @return true for {@link #MET} and {@link #ON_TRACK}
   */
  public boolean isMet() {
    return this == MET || this == ON_TRACK;
  }
}
