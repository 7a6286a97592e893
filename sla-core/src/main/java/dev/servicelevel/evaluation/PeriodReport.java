package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The compliance report of one agreement for one period as of an instant: a result per target,
 * the service credit, the overall score, and each measure side by side across service windows.
 *
 * <pre>{@code
 * PeriodReport march = Compliance.evaluate(sla, LocalDate.of(2025, 3, 1), asOf, observations);
 * march.result("shop-prime").get().status();   // BREACHED
 * march.credit().get().amount();               // 1000.00
 * march.attention();                           // breached, then at-risk targets, worst first
 * System.out.println(march);                   // the report as text
 * march.unevaluable();                         // tickets it could not evaluate, with reasons
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class PeriodReport {

  PeriodReport() {}

  static PeriodReport of(
      Agreement agreement, LocalDate date, Instant asOf, List<TargetResult> results) {
    Map<String, List<TargetResult>> groups = new LinkedHashMap<>();
    for (TargetResult r : results) {
      groups.computeIfAbsent(r.service() + "\u0000" + r.metric(), k -> new ArrayList<>()).add(r);
    }
    List<WindowComparison> comparisons = new ArrayList<>();
    for (List<TargetResult> group : groups.values()) {
      Set<String> windows = new LinkedHashSet<>();
      group.forEach(r -> windows.add(r.window()));
      if (windows.size() > 1) {
        comparisons.add(
            WindowComparison.of(group.get(0).service(), group.get(0).metric(), group));
      }
    }
    return ImmutablePeriodReport.builder()
        .agreementId(agreement.id())
        .agreementKind(agreement.kind())
        .date(date)
        .asOf(asOf)
        .addAllResults(results)
        .credit(agreement.creditPolicy().map(p -> CreditResult.of(p, results)))
        .score(OverallScore.of(agreement, results))
        .addAllWindowComparisons(comparisons)
        .build();
  }

  /**
   * Gets the id of the agreement reported on.
   *
   * @return the id, not null
   */
  public abstract String agreementId();

  /**
   * Gets the kind of the agreement reported on.
   *
   * @return the kind, not null
   */
  public abstract AgreementKind agreementKind();

  /**
   * Gets the date whose periods were evaluated: each target over its own period that contains it.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Gets the instant the report is as of.
   *
   * @return the instant, not null
   */
  public abstract Instant asOf();

  /**
   * Gets the result of every target, in the agreement's order.
   *
   * @return the results, not null
   */
  public abstract List<TargetResult> results();

  /**
   * Gets the service credit of the billing period.
   *
   * @return the credit, empty when the agreement has no credit policy
   */
  public abstract Optional<CreditResult> credit();

  /**
   * Gets the weighted overall score.
   *
   * @return the score, not null
   */
  public abstract OverallScore score();

  /**
   * Gets each measure of a service that has targets in more than one window, side by side
   * (prime against non-prime time).
   *
   * @return the comparisons, in the agreement's order, not null
   */
  public abstract List<WindowComparison> windowComparisons();

  /**
   * Finds the result of a target.
   *
   * @param targetId  the target's id, not null
   * @return the result, empty if the agreement has no such target
   */
  public Optional<TargetResult> result(String targetId) {
    Objects.requireNonNull(targetId, "targetId");
    return results().stream().filter(r -> r.targetId().equals(targetId)).findFirst();
  }

  /**
   * Lists the records the report could not evaluate, target after target in the agreement's
   * order: for each target the first {@link EvaluationOptions#unevaluableRecords()} in their
   * natural order ({@link UnevaluableRecord#compareTo}). They are excluded from every achieved
   * value (neither met nor breached) and counted in {@link #unevaluableCount()}; the report
   * completes whatever they are.
   *
   * @return the records, not null
   */
  public List<UnevaluableRecord> unevaluable() {
    List<UnevaluableRecord> list = new ArrayList<>();
    for (TargetResult r : results()) {
      r.tickets().ifPresent(f -> list.addAll(f.unevaluableRecords()));
      r.availability().ifPresent(f -> list.addAll(f.unevaluableRecords()));
    }
    return list;
  }

  /**
   * Counts the records the report could not evaluate, over all targets (a record unevaluable for
   * two targets counts twice), listed or not.
   *
   * @return the number, at least 0
   */
  public long unevaluableCount() {
    long n = 0;
    for (TargetResult r : results()) {
      n += r.tickets().map(TicketFigures::unevaluable).orElse(0L);
      n += r.availability().map(AvailabilityFigures::unevaluable).orElse(0L);
    }
    return n;
  }

  /**
   * Checks if every target's period is over, so the report is final.
   *
   * @return true if every result is complete
   */
  public boolean isComplete() {
    return results().stream().allMatch(TargetResult::isComplete);
  }

  /**
   * Lists the targets that need attention, for a service improvement plan: breached ones first,
   * then those at risk or with a low budget ({@link TargetResult#isBudgetLow()}), each group by the
   * share of the error budget used, largest first (a
   * result without a budget after those with one), then by target id.
   *
   * @return the results, not null
   */
  public List<TargetResult> attention() {
    Comparator<TargetResult> order =
        Comparator.comparing((TargetResult r) -> r.status() == ComplianceStatus.BREACHED ? 0 : 1)
            .thenComparing(
                r -> r.budget().flatMap(ErrorBudget::usedPercent).orElse(BigDecimal.valueOf(-1)),
                Comparator.reverseOrder())
            .thenComparing(TargetResult::targetId);
    List<TargetResult> list = new ArrayList<>();
    for (TargetResult r : results()) {
      if (r.status() == ComplianceStatus.BREACHED
          || r.status() == ComplianceStatus.AT_RISK
          || r.isBudgetLow()) {
        list.add(r);
      }
    }
    list.sort(order);
    return list;
  }

  /**
   * Outputs the report as text: a heading, a line per target with its worst records, the window
   * comparisons, the credit and the score.
   *
   * @return the report, several lines, not null
   */
  @Override
  public String toString() {
    Set<String> labels = new LinkedHashSet<>();
    results().forEach(r -> labels.add(r.period().label()));
    StringBuilder sb =
        new StringBuilder()
            .append(agreementKind())
            .append(' ')
            .append(agreementId())
            .append(' ')
            .append(String.join(", ", labels))
            .append(" as of ")
            .append(asOf())
            .append(isComplete() ? "" : " (running)");
    for (TargetResult r : results()) {
      sb.append("\n  ").append(r);
      r.availability().ifPresent(f -> sb.append("\n      ").append(f));
      r.tickets().ifPresent(f -> sb.append("\n      ").append(f));
      r.measurement().ifPresent(f -> sb.append("\n      ").append(f));
      r.explanation().counted().forEach(e -> sb.append("\n      counted ").append(e));
      r.explanation().excluded().forEach(e -> sb.append("\n      not counted ").append(e));
      r.tickets()
          .ifPresent(
              f ->
                  f.unevaluableRecords()
                      .forEach(u -> sb.append("\n      unevaluable ").append(u)));
      r.availability()
          .ifPresent(
              f ->
                  f.unevaluableRecords()
                      .forEach(u -> sb.append("\n      unevaluable ").append(u)));
    }
    windowComparisons().forEach(c -> sb.append("\n  ").append(c));
    credit().ifPresent(c -> sb.append("\n  ").append(c));
    sb.append("\n  ").append(score());
    return sb.toString();
  }
}
