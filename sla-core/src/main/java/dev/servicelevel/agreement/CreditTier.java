package dev.servicelevel.agreement;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One tier of a service credit schedule: a half-open range of the achieved value,
 * {@code [fromInclusive, toExclusive)} with either end open-ended, and the credit owed, in
 * percent of the fee, when a breached period's value falls in it ("below 99.9 % → 10 % of the
 * monthly fee").
 *
 * <pre>{@code
 * CreditTier.between(new BigDecimal("99"), new BigDecimal("99.9"), new BigDecimal("5"));
 * CreditTier.below(new BigDecimal("95"), new BigDecimal("30"));
 * CreditTier.atOrAbove(new BigDecimal("500"), new BigDecimal("20"));   // latency in ms
 * }</pre>
 *
 * <p>Bounds: bounds and credit: decimals have at most 18 digits after the point and an absolute
 * value below 10^18 ({@link Limits#requireDecimal(String, java.math.BigDecimal)}), checked before
 * any other rule; the credit is more than 0 and at most 100 %.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CreditTier {

  CreditTier() {}

  /**
   * Obtains a tier for values from one bound (inclusive) to another (exclusive).
   *
   * @param fromInclusive  the lowest value in the tier, not null
   * @param toExclusive  the value above the tier, greater than {@code fromInclusive}, not null
   * @param creditPercent  the credit in percent of the fee, more than 0 and at most 100
   * @return the tier, not null
   * @throws IllegalArgumentException if the bounds are not ascending or the credit is outside
   *     (0, 100]
   */
  public static CreditTier between(
      BigDecimal fromInclusive, BigDecimal toExclusive, BigDecimal creditPercent) {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toExclusive, "toExclusive");
    return ImmutableCreditTier.of(
        Optional.of(fromInclusive), Optional.of(toExclusive), creditPercent);
  }

  /**
   * Obtains a tier for every value below a bound.
   *
   * @param toExclusive  the value above the tier, not null
   * @param creditPercent  the credit in percent of the fee, more than 0 and at most 100
   * @return the tier, not null
   * @throws IllegalArgumentException if the credit is outside (0, 100]
   */
  public static CreditTier below(BigDecimal toExclusive, BigDecimal creditPercent) {
    Objects.requireNonNull(toExclusive, "toExclusive");
    return ImmutableCreditTier.of(Optional.empty(), Optional.of(toExclusive), creditPercent);
  }

  /**
   * Obtains a tier for every value at or above a bound (for targets where lower is better, such
   * as latency).
   *
   * @param fromInclusive  the lowest value in the tier, not null
   * @param creditPercent  the credit in percent of the fee, more than 0 and at most 100
   * @return the tier, not null
   * @throws IllegalArgumentException if the credit is outside (0, 100]
   */
  public static CreditTier atOrAbove(BigDecimal fromInclusive, BigDecimal creditPercent) {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    return ImmutableCreditTier.of(Optional.of(fromInclusive), Optional.empty(), creditPercent);
  }

  /**
   * Gets the lowest value in the tier.
   *
   * @return the bound, empty when the tier has no lower bound
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> fromInclusive();

  /**
   * Gets the value just above the tier.
   *
   * @return the bound, empty when the tier has no upper bound
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> toExclusive();

  /**
   * Gets the credit owed, in percent of the fee.
   *
   * @return the credit, more than 0 and at most 100, not null
   */
  @Value.Parameter
  public abstract BigDecimal creditPercent();

  /**
   * Checks if a value falls in this tier, comparing numerically.
   *
   * @param value  the achieved value, not null
   * @return true if {@code fromInclusive <= value < toExclusive}
   */
  public boolean contains(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return fromInclusive().map(f -> f.compareTo(value) <= 0).orElse(true)
        && toExclusive().map(t -> value.compareTo(t) < 0).orElse(true);
  }

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this credit tier with another from inclusive, checked like a built
   * value.
   *
   * @param value  the from inclusive, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditTier withFromInclusive(BigDecimal value);

  /**
   * Returns a copy of this credit tier with another from inclusive, checked like a built
   * value.
   *
   * @param optional  the from inclusive, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditTier withFromInclusive(Optional<? extends BigDecimal> optional);

  /**
   * Returns a copy of this credit tier with another to exclusive, checked like a built
   * value.
   *
   * @param value  the to exclusive, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditTier withToExclusive(BigDecimal value);

  /**
   * Returns a copy of this credit tier with another to exclusive, checked like a built
   * value.
   *
   * @param optional  the to exclusive, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditTier withToExclusive(Optional<? extends BigDecimal> optional);

  /**
   * Returns a copy of this credit tier with another credit percent, checked like a built
   * value.
   *
   * @param value  the credit percent, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditTier withCreditPercent(BigDecimal value);

  @Value.Check
  void check() {
    fromInclusive().ifPresent(f -> Limits.requireDecimal("Credit tier lower bound", f));
    toExclusive().ifPresent(t -> Limits.requireDecimal("Credit tier upper bound", t));
    Limits.requireDecimal("Credit", creditPercent());
    Checks.requireArgument(
        fromInclusive().isPresent() || toExclusive().isPresent(),
        "A credit tier needs at least one bound",
        this);
    if (fromInclusive().isPresent() && toExclusive().isPresent()) {
      Checks.requireArgument(
          fromInclusive().get().compareTo(toExclusive().get()) < 0,
          "Credit tier lower bound must be below its upper bound",
          this);
    }
    Checks.requireShare("Credit", creditPercent());
  }

  /**
   * Outputs the tier, such as {@code "[99, 99.9) -> 5 %"} or {@code "[.., 95) -> 30 %"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "["
        + fromInclusive().map(BigDecimal::toPlainString).orElse("..")
        + ", "
        + toExclusive().map(BigDecimal::toPlainString).orElse("..")
        + ") -> "
        + creditPercent().toPlainString()
        + " %";
  }
}
