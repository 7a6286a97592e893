package dev.servicelevel.evaluation;

/**
 * Why a record in an {@link Explanation} counted or did not, as a code a host can branch on,
 * translate or aggregate; {@link ExplainedRecord#reason()} says the same in words and
 * {@link ExplainedRecord#figures()} holds the numbers involved, under the keys listed here.
 */
public enum ReasonCode {
  /**
   * An outage that counted. Figures: {@code windowSeconds} (window time covered),
   * {@code impact}, {@code cost} (window seconds times impact).
   */
  OUTAGE_COUNTED,
  /**
   * An outage whose cause the target excludes (planned maintenance announced in time included).
   * Figures as {@link #OUTAGE_COUNTED}, the cost being what it would have cost.
   */
  OUTAGE_EXCLUDED_CAUSE,
  /** An outage ignored as shorter than the target's minimum. Figures as {@link #OUTAGE_COUNTED}. */
  OUTAGE_TOO_SHORT,
  /**
   * An outage, sample or event count wholly in the window's closed hours. Figures: for an
   * outage as {@link #OUTAGE_COUNTED}, for a sample {@code value}, for a count {@code counted},
   * {@code total}, {@code bad}.
   */
  OUTSIDE_WINDOW_HOURS,
  /**
   * A ticket timer past its goal. Figures: {@code lateSeconds}, {@code goalSeconds}.
   */
  TICKET_BREACHED,
  /**
   * A ticket timer still running within its goal. Figures: {@code elapsedSeconds},
   * {@code goalSeconds}.
   */
  TICKET_PENDING,
  /** A cancelled ticket timer. Figures: {@code elapsedSeconds}. */
  TICKET_CANCELLED,
  /** A ticket timer no goal of the target applies to. Figures: {@code elapsedSeconds}. */
  TICKET_NO_GOAL,
  /**
   * A sample that meets the per-sample threshold or objective. Figures: {@code value},
   * {@code threshold}.
   */
  SAMPLE_MEETS,
  /**
   * A sample that misses the per-sample threshold or objective. Figures: {@code value},
   * {@code threshold}.
   */
  SAMPLE_MISSES,
  /** An event count of a ratio. Figures: {@code counted}, {@code total}, {@code bad}. */
  EVENTS_COUNTED,
  /**
   * A time slice whose ratio meets the per-slice threshold. Figures: {@code counted},
   * {@code total}, {@code threshold}.
   */
  SLICE_GOOD,
  /**
   * A time slice whose ratio misses the per-slice threshold. Figures: {@code counted},
   * {@code total}, {@code threshold}.
   */
  SLICE_BAD,
  /**
   * A time slice of a mean of slice ratios (OpenSLO RatioTimeslices), ranked by its shortfall
   * from 100 %. Figures: {@code counted}, {@code total}.
   */
  SLICE_RATIO
}
