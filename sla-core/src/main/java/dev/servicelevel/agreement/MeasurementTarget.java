package dev.servicelevel.agreement;

import dev.servicelevel.style.MissingFieldException;
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
   * Obtains a builder that holds this measurement target's attributes, to build a changed copy:
   * setting an attribute replaces it, {@code addX} adds to a list and {@code x(Iterable)}
   * replaces it.
   *
   * <pre>{@code
   * MeasurementTarget weekly =
 *     target.toBuilder().period(ReportingPeriod.calendarWeek()).build();
   * }</pre>
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    return new Builder().mergeFrom(this);
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

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this measurement target with another id, checked like a built value.
   *
   * @param value  the id, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withId(String value);

  /**
   * Returns a copy of this measurement target with another service, checked like a built
   * value.
   *
   * @param value  the service, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withService(String value);

  /**
   * Returns a copy of this measurement target with another window, checked like a built
   * value.
   *
   * @param value  the window, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withWindow(String value);

  /**
   * Returns a copy of this measurement target with another period, checked like a built
   * value.
   *
   * @param value  the period, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withPeriod(ReportingPeriod value);

  /**
   * Returns a copy of this measurement target with another weight, checked like a built
   * value.
   *
   * @param value  the weight, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withWeight(BigDecimal value);

  /**
   * Returns a copy of this measurement target with another at risk threshold, checked like a
   * built value.
   *
   * @param value  the at risk threshold, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withAtRiskThreshold(BigDecimal value);

  /**
   * Returns a copy of this measurement target with another responsible party, checked like a
   * built value.
   *
   * @param value  the responsible party, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withResponsibleParty(PartyRole value);

  /**
   * Returns a copy of this measurement target with another supports, checked like a built
   * value.
   *
   * @param elements  the supports, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withSupports(TargetRef... elements);

  /**
   * Returns a copy of this measurement target with another supports, checked like a built
   * value.
   *
   * @param elements  the supports, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withSupports(Iterable<? extends TargetRef> elements);

  /**
   * Returns a copy of this measurement target with another indicator, checked like a built
   * value.
   *
   * @param value  the indicator, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withIndicator(Indicator value);

  /**
   * Returns a copy of this measurement target with another comparison, checked like a built
   * value.
   *
   * @param value  the comparison, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withComparison(Comparison value);

  /**
   * Returns a copy of this measurement target with another objective, checked like a built
   * value.
   *
   * @param value  the objective, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withObjective(BigDecimal value);

  /**
   * Returns a copy of this measurement target with another unit, checked like a built value.
   *
   * @param value  the unit, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withUnit(String value);

  /**
   * Returns a copy of this measurement target with another unit, checked like a built value.
   *
   * @param optional  the unit, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract MeasurementTarget withUnit(Optional<String> optional);

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

    /**
     * Builds the measurement target.
     *
     * @return the measurement target, not null
     * @throws IllegalStateException naming the type and the fields if a required field is missing
     * @throws IllegalArgumentException if the value breaks a rule
     */
    @Override
    public MeasurementTarget build() {
      return MissingFieldException.build(super::build);
    }
  }
}
