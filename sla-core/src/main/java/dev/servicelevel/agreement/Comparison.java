package dev.servicelevel.agreement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How an achieved value is compared with a target value, with OpenSLO's operator names
 * ({@code lt}, {@code lte}, {@code gte}, {@code gt}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Comparison {
  /** The value must be less than the target ({@code lt}). */
  LESS_THAN("<"),
  /** The value must be less than or equal to the target ({@code lte}). */
  LESS_OR_EQUAL("<="),
  /** The value must be greater than or equal to the target ({@code gte}). */
  GREATER_OR_EQUAL(">="),
  /** The value must be greater than the target ({@code gt}). */
  GREATER_THAN(">");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Checks if a value meets a target under this comparison, comparing numerically (so
   * {@code 1.0} equals {@code 1.00}).
   *
   * @param value  the achieved value, not null
   * @param target  the target value, not null
   * @return true if {@code value <op> target} holds
   */
  public boolean test(BigDecimal value, BigDecimal target) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(target, "target");
    return holds(value.compareTo(target));
  }

  /**
   * Checks if the comparison holds for the sign of {@code value.compareTo(target)}: the one place
   * the four operators are spelled out.
   *
   * <pre>{@code
   * Comparison.GREATER_OR_EQUAL.holds(0);   // true: the value equals the target
   * Comparison.GREATER_THAN.holds(0);       // false
   * }</pre>
   *
   * @param sign  negative, zero or positive as the value is below, at or above the target
   * @return true if {@code value <op> target} holds
   */
  public boolean holds(int sign) {
    switch (this) {
      case LESS_THAN:
        return sign < 0;
      case LESS_OR_EQUAL:
        return sign <= 0;
      case GREATER_OR_EQUAL:
        return sign >= 0;
      case GREATER_THAN:
        return sign > 0;
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Checks if higher values are better under this comparison.
   *
   * @return true for {@link #GREATER_OR_EQUAL} and {@link #GREATER_THAN}
   */
  public boolean isHigherBetter() {
    return this == GREATER_OR_EQUAL || this == GREATER_THAN;
  }

  /**
   * Gets the mathematical symbol, such as {@code ">="}.
   *
   * @return the symbol, not null
   */
  public String symbol() {
    return symbol;
  }
}
