package dev.servicelevel.agreement;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.SafeText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The bounds every value of the model and every observation is held to, and the checks that
 * enforce them at the boundary, so that arithmetic on accepted values stays exact and bounded in
 * time and memory.
 *
 * <ul>
 *   <li><b>Decimals</b> (shares, percentages, sample values, impacts, fees, weights): at most
 *       {@value #MAX_DECIMAL_FRACTION_DIGITS} digits after the decimal point (trailing zeros do not
 *       count) and an absolute value below 10<sup>{@value #MAX_DECIMAL_INTEGER_DIGITS}</sup>. So
 *       {@code 1E+999999999}, {@code 1E-999999999} and a number with a million digits are rejected,
 *       while {@code 99.95}, {@code 0.000001}, {@code 20000.00} and {@code 1} written with 40 zeros
 *       after the point are accepted as given. A value with more than 18 digits after the point
 *       must be written in at most {@value #MAX_DECIMAL_WRITTEN_DIGITS} digits, so that dropping
 *       its trailing zeros stays bounded.</li>
 *   <li><b>Instants</b>: from {@link #EARLIEST} (1900-01-01T00:00Z) to {@link #LATEST}
 *       (2400-01-01T00:00Z), the range of {@link BusinessCalendar} queries.</li>
 *   <li><b>Durations</b>: from zero to {@link #MAX_DURATION}, the length of that range (500 years):
 *       no span between two supported instants is longer, so no accepted duration can overflow
 *       an evaluation.</li>
 * </ul>
 *
 * <p>Each check throws an {@link IllegalArgumentException} (a {@link java.time.DateTimeException}
 * for instants) whose message names the value and the rule; long values are cut in messages (see
 * {@link #shown(Object)}).
 *
 * <pre>{@code
 * Limits.requireDecimal("Sample value", new BigDecimal("1E+999999999"));
 * // IllegalArgumentException: Sample value must have at most 18 digits after the point and an
 * //   absolute value below 10^18: 1E+999999999
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Limits {

  /** Digits a decimal may have after the point, trailing zeros not counted: {@value}. */
  public static final int MAX_DECIMAL_FRACTION_DIGITS = 18;

  /** Digits a decimal may have before the point: {@value} (its absolute value is below 10^18). */
  public static final int MAX_DECIMAL_INTEGER_DIGITS = 18;

  /**
   * Digits, trailing zeros included, in which a decimal with more than
   * {@link #MAX_DECIMAL_FRACTION_DIGITS} digits after the point may be written: {@value}. Its
   * trailing zeros are dropped to judge it, at a cost that grows with its length.
   */
  public static final int MAX_DECIMAL_WRITTEN_DIGITS = 10_000;

  /**
   * The earliest supported instant, 1900-01-01T00:00:00Z
   * ({@link BusinessCalendar#MIN_SUPPORTED}).
   */
  public static final Instant EARLIEST = BusinessCalendar.MIN_SUPPORTED;

  /**
   * The end of the supported range, 2400-01-01T00:00:00Z
   * ({@link BusinessCalendar#MAX_SUPPORTED}).
   */
  public static final Instant LATEST = BusinessCalendar.MAX_SUPPORTED;

  /** The longest accepted duration: the length of the supported range, 500 years. */
  public static final Duration MAX_DURATION = Duration.between(EARLIEST, LATEST);

  /** Characters of a value that a message shows before it cuts the rest: {@value}. */
  public static final int MAX_SHOWN_CHARACTERS = SafeText.MAX_SHOWN_CHARACTERS;

  // A decimal within the bounds has at most 36 significant digits: 10^36 < 2^120.
  private static final int MAX_UNSCALED_BITS = 120;
  // The bits of 10^MAX_DECIMAL_WRITTEN_DIGITS (33,220): an unscaled value of more bits is at
  // least 2^33,220 > 10^10,000, so it has more than 10,000 digits.
  private static final int MAX_WRITTEN_BITS =
      BigInteger.TEN.pow(MAX_DECIMAL_WRITTEN_DIGITS).bitLength();
  private static final String DECIMAL_RULE =
      " must have at most "
          + MAX_DECIMAL_FRACTION_DIGITS
          + " digits after the point and an absolute value below 10^"
          + MAX_DECIMAL_INTEGER_DIGITS;
  private static final String WRITTEN_RULE =
      " with more than "
          + MAX_DECIMAL_FRACTION_DIGITS
          + " digits after the point must be written in at most "
          + MAX_DECIMAL_WRITTEN_DIGITS
          + " digits";

  private Limits() {}

  /**
   * Checks that a decimal is within the bounds above.
   *
   * <p>The check itself is bounded: it looks at the scale and the bit length of the unscaled
   * value before it counts digits, so a number of a million digits is rejected at once.
   *
   * @param what  what the value is, for the message ("Sample value"), not null
   * @param value  the value, not null
   * @return the value, unchanged
   * @throws NullPointerException naming {@code what} if the value is null
   * @throws IllegalArgumentException if the value is out of bounds, or has more than 18 digits
   *     after the point and is written in more than {@link #MAX_DECIMAL_WRITTEN_DIGITS} digits
   */
  public static BigDecimal requireDecimal(String what, BigDecimal value) {
    Objects.requireNonNull(value, what);
    if (!isBounded(value)) {
      String rule =
          value.scale() > MAX_DECIMAL_FRACTION_DIGITS && !isWrittenShort(value)
              ? WRITTEN_RULE
              : DECIMAL_RULE;
      throw new IllegalArgumentException(what + rule + ": " + shownDecimal(value));
    }
    return value;
  }

  /**
   * Checks if a decimal is within the bounds above, without throwing.
   *
   * @param value  the value, not null
   * @return true if it is accepted
   */
  public static boolean isBounded(BigDecimal value) {
    // at most 18 digits and 0 to 18 of them after the point: within every bound below, decided
    // without unscaledValue(), which allocates (samples arrive by the million)
    int scale = value.scale();
    if (scale >= 0
        && scale <= MAX_DECIMAL_FRACTION_DIGITS
        && value.precision() <= MAX_DECIMAL_INTEGER_DIGITS) {
      return true;
    }
    BigInteger unscaled = value.unscaledValue();
    if (unscaled.bitLength() > MAX_UNSCALED_BITS) {
      return withinOnceZerosDropped(value, unscaled);
    }
    BigDecimal v = value;
    if (v.scale() > MAX_DECIMAL_FRACTION_DIGITS) {
      v = v.stripTrailingZeros();
      if (v.scale() > MAX_DECIMAL_FRACTION_DIGITS) {
        return false;
      }
    }
    return v.signum() == 0 || v.precision() - v.scale() <= MAX_DECIMAL_INTEGER_DIGITS;
  }

  /**
   * {@link #isBounded} of a value of more than 36 digits: bounded only if it has more than 18
   * digits after the point, of which trailing zeros can be dropped until 18 are left, and then
   * is below 10^18. Such a value must be written in at most {@link #MAX_DECIMAL_WRITTEN_DIGITS}
   * digits, which bounds the division.
   */
  private static boolean withinOnceZerosDropped(BigDecimal value, BigInteger unscaled) {
    // at most 18 digits after the point: |value| >= 2^120 / 10^18 > 10^18
    if (value.scale() <= MAX_DECIMAL_FRACTION_DIGITS || !isWrittenShort(value)) {
      return false;
    }
    int drop = value.scale() - MAX_DECIMAL_FRACTION_DIGITS;
    // 10^drop divides it only if 2^drop does
    if (drop > unscaled.getLowestSetBit()) {
      return false;
    }
    BigInteger[] qr = unscaled.divideAndRemainder(BigInteger.TEN.pow(drop));
    if (qr[1].signum() != 0) {
      return false;
    }
    BigDecimal v = new BigDecimal(qr[0], MAX_DECIMAL_FRACTION_DIGITS);
    return v.precision() - v.scale() <= MAX_DECIMAL_INTEGER_DIGITS;
  }

  /** Whether a value is written in at most {@link #MAX_DECIMAL_WRITTEN_DIGITS} digits. */
  private static boolean isWrittenShort(BigDecimal value) {
    // precision() of a longer value would compute a power of ten of its length first
    return value.unscaledValue().bitLength() <= MAX_WRITTEN_BITS
        && value.precision() <= MAX_DECIMAL_WRITTEN_DIGITS;
  }

  /**
   * Checks that a duration is within zero and {@link #MAX_DURATION}.
   *
   * @param what  what the value is, for the message ("Goal"), not null
   * @param value  the duration, not null
   * @return the duration, unchanged
   * @throws NullPointerException naming {@code what} if the value is null
   * @throws IllegalArgumentException if it is negative or longer than {@link #MAX_DURATION}
   */
  public static Duration requireDuration(String what, Duration value) {
    Objects.requireNonNull(value, what);
    if (value.isNegative() || value.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(
          what + " must be within PT0S and " + MAX_DURATION + " (500 years): " + value);
    }
    return value;
  }

  /**
   * Checks that an instant is within {@link #EARLIEST} and {@link #LATEST}, both included.
   *
   * @param what  what the value is, for the message ("asOf"), not null
   * @param value  the instant, not null
   * @return the instant, unchanged
   * @throws NullPointerException naming {@code what} if the value is null
   * @throws java.time.DateTimeException if it is outside the supported range
   */
  public static Instant requireInstant(String what, Instant value) {
    Objects.requireNonNull(value, what);
    if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
      throw new java.time.DateTimeException(
          what + " must be within " + EARLIEST + " and " + LATEST + ": " + value);
    }
    return value;
  }

  /**
   * Renders a value for an error message: control characters and bidirectional overrides become
   * {@code \}{@code uXXXX} escapes, and a text longer than {@link #MAX_SHOWN_CHARACTERS} is cut
   * with a note of its full length, so that a message never echoes a 10 MB input or a terminal
   * escape sequence. The same rule as {@link SafeText#shown(Object)}, which it calls.
   *
   * @param value  the value, may be null
   * @return the text to show, not null
   */
  public static String shown(Object value) {
    return SafeText.shown(value);
  }

  /**
   * Checks if a character must not reach a terminal or a markup document as it is: C0 and C1
   * controls, DEL, and the bidirectional embeddings, overrides and isolates.
   *
   * @param c  the character
   * @return true if it should be escaped or replaced in output
   */
  public static boolean isUnsafe(char c) {
    return SafeText.isUnsafe(c);
  }

  private static String shownDecimal(BigDecimal value) {
    // toString of 1E+999999999 is short; toPlainString would be a billion characters.
    if (value.unscaledValue().bitLength() > 4 * MAX_SHOWN_CHARACTERS) {
      return "a number of about "
          + value.unscaledValue().bitLength() * 3L / 10
          + " digits with scale "
          + value.scale();
    }
    return shown(value.toString());
  }
}
