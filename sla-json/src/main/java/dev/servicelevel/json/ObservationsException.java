package dev.servicelevel.json;

import java.util.Objects;

/**
 * Thrown when a read of observations stops before the end: the input is not JSON Lines or a JSON
 * observations document at all (a JSON document with a syntax error cannot be read on), or more
 * records were rejected than {@link ObservationReader#maxRejected()} allows. Records delivered
 * before the stop stay delivered; {@link #summary()} says how far the read came.
 *
 * <p>The message names the source, the line and the rule, and lists the first problems.
 */
public final class ObservationsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The summary; transient, as the problems of a failed read are not worth serializing. */
  private final transient ReadSummary summary;

  ObservationsException(String message, ReadSummary summary) {
    super(message + describe(summary));
    this.summary = Objects.requireNonNull(summary, "summary");
  }

  private static String describe(ReadSummary summary) {
    StringBuilder sb = new StringBuilder();
    sb.append(" (").append(summary).append(')');
    for (ObservationProblem p : summary.problems()) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }

  /**
   * Gets how far the read came: lines, records delivered, records rejected and the first problems.
   *
   * @return the summary, null only after deserialization
   */
  public ReadSummary summary() {
    return summary;
  }
}
