package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.CreditCombination;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The service credit owed for one billing period under an agreement's {@link CreditPolicy}: the
 * credit each breached target earns, how they combine, the cap, the amount in the policy's
 * currency, and the targets that caused it.
 *
 * <h2>Rules</h2>
 * <ol>
 *   <li>Only breached targets with credit tiers earn credits (a result at risk, met or without
 *       data earns nothing). A breached target's tier is the one its exact achieved value falls
 *       in ({@link TargetResult#tierIn}); tiers are half-open, so 99 is in {@code [99, 99.9)}
 *       and 98.999999 in {@code [95, 99)}. A value in no tier earns 0 %.</li>
 *   <li>The credits combine by the policy's {@link CreditCombination}: summed, or the largest.</li>
 *   <li>The combined credit is capped at the policy's cap, in percent of the fee.</li>
 *   <li>The amount is fee × capped percent / 100, rounded half-even to the currency's decimals
 *       (cents for EUR). Below the minimum payout it is not paid: {@link #payable()} is 0.</li>
 * </ol>
 *
 * <pre>{@code
 * CreditResult credit = CreditResult.of(sla.creditPolicy().get(), report.results());
 * credit.cappedPercent();   // 5
 * credit.amount();          // 1000.00 (EUR)
 * credit.causedBy();        // [shop-prime]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class CreditResult {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  CreditResult() {}

  /**
   * Computes the credit owed for one billing period from the results of the agreement's targets.
   * Results of targets without tiers are ignored.
   *
   * @param policy  the agreement's credit policy, not null
   * @param results  the results of one billing period, not null
   * @return the credit, not null
   * @throws NullPointerException naming {@code policy} or {@code results} if it is null, or
   *     {@code results} if one of its elements is null
   * @throws IllegalArgumentException if a target with tiers has results for two periods, or
   *     results with tiers are for different periods
   */
  public static CreditResult of(CreditPolicy policy, Collection<TargetResult> results) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(results, "results");
    Map<String, TargetResult> byTarget = new HashMap<>();
    PeriodRange period = null;
    boolean complete = true;
    for (TargetResult r : results) {
      Objects.requireNonNull(r, "results");
      if (policy.creditsFor(r.targetId()).isEmpty()) {
        continue;
      }
      TargetResult earlier = byTarget.put(r.targetId(), r);
      Checks.requireArgument(
          earlier == null,
          "Credits are computed for one billing period; target has two results",
          Checks.named("target", r.targetId()),
          Checks.named("period", r.period().label()),
          Checks.named("other period", earlier == null ? "" : earlier.period().label()));
      Checks.requireArgument(
          period == null || period.equals(r.period()),
          "Credits are computed for one billing period; results are for different periods",
          Checks.named("period", period == null ? "" : period.label()),
          Checks.named("other period", r.period().label()));
      period = r.period();
      complete &= r.isComplete();
    }
    List<CreditLine> lines = new ArrayList<>();
    for (TargetCredits credits : policy.targets()) {
      TargetResult r = byTarget.get(credits.targetId());
      if (r == null || r.status() != ComplianceStatus.BREACHED) {
        continue;
      }
      Optional<CreditTier> tier = r.tierIn(credits);
      BigDecimal percent = tier.map(CreditTier::creditPercent).orElse(BigDecimal.ZERO);
      lines.add(CreditLine.of(r.targetId(), r.achieved().orElseThrow(), tier, percent));
    }
    return combine(policy, lines, Optional.ofNullable(period), complete);
  }

  /**
   * Obtains the credit owed for one billing period from the credit lines of breached targets,
   * such as those a host computed from its own figures with
   * {@link Credits#line(dev.servicelevel.agreement.Agreement, String, BigDecimal)}: combines
   * them by the policy's rule, caps the total and computes the amount (rules 2 to 4 of the
   * class description). The result has no period and is final.
   *
   * <pre>{@code
   * CreditResult total = CreditResult.ofLines(policy, List.of(
   *     CreditLine.of(policy.creditsFor("shop-prime").get(), new BigDecimal("99.5"))));
   * }</pre>
   *
   * @param policy  the agreement's credit policy, not null
   * @param lines  the lines, at most one per target, each of a target with tiers in the policy,
   *     not null
   * @return the credit, not null
   * @throws NullPointerException naming {@code policy} or {@code lines} if it or an element of
   *     {@code lines} is null
   * @throws IllegalArgumentException if a line names a target without tiers in the policy, or
   *     two lines name the same target
   */
  public static CreditResult ofLines(CreditPolicy policy, List<CreditLine> lines) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(lines, "lines");
    Set<String> seen = new HashSet<>();
    for (CreditLine line : lines) {
      Objects.requireNonNull(line, "lines");
      Checks.requireArgument(
          policy.creditsFor(line.targetId()).isPresent(),
          "Credit line names a target without credit tiers in the policy",
          line.targetId());
      Checks.requireArgument(
          seen.add(line.targetId()), "Credit lines must name each target once", line.targetId());
    }
    List<CreditLine> ordered = new ArrayList<>(lines.size());
    for (TargetCredits credits : policy.targets()) {
      for (CreditLine line : lines) {
        if (line.targetId().equals(credits.targetId())) {
          ordered.add(line);
        }
      }
    }
    return combine(policy, ordered, Optional.empty(), true);
  }

  /** Combines lines in the policy's order: rules 2 to 4 of the class description. */
  private static CreditResult combine(
      CreditPolicy policy, List<CreditLine> lines, Optional<PeriodRange> period, boolean complete) {
    BigDecimal combined = BigDecimal.ZERO;
    for (CreditLine line : lines) {
      BigDecimal percent = line.creditPercent();
      combined =
          policy.combination() == CreditCombination.SUM
              ? combined.add(percent)
              : combined.max(percent);
    }
    BigDecimal total = ExactValue.plain(combined);
    BigDecimal capped = policy.capPercent().map(cap -> cap.min(total)).orElse(total);
    List<String> causedBy = new ArrayList<>();
    for (CreditLine line : lines) {
      boolean causes =
          line.creditPercent().signum() > 0
              && (policy.combination() == CreditCombination.SUM
                  || line.creditPercent().compareTo(total) == 0);
      if (causes) {
        causedBy.add(line.targetId());
      }
    }
    int digits = Math.max(0, policy.currency().getDefaultFractionDigits());
    BigDecimal amount =
        policy.fee().multiply(capped).divide(HUNDRED).setScale(digits, RoundingMode.HALF_EVEN);
    BigDecimal payable =
        policy.minimumPayout().map(min -> amount.compareTo(min) < 0).orElse(false)
            ? BigDecimal.ZERO.setScale(digits)
            : amount;
    return ImmutableCreditResult.builder()
        .period(period)
        .addAllLines(lines)
        .combination(policy.combination())
        .combinedPercent(total)
        .capPercent(policy.capPercent())
        .cappedPercent(ExactValue.plain(capped))
        .amount(amount)
        .payable(payable)
        .currency(policy.currency())
        .addAllCausedBy(causedBy)
        .isFinal(complete)
        .build();
  }

  /**
   * Gets the billing period.
   *
   * @return the period, empty when no result of a target with tiers was given and when the
   *     credit was computed from credit lines ({@link #ofLines(CreditPolicy, List)})
   */
  public abstract Optional<PeriodRange> period();

  /**
   * Gets the credit of each breached target with tiers, in the order of the policy's targets.
   *
   * @return the lines, not null
   */
  public abstract List<CreditLine> lines();

  /**
   * Gets how the lines combined.
   *
   * @return the combination, not null
   */
  public abstract CreditCombination combination();

  /**
   * Gets the combined credit before the cap, in percent of the fee.
   *
   * @return the percent, not null
   */
  public abstract BigDecimal combinedPercent();

  /**
   * Gets the policy's cap.
   *
   * @return the cap in percent of the fee, empty when uncapped
   */
  public abstract Optional<BigDecimal> capPercent();

  /**
   * Gets the credit after the cap, in percent of the fee.
   *
   * @return the percent, never above the cap, not null
   */
  public abstract BigDecimal cappedPercent();

  /**
   * Gets the credit amount: fee × capped percent / 100, rounded half-even to the currency's
   * decimals.
   *
   * @return the amount, not null
   */
  public abstract BigDecimal amount();

  /**
   * Gets the amount paid out: the amount, or 0 when it is below the policy's minimum payout.
   *
   * @return the amount paid, not null
   */
  public abstract BigDecimal payable();

  /**
   * Gets the currency of the amounts.
   *
   * @return the currency, not null
   */
  public abstract Currency currency();

  /**
   * Gets the ids of the targets that caused the credit: every line with a credit when summed,
   * the line or lines with the largest credit when maximised.
   *
   * @return the target ids, not null
   */
  public abstract List<String> causedBy();

  /**
   * Checks if every result the credit rests on is of a finished period; a running period's
   * credit is provisional.
   *
   * @return true if final
   */
  public abstract boolean isFinal();

  /**
   * Outputs the credit, such as {@code "credit 5 % (sum 5 %, cap 30 %) = 1000.00 EUR, caused by
   * [shop-prime]"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "credit " + cappedPercent().toPlainString() + " % ("
        + combination().name().toLowerCase(Locale.ROOT) + " " + combinedPercent().toPlainString()
        + " %"
        + capPercent().map(c -> ", cap " + c.toPlainString() + " %").orElse("") + ") = "
        + amount().toPlainString() + " " + currency().getCurrencyCode()
        + (payable().compareTo(amount()) == 0 ? "" : ", below the minimum payout: 0 paid")
        + ", caused by " + causedBy() + (isFinal() ? "" : ", provisional");
  }
}
