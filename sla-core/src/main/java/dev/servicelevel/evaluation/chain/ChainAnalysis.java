package dev.servicelevel.evaluation.chain;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TargetKind;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.evaluation.ComplianceStatus;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.TargetResult;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that the supporting targets of an agreement chain (OLAs and underpinning contracts) can
 * add up to the targets they support, and shows, per period, which supporters breached along
 * with a breached target.
 *
 * <h2>Static check: {@link #weakLinks(AgreementChain)}</h2>
 * For every target of the chain and each target that directly supports it:
 * <ul>
 *   <li><b>Ticket timers</b>: for each goal of the supported target, a supporting goal with the
 *       same condition must be no longer, on the same basis ({@code PT45M elapsed} under
 *       {@code PT30M elapsed} is weak); goals on different bases (business against elapsed
 *       time, hours against working days) cannot be compared and are reported as weak too. A
 *       supporter with no goal for a condition is not judged on it. The supporter's required
 *       share must be no lower.</li>
 *   <li><b>Availability</b>: each supporter's minimum must be no lower; and all supporters of
 *       one target are taken as <em>serial</em> (each needed for the service), so the product of
 *       their availabilities must be no lower either: two suppliers at 99.95 % give
 *       99.900025 %, enough for 99.9 %; two at 99.94 % give 99.880036 %, not enough.</li>
 *   <li><b>Measurements</b>: the same indicator in the same direction, with an objective no
 *       looser ({@code <= 250} under {@code <= 300} is fine); otherwise weak.</li>
 * </ul>
 * Windows are not compared: a supporter is assumed to count on a window like its target's.
 *
 * <h2>Per period: {@link #breaches(AgreementChain, Collection)}</h2>
 * For each breached target in the reports of a chain's agreements, every target that supports
 * it directly or through others, and those of them whose result breached in an overlapping
 * period.
 *
 * <pre>{@code
 * ChainAnalysis.weakLinks(AgreementChain.of(sla, opsOla, hostingUc));
 * // [ops-ola/respond under ecoshop-sla/respond: goal priority = "P1": PT45M elapsed time
 * //  is longer than PT30M elapsed time]
 * ChainAnalysis.breaches(chain, List.of(slaReport, olaReport, ucReport));
 * // [ecoshop-sla/shop-prime breached in 2025-03; supporters breached too: [hosting-uc/hosting]]
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ChainAnalysis {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ChainAnalysis() {}

  /**
   * Finds the weak links of a chain, in the chain's order of supported targets.
   *
   * @param chain  the chain, not null
   * @return the weak links, empty when every supported target is backed, not null
   */
  public static List<WeakLink> weakLinks(AgreementChain chain) {
    Objects.requireNonNull(chain, "chain");
    List<WeakLink> weak = new ArrayList<>();
    for (Agreement a : chain.agreements()) {
      for (MetricTarget t : a.targets()) {
        TargetRef ref = TargetRef.of(a.id(), t.id());
        List<TargetRef> supporters = chain.supportersOf(ref);
        for (TargetRef s : supporters) {
          MetricTarget supporter = chain.target(s).orElseThrow();
          for (String reason : compare(t, supporter)) {
            weak.add(WeakLink.of(ref, List.of(s), reason));
          }
        }
        if (t.kind() == TargetKind.AVAILABILITY && supporters.size() > 1) {
          BigDecimal required = ((AvailabilityTarget) t).minimum();
          BigDecimal product = serialAvailability(chain, ref).orElseThrow();
          if (product.compareTo(required) < 0) {
            List<String> each = new ArrayList<>();
            supporters.forEach(
                s -> each.add(
                    ((AvailabilityTarget) chain.target(s).orElseThrow()).minimum().toPlainString()
                        + " %"));
            weak.add(
                WeakLink.of(
                    ref,
                    supporters,
                    "serial availability " + product.toPlainString() + " % (product of " + each
                        + ") is lower than " + required.toPlainString() + " %"));
          }
        }
      }
    }
    return weak;
  }

  /**
   * Computes the availability the direct supporters of an availability target give together
   * when serial: the product of their minimums, exact.
   *
   * @param chain  the chain, not null
   * @param ref  the supported availability target, not null
   * @return the product in percent, empty when the target has no supporters in the chain
   * @throws IllegalArgumentException if the reference names no availability target of the chain
   */
  public static Optional<BigDecimal> serialAvailability(AgreementChain chain, TargetRef ref) {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(ref, "ref");
    Checks.requireArgument(
        chain.target(ref).filter(t -> t.kind() == TargetKind.AVAILABILITY).isPresent(),
        "Chain has no availability target with this reference",
        ref);
    List<TargetRef> supporters = chain.supportersOf(ref);
    if (supporters.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal product = BigDecimal.ONE;
    for (TargetRef s : supporters) {
      product =
          product.multiply(
              ((AvailabilityTarget) chain.target(s).orElseThrow()).minimum().divide(HUNDRED));
    }
    return Optional.of(plain(product.multiply(HUNDRED)));
  }

  /** Strips trailing zeros without going to exponent notation ({@code 100}, not {@code 1E+2}). */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * The reasons a supporter falls short of the target it supports; the chain guarantees that
   * both are of one kind.
   */
  private static List<String> compare(MetricTarget target, MetricTarget supporter) {
    List<String> reasons = new ArrayList<>();
    switch (target.kind()) {
      case AVAILABILITY:
        compareAvailability((AvailabilityTarget) target, (AvailabilityTarget) supporter, reasons);
        break;
      case TICKET_TIMER:
        compareTimers((TicketTimerTarget) target, (TicketTimerTarget) supporter, reasons);
        break;
      default: // MEASUREMENT
        compareMeasurements((MeasurementTarget) target, (MeasurementTarget) supporter, reasons);
        break;
    }
    return reasons;
  }

  private static void compareAvailability(
      AvailabilityTarget target, AvailabilityTarget supporter, List<String> reasons) {
    BigDecimal need = target.minimum();
    BigDecimal have = supporter.minimum();
    if (have.compareTo(need) < 0) {
      reasons.add(
          "availability " + have.toPlainString() + " % is lower than " + need.toPlainString()
              + " %");
    }
  }

  private static void compareTimers(
      TicketTimerTarget need, TicketTimerTarget have, List<String> reasons) {
    for (TimerGoal goal : need.goals()) {
      for (TimerGoal other : have.goals()) {
        if (other.when().equals(goal.when())) {
          compareGoals(goal, other).ifPresent(r -> reasons.add("goal " + goal.when() + ": " + r));
        }
      }
    }
    if (have.requiredShare().compareTo(need.requiredShare()) < 0) {
      reasons.add(
          "required share " + have.requiredShare().toPlainString() + " % is lower than "
              + need.requiredShare().toPlainString() + " %");
    }
  }

  private static void compareMeasurements(
      MeasurementTarget need, MeasurementTarget have, List<String> reasons) {
    if (!have.indicator().equals(need.indicator())
        || have.comparison().isHigherBetter() != need.comparison().isHigherBetter()) {
      reasons.add(
          have.indicator() + " " + have.comparison().symbol() + " cannot be compared with "
              + need.indicator() + " " + need.comparison().symbol());
    } else {
      int c = have.objective().compareTo(need.objective());
      boolean looser = need.comparison().isHigherBetter() ? c < 0 : c > 0;
      if (looser) {
        reasons.add(
            have.indicator() + " " + have.comparison().symbol() + " "
                + have.objective().toPlainString() + " is looser than "
                + need.comparison().symbol() + " " + need.objective().toPlainString());
      }
    }
  }

  /** Why a supporting goal's duration is weaker than the supported one's, if it is. */
  private static Optional<String> compareGoals(TimerGoal need, TimerGoal have) {
    BusinessDuration n = need.within();
    BusinessDuration h = have.within();
    if (n.basis() != h.basis()) {
      return Optional.of(h + " cannot be compared with " + n);
    }
    boolean longer =
        n.isTimeBased() ? h.time().compareTo(n.time()) > 0 : h.workingDays() > n.workingDays();
    return longer ? Optional.of(h + " is longer than " + n) : Optional.empty();
  }

  /**
   * Lists the breached targets of the reports with their supporters and the supporters that
   * breached in an overlapping period. Reports of agreements outside the chain are ignored.
   *
   * @param chain  the chain, not null
   * @param reports  period reports of the chain's agreements, not null
   * @return one entry per breached target that has supporters, in the order of the reports and
   *     their results, not null
   * @throws NullPointerException naming {@code chain} or {@code reports} if it is null, or
   *     {@code reports} if one of its elements is null
   */
  public static List<ChainBreach> breaches(
      AgreementChain chain, Collection<PeriodReport> reports) {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(reports, "reports");
    List<ChainBreach> breaches = new ArrayList<>();
    for (PeriodReport report : reports) {
      Objects.requireNonNull(report, "reports");
      if (chain.agreement(report.agreementId()).isEmpty()) {
        continue;
      }
      for (TargetResult r : report.results()) {
        if (r.status() != ComplianceStatus.BREACHED) {
          continue;
        }
        TargetRef ref = TargetRef.of(report.agreementId(), r.targetId());
        List<TargetRef> supporters = new ArrayList<>();
        collectSupporters(chain, ref, supporters);
        if (supporters.isEmpty()) {
          continue;
        }
        Map<TargetRef, TargetResult> breached = new LinkedHashMap<>();
        for (TargetRef s : supporters) {
          for (PeriodReport other : reports) {
            if (!other.agreementId().equals(s.agreementId())) {
              continue;
            }
            other.result(s.targetId())
                .filter(o -> o.status() == ComplianceStatus.BREACHED)
                .filter(o -> o.period().interval().overlaps(r.period().interval()))
                .ifPresent(o -> breached.putIfAbsent(s, o));
          }
        }
        breaches.add(ChainBreach.of(ref, r, supporters, breached));
      }
    }
    return breaches;
  }

  private static void collectSupporters(AgreementChain chain, TargetRef ref, List<TargetRef> out) {
    for (TargetRef s : chain.supportersOf(ref)) {
      if (!out.contains(s)) {
        out.add(s);
        collectSupporters(chain, s, out);
      }
    }
  }
}
