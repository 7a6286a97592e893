package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Comparison;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The rules every target's verdict follows, in one place: status, margin, burn rate and forecast
 * from the exact achieved value and the error budget. Each accumulator builds one per result:
 *
 * <pre>{@code
 * Verdict.of(exact, achieved, required, comparison)
 *     .withBudget(budget, allowedSoFar, target.atRiskThreshold())
 *     .withCertainBreach(certain)
 *     .applyTo(b, complete);
 * }</pre>
 */
final class Verdict {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Scale of reported values that are not exact decimals. */
  static final int SCALE = 6;

  /** Checks if an exact value meets a required one under a comparison. */
  static boolean meets(ExactValue exact, Comparison comparison, BigDecimal required) {
    return comparison.holds(exact.compareTo(required));
  }

  private final ExactValue exact;
  private final BigDecimal achieved;
  private final BigDecimal required;
  private final Comparison comparison;
  private final ErrorBudget budget;
  private final BigDecimal allowedSoFar;
  private final BigDecimal atRiskThreshold;
  private final boolean certainBreach;

  private Verdict(
      ExactValue exact,
      BigDecimal achieved,
      BigDecimal required,
      Comparison comparison,
      ErrorBudget budget,
      BigDecimal allowedSoFar,
      BigDecimal atRiskThreshold,
      boolean certainBreach) {
    this.exact = exact;
    this.achieved = achieved;
    this.required = required;
    this.comparison = comparison;
    this.budget = budget;
    this.allowedSoFar = allowedSoFar;
    this.atRiskThreshold = atRiskThreshold;
    this.certainBreach = certainBreach;
  }

  /**
   * A verdict without error budget, one that a running period can still turn.
   *
   * @param exact  the exact achieved value
   * @param achieved  the reported achieved value
   * @param required  the required value
   * @param comparison  the comparison of the achieved value with the required one
   */
  static Verdict of(
      ExactValue exact, BigDecimal achieved, BigDecimal required, Comparison comparison) {
    return new Verdict(exact, achieved, required, comparison, null, null, null, false);
  }

  /**
   * A copy with an error budget.
   *
   * @param budget  the error budget
   * @param allowedSoFar  the part of the budget allowed for the time evaluated so far (for the
   *     burn rate)
   * @param atRiskThreshold  the share of the budget, in percent, that makes a period at risk
   */
  Verdict withBudget(ErrorBudget budget, BigDecimal allowedSoFar, BigDecimal atRiskThreshold) {
    return new Verdict(
        exact, achieved, required, comparison, budget, allowedSoFar, atRiskThreshold,
        certainBreach);
  }

  /**
   * A copy that says whether a running period can no longer be met.
   *
   * @param certainBreach  true if no later record can meet the requirement
   */
  Verdict withCertainBreach(boolean certainBreach) {
    return new Verdict(
        exact, achieved, required, comparison, budget, allowedSoFar, atRiskThreshold,
        certainBreach);
  }

  /**
   * Fills in the verdict of a result with data: status, budget, margin, burn rate and forecast.
   *
   * @param b  the result's builder, with period, asOf and the target's attributes set
   * @param complete  whether the period is over
   */
  void applyTo(ImmutableTargetResult.Builder b, boolean complete) {
    boolean meets = meets(exact, comparison, required);
    b.isBudgetLow(meets && budgetLow());
    Optional<BigDecimal> burnRate = burnRate();
    BigDecimal margin =
        comparison.isHigherBetter() ? achieved.subtract(required) : required.subtract(achieved);
    b.status(status(meets, complete))
        .exact(exact)
        .achieved(achieved)
        .margin(ExactValue.plain(margin))
        .burnRate(burnRate);
    if (budget != null) {
      b.budget(budget);
    }
    if (!complete) {
      b.forecast(
          Forecast.of(achieved, burnRate.map(r -> ExactValue.plain(r.multiply(HUNDRED))), meets));
    }
  }

  private ComplianceStatus status(boolean meets, boolean complete) {
    if (meets) {
      return complete ? ComplianceStatus.MET : ComplianceStatus.ON_TRACK;
    }
    return complete || certainBreach ? ComplianceStatus.BREACHED : ComplianceStatus.AT_RISK;
  }

  /** Whether the used budget has reached the at-risk share of the allowed one. */
  private boolean budgetLow() {
    return budget != null
        && budget.allowed().signum() > 0
        && budget.used().multiply(HUNDRED).compareTo(atRiskThreshold.multiply(budget.allowed()))
            >= 0;
  }

  /** The used budget over the budget allowed so far, rounded up to 4 places. */
  private Optional<BigDecimal> burnRate() {
    if (budget == null || allowedSoFar.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        ExactValue.plain(budget.used().divide(allowedSoFar, 4, RoundingMode.CEILING)));
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
