package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Limits;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A record an accumulator could not evaluate, listed in the result instead of aborting it: which
 * record, for which target, and why.
 *
 * <p>A record is unevaluable when the evaluation it needs has no answer within the supported
 * range: for example a ticket whose goal is in working days on a calendar that never opens
 * again, so the goal has no deadline to measure against. The rule every accumulator applies:
 * an unevaluable record is excluded from the achieved value (it is neither met nor breached),
 * counted, and listed here; a report with unevaluable records still completes. See
 * {@link TicketFigures#unevaluable()} and {@link PeriodReport#unevaluable()}.
 *
 * <pre>{@code
 * report.unevaluable().get(0);
 * // ticket T-1 for resolve: NO_DEADLINE: Calendar ... never opens after ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class UnevaluableRecord implements Comparable<UnevaluableRecord> {

  /** The kinds of record an accumulator takes. */
  public enum Kind {
    /** A ticket history. */
    TICKET,
    /** An outage. */
    OUTAGE,
    /** A sample. */
    SAMPLE,
    /** An event count. */
    EVENT_COUNT
  }

  /** Why a record could not be evaluated. */
  public enum Reason {
    /** The goal has no deadline: a calendar that never opens again, or one after 2400. */
    NO_DEADLINE,
    /** An instant the evaluation needs falls outside the supported range of 1900 to 2400. */
    OUTSIDE_SUPPORTED_RANGE,
    /** The record contradicts the target in a way the evaluation cannot resolve. */
    INVALID
  }

  UnevaluableRecord() {}

  /**
   * Obtains a record.
   *
   * @param kind  the kind of record, not null
   * @param id  the record's id (a ticket id), shown cut and escaped, not null
   * @param targetId  the id of the target it could not be evaluated for, not null
   * @param reason  the reason code, not null
   * @param text  the reason in words, shown cut and escaped, not null
   * @return the record, not null
   * @throws NullPointerException naming the parameter if one is null
   */
  public static UnevaluableRecord of(
      Kind kind, String id, String targetId, Reason reason, String text) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
    return ImmutableUnevaluableRecord.of(
        kind, Limits.shown(id), Limits.shown(targetId), reason, Limits.shown(text));
  }

  /**
   * Gets the kind of record.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Gets the record's id, cut to {@value Limits#MAX_SHOWN_CHARACTERS} characters with unsafe
   * characters escaped ({@link Limits#shown(Object)}).
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Gets the id of the target the record could not be evaluated for.
   *
   * @return the target id, not null
   */
  @Value.Parameter
  public abstract String targetId();

  /**
   * Gets the reason code.
   *
   * @return the reason, not null
   */
  @Value.Parameter
  public abstract Reason reason();

  /**
   * Gets the reason in words: the message of the evaluation that failed, cut and escaped.
   *
   * @return the text, not null
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Orders records by target id, id, kind, reason and text: the order in which a result keeps
   * the first ones when there are more than it lists.
   *
   * @param other  the other record, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(UnevaluableRecord other) {
    int c = targetId().compareTo(other.targetId());
    if (c == 0) {
      c = id().compareTo(other.id());
    }
    if (c == 0) {
      c = kind().compareTo(other.kind());
    }
    if (c == 0) {
      c = reason().compareTo(other.reason());
    }
    return c != 0 ? c : text().compareTo(other.text());
  }

  /**
   * Outputs the record, such as {@code "ticket T-1 for resolve: NO_DEADLINE: ..."}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + id()
        + " for " + targetId() + ": " + reason() + ": " + text();
  }
}
