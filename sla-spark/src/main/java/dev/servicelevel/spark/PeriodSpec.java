package dev.servicelevel.spark;

import dev.servicelevel.agreement.Limits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One period report to compute: the agreement's id, a date in the periods to evaluate (as for
 * {@link dev.servicelevel.evaluation.PeriodAccumulator#of}) and the instant to evaluate as of.
 *
 * <pre>{@code
 * PeriodSpec march = PeriodSpec.of("ecoshop-sla", LocalDate.of(2025, 3, 1),
 *     Instant.parse("2025-04-01T00:00:00Z"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodSpec {

  private final String agreementId;
  private final LocalDate date;
  private final Instant asOf;

  private PeriodSpec(String agreementId, LocalDate date, Instant asOf) {
    this.agreementId = agreementId;
    this.date = date;
    this.asOf = asOf;
  }

  /**
   * Obtains a period to evaluate.
   *
   * @param agreementId  the agreement's id, not null
   * @param date  a date in the periods to evaluate, not null
   * @param asOf  the instant to evaluate as of, within the supported range, not null
   * @return the period, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws java.time.DateTimeException if {@code asOf} is outside the supported range
   *     ({@link Limits#requireInstant})
   */
  public static PeriodSpec of(String agreementId, LocalDate date, Instant asOf) {
    Objects.requireNonNull(agreementId, "agreementId");
    Objects.requireNonNull(date, "date");
    Limits.requireInstant("asOf", asOf);
    return new PeriodSpec(agreementId, date, asOf);
  }

  /**
   * Gets the agreement's id.
   *
   * @return the id, not null
   */
  public String agreementId() {
    return agreementId;
  }

  /**
   * Gets the date in the periods to evaluate.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Gets the instant to evaluate as of.
   *
   * @return the instant, not null
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Compares by agreement id, date and instant.
   *
   * @param o  the other object
   * @return whether the other is an equal period
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PeriodSpec
        && agreementId.equals(((PeriodSpec) o).agreementId)
        && date.equals(((PeriodSpec) o).date)
        && asOf.equals(((PeriodSpec) o).asOf);
  }

  /**
   * Gets a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(agreementId, date, asOf);
  }

  /**
   * Outputs the period, such as {@code "ecoshop-sla 2025-03-01 as of 2025-04-01T00:00:00Z"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return Limits.shown(agreementId) + " " + date + " as of " + asOf;
  }
}
