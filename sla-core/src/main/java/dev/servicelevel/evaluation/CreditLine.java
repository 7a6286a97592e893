package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.TargetCredits;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The credit one breached target earns in a billing period: its achieved value, the tier that
 * value falls in, and the credit in percent of the fee (0 when it falls in no tier).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CreditLine {

  CreditLine() {}

  /**
   * Obtains the credit a breached target earns with an achieved value: the tier of the target's
   * tiers the value falls in (tiers are half-open, {@code from <= value < to}, compared
   * numerically), and that tier's credit, or 0 % when it falls in none. Whether the target was
   * breached is the caller's to decide; {@link Credits#line} decides it from the target.
   *
   * <pre>{@code
   * TargetCredits credits = TargetCredits.of("shop-prime",
   *     CreditTier.between(new BigDecimal("99"), new BigDecimal("99.9"), new BigDecimal("5")));
   * CreditLine.of(credits, new BigDecimal("99.0")).creditPercent();   // 5: 99.0 is in [99, 99.9)
   * CreditLine.of(credits, new BigDecimal("99.9")).creditPercent();   // 0: no tier holds 99.9
   * }</pre>
   *
   * @param credits  the target's credit tiers, not null
   * @param achieved  the exact achieved value, within the bounds of
   *     {@link Limits#requireDecimal(String, BigDecimal)}, not null
   * @return the line, not null
   * @throws NullPointerException naming the parameter if an argument is null
   * @throws IllegalArgumentException if the achieved value is beyond the decimal bounds
   */
  public static CreditLine of(TargetCredits credits, BigDecimal achieved) {
    Objects.requireNonNull(credits, "credits");
    Limits.requireDecimal("Achieved value", Objects.requireNonNull(achieved, "achieved"));
    Optional<CreditTier> tier = credits.tierFor(achieved);
    return of(
        credits.targetId(),
        achieved,
        tier,
        tier.map(CreditTier::creditPercent).orElse(BigDecimal.ZERO));
  }

  static CreditLine of(
      String targetId, BigDecimal achieved, Optional<CreditTier> tier, BigDecimal creditPercent) {
    return ImmutableCreditLine.builder()
        .targetId(targetId)
        .achieved(achieved)
        .tier(tier)
        .creditPercent(creditPercent)
        .build();
  }

  /**
   * Gets the id of the breached target.
   *
   * @return the id, not null
   */
  public abstract String targetId();

  /**
   * Gets the target's achieved value, as its result reports it.
   *
   * @return the value, not null
   */
  public abstract BigDecimal achieved();

  /**
   * Gets the tier the exact achieved value falls in.
   *
   * @return the tier, empty when it falls in no tier
   */
  public abstract Optional<CreditTier> tier();

  /**
   * Gets the credit earned, in percent of the fee, before combining and capping.
   *
   * @return the credit, 0 without a tier, not null
   */
  public abstract BigDecimal creditPercent();

  /**
   * Outputs the line, such as {@code "shop-prime at 99.7: [99, 99.9) -> 5 %"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return targetId() + " at " + achieved().toPlainString() + ": "
        + tier().map(Object::toString).orElse("no tier -> 0 %");
  }
}
