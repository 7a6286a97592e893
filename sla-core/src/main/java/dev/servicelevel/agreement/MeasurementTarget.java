package dev.servicelevel.agreement;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A promise about samples or event counts reported by the host: an {@link Indicator} computed
 * per period and compared with an objective, such as "p95 latency ≤ 300 ms", "error ratio ≤
 * 0.1 %" or "good/total events ≥ 99.5 %".
 *
 * <pre>{@code
 * MeasurementTarget latency = MeasurementTarget.builder()
 *     .id("latency").service("shop").window("prime")
 *     .indicator(Indicator.percentile(new BigDecimal("95")))
 *     .comparison(Comparison.LESS_OR_EQUAL).objective(new BigDecimal("300")).unit("ms")
 *     .build();
 * }</pre>
 *
 * <p>Bounds: the objective: decimals have at most 18 digits after the point and an absolute value
 * below 10^18 ({@link Limits#requireDecimal(String, java.math.BigDecimal)}), checked before any
 * other rule, within 0 and 100 for a percentage indicator; ids have at most 200 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract non-sealed class MeasurementTarget implements MetricTarget {

  /**
   * Gets the family of the target: always {@link TargetKind#MEASUREMENT}.
   *
   * @return {@link TargetKind#MEASUREMENT}
   */
  @Override
  public final TargetKind kind() {
    return TargetKind.MEASUREMENT;
  }

  MeasurementTarget() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets how samples or counts become the period's value.
   *
   * @return the indicator, not null
   */
  public abstract Indicator indicator();

  /**
   * Gets how the period's value is compared with the objective.
   *
   * @return the comparison, not null
   */
  public abstract Comparison comparison();

  /**
   * Gets the value the period's value is compared with; in percent for a percentage indicator.
   *
   * @return the objective, not null
   */
  public abstract BigDecimal objective();

  /**
   * Gets the unit of the samples and the objective, for display, such as {@code "ms"}.
   *
   * @return the unit, empty when unnamed or a percentage
   */
  public abstract Optional<String> unit();

  @Value.Check
  void check() {
    Checks.requireTargetBasics(this);
    Limits.requireDecimal("Objective", objective());
    if (indicator().isPercentage()) {
      Checks.requirePercentage("Objective of a percentage indicator", objective());
    }
    unit().ifPresent(u -> Checks.requireText("Unit", u));
  }

  /**
   * A builder of measurement targets; {@code id}, {@code service}, {@code window},
   * {@code indicator}, {@code comparison} and {@code objective} are required.
   */
  public static final class Builder extends ImmutableMeasurementTarget.Builder {
    Builder() {}
  }
}
