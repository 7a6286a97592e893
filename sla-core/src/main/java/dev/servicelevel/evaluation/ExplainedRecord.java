package dev.servicelevel.evaluation;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One record named in an explanation: an outage, a ticket, a sample, an event count or a time
 * slice, whether it counted, why, and how much it weighed.
 *
 * <p>The {@link #amount()} ranks records, worst first: for outages the seconds of window time
 * they cost (or would have cost, if excluded) at their impact; for tickets the seconds past the
 * goal (or, while pending, the seconds used); for samples the value; for event counts the events
 * on the wrong side; for time slices the ratio in percent.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ExplainedRecord {

  ExplainedRecord() {}

  static ExplainedRecord of(String id, boolean counted, String reason, BigDecimal amount) {
    return ImmutableExplainedRecord.of(id, counted, reason, ExactValue.plain(amount));
  }

  /**
   * Gets the record's identity: an outage or ticket id, or a sample's, count's or slice's instant.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Checks if the record counted towards the achieved value.
   *
   * @return true if it counted, false if excluded or pending
   */
  @Value.Parameter
  public abstract boolean counted();

  /**
   * Gets why the record counted or not, in words, such as
   * {@code "PT12M of window time at impact 0.5"} or {@code "planned maintenance announced
   * PT168H ahead (notice PT120H)"}.
   *
   * @return the reason, not null
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * Gets the amount that ranks the record (see the class description).
   *
   * @return the amount, not null
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * Outputs the record, such as {@code "INC-4711: PT12M of window time"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return id() + ": " + reason();
  }
}
