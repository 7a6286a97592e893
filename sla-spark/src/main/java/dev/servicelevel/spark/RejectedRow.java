package dev.servicelevel.spark;

import dev.servicelevel.agreement.Limits;
import java.util.Comparator;
import java.util.Objects;

/**
 * An input row that could not become a record of the library (a ticket history, an outage or a
 * sample): which input, the agreement and record it names, and why. Unlike a report's
 * unevaluable records (records the library holds but cannot evaluate), such a row never reaches
 * an accumulator; it is counted and listed in {@link SparkReports#rejected()}, never dropped
 * silently. A ticket with one bad event row is rejected whole, once.
 *
 * <pre>{@code
 * rejected.toString();
 * // TICKET ecoshop-sla T-17: Column at must not be null
 * }</pre>
 *
 * <p>Ids and messages are shown cut and escaped ({@link Limits#shown(Object)}). This class is
 * immutable and thread-safe.
 */
public final class RejectedRow implements Comparable<RejectedRow> {

  /** The inputs a row comes from. */
  public enum Kind {
    /** A row of the ticket events (the whole ticket is rejected). */
    TICKET,
    /** A row of the outages. */
    OUTAGE,
    /** A row of the samples. */
    SAMPLE
  }

  private static final Comparator<RejectedRow> ORDER =
      Comparator.comparing(RejectedRow::kind)
          .thenComparing(RejectedRow::agreementId)
          .thenComparing(RejectedRow::recordId)
          .thenComparing(RejectedRow::message);

  private final Kind kind;
  private final String agreementId;
  private final String recordId;
  private final String message;

  private RejectedRow(Kind kind, String agreementId, String recordId, String message) {
    this.kind = kind;
    this.agreementId = agreementId;
    this.recordId = recordId;
    this.message = message;
  }

  /**
   * Obtains a rejected row.
   *
   * @param kind  the input the row comes from, not null
   * @param agreementId  the agreement id the row names, {@code ""} if none, not null
   * @param recordId  the ticket, outage or target id the row names, {@code ""} if none, not null
   * @param message  why it was rejected, not null
   * @return the rejected row, not null
   * @throws NullPointerException naming the parameter if one is null
   */
  public static RejectedRow of(Kind kind, String agreementId, String recordId, String message) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(agreementId, "agreementId");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(message, "message");
    return new RejectedRow(
        kind, Limits.shown(agreementId), Limits.shown(recordId), Limits.shown(message));
  }

  /** A row decoded from a job's result, its texts shown already. */
  static RejectedRow decoded(Kind kind, String agreementId, String recordId, String message) {
    return new RejectedRow(kind, agreementId, recordId, message);
  }

  /**
   * Gets the input the row comes from.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the agreement id the row names.
   *
   * @return the id, {@code ""} if the row names none, not null
   */
  public String agreementId() {
    return agreementId;
  }

  /**
   * Gets the ticket id (tickets), outage id (outages) or target id (samples) the row names.
   *
   * @return the id, {@code ""} if the row names none, not null
   */
  public String recordId() {
    return recordId;
  }

  /**
   * Gets why the row was rejected, naming the value and the rule.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  /**
   * Orders by kind, agreement id, record id and message: the order of
   * {@link SparkReports#rejected()}, which does not depend on how the rows were partitioned.
   *
   * @param other  the other row, not null
   * @return negative, zero or positive as this row sorts before, with or after the other
   */
  @Override
  public int compareTo(RejectedRow other) {
    return ORDER.compare(this, other);
  }

  /**
   * Compares all four attributes.
   *
   * @param o  the other object
   * @return whether the other is an equal rejected row
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof RejectedRow && compareTo((RejectedRow) o) == 0;
  }

  /**
   * Gets a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, agreementId, recordId, message);
  }

  /**
   * Outputs the row, such as {@code "TICKET ecoshop-sla T-17: Column at must not be null"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return kind + " " + agreementId + " " + recordId + ": " + message;
  }
}
