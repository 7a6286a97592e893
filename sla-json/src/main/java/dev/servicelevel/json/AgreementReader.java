package dev.servicelevel.json;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.CreditCombination;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.EscalationLevel;
import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.Limits;
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
import dev.servicelevel.agreement.TargetKind;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.agreement.TicketMembership;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;

/**
 * Reads the metadata and spec of Agreement documents into {@link Agreement}s, reporting every
 * problem with its place. Absent optional fields take the defaults of format v1 (written down
 * in the schema), set here explicitly so that a change of a model default cannot change what a
 * stored document means.
 */
final class AgreementReader {

  /** Names of calendars in documents: like ids. */
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  static final String[] SPEC_KEYS = {
    "type", "provider", "customer", "validity", "zone", "services", "calendars", "windows",
    "targets", "creditPolicy", "terminationRules", "responsibilities", "escalation",
    "reviewSchedule"
  };

  static final String[] COMMON_TARGET_KEYS = {
    "id", "type", "service", "window", "period", "weight", "atRiskThreshold",
    "responsibleParty", "supports"
  };

  // ---- the defaults of format v1 ------------------------------------------------------------
  static final ReportingPeriod DEFAULT_PERIOD = ReportingPeriod.calendarMonth();
  static final BigDecimal DEFAULT_WEIGHT = BigDecimal.ONE;
  static final BigDecimal DEFAULT_AT_RISK = BigDecimal.valueOf(80);
  static final PartyRole DEFAULT_RESPONSIBLE = PartyRole.PROVIDER;
  static final GoalSelection DEFAULT_GOAL_SELECTION = GoalSelection.FIRST_MATCH;
  static final TimerCycles DEFAULT_CYCLES = TimerCycles.SINGLE;
  static final GoalChangePolicy DEFAULT_GOAL_CHANGE = GoalChangePolicy.RETROACTIVE;
  static final BigDecimal DEFAULT_REQUIRED_SHARE = BigDecimal.valueOf(100);
  static final TicketMembership DEFAULT_MEMBERSHIP = TicketMembership.BY_START;
  static final CreditCombination DEFAULT_COMBINATION = CreditCombination.SUM;
  static final PartyRole DEFAULT_HOLDER = PartyRole.CUSTOMER;

  private final Decoding d;
  private final CalendarReader calendars;

  AgreementReader(Decoding d) {
    this.d = d;
    this.calendars = new CalendarReader(d);
  }

  /** Reads the named calendars of a scope (Calendar documents, or an agreement's own). */
  static Map<String, Node> names(Decoding d, Node map) {
    Map<String, Node> out = new LinkedHashMap<>();
    if (!map.isObject()) {
      d.problem(map, "type", "Calendars must be an object of names, not " + map.typeName());
      return out;
    }
    map.fields.forEach(
        (name, spec) -> {
          if (name.startsWith("x-")) {
            return;
          }
          if (!NAME.matcher(name).matches()) {
            d.problem(spec, "format", "Calendar name must be letters, digits, '.', '_' or '-',"
                + " at most 200 characters: " + Limits.shown(name));
          } else {
            out.put(name, spec);
          }
        });
    return out;
  }

  /** An Agreement document's metadata and spec; null after reporting its problems. */
  Agreement agreement(Node root, CalendarReader.Scope global) {
    int before = d.count();
    Node meta = d.required(root, "metadata", "An Agreement document");
    Node spec = d.required(root, "spec", "An Agreement document");
    String id = null;
    String title = null;
    if (meta != null && d.object(meta, "Agreement metadata", "id", "title")) {
      id = d.requiredString(meta, "id", "Agreement metadata");
      title = d.requiredString(meta, "title", "Agreement metadata");
    }
    if (spec == null || !d.object(spec, "Agreement spec", SPEC_KEYS)) {
      return null;
    }
    Agreement.Builder b = Agreement.builder();
    Node type = d.required(spec, "type", "Agreement spec");
    AgreementKind kind = type == null ? null : d.enumValue(type, AgreementKind.class);
    Party provider = party(d.required(spec, "provider", "Agreement spec"));
    Party customer = party(d.required(spec, "customer", "Agreement spec"));
    LocalDateRange validity = validity(d.required(spec, "validity", "Agreement spec"));
    Node zoneNode = d.required(spec, "zone", "Agreement spec");
    ZoneId zone = zoneNode == null ? null : d.zone(zoneNode);

    // names declared, also by parts with problems, so that a bad part is not reported again as
    // an unknown reference
    Set<String> declaredServices = declared(spec, "services", "id");
    Set<String> declaredWindows = declared(spec, "windows", "name");
    Set<String> declaredTargets = declared(spec, "targets", "id");
    Set<String> serviceIds = new HashSet<>();
    Node servicesNode = d.required(spec, "services", "Agreement spec");
    for (Node s : d.optionalList(spec, "services")) {
      Service service = service(s);
      if (service != null) {
        unique(serviceIds, service.id(), s, "Service id");
        b.addServices(service);
      }
    }
    if (servicesNode != null && servicesNode.isArray() && servicesNode.items.isEmpty()) {
      d.problem(servicesNode, "model", "An agreement needs at least one service");
    }

    Node calendarsNode = d.optional(spec, "calendars");
    CalendarReader.Scope local =
        new CalendarReader.Scope(
            global, calendarsNode == null ? Map.of() : names(d, calendarsNode));
    calendars.resolveAll(local);

    Set<String> windowNames = new HashSet<>();
    for (Node w : d.optionalList(spec, "windows")) {
      ServiceWindow window = window(w, local);
      if (window != null) {
        unique(windowNames, window.name(), w, "Window name");
        b.addWindows(window);
      }
    }

    Set<String> targetIds = new HashSet<>();
    for (Node t : d.optionalList(spec, "targets")) {
      MetricTarget target = target(t, declaredServices, declaredWindows);
      if (target != null) {
        unique(targetIds, target.id(), t, "Target id");
        b.addTargets(target);
      }
    }

    Node credits = d.optional(spec, "creditPolicy");
    if (credits != null) {
      CreditPolicy policy = creditPolicy(credits, declaredTargets);
      if (policy != null) {
        b.creditPolicy(policy);
      }
    }
    for (Node r : d.optionalList(spec, "terminationRules")) {
      TerminationRule rule = terminationRule(r, declaredTargets);
      if (rule != null) {
        b.addTerminationRules(rule);
      }
    }
    for (Node r : d.optionalList(spec, "responsibilities")) {
      Responsibility resp = responsibility(r);
      if (resp != null) {
        b.addResponsibilities(resp);
      }
    }
    for (Node e : d.optionalList(spec, "escalation")) {
      EscalationLevel level = escalationLevel(e);
      if (level != null) {
        b.addEscalation(level);
      }
    }
    Node review = d.optional(spec, "reviewSchedule");
    if (review != null) {
      ReviewSchedule schedule = reviewSchedule(review);
      if (schedule != null) {
        b.reviewSchedule(schedule);
      }
    }
    if (d.count() == before) {
      crossChecks(spec, id, kind, provider, customer);
    }
    if (d.count() != before) {
      return null;
    }
    String agreementId = id;
    String agreementTitle = title;
    return d.model(
        spec,
        () ->
            b.id(agreementId)
                .title(agreementTitle)
                .kind(kind)
                .provider(provider)
                .customer(customer)
                .validity(validity)
                .zone(zone)
                .build());
  }

  /**
   * The agreement's rules that span its parts, checked here so that each problem names the value
   * that breaks the rule; the model checks them again (with the same sentences) when built.
   */
  private void crossChecks(
      Node spec, String id, AgreementKind kind, Party provider, Party customer) {
    if (provider.id().equals(customer.id())) {
      d.problem(spec.get("customer").get("id"), "model",
          "Provider and customer must be different parties: " + Limits.shown(customer.id()));
    }
    int levels = d.optionalList(spec, "escalation").size();
    for (Node t : d.optionalList(spec, "targets")) {
      Node supports = d.optional(t, "supports");
      if (supports != null && !supports.items.isEmpty() && !kind.isSupporting()) {
        d.problem(supports, "model",
            "Only OLAs and underpinning contracts support other targets: " + kind);
      }
      for (Node ref : supports == null ? List.<Node>of() : supports.items) {
        if (ref.text.startsWith(id + "/")) {
          d.problem(ref, "model", "A target cannot support a target of its own agreement: "
              + Limits.shown(ref.text));
        }
      }
      for (Node th : d.optionalList(t, "thresholds")) {
        Node level = d.optional(th, "escalationLevel");
        if (level != null
            && new BigDecimal(level.text).compareTo(BigDecimal.valueOf(levels)) > 0) {
          d.problem(level, "model", "Timer threshold names an escalation level the agreement"
              + " lacks: " + level.text + " of " + levels + " levels");
        }
      }
    }
  }

  /** The string values of a key of the objects of a list field, as declared. */
  static Set<String> declared(Node obj, String list, String key) {
    Set<String> out = new HashSet<>();
    Node l = obj.get(list);
    if (l != null && l.isArray()) {
      for (Node item : l.items) {
        Node v = item.get(key);
        if (v != null && v.type == Node.Type.STRING) {
          out.add(v.text);
        }
      }
    }
    return out;
  }

  private void unique(Set<String> seen, String value, Node at, String what) {
    if (!seen.add(value)) {
      d.problem(at, "reference", what + " must be unique: " + Limits.shown(value));
    }
  }

  // ---- parts ---------------------------------------------------------------------------------

  private Party party(Node n) {
    if (n == null || !d.object(n, "Party", "id", "name")) {
      return null;
    }
    int before = d.count();
    String id = d.requiredString(n, "id", "Party");
    String name = d.requiredString(n, "name", "Party");
    return d.count() != before ? null : d.model(n, () -> Party.of(id, name));
  }

  private LocalDateRange validity(Node n) {
    if (n == null || !d.object(n, "Validity", "start", "endExclusive")) {
      return null;
    }
    int before = d.count();
    Node s = d.required(n, "start", "Validity");
    LocalDate start = s == null ? null : d.date(s);
    Node e = d.optional(n, "endExclusive");
    LocalDate end = e == null ? null : d.date(e);
    if (d.count() != before) {
      return null;
    }
    return d.model(
        n,
        () -> end == null ? LocalDateRange.ofUnboundedEnd(start) : LocalDateRange.of(start, end));
  }

  private Service service(Node n) {
    if (!d.object(n, "Service", "id", "name", "included", "excluded", "weight")) {
      return null;
    }
    int before = d.count();
    String id = d.requiredString(n, "id", "Service");
    String name = d.requiredString(n, "name", "Service");
    List<String> included = d.strings(n, "included");
    List<String> excluded = d.strings(n, "excluded");
    BigDecimal weight = decimal(n, "weight", DEFAULT_WEIGHT);
    if (d.count() != before) {
      return null;
    }
    return d.model(
        n,
        () ->
            Service.builder()
                .id(id)
                .name(name)
                .addAllIncluded(included)
                .addAllExcluded(excluded)
                .weight(weight)
                .build());
  }

  private ServiceWindow window(Node n, CalendarReader.Scope scope) {
    if (!d.object(n, "Window", "name", "calendar")) {
      return null;
    }
    int before = d.count();
    String name = d.requiredString(n, "name", "Window");
    Node cal = d.required(n, "calendar", "Window");
    BusinessCalendar calendar = cal == null ? null : calendars.calendar(cal, scope, 0);
    if (d.count() != before || calendar == null) {
      return null;
    }
    return d.model(n, () -> ServiceWindow.of(name, calendar));
  }

  private BigDecimal decimal(Node obj, String key, BigDecimal orElse) {
    Node v = d.optional(obj, key);
    return v == null ? orElse : d.decimal(v);
  }

  private BigDecimal requiredDecimal(Node obj, String key, String what) {
    Node v = d.required(obj, key, what);
    return v == null ? null : d.decimal(v);
  }

  private Integer requiredInt(Node obj, String key, String what) {
    Node v = d.required(obj, key, what);
    return v == null ? null : d.integer(v);
  }

  private <E extends Enum<E>> E enumOr(Node obj, String key, Class<E> type, E orElse) {
    Node v = d.optional(obj, key);
    return v == null ? orElse : d.enumValue(v, type);
  }

  private Duration optionalDuration(Node obj, String key) {
    Node v = d.optional(obj, key);
    return v == null ? null : d.duration(v);
  }

  private Condition condition(Node obj, String key, boolean required) {
    return condition(obj, key, required, "A ticket timer target");
  }

  private Condition condition(Node obj, String key, boolean required, String what) {
    Node v = required ? d.required(obj, key, what) : d.optional(obj, key);
    if (v == null) {
      return required ? null : Condition.never();
    }
    String text = d.string(v);
    return text == null ? null : d.model(v, () -> Condition.parse(text));
  }

  ReportingPeriod period(Node n) {
    if (n.type == Node.Type.STRING) {
      switch (n.text) {
        case "WEEK":
          return ReportingPeriod.calendarWeek();
        case "MONTH":
          return ReportingPeriod.calendarMonth();
        case "QUARTER":
          return ReportingPeriod.calendarQuarter();
        case "YEAR":
          return ReportingPeriod.calendarYear();
        default:
          d.problem(n, "format", "Period must be WEEK, MONTH, QUARTER, YEAR or {rollingDays: n}: "
              + Limits.shown(n.text));
          return null;
      }
    }
    if (!d.object(n, "Rolling period", "rollingDays")) {
      return null;
    }
    Integer days = requiredInt(n, "rollingDays", "A rolling period");
    return days == null ? null : d.model(n, () -> ReportingPeriod.rollingDays(days));
  }

  private ReportingPeriod periodOr(Node obj, String key, ReportingPeriod orElse) {
    Node v = d.optional(obj, key);
    return v == null ? orElse : period(v);
  }

  BusinessDuration businessDuration(Node n) {
    if (!d.object(n, "Business duration",
        "businessTime", "elapsed", "workingDaysSameTime", "endOfWorkingDay")) {
      return null;
    }
    int forms = 0;
    BusinessDuration out = null;
    for (String key : new String[] {"businessTime", "elapsed"}) {
      Node v = d.optional(n, key);
      if (v != null) {
        forms++;
        Duration t = d.duration(v);
        out = t == null ? null : d.model(v, () -> key.equals("elapsed")
            ? BusinessDuration.elapsed(t) : BusinessDuration.businessTime(t));
      }
    }
    for (String key : new String[] {"workingDaysSameTime", "endOfWorkingDay"}) {
      Node v = d.optional(n, key);
      if (v != null) {
        forms++;
        Integer days = d.integer(v);
        out = days == null ? null : d.model(v, () -> key.equals("endOfWorkingDay")
            ? BusinessDuration.endOfWorkingDay(days) : BusinessDuration.workingDaysSameTime(days));
      }
    }
    if (forms != 1) {
      d.problem(n, "model", "A business duration needs exactly one of businessTime, elapsed,"
          + " workingDaysSameTime or endOfWorkingDay: " + forms + " given");
      return null;
    }
    return out;
  }

  // ---- targets -------------------------------------------------------------------------------

  /** What every target has. */
  private record Common(
      String id,
      String service,
      String window,
      ReportingPeriod period,
      BigDecimal weight,
      BigDecimal atRisk,
      PartyRole responsible,
      List<TargetRef> supports) {}

  private static String[] keys(String... specific) {
    String[] all = new String[COMMON_TARGET_KEYS.length + specific.length];
    System.arraycopy(COMMON_TARGET_KEYS, 0, all, 0, COMMON_TARGET_KEYS.length);
    System.arraycopy(specific, 0, all, COMMON_TARGET_KEYS.length, specific.length);
    return all;
  }

  private Common common(Node n, Set<String> services, Set<String> windows) {
    String id = d.requiredString(n, "id", "A target");
    String service = d.requiredString(n, "service", "A target");
    String window = d.requiredString(n, "window", "A target");
    if (service != null && !services.contains(service)) {
      d.problem(n.get("service"), "reference", "Target names an unknown service: "
          + Limits.shown(service));
    }
    if (window != null && !windows.contains(window)) {
      d.problem(n.get("window"), "reference", "Target names an unknown window: "
          + Limits.shown(window));
    }
    ReportingPeriod period = periodOr(n, "period", DEFAULT_PERIOD);
    BigDecimal weight = decimal(n, "weight", DEFAULT_WEIGHT);
    BigDecimal atRisk = decimal(n, "atRiskThreshold", DEFAULT_AT_RISK);
    PartyRole responsible = enumOr(n, "responsibleParty", PartyRole.class, DEFAULT_RESPONSIBLE);
    List<TargetRef> supports = new ArrayList<>();
    for (Node s : d.optionalList(n, "supports")) {
      String text = d.string(s);
      if (text == null) {
        continue;
      }
      int slash = text.indexOf('/');
      if (slash < 0 || text.indexOf('/', slash + 1) >= 0) {
        d.problem(s, "format", "A supported target is written agreement-id/target-id: "
            + Limits.shown(text));
        continue;
      }
      TargetRef ref =
          d.model(s, () -> TargetRef.of(text.substring(0, slash), text.substring(slash + 1)));
      if (ref != null) {
        supports.add(ref);
      }
    }
    return new Common(id, service, window, period, weight, atRisk, responsible, supports);
  }

  MetricTarget target(Node n, Set<String> services, Set<String> windows) {
    if (!n.isObject()) {
      d.problem(n, "type", "A target must be an object, not " + n.typeName());
      return null;
    }
    Node typeNode = d.required(n, "type", "A target");
    TargetKind type = typeNode == null ? null : d.enumValue(typeNode, TargetKind.class);
    if (type == null) {
      return null;
    }
    switch (type) {
      case AVAILABILITY:
        return availability(n, services, windows);
      case TICKET_TIMER:
        return ticketTimer(n, services, windows);
      default:
        return measurement(n, services, windows);
    }
  }

  private AvailabilityTarget availability(Node n, Set<String> services, Set<String> windows) {
    d.object(n, "An availability target", keys("minimum", "excludedCauses", "maintenanceNotice",
        "ignoreOutagesShorterThan"));
    int before = d.count();
    Common c = common(n, services, windows);
    BigDecimal minimum = requiredDecimal(n, "minimum", "An availability target");
    List<OutageCause> causes = new ArrayList<>();
    for (Node cause : d.optionalList(n, "excludedCauses")) {
      OutageCause oc = d.enumValue(cause, OutageCause.class);
      if (oc != null) {
        causes.add(oc);
      }
    }
    Duration notice = optionalDuration(n, "maintenanceNotice");
    Duration ignore = optionalDuration(n, "ignoreOutagesShorterThan");
    if (d.count() != before) {
      return null;
    }
    return d.model(
        n,
        () -> {
          AvailabilityTarget.Builder b = AvailabilityTarget.builder();
          b.id(c.id())
              .service(c.service())
              .window(c.window())
              .period(c.period())
              .weight(c.weight())
              .atRiskThreshold(c.atRisk())
              .responsibleParty(c.responsible())
              .addAllSupports(c.supports())
              .minimum(minimum)
              .addAllExcludedCauses(causes);
          if (notice != null) {
            b.maintenanceNotice(notice);
          }
          if (ignore != null) {
            b.ignoreOutagesShorterThan(ignore);
          }
          return b.build();
        });
  }

  private TicketTimerTarget ticketTimer(Node n, Set<String> services, Set<String> windows) {
    d.object(n, "A ticket timer target", keys("timer", "goals", "goalSelection", "startWhen",
        "stopWhen", "pauseWhen", "cancelWhen", "resetWhen", "cycles", "goalChange", "thresholds",
        "requiredShare", "membership"));
    int before = d.count();
    Common c = common(n, services, windows);
    String timer = d.requiredString(n, "timer", "A ticket timer target");
    TimerKind kind = timer == null ? null : d.model(n.get("timer"), () -> TimerKind.of(timer));
    List<TimerGoal> goals = new ArrayList<>();
    d.required(n, "goals", "A ticket timer target");
    for (Node g : d.optionalList(n, "goals")) {
      if (!d.object(g, "A timer goal", "when", "within")) {
        continue;
      }
      int b0 = d.count();
      Condition when = condition(g, "when", true, "A timer goal");
      Node within = d.required(g, "within", "A timer goal");
      BusinessDuration duration = within == null ? null : businessDuration(within);
      if (d.count() == b0) {
        TimerGoal goal = d.model(g, () -> TimerGoal.of(when, duration));
        if (goal != null) {
          goals.add(goal);
        }
      }
    }
    GoalSelection selection =
        enumOr(n, "goalSelection", GoalSelection.class, DEFAULT_GOAL_SELECTION);
    Condition start = condition(n, "startWhen", true);
    Condition stop = condition(n, "stopWhen", true);
    Condition pause = condition(n, "pauseWhen", false);
    Condition cancel = condition(n, "cancelWhen", false);
    Condition reset = condition(n, "resetWhen", false);
    TimerCycles cycles = enumOr(n, "cycles", TimerCycles.class, DEFAULT_CYCLES);
    GoalChangePolicy goalChange =
        enumOr(n, "goalChange", GoalChangePolicy.class, DEFAULT_GOAL_CHANGE);
    List<TimerThreshold> thresholds = new ArrayList<>();
    for (Node t : d.optionalList(n, "thresholds")) {
      TimerThreshold threshold = threshold(t);
      if (threshold != null) {
        thresholds.add(threshold);
      }
    }
    BigDecimal share = decimal(n, "requiredShare", DEFAULT_REQUIRED_SHARE);
    TicketMembership membership =
        enumOr(n, "membership", TicketMembership.class, DEFAULT_MEMBERSHIP);
    if (d.count() != before) {
      return null;
    }
    return d.model(
        n,
        () ->
            TicketTimerTarget.builder()
                .id(c.id())
                .service(c.service())
                .window(c.window())
                .period(c.period())
                .weight(c.weight())
                .atRiskThreshold(c.atRisk())
                .responsibleParty(c.responsible())
                .addAllSupports(c.supports())
                .timer(kind)
                .addAllGoals(goals)
                .goalSelection(selection)
                .startWhen(start)
                .stopWhen(stop)
                .pauseWhen(pause)
                .cancelWhen(cancel)
                .resetWhen(reset)
                .cycles(cycles)
                .goalChange(goalChange)
                .addAllThresholds(thresholds)
                .requiredShare(share)
                .membership(membership)
                .build());
  }

  private TimerThreshold threshold(Node n) {
    if (!d.object(n, "A timer threshold", "type", "shareOfGoal", "beforeDeadline",
        "escalationLevel")) {
      return null;
    }
    int before = d.count();
    Node typeNode = d.required(n, "type", "A timer threshold");
    dev.servicelevel.agreement.ThresholdType type =
        typeNode == null
            ? null
            : d.enumValue(typeNode, dev.servicelevel.agreement.ThresholdType.class);
    Node shareNode = d.optional(n, "shareOfGoal");
    Node beforeNode = d.optional(n, "beforeDeadline");
    if ((shareNode == null) == (beforeNode == null)) {
      d.problem(n, "model", "A threshold is either a shareOfGoal or a beforeDeadline");
      return null;
    }
    BigDecimal share = shareNode == null ? null : d.decimal(shareNode);
    BusinessDuration remaining = beforeNode == null ? null : businessDuration(beforeNode);
    Node levelNode = d.optional(n, "escalationLevel");
    Integer level = levelNode == null ? null : d.integer(levelNode);
    if (d.count() != before) {
      return null;
    }
    boolean warning = type == dev.servicelevel.agreement.ThresholdType.WARNING;
    return d.model(
        n,
        () -> {
          TimerThreshold t =
              share != null
                  ? (warning ? TimerThreshold.warningAt(share) : TimerThreshold.escalationAt(share))
                  : (warning
                      ? TimerThreshold.warningBefore(remaining)
                      : TimerThreshold.escalationBefore(remaining));
          return level == null ? t : t.atLevel(level);
        });
  }

  private MeasurementTarget measurement(Node n, Set<String> services, Set<String> windows) {
    d.object(n, "A measurement target", keys("indicator", "comparison", "objective", "unit"));
    int before = d.count();
    Common c = common(n, services, windows);
    Node ind = d.required(n, "indicator", "A measurement target");
    Indicator indicator = ind == null ? null : indicator(ind);
    Node cmp = d.required(n, "comparison", "A measurement target");
    Comparison comparison = cmp == null ? null : d.enumValue(cmp, Comparison.class);
    BigDecimal objective = requiredDecimal(n, "objective", "A measurement target");
    String unit = d.optionalString(n, "unit");
    if (d.count() != before) {
      return null;
    }
    return d.model(
        n,
        () -> {
          MeasurementTarget.Builder b = MeasurementTarget.builder();
          b.id(c.id())
              .service(c.service())
              .window(c.window())
              .period(c.period())
              .weight(c.weight())
              .atRiskThreshold(c.atRisk())
              .responsibleParty(c.responsible())
              .addAllSupports(c.supports())
              .indicator(indicator)
              .comparison(comparison)
              .objective(objective);
          if (unit != null) {
            b.unit(unit);
          }
          return b.build();
        });
  }

  Indicator indicator(Node n) {
    if (!n.isObject()) {
      d.problem(n, "type", "An indicator must be an object, not " + n.typeName());
      return null;
    }
    Node kindNode = d.required(n, "kind", "An indicator");
    Indicator.Kind kind = kindNode == null ? null : d.enumValue(kindNode, Indicator.Kind.class);
    if (kind == null) {
      return null;
    }
    int before = d.count();
    switch (kind) {
      case PERCENTILE:
        {
          d.object(n, "A percentile indicator", "kind", "percentile");
          BigDecimal p = requiredDecimal(n, "percentile", "A percentile indicator");
          return d.count() != before ? null : d.model(n, () -> Indicator.percentile(p));
        }
      case OCCURRENCES:
      case RATIO_TIMESLICES:
        {
          boolean slices = kind == Indicator.Kind.RATIO_TIMESLICES;
          if (slices) {
            d.object(n, "A ratio-timeslices indicator", "kind", "slice", "goodComparison",
                "goodThreshold");
          } else {
            d.object(n, "An occurrences indicator", "kind", "goodComparison", "goodThreshold");
          }
          Node cmp = d.required(n, "goodComparison", "This indicator");
          Comparison comparison = cmp == null ? null : d.enumValue(cmp, Comparison.class);
          BigDecimal threshold = requiredDecimal(n, "goodThreshold", "This indicator");
          Duration slice = null;
          if (slices) {
            Node s = d.required(n, "slice", "A ratio-timeslices indicator");
            slice = s == null ? null : d.duration(s);
          }
          if (d.count() != before) {
            return null;
          }
          Duration sliceLength = slice;
          return d.model(
              n,
              () ->
                  slices
                      ? Indicator.ratioTimeslices(sliceLength, comparison, threshold)
                      : Indicator.samplesMeeting(comparison, threshold));
        }
      case MEAN:
        d.object(n, "A mean indicator", "kind");
        return d.count() != before ? null : Indicator.mean();
      case MAX:
        d.object(n, "A max indicator", "kind");
        return d.count() != before ? null : Indicator.max();
      case RATIO:
        d.object(n, "A ratio indicator", "kind");
        return d.count() != before ? null : Indicator.ratio();
      default:
        d.problem(kindNode, "format", "Indicator kind is not supported: " + kind);
        return null;
    }
  }

  // ---- credits, termination, duties ----------------------------------------------------------

  private CreditPolicy creditPolicy(Node n, Set<String> targetIds) {
    if (!d.object(n, "A credit policy", "fee", "currency", "billingPeriod", "targets",
        "combination", "capPercent", "minimumPayout")) {
      return null;
    }
    int before = d.count();
    BigDecimal fee = requiredDecimal(n, "fee", "A credit policy");
    String code = d.requiredString(n, "currency", "A credit policy");
    Currency currency = null;
    if (code != null) {
      currency = d.parsed(n.get("currency"), "ISO 4217 currency code", Currency::getInstance);
    }
    ReportingPeriod billing = periodOr(n, "billingPeriod", DEFAULT_PERIOD);
    List<TargetCredits> targets = new ArrayList<>();
    for (Node t : d.optionalList(n, "targets")) {
      TargetCredits tc = targetCredits(t, targetIds);
      if (tc != null) {
        targets.add(tc);
      }
    }
    CreditCombination combination =
        enumOr(n, "combination", CreditCombination.class, DEFAULT_COMBINATION);
    BigDecimal cap = decimal(n, "capPercent", null);
    BigDecimal payout = decimal(n, "minimumPayout", null);
    if (d.count() != before) {
      return null;
    }
    Currency cur = currency;
    return d.model(
        n,
        () -> {
          CreditPolicy.Builder b = CreditPolicy.builder();
          b.fee(fee)
              .currency(cur)
              .billingPeriod(billing)
              .addAllTargets(targets)
              .combination(combination);
          if (cap != null) {
            b.capPercent(cap);
          }
          if (payout != null) {
            b.minimumPayout(payout);
          }
          return b.build();
        });
  }

  private TargetCredits targetCredits(Node n, Set<String> targetIds) {
    if (!d.object(n, "Credit tiers of a target", "targetId", "tiers")) {
      return null;
    }
    int before = d.count();
    String targetId = d.requiredString(n, "targetId", "Credit tiers of a target");
    if (targetId != null && !targetIds.contains(targetId)) {
      d.problem(n.get("targetId"), "reference", "Credit tiers name an unknown target: "
          + Limits.shown(targetId));
    }
    d.required(n, "tiers", "Credit tiers of a target");
    List<CreditTier> tiers = new ArrayList<>();
    for (Node t : d.optionalList(n, "tiers")) {
      if (!d.object(t, "A credit tier", "fromInclusive", "toExclusive", "creditPercent")) {
        continue;
      }
      int b0 = d.count();
      BigDecimal from = decimal(t, "fromInclusive", null);
      BigDecimal to = decimal(t, "toExclusive", null);
      BigDecimal credit = requiredDecimal(t, "creditPercent", "A credit tier");
      if (d.count() != b0) {
        continue;
      }
      if (from == null && to == null) {
        d.problem(t, "model", "A credit tier needs at least one bound");
        continue;
      }
      CreditTier tier =
          d.model(
              t,
              () ->
                  from == null
                      ? CreditTier.below(to, credit)
                      : to == null
                          ? CreditTier.atOrAbove(from, credit)
                          : CreditTier.between(from, to, credit));
      if (tier != null) {
        tiers.add(tier);
      }
    }
    return d.count() != before ? null : d.model(n, () -> TargetCredits.of(targetId, tiers));
  }

  private TerminationRule terminationRule(Node n, Set<String> targetIds) {
    if (!d.object(n, "A termination rule", "targets", "breaches", "periods", "holder")) {
      return null;
    }
    int before = d.count();
    d.required(n, "targets", "A termination rule");
    List<String> targets = d.strings(n, "targets");
    List<Node> targetNodes = d.optionalList(n, "targets");
    for (int i = 0; i < targetNodes.size(); i++) {
      Node t = targetNodes.get(i);
      if (t.type == Node.Type.STRING && !targetIds.contains(t.text)) {
        d.problem(t, "reference", "Termination rule names an unknown target: "
            + Limits.shown(t.text));
      }
    }
    Integer breaches = requiredInt(n, "breaches", "A termination rule");
    Integer periods = requiredInt(n, "periods", "A termination rule");
    PartyRole holder = enumOr(n, "holder", PartyRole.class, DEFAULT_HOLDER);
    if (d.count() != before) {
      return null;
    }
    return d.model(
        n,
        () ->
            TerminationRule.breachesWithin(breaches, periods, targets.toArray(new String[0]))
                .withHolder(holder));
  }

  private Responsibility responsibility(Node n) {
    if (!d.object(n, "A responsibility", "party", "description")) {
      return null;
    }
    int before = d.count();
    Node p = d.required(n, "party", "A responsibility");
    PartyRole party = p == null ? null : d.enumValue(p, PartyRole.class);
    String description = d.requiredString(n, "description", "A responsibility");
    return d.count() != before ? null : d.model(n, () -> Responsibility.of(party, description));
  }

  private EscalationLevel escalationLevel(Node n) {
    if (!d.object(n, "An escalation level", "name", "contacts")) {
      return null;
    }
    int before = d.count();
    String name = d.requiredString(n, "name", "An escalation level");
    d.required(n, "contacts", "An escalation level");
    List<String> contacts = d.strings(n, "contacts");
    return d.count() != before ? null : d.model(n, () -> EscalationLevel.of(name, contacts));
  }

  private ReviewSchedule reviewSchedule(Node n) {
    if (!d.object(n, "A review schedule", "cadence", "participants")) {
      return null;
    }
    int before = d.count();
    Node c = d.required(n, "cadence", "A review schedule");
    ReportingPeriod cadence = c == null ? null : period(c);
    List<String> participants = d.strings(n, "participants");
    return d.count() != before
        ? null
        : d.model(n, () -> ReviewSchedule.of(cadence, participants));
  }
}
