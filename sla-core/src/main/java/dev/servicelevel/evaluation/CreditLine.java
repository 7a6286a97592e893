package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.CreditTier;
import java.math.BigDecimal;
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
