package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Service credits from figures the host measured itself, for a billing service that does not
 * evaluate observations with this library: the credit of one target from its achieved value,
 * and the agreement's capped total from the achieved values of several targets. The rules are
 * those of {@link CreditResult}, applied to the exact values the host supplies (no rounding
 * happens before a value is compared with a target or a tier).
 *
 * <ul>
 *   <li>A target is breached when its achieved value does not meet it: below the minimum of an
 *       {@link AvailabilityTarget} (a share in percent), below the required share of a
 *       {@link TicketTimerTarget} (the share of timers that met their goals, in percent), or
 *       failing the comparison with the objective of a {@link MeasurementTarget}. A value
 *       exactly on the target meets it.</li>
 *   <li>A breached target earns the credit of the tier its value falls in (half-open tiers,
 *       {@code from <= value < to}), 0 % in no tier; a target that is met earns nothing and has
 *       no line.</li>
 *   <li>The lines combine by the policy's rule (sum or largest), the total is capped, and the
 *       amount is fee × capped percent / 100 rounded half-even to the currency's decimals.</li>
 * </ul>
 *
 * <pre>{@code
 * // tiers of shop-prime: [99, 99.9) -> 5 %, [95, 99) -> 15 %, below 95 -> 30 %; cap 30 %
 * CreditResult credit = Credits.total(sla, Map.of(
 *     "shop-prime", new BigDecimal("98.95"),      // breached, in [95, 99): 15 %
 *     "shop-nonprime", new BigDecimal("99.50")));  // exactly its minimum: met
 * credit.cappedPercent();   // 15
 * credit.amount();          // 1800.00 of a fee of 12000.00 EUR
 * }</pre>
 *
 * <p>Bounds: achieved values have at most 18 digits after the point and an absolute value below
 * 10^18 ({@link Limits#requireDecimal(String, BigDecimal)}); the achieved value of an
 * availability target, of a ticket timer target and of a measurement target whose indicator
 * is a percentage lies within 0 and 100.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Credits {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Credits() {}

  /**
   * Computes the credit one target of an agreement earns with an achieved value the host
   * measured.
   *
   * <pre>{@code
   * Credits.line(sla, "shop-prime", new BigDecimal("99.0"));   // [99, 99.9) -> 5 %
   * Credits.line(sla, "shop-prime", new BigDecimal("99.9"));   // empty: the minimum is met
   * }</pre>
   *
   * @param agreement  the agreement, with a credit policy, not null
   * @param targetId  the id of a target with credit tiers, not null
   * @param achieved  the exact achieved value, not null
   * @return the line, empty when the value meets the target
   * @throws NullPointerException naming the parameter if an argument is null
   * @throws IllegalArgumentException if the agreement has no credit policy, no target with the
   *     id or no credit tiers for it, or the value is beyond the bounds of the class description
   */
  public static Optional<CreditLine> line(
      Agreement agreement, String targetId, BigDecimal achieved) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(achieved, "achieved");
    CreditPolicy policy = policy(agreement);
    MetricTarget target = target(agreement, targetId);
    Optional<TargetCredits> credits = policy.creditsFor(targetId);
    Checks.requireArgument(
        credits.isPresent(),
        "Target has no credit tiers in the agreement",
        Checks.named("agreement", agreement.id()),
        Checks.named("target", targetId));
    return line(target, credits.get(), achieved);
  }

  /**
   * Computes the credit an agreement owes for one billing period from the achieved values of
   * its targets the host measured. Targets without a value earn nothing; a value of a target
   * without credit tiers earns nothing either. The result has no period and is final.
   *
   * @param agreement  the agreement, with a credit policy, not null
   * @param achievedByTarget  the exact achieved values by target id, not null
   * @return the credit, not null
   * @throws NullPointerException naming {@code agreement} or {@code achievedByTarget} if it, a
   *     key or a value is null
   * @throws IllegalArgumentException if the agreement has no credit policy or no target with a
   *     given id, or a value is beyond the bounds of the class description
   */
  public static CreditResult total(Agreement agreement, Map<String, BigDecimal> achievedByTarget) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(achievedByTarget, "achievedByTarget");
    CreditPolicy policy = policy(agreement);
    for (Map.Entry<String, BigDecimal> e : achievedByTarget.entrySet()) {
      Objects.requireNonNull(e.getKey(), "achievedByTarget");
      Objects.requireNonNull(e.getValue(), "achievedByTarget");
      check(target(agreement, e.getKey()), e.getValue());
    }
    List<CreditLine> lines = new ArrayList<>();
    for (TargetCredits credits : policy.targets()) {
      BigDecimal achieved = achievedByTarget.get(credits.targetId());
      if (achieved != null) {
        line(target(agreement, credits.targetId()), credits, achieved).ifPresent(lines::add);
      }
    }
    return CreditResult.ofLines(policy, lines);
  }

  private static Optional<CreditLine> line(
      MetricTarget target, TargetCredits credits, BigDecimal achieved) {
    check(target, achieved);
    if (meets(target, achieved)) {
      return Optional.empty();
    }
    return Optional.of(CreditLine.of(credits, achieved));
  }

  private static CreditPolicy policy(Agreement agreement) {
    Optional<CreditPolicy> policy = agreement.creditPolicy();
    Checks.requireArgument(policy.isPresent(), "Agreement has no credit policy", agreement.id());
    return policy.get();
  }

  private static MetricTarget target(Agreement agreement, String targetId) {
    Optional<MetricTarget> target = agreement.target(targetId);
    Checks.requireArgument(
        target.isPresent(),
        "Agreement has no target with this id",
        Checks.named("agreement", agreement.id()),
        Checks.named("target", targetId));
    return target.get();
  }

  /** Checks the decimal bounds and, for a share, that it lies within 0 and 100. */
  private static void check(MetricTarget target, BigDecimal achieved) {
    Limits.requireDecimal("Achieved value of target " + target.id(), achieved);
    boolean share =
        !(target instanceof MeasurementTarget)
            || ((MeasurementTarget) target).indicator().isPercentage();
    Checks.requireArgument(
        !share || (achieved.signum() >= 0 && achieved.compareTo(HUNDRED) <= 0),
        "Achieved value of a share must be within 0 and 100 %",
        Checks.named("target", target.id()),
        Checks.named("achieved", achieved.toPlainString()));
  }

  /** Checks if an achieved value meets a target, exactly. */
  private static boolean meets(MetricTarget target, BigDecimal achieved) {
    switch (target.kind()) {
      case AVAILABILITY:
        return achieved.compareTo(((AvailabilityTarget) target).minimum()) >= 0;
      case TICKET_TIMER:
        return achieved.compareTo(((TicketTimerTarget) target).requiredShare()) >= 0;
      default:
        MeasurementTarget m = (MeasurementTarget) target;
        return m.comparison().test(achieved, m.objective());
    }
  }
}
