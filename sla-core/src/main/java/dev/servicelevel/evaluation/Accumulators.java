package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.style.Checks;
import java.util.Optional;

/** What the accumulators share: the scope check of a merge and the common result attributes. */
final class Accumulators {

  private Accumulators() {}

  /** Requires that two accumulators have the same target, period and instant. */
  static void requireSameScope(TargetAccumulator a, TargetAccumulator b, boolean sameRest) {
    Checks.requireArgument(
        a.target().equals(b.target())
            && a.period().equals(b.period())
            && a.asOf().equals(b.asOf())
            && sameRest,
        "Only accumulators of the same target, calendar, period, instant and options merge",
        a,
        b);
  }

  /** A result builder with the attributes every result takes from its scope. */
  static ImmutableTargetResult.Builder start(
      TargetAccumulator acc, String metric, Optional<String> unit) {
    MetricTarget t = acc.target();
    return TargetResult.builder()
        .targetId(t.id())
        .kind(t.kind())
        .service(t.service())
        .window(t.window())
        .metric(metric)
        .weight(t.weight())
        .period(acc.period())
        .asOf(acc.asOf())
        .evaluatedUntil(acc.period().cutoff(acc.asOf()))
        .unit(unit);
  }
}
