package dev.servicelevel.evaluation.alert;

import dev.servicelevel.evaluation.ErrorBudget;
import dev.servicelevel.evaluation.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.Interval;

/**
 * How fast one look-back window burned the error budget: the window asked for, the interval
 * actually evaluated (clipped to the period and the agreement's validity), the window's own error
 * budget and its exact burn rate.
 *
 * <p>The burn rate is the window's share of bad records divided by the share the target allows:
 * {@code used / allowed} of the window's budget ({@link ErrorBudget#usedShare()}), so 1 burns
 * exactly as fast as the period may, and 14.4 fourteen point four times as fast. It is empty when
 * the window has no data (an empty or closed interval, no counted ticket, no sample), when the
 * indicator has no error budget (a mean), or when the target allows nothing (an objective of
 * 100 %, where any bad record breaches the target and no rate applies).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class WindowBurn {

  /** Decimal places of {@link #toString()}'s burn rate: {@value}, rounded half up. */
  public static final int DISPLAY_SCALE = 4;

  WindowBurn() {}

  static WindowBurn create(Duration length, Interval interval, Optional<ErrorBudget> budget) {
    return ImmutableWindowBurn.of(length, interval, budget);
  }

  /**
   * Gets the window's length as the condition asked for it.
   *
   * @return the length, positive, not null
   */
  @Value.Parameter
  public abstract Duration length();

  /**
   * Gets the interval evaluated: from the later of {@code asOf - length}, the period's start and
   * the agreement's first day, to {@code asOf} (exclusive); empty when {@code asOf} is the
   * period's start.
   *
   * @return the interval, bounded, not null
   */
  @Value.Parameter
  public abstract Interval interval();

  /**
   * Checks if the interval is shorter than the window asked for because it was clipped at the
   * start of the period or of the agreement's validity.
   *
   * @return true if clipped
   */
  public boolean isClipped() {
    return interval().toDuration().compareTo(length()) < 0;
  }

  /**
   * Gets the window's own error budget: what the target allows to go wrong over the interval
   * and what went wrong in it.
   *
   * @return the budget, empty when the window has no data or the indicator has no budget
   */
  @Value.Parameter
  public abstract Optional<ErrorBudget> budget();

  /**
   * Gets the burn rate, exactly (see the class description).
   *
   * @return the burn rate, at least 0; empty without data, without a budget or when nothing is
   *     allowed
   */
  public Optional<Fraction> burnRate() {
    return budget().flatMap(ErrorBudget::usedShare);
  }

  /**
   * Outputs the window, such as {@code "PT1H 2025-03-10T09:00:00Z/2025-03-10T10:00:00Z burn rate
   * 18 (18)"} or {@code "... no burn rate"}; the decimal is rounded half up to
   * {@link #DISPLAY_SCALE} places.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return length() + " " + interval()
        + burnRate()
            .map(r -> " burn rate " + r + " (" + display(r).toPlainString() + ")")
            .orElse(" no burn rate");
  }

  static BigDecimal display(Fraction rate) {
    return rate.toDecimal(DISPLAY_SCALE, RoundingMode.HALF_UP);
  }
}
