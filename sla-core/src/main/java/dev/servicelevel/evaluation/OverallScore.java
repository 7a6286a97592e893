package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A weighted score from 0 to 100 over an agreement's targets and services: how much of what was
 * promised was kept, weighing what matters more (an online shop's availability) above what
 * matters less (its monthly report).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>A target scores 100 when met (at risk included) and 0 when breached; a target without
 *       data does not take part.</li>
 *   <li>A service's score is the mean of its targets' scores weighted by the targets'
 *       {@link MetricTarget#weight() weights}.</li>
 *   <li>The overall score is the mean of the services' scores weighted by the services'
 *       {@link Service#weight() weights}; services without a target with data do not take
 *       part.</li>
 *   <li>Scores are exact fractions reported rounded down to two decimals, so 2 of 3 equally
 *       weighted targets met is 66.66.</li>
 * </ul>
 *
 * <pre>{@code
 * OverallScore score = OverallScore.of(sla, report.results());
 * score.value();          // Optional[75]
 * score.services();       // {shop=66.66, report=100}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class OverallScore {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int SCALE = 2;

  OverallScore() {}

  /**
   * Computes the score of an agreement's results; results of targets the agreement does not have
   * are ignored.
   *
   * @param agreement  the agreement, for the targets' and services' weights, not null
   * @param results  the results, at most one per target, not null
   * @return the score, not null
   * @throws NullPointerException naming {@code agreement} or {@code results} if it is null, or
   *     {@code results} if one of its elements is null
   * @throws IllegalArgumentException if a target has two results
   */
  public static OverallScore of(Agreement agreement, Collection<TargetResult> results) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(results, "results");
    Map<String, TargetResult> byTarget = new LinkedHashMap<>();
    for (TargetResult r : results) {
      Objects.requireNonNull(r, "results");
      Checks.requireArgument(
          byTarget.put(r.targetId(), r) == null,
          "A score takes one result per target",
          r.targetId());
    }
    Map<String, BigDecimal> services = new LinkedHashMap<>();
    // the weighted mean of the services' scores as an exact fraction num / den
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ONE;
    BigDecimal weights = BigDecimal.ZERO;
    for (Service service : agreement.services()) {
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal targetWeights = BigDecimal.ZERO;
      for (MetricTarget t : agreement.targets()) {
        TargetResult r = byTarget.get(t.id());
        if (!t.service().equals(service.id())
            || r == null
            || r.status() == ComplianceStatus.NO_DATA) {
          continue;
        }
        targetWeights = targetWeights.add(t.weight());
        if (r.status().isMet()) {
          sum = sum.add(t.weight().multiply(HUNDRED));
        }
      }
      if (targetWeights.signum() == 0) {
        continue;
      }
      services.put(service.id(), round(sum, targetWeights));
      num = num.multiply(targetWeights).add(service.weight().multiply(sum).multiply(den));
      den = den.multiply(targetWeights);
      weights = weights.add(service.weight());
    }
    return ImmutableOverallScore.builder()
        .value(
            weights.signum() == 0
                ? Optional.empty()
                : Optional.of(round(num, den.multiply(weights))))
        .putAllServices(services)
        .build();
  }

  private static BigDecimal round(BigDecimal numerator, BigDecimal denominator) {
    return ExactValue.plain(numerator.divide(denominator, SCALE, RoundingMode.FLOOR));
  }

  /**
   * Gets the overall score.
   *
   * @return the score from 0 to 100, rounded down to two decimals; empty when no target has data
   */
  public abstract Optional<BigDecimal> value();

  /**
   * Gets each service's score, in the agreement's order of services.
   *
   * @return the scores by service id, for services with a target with data, not null
   */
  public abstract Map<String, BigDecimal> services();

  /**
   * Outputs the score, such as {@code "score 75 {shop=66.66, report=100}"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "score " + value().map(BigDecimal::toPlainString).orElse("-") + " " + services();
  }
}
