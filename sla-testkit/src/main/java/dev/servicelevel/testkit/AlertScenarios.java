package dev.servicelevel.testkit;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.evaluation.alert.BurnRateCondition;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of burn-rate alert conditions, driven by any {@link RandomGenerator}; with
 * QuickTheories, adapt them with {@link QuickTheoriesGens#of(java.util.function.Function)}:
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesGens.of(AlertScenarios::burnRateCondition))
 *     .checkAssert(condition -> ...);
 * }</pre>
 *
 * <p>Edge cases are weighted in: the SRE workbook's three pairs, OpenSLO's single window (equal
 * long and short windows), thresholds of 0, 1 and decimals such as 14.4, every comparison, and
 * windows from a second to 40 days, so some reach back before a monthly period's start.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AlertScenarios {

  private static final Comparison[] COMPARISONS = Comparison.values();
  private static final BigDecimal[] THRESHOLDS = {
    BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("14.4"), new BigDecimal("6"),
    new BigDecimal("0.5"), new BigDecimal("1000")
  };

  private AlertScenarios() {}

  /**
   * Generates a burn-rate condition: one of the SRE workbook's in four, an OpenSLO-style single
   * window in four, otherwise any pair.
   *
   * @param r  the source of randomness, not null
   * @return the condition, valid, not null
   */
  public static BurnRateCondition burnRateCondition(RandomGenerator r) {
    Objects.requireNonNull(r, "r");
    switch (r.nextInt(4)) {
      case 0:
        {
          List<BurnRateCondition> sre = BurnRateCondition.sreWorkbook();
          return sre.get(r.nextInt(sre.size()));
        }
      case 1:
        {
          Duration w = window(r);
          return BurnRateCondition.of(
              "single", w, w, COMPARISONS[r.nextInt(COMPARISONS.length)], threshold(r));
        }
      default:
        {
          Duration a = window(r);
          Duration b = window(r);
          Duration longer = a.compareTo(b) >= 0 ? a : b;
          Duration shorter = a.compareTo(b) >= 0 ? b : a;
          return BurnRateCondition.of(
              "pair-" + r.nextInt(1000),
              longer,
              shorter,
              r.nextInt(3) == 0
                  ? COMPARISONS[r.nextInt(COMPARISONS.length)]
                  : Comparison.GREATER_OR_EQUAL,
              threshold(r));
        }
    }
  }

  /**
   * Generates a window from a second to 40 days: minutes and hours mostly.
   *
   * @param r  the source of randomness, not null
   * @return the window, positive, not null
   */
  public static Duration window(RandomGenerator r) {
    switch (r.nextInt(8)) {
      case 0:
        return Duration.ofSeconds(1 + r.nextInt(59));
      case 1:
        return Duration.ofDays(1 + r.nextInt(40));
      case 2:
        return Duration.ofHours(1 + r.nextInt(72));
      default:
        return Duration.ofMinutes(1 + r.nextInt(360));
    }
  }

  /**
   * Generates a burn-rate threshold: 0, 1, 14.4, 6, 0.5, 1000, or a decimal with up to two
   * places below 100.
   *
   * @param r  the source of randomness, not null
   * @return the threshold, at least 0, not null
   */
  public static BigDecimal threshold(RandomGenerator r) {
    if (r.nextInt(2) == 0) {
      return THRESHOLDS[r.nextInt(THRESHOLDS.length)];
    }
    return BigDecimal.valueOf(r.nextInt(10_000), 2);
  }
}
