package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.style.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds which termination rights arose over a sequence of periods: a pure function of the rules
 * and the targets' results.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Only finished periods count; results of running periods are ignored.</li>
 *   <li>Each target named by a rule is judged on its own: its results in period order form its
 *       history. The rule holds at a period when, among that period and the ones before it, at
 *       most N periods back, at least K were breached. N consecutive breaches is K = N.</li>
 *   <li>Periods must follow each other without a gap: a period without a result ends the run,
 *       so results before the gap do not count towards a later window (the library cannot know
 *       whether the missing period was breached, and does not assume it).</li>
 *   <li>A finding names the first period at which the rule holds, and the breached periods of
 *       its window.</li>
 * </ul>
 *
 * <pre>{@code
 * List<TerminationFinding> rights = Termination.evaluate(sla.terminationRules(),
 *     reports.stream().flatMap(r -> r.results().stream()).collect(toList()));
 * // [CUSTOMER may terminate from 2025-05: shop-prime breached in [2025-03, 2025-04, 2025-05]]
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Termination {

  private Termination() {}

  /**
   * Finds the rules that fire, in the order of the rules and of the targets each names.
   *
   * @param rules  the termination rules, not null
   * @param results  results of any targets and periods, not null
   * @return the findings, one per rule and target that fires, not null
   * @throws NullPointerException naming {@code rules} or {@code results} if it or one of its
   *     elements is null
   * @throws IllegalArgumentException if a target has two results for the same period
   */
  public static List<TerminationFinding> evaluate(
      Collection<TerminationRule> rules, Iterable<TargetResult> results) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(results, "results");
    Map<String, List<TargetResult>> histories = new HashMap<>();
    for (TargetResult r : results) {
      Objects.requireNonNull(r, "results");
      if (r.isComplete()) {
        histories.computeIfAbsent(r.targetId(), id -> new ArrayList<>()).add(r);
      }
    }
    for (List<TargetResult> history : histories.values()) {
      history.sort(Comparator.comparing(r -> r.period().start()));
      for (int i = 1; i < history.size(); i++) {
        Checks.requireArgument(
            !history.get(i).period().start().equals(history.get(i - 1).period().start()),
            "A target has two results for the same period",
            Checks.named("target", history.get(i).targetId()),
            Checks.named("period", history.get(i).period().label()));
      }
    }
    List<TerminationFinding> findings = new ArrayList<>();
    for (TerminationRule rule : rules) {
      Objects.requireNonNull(rule, "rules");
      for (String targetId : rule.targets()) {
        List<TargetResult> history = histories.getOrDefault(targetId, List.of());
        for (int end = 0; end < history.size(); end++) {
          List<String> breached = breachedInWindow(history, end, rule.periods());
          if (breached.size() >= rule.breaches()) {
            findings.add(
                TerminationFinding.of(rule, targetId, history.get(end).period(), breached));
            break;
          }
        }
      }
    }
    return findings;
  }

  /** The labels of the breached periods among the last {@code n} abutting periods up to end. */
  private static List<String> breachedInWindow(List<TargetResult> history, int end, int n) {
    List<String> breached = new ArrayList<>();
    int i = end;
    while (i >= 0 && end - i < n) {
      if (i < end && !history.get(i).period().end().equals(history.get(i + 1).period().start())) {
        break;
      }
      if (history.get(i).status() == ComplianceStatus.BREACHED) {
        breached.add(0, history.get(i).period().label());
      }
      i--;
    }
    return breached;
  }
}
