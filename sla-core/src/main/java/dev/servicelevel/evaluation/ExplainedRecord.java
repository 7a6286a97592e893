package dev.servicelevel.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One record named in an explanation: an outage, a ticket, a sample, an event count or a time
 * slice, whether it counted, why (as a {@link ReasonCode} and in words), the numbers involved
 * and how much it weighed.
 *
 * <p>The {@link #amount()} ranks records, worst first: for outages the seconds of window time
 * they cost (or would have cost, if excluded) at their impact; for tickets the seconds past the
 * goal (or, while pending, the seconds used); for samples the value; for event counts the events
 * on the wrong side; for time slices the ratio in percent.
 *
 * <pre>{@code
 * ExplainedRecord r = result.explanation().counted().get(0);
 * r.code();      // OUTAGE_COUNTED
 * r.figures();   // {windowSeconds=720, impact=0.5, cost=360}
 * r.reason();    // "PT12M of window time at impact 0.5"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ExplainedRecord {

  ExplainedRecord() {}

  /**
   * A record; the figures are given as key, value pairs, exact, trailing zeros stripped.
   */
  static ExplainedRecord of(
      String id,
      boolean counted,
      ReasonCode code,
      String reason,
      BigDecimal amount,
      Object... figures) {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < figures.length; i += 2) {
      Object v = figures[i + 1];
      BigDecimal d = v instanceof BigDecimal ? (BigDecimal) v : BigDecimal.valueOf((Long) v);
      map.put((String) figures[i], ExactValue.plain(d));
    }
    return ImmutableExplainedRecord.builder()
        .id(id)
        .counted(counted)
        .code(code)
        .reason(reason)
        .amount(ExactValue.plain(amount))
        .putAllFigures(map)
        .build();
  }

  /**
   * Gets the record's identity: an outage or ticket id, or a sample's, count's or slice's instant.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Checks if the record counted towards the achieved value.
   *
   * @return true if it counted, false if excluded or pending
   */
  public abstract boolean counted();

  /**
   * Gets why the record counted or not, as a code.
   *
   * @return the code, not null
   */
  public abstract ReasonCode code();

  /**
   * Gets why the record counted or not, in words, such as
   * {@code "PT12M of window time at impact 0.5"} or {@code "planned maintenance announced
   * PT168H ahead (notice PT120H)"}.
   *
   * @return the reason, not null
   */
  public abstract String reason();

  /**
   * Gets the amount that ranks the record (see the class description).
   *
   * @return the amount, not null
   */
  public abstract BigDecimal amount();

  /**
   * Gets the numbers involved, exact, under the keys its {@link #code()} lists, in a stable
   * order; durations in seconds.
   *
   * @return the figures by name, not null
   */
  public abstract Map<String, BigDecimal> figures();

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
