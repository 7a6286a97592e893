package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Limits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An exact fraction {@code numerator / denominator} of integers, in lowest terms with a positive
 * denominator: the exact form of a figure whose decimal does not end, such as a burn rate of
 * {@code 20/37} (0.5405…) or a score of {@code 200/3} (66.666…).
 *
 * <p>Two fractions are equal when they are the same number ({@code 2/4} is built as
 * {@code 1/2}). A display value is {@link #toDecimal(int, RoundingMode)} with the rounding the
 * caller states; {@link #toBigDecimalExact()} is present when the decimal ends.
 *
 * <pre>{@code
 * Fraction f = Fraction.of(new BigDecimal("1"), new BigDecimal("1.85"));   // 20/37
 * f.toDecimal(4, RoundingMode.HALF_UP);    // 0.5405
 * f.compareTo(BigDecimal.ONE);             // -1
 * f.toBigDecimalExact();                   // Optional.empty
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Fraction implements Comparable<Fraction> {

  /** The most decimal places {@link #toDecimal(int, RoundingMode)} gives: {@value}. */
  public static final int MAX_SCALE = 100;

  /** Zero, {@code 0/1}. */
  public static final Fraction ZERO = ImmutableFraction.of(BigInteger.ZERO, BigInteger.ONE);

  /** One, {@code 1/1}. */
  public static final Fraction ONE = ImmutableFraction.of(BigInteger.ONE, BigInteger.ONE);

  Fraction() {}

  /**
   * Obtains the fraction {@code numerator / denominator} of two decimals, in lowest terms.
   *
   * @param numerator  the numerator, within {@link Limits#requireDecimal}, not null
   * @param denominator  the denominator, within {@link Limits#requireDecimal}, not zero, not null
   * @return the fraction, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws IllegalArgumentException if a decimal is out of bounds or the denominator is zero
   */
  public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
    Limits.requireDecimal("numerator", numerator);
    Limits.requireDecimal("denominator", denominator);
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException(
          "Fraction denominator must not be zero: " + numerator.toPlainString() + " / 0");
    }
    return exact(numerator, denominator);
  }

  /**
   * Obtains the fraction equal to a decimal.
   *
   * @param value  the value, within {@link Limits#requireDecimal}, not null
   * @return the fraction, not null
   * @throws NullPointerException naming {@code value} if it is null
   * @throws IllegalArgumentException if the decimal is out of bounds
   */
  public static Fraction of(BigDecimal value) {
    return of(Limits.requireDecimal("value", value), BigDecimal.ONE);
  }

  /**
   * The fraction of two decimals the library computed itself (bounded by construction), the
   * denominator not zero.
   */
  static Fraction exact(BigDecimal numerator, BigDecimal denominator) {
    int scale = Math.max(numerator.scale(), denominator.scale());
    BigInteger n = numerator.setScale(scale).unscaledValue();
    BigInteger d = denominator.setScale(scale).unscaledValue();
    return reduced(n, d);
  }

  private static Fraction reduced(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger gcd = n.gcd(d);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      n = n.divide(gcd);
      d = d.divide(gcd);
    }
    return ImmutableFraction.of(n, d);
  }

  /**
   * Gets the numerator, in lowest terms.
   *
   * @return the numerator, negative for a negative fraction, not null
   */
  @Value.Parameter
  public abstract BigInteger numerator();

  /**
   * Gets the denominator, in lowest terms.
   *
   * @return the denominator, positive, not null
   */
  @Value.Parameter
  public abstract BigInteger denominator();

  /**
   * Gets the sign.
   *
   * @return -1, 0 or 1 as the fraction is negative, zero or positive
   */
  public int signum() {
    return numerator().signum();
  }

  /**
   * Obtains the product of this fraction and another.
   *
   * @param other  the other fraction, not null
   * @return the exact product, not null
   * @throws NullPointerException naming {@code other} if it is null
   */
  public Fraction multipliedBy(Fraction other) {
    Objects.requireNonNull(other, "other");
    return reduced(
        numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
  }

  /**
   * Obtains the difference of this fraction and another.
   *
   * @param other  the fraction to subtract, not null
   * @return the exact difference, not null
   * @throws NullPointerException naming {@code other} if it is null
   */
  public Fraction minus(Fraction other) {
    Objects.requireNonNull(other, "other");
    return reduced(
        numerator().multiply(other.denominator()).subtract(other.numerator().multiply(denominator())),
        denominator().multiply(other.denominator()));
  }

  /**
   * Compares this fraction with another by value.
   *
   * @param other  the other fraction, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(Fraction other) {
    return numerator()
        .multiply(other.denominator())
        .compareTo(other.numerator().multiply(denominator()));
  }

  /**
   * Compares this fraction with a decimal by value, exactly.
   *
   * @param value  the decimal, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the value
   * @throws NullPointerException naming {@code value} if it is null
   */
  public int compareTo(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return compareTo(exact(value, BigDecimal.ONE));
  }

  /**
   * Gets the value as a decimal rounded to a scale, trailing zeros stripped.
   *
   * @param scale  the number of decimal places, within 0 and {@link #MAX_SCALE}
   * @param rounding  the rounding, not null; {@link RoundingMode#UNNECESSARY} only when the
   *     decimal ends within the scale
   * @return the decimal, not null
   * @throws NullPointerException naming {@code rounding} if it is null
   * @throws IllegalArgumentException if the scale is out of range, or the rounding is
   *     {@code UNNECESSARY} and the value needs more places
   */
  public BigDecimal toDecimal(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (scale < 0 || scale > MAX_SCALE) {
      throw new IllegalArgumentException(
          "Fraction scale must be within 0 and " + MAX_SCALE + ": " + scale);
    }
    BigDecimal n = new BigDecimal(numerator());
    BigDecimal d = new BigDecimal(denominator());
    if (rounding == RoundingMode.UNNECESSARY
        && n.divide(d, scale, RoundingMode.DOWN).multiply(d).compareTo(n) != 0) {
      throw new IllegalArgumentException(
          "Fraction needs more than " + scale + " decimal places: " + this);
    }
    return ExactValue.plain(n.divide(d, scale, rounding));
  }

  /**
   * Gets the value as an exact decimal, when its decimal ends: when the denominator has no prime
   * factor other than 2 and 5.
   *
   * @return the decimal, trailing zeros stripped; empty when the decimal does not end
   */
  public Optional<BigDecimal> toBigDecimalExact() {
    BigInteger d = denominator();
    int twos = d.getLowestSetBit();
    d = d.shiftRight(twos);
    int fives = 0;
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
      fives++;
    }
    if (!d.equals(BigInteger.ONE)) {
      return Optional.empty();
    }
    return Optional.of(
        ExactValue.plain(
            new BigDecimal(numerator()).divide(new BigDecimal(denominator()), Math.max(twos, fives),
                RoundingMode.UNNECESSARY)));
  }

  @Value.Check
  void check() {
    if (denominator().signum() <= 0 || !numerator().gcd(denominator()).equals(BigInteger.ONE)) {
      throw new IllegalArgumentException(
          "Fraction must be in lowest terms with a positive denominator: "
              + numerator() + "/" + denominator());
    }
  }

  /**
   * Outputs the fraction, such as {@code "20/37"}, or {@code "3"} when the denominator is 1.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return denominator().equals(BigInteger.ONE)
        ? numerator().toString()
        : numerator() + "/" + denominator();
  }
}
