package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Indicator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The figures behind a measurement result: the indicator, how many observations it was computed
 * from, how many of them met the per-observation rule, and whether the reported value is exact.
 *
 * <p>Observations are samples (occurrences, percentile, mean, max), events (ratio) or time slices
 * with events (ratio timeslices). "Meeting" means: a sample that meets the objective (percentile,
 * max) or the per-sample threshold (occurrences), a counted event (ratio), a good slice
 * (timeslices); a mean has no per-sample rule.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class MeasurementFigures {

  MeasurementFigures() {}

  static MeasurementFigures of(
      Indicator indicator, long observations, Optional<Long> meeting, boolean exactValue) {
    return ImmutableMeasurementFigures.builder()
        .indicator(indicator)
        .observations(observations)
        .meeting(meeting)
        .exactValue(exactValue)
        .build();
  }

  /**
   * Gets the indicator the value was computed by.
   *
   * @return the indicator, not null
   */
  public abstract Indicator indicator();

  /**
   * Gets the number of samples, events or slices with events the value was computed from.
   *
   * @return the number, at least 0
   */
  public abstract long observations();

  /**
   * Gets the number of observations that meet the per-observation rule (see the class
   * description).
   *
   * @return the number, empty for a mean
   */
  public abstract Optional<Long> meeting();

  /**
   * Checks if the reported value is exact. Only a percentile over more distinct values than
   * {@link MeasurementAccumulator} keeps one by one is not: it is then within 1 % of the exact
   * nearest-rank value (see there). The verdict is exact in every case.
   *
   * @return true if the value is exact
   */
  public abstract boolean exactValue();

  /**
   * Outputs the figures, such as {@code "p95 over 1000000 samples, 951234 meeting"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return indicator() + " over " + observations() + " observations"
        + meeting().map(m -> ", " + m + " meeting").orElse("")
        + (exactValue() ? "" : ", value within 1 %");
  }
}
