package dev.servicelevel.examples;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.AvailabilityAccumulator;
import dev.servicelevel.evaluation.Compliance;
import dev.servicelevel.evaluation.ErrorBudget;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.ExplainedRecord;
import dev.servicelevel.evaluation.Observations;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.TargetResult;
import dev.servicelevel.evaluation.TerminationFinding;
import dev.servicelevel.evaluation.TicketTimerAccumulator;
import dev.servicelevel.evaluation.chain.ChainAnalysis;
import dev.servicelevel.evaluation.chain.ChainBreach;
import dev.servicelevel.evaluation.chain.WeakLink;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The quarter evaluated month by month through the library's compliance API: a
 * {@link PeriodReport} per agreement and month, the termination findings, the chain's weak links
 * and breaches, and the series the HTML charts draw (budget left as of the instants where it
 * changes, per-priority timer results). Every figure is the library's; this class only decides
 * what to ask it.
 */
final class QuarterEvaluation {

  /** The priorities the SLA's timers have goals for, in report order. */
  static final List<String> PRIORITIES = List.of("P1", "P2");

  /** The reports of one month, by agreement id in chain order. */
  record Month(YearMonth month, Map<String, PeriodReport> reports) {

    /**
     * Gets the report of an agreement.
     *
     * @param agreementId  the agreement's id
     * @return the report
     */
    PeriodReport report(String agreementId) {
      return reports.get(agreementId);
    }
  }

  /** The result of one SLA timer target restricted to one priority's goal, for one month. */
  record PriorityResult(YearMonth month, String priority, String targetId, TargetResult result) {}

  /** The most records an explanation lists (the library's bound of worstRecords). */
  private static final int MAX_LISTED = 10_000;

  private final EcoShopAgreements agreements;
  private final YearQuarter quarter;
  private final Instant asOf;
  private final List<Month> months = new ArrayList<>();
  private final List<TerminationFinding> termination;
  private final List<WeakLink> weakLinks;
  private final Map<YearMonth, List<ChainBreach>> chainBreaches = new LinkedHashMap<>();
  private final List<PriorityResult> byPriority = new ArrayList<>();
  private final Map<String, List<BurnDownChart.Month>> burnDown = new LinkedHashMap<>();
  private final List<OutageRow> outages;
  private final Map<String, String> countedOutages = new LinkedHashMap<>();
  private final Map<String, String> excludedOutages = new LinkedHashMap<>();

  private QuarterEvaluation(EcoShopAgreements agreements, YearQuarter quarter, Instant asOf,
      List<OutageRow> outages, List<TerminationFinding> termination, List<WeakLink> weakLinks) {
    this.agreements = agreements;
    this.quarter = quarter;
    this.asOf = asOf;
    this.outages = outages;
    this.termination = termination;
    this.weakLinks = weakLinks;
  }

  /**
   * Evaluates the quarter as of its end.
   *
   * @param agreements  the agreements to evaluate
   * @param data  the observations; a file that failed contributes nothing
   * @param quarter  the quarter
   * @param progress  where to report progress
   * @return the evaluation
   */
  static QuarterEvaluation evaluate(EcoShopAgreements agreements, EcoShopData data,
      YearQuarter quarter, Progress progress) {
    ZoneId zone = agreements.zone();
    Instant asOf = quarter.plusQuarters(1).atDay(1).atStartOfDay(zone).toInstant();
    List<OutageRow> outageRows = data.outages().orElse(List.of());
    List<Outage> outages = new ArrayList<>();
    outageRows.forEach(o -> outages.add(toOutage(o)));
    List<TicketHistory> tickets = data.tickets().orElse(List.of());
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    for (SampleRow s : data.samples().orElse(List.of())) {
      samples.computeIfAbsent(s.target(), k -> new ArrayList<>()).add(Sample.of(s.at(), s.value()));
    }
    // Explanations list every outage (a quarter has a handful), so the timeline can colour each.
    EvaluationOptions options = EvaluationOptions.builder().worstRecords(1000).build();
    LocalDateRange range = LocalDateRange.of(quarter.atDay(1), quarter.plusQuarters(1).atDay(1));

    Map<String, List<PeriodReport>> byAgreement = new LinkedHashMap<>();
    for (Agreement a : agreements.all()) {
      progress.step("Evaluating " + a.id() + " for " + quarter);
      // Samples go to the agreement that has their measurement target.
      Observations.Builder ob = Observations.builder().outages(outages).tickets(tickets);
      samples.forEach((id, list) -> {
        if (a.target(id).isPresent()) {
          ob.samples(id, list);
        }
      });
      Observations observations = ob.build();
      byAgreement.put(a.id(),
          Compliance.evaluate(a, ReportingPeriod.calendarMonth(), range, asOf, observations, options));
    }
    Agreement sla = agreements.sla();
    QuarterEvaluation q = new QuarterEvaluation(agreements, quarter, asOf, outageRows,
        Compliance.termination(sla, byAgreement.get(sla.id())),
        ChainAnalysis.weakLinks(agreements.chain()));
    int monthsInQuarter = byAgreement.get(sla.id()).size();
    for (int i = 0; i < monthsInQuarter; i++) {
      Map<String, PeriodReport> reports = new LinkedHashMap<>();
      for (Map.Entry<String, List<PeriodReport>> e : byAgreement.entrySet()) {
        reports.put(e.getKey(), e.getValue().get(i));
      }
      YearMonth month = YearMonth.from(quarter.atDay(1)).plusMonths(i);
      q.months.add(new Month(month, reports));
      q.chainBreaches.put(month, ChainAnalysis.breaches(agreements.chain(), reports.values()));
      for (PeriodReport r : reports.values()) {
        for (TargetResult t : r.results()) {
          for (ExplainedRecord x : t.explanation().counted()) {
            q.countedOutages.merge(x.id(), note(x.reason()), (a, b) -> a.isEmpty() ? b : a);
          }
          for (ExplainedRecord x : t.explanation().excluded()) {
            if (!x.reason().startsWith("outside window")) {
              q.excludedOutages.putIfAbsent(x.id(), x.reason().split(";")[0]);
            }
          }
        }
      }
    }
    progress.step("Timer compliance by priority");
    q.evaluateByPriority(tickets, options);
    progress.step("Error budget burn-down");
    q.evaluateBurnDown(outages, options);
    return q;
  }

  /** Evaluates each SLA timer target once per priority, with only that priority's goal. */
  private void evaluateByPriority(List<TicketHistory> tickets, EvaluationOptions options) {
    Agreement sla = agreements.sla();
    for (Month m : months) {
      for (String priority : PRIORITIES) {
        for (MetricTarget t : sla.targets()) {
          if (!(t instanceof TicketTimerTarget)) {
            continue;
          }
          TicketTimerTarget only = onlyPriority((TicketTimerTarget) t, priority);
          BusinessCalendar calendar = sla.window(t.window()).orElseThrow().calendar();
          PeriodRange period = PeriodRange.of(t.period(), m.month().atDay(1), sla.zone());
          TargetResult r = TicketTimerAccumulator.of(only, calendar, period, asOf, options)
              .addAll(tickets).result();
          byPriority.add(new PriorityResult(m.month(), priority, t.id(), r));
        }
      }
    }
  }

  /** A copy of a timer target whose only goal is the one for a priority. */
  private static TicketTimerTarget onlyPriority(TicketTimerTarget t, String priority) {
    TimerGoal goal = t.goals().stream()
        .filter(g -> g.when().matches(Map.of(EcoShopAgreements.PRIORITY, priority), Set.of()))
        .findFirst().orElseThrow();
    TicketTimerTarget.Builder b = TicketTimerTarget.builder();
    b.id(t.id()).service(t.service()).window(t.window()).timer(t.timer()).period(t.period())
        .weight(t.weight()).atRiskThreshold(t.atRiskThreshold()).responsibleParty(t.responsibleParty())
        .addGoals(goal).goalSelection(t.goalSelection()).startWhen(t.startWhen()).stopWhen(t.stopWhen())
        .pauseWhen(t.pauseWhen()).cancelWhen(t.cancelWhen()).resetWhen(t.resetWhen()).cycles(t.cycles())
        .goalChange(t.goalChange()).membership(t.membership()).addAllThresholds(t.thresholds())
        .requiredShare(t.requiredShare());
    return b.build();
  }

  /**
   * Computes each availability target's budget left as of the instants where the burn rate can
   * change: the month's start and end, the start and end of each counted outage, and each
   * opening or closing of the window while one is going on. Between two such instants the budget
   * falls linearly, so the chart's straight lines between them are exact.
   *
   * <p>The library decides which outages count (one accumulator per outage of the month, asked
   * for its count) and gives the month's allowed downtime and final figure; the downtime in
   * between is summed here in one sweep over the counted outages in time order, the larger impact
   * winning where they overlap, as in the library. That is O(n log n) in the outages, where asking
   * the library for the budget as of every instant was O(n²) (173 s for 12,000 outages).
   */
  private void evaluateBurnDown(List<Outage> outages, EvaluationOptions options) {
    for (Agreement a : agreements.all()) {
      for (MetricTarget t : a.targets()) {
        if (!(t instanceof AvailabilityTarget)) {
          continue;
        }
        AvailabilityTarget target = (AvailabilityTarget) t;
        BusinessCalendar calendar = a.window(t.window()).orElseThrow().calendar();
        List<BurnDownChart.Month> series = new ArrayList<>();
        for (Month m : months) {
          PeriodRange period = PeriodRange.of(t.period(), m.month().atDay(1), a.zone());
          TargetResult whole = AvailabilityAccumulator.of(target, calendar, period, period.end(),
              options).addAll(outages).result();
          BigDecimal fin = leftPercent(whole);
          List<BurnDownChart.Point> points = new ArrayList<>();
          Optional<BigDecimal> allowed = whole.budget().map(ErrorBudget::allowed)
              .filter(x -> x.signum() > 0);
          if (allowed.isEmpty()) {
            points.add(new BurnDownChart.Point(period.start(), fin));
            points.add(new BurnDownChart.Point(period.end(), fin));
          } else {
            List<Outage> counted = counted(target, calendar, period, outages, whole);
            sweep(counted, period.interval(), calendar, allowed.get(), points);
          }
          series.add(new BurnDownChart.Month(m.month(), points, fin));
        }
        burnDown.put(a.id() + "/" + t.id(), series);
      }
    }
  }

  /**
   * The outages the library counted in a month: those its explanation lists as counted when it
   * lists them all (up to 10,000), else those an accumulator of their own counts.
   */
  private static List<Outage> counted(AvailabilityTarget target, BusinessCalendar calendar,
      PeriodRange period, List<Outage> outages, TargetResult whole) {
    List<Outage> relevant = new ArrayList<>();
    for (Outage o : outages) {
      if (o.service().equals(target.service())
          && intersection(o.interval(), period.interval()).isPresent()) {
        relevant.add(o);
      }
    }
    long countedByLibrary = whole.availability().map(f -> f.outagesCounted()).orElse(0L);
    if (countedByLibrary <= MAX_LISTED) {
      TargetResult listed = AvailabilityAccumulator.of(target, calendar, period, period.end(),
          EvaluationOptions.builder().worstRecords(MAX_LISTED).build()).addAll(relevant).result();
      Set<String> ids = new HashSet<>();
      listed.explanation().counted().forEach(x -> ids.add(x.id()));
      if (ids.size() == countedByLibrary) {
        List<Outage> counted = new ArrayList<>();
        relevant.stream().filter(o -> ids.contains(o.id())).forEach(counted::add);
        return counted;
      }
    }
    EvaluationOptions lean = EvaluationOptions.builder().worstRecords(0).build();
    List<Outage> counted = new ArrayList<>();
    for (Outage o : relevant) {
      if (AvailabilityAccumulator.of(target, calendar, period, period.end(), lean).add(o).result()
          .availability().map(f -> f.outagesCounted() > 0).orElse(false)) {
        counted.add(o);
      }
    }
    return counted;
  }

  /** An outage starting (a positive count) or ending (negative) at an instant. */
  private record Edge(Instant at, BigDecimal impact, int count) {}

  /**
   * Sums the downtime of counted outages in time order and adds a point at each instant where
   * the burn rate can change.
   */
  private static void sweep(List<Outage> counted, Interval period, BusinessCalendar calendar,
      BigDecimal allowedSeconds, List<BurnDownChart.Point> points) {
    List<Edge> edges = new ArrayList<>(2 * counted.size());
    for (Outage o : counted) {
      Interval inside = o.interval().intersection(period);
      BigDecimal impact = o.impact();
      edges.add(new Edge(inside.getStart(), impact, 1));
      edges.add(new Edge(inside.getEnd(), impact, -1));
    }
    edges.sort(Comparator.comparing(Edge::at));
    TreeMap<BigDecimal, Integer> active = new TreeMap<>();
    BigDecimal usedSeconds = BigDecimal.ZERO;
    Instant at = period.getStart();
    points.add(new BurnDownChart.Point(at, left(usedSeconds, allowedSeconds)));
    int i = 0;
    while (i <= edges.size()) {
      Instant next = i < edges.size() ? edges.get(i).at() : period.getEnd();
      if (next.isAfter(at)) {
        if (!active.isEmpty()) {
          BigDecimal impact = active.lastKey();
          for (Interval open : calendar.openIntervals(Interval.of(at, next))) {
            if (open.getStart().isAfter(at)) {
              points.add(
                  new BurnDownChart.Point(open.getStart(), left(usedSeconds, allowedSeconds)));
            }
            usedSeconds = usedSeconds.add(seconds(open.toDuration()).multiply(impact));
            points.add(new BurnDownChart.Point(open.getEnd(), left(usedSeconds, allowedSeconds)));
          }
        }
        if (points.get(points.size() - 1).at().isBefore(next)) {
          points.add(new BurnDownChart.Point(next, left(usedSeconds, allowedSeconds)));
        }
        at = next;
      }
      if (i == edges.size()) {
        break;
      }
      Edge e = edges.get(i++);
      active.merge(e.impact(), e.count(), (x, y) -> x + y == 0 ? null : x + y);
    }
  }

  private static BigDecimal seconds(Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
  }

  private static BigDecimal left(BigDecimal usedSeconds, BigDecimal allowedSeconds) {
    BigDecimal used = usedSeconds.multiply(BigDecimal.valueOf(100));
    return BigDecimal.valueOf(100).subtract(used.divide(allowedSeconds, MathContext.DECIMAL64));
  }

  private static Optional<Interval> intersection(Interval a, Interval b) {
    return a.overlaps(b) ? Optional.of(a.intersection(b)) : Optional.empty();
  }

  /**
   * Gets the share of an error budget left, in percent; negative when overspent.
   *
   * @param r  a result with a budget
   * @return 100 minus the share used, 100 when the result has no budget
   */
  static BigDecimal leftPercent(TargetResult r) {
    return r.budget().flatMap(ErrorBudget::usedPercent)
        .map(used -> BigDecimal.valueOf(100).subtract(used)).orElse(BigDecimal.valueOf(100));
  }

  /** Turns a read row into the library's outage. */
  static Outage toOutage(OutageRow row) {
    Outage.Builder b = Outage.builder();
    b.id(row.id()).service(row.service()).interval(Interval.of(row.start(), row.end()))
        .impact(row.impact());
    row.cause().ifPresent(b::cause);
    row.announcedAt().ifPresent(b::announcedAt);
    return b.build();
  }

  /**
   * Gets the agreements evaluated.
   *
   * @return the agreements
   */
  EcoShopAgreements agreements() {
    return agreements;
  }

  /**
   * Gets the quarter evaluated.
   *
   * @return the quarter
   */
  YearQuarter quarter() {
    return quarter;
  }

  /**
   * Gets the instant the quarter is evaluated as of, its end.
   *
   * @return the instant the quarter is evaluated as of
   */
  Instant asOf() {
    return asOf;
  }

  /**
   * Gets the months in order.
   *
   * @return the months in order
   */
  List<Month> months() {
    return months;
  }

  /**
   * Gets the SLA's termination rights that arose.
   *
   * @return the SLA's termination rights that arose
   */
  List<TerminationFinding> termination() {
    return termination;
  }

  /**
   * Gets the chain's weak links found by the static check.
   *
   * @return the chain's weak links found by the static check
   */
  List<WeakLink> weakLinks() {
    return weakLinks;
  }

  /**
   * Gets the breached targets of a month with their supporters.
   *
   * @param month  the month
   * @return the breaches, empty for a month outside the quarter
   */
  List<ChainBreach> chainBreaches(YearMonth month) {
    return chainBreaches.getOrDefault(month, List.of());
  }

  /**
   * Gets the SLA timer results per month, priority and target.
   *
   * @return the SLA timer results per month
   */
  List<PriorityResult> byPriority() {
    return byPriority;
  }

  /**
   * Gets the burn-down series by agreement/target id.
   *
   * @return the burn-down series by agreement/target id
   */
  Map<String, List<BurnDownChart.Month>> burnDown() {
    return burnDown;
  }

  /**
   * Gets the outages read.
   *
   * @return the outages read
   */
  List<OutageRow> outages() {
    return outages;
  }

  /**
   * Checks if an outage counted as downtime for none of the targets (announced maintenance, a
   * customer-caused outage).
   *
   * @param outageId  the outage's id
   * @return true if no explanation lists it as counted
   */
  boolean isExcluded(String outageId) {
    return !countedOutages.containsKey(outageId);
  }

  /**
   * Says how an outage counted, from the library's explanations: {@code counted}, with a note
   * such as a maintenance announced too late, or the reason it was excluded.
   *
   * @param outageId  the outage's id
   * @return the text
   */
  String verdict(String outageId) {
    if (countedOutages.containsKey(outageId)) {
      String note = countedOutages.get(outageId);
      return note.isEmpty() ? "counted" : "counted: " + note;
    }
    return excludedOutages.getOrDefault(outageId, "not counted (outside every window or period)");
  }

  /** The note of a counted record after its window time, such as a late announcement. */
  private static String note(String reason) {
    int semicolon = reason.indexOf(';');
    return semicolon < 0 ? "" : reason.substring(semicolon + 1).trim();
  }
}
