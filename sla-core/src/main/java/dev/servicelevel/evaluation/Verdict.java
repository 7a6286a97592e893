package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Comparison;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The rules every target's verdict follows, in one place: status, margin, burn rate and forecast
 * from the exact achieved value and the error budget.
 */
final class Verdict {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Verdict() {}

  /** Scale of reported values that are not exact decimals. */
  static final int SCALE = 6;

  /** Checks if an exact value meets a required one under a comparison. */
  static boolean meets(ExactValue exact, Comparison comparison, BigDecimal required) {
    int c = exact.compareTo(required);
    switch (comparison) {
      case LESS_THAN:
        return c < 0;
      case LESS_OR_EQUAL:
        return c <= 0;
      case GREATER_OR_EQUAL:
        return c >= 0;
      case GREATER_THAN:
        return c > 0;
      default:
        throw new AssertionError(comparison);
    }
  }

  /**
   * Fills in the verdict of a result with data.
   *
   * @param b  the result's builder, with period, asOf and the target's attributes set
   * @param exact  the exact achieved value
   * @param achieved  the reported achieved value
   * @param required  the required value
   * @param comparison  the comparison
   * @param budget  the error budget, or null when the indicator has none
   * @param allowedSoFar  the part of the budget allowed for the time evaluated so far (for the
   *     burn rate), or null
   * @param complete  whether the period is over
   * @param certainBreach  whether a running period can no longer be met
   * @param atRiskThreshold  the share of the budget, in percent, that makes a period at risk
   */
  static void apply(
      ImmutableTargetResult.Builder b,
      ExactValue exact,
      BigDecimal achieved,
      BigDecimal required,
      Comparison comparison,
      ErrorBudget budget,
      BigDecimal allowedSoFar,
      boolean complete,
      boolean certainBreach,
      BigDecimal atRiskThreshold) {
    boolean meets = meets(exact, comparison, required);
    ComplianceStatus status;
    if (meets) {
      status = complete ? ComplianceStatus.MET : ComplianceStatus.ON_TRACK;
    } else {
      status = complete || certainBreach ? ComplianceStatus.BREACHED : ComplianceStatus.AT_RISK;
    }
    boolean low =
        meets
            && budget != null
            && budget.allowed().signum() > 0
            && budget.used().multiply(HUNDRED).compareTo(atRiskThreshold.multiply(budget.allowed()))
                >= 0;
    b.isBudgetLow(low);
    Optional<BigDecimal> burnRate = Optional.empty();
    Optional<Fraction> exactBurnRate = Optional.empty();
    if (budget != null && allowedSoFar != null && allowedSoFar.signum() > 0) {
      burnRate =
          Optional.of(
              ExactValue.plain(budget.used().divide(allowedSoFar, 4, RoundingMode.CEILING)));
      exactBurnRate = Optional.of(Fraction.exact(budget.used(), allowedSoFar));
    }
    BigDecimal margin =
        comparison.isHigherBetter() ? achieved.subtract(required) : required.subtract(achieved);
    b.status(status)
        .exact(exact)
        .achieved(achieved)
        .margin(ExactValue.plain(margin))
        .burnRate(burnRate)
        .exactBurnRate(exactBurnRate);
    if (budget != null) {
      b.budget(budget);
    }
    if (!complete) {
      b.forecast(
          Forecast.of(
              achieved,
              burnRate.map(r -> ExactValue.plain(r.multiply(HUNDRED))),
              exactBurnRate,
              meets));
    }
  }

  /**
   * Checks if a share that misses its objective now can never meet it, whatever records come:
   * only when the objective is the share's end (at least 100 %, at most 0 %) or beyond it.
   *
   * @param comparison  the comparison of the share with the objective
   * @param objective  the objective, in percent
   * @return true if a share with a bad record can never meet the objective
   */
  static boolean shareUnreachable(Comparison comparison, BigDecimal objective) {
    switch (comparison) {
      case GREATER_OR_EQUAL:
      case GREATER_THAN:
        return objective.compareTo(HUNDRED) >= 0;
      case LESS_OR_EQUAL:
      case LESS_THAN:
        return objective.signum() <= 0;
      default:
        throw new AssertionError(comparison);
    }
  }

  /** Fills in the verdict of a result without data. */
  static void noData(ImmutableTargetResult.Builder b) {
    b.status(ComplianceStatus.NO_DATA).exact(ExactValue.NONE);
  }
}
