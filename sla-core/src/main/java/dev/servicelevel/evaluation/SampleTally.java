package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The samples of a percentile, mean, maximum or occurrence target: their count, the count that
 * meets the per-sample rule, and per indicator the sum, the maximum or the exact distribution.
 */
final class SampleTally extends Tally {

  private final Indicator.Kind kind;
  /** The rule one sample is judged by: the per-sample threshold, or the objective. */
  private final Comparison sampleComparison;

  private final BigDecimal sampleThreshold;
  /** The exact distribution of the values, for a percentile only. */
  private final Distribution distribution;

  private long n;
  private long meeting;
  private BigDecimal sum = BigDecimal.ZERO;
  private BigDecimal max;

  SampleTally(MeasurementTarget target, ReasonCounts reasons, WorstRecords worst) {
    super(target, reasons, worst);
    Indicator indicator = target.indicator();
    this.kind = indicator.kind();
    boolean perSampleThreshold = kind == Indicator.Kind.OCCURRENCES;
    this.sampleComparison = sampleComparison(target);
    this.sampleThreshold =
        perSampleThreshold ? indicator.goodThreshold().orElseThrow() : target.objective();
    this.distribution = kind == Indicator.Kind.PERCENTILE ? new Distribution() : null;
  }

  /** The rule one sample of a target is judged by: the per-sample threshold, or the objective. */
  static Comparison sampleComparison(MeasurementTarget target) {
    return target.indicator().kind() == Indicator.Kind.OCCURRENCES
        ? target.indicator().goodComparison().orElseThrow()
        : target.comparison();
  }

  @Override
  boolean takesSamples() {
    return true;
  }

  @Override
  void add(Instant at, BigDecimal value) {
    boolean meets = sampleComparison.test(value, sampleThreshold);
    n++;
    if (kind == Indicator.Kind.MEAN) {
      sum = sum.add(value);
      reasons.add("counted");
    } else {
      reasons.add(meets ? "meeting" : "missing");
    }
    if (max == null || value.compareTo(max) > 0) {
      max = value;
    }
    if (meets) {
      meeting++;
    }
    if (distribution != null) {
      distribution.add(value);
    }
    if (worst.admits(value)) {
      worst.add(
          ExplainedRecord.of(
              at.toString(),
              true,
              meets ? ReasonCode.SAMPLE_MEETS : ReasonCode.SAMPLE_MISSES,
              value.toPlainString() + target.unit().map(u -> " " + u).orElse("")
                  + (meets ? " meets " : " misses ") + sampleComparison.symbol() + " "
                  + sampleThreshold.toPlainString(),
              value,
              "value", value, "threshold", sampleThreshold));
    }
  }

  @Override
  void merge(Tally other) {
    SampleTally o = (SampleTally) other;
    n += o.n;
    meeting += o.meeting;
    sum = sum.add(o.sum);
    if (max == null || (o.max != null && o.max.compareTo(max) > 0)) {
      max = o.max;
    }
    if (distribution != null) {
      distribution.addAll(o.distribution);
    }
  }

  @Override
  boolean isEmpty() {
    return n == 0;
  }

  @Override
  WorstRecords judge(ImmutableTargetResult.Builder b, boolean complete) {
    switch (kind) {
      case OCCURRENCES:
        if (n > 0) {
          share(b, meeting, n, ErrorBudget.Unit.SAMPLES, complete, unreachable());
        }
        figures(b, n, Optional.of(meeting), true);
        break;
      case PERCENTILE:
        if (n > 0) {
          percentile(b, complete);
        }
        figures(b, n, Optional.of(meeting), distribution.isExact());
        break;
      case MEAN:
        if (n > 0) {
          mean(b, complete);
        }
        figures(b, n, Optional.empty(), true);
        break;
      default: // MAX
        if (n > 0) {
          max(b, complete);
        }
        figures(b, n, Optional.of(meeting), true);
        break;
    }
    return worst;
  }

  /** The verdict of a percentile: the sample of the nearest rank against the objective. */
  private void percentile(ImmutableTargetResult.Builder b, boolean complete) {
    BigDecimal p = target.indicator().percentile().orElseThrow();
    long k = Distribution.nearestRank(p, n);
    boolean lowerBetter = !target.comparison().isHigherBetter();
    BigDecimal key = distribution.keyOfRank(k);
    long allowed = lowerBetter ? n - k : k - 1;
    ErrorBudget budget =
        ErrorBudget.exact(
            ErrorBudget.Unit.SAMPLES, BigDecimal.valueOf(allowed), BigDecimal.valueOf(n - meeting));
    Verdict.of(ExactValue.of(key), ExactValue.plain(key), target.objective(), target.comparison())
        .withBudget(budget, budget.allowed(), target.atRiskThreshold())
        // p100 "at most" is the maximum: one sample above the objective decides it
        .withCertainBreach(lowerBetter && p.compareTo(HUNDRED) == 0)
        .applyTo(b, complete);
  }

  /** The verdict of a mean: the exact sum over the count, without error budget. */
  private void mean(ImmutableTargetResult.Builder b, boolean complete) {
    BigDecimal count = BigDecimal.valueOf(n);
    boolean higherBetter = target.comparison().isHigherBetter();
    Verdict.of(
            ExactValue.ratio(sum, count),
            ExactValue.round(sum, count, Verdict.SCALE, higherBetter),
            target.objective(),
            target.comparison())
        .applyTo(b, complete);
  }

  /** The verdict of a maximum: the same budget and rule as p100, the sample of rank n. */
  private void max(ImmutableTargetResult.Builder b, boolean complete) {
    boolean higherBetter = target.comparison().isHigherBetter();
    ErrorBudget budget =
        ErrorBudget.exact(
            ErrorBudget.Unit.SAMPLES,
            BigDecimal.valueOf(higherBetter ? n - 1 : 0),
            BigDecimal.valueOf(n - meeting));
    Verdict.of(ExactValue.of(max), ExactValue.plain(max), target.objective(), target.comparison())
        .withBudget(budget, budget.allowed(), target.atRiskThreshold())
        .withCertainBreach(!higherBetter)
        .applyTo(b, complete);
  }

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  @Override
  String stateKind() {
    return StateSchema.SAMPLES;
  }

  @Override
  void exportState(Map<String, Object> part) {
    part.put("samples", n);
    part.put("meeting", meeting);
    part.put("sum", sum);
    if (max != null) {
      part.put("max", max);
    }
    if (distribution != null) {
      distribution.exportState(part);
    }
  }

  @Override
  void restoreState(Map<String, Object> part, String path) {
    long samples = StateParts.count(part, "samples");
    long meets = StateParts.count(part, "meeting");
    if (meets > samples) {
      throw StateParts.fail(
          path + "/meeting", "must be at most the " + samples + " samples", meets);
    }
    BigDecimal m = (BigDecimal) part.get("max");
    if ((m == null) != (samples == 0)) {
      throw StateParts.fail(
          path + "/max", "must be given exactly when there are samples, " + samples, m);
    }
    if (m != null && !Limits.isBounded(m)) {
      throw StateParts.fail(path + "/max", "must be within the decimal bounds", m);
    }
    if ((distribution != null) != part.containsKey("distribution")) {
      throw StateParts.fail(
          path + "/distribution", "must be given exactly for a percentile target", kind);
    }
    if (distribution != null) {
      distribution.restoreState(part, samples, path);
    }
    n = samples;
    meeting = meets;
    sum = (BigDecimal) part.get("sum");
    max = m;
  }
}
