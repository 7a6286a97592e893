package dev.servicelevel.testkit;

import static dev.servicelevel.testkit.Mutation.ID_RULE;
import static dev.servicelevel.testkit.Mutation.MISSING;
import static dev.servicelevel.testkit.Mutation.badId;
import static dev.servicelevel.testkit.Mutation.blank;
import static dev.servicelevel.testkit.Mutation.dec;
import static dev.servicelevel.testkit.Mutation.incomplete;
import static dev.servicelevel.testkit.Mutation.notPositive;
import static dev.servicelevel.testkit.Mutation.nullRejected;
import static dev.servicelevel.testkit.Mutation.pick;
import static dev.servicelevel.testkit.Mutation.plus;
import static dev.servicelevel.testkit.Mutation.rebuiltWith;
import static dev.servicelevel.testkit.Mutation.rejected;
import static dev.servicelevel.testkit.Mutation.rejectedMatching;
import static dev.servicelevel.testkit.Mutation.replaced;
import static dev.servicelevel.testkit.Mutation.sla;
import static dev.servicelevel.testkit.Mutation.slot;
import static dev.servicelevel.testkit.Mutation.supporters;
import static dev.servicelevel.testkit.Mutation.withSupporters;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.EscalationLevel;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
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
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerThreshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.function.Executable;
import org.threeten.extra.LocalDateRange;

/**
 * Mutations that break the rules of agreements, chains, parties, services, windows, credits,
 * termination rules, escalation and review, and of nulls and missing attributes; each applied to
 * an agreement of a generated chain through the public API.
 */
final class AgreementMutations {

  private static final List<ReportingPeriod> CALENDAR_PERIODS =
      List.of(ReportingPeriod.calendarWeek(), ReportingPeriod.calendarMonth(),
          ReportingPeriod.calendarQuarter(), ReportingPeriod.calendarYear());
  private static final List<Currency> CURRENCIES_WITH_DIGITS =
      List.of(Currency.getInstance("EUR"), Currency.getInstance("JPY"), Currency.getInstance("BHD"));

  private AgreementMutations() {}

  static List<Mutation> all() {
    List<Mutation> all = new ArrayList<>();
    all.addAll(agreement());
    all.addAll(chain());
    all.addAll(parts());
    all.addAll(credits());
    all.addAll(missing());
    return all;
  }

  // ---- the agreement's own rules --------------------------------------------------------------

  private static List<Mutation> agreement() {
    return List.of(
        new Mutation("agreement id malformed", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String bad = badId(r);
          return rejected("id of " + a.id() + " set to '" + bad + "'", "Agreement id" + ID_RULE + bad + "'",
              () -> Rebuild.builder(a, "id").id(bad).build());
        }),
        new Mutation("agreement title blank", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String bad = blank(r);
          return rejected("title of " + a.id(), "Agreement title must not be blank: '" + bad + "'",
              () -> Rebuild.builder(a, "title").title(bad).build());
        }),
        new Mutation("customer is the provider", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          Party customer = Party.of(a.provider().id(), "Someone else");
          return rejected("customer of " + a.id(),
              "Provider and customer must be different parties: " + a.provider().id(),
              () -> Rebuild.builder(a, "customer").customer(customer).build());
        }),
        new Mutation("validity empty", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          LocalDate day = a.validity().getStart();
          LocalDateRange empty = LocalDateRange.of(day, day);
          return rejected("validity of " + a.id(), "Validity must not be empty: " + empty,
              () -> Rebuild.builder(a, "validity").validity(empty).build());
        }),
        new Mutation("no service", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          return rejected("services of " + a.id(), "An agreement needs at least one service: " + a.id(),
              () -> a.withServices(List.of()));
        }),
        new Mutation("duplicate service id", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          Service twin = Service.of(pick(r, a.services()).id(), "Another service");
          return rejected("services of " + a.id(), "Service id must be unique: " + twin.id(),
              () -> a.withServices(plus(a.services(), twin)));
        }),
        new Mutation("duplicate window name", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          ServiceWindow w = pick(r, a.windows());
          ServiceWindow twin = w.complement(w.name());
          return rejected("windows of " + a.id(), "Window name must be unique: " + w.name(),
              () -> a.withWindows(plus(a.windows(), twin)));
        }),
        new Mutation("duplicate target id", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          MetricTarget t = pick(r, a.targets());
          MetricTarget twin = r.nextInt(2) == 0
              ? Rebuild.target(t)
              : AgreementGens.measurementTarget(r, t.id(), t.service(), t.window());
          return rejected("targets of " + a.id(), "Target id must be unique: " + t.id(),
              () -> a.withTargets(plus(a.targets(), twin)));
        }),
        new Mutation("duplicate escalation level name", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          List<EscalationLevel> levels = new ArrayList<>(a.escalation());
          if (levels.isEmpty()) {
            levels.add(AgreementGens.escalationLevel(r));
          }
          EscalationLevel twin = EscalationLevel.of(pick(r, levels).name(), "someone@else.example");
          return rejected("escalation of " + a.id(), "Escalation level name must be unique: " + twin.name(),
              () -> a.withEscalation(plus(levels, twin)));
        }),
        new Mutation("target names an unknown service", (r, chain) -> {
          Mutation.Slot<MetricTarget> s = slot(r, pick(r, chain.agreements()), MetricTarget.class);
          return rejected("service of " + s.target().id(),
              "Target names an unknown service: " + s.target().id() + " / " + MISSING,
              () -> s.with(rebuiltWith(s.target(), "service", MISSING)));
        }),
        new Mutation("target names an unknown window", (r, chain) -> {
          Mutation.Slot<MetricTarget> s = slot(r, pick(r, chain.agreements()), MetricTarget.class);
          return rejected("window of " + s.target().id(),
              "Target names an unknown window: " + s.target().id() + " / " + MISSING,
              () -> s.with(rebuiltWith(s.target(), "window", MISSING)));
        }),
        new Mutation("SLA target supports another target", (r, chain) -> {
          Optional<Agreement> supporter = supporters(chain.agreements()).stream()
              .filter(a -> a.targets().stream().anyMatch(t -> !t.supports().isEmpty()))
              .findFirst();
          if (supporter.isPresent() && r.nextInt(2) == 0) {
            Agreement a = supporter.get();
            MetricTarget first = a.targets().stream().filter(t -> !t.supports().isEmpty()).findFirst().orElseThrow();
            return rejected(a.id() + " made an SLA",
                "Only OLAs and underpinning contracts support other targets: " + first.id() + " / "
                    + first.supports(),
                () -> Rebuild.builder(a, "kind").kind(AgreementKind.SLA).build());
          }
          Mutation.Slot<MetricTarget> s = slot(r, sla(chain), MetricTarget.class);
          TargetRef ref = TargetRef.of("other-sla", "t1");
          return rejected("supports of " + s.target().id(),
              "Only OLAs and underpinning contracts support other targets: " + s.target().id() + " / [" + ref + "]",
              () -> s.with(rebuiltWith(s.target(), "supports", List.of(ref))));
        }),
        new Mutation("target supports a target of its own agreement", (r, chain) -> {
          Agreement a = pick(r, supporters(withSupporters(r, chain, 1)));
          Mutation.Slot<MetricTarget> s = slot(r, a, MetricTarget.class);
          TargetRef own = TargetRef.of(a.id(), pick(r, a.targets()).id());
          return rejected("supports of " + s.target().id(),
              "A target cannot support a target of its own agreement: " + s.target().id() + " / " + own,
              () -> s.with(rebuiltWith(s.target(), "supports", plus(s.target().supports(), own))));
        }),
        new Mutation("threshold names a missing escalation level", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          Optional<TicketTimerTarget> leveled = a.targets().stream()
              .filter(TicketTimerTarget.class::isInstance).map(TicketTimerTarget.class::cast)
              .filter(t -> t.thresholds().stream().anyMatch(th -> th.escalationLevel().isPresent()))
              .findFirst();
          if (leveled.isPresent() && r.nextInt(2) == 0) {
            TimerThreshold first = leveled.get().thresholds().stream()
                .filter(th -> th.escalationLevel().isPresent()).findFirst().orElseThrow();
            return rejected("escalation of " + a.id() + " removed",
                "Timer threshold names an escalation level the agreement lacks: " + leveled.get().id()
                    + " / " + first + " / 0 levels",
                () -> a.withEscalation(List.of()));
          }
          Mutation.Slot<TicketTimerTarget> s = slot(r, a, TicketTimerTarget.class);
          int levels = a.escalation().size();
          TimerThreshold beyond = (r.nextInt(2) == 0
              ? TimerThreshold.escalationAt(dec("90"))
              : TimerThreshold.escalationBefore(BusinessDuration.businessMinutes(15)))
              .atLevel(levels + 1 + r.nextInt(3));
          return rejected("thresholds of " + s.target().id(),
              "Timer threshold names an escalation level the agreement lacks: " + s.target().id()
                  + " / " + beyond + " / " + levels + " levels",
              () -> s.with(Rebuild.builder(s.target(), "thresholds")
                  .addAllThresholds(plus(s.target().thresholds(), beyond)).build()));
        }),
        new Mutation("credit tiers for an unknown target", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          CreditPolicy p = policyOf(r, a);
          TargetCredits unknown = AgreementGens.targetCredits(r, MISSING);
          return rejected("credit policy of " + a.id(), "Credit tiers name an unknown target: " + MISSING,
              () -> a.withCreditPolicy(Rebuild.builder(p, "targets")
                  .addAllTargets(plus(p.targets(), unknown)).build()));
        }),
        new Mutation("credited target not reported per billing period", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          MetricTarget t = pick(r, a.targets());
          List<ReportingPeriod> others = new ArrayList<>(CALENDAR_PERIODS);
          others.remove(t.period());
          ReportingPeriod billing = pick(r, others);
          CreditPolicy p = policyOf(r, a);
          TargetCredits credits = AgreementGens.targetCredits(r, t.id());
          return rejected("billing of " + a.id(),
              "A target with credit tiers must be reported per billing period: " + t.id() + " / "
                  + t.period() + " / " + billing,
              () -> a.withCreditPolicy(Rebuild.builder(p, "targets", "billingPeriod")
                  .billingPeriod(billing).addTargets(credits).build()));
        }),
        new Mutation("termination rule names an unknown target", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          TerminationRule rule = r.nextInt(2) == 0
              ? TerminationRule.consecutiveBreaches(1 + r.nextInt(3), MISSING)
              : TerminationRule.breachesWithin(1, 2, pick(r, a.targets()).id(), MISSING);
          return rejected("termination of " + a.id(), "Termination rule names an unknown target: " + MISSING,
              () -> a.withTerminationRules(plus(a.terminationRules(), rule)));
        }));
  }

  /** The agreement's credit policy, or a new one with no tiers when it has none. */
  private static CreditPolicy policyOf(RandomGenerator r, Agreement a) {
    return a.creditPolicy().orElseGet(
        () -> AgreementGens.creditPolicy(r, ReportingPeriod.calendarMonth(), List.of()));
  }

  // ---- the chain's rules ----------------------------------------------------------------------

  private static List<Mutation> chain() {
    return List.of(
        new Mutation("duplicate agreement id in a chain", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          List<Agreement> agreements = new ArrayList<>(chain.agreements());
          agreements.add(r.nextInt(agreements.size() + 1), Rebuild.agreement(a));
          return rejected("chain with " + a.id() + " twice", "Agreement id must be unique: " + a.id(),
              () -> AgreementChain.of(agreements));
        }),
        new Mutation("support of an unknown target within the chain", (r, chain) -> {
          List<Agreement> agreements = withSupporters(r, chain, 1);
          Agreement a = pick(r, supporters(agreements));
          Agreement other = pick(r, agreements.stream().filter(x -> x != a).toList());
          MetricTarget t = pick(r, a.targets());
          TargetRef ref = TargetRef.of(other.id(), MISSING);
          Agreement broken = a.withTargets(replaced(a.targets(), t,
              rebuiltWith(t, "supports", plus(t.supports(), ref))));
          return rejected("supports of " + a.id() + "/" + t.id(),
              "Target supports an unknown target: " + TargetRef.of(a.id(), t.id()) + " / " + ref,
              () -> AgreementChain.of(replaced(agreements, a, broken)));
        }),
        new Mutation("support of a target of another family", (r, chain) -> {
          List<Agreement> agreements = withSupporters(r, chain, 1);
          Agreement a = pick(r, supporters(agreements));
          Agreement other = pick(r, agreements.stream().filter(x -> x != a).toList());
          MetricTarget supported = pick(r, other.targets());
          List<String> families = new ArrayList<>(List.of("availability", "ticket timer", "measurement"));
          families.remove(family(supported));
          String family = pick(r, families);
          MetricTarget fresh = rebuiltWith(target(r, family, a),
              "supports", List.of(TargetRef.of(other.id(), supported.id())));
          Agreement broken = a.withTargets(plus(a.targets(), fresh));
          return rejected(a.id() + "/fresh-t supports " + other.id() + "/" + supported.id(),
              "A target supports only targets of its own family: " + a.id() + "/fresh-t (" + family
                  + ") / " + other.id() + "/" + supported.id() + " (" + family(supported) + ")",
              () -> AgreementChain.of(replaced(agreements, a, broken)));
        }),
        new Mutation("support references form a cycle", (r, chain) -> {
          List<Agreement> agreements = withSupporters(r, chain, 2);
          List<Agreement> supporters = supporters(agreements);
          int i = r.nextInt(supporters.size());
          int j = (i + 1 + r.nextInt(supporters.size() - 1)) % supporters.size();
          Agreement a = supporters.get(i);
          Agreement b = supporters.get(j);
          String family = pick(r, "availability", "ticket timer", "measurement");
          TargetRef toA = TargetRef.of(a.id(), "fresh-t");
          TargetRef toB = TargetRef.of(b.id(), "fresh-t");
          Agreement brokenA = a.withTargets(plus(a.targets(),
              rebuiltWith(target(r, family, a), "supports", List.of(toB))));
          Agreement brokenB = b.withTargets(plus(b.targets(),
              rebuiltWith(target(r, family, b), "supports", List.of(toA))));
          List<Agreement> broken = replaced(replaced(agreements, a, brokenA), b, brokenB);
          String prefix = "Support references must not form a cycle: [";
          return rejectedMatching("cycle " + toA + " <-> " + toB,
              "a message starting <" + prefix + "> naming " + toA + " and " + toB,
              m -> m.startsWith(prefix) && m.contains(toA.toString()) && m.contains(toB.toString()),
              () -> AgreementChain.of(broken));
        }));
  }

  private static String family(MetricTarget t) {
    if (t instanceof AvailabilityTarget) {
      return "availability";
    }
    return t instanceof TicketTimerTarget ? "ticket timer" : "measurement";
  }

  /** A new target of a family in an agreement, with the id {@code fresh-t}. */
  private static MetricTarget target(RandomGenerator r, String family, Agreement a) {
    String service = a.services().get(0).id();
    String window = a.windows().get(0).name();
    switch (family) {
      case "availability":
        return AgreementGens.availabilityTarget(r, "fresh-t", service, window);
      case "ticket timer":
        return AgreementGens.ticketTimerTarget(r, "fresh-t", service, window, a.escalation().size());
      default:
        return AgreementGens.measurementTarget(r, "fresh-t", service, window);
    }
  }

  // ---- parties, services, windows, termination, escalation, review, responsibilities ----------

  private static List<Mutation> parts() {
    return List.of(
        new Mutation("party id malformed", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String bad = badId(r);
          boolean provider = r.nextInt(2) == 0;
          return rejected((provider ? "provider" : "customer") + " of " + a.id(), "Party id" + ID_RULE + bad + "'",
              () -> withParty(a, provider, Party.of(bad, "Party")));
        }),
        new Mutation("party name blank", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String bad = blank(r);
          boolean provider = r.nextInt(2) == 0;
          return rejected((provider ? "provider" : "customer") + " of " + a.id(),
              "Party name must not be blank: '" + bad + "'",
              () -> withParty(a, provider, Party.of(provider ? a.provider().id() : a.customer().id(), bad)));
        }),
        new Mutation("service id malformed", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          Service s = pick(r, a.services());
          String bad = badId(r);
          return rejected("id of service " + s.id(), "Service id" + ID_RULE + bad + "'",
              () -> a.withServices(replaced(a.services(), s, Rebuild.builder(s, "id").id(bad).build())));
        }),
        new Mutation("service name blank", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          Service s = pick(r, a.services());
          String bad = blank(r);
          return rejected("name of service " + s.id(), "Service name must not be blank: '" + bad + "'",
              () -> a.withServices(replaced(a.services(), s, Rebuild.builder(s, "name").name(bad).build())));
        }),
        new Mutation("service item blank", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          Service s = pick(r, a.services());
          String bad = blank(r);
          if (r.nextInt(2) == 0) {
            return rejected("included items of " + s.id(), "Included item must not be blank: '" + bad + "'",
                () -> a.withServices(replaced(a.services(), s,
                    Rebuild.builder(s, "included").addAllIncluded(plus(s.included(), bad)).build())));
          }
          return rejected("excluded items of " + s.id(), "Excluded item must not be blank: '" + bad + "'",
              () -> a.withServices(replaced(a.services(), s,
                  Rebuild.builder(s, "excluded").addAllExcluded(plus(s.excluded(), bad)).build())));
        }),
        new Mutation("service item both included and excluded", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          Service s = pick(r, a.services());
          String item = "both ways";
          return rejected("items of " + s.id(),
              "An item cannot be both included and excluded: " + s.id() + " / " + item,
              () -> a.withServices(replaced(a.services(), s, Rebuild.builder(s, "included", "excluded")
                  .addAllIncluded(plus(s.included(), item)).addAllExcluded(plus(s.excluded(), item)).build())));
        }),
        new Mutation("service weight not positive", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          Service s = pick(r, a.services());
          BigDecimal bad = notPositive(r);
          return rejected("weight of " + s.id(), "Service weight must be positive: " + bad.toPlainString(),
              () -> a.withServices(replaced(a.services(), s, Rebuild.builder(s, "weight").weight(bad).build())));
        }),
        new Mutation("window name malformed", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          ServiceWindow w = pick(r, a.windows());
          String bad = badId(r);
          boolean complement = r.nextInt(2) == 0;
          return rejected("name of window " + w.name(), "Window name" + ID_RULE + bad + "'",
              () -> a.withWindows(replaced(a.windows(), w,
                  complement ? w.complement(bad) : ServiceWindow.of(bad, w.calendar()))));
        }),
        new Mutation("termination rule without a target", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          int periods = 1 + r.nextInt(4);
          return rejected("termination of " + a.id(),
              "A termination rule needs a target: CUSTOMER may terminate when [] is breached in "
                  + periods + " consecutive periods",
              () -> a.withTerminationRules(plus(a.terminationRules(), TerminationRule.consecutiveBreaches(periods))));
        }),
        new Mutation("termination rule target id malformed", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String bad = badId(r);
          return rejected("termination of " + a.id(), "Target id" + ID_RULE + bad + "'",
              () -> a.withTerminationRules(plus(a.terminationRules(), TerminationRule.consecutiveBreaches(2, bad))));
        }),
        new Mutation("termination breaches below 1", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String id = pick(r, a.targets()).id();
          int breaches = -r.nextInt(3);
          int periods = r.nextInt(2) == 0 ? breaches : 1 + r.nextInt(4);
          return rejected("termination of " + a.id(),
              "Termination breaches must be at least 1 and at most the periods looked at: " + breaches
                  + " / " + periods,
              () -> a.withTerminationRules(plus(a.terminationRules(),
                  TerminationRule.breachesWithin(breaches, periods, id))));
        }),
        new Mutation("termination breaches above the periods looked at", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String id = pick(r, a.targets()).id();
          int periods = 1 + r.nextInt(5);
          int breaches = periods + 1 + r.nextInt(3);
          return rejected("termination of " + a.id(),
              "Termination breaches must be at least 1 and at most the periods looked at: " + breaches
                  + " / " + periods,
              () -> a.withTerminationRules(plus(a.terminationRules(),
                  TerminationRule.breachesWithin(breaches, periods, id))));
        }),
        new Mutation("escalation level name blank", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String bad = blank(r);
          return rejected("escalation of " + a.id(), "Escalation level name must not be blank: '" + bad + "'",
              () -> a.withEscalation(plus(a.escalation(), EscalationLevel.of(bad, "duty@provider.example"))));
        }),
        new Mutation("escalation level without contact", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          return rejected("escalation of " + a.id(), "An escalation level needs a contact: Fresh level",
              () -> a.withEscalation(plus(a.escalation(), EscalationLevel.of("Fresh level", List.of()))));
        }),
        new Mutation("escalation contact blank", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String bad = blank(r);
          return rejected("escalation of " + a.id(), "Escalation contact must not be blank: '" + bad + "'",
              () -> a.withEscalation(plus(a.escalation(),
                  EscalationLevel.of("Fresh level", "duty@provider.example", bad))));
        }),
        new Mutation("review participant blank", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          ReviewSchedule s = a.reviewSchedule().orElseGet(() -> AgreementGens.reviewSchedule(r));
          String bad = blank(r);
          return rejected("review of " + a.id(), "Review participant must not be blank: '" + bad + "'",
              () -> Rebuild.builder(a, "reviewSchedule")
                  .reviewSchedule(ReviewSchedule.of(s.cadence(), plus(s.participants(), bad))).build());
        }),
        new Mutation("responsibility blank", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String bad = blank(r);
          PartyRole party = pick(r, PartyRole.values());
          return rejected("responsibilities of " + a.id(), "Responsibility must not be blank: '" + bad + "'",
              () -> Rebuild.builder(a, "responsibilities")
                  .addAllResponsibilities(plus(a.responsibilities(), Responsibility.of(party, bad))).build());
        }));
  }

  private static Agreement withParty(Agreement a, boolean provider, Party party) {
    return provider
        ? Rebuild.builder(a, "provider").provider(party).build()
        : Rebuild.builder(a, "customer").customer(party).build();
  }

  // ---- credits --------------------------------------------------------------------------------

  /** A mutation of the agreement's credit policy, or of a new one when it has none. */
  private interface PolicyBreakage {
    Mutation.Breakage apply(RandomGenerator r, Agreement a, CreditPolicy p);
  }

  private static Mutation policy(String name, PolicyBreakage breakage) {
    return new Mutation(name, (r, chain) -> {
      Agreement a = pick(r, chain.agreements());
      return breakage.apply(r, a, policyOf(r, a));
    });
  }

  /** Builds the agreement with a policy rebuilt from a builder. */
  private static Executable withPolicy(Agreement a, Supplier<CreditPolicy> policy) {
    return () -> a.withCreditPolicy(policy.get());
  }

  /** Builds the agreement with the policy's tiers for one target replaced (or added). */
  private static Executable withTiers(
      Agreement a, CreditPolicy p, TargetCredits old, Supplier<TargetCredits> tiers) {
    return () -> {
      List<TargetCredits> targets = new ArrayList<>(p.targets());
      targets.remove(old);
      targets.add(tiers.get());
      a.withCreditPolicy(Rebuild.builder(p, "targets").addAllTargets(targets).build());
    };
  }

  /** Tiers of the policy to break that fit: one of its own, or three fixed tiers for a target. */
  private static TargetCredits tiersOf(
      RandomGenerator r, Agreement a, CreditPolicy p, Predicate<TargetCredits> fits) {
    List<TargetCredits> fitting = p.targets().stream().filter(fits).toList();
    if (!fitting.isEmpty() && r.nextInt(4) > 0) {
      return pick(r, fitting);
    }
    return TargetCredits.of(pick(r, a.targets()).id(),
        CreditTier.below(dec("95"), dec("30")),
        CreditTier.between(dec("95"), dec("99"), dec("15")),
        CreditTier.between(dec("99"), dec("99.9"), dec("5")));
  }

  private static List<Mutation> credits() {
    return List.of(
        policy("fee not positive", (r, a, p) -> {
          BigDecimal bad = notPositive(r);
          return rejected("fee of " + a.id(), "Fee must be positive: " + bad.toPlainString(),
              withPolicy(a, () -> Rebuild.builder(p, "fee").fee(bad).build()));
        }),
        policy("fee with more decimals than the currency", (r, a, p) -> {
          Currency c = pick(r, CURRENCIES_WITH_DIGITS);
          BigDecimal bad = BigDecimal.ONE.add(BigDecimal.ONE.movePointLeft(c.getDefaultFractionDigits() + 1));
          return rejected("fee of " + a.id(), "Fee has more decimals than " + c + " uses: " + bad.toPlainString(),
              withPolicy(a, () -> Rebuild.builder(p, "fee", "currency").currency(c).fee(bad).build()));
        }),
        policy("rolling billing period", (r, a, p) -> {
          ReportingPeriod rolling = ReportingPeriod.rollingDays(pick(r, 30, 1, 7));
          return rejected("billing of " + a.id(),
              "Billing period must be a calendar week, month, quarter or year: " + rolling,
              withPolicy(a, () -> Rebuild.builder(p, "billingPeriod").billingPeriod(rolling).build()));
        }),
        policy("duplicate credit target", (r, a, p) -> {
          String id = p.targets().isEmpty() ? pick(r, a.targets()).id() : pick(r, p.targets()).targetId();
          List<TargetCredits> targets = new ArrayList<>(p.targets());
          if (p.targets().isEmpty()) {
            targets.add(AgreementGens.targetCredits(r, id));
          }
          targets.add(AgreementGens.targetCredits(r, id));
          return rejected("credit policy of " + a.id(), "Credit tiers' target must be unique: " + id,
              withPolicy(a, () -> Rebuild.builder(p, "targets").addAllTargets(targets).build()));
        }),
        policy("negative credit cap", (r, a, p) -> {
          BigDecimal bad = dec(pick(r, "-0.01", "-1", "-100"));
          return rejected("cap of " + a.id(), "Credit cap must be at least 0 %: " + bad.toPlainString(),
              withPolicy(a, () -> Rebuild.builder(p, "capPercent").capPercent(bad).build()));
        }),
        policy("minimum payout not positive", (r, a, p) -> {
          BigDecimal bad = notPositive(r);
          return rejected("payout of " + a.id(), "Minimum payout must be positive: " + bad.toPlainString(),
              withPolicy(a, () -> Rebuild.builder(p, "minimumPayout").minimumPayout(bad).build()));
        }),
        policy("minimum payout with more decimals than the currency", (r, a, p) -> {
          Currency c = pick(r, CURRENCIES_WITH_DIGITS);
          BigDecimal bad = BigDecimal.ONE.add(BigDecimal.ONE.movePointLeft(c.getDefaultFractionDigits() + 1));
          return rejected("payout of " + a.id(),
              "Minimum payout has more decimals than " + c + " uses: " + bad.toPlainString(),
              withPolicy(a, () -> Rebuild.builder(p, "fee", "currency", "minimumPayout")
                  .currency(c).fee(dec("1000")).minimumPayout(bad).build()));
        }),
        policy("credit tier bounds not ascending", (r, a, p) -> {
          TargetCredits old = tiersOf(r, a, p, c -> true);
          BigDecimal from = dec(pick(r, "99.9", "0", "500"));
          BigDecimal to = from.subtract(dec(pick(r, "0", "0.1", "10")));
          BigDecimal credit = dec("10");
          return rejected("tiers of " + old.targetId(),
              "Credit tier lower bound must be below its upper bound: [" + from.toPlainString() + ", "
                  + to.toPlainString() + ") -> 10 %",
              withTiers(a, p, old, () -> TargetCredits.of(old.targetId(),
                  plus(old.tiers(), CreditTier.between(from, to, credit)))));
        }),
        policy("credit outside (0, 100]", (r, a, p) -> {
          TargetCredits old = tiersOf(r, a, p, c -> true);
          BigDecimal bad = Mutation.badShare(r);
          boolean below = r.nextInt(2) == 0;
          return rejected("tiers of " + old.targetId(),
              "Credit must be more than 0 and at most 100 %: " + bad.toPlainString(),
              withTiers(a, p, old, () -> TargetCredits.of(old.targetId(),
                  below ? CreditTier.below(dec("50"), bad) : CreditTier.atOrAbove(dec("50"), bad))));
        }),
        policy("credit tiers for a malformed target id", (r, a, p) -> {
          TargetCredits old = tiersOf(r, a, p, c -> true);
          String bad = badId(r);
          return rejected("tiers of " + old.targetId(), "Target id" + ID_RULE + bad + "'",
              withTiers(a, p, old, () -> TargetCredits.of(bad, old.tiers())));
        }),
        policy("credit tiers without a tier", (r, a, p) -> {
          TargetCredits old = tiersOf(r, a, p, c -> true);
          return rejected("tiers of " + old.targetId(), "Credit tiers need at least one tier: " + old.targetId(),
              withTiers(a, p, old, () -> TargetCredits.of(old.targetId(), List.of())));
        }),
        policy("credit tiers out of order", (r, a, p) -> {
          TargetCredits old = tiersOf(r, a, p, c -> c.tiers().size() >= 2);
          int i = r.nextInt(old.tiers().size() - 1);
          List<CreditTier> swapped = new ArrayList<>(old.tiers());
          swapped.set(i, old.tiers().get(i + 1));
          swapped.set(i + 1, old.tiers().get(i));
          return rejected("tiers of " + old.targetId(),
              "Credit tiers must be in ascending order without overlap: " + old.targetId() + " / "
                  + old.tiers().get(i + 1) + " / " + old.tiers().get(i),
              withTiers(a, p, old, () -> TargetCredits.of(old.targetId(), swapped)));
        }),
        policy("credit tiers overlap", (r, a, p) -> {
          TargetCredits base = tiersOf(r, a, p,
              c -> c.tiers().stream().anyMatch(t -> t.toExclusive().isPresent()));
          List<Integer> bounded = new ArrayList<>();
          for (int k = 0; k < base.tiers().size(); k++) {
            if (base.tiers().get(k).toExclusive().isPresent()) {
              bounded.add(k);
            }
          }
          int i = pick(r, bounded);
          CreditTier tier = base.tiers().get(i);
          BigDecimal to = tier.toExclusive().orElseThrow();
          BigDecimal from = tier.fromInclusive().isPresent()
              ? tier.fromInclusive().get().add(to).divide(BigDecimal.valueOf(2))
              : to.subtract(BigDecimal.ONE);
          CreditTier inside = CreditTier.between(from, to.add(BigDecimal.ONE), dec("5"));
          List<CreditTier> overlapping = new ArrayList<>(base.tiers());
          overlapping.add(i + 1, inside);
          return rejected("tiers of " + base.targetId(),
              "Credit tiers must be in ascending order without overlap: " + base.targetId() + " / "
                  + tier + " / " + inside,
              withTiers(a, p, base, () -> TargetCredits.of(base.targetId(), overlapping)));
        }));
  }

  // ---- nulls and missing attributes -----------------------------------------------------------

  private static final List<String> REQUIRED =
      List.of("id", "kind", "title", "provider", "customer", "validity", "zone");

  private static List<Mutation> missing() {
    return List.of(
        new Mutation("null agreement attribute", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String attribute = pick(r, plus(plus(REQUIRED, "creditPolicy"), "reviewSchedule"));
          return nullRejected(attribute + " of " + a.id(), attribute, () -> {
            Agreement.Builder b = Rebuild.builder(a, attribute);
            switch (attribute) {
              case "id":
                b.id(null);
                break;
              case "kind":
                b.kind(null);
                break;
              case "title":
                b.title(null);
                break;
              case "provider":
                b.provider(null);
                break;
              case "customer":
                b.customer(null);
                break;
              case "validity":
                b.validity(null);
                break;
              case "zone":
                b.zone(null);
                break;
              case "creditPolicy":
                b.creditPolicy((CreditPolicy) null);
                break;
              default:
                b.reviewSchedule((ReviewSchedule) null);
                break;
            }
          });
        }),
        new Mutation("null element of an agreement list", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String list = pick(r, "services", "windows", "targets", "terminationRules",
              "responsibilities", "escalation");
          return nullRejected(list + " of " + a.id(), list + " element", () -> {
            Agreement.Builder b = Rebuild.builder(a);
            switch (list) {
              case "services":
                b.addServices((Service) null);
                break;
              case "windows":
                b.addWindows((ServiceWindow) null);
                break;
              case "targets":
                b.addTargets((MetricTarget) null);
                break;
              case "terminationRules":
                b.addTerminationRules((TerminationRule) null);
                break;
              case "responsibilities":
                b.addResponsibilities((Responsibility) null);
                break;
              default:
                b.addEscalation((EscalationLevel) null);
                break;
            }
          });
        }),
        new Mutation("null factory argument", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          Mutation.Slot<TicketTimerTarget> timer = slot(r, a, TicketTimerTarget.class);
          Mutation.Slot<MeasurementTarget> measurement = slot(r, a, MeasurementTarget.class);
          TicketTimerTarget t = timer.target();
          TimerGoal goal = pick(r, t.goals());
          switch (r.nextInt(8)) {
            case 0:
              return nullRejected("provider of " + a.id(), "id",
                  () -> withParty(a, true, Party.of(null, "Party")));
            case 1:
              return nullRejected("customer of " + a.id(), "name",
                  () -> withParty(a, false, Party.of("party", null)));
            case 2:
              return nullRejected("windows of " + a.id(), "calendar",
                  () -> a.withWindows(plus(a.windows(), ServiceWindow.of("fresh-window", null))));
            case 3:
              return nullRejected("start of " + t.id(), "value",
                  () -> timer.with(Rebuild.builder(t, "startWhen")
                      .startWhen(Condition.fieldIs("priority", null)).build()));
            case 4:
              return nullRejected("goals of " + t.id(), "time",
                  () -> timer.with(Rebuild.builder(t, "goals").addAllGoals(plus(t.goals(),
                      TimerGoal.of(goal.when(), BusinessDuration.elapsed(null)))).build()));
            case 5:
              return nullRejected("goals of " + t.id(), "when",
                  () -> timer.with(Rebuild.builder(t, "goals").addAllGoals(plus(t.goals(),
                      TimerGoal.of(null, goal.within()))).build()));
            case 6:
              return nullRejected("indicator of " + measurement.target().id(), "percent",
                  () -> measurement.with(Rebuild.builder(measurement.target(), "indicator")
                      .indicator(Indicator.percentile(null)).build()));
            default:
              return nullRejected("supports of " + t.id(), "agreementId",
                  () -> timer.with(rebuiltWith(t, "supports", List.of(TargetRef.of(null, "t1")))));
          }
        }),
        new Mutation("required agreement attribute missing", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          String attribute = pick(r, REQUIRED);
          return incomplete(attribute + " of " + a.id(),
              "Agreement is missing required field: " + attribute,
              () -> Rebuild.builder(a, attribute).build());
        }));
  }
}
