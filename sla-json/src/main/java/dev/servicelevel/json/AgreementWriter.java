package dev.servicelevel.json;

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
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.Responsibility;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes agreements, chains and calendars as documents (Jackson trees). Decimals are written as
 * strings in their exact {@link BigDecimal#toString()} form, so that scale and value survive any
 * JSON reader; fields equal to the format's defaults are left out.
 */
final class AgreementWriter {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private AgreementWriter() {}

  static ObjectNode header(String kind) {
    ObjectNode doc = F.objectNode();
    doc.put("apiVersion", ApiVersion.V1);
    doc.put("kind", kind);
    return doc;
  }

  static ObjectNode calendarDocument(String name, BusinessCalendar calendar) {
    ObjectNode doc = header("Calendar");
    doc.putObject("metadata").put("name", name);
    doc.set("spec", new CalendarWriter().spec(calendar, 0));
    return doc;
  }

  static ObjectNode chainDocument(String id, AgreementChain chain) {
    ObjectNode doc = header("AgreementChain");
    doc.putObject("metadata").put("id", id);
    ArrayNode list = doc.putObject("spec").putArray("agreements");
    chain.agreements().forEach(a -> list.add(agreementDocument(a)));
    return doc;
  }

  static ObjectNode agreementDocument(Agreement a) {
    Objects.requireNonNull(a, "agreement");
    ObjectNode doc = header("Agreement");
    ObjectNode meta = doc.putObject("metadata");
    meta.put("id", a.id());
    meta.put("title", a.title());
    ObjectNode spec = doc.putObject("spec");
    spec.put("type", a.kind().name());
    spec.set("provider", party(a.provider()));
    spec.set("customer", party(a.customer()));
    ObjectNode validity = spec.putObject("validity");
    validity.put("start", a.validity().getStart().toString());
    if (!a.validity().isUnboundedEnd()) {
      validity.put("endExclusive", a.validity().getEnd().toString());
    }
    spec.put("zone", a.zone().getId());
    ArrayNode services = spec.putArray("services");
    a.services().forEach(s -> services.add(service(s)));

    if (!a.windows().isEmpty()) {
      CalendarWriter cw = new CalendarWriter();
      ObjectNode calendars = F.objectNode();
      ArrayNode windows = F.arrayNode();
      for (ServiceWindow w : a.windows()) {
        String name = cw.nameOf(w.calendar());
        if (name == null) {
          calendars.set(w.name(), cw.spec(w.calendar(), 0));
          cw.name(w.calendar(), w.name());
          name = w.name();
        }
        ObjectNode wn = windows.addObject();
        wn.put("name", w.name());
        wn.put("calendar", name);
      }
      spec.set("calendars", calendars);
      spec.set("windows", windows);
    }
    if (!a.targets().isEmpty()) {
      ArrayNode targets = spec.putArray("targets");
      a.targets().forEach(t -> targets.add(target(t)));
    }
    a.creditPolicy().ifPresent(p -> spec.set("creditPolicy", creditPolicy(p)));
    if (!a.terminationRules().isEmpty()) {
      ArrayNode rules = spec.putArray("terminationRules");
      a.terminationRules().forEach(r -> rules.add(terminationRule(r)));
    }
    if (!a.responsibilities().isEmpty()) {
      ArrayNode list = spec.putArray("responsibilities");
      for (Responsibility r : a.responsibilities()) {
        ObjectNode o = list.addObject();
        o.put("party", r.party().name());
        o.put("description", r.description());
      }
    }
    if (!a.escalation().isEmpty()) {
      ArrayNode list = spec.putArray("escalation");
      for (EscalationLevel l : a.escalation()) {
        ObjectNode o = list.addObject();
        o.put("name", l.name());
        strings(o, "contacts", l.contacts());
      }
    }
    a.reviewSchedule()
        .ifPresent(
            r -> {
              ObjectNode o = spec.putObject("reviewSchedule");
              o.set("cadence", period(r.cadence()));
              if (!r.participants().isEmpty()) {
                strings(o, "participants", r.participants());
              }
            });
    return doc;
  }

  private static void strings(ObjectNode o, String key, List<String> values) {
    ArrayNode list = o.putArray(key);
    values.forEach(list::add);
  }

  private static String decimal(BigDecimal d) {
    return d.toString();
  }

  private static ObjectNode party(Party p) {
    ObjectNode o = F.objectNode();
    o.put("id", p.id());
    o.put("name", p.name());
    return o;
  }

  private static ObjectNode service(Service s) {
    ObjectNode o = F.objectNode();
    o.put("id", s.id());
    o.put("name", s.name());
    if (!s.included().isEmpty()) {
      strings(o, "included", s.included());
    }
    if (!s.excluded().isEmpty()) {
      strings(o, "excluded", s.excluded());
    }
    if (!s.weight().equals(AgreementReader.DEFAULT_WEIGHT)) {
      o.put("weight", decimal(s.weight()));
    }
    return o;
  }

  static tools.jackson.databind.JsonNode period(ReportingPeriod p) {
    if (p.kind() == ReportingPeriod.Kind.ROLLING_DAYS) {
      ObjectNode o = F.objectNode();
      o.put("rollingDays", p.rollingDays());
      return o;
    }
    return F.stringNode(p.kind().name());
  }

  static ObjectNode businessDuration(BusinessDuration b) {
    ObjectNode o = F.objectNode();
    switch (b.basis()) {
      case BUSINESS_TIME:
        o.put("businessTime", b.time().toString());
        break;
      case ELAPSED_TIME:
        o.put("elapsed", b.time().toString());
        break;
      case WORKING_DAYS_SAME_TIME:
        o.put("workingDaysSameTime", b.workingDays());
        break;
      default:
        o.put("endOfWorkingDay", b.workingDays());
        break;
    }
    return o;
  }

  private static ObjectNode target(MetricTarget t) {
    ObjectNode o = F.objectNode();
    o.put("id", t.id());
    o.put("type", t.kind().name());
    o.put("service", t.service());
    o.put("window", t.window());
    if (!t.period().equals(AgreementReader.DEFAULT_PERIOD)) {
      o.set("period", period(t.period()));
    }
    if (!t.weight().equals(AgreementReader.DEFAULT_WEIGHT)) {
      o.put("weight", decimal(t.weight()));
    }
    if (!t.atRiskThreshold().equals(AgreementReader.DEFAULT_AT_RISK)) {
      o.put("atRiskThreshold", decimal(t.atRiskThreshold()));
    }
    if (t.responsibleParty() != AgreementReader.DEFAULT_RESPONSIBLE) {
      o.put("responsibleParty", t.responsibleParty().name());
    }
    if (!t.supports().isEmpty()) {
      ArrayNode s = o.putArray("supports");
      for (TargetRef ref : t.supports()) {
        s.add(ref.agreementId() + "/" + ref.targetId());
      }
    }
    switch (t.kind()) {
      case AVAILABILITY:
        availability(o, (AvailabilityTarget) t);
        break;
      case TICKET_TIMER:
        ticketTimer(o, (TicketTimerTarget) t);
        break;
      default:
        measurement(o, (MeasurementTarget) t);
        break;
    }
    return o;
  }

  private static void availability(ObjectNode o, AvailabilityTarget t) {
    o.put("minimum", decimal(t.minimum()));
    if (!t.excludedCauses().isEmpty()) {
      ArrayNode causes = o.putArray("excludedCauses");
      for (OutageCause c : t.excludedCauses()) {
        causes.add(c.name());
      }
    }
    t.maintenanceNotice().ifPresent(n -> o.put("maintenanceNotice", n.toString()));
    t.ignoreOutagesShorterThan()
        .ifPresent(n -> o.put("ignoreOutagesShorterThan", n.toString()));
  }

  private static void condition(ObjectNode o, String key, Condition c, boolean always) {
    if (always || !c.equals(Condition.never())) {
      o.put(key, c.toString());
    }
  }

  private static void ticketTimer(ObjectNode o, TicketTimerTarget t) {
    o.put("timer", t.timer().name());
    ArrayNode goals = o.putArray("goals");
    for (TimerGoal g : t.goals()) {
      ObjectNode go = goals.addObject();
      go.put("when", g.when().toString());
      go.set("within", businessDuration(g.within()));
    }
    if (t.goalSelection() != AgreementReader.DEFAULT_GOAL_SELECTION) {
      o.put("goalSelection", t.goalSelection().name());
    }
    condition(o, "startWhen", t.startWhen(), true);
    condition(o, "stopWhen", t.stopWhen(), true);
    condition(o, "pauseWhen", t.pauseWhen(), false);
    condition(o, "cancelWhen", t.cancelWhen(), false);
    condition(o, "resetWhen", t.resetWhen(), false);
    if (t.cycles() != AgreementReader.DEFAULT_CYCLES) {
      o.put("cycles", t.cycles().name());
    }
    if (t.goalChange() != AgreementReader.DEFAULT_GOAL_CHANGE) {
      o.put("goalChange", t.goalChange().name());
    }
    if (!t.thresholds().isEmpty()) {
      ArrayNode list = o.putArray("thresholds");
      for (TimerThreshold th : t.thresholds()) {
        ObjectNode to = list.addObject();
        to.put("type", th.type().name());
        th.shareOfGoal().ifPresent(s -> to.put("shareOfGoal", decimal(s)));
        th.beforeDeadline().ifPresent(b -> to.set("beforeDeadline", businessDuration(b)));
        th.escalationLevel().ifPresent(l -> to.put("escalationLevel", l));
      }
    }
    if (!t.requiredShare().equals(AgreementReader.DEFAULT_REQUIRED_SHARE)) {
      o.put("requiredShare", decimal(t.requiredShare()));
    }
    if (t.membership() != AgreementReader.DEFAULT_MEMBERSHIP) {
      o.put("membership", t.membership().name());
    }
  }

  private static void measurement(ObjectNode o, MeasurementTarget t) {
    o.set("indicator", indicator(t.indicator()));
    o.put("comparison", t.comparison().name());
    o.put("objective", decimal(t.objective()));
    t.unit().ifPresent(u -> o.put("unit", u));
  }

  static ObjectNode indicator(Indicator i) {
    ObjectNode o = F.objectNode();
    o.put("kind", i.kind().name());
    i.percentile().ifPresent(p -> o.put("percentile", decimal(p)));
    i.slice().ifPresent(s -> o.put("slice", s.toString()));
    i.goodComparison().ifPresent(c -> o.put("goodComparison", c.name()));
    i.goodThreshold().ifPresent(t -> o.put("goodThreshold", decimal(t)));
    return o;
  }

  private static ObjectNode creditPolicy(CreditPolicy p) {
    ObjectNode o = F.objectNode();
    o.put("fee", decimal(p.fee()));
    o.put("currency", p.currency().getCurrencyCode());
    if (!p.billingPeriod().equals(AgreementReader.DEFAULT_PERIOD)) {
      o.set("billingPeriod", period(p.billingPeriod()));
    }
    if (!p.targets().isEmpty()) {
      ArrayNode list = o.putArray("targets");
      for (TargetCredits tc : p.targets()) {
        ObjectNode to = list.addObject();
        to.put("targetId", tc.targetId());
        ArrayNode tiers = to.putArray("tiers");
        for (CreditTier tier : tc.tiers()) {
          ObjectNode ti = tiers.addObject();
          tier.fromInclusive().ifPresent(f -> ti.put("fromInclusive", decimal(f)));
          tier.toExclusive().ifPresent(t -> ti.put("toExclusive", decimal(t)));
          ti.put("creditPercent", decimal(tier.creditPercent()));
        }
      }
    }
    if (p.combination() != AgreementReader.DEFAULT_COMBINATION) {
      o.put("combination", p.combination().name());
    }
    p.capPercent().ifPresent(c -> o.put("capPercent", decimal(c)));
    p.minimumPayout().ifPresent(m -> o.put("minimumPayout", decimal(m)));
    return o;
  }

  private static ObjectNode terminationRule(TerminationRule r) {
    ObjectNode o = F.objectNode();
    ArrayNode targets = o.putArray("targets");
    r.targets().forEach(targets::add);
    o.put("breaches", r.breaches());
    o.put("periods", r.periods());
    if (r.holder() != AgreementReader.DEFAULT_HOLDER) {
      o.put("holder", r.holder().name());
    }
    return o;
  }
}
