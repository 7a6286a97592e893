package dev.servicelevel.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An achieved value kept exactly, for comparisons: reported values are rounded, verdicts and
 * credit tiers are decided on this.
 */
interface ExactValue {

  /** No value: the period had no data. */
  ExactValue NONE =
      bound -> {
        throw new IllegalStateException("No achieved value: the period has no data");
      };

  /** Compares the value with a number: negative, zero or positive as it is below, at, above. */
  int compareTo(BigDecimal bound);

  /** An exact decimal. */
  static ExactValue of(BigDecimal value) {
    return value::compareTo;
  }

  /** The exact quotient of two decimals, {@code numerator / denominator}, denominator positive. */
  static ExactValue ratio(BigDecimal numerator, BigDecimal denominator) {
    return bound -> numerator.compareTo(bound.multiply(denominator));
  }

  /**
   * Rounds a quotient to a scale towards the unfavourable side: down when higher values are
   * better, up otherwise, so a rounded value never looks better than the exact one.
   */
  static BigDecimal round(
      BigDecimal numerator, BigDecimal denominator, int scale, boolean higherIsBetter) {
    return plain(
        numerator.divide(
            denominator, scale, higherIsBetter ? RoundingMode.FLOOR : RoundingMode.CEILING));
  }

  /** Strips trailing zeros without going to exponent notation ({@code 100}, not {@code 1E+2}). */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
