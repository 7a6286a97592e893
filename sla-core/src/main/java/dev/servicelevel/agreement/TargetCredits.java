package dev.servicelevel.agreement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The credit tiers of one target, in ascending order of the achieved value and without overlap;
 * gaps between tiers owe no credit. Credits are owed only for periods in which the target is
 * breached.
 *
 * <pre>{@code
 * TargetCredits.of("shop-prime",
 *     CreditTier.below(new BigDecimal("95"), new BigDecimal("30")),
 *     CreditTier.between(new BigDecimal("95"), new BigDecimal("99"), new BigDecimal("15")),
 *     CreditTier.between(new BigDecimal("99"), new BigDecimal("99.9"), new BigDecimal("5")));
 * }</pre>
 *
 * <p>Bounds: ids have at most 200 characters; no tier is null; tiers' bounds, see {@link
 * CreditTier}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TargetCredits {

  TargetCredits() {}

  /**
   * Obtains the credit tiers of a target.
   *
   * @param targetId  the id of the target in the same agreement
   * @param tiers  the tiers in ascending order without overlap, at least one, not null
   * @return the tiers of the target, not null
   * @throws IllegalArgumentException if the id is malformed, no tier is given or the tiers are
   *     not ascending or overlap
   */
  public static TargetCredits of(String targetId, CreditTier... tiers) {
    return of(targetId, Checks.requireNoNulls("tiers", tiers));
  }

  /**
   * Obtains the credit tiers of a target.
   *
   * @param targetId  the id of the target in the same agreement
   * @param tiers  the tiers in ascending order without overlap, at least one, not null
   * @return the tiers of the target, not null
   * @throws IllegalArgumentException if the id is malformed, no tier is given or the tiers are
   *     not ascending or overlap
   */
  public static TargetCredits of(String targetId, List<CreditTier> tiers) {
    return ImmutableTargetCredits.of(targetId, Checks.requireNoNulls("tiers", tiers));
  }

  /**
   * Gets the id of the target the tiers apply to.
   *
   * @return the target id, not null
   */
  @Value.Parameter
  public abstract String targetId();

  /**
   * Gets the tiers in ascending order.
   *
   * @return the tiers, at least one, not null
   */
  @Value.Parameter
  public abstract List<CreditTier> tiers();

  /**
   * Finds the tier an achieved value falls in.
   *
   * @param achieved  the achieved value, not null
   * @return the tier, empty when the value falls in no tier
   */
  public Optional<CreditTier> tierFor(BigDecimal achieved) {
    Objects.requireNonNull(achieved, "achieved");
    return tiers().stream().filter(t -> t.contains(achieved)).findFirst();
  }

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this target credits with another target id, checked like a built
   * value.
   *
   * @param value  the target id, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TargetCredits withTargetId(String value);

  /**
   * Returns a copy of this target credits with another tiers, checked like a built value.
   *
   * @param elements  the tiers, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TargetCredits withTiers(CreditTier... elements);

  /**
   * Returns a copy of this target credits with another tiers, checked like a built value.
   *
   * @param elements  the tiers, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TargetCredits withTiers(Iterable<? extends CreditTier> elements);

  @Value.Check
  void check() {
    Checks.requireId("Target id", targetId());
    Checks.requireArgument(!tiers().isEmpty(), "Credit tiers need at least one tier", targetId());
    for (int i = 1; i < tiers().size(); i++) {
      CreditTier lower = tiers().get(i - 1);
      CreditTier upper = tiers().get(i);
      Checks.requireArgument(
          lower.toExclusive().isPresent()
              && upper.fromInclusive().isPresent()
              && lower.toExclusive().get().compareTo(upper.fromInclusive().get()) <= 0,
          "Credit tiers must be in ascending order without overlap",
          targetId(),
          lower,
          upper);
    }
  }

  /**
   * Outputs the tiers, such as {@code "shop-prime [[.., 95) -> 30 %, [95, 99) -> 15 %]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return targetId() + " " + tiers();
  }
}
