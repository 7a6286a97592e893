package dev.servicelevel.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A linear forecast for a period still running: where the period ends if things go on as they
 * went so far.
 *
 * <p>"As they went so far" means the rate of bad records (downtime per window hour, late tickets
 * per ticket, bad samples per sample) stays the same. For the shares and averages targets use
 * this leaves the value where it is now, so {@link #value()} equals the value achieved so far;
 * what changes is the budget: {@link #budgetUsedPercent()} is the share of the whole period's
 * budget used at the end, the burn rate times 100.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Forecast {

  Forecast() {}

  static Forecast of(
      BigDecimal value,
      Optional<BigDecimal> budgetUsedPercent,
      Optional<Fraction> budgetUsedShare,
      boolean met) {
    return ImmutableForecast.builder()
        .value(value)
        .budgetUsedPercent(budgetUsedPercent)
        .budgetUsedShare(budgetUsedShare)
        .status(met ? ComplianceStatus.MET : ComplianceStatus.BREACHED)
        .build();
  }

  /**
   * Gets the value expected at the period's end.
   *
   * @return the value, not null
   */
  public abstract BigDecimal value();

  /**
   * Gets the share of the period's error budget expected to be used at its end, in percent:
   * the burn rate rounded up to four decimals, times 100.
   *
   * @return the share, empty when the target has no budget or allows nothing
   */
  public abstract Optional<BigDecimal> budgetUsedPercent();

  /**
   * Gets the share of the period's error budget expected to be used at its end, exactly: the
   * exact burn rate, where 1 is the whole budget.
   *
   * @return the share, empty when {@link #budgetUsedPercent()} is
   */
  public abstract Optional<Fraction> budgetUsedShare();

  /**
   * Gets the expected verdict at the period's end: {@link ComplianceStatus#MET} or
   * {@link ComplianceStatus#BREACHED}.
   *
   * @return the status, not null
   */
  public abstract ComplianceStatus status();

  /**
   * Outputs the forecast, such as {@code "BREACHED at 99.85, budget 150 %"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return status() + " at " + value().toPlainString()
        + budgetUsedPercent().map(p -> ", budget " + p.toPlainString() + " %").orElse("");
  }
}
