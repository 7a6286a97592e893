package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.style.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.immutables.value.Value;
import org.threeten.extra.Interval;

/**
 * One reporting period as instants: a label such as {@code 2025-03} and the half-open interval
 * from the start of its first day to the start of the day after its last day in the agreement's
 * zone.
 *
 * <pre>{@code
 * PeriodRange march = PeriodRange.of(ReportingPeriod.calendarMonth(), LocalDate.of(2025, 3, 14),
 *     ZoneId.of("Europe/Berlin"));
 * march.label();      // "2025-03"
 * march.interval();   // 2025-02-28T23:00:00Z/2025-03-31T22:00:00Z
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class PeriodRange {

  PeriodRange() {}

  /**
   * Obtains a period from a label and an interval.
   *
   * @param label  the label, not blank
   * @param interval  the interval, bounded and not empty, not null
   * @return the period, not null
   * @throws NullPointerException naming {@code label} or {@code interval} if one is null
   * @throws IllegalArgumentException if the label is blank or the interval unbounded or empty
   * @throws java.time.DateTimeException if the interval is not within the supported range
   *     {@link Limits#EARLIEST} to {@link Limits#LATEST} (1900 to 2399), so that no period is
   *     longer than {@link Limits#MAX_DURATION}
   */
  public static PeriodRange of(String label, Interval interval) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(interval, "interval");
    return ImmutablePeriodRange.of(label, interval);
  }

  /**
   * Obtains the period of a kind that contains a date, in a zone.
   *
   * @param period  the kind of period, not null
   * @param date  a date in the period, not null
   * @param zone  the zone periods are read in, usually the agreement's, not null
   * @return the period, labelled by {@link ReportingPeriod#label(LocalDate)}, not null
   * @throws IllegalArgumentException naming the period and the zone if the zone skips every
   *     date of the period, so that it has no instant: a rolling period of one day on a date a
   *     zone skipped whole (Pacific/Apia skipped 2011-12-30, moving from UTC-10 to UTC+14)
   */
  public static PeriodRange of(ReportingPeriod period, LocalDate date, ZoneId zone) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
    String label = period.label(date);
    Interval interval = period.intervalOf(date, zone);
    Checks.requireArgument(
        !interval.isEmpty(),
        "Period has no instant: the zone skips every date of it",
        label,
        zone);
    return of(label, interval);
  }

  /**
   * Gets the label, such as {@code 2025-03} or {@code 2025-Q1}.
   *
   * @return the label, not null
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Gets the period as a half-open interval of instants.
   *
   * @return the interval, bounded and not empty, not null
   */
  @Value.Parameter
  public abstract Interval interval();

  /**
   * Gets the first instant of the period.
   *
   * @return the start, inclusive, not null
   */
  public Instant start() {
    return interval().getStart();
  }

  /**
   * Gets the instant just after the period.
   *
   * @return the end, exclusive, not null
   */
  public Instant end() {
    return interval().getEnd();
  }

  /**
   * Gets the instant a period evaluated as of an instant has run to: the earlier of the
   * period's end and {@code asOf}, but not before the period's start.
   *
   * @param asOf  the evaluation instant, not null
   * @return the instant the evaluation covers up to (exclusive), not null
   */
  public Instant cutoff(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(start())) {
      return start();
    }
    return asOf.isBefore(end()) ? asOf : end();
  }

  @Value.Check
  void check() {
    Checks.requireArgument(
        !label().isBlank(), "Period label must not be blank", "'" + Limits.shown(label()) + "'");
    Checks.requireArgument(
        !interval().isUnboundedStart() && !interval().isUnboundedEnd() && !interval().isEmpty(),
        "Period must be bounded and not empty",
        Limits.shown(label()),
        interval());
    Limits.requireInstant("Period start", start());
    Limits.requireInstant("Period end", end());
  }

  /**
   * Outputs the period, such as {@code "2025-03 (2025-02-28T23:00:00Z/2025-03-31T22:00:00Z)"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return label() + " (" + interval() + ")";
  }
}
