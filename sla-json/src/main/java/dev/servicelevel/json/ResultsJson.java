package dev.servicelevel.json;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.evaluation.AvailabilityFigures;
import dev.servicelevel.evaluation.chain.ChainBreach;
import dev.servicelevel.evaluation.CreditLine;
import dev.servicelevel.evaluation.CreditResult;
import dev.servicelevel.evaluation.ErrorBudget;
import dev.servicelevel.evaluation.ExplainedRecord;
import dev.servicelevel.evaluation.Explanation;
import dev.servicelevel.evaluation.Forecast;
import dev.servicelevel.evaluation.Fraction;
import dev.servicelevel.evaluation.timer.GoalChange;
import dev.servicelevel.evaluation.MeasurementFigures;
import dev.servicelevel.evaluation.OverallScore;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.TargetResult;
import dev.servicelevel.evaluation.TerminationFinding;
import dev.servicelevel.evaluation.timer.ThresholdStatus;
import dev.servicelevel.evaluation.TicketFigures;
import dev.servicelevel.evaluation.timer.TimerCycle;
import dev.servicelevel.evaluation.timer.TimerResult;
import dev.servicelevel.evaluation.UnevaluableRecord;
import dev.servicelevel.evaluation.chain.WeakLink;
import dev.servicelevel.evaluation.WindowComparison;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes evaluation results as JSON: timer results, period reports (figures, explanations,
 * credits, score, unevaluable records), agreement-chain findings and termination findings.
 *
 * <h2>The format, version {@value ApiVersion#V1}</h2>
 * Each document is a JSON object that starts with {@code "apiVersion": "servicelevel.dev/v1"}
 * and a {@code kind}: {@code TimerResult}, {@code PeriodReport}, {@code ChainAnalysis} or
 * {@code TerminationFindings}. Field names are the accessor names of the Java types
 * ({@link TargetResult#achieved()} is {@code achieved}), in the order the Java types declare
 * them, with these rules, so that a format change shows up as a diff of the golden files in the
 * tests:
 * <ul>
 *   <li>Exact values: decimals are JSON strings with their scale ({@code "99.95"},
 *       {@code "0.50"}), never binary floating point; durations ISO-8601 ({@code "PT12M"});
 *       instants RFC 3339 in UTC ({@code "2025-03-04T10:00:00Z"}); dates ISO; whole counts are
 *       JSON numbers.</li>
 *   <li>Exact figures ({@link TargetResult#exactAchieved()}, {@code exactMargin},
 *       {@code exactBurnRate}, the budget's {@code usedShare}, the forecast's
 *       {@code budgetUsedShare}, the score's {@code exactValue} and {@code exactServices}) are
 *       fractions in lowest terms, written as an object of two strings of digits,
 *       {@code {"numerator": "20", "denominator": "37"}} (the denominator positive, the
 *       numerator carrying the sign; strings because they may exceed 2<sup>53</sup>), beside
 *       the rounded decimal of the same figure.</li>
 *   <li>An empty optional value is left out; a list or map is always written, empty as
 *       {@code []} or {@code {}}.</li>
 *   <li>Enums by their Java name ({@code "BREACHED"}, {@code "AVAILABILITY"}).</li>
 *   <li>Derived figures are written beside what they derive from, for readers without our
 *       library: {@code complete} ({@link TargetResult#isComplete()}), the error budget's
 *       {@code left}, {@code usedPercent} and, for time budgets, {@code allowedTime},
 *       {@code usedTime}, {@code leftTime}; a ticket figure's {@code counted}; a report's
 *       {@code unevaluableCount} and {@code attention} (the target ids of
 *       {@link PeriodReport#attention()}, in its order); a timer result's
 *       {@code nextChangeAt}.</li>
 *   <li>An explained record's {@code figures} map its figure names to decimal strings (the
 *       names its {@code code} lists, see {@link dev.servicelevel.evaluation.ReasonCode}).</li>
 *   <li>Parts of the agreement a result names are written compactly: a period as
 *       {@code {"label", "start", "end"}}, a goal as {@code {"when": condition text, "within":
 *       {"basis", "time" | "workingDays"}}}, a threshold, credit tier or termination rule with
 *       its fields, a target reference as {@code {"agreementId", "targetId"}}.</li>
 * </ul>
 *
 * <p>Results are written, not read back: they are computed, so a host that stores a report
 * stores the observations and the agreement and evaluates again, or keeps this JSON as a record.
 *
 * <pre>{@code
 * String json = ResultsJson.toJson(report);          // pretty, two-space indent, LF
 * String line = ResultsJson.toJsonLine(timerResult);  // one line, for JSON Lines output
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ResultsJson {

  private ResultsJson() {}

  /**
   * Writes a period report as a pretty JSON document of kind {@code PeriodReport}.
   *
   * @param report  the report, not null
   * @return the JSON text, ending with a line end, not null
   */
  public static String toJson(PeriodReport report) {
    return pretty(tree(Objects.requireNonNull(report, "report")));
  }

  /**
   * Writes a period report as one line of JSON.
   *
   * @param report  the report, not null
   * @return the JSON text, without a line end, not null
   */
  public static String toJsonLine(PeriodReport report) {
    return DataJson.MAPPER.writeValueAsString(tree(Objects.requireNonNull(report, "report")));
  }

  /**
   * Writes a ticket's timer result as a pretty JSON document of kind {@code TimerResult}.
   *
   * @param result  the result, not null
   * @return the JSON text, ending with a line end, not null
   */
  public static String toJson(TimerResult result) {
    return pretty(tree(Objects.requireNonNull(result, "result")));
  }

  /**
   * Writes a ticket's timer result as one line of JSON.
   *
   * @param result  the result, not null
   * @return the JSON text, without a line end, not null
   */
  public static String toJsonLine(TimerResult result) {
    return DataJson.MAPPER.writeValueAsString(tree(Objects.requireNonNull(result, "result")));
  }

  /**
   * Writes the findings of an agreement-chain analysis as a pretty JSON document of kind
   * {@code ChainAnalysis}: the breaches ({@code ChainAnalysis.breaches}) and the weak links
   * ({@code ChainAnalysis.weakLinks}).
   *
   * @param breaches  the breaches, not null
   * @param weakLinks  the weak links, not null
   * @return the JSON text, ending with a line end, not null
   */
  public static String chainToJson(
      Collection<ChainBreach> breaches, Collection<WeakLink> weakLinks) {
    Objects.requireNonNull(breaches, "breaches");
    Objects.requireNonNull(weakLinks, "weakLinks");
    ObjectNode n = head("ChainAnalysis");
    ArrayNode b = n.putArray("breaches");
    for (ChainBreach x : breaches) {
      ObjectNode o = b.addObject();
      o.set("target", ref(x.target()));
      o.set("result", tree(x.result()));
      ArrayNode s = o.putArray("supporters");
      x.supporters().forEach(r -> s.add(ref(r)));
      ArrayNode bs = o.putArray("breachedSupporters");
      for (Map.Entry<TargetRef, TargetResult> e : x.breachedSupporters().entrySet()) {
        ObjectNode pair = bs.addObject();
        pair.set("target", ref(e.getKey()));
        pair.set("result", tree(e.getValue()));
      }
    }
    ArrayNode w = n.putArray("weakLinks");
    for (WeakLink x : weakLinks) {
      ObjectNode o = w.addObject();
      o.set("supported", ref(x.supported()));
      ArrayNode s = o.putArray("supporting");
      x.supporting().forEach(r -> s.add(ref(r)));
      o.put("reason", x.reason());
    }
    return pretty(n);
  }

  /**
   * Writes termination findings as a pretty JSON document of kind {@code TerminationFindings}.
   *
   * @param findings  the findings, not null
   * @return the JSON text, ending with a line end, not null
   */
  public static String terminationToJson(Collection<TerminationFinding> findings) {
    Objects.requireNonNull(findings, "findings");
    ObjectNode n = head("TerminationFindings");
    ArrayNode a = n.putArray("findings");
    for (TerminationFinding f : findings) {
      ObjectNode o = a.addObject();
      o.set("rule", rule(f.rule()));
      o.put("targetId", f.targetId());
      o.set("firedIn", period(f.firedIn()));
      ArrayNode p = o.putArray("breachedPeriods");
      f.breachedPeriods().forEach(p::add);
      o.put("holder", f.holder().name());
    }
    return pretty(n);
  }

  // ---- trees ----

  static ObjectNode tree(PeriodReport r) {
    ObjectNode n = head("PeriodReport");
    n.put("agreementId", r.agreementId());
    n.put("agreementKind", r.agreementKind().name());
    n.put("date", r.date().toString());
    n.put("asOf", r.asOf().toString());
    n.put("complete", r.isComplete());
    ArrayNode results = n.putArray("results");
    r.results().forEach(t -> results.add(target(t)));
    r.credit().ifPresent(c -> n.set("credit", credit(c)));
    n.set("score", score(r.score()));
    ArrayNode wc = n.putArray("windowComparisons");
    for (WindowComparison w : r.windowComparisons()) {
      ObjectNode o = wc.addObject();
      o.put("service", w.service());
      o.put("metric", w.metric());
      ArrayNode ids = o.putArray("targetIds");
      w.results().forEach(t -> ids.add(t.targetId()));
    }
    n.put("unevaluableCount", r.unevaluableCount());
    ArrayNode u = n.putArray("unevaluable");
    r.unevaluable().forEach(x -> u.add(unevaluable(x)));
    ArrayNode attention = n.putArray("attention");
    r.attention().forEach(t -> attention.add(t.targetId()));
    return n;
  }

  static ObjectNode tree(TargetResult t) {
    return target(t);
  }

  static ObjectNode tree(TimerResult r) {
    ObjectNode n = head("TimerResult");
    n.put("ticketId", r.ticketId());
    n.put("targetId", r.targetId());
    n.put("asOf", r.asOf().toString());
    ArrayNode cycles = n.putArray("cycles");
    r.cycles().forEach(c -> cycles.add(cycle(c)));
    instant(n, "nextChangeAt", r.nextChangeAt());
    return n;
  }

  private static ObjectNode head(String kind) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("apiVersion", ApiVersion.V1);
    n.put("kind", kind);
    return n;
  }

  private static ObjectNode cycle(TimerCycle c) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("number", c.number());
    n.put("state", c.state().name());
    instant(n, "startedAt", c.startedAt());
    instant(n, "firstStartedAt", c.firstStartedAt());
    c.goal().ifPresent(g -> n.set("goal", goal(g)));
    n.put("goalReason", c.goalReason());
    duration(n, "goalTime", c.goalTime());
    ArrayNode changes = n.putArray("goalChanges");
    for (GoalChange g : c.goalChanges()) {
      ObjectNode o = changes.addObject();
      o.put("at", g.at().toString());
      g.from().ifPresent(x -> o.set("from", goal(x)));
      g.to().ifPresent(x -> o.set("to", goal(x)));
      o.put("policy", g.policy().name());
      o.put("elapsedBefore", g.elapsedBefore().toString());
      o.put("wallClockBefore", g.wallClockBefore().toString());
    }
    ArrayNode resets = n.putArray("resets");
    c.resets().forEach(i -> resets.add(i.toString()));
    n.put("elapsed", c.elapsed().toString());
    n.put("wallClock", c.wallClock().toString());
    n.put("paused", c.paused().toString());
    n.put("pausedWallClock", c.pausedWallClock().toString());
    duration(n, "remaining", c.remaining());
    decimal(n, "percentUsed", c.percentUsed());
    instant(n, "deadline", c.deadline());
    instant(n, "breachedAt", c.breachedAt());
    instant(n, "stoppedAt", c.stoppedAt());
    ArrayNode th = n.putArray("thresholds");
    for (ThresholdStatus s : c.thresholds()) {
      ObjectNode o = th.addObject();
      o.set("threshold", threshold(s.threshold()));
      instant(o, "at", s.at());
      o.put("reached", s.isReached());
    }
    instant(n, "nextChangeAt", c.nextChangeAt());
    return n;
  }

  private static ObjectNode target(TargetResult t) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("targetId", t.targetId());
    n.put("kind", t.kind().name());
    n.put("service", t.service());
    n.put("window", t.window());
    n.put("metric", t.metric());
    n.put("weight", DataJson.decimalText(t.weight()));
    n.set("period", period(t.period()));
    n.put("asOf", t.asOf().toString());
    n.put("evaluatedUntil", t.evaluatedUntil().toString());
    n.put("complete", t.isComplete());
    n.put("status", t.status().name());
    n.put("budgetLow", t.isBudgetLow());
    decimal(n, "achieved", t.achieved());
    fraction(n, "exactAchieved", t.exactAchieved());
    fraction(n, "exactMargin", t.exactMargin());
    n.put("required", DataJson.decimalText(t.required()));
    n.put("comparison", t.comparison().name());
    t.unit().ifPresent(u -> n.put("unit", u));
    decimal(n, "margin", t.margin());
    t.budget().ifPresent(b -> n.set("budget", budget(b)));
    decimal(n, "burnRate", t.burnRate());
    fraction(n, "exactBurnRate", t.exactBurnRate());
    instant(n, "budgetExhaustion", t.budgetExhaustion());
    t.forecast().ifPresent(f -> n.set("forecast", forecast(f)));
    n.set("explanation", explanation(t.explanation()));
    t.availability().ifPresent(a -> n.set("availability", availability(a)));
    t.tickets().ifPresent(x -> n.set("tickets", tickets(x)));
    t.measurement().ifPresent(m -> n.set("measurement", measurement(m)));
    return n;
  }

  private static ObjectNode budget(ErrorBudget b) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("unit", b.unit().name());
    n.put("allowed", DataJson.decimalText(b.allowed()));
    n.put("used", DataJson.decimalText(b.used()));
    n.put("left", DataJson.decimalText(b.left()));
    decimal(n, "usedPercent", b.usedPercent());
    fraction(n, "usedShare", b.usedShare());
    duration(n, "allowedTime", b.allowedTime());
    duration(n, "usedTime", b.usedTime());
    duration(n, "leftTime", b.leftTime());
    return n;
  }

  private static ObjectNode forecast(Forecast f) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("value", DataJson.decimalText(f.value()));
    decimal(n, "budgetUsedPercent", f.budgetUsedPercent());
    fraction(n, "budgetUsedShare", f.budgetUsedShare());
    n.put("status", f.status().name());
    return n;
  }

  private static ObjectNode explanation(Explanation e) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    ArrayNode counted = n.putArray("counted");
    e.counted().forEach(r -> counted.add(record(r)));
    ArrayNode excluded = n.putArray("excluded");
    e.excluded().forEach(r -> excluded.add(record(r)));
    ObjectNode reasons = n.putObject("reasonCounts");
    e.reasonCounts().forEach(reasons::put);
    return n;
  }

  private static ObjectNode record(ExplainedRecord r) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("id", r.id());
    n.put("counted", r.counted());
    n.put("code", r.code().name());
    n.put("reason", r.reason());
    n.put("amount", DataJson.decimalText(r.amount()));
    ObjectNode figures = n.putObject("figures");
    r.figures().forEach((k, v) -> figures.put(k, DataJson.decimalText(v)));
    return n;
  }

  private static ObjectNode availability(AvailabilityFigures a) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("agreedTime", a.agreedTime().toString());
    n.put("agreedTimeSoFar", a.agreedTimeSoFar().toString());
    n.put("downtime", a.downtime().toString());
    n.put("outagesCounted", a.outagesCounted());
    n.put("outagesNotCounted", a.outagesNotCounted());
    n.put("unevaluable", a.unevaluable());
    ArrayNode u = n.putArray("unevaluableRecords");
    a.unevaluableRecords().forEach(x -> u.add(unevaluable(x)));
    return n;
  }

  private static ObjectNode tickets(TicketFigures t) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("met", t.met());
    n.put("breached", t.breached());
    n.put("pending", t.pending());
    n.put("excluded", t.excluded());
    n.put("unevaluable", t.unevaluable());
    ArrayNode u = n.putArray("unevaluableRecords");
    t.unevaluableRecords().forEach(x -> u.add(unevaluable(x)));
    n.put("counted", t.counted());
    return n;
  }

  private static ObjectNode measurement(MeasurementFigures m) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("indicator", m.indicator().toString());
    n.put("indicatorKind", m.indicator().kind().name());
    n.put("observations", m.observations());
    m.meeting().ifPresent(x -> n.put("meeting", x.longValue()));
    n.put("exactValue", m.exactValue());
    return n;
  }

  private static ObjectNode unevaluable(UnevaluableRecord u) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("kind", u.kind().name());
    n.put("id", u.id());
    n.put("targetId", u.targetId());
    n.put("reason", u.reason().name());
    n.put("text", u.text());
    return n;
  }

  private static ObjectNode credit(CreditResult c) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    c.period().ifPresent(p -> n.set("period", period(p)));
    ArrayNode lines = n.putArray("lines");
    for (CreditLine l : c.lines()) {
      ObjectNode o = lines.addObject();
      o.put("targetId", l.targetId());
      o.put("achieved", DataJson.decimalText(l.achieved()));
      l.tier().ifPresent(t -> o.set("tier", tier(t)));
      o.put("creditPercent", DataJson.decimalText(l.creditPercent()));
    }
    n.put("combination", c.combination().name());
    n.put("combinedPercent", DataJson.decimalText(c.combinedPercent()));
    decimal(n, "capPercent", c.capPercent());
    n.put("cappedPercent", DataJson.decimalText(c.cappedPercent()));
    n.put("amount", DataJson.decimalText(c.amount()));
    n.put("payable", DataJson.decimalText(c.payable()));
    n.put("currency", c.currency().getCurrencyCode());
    ArrayNode by = n.putArray("causedBy");
    c.causedBy().forEach(by::add);
    n.put("final", c.isFinal());
    return n;
  }

  private static ObjectNode score(OverallScore s) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    decimal(n, "value", s.value());
    fraction(n, "exactValue", s.exactValue());
    ObjectNode services = n.putObject("services");
    s.services().forEach((k, v) -> services.put(k, DataJson.decimalText(v)));
    ObjectNode exact = n.putObject("exactServices");
    s.exactServices().forEach((k, v) -> exact.set(k, fraction(v)));
    return n;
  }

  private static ObjectNode period(PeriodRange p) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("label", p.label());
    n.put("start", p.start().toString());
    n.put("end", p.end().toString());
    return n;
  }

  private static ObjectNode goal(TimerGoal g) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("when", g.when().toString());
    n.set("within", within(g.within()));
    return n;
  }

  private static ObjectNode within(BusinessDuration d) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("basis", d.basis().name());
    if (d.isTimeBased()) {
      n.put("time", d.time().toString());
    } else {
      n.put("workingDays", d.workingDays());
    }
    return n;
  }

  private static ObjectNode threshold(TimerThreshold t) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("type", t.type().name());
    decimal(n, "shareOfGoal", t.shareOfGoal());
    t.beforeDeadline().ifPresent(d -> n.set("beforeDeadline", within(d)));
    t.escalationLevel().ifPresent(l -> n.put("escalationLevel", l));
    return n;
  }

  private static ObjectNode tier(CreditTier t) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    decimal(n, "fromInclusive", t.fromInclusive());
    decimal(n, "toExclusive", t.toExclusive());
    n.put("creditPercent", DataJson.decimalText(t.creditPercent()));
    return n;
  }

  private static ObjectNode rule(TerminationRule r) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    ArrayNode targets = n.putArray("targets");
    r.targets().forEach(targets::add);
    n.put("breaches", r.breaches());
    n.put("periods", r.periods());
    n.put("consecutive", r.isConsecutive());
    n.put("holder", r.holder().name());
    return n;
  }

  private static ObjectNode ref(TargetRef r) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("agreementId", r.agreementId());
    n.put("targetId", r.targetId());
    return n;
  }

  private static void decimal(ObjectNode n, String name, Optional<BigDecimal> v) {
    v.ifPresent(d -> n.put(name, DataJson.decimalText(d)));
  }

  private static void fraction(ObjectNode n, String name, Optional<Fraction> v) {
    v.ifPresent(f -> n.set(name, fraction(f)));
  }

  /** An exact fraction in lowest terms: numerator and (positive) denominator as strings. */
  private static ObjectNode fraction(Fraction f) {
    ObjectNode n = DataJson.MAPPER.createObjectNode();
    n.put("numerator", f.numerator().toString());
    n.put("denominator", f.denominator().toString());
    return n;
  }

  private static void instant(ObjectNode n, String name, Optional<Instant> v) {
    v.ifPresent(i -> n.put(name, i.toString()));
  }

  private static void duration(ObjectNode n, String name, Optional<Duration> v) {
    v.ifPresent(d -> n.put(name, d.toString()));
  }

  private static String pretty(ObjectNode n) {
    return DataJson.MAPPER
            .writer()
            .with(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(n)
            .replace("\r\n", "\n")
        + "\n";
  }

  /** Lists the kinds of result document, for tests and the schema. */
  static List<String> kinds() {
    return List.of("TimerResult", "PeriodReport", "ChainAnalysis", "TerminationFindings");
  }
}
