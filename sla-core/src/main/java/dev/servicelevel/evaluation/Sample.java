package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Limits;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One measured value at an instant, such as the latency of one request in milliseconds: the
 * observation percentile, mean, maximum and occurrence targets are computed from.
 *
 * <pre>{@code
 * Sample s = Sample.of(Instant.parse("2025-03-04T10:00:00.250Z"), new BigDecimal("212"));
 * }</pre>
 *
 * <p>Hosts with millions of samples need not build a {@code Sample} for each:
 * {@link MeasurementAccumulator#add(Instant, BigDecimal)} takes the two parts directly.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Sample {

  Sample() {}

  /**
   * Obtains a sample.
   *
   * @param at  the instant the value was measured, not null
   * @param value  the value, in the target's unit, not null, within the decimal bounds of
   *     {@link Limits} (at most 18 digits after the point, absolute value below 10^18)
   * @return the sample, not null
   * @throws NullPointerException naming {@code at} or {@code value} if one is null
   * @throws IllegalArgumentException if the value is out of the decimal bounds
   */
  public static Sample of(Instant at, BigDecimal value) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(value, "value");
    return ImmutableSample.of(at, Limits.requireDecimal("Sample value", value));
  }

  /**
   * Gets the instant the value was measured.
   *
   * @return the instant, not null
   */
  @Value.Parameter
  public abstract Instant at();

  /**
   * Gets the measured value, in the target's unit.
   *
   * @return the value, not null
   */
  @Value.Parameter
  public abstract BigDecimal value();

  @Value.Check
  void check() {
    Limits.requireDecimal("Sample value", value());
  }

  /**
   * Outputs the sample as {@code value@instant}, such as {@code "212@2025-03-04T10:00:00.250Z"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return value().toPlainString() + "@" + at();
  }
}
