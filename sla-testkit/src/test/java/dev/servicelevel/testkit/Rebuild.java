package dev.servicelevel.testkit;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.EscalationLevel;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.PartyRole;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.Responsibility;
import dev.servicelevel.agreement.ReviewSchedule;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.agreement.ThresholdType;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Deep copies of model values made from their accessors through the public factories and
 * builders only, so a copy equal to the original shows that every attribute can be read and
 * written back.
 *
 * <p>The builder copies take the names of attributes to leave unset ({@code except}), for the
 * mutations to set a broken value instead or to leave a required one missing. A name that is
 * not an attribute of the type fails the test.
 */
final class Rebuild {

  private Rebuild() {}

  /** The attributes of a type a copy leaves unset; rejects names the type does not have. */
  private static final class Except {
    private final Set<String> names;

    Except(String type, Set<String> attributes, String... names) {
      this.names = Set.of(names);
      for (String name : this.names) {
        if (!attributes.contains(name)) {
          throw new AssertionError(type + " has no attribute " + name);
        }
      }
    }

    boolean sets(String attribute) {
      return !names.contains(attribute);
    }
  }

  private static final Set<String> TARGET_ATTRIBUTES =
      Set.of("id", "service", "window", "period", "weight", "atRiskThreshold", "responsibleParty",
          "supports");

  private static Set<String> targetAttributes(String... more) {
    Set<String> all = new HashSet<>(TARGET_ATTRIBUTES);
    all.addAll(List.of(more));
    return all;
  }

  private static <T> List<T> each(List<T> values, UnaryOperator<T> copy) {
    List<T> copies = new ArrayList<>(values.size());
    values.forEach(v -> copies.add(copy.apply(v)));
    return copies;
  }

  // ---- agreements -----------------------------------------------------------------------------

  static AgreementChain chain(AgreementChain chain) {
    return AgreementChain.of(each(chain.agreements(), Rebuild::agreement));
  }

  static Agreement agreement(Agreement a) {
    return builder(a).build();
  }

  /** Copies an agreement into a builder, all but the named attributes. */
  static Agreement.Builder builder(Agreement a, String... except) {
    Except x =
        new Except(
            "Agreement",
            Set.of("id", "kind", "title", "provider", "customer", "validity", "zone", "services",
                "windows", "targets", "creditPolicy", "terminationRules", "responsibilities",
                "escalation", "reviewSchedule", "outageCauses"),
            except);
    Agreement.Builder b = Agreement.builder();
    if (x.sets("id")) {
      b.id(a.id());
    }
    if (x.sets("kind")) {
      b.kind(a.kind());
    }
    if (x.sets("title")) {
      b.title(a.title());
    }
    if (x.sets("provider")) {
      b.provider(party(a.provider()));
    }
    if (x.sets("customer")) {
      b.customer(party(a.customer()));
    }
    if (x.sets("validity")) {
      b.validity(a.validity());
    }
    if (x.sets("zone")) {
      b.zone(a.zone());
    }
    if (x.sets("services")) {
      b.addAllServices(each(a.services(), Rebuild::service));
    }
    if (x.sets("windows")) {
      b.addAllWindows(each(a.windows(), w -> ServiceWindow.of(w.name(), w.calendar())));
    }
    if (x.sets("targets")) {
      b.addAllTargets(each(a.targets(), Rebuild::target));
    }
    if (x.sets("creditPolicy")) {
      b.creditPolicy(a.creditPolicy().map(Rebuild::creditPolicy));
    }
    if (x.sets("terminationRules")) {
      b.addAllTerminationRules(each(a.terminationRules(), Rebuild::terminationRule));
    }
    if (x.sets("responsibilities")) {
      b.addAllResponsibilities(
          each(a.responsibilities(), d -> Responsibility.of(d.party(), d.description())));
    }
    if (x.sets("escalation")) {
      b.addAllEscalation(each(a.escalation(), l -> EscalationLevel.of(l.name(), l.contacts())));
    }
    if (x.sets("reviewSchedule")) {
      b.reviewSchedule(
          a.reviewSchedule().map(s -> ReviewSchedule.of(period(s.cadence()), s.participants())));
    }
    if (x.sets("outageCauses")) {
      b.addAllOutageCauses(each(a.outageCauses(), Rebuild::cause));
    }
    return b;
  }

  static OutageCause cause(OutageCause c) {
    return c.isPredefined()
        ? OutageCause.predefined(c.name()).orElseThrow()
        : OutageCause.of(c.name(), c.excluded(), c.description());
  }

  static Party party(Party p) {
    return Party.of(p.id(), p.name());
  }

  static Service service(Service s) {
    return builder(s).build();
  }

  static Service.Builder builder(Service s, String... except) {
    Except x = new Except("Service", Set.of("id", "name", "included", "excluded", "weight"), except);
    Service.Builder b = Service.builder();
    if (x.sets("id")) {
      b.id(s.id());
    }
    if (x.sets("name")) {
      b.name(s.name());
    }
    if (x.sets("included")) {
      b.addAllIncluded(s.included());
    }
    if (x.sets("excluded")) {
      b.addAllExcluded(s.excluded());
    }
    if (x.sets("weight")) {
      b.weight(s.weight());
    }
    return b;
  }

  // ---- targets --------------------------------------------------------------------------------

  static MetricTarget target(MetricTarget t) {
    if (t instanceof AvailabilityTarget) {
      return builder((AvailabilityTarget) t).build();
    }
    if (t instanceof TicketTimerTarget) {
      return builder((TicketTimerTarget) t).build();
    }
    return builder((MeasurementTarget) t).build();
  }

  /** Copies the attributes every target shares, through setters of the target's builder. */
  private static void shared(
      MetricTarget t,
      Except x,
      Function<String, ?> id,
      Function<String, ?> service,
      Function<String, ?> window,
      Function<ReportingPeriod, ?> period,
      Function<BigDecimal, ?> weight,
      Function<BigDecimal, ?> atRisk,
      Function<PartyRole, ?> party,
      Function<Iterable<TargetRef>, ?> supports) {
    if (x.sets("id")) {
      id.apply(t.id());
    }
    if (x.sets("service")) {
      service.apply(t.service());
    }
    if (x.sets("window")) {
      window.apply(t.window());
    }
    if (x.sets("period")) {
      period.apply(period(t.period()));
    }
    if (x.sets("weight")) {
      weight.apply(t.weight());
    }
    if (x.sets("atRiskThreshold")) {
      atRisk.apply(t.atRiskThreshold());
    }
    if (x.sets("responsibleParty")) {
      party.apply(t.responsibleParty());
    }
    if (x.sets("supports")) {
      List<TargetRef> refs = new ArrayList<>();
      t.supports().forEach(r -> refs.add(TargetRef.of(r.agreementId(), r.targetId())));
      supports.apply(refs);
    }
  }

  static AvailabilityTarget.Builder builder(AvailabilityTarget t, String... except) {
    Except x =
        new Except(
            "AvailabilityTarget",
            targetAttributes("minimum", "excludedCauses", "maintenanceNotice",
                "ignoreOutagesShorterThan"),
            except);
    AvailabilityTarget.Builder b = AvailabilityTarget.builder();
    shared(t, x, b::id, b::service, b::window, b::period, b::weight, b::atRiskThreshold,
        b::responsibleParty, b::addAllSupports);
    if (x.sets("minimum")) {
      b.minimum(t.minimum());
    }
    if (x.sets("excludedCauses")) {
      b.addAllExcludedCauses(each(List.copyOf(t.excludedCauses()), Rebuild::cause));
    }
    if (x.sets("maintenanceNotice")) {
      b.maintenanceNotice(t.maintenanceNotice());
    }
    if (x.sets("ignoreOutagesShorterThan")) {
      b.ignoreOutagesShorterThan(t.ignoreOutagesShorterThan());
    }
    return b;
  }

  static TicketTimerTarget.Builder builder(TicketTimerTarget t, String... except) {
    Except x =
        new Except(
            "TicketTimerTarget",
            targetAttributes("timer", "goals", "goalSelection", "startWhen", "stopWhen",
                "pauseWhen", "cancelWhen", "resetWhen", "cycles", "goalChange", "membership",
                "thresholds", "requiredShare"),
            except);
    TicketTimerTarget.Builder b = TicketTimerTarget.builder();
    shared(t, x, b::id, b::service, b::window, b::period, b::weight, b::atRiskThreshold,
        b::responsibleParty, b::addAllSupports);
    if (x.sets("timer")) {
      b.timer(TimerKind.of(t.timer().name()));
    }
    if (x.sets("goals")) {
      b.addAllGoals(each(t.goals(), Rebuild::goal));
    }
    if (x.sets("goalSelection")) {
      b.goalSelection(t.goalSelection());
    }
    if (x.sets("startWhen")) {
      b.startWhen(condition(t.startWhen()));
    }
    if (x.sets("stopWhen")) {
      b.stopWhen(condition(t.stopWhen()));
    }
    if (x.sets("pauseWhen")) {
      b.pauseWhen(condition(t.pauseWhen()));
    }
    if (x.sets("cancelWhen")) {
      b.cancelWhen(condition(t.cancelWhen()));
    }
    if (x.sets("resetWhen")) {
      b.resetWhen(condition(t.resetWhen()));
    }
    if (x.sets("cycles")) {
      b.cycles(t.cycles());
    }
    if (x.sets("goalChange")) {
      b.goalChange(t.goalChange());
    }
    if (x.sets("membership")) {
      b.membership(t.membership());
    }
    if (x.sets("thresholds")) {
      b.addAllThresholds(each(t.thresholds(), Rebuild::threshold));
    }
    if (x.sets("requiredShare")) {
      b.requiredShare(t.requiredShare());
    }
    return b;
  }

  static MeasurementTarget.Builder builder(MeasurementTarget t, String... except) {
    Except x =
        new Except(
            "MeasurementTarget",
            targetAttributes("indicator", "comparison", "objective", "unit"),
            except);
    MeasurementTarget.Builder b = MeasurementTarget.builder();
    shared(t, x, b::id, b::service, b::window, b::period, b::weight, b::atRiskThreshold,
        b::responsibleParty, b::addAllSupports);
    if (x.sets("indicator")) {
      b.indicator(indicator(t.indicator()));
    }
    if (x.sets("comparison")) {
      b.comparison(t.comparison());
    }
    if (x.sets("objective")) {
      b.objective(t.objective());
    }
    if (x.sets("unit")) {
      b.unit(t.unit());
    }
    return b;
  }

  static TimerGoal goal(TimerGoal g) {
    return TimerGoal.of(condition(g.when()), duration(g.within()));
  }

  static TimerThreshold threshold(TimerThreshold t) {
    boolean warning = t.type() == ThresholdType.WARNING;
    TimerThreshold copy;
    if (t.shareOfGoal().isPresent()) {
      copy =
          warning
              ? TimerThreshold.warningAt(t.shareOfGoal().get())
              : TimerThreshold.escalationAt(t.shareOfGoal().get());
    } else {
      BusinessDuration before = duration(t.beforeDeadline().orElseThrow());
      copy = warning ? TimerThreshold.warningBefore(before) : TimerThreshold.escalationBefore(before);
    }
    return t.escalationLevel().isPresent() ? copy.atLevel(t.escalationLevel().getAsInt()) : copy;
  }

  // ---- values ---------------------------------------------------------------------------------

  /** Copies a condition, each node through its factory. */
  static Condition condition(Condition c) {
    return map(c, UnaryOperator.identity());
  }

  /**
   * Copies a condition, each node through its factory, with every leaf (field, event and
   * constant conditions) passed through {@code leaf} after it is copied.
   */
  static Condition map(Condition c, UnaryOperator<Condition> leaf) {
    if (c instanceof Condition.Not) {
      return Condition.not(map(((Condition.Not) c).operand(), leaf));
    }
    if (c instanceof Condition.And) {
      return Condition.allOf(each(((Condition.And) c).operands(), o -> map(o, leaf)));
    }
    if (c instanceof Condition.Or) {
      return Condition.anyOf(each(((Condition.Or) c).operands(), o -> map(o, leaf)));
    }
    Condition copy;
    if (c instanceof Condition.FieldIs) {
      Condition.FieldIs f = (Condition.FieldIs) c;
      copy = Condition.fieldIs(f.field(), f.value());
    } else if (c instanceof Condition.FieldIn) {
      Condition.FieldIn f = (Condition.FieldIn) c;
      copy = Condition.fieldIn(f.field(), new ArrayList<>(f.values()));
    } else if (c instanceof Condition.FieldPresent) {
      copy = Condition.fieldPresent(((Condition.FieldPresent) c).field());
    } else if (c instanceof Condition.EventIs) {
      copy = Condition.event(((Condition.EventIs) c).type());
    } else {
      copy = ((Condition.Constant) c).value() ? Condition.always() : Condition.never();
    }
    return leaf.apply(copy);
  }

  static BusinessDuration duration(BusinessDuration d) {
    switch (d.basis()) {
      case BUSINESS_TIME:
        return BusinessDuration.businessTime(d.time());
      case ELAPSED_TIME:
        return BusinessDuration.elapsed(d.time());
      case WORKING_DAYS_SAME_TIME:
        return BusinessDuration.workingDaysSameTime(d.workingDays());
      default:
        return BusinessDuration.endOfWorkingDay(d.workingDays());
    }
  }

  static ReportingPeriod period(ReportingPeriod p) {
    switch (p.kind()) {
      case WEEK:
        return ReportingPeriod.calendarWeek();
      case MONTH:
        return ReportingPeriod.calendarMonth();
      case QUARTER:
        return ReportingPeriod.calendarQuarter();
      case YEAR:
        return ReportingPeriod.calendarYear();
      default:
        return ReportingPeriod.rollingDays(p.rollingDays());
    }
  }

  static Indicator indicator(Indicator i) {
    switch (i.kind()) {
      case OCCURRENCES:
        return Indicator.samplesMeeting(i.goodComparison().orElseThrow(), i.goodThreshold().orElseThrow());
      case PERCENTILE:
        return Indicator.percentile(i.percentile().orElseThrow());
      case MEAN:
        return Indicator.mean();
      case MAX:
        return Indicator.max();
      case RATIO:
        return Indicator.ratio();
      case RATIO_TIMESLICES:
        return Indicator.ratioTimeslices(i.slice().orElseThrow()).withEmptySlices(i.emptySlices());
      default:
        return Indicator.timeslices(
                i.slice().orElseThrow(),
                i.goodComparison().orElseThrow(),
                i.goodThreshold().orElseThrow())
            .withEmptySlices(i.emptySlices());
    }
  }

  // ---- credits and termination ----------------------------------------------------------------

  static CreditPolicy creditPolicy(CreditPolicy p) {
    return builder(p).build();
  }

  static CreditPolicy.Builder builder(CreditPolicy p, String... except) {
    Except x =
        new Except(
            "CreditPolicy",
            Set.of("fee", "currency", "billingPeriod", "targets", "combination", "capPercent",
                "minimumPayout"),
            except);
    CreditPolicy.Builder b = CreditPolicy.builder();
    if (x.sets("fee")) {
      b.fee(p.fee());
    }
    if (x.sets("currency")) {
      b.currency(p.currency());
    }
    if (x.sets("billingPeriod")) {
      b.billingPeriod(period(p.billingPeriod()));
    }
    if (x.sets("targets")) {
      b.addAllTargets(each(p.targets(), Rebuild::targetCredits));
    }
    if (x.sets("combination")) {
      b.combination(p.combination());
    }
    if (x.sets("capPercent")) {
      b.capPercent(p.capPercent());
    }
    if (x.sets("minimumPayout")) {
      b.minimumPayout(p.minimumPayout());
    }
    return b;
  }

  static TargetCredits targetCredits(TargetCredits c) {
    return TargetCredits.of(c.targetId(), each(c.tiers(), Rebuild::tier));
  }

  static CreditTier tier(CreditTier t) {
    if (t.fromInclusive().isEmpty()) {
      return CreditTier.below(t.toExclusive().orElseThrow(), t.creditPercent());
    }
    if (t.toExclusive().isEmpty()) {
      return CreditTier.atOrAbove(t.fromInclusive().get(), t.creditPercent());
    }
    return CreditTier.between(t.fromInclusive().get(), t.toExclusive().get(), t.creditPercent());
  }

  static TerminationRule terminationRule(TerminationRule t) {
    return TerminationRule.breachesWithin(t.breaches(), t.periods(), t.targets().toArray(new String[0]))
        .withHolder(t.holder());
  }
}
