package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The figures of one indicator family for a {@link MeasurementAccumulator}: samples
 * ({@link SampleTally}), ratio counts ({@link RatioTally}) or time slices ({@link SliceTally}),
 * chosen at construction. A tally adds the records the accumulator lets through (in the period,
 * before the cutoff, in the window's hours), merges with a tally of the same scope, and judges:
 * fills in the result's verdict and figures.
 */
abstract class Tally {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  final MeasurementTarget target;
  /** The accumulator's reason counts and worst records, which the tally adds to. */
  final ReasonCounts reasons;

  final WorstRecords worst;

  Tally(MeasurementTarget target, ReasonCounts reasons, WorstRecords worst) {
    this.target = target;
    this.reasons = reasons;
    this.worst = worst;
  }

  /** Whether the tally takes samples; otherwise it takes event counts. */
  abstract boolean takesSamples();

  /** Adds a sample that counts; only for a tally that {@link #takesSamples()}. */
  void add(Instant at, BigDecimal value) {
    throw new AssertionError("a tally of event counts takes no samples");
  }

  /** Adds an event count that counts; only for a tally that does not take samples. */
  void add(EventCount count) {
    throw new AssertionError("a tally of samples takes no event counts");
  }

  /**
   * Adds everything a tally of the same scope has collected, all or nothing.
   *
   * @throws IllegalArgumentException if event counts would add up beyond {@code Long.MAX_VALUE}
   */
  abstract void merge(Tally other);

  /** The reason counts a result shows, after {@link #judge}. */
  java.util.Map<String, Long> reasonsShown() {
    return reasons.toMap();
  }

  /** Whether nothing that counts was added. */
  abstract boolean isEmpty();

  /**
   * Fills in the verdict and the figures of the records added so far.
   *
   * @param b  the result's builder
   * @param complete  whether the period is over
   * @return the records to list as the worst
   */
  abstract WorstRecords judge(ImmutableTargetResult.Builder b, boolean complete);

  /** Adds two event counts, rejecting a sum beyond {@code long}. */
  static long addEvents(long a, long b, String what) {
    long sum = a + b;
    Checks.requireArgument(
        ((a ^ sum) & (b ^ sum)) >= 0,
        what + " events must stay at most " + Long.MAX_VALUE,
        a + " + " + b);
    return sum;
  }

  /** Checks if a share's objective is out of reach once one record is on its bad side. */
  boolean unreachable() {
    return Verdict.shareUnreachable(target.comparison(), target.objective());
  }

  /** The verdict of a share: {@code 100 * part / all} against the objective. */
  void share(
      ImmutableTargetResult.Builder b,
      long part,
      long all,
      ErrorBudget.Unit unit,
      boolean complete,
      boolean certainBreach) {
    BigDecimal num = BigDecimal.valueOf(part).multiply(HUNDRED);
    BigDecimal den = BigDecimal.valueOf(all);
    boolean higherBetter = target.comparison().isHigherBetter();
    BigDecimal objective = target.objective();
    BigDecimal allowed;
    BigDecimal used;
    if (higherBetter) {
      allowed = den.multiply(HUNDRED.subtract(objective)).divide(HUNDRED);
      used = BigDecimal.valueOf(all - part);
    } else {
      allowed = den.multiply(objective).divide(HUNDRED);
      used = BigDecimal.valueOf(part);
    }
    Verdict.of(
            ExactValue.ratio(num, den),
            ExactValue.round(num, den, Verdict.SCALE, higherBetter),
            objective,
            target.comparison())
        .withBudget(ErrorBudget.exact(unit, allowed, used), allowed, target.atRiskThreshold())
        .withCertainBreach(certainBreach)
        .applyTo(b, complete);
  }

  void figures(
      ImmutableTargetResult.Builder b,
      long observations,
      Optional<Long> meets,
      boolean exactValue) {
    b.measurement(MeasurementFigures.of(target.indicator(), observations, meets, exactValue));
  }

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  /** The kind of the tally's state: {@code samples}, {@code ratio} or {@code slices}. */
  abstract String stateKind();

  /** Writes the tally's figures into a target's part. */
  abstract void exportState(java.util.Map<String, Object> part);

  /**
   * Reads the tally's figures from a target's part; only into an empty tally.
   *
   * @throws AccumulatorStateException if the figures contradict each other or the target
   */
  abstract void restoreState(java.util.Map<String, Object> part, String path);
}
