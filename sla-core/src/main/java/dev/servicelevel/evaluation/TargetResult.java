package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TargetKind;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The verdict on one metric target for one period, as of an instant, with the figures and the
 * records that explain it.
 *
 * <p>What every result says:
 * <ul>
 *   <li>{@link #status()}: met, at risk, breached or no data (see {@link ComplianceStatus}).</li>
 *   <li>{@link #achieved()} against {@link #required()} under {@link #comparison()}, in
 *       {@link #unit()}; the {@link #margin()} by which it is better (positive) or worse
 *       (negative) than required.</li>
 *   <li>{@link #budget()}: what the target allows to go wrong, what went wrong, what is left;
 *       {@link #burnRate()}: how fast the budget goes, where 1 uses it up exactly by the
 *       period's end.</li>
 *   <li>For a period still running ({@link #isComplete()} false): it is evaluated from its start
 *       to {@link #evaluatedUntil()}, and {@link #forecast()} projects its end linearly.</li>
 *   <li>{@link #explanation()}: the worst records that counted and did not, and counts by
 *       reason; and figures of the target's kind ({@link #availability()},
 *       {@link #tickets()}, {@link #measurement()}).</li>
 * </ul>
 *
 * <p><b>Exactness.</b> Achieved values that are not exact decimals (99.9 % of a month minus
 * 7 seconds) are reported to six decimal places, rounded towards the unfavourable side so a
 * reported value never looks better than the exact one; the status, the margin's sign and the
 * credit tier ({@link #tierIn(TargetCredits)}) are decided on the exact value.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TargetResult {

  TargetResult() {}

  static ImmutableTargetResult.Builder builder() {
    return ImmutableTargetResult.builder();
  }

  /**
   * Gets the id of the target.
   *
   * @return the id, not null
   */
  public abstract String targetId();

  /**
   * Gets the family of the target.
   *
   * @return the kind, not null
   */
  public abstract TargetKind kind();

  /**
   * Gets the id of the service the target is about.
   *
   * @return the service id, not null
   */
  public abstract String service();

  /**
   * Gets the name of the target's service window.
   *
   * @return the window name, not null
   */
  public abstract String window();

  /**
   * Gets what is measured, for grouping the same measure across windows: {@code availability},
   * the timer kind such as {@code respond}, or the indicator such as {@code p95}.
   *
   * @return the metric, not null
   */
  public abstract String metric();

  /**
   * Gets the target's weight in an overall score.
   *
   * @return the weight, positive, not null
   */
  public abstract BigDecimal weight();

  /**
   * Gets the period evaluated.
   *
   * @return the period, not null
   */
  public abstract PeriodRange period();

  /**
   * Gets the instant the evaluation is as of.
   *
   * @return the instant, not null
   */
  public abstract Instant asOf();

  /**
   * Gets the instant the period was evaluated up to (exclusive): the period's end, or
   * {@link #asOf()} for a period still running, or the period's start for a period that has not
   * begun.
   *
   * @return the instant, not null
   */
  public abstract Instant evaluatedUntil();

  /**
   * Checks if the period is over as of {@link #asOf()}, so the result is final.
   *
   * @return true if {@code asOf} is at or after the period's end
   */
  public boolean isComplete() {
    return !asOf().isBefore(period().end());
  }

  /**
   * Gets the verdict.
   *
   * @return the status, not null
   */
  public abstract ComplianceStatus status();

  /**
   * Checks if the error budget is running low: the result meets its target (so far) but has
   * used at least the target's at-risk share of its budget. Separate from {@link #status()}, so
   * a finished period that met its target is {@link ComplianceStatus#MET} with this flag set
   * (see the table in {@link ComplianceStatus}).
   *
   * @return true if the budget is low; false for results that miss or have no budget
   */
  @Value.Default
  public boolean isBudgetLow() {
    return false;
  }

  /**
   * Gets the value achieved (see the class description on rounding).
   *
   * @return the value, empty when there is no data
   */
  public abstract Optional<BigDecimal> achieved();

  /**
   * Gets the value required.
   *
   * @return the value, not null
   */
  public abstract BigDecimal required();

  /**
   * Gets how the achieved value is compared with the required one.
   *
   * @return the comparison, not null
   */
  public abstract Comparison comparison();

  /**
   * Gets the unit of the achieved and required values: {@code "%"} for shares, else the
   * measurement target's unit.
   *
   * @return the unit, empty when the measurement target names none
   */
  public abstract Optional<String> unit();

  /**
   * Gets by how much the achieved value is better than required: {@code achieved - required}
   * when higher is better, {@code required - achieved} otherwise; negative when worse.
   *
   * @return the margin, empty when there is no data
   */
  public abstract Optional<BigDecimal> margin();

  /**
   * Gets the error budget.
   *
   * @return the budget, empty when there is no data or the indicator has none (a mean, a
   *     maximum that must reach a value)
   */
  public abstract Optional<ErrorBudget> budget();

  /**
   * Gets how fast the error budget is used: the share of bad records so far divided by the share
   * the target allows, so 1 uses up the budget exactly by the period's end and 2 twice as fast.
   * Rounded up to four decimals.
   *
   * @return the burn rate, empty when there is no budget or it allows nothing
   */
  public abstract Optional<BigDecimal> burnRate();

  /**
   * Gets the linear forecast of the period's end.
   *
   * @return the forecast for a running period with data, empty for a finished one
   */
  public abstract Optional<Forecast> forecast();

  /**
   * Gets the records that explain the result.
   *
   * @return the explanation, not null
   */
  public abstract Explanation explanation();

  /**
   * Gets the figures of an availability result.
   *
   * @return the figures, present exactly when {@link #kind()} is availability
   */
  public abstract Optional<AvailabilityFigures> availability();

  /**
   * Gets the figures of a ticket-timer result.
   *
   * @return the figures, present exactly when {@link #kind()} is ticket timer
   */
  public abstract Optional<TicketFigures> tickets();

  /**
   * Gets the figures of a measurement result.
   *
   * @return the figures, present exactly when {@link #kind()} is measurement
   */
  public abstract Optional<MeasurementFigures> measurement();

  /** The exact achieved value, for comparisons; {@link ExactValue#NONE} without data. */
  @Value.Auxiliary
  abstract ExactValue exact();

  /**
   * Finds the credit tier the exact achieved value falls in, whatever the status (whether a
   * credit is owed is the credit policy's question).
   *
   * <p>Exact in every case but one: a percentile computed from more distinct sample values than
   * are kept one by one, compared with a tier bound that its accumulator was not told about,
   * within 1 % of the value (see {@link MeasurementAccumulator}).
   *
   * @param credits  the tiers, not null
   * @return the tier, empty when there is no data or the value falls in no tier
   */
  public Optional<CreditTier> tierIn(TargetCredits credits) {
    Objects.requireNonNull(credits, "credits");
    if (status() == ComplianceStatus.NO_DATA) {
      return Optional.empty();
    }
    for (CreditTier tier : credits.tiers()) {
      boolean above = tier.fromInclusive().map(f -> exact().compareTo(f) >= 0).orElse(true);
      boolean below = tier.toExclusive().map(t -> exact().compareTo(t) < 0).orElse(true);
      if (above && below) {
        return Optional.of(tier);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.requireArgument(
        availability().isPresent() == (kind() == TargetKind.AVAILABILITY)
            && tickets().isPresent() == (kind() == TargetKind.TICKET_TIMER)
            && measurement().isPresent() == (kind() == TargetKind.MEASUREMENT),
        "Target result has figures of another kind",
        targetId(),
        kind());
  }

  /**
   * Outputs the result on one line, such as {@code "shop-prime 2025-03 availability: BREACHED
   * 99.85 % (required >= 99.9 %), margin -0.05, budget allowed PT43M12S, used PT1H4M48S (150 %),
   * left -PT21M36S"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    String u = unit().map(x -> " " + x).orElse("");
    StringBuilder sb = new StringBuilder()
        .append(targetId()).append(' ').append(period().label()).append(' ').append(metric())
        .append(": ").append(status());
    if (isBudgetLow()) {
      sb.append(" (budget low)");
    }
    if (!isComplete()) {
      sb.append(" (running, as of ").append(evaluatedUntil()).append(')');
    }
    achieved().ifPresent(a -> sb.append(' ').append(a.toPlainString()).append(u));
    sb.append(" (required ")
        .append(comparison().symbol()).append(' ').append(required().toPlainString()).append(u)
        .append(')');
    margin().ifPresent(m -> sb.append(", margin ").append(m.toPlainString()));
    budget().ifPresent(b -> sb.append(", budget ").append(b));
    burnRate().ifPresent(b -> sb.append(", burn rate ").append(b.toPlainString()));
    forecast().ifPresent(f -> sb.append(", forecast ").append(f));
    return sb.toString();
  }
}
