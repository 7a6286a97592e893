package dev.servicelevel.agreement;

import dev.servicelevel.style.MissingFieldException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How breached targets turn into service credits: the fee per billing period, the credit tiers
 * of each target, how the credits of several targets combine, a cap per period and an optional
 * minimum payout.
 *
 * <p>For each billing period, each breached target with tiers owes the credit of the tier its
 * achieved value falls in, in percent of the fee. The credits combine ({@link #combination()}:
 * sum or maximum), are capped at {@link #capPercent()} of the fee, and are paid only when the
 * amount reaches {@link #minimumPayout()}. Targets with tiers must be reported per billing period
 * (the agreement checks that).
 *
 * <pre>{@code
 * CreditPolicy credits = CreditPolicy.builder()
 *     .fee(new BigDecimal("12000.00")).currency(Currency.getInstance("EUR"))
 *     .addTargets(TargetCredits.of("shop-prime",
 *         CreditTier.below(new BigDecimal("99.9"), BigDecimal.TEN)))
 *     .capPercent(new BigDecimal("30"))
 *     .build();
 * }</pre>
 *
 * <p>Bounds: fee, cap and minimum payout: decimals have at most 18 digits after the point and an
 * absolute value below 10^18 ({@link Limits#requireDecimal(String, java.math.BigDecimal)}),
 * checked before any other rule; fee and payout have at most the currency's fraction digits.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CreditPolicy {

  CreditPolicy() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a builder that holds this credit policy's attributes, to build a changed copy:
   * setting an attribute replaces it, {@code addX} adds to a list and {@code x(Iterable)}
   * replaces it.
   *
   * <pre>{@code
   * CreditPolicy capped = policy.toBuilder().capPercent(new BigDecimal("20")).build();
   * }</pre>
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    return new Builder().mergeFrom(this);
  }

  /**
   * Gets the fee charged per billing period, the base of every credit.
   *
   * @return the fee, positive, with no more decimals than the currency uses, not null
   */
  public abstract BigDecimal fee();

  /**
   * Gets the currency of the fee and of every credit.
   *
   * @return the currency, not null
   */
  public abstract Currency currency();

  /**
   * Gets the period the fee is charged for; a calendar month unless set.
   *
   * @return the billing period, calendar-aligned, not null
   */
  @Value.Default
  public ReportingPeriod billingPeriod() {
    return ReportingPeriod.calendarMonth();
  }

  /**
   * Gets the credit tiers per target.
   *
   * @return the tiers, at most one entry per target, not null
   */
  public abstract List<TargetCredits> targets();

  /**
   * Gets how the credits of several breached targets combine; summed unless set.
   *
   * @return the combination, not null
   */
  @Value.Default
  public CreditCombination combination() {
    return CreditCombination.SUM;
  }

  /**
   * Gets the most that can be credited per billing period, in percent of the fee.
   *
   * @return the cap, at least 0; empty when only the tiers limit the credit
   */
  public abstract Optional<BigDecimal> capPercent();

  /**
   * Gets the smallest credit amount that is paid out; smaller credits are not paid.
   *
   * @return the amount in the policy's currency, positive; empty when every credit is paid
   */
  public abstract Optional<BigDecimal> minimumPayout();

  /**
   * Finds the credit tiers of a target.
   *
   * @param targetId  the target's id, not null
   * @return the tiers, empty when the target earns no credits
   */
  public Optional<TargetCredits> creditsFor(String targetId) {
    Objects.requireNonNull(targetId, "targetId");
    return targets().stream().filter(t -> t.targetId().equals(targetId)).findFirst();
  }

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this credit policy with another fee, checked like a built value.
   *
   * @param value  the fee, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditPolicy withFee(BigDecimal value);

  /**
   * Returns a copy of this credit policy with another currency, checked like a built value.
   *
   * @param value  the currency, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditPolicy withCurrency(Currency value);

  /**
   * Returns a copy of this credit policy with another billing period, checked like a built
   * value.
   *
   * @param value  the billing period, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditPolicy withBillingPeriod(ReportingPeriod value);

  /**
   * Returns a copy of this credit policy with another targets, checked like a built value.
   *
   * @param elements  the targets, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditPolicy withTargets(TargetCredits... elements);

  /**
   * Returns a copy of this credit policy with another targets, checked like a built value.
   *
   * @param elements  the targets, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditPolicy withTargets(Iterable<? extends TargetCredits> elements);

  /**
   * Returns a copy of this credit policy with another combination, checked like a built
   * value.
   *
   * @param value  the combination, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditPolicy withCombination(CreditCombination value);

  /**
   * Returns a copy of this credit policy with another cap percent, checked like a built
   * value.
   *
   * @param value  the cap percent, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditPolicy withCapPercent(BigDecimal value);

  /**
   * Returns a copy of this credit policy with another cap percent, checked like a built
   * value.
   *
   * @param optional  the cap percent, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditPolicy withCapPercent(Optional<? extends BigDecimal> optional);

  /**
   * Returns a copy of this credit policy with another minimum payout, checked like a built
   * value.
   *
   * @param value  the minimum payout, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditPolicy withMinimumPayout(BigDecimal value);

  /**
   * Returns a copy of this credit policy with another minimum payout, checked like a built
   * value.
   *
   * @param optional  the minimum payout, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract CreditPolicy withMinimumPayout(Optional<? extends BigDecimal> optional);

  @Value.Check
  void check() {
    Checks.requirePositive("Fee", fee());
    requireCurrencyScale("Fee", fee());
    Checks.requireArgument(
        billingPeriod().isCalendarAligned(),
        "Billing period must be a calendar week, month, quarter or year",
        billingPeriod());
    List<String> ids = new ArrayList<>();
    targets().forEach(t -> ids.add(t.targetId()));
    Checks.requireUnique("Credit tiers' target", ids);
    capPercent()
        .ifPresent(
            c -> {
              Limits.requireDecimal("Credit cap", c);
              Checks.requireArgument(
                  c.signum() >= 0, "Credit cap must be at least 0 %", c.toPlainString());
            });
    minimumPayout()
        .ifPresent(
            m -> {
              Checks.requirePositive("Minimum payout", m);
              requireCurrencyScale("Minimum payout", m);
            });
  }

  private void requireCurrencyScale(String what, BigDecimal amount) {
    int digits = currency().getDefaultFractionDigits();
    Checks.requireArgument(
        digits < 0 || amount.stripTrailingZeros().scale() <= digits,
        what + " has more decimals than " + currency() + " uses",
        amount.toPlainString());
  }

  /** A builder of credit policies; {@code fee} and {@code currency} are required. */
  public static final class Builder extends ImmutableCreditPolicy.Builder {
    Builder() {}

    /**
     * Builds the credit policy.
     *
     * @return the credit policy, not null
     * @throws IllegalStateException naming the type and the fields if a required field is missing
     * @throws IllegalArgumentException if the value breaks a rule
     */
    @Override
    public CreditPolicy build() {
      return MissingFieldException.build(super::build);
    }
  }
}
