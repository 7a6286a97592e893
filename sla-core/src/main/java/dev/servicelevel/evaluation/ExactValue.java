package dev.servicelevel.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

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

  /** The value as an exact fraction; empty without a value. */
  default Optional<Fraction> fraction() {
    return Optional.empty();
  }

  /** An exact decimal. */
  static ExactValue of(BigDecimal value) {
    return new ExactValue() {
      @Override
      public int compareTo(BigDecimal bound) {
        return value.compareTo(bound);
      }

      @Override
      public Optional<Fraction> fraction() {
        return Optional.of(Fraction.exact(value, BigDecimal.ONE));
      }
    };
  }

  /** The exact quotient of two decimals, {@code numerator / denominator}, denominator positive. */
  static ExactValue ratio(BigDecimal numerator, BigDecimal denominator) {
    return new ExactValue() {
      @Override
      public int compareTo(BigDecimal bound) {
        return numerator.compareTo(bound.multiply(denominator));
      }

      @Override
      public Optional<Fraction> fraction() {
        return Optional.of(Fraction.exact(numerator, denominator));
      }
    };
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
