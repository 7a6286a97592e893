package dev.servicelevel.testkit;

import static dev.servicelevel.testkit.Mutation.FIELD_RULE;
import static dev.servicelevel.testkit.Mutation.ID_RULE;
import static dev.servicelevel.testkit.Mutation.badField;
import static dev.servicelevel.testkit.Mutation.badId;
import static dev.servicelevel.testkit.Mutation.badPercentage;
import static dev.servicelevel.testkit.Mutation.badShare;
import static dev.servicelevel.testkit.Mutation.blank;
import static dev.servicelevel.testkit.Mutation.dec;
import static dev.servicelevel.testkit.Mutation.notPositiveDuration;
import static dev.servicelevel.testkit.Mutation.pick;
import static dev.servicelevel.testkit.Mutation.plus;
import static dev.servicelevel.testkit.Mutation.rebuiltWith;
import static dev.servicelevel.testkit.Mutation.rejected;
import static dev.servicelevel.testkit.Mutation.rejectedMatching;
import static dev.servicelevel.testkit.Mutation.replacedAt;
import static dev.servicelevel.testkit.Mutation.sla;
import static dev.servicelevel.testkit.Mutation.slot;
import static dev.servicelevel.testkit.Mutation.supporters;
import static dev.servicelevel.testkit.Mutation.withSupporters;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Mutations that break the rules of metric targets and the values they hold (indicators,
 * periods, conditions, business durations, thresholds, timer kinds, support references); each
 * applied to a target of an agreement of a generated chain, or to a new target added to it,
 * through the public API.
 */
final class TargetMutations {

  private TargetMutations() {}

  static List<Mutation> all() {
    List<Mutation> all = new ArrayList<>();
    all.addAll(shared());
    all.addAll(families());
    all.addAll(values());
    all.addAll(conditions());
    all.addAll(thresholds());
    return all;
  }

  // ---- attributes every target shares ---------------------------------------------------------

  /** A mutation that replaces one attribute of any target with a broken value. */
  private static Mutation sharedAttribute(
      String name, String attribute, Function<RandomGenerator, Object> bad, Function<Object, String> message) {
    return new Mutation(name, (r, chain) -> {
      Mutation.Slot<MetricTarget> s = slot(r, pick(r, chain.agreements()), MetricTarget.class);
      Object value = bad.apply(r);
      return rejected(attribute + " of " + s.target().id(), message.apply(value),
          () -> s.with(rebuiltWith(s.target(), attribute, value)));
    });
  }

  private static List<Mutation> shared() {
    return List.of(
        sharedAttribute("target id malformed", "id", Mutation::badId, v -> "Target id" + ID_RULE + v + "'"),
        sharedAttribute("target service id malformed", "service", Mutation::badId,
            v -> "Service id" + ID_RULE + v + "'"),
        sharedAttribute("target window name malformed", "window", Mutation::badId,
            v -> "Window name" + ID_RULE + v + "'"),
        sharedAttribute("target weight not positive", "weight", Mutation::notPositive,
            v -> "Target weight must be positive: " + ((BigDecimal) v).toPlainString()),
        sharedAttribute("at-risk threshold outside (0, 100]", "atRiskThreshold", Mutation::badShare,
            v -> "At-risk threshold must be more than 0 and at most 100 %: " + ((BigDecimal) v).toPlainString()),
        new Mutation("rolling period under 1 day", (r, chain) -> {
          Mutation.Slot<MetricTarget> s = slot(r, pick(r, chain.agreements()), MetricTarget.class);
          int days = -r.nextInt(3);
          return rejected("period of " + s.target().id(), "Rolling period must be at least 1 day: " + days,
              () -> s.with(rebuiltWith(s.target(), "period", ReportingPeriod.rollingDays(days))));
        }),
        new Mutation("support reference with a malformed id", (r, chain) -> {
          Agreement a = pick(r, supporters(withSupporters(r, chain, 1)));
          Mutation.Slot<MetricTarget> s = slot(r, a, MetricTarget.class);
          String bad = badId(r);
          boolean agreementId = r.nextInt(2) == 0;
          String sla = sla(chain).id();
          return rejected("supports of " + s.target().id(),
              (agreementId ? "Agreement id" : "Target id") + ID_RULE + bad + "'",
              () -> s.with(rebuiltWith(s.target(), "supports", plus(s.target().supports(),
                  agreementId ? TargetRef.of(bad, "t1") : TargetRef.of(sla, bad)))));
        }));
  }

  // ---- availability, ticket-timer and measurement targets -------------------------------------

  private static List<Mutation> families() {
    return List.of(
        new Mutation("availability minimum outside (0, 100]", (r, chain) -> {
          Mutation.Slot<AvailabilityTarget> s = slot(r, pick(r, chain.agreements()), AvailabilityTarget.class);
          BigDecimal bad = badShare(r);
          return rejected("minimum of " + s.target().id(),
              "Availability minimum must be more than 0 and at most 100 %: " + bad.toPlainString(),
              () -> s.with(Rebuild.builder(s.target(), "minimum").minimum(bad).build()));
        }),
        new Mutation("maintenance notice not positive", (r, chain) -> {
          Mutation.Slot<AvailabilityTarget> s = slot(r, pick(r, chain.agreements()), AvailabilityTarget.class);
          Duration bad = notPositiveDuration(r);
          Set<OutageCause> causes = new LinkedHashSet<>(Set.of(OutageCause.PLANNED_MAINTENANCE));
          causes.addAll(s.target().excludedCauses());
          return rejected("notice of " + s.target().id(), "Maintenance notice must be positive: " + bad,
              () -> s.with(Rebuild.builder(s.target(), "excludedCauses", "maintenanceNotice")
                  .addAllExcludedCauses(causes).maintenanceNotice(bad).build()));
        }),
        new Mutation("maintenance notice without planned maintenance excluded", (r, chain) -> {
          Mutation.Slot<AvailabilityTarget> s = slot(r, pick(r, chain.agreements()), AvailabilityTarget.class);
          Set<OutageCause> causes = new LinkedHashSet<>();
          causes.addAll(s.target().excludedCauses());
          causes.remove(OutageCause.PLANNED_MAINTENANCE);
          Duration notice = s.target().maintenanceNotice().orElse(Duration.ofDays(5));
          return rejected("causes of " + s.target().id(),
              "A maintenance notice needs planned maintenance among the excluded causes: "
                  + s.target().id() + " / " + causes,
              () -> s.with(Rebuild.builder(s.target(), "excludedCauses", "maintenanceNotice")
                  .addAllExcludedCauses(causes).maintenanceNotice(notice).build()));
        }),
        new Mutation("ignored outage length not positive", (r, chain) -> {
          Mutation.Slot<AvailabilityTarget> s = slot(r, pick(r, chain.agreements()), AvailabilityTarget.class);
          Duration bad = notPositiveDuration(r);
          return rejected("ignored outages of " + s.target().id(), "Ignored outage length must be positive: " + bad,
              () -> s.with(Rebuild.builder(s.target(), "ignoreOutagesShorterThan")
                  .ignoreOutagesShorterThan(bad).build()));
        }),
        new Mutation("ticket timer target without goal", (r, chain) -> {
          Mutation.Slot<TicketTimerTarget> s = slot(r, pick(r, chain.agreements()), TicketTimerTarget.class);
          return rejected("goals of " + s.target().id(), "A ticket timer target needs a goal: " + s.target().id(),
              () -> s.with(Rebuild.builder(s.target(), "goals").build()));
        }),
        new Mutation("duplicate timer threshold", (r, chain) -> {
          Agreement a = pick(r, chain.agreements());
          Mutation.Slot<TicketTimerTarget> s = slot(r, a, TicketTimerTarget.class);
          List<TimerThreshold> thresholds = new ArrayList<>(s.target().thresholds());
          if (thresholds.isEmpty()) {
            thresholds.add(AgreementGens.timerThreshold(r, a.escalation().size()));
          }
          TimerThreshold twin = Rebuild.threshold(pick(r, thresholds));
          return rejected("thresholds of " + s.target().id(), "Timer threshold must be unique: " + twin,
              () -> s.with(Rebuild.builder(s.target(), "thresholds")
                  .addAllThresholds(plus(thresholds, twin)).build()));
        }),
        new Mutation("required share outside (0, 100]", (r, chain) -> {
          Mutation.Slot<TicketTimerTarget> s = slot(r, pick(r, chain.agreements()), TicketTimerTarget.class);
          BigDecimal bad = badShare(r);
          return rejected("required share of " + s.target().id(),
              "Required share of tickets must be more than 0 and at most 100 %: " + bad.toPlainString(),
              () -> s.with(Rebuild.builder(s.target(), "requiredShare").requiredShare(bad).build()));
        }),
        new Mutation("timer kind malformed", (r, chain) -> {
          Mutation.Slot<TicketTimerTarget> s = slot(r, pick(r, chain.agreements()), TicketTimerTarget.class);
          String bad = badId(r);
          return rejected("timer of " + s.target().id(), "Timer kind" + ID_RULE + bad + "'",
              () -> s.with(Rebuild.builder(s.target(), "timer").timer(TimerKind.of(bad)).build()));
        }),
        new Mutation("percentage objective outside [0, 100]", (r, chain) -> {
          Mutation.Slot<MeasurementTarget> s = slot(r, pick(r, chain.agreements()), MeasurementTarget.class);
          Indicator percentage = s.target().indicator().isPercentage()
              ? s.target().indicator()
              : pick(r, Indicator.ratio(), Indicator.samplesMeeting(Comparison.LESS_OR_EQUAL, dec("300")),
                  Indicator.timeslices(Duration.ofMinutes(5), Comparison.GREATER_OR_EQUAL, dec("99")));
          BigDecimal bad = badPercentage(r);
          return rejected("objective of " + s.target().id(),
              "Objective of a percentage indicator must be within 0 and 100 %: " + bad.toPlainString(),
              () -> s.with(Rebuild.builder(s.target(), "indicator", "objective")
                  .indicator(percentage).objective(bad).build()));
        }),
        new Mutation("unit blank", (r, chain) -> {
          Mutation.Slot<MeasurementTarget> s = slot(r, pick(r, chain.agreements()), MeasurementTarget.class);
          String bad = blank(r);
          return rejected("unit of " + s.target().id(), "Unit must not be blank: '" + bad + "'",
              () -> s.with(Rebuild.builder(s.target(), "unit").unit(bad).build()));
        }));
  }

  // ---- indicators and business durations ------------------------------------------------------

  /** A broken value, built when asked, and the message its build throws. */
  private record Broken<T>(Supplier<T> value, String message) {}

  /** A mutation that gives a measurement target a broken indicator. */
  private static Mutation indicator(String name, Function<RandomGenerator, Broken<Indicator>> draw) {
    return new Mutation(name, (r, chain) -> {
      Mutation.Slot<MeasurementTarget> s = slot(r, pick(r, chain.agreements()), MeasurementTarget.class);
      Broken<Indicator> broken = draw.apply(r);
      return rejected("indicator of " + s.target().id(), broken.message(),
          () -> s.with(Rebuild.builder(s.target(), "indicator").indicator(broken.value().get()).build()));
    });
  }

  /** A mutation that gives a goal of a ticket-timer target a broken duration. */
  private static Mutation goalDuration(String name, Function<RandomGenerator, Broken<BusinessDuration>> draw) {
    return new Mutation(name, (r, chain) -> {
      Mutation.Slot<TicketTimerTarget> s = slot(r, pick(r, chain.agreements()), TicketTimerTarget.class);
      int i = r.nextInt(s.target().goals().size());
      TimerGoal goal = s.target().goals().get(i);
      Broken<BusinessDuration> broken = draw.apply(r);
      return rejected("goal " + (i + 1) + " of " + s.target().id(), broken.message(),
          () -> s.with(Rebuild.builder(s.target(), "goals").addAllGoals(replacedAt(s.target().goals(), i,
              TimerGoal.of(goal.when(), broken.value().get()))).build()));
    });
  }

  private static List<Mutation> values() {
    return List.of(
        indicator("percentile outside (0, 100]", r -> {
          BigDecimal bad = badShare(r);
          return new Broken<>(() -> Indicator.percentile(bad),
              "Percentile must be more than 0 and at most 100 %: " + bad.toPlainString());
        }),
        indicator("time slice not positive", r -> {
          Duration bad = notPositiveDuration(r);
          return new Broken<>(() -> Indicator.timeslices(bad, Comparison.GREATER_OR_EQUAL, dec("99")),
              "Time slice must be positive: " + bad);
        }),
        indicator("time slice not dividing a day", r -> {
          Duration bad = pick(r, Duration.ofMinutes(7), Duration.ofHours(25), Duration.ofHours(48),
              Duration.ofMillis(700), Duration.ofSeconds(11));
          return new Broken<>(() -> Indicator.timeslices(bad, Comparison.LESS_THAN, dec("1")),
              "Time slice must divide a day evenly: " + bad);
        }),
        indicator("time-slice ratio threshold outside [0, 100]", r -> {
          BigDecimal bad = badPercentage(r);
          return new Broken<>(
              () -> Indicator.timeslices(Duration.ofMinutes(5), Comparison.GREATER_OR_EQUAL, bad),
              "Time slice ratio threshold must be within 0 and 100 %: " + bad.toPlainString());
        }),
        goalDuration("goal duration not positive", r -> {
          Duration bad = notPositiveDuration(r);
          boolean elapsed = r.nextInt(2) == 0;
          return new Broken<>(
              () -> elapsed ? BusinessDuration.elapsed(bad) : BusinessDuration.businessTime(bad),
              "Duration must be positive: " + bad);
        }),
        goalDuration("working days below 1 at the same time", r -> {
          int bad = -r.nextInt(3);
          return new Broken<>(() -> BusinessDuration.workingDaysSameTime(bad),
              "Working days must be at least 1 for WORKING_DAYS_SAME_TIME: " + bad);
        }),
        goalDuration("end of working day before the start's day", r -> {
          int bad = -1 - r.nextInt(3);
          return new Broken<>(() -> BusinessDuration.endOfWorkingDay(bad),
              "Working days must be at least 0 for END_OF_WORKING_DAY: " + bad);
        }));
  }

  // ---- conditions -----------------------------------------------------------------------------

  /**
   * A condition of a ticket-timer target: which one, its value, and the target with another
   * condition in its place.
   */
  private record Place(String name, Condition condition, Function<Condition, TicketTimerTarget> put) {}

  private static Place place(RandomGenerator r, TicketTimerTarget t) {
    int k = r.nextInt(5 + t.goals().size());
    switch (k) {
      case 0:
        return new Place("startWhen", t.startWhen(), c -> Rebuild.builder(t, "startWhen").startWhen(c).build());
      case 1:
        return new Place("stopWhen", t.stopWhen(), c -> Rebuild.builder(t, "stopWhen").stopWhen(c).build());
      case 2:
        return new Place("pauseWhen", t.pauseWhen(), c -> Rebuild.builder(t, "pauseWhen").pauseWhen(c).build());
      case 3:
        return new Place("cancelWhen", t.cancelWhen(),
            c -> Rebuild.builder(t, "cancelWhen").cancelWhen(c).build());
      case 4:
        return new Place("resetWhen", t.resetWhen(), c -> Rebuild.builder(t, "resetWhen").resetWhen(c).build());
      default:
        int i = k - 5;
        TimerGoal goal = t.goals().get(i);
        return new Place("goal " + (i + 1), goal.when(), c -> Rebuild.builder(t, "goals")
            .addAllGoals(replacedAt(t.goals(), i, TimerGoal.of(c, goal.within()))).build());
    }
  }

  private static int leaves(Condition c) {
    if (c instanceof Condition.Not) {
      return leaves(((Condition.Not) c).operand());
    }
    if (c instanceof Condition.And) {
      return ((Condition.And) c).operands().stream().mapToInt(TargetMutations::leaves).sum();
    }
    if (c instanceof Condition.Or) {
      return ((Condition.Or) c).operands().stream().mapToInt(TargetMutations::leaves).sum();
    }
    return 1;
  }

  /**
   * A mutation that rebuilds a condition of a ticket-timer target with one of its leaves (a
   * field, event or constant condition) replaced by a broken one.
   */
  private static Mutation leaf(String name, Function<RandomGenerator, Broken<Condition>> draw) {
    return new Mutation(name, (r, chain) -> {
      Mutation.Slot<TicketTimerTarget> s = slot(r, pick(r, chain.agreements()), TicketTimerTarget.class);
      Place place = place(r, s.target());
      int leaf = r.nextInt(leaves(place.condition()));
      Broken<Condition> broken = draw.apply(r);
      return rejected("leaf " + (leaf + 1) + " of " + place.name() + " of " + s.target().id(),
          broken.message(), () -> {
            int[] seen = {0};
            Condition c = Rebuild.map(place.condition(), l -> seen[0]++ == leaf ? broken.value().get() : l);
            s.with(place.put().apply(c));
          });
    });
  }

  private static List<Mutation> conditions() {
    return List.of(
        leaf("condition field name malformed", r -> {
          String bad = badField(r);
          int kind = r.nextInt(3);
          return new Broken<>(
              () -> kind == 0
                  ? Condition.fieldIs(bad, "x")
                  : kind == 1 ? Condition.fieldPresent(bad) : Condition.fieldIn(bad, "x", "y"),
              FIELD_RULE + bad + "'");
        }),
        leaf("field 'in' condition without values", r -> {
          String field = pick(r, "status", "priority", "a.b-c_d");
          return new Broken<>(() -> Condition.fieldIn(field, List.of()),
              "Field 'in' condition needs a value: " + field);
        }),
        leaf("event type blank", r -> {
          String bad = blank(r);
          return new Broken<>(() -> Condition.event(bad), "Event type must not be blank: '" + bad + "'");
        }),
        new Mutation("condition text cut short", (r, chain) -> {
          Mutation.Slot<TicketTimerTarget> s = slot(r, pick(r, chain.agreements()), TicketTimerTarget.class);
          Place place = place(r, s.target());
          String text = place.condition().toString();
          String cut = text.substring(0, text.length() - 1);
          String prefix = "Condition is malformed at position ";
          return rejectedMatching(place.name() + " of " + s.target().id() + " read from <" + cut + ">",
              "a message starting <" + prefix + "> and ending <: " + Limits.shown(cut) + ">",
              m -> m.startsWith(prefix) && m.endsWith(": " + Limits.shown(cut)),
              () -> s.with(place.put().apply(Condition.parse(cut))));
        }));
  }

  // ---- thresholds -----------------------------------------------------------------------------

  /** A mutation that adds a broken threshold to a ticket-timer target. */
  private static Mutation addedThreshold(
      String name, Function<RandomGenerator, Broken<TimerThreshold>> draw) {
    return new Mutation(name, (r, chain) -> {
      Mutation.Slot<TicketTimerTarget> s = slot(r, pick(r, chain.agreements()), TicketTimerTarget.class);
      Broken<TimerThreshold> broken = draw.apply(r);
      return rejected("thresholds of " + s.target().id(), broken.message(),
          () -> s.with(Rebuild.builder(s.target(), "thresholds")
              .addAllThresholds(plus(s.target().thresholds(), broken.value().get())).build()));
    });
  }

  private static List<Mutation> thresholds() {
    return List.of(
        addedThreshold("threshold share outside (0, 100]", r -> {
          BigDecimal bad = badShare(r);
          boolean warning = r.nextInt(2) == 0;
          return new Broken<>(
              () -> warning ? TimerThreshold.warningAt(bad) : TimerThreshold.escalationAt(bad),
              "Threshold share of goal must be more than 0 and at most 100 %: " + bad.toPlainString());
        }),
        addedThreshold("threshold before the deadline in working days", r -> {
          BusinessDuration days = r.nextInt(2) == 0
              ? BusinessDuration.workingDaysSameTime(1 + r.nextInt(3))
              : BusinessDuration.endOfWorkingDay(r.nextInt(3));
          boolean warning = r.nextInt(2) == 0;
          return new Broken<>(
              () -> warning ? TimerThreshold.warningBefore(days) : TimerThreshold.escalationBefore(days),
              "A time before the deadline must be business or elapsed time: " + days);
        }),
        addedThreshold("warning sent to an escalation level", r -> {
          int level = 1 + r.nextInt(3);
          TimerThreshold warning = r.nextInt(2) == 0
              ? TimerThreshold.warningAt(dec("75"))
              : TimerThreshold.warningBefore(BusinessDuration.businessMinutes(30));
          return new Broken<>(() -> warning.atLevel(level),
              "Only an escalation goes to an escalation level: WARNING / " + level);
        }),
        addedThreshold("escalation level below 1", r -> {
          int level = -r.nextInt(3);
          TimerThreshold escalation = r.nextInt(2) == 0
              ? TimerThreshold.escalationAt(dec("90"))
              : TimerThreshold.escalationBefore(BusinessDuration.elapsed(Duration.ofMinutes(10)));
          return new Broken<>(() -> escalation.atLevel(level), "Escalation level must be at least 1: " + level);
        }));
  }
}
