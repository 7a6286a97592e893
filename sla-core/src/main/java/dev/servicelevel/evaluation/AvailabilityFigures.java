package dev.servicelevel.evaluation;

import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * The figures behind an availability result: the window time agreed, the downtime counted and
 * how many outages counted or not.
 *
 * <p>Availability is {@code (agreedTimeSoFar - downtime) / agreedTimeSoFar}, in percent, where
 * downtime is window time covered by counted outages at their impact, overlaps counted once at
 * the larger impact.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class AvailabilityFigures {

  AvailabilityFigures() {}

  static AvailabilityFigures of(
      Duration agreedTime,
      Duration agreedTimeSoFar,
      Duration downtime,
      long counted,
      long excluded,
      long unevaluable,
      List<UnevaluableRecord> unevaluableRecords) {
    return ImmutableAvailabilityFigures.of(
        agreedTime, agreedTimeSoFar, downtime, counted, excluded, unevaluable, unevaluableRecords);
  }

  /**
   * Gets the window's open time in the whole period: the time the service is promised for.
   *
   * @return the agreed time, not null
   */
  @Value.Parameter
  public abstract Duration agreedTime();

  /**
   * Gets the window's open time from the period's start to the instant evaluated up to; equal to
   * {@link #agreedTime()} for a finished period.
   *
   * @return the agreed time so far, not null
   */
  @Value.Parameter
  public abstract Duration agreedTimeSoFar();

  /**
   * Gets the downtime counted, rounded up to the nanosecond (partial outages can make it
   * fractional; the verdict uses the exact value).
   *
   * @return the downtime, not null
   */
  @Value.Parameter
  public abstract Duration downtime();

  /**
   * Gets the number of outages that counted, in part or whole.
   *
   * @return the number, at least 0
   */
  @Value.Parameter
  public abstract long outagesCounted();

  /**
   * Gets the number of outages of the service in the period that did not count: excluded by
   * cause, shorter than the target ignores, or wholly outside the window's hours.
   *
   * @return the number, at least 0
   */
  @Value.Parameter
  public abstract long outagesNotCounted();

  /**
   * Gets the number of outages that could not be evaluated: those that name a cause the
   * agreement does not define ({@link dev.servicelevel.agreement.OutageCause}). They neither
   * count nor are excluded, and are listed in {@link #unevaluableRecords()}.
   *
   * @return the number, at least 0
   */
  @Value.Parameter
  public abstract long unevaluable();

  /**
   * Gets the first {@link EvaluationOptions#unevaluableRecords()} unevaluable outages in their
   * natural order ({@link UnevaluableRecord#compareTo}).
   *
   * @return the records, not null
   */
  @Value.Parameter
  public abstract List<UnevaluableRecord> unevaluableRecords();

  /**
   * Outputs the figures, such as {@code "downtime PT21M36S of PT720H agreed"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "downtime " + downtime() + " of " + agreedTimeSoFar() + " agreed"
        + (agreedTimeSoFar().equals(agreedTime()) ? "" : " so far (" + agreedTime() + " in all)")
        + ", " + outagesCounted() + " outages counted, " + outagesNotCounted() + " not"
        + (unevaluable() == 0 ? "" : ", " + unevaluable() + " unevaluable");
  }
}
