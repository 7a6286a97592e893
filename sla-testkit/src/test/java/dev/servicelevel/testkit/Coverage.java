package dev.servicelevel.testkit;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.PartyRole;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerThreshold;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Labels the cases a generated agreement shows (kinds, families, indicator kinds, duration
 * bases, condition nodes, credit-tier shapes, ...), so a test can check that the generators
 * reach every one of them.
 */
final class Coverage {

  /** Every label {@link #agreement} may add. */
  static final Set<String> ALL = new TreeSet<>(List.of(
      "chain in reverse", "SLA", "OLA", "UNDERPINNING_CONTRACT", "supports a supporting target",
      "supports an outside target", "supporting target supports nothing",
      "availability", "ticket timer", "measurement",
      "indicator OCCURRENCES", "indicator PERCENTILE", "indicator MEAN", "indicator MAX",
      "indicator RATIO", "indicator TIMESLICES", "indicator RATIO_TIMESLICES",
      "goal BUSINESS_TIME", "goal ELAPSED_TIME", "goal WORKING_DAYS_SAME_TIME",
      "goal END_OF_WORKING_DAY",
      "period WEEK", "period MONTH", "period QUARTER", "period YEAR", "period ROLLING_DAYS",
      "threshold WARNING share", "threshold WARNING before", "threshold ESCALATION share",
      "threshold ESCALATION before", "threshold with level",
      "condition FieldIs", "condition FieldIn", "condition FieldPresent", "condition EventIs",
      "condition Not", "condition And", "condition Or", "condition Constant",
      "maintenance notice", "ignored outage length", "customer's target", "unit",
      "no credit policy", "credit cap", "minimum payout", "tier open below", "tier open above",
      "tiers with a gap", "tiers abutting", "fee in a currency with 0 digits",
      "fee in a currency with 3 digits", "fee in a currency with no digit rule",
      "complement window", "24x7 window", "validity without end", "validity of one day",
      "termination consecutive", "termination K of N", "termination held by provider",
      "escalation levels", "review schedule"));

  private Coverage() {}

  static void agreement(Agreement a, AgreementChain chain, Set<String> seen) {
    seen.add(a.kind().name());
    for (MetricTarget t : a.targets()) {
      target(t, seen);
      if (a.kind().isSupporting() && t.supports().isEmpty()) {
        seen.add("supporting target supports nothing");
      }
      for (TargetRef ref : t.supports()) {
        if (ref.agreementId().equals(AgreementGens.OUTSIDE_AGREEMENT)) {
          seen.add("supports an outside target");
        } else if (chain.agreement(ref.agreementId()).orElseThrow().kind().isSupporting()) {
          seen.add("supports a supporting target");
        }
      }
    }
    if (a.creditPolicy().isEmpty()) {
      seen.add("no credit policy");
    }
    a.creditPolicy().ifPresent(p -> credits(p, seen));
    ServiceWindow first = a.windows().get(0);
    for (ServiceWindow w : a.windows().subList(1, a.windows().size())) {
      if (w.calendar().equals(first.calendar().complement())) {
        seen.add("complement window");
      }
      if (w.name().equals("24x7")) {
        seen.add("24x7 window");
      }
    }
    if (a.validity().isUnboundedEnd()) {
      seen.add("validity without end");
    } else if (a.validity().lengthInDays() == 1) {
      seen.add("validity of one day");
    }
    for (TerminationRule rule : a.terminationRules()) {
      seen.add(rule.isConsecutive() ? "termination consecutive" : "termination K of N");
      if (rule.holder() == PartyRole.PROVIDER) {
        seen.add("termination held by provider");
      }
    }
    if (!a.escalation().isEmpty()) {
      seen.add("escalation levels");
    }
    if (a.reviewSchedule().isPresent()) {
      seen.add("review schedule");
    }
  }

  private static void target(MetricTarget t, Set<String> seen) {
    seen.add("period " + t.period().kind());
    if (t.responsibleParty() == PartyRole.CUSTOMER) {
      seen.add("customer's target");
    }
    if (t instanceof AvailabilityTarget) {
      AvailabilityTarget a = (AvailabilityTarget) t;
      seen.add("availability");
      a.maintenanceNotice().ifPresent(n -> seen.add("maintenance notice"));
      a.ignoreOutagesShorterThan().ifPresent(n -> seen.add("ignored outage length"));
    } else if (t instanceof TicketTimerTarget) {
      TicketTimerTarget timer = (TicketTimerTarget) t;
      seen.add("ticket timer");
      for (TimerGoal g : timer.goals()) {
        seen.add("goal " + g.within().basis());
        condition(g.when(), seen);
      }
      for (Condition c : List.of(timer.startWhen(), timer.stopWhen(), timer.pauseWhen())) {
        condition(c, seen);
      }
      for (TimerThreshold th : timer.thresholds()) {
        seen.add("threshold " + th.type() + (th.shareOfGoal().isPresent() ? " share" : " before"));
        if (th.escalationLevel().isPresent()) {
          seen.add("threshold with level");
        }
      }
    } else {
      MeasurementTarget m = (MeasurementTarget) t;
      seen.add("measurement");
      seen.add("indicator " + m.indicator().kind());
      m.unit().ifPresent(u -> seen.add("unit"));
    }
  }

  private static void condition(Condition c, Set<String> seen) {
    seen.add("condition " + c.getClass().getSuperclass().getSimpleName());
    if (c instanceof Condition.Not) {
      condition(((Condition.Not) c).operand(), seen);
    } else if (c instanceof Condition.And) {
      ((Condition.And) c).operands().forEach(o -> condition(o, seen));
    } else if (c instanceof Condition.Or) {
      ((Condition.Or) c).operands().forEach(o -> condition(o, seen));
    }
  }

  private static void credits(CreditPolicy p, Set<String> seen) {
    p.capPercent().ifPresent(c -> seen.add("credit cap"));
    p.minimumPayout().ifPresent(m -> seen.add("minimum payout"));
    int digits = p.currency().getDefaultFractionDigits();
    if (digits == 0 || digits == 3) {
      seen.add("fee in a currency with " + digits + " digits");
    } else if (digits < 0) {
      seen.add("fee in a currency with no digit rule");
    }
    for (TargetCredits c : p.targets()) {
      List<CreditTier> tiers = c.tiers();
      if (tiers.get(0).fromInclusive().isEmpty()) {
        seen.add("tier open below");
      }
      if (tiers.get(tiers.size() - 1).toExclusive().isEmpty()) {
        seen.add("tier open above");
      }
      for (int i = 1; i < tiers.size(); i++) {
        int gap = tiers.get(i - 1).toExclusive().orElseThrow()
            .compareTo(tiers.get(i).fromInclusive().orElseThrow());
        seen.add(gap < 0 ? "tiers with a gap" : "tiers abutting");
      }
    }
  }
}
