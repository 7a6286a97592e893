package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Collects samples or event counts for one measurement target over one period and computes its
 * result; a mergeable accumulator (see {@link TargetAccumulator} for the pattern).
 *
 * <h2>What counts</h2>
 * A sample counts when its instant lies in the period, before {@code asOf} for a running period
 * ({@code [start, evaluatedUntil)}), and the target's window is open at that instant; an event
 * count likewise by the instant its interval starts. Samples outside the window's hours are
 * counted as such and listed, not used. Percentile, mean, maximum and occurrence targets take
 * samples; ratio, timeslice and ratio-timeslice targets take event counts; giving one the other
 * is an error.
 *
 * <h2>Indicators</h2>
 * <ul>
 *   <li><b>Percentile</b>, nearest rank (as {@link Indicator} defines it): for n samples sorted
 *       ascending the p-th percentile is {@code x[k]}, {@code k = ceil(p * n / 100)}. The
 *       verdict is exact with constant memory: {@code x[k] <= T} exactly when at least {@code k}
 *       samples are {@code <= T} (likewise for {@code <}); {@code x[k] >= T} exactly when at
 *       least {@code n - k + 1} samples are {@code >= T} (likewise for {@code >}). So the
 *       accumulator counts samples meeting the objective, and the error budget is in samples:
 *       {@code n - k} may miss for "at most" targets, {@code k - 1} for "at least" ones. The
 *       reported value is exact too, from the exact distribution of the sample values, kept
 *       as 128-bit integers at a common scale: 24 bytes per distinct value (see
 *       {@code Distribution}).</li>
 *   <li><b>Mean</b>: the exact sum over the count; reported to six decimals, rounded towards the
 *       unfavourable side. No error budget.</li>
 *   <li><b>Max</b>: the largest sample, exact. For an "at most" objective every sample above it
 *       breaches (a budget of 0 samples), so a running period with one is already breached.</li>
 *   <li><b>Occurrences</b>: the share, in percent, of samples meeting the per-sample threshold;
 *       the budget is in samples.</li>
 *   <li><b>Ratio</b>: counted over all events, in percent, summed over the counts; the budget is
 *       in events.</li>
 *   <li><b>Timeslices</b> (OpenSLO Timeslices): the period is cut into slices of the indicator's
 *       length from its start; a slice's counted/total ratio in percent is compared with the
 *       per-slice threshold exactly; the share of good slices among the slices judged is the
 *       value; the budget is in slices. Memory is two counters per slice with events; a period
 *       with more slices than a {@code long} counts is rejected.</li>
 *   <li><b>Ratio timeslices</b> (OpenSLO RatioTimeslices): the same slices; the mean of the
 *       judged slices' ratios is the value, exactly (one fraction whose denominator is the least
 *       common multiple of the slices' totals); the budget is in slices' worth of ratio. A
 *       running period is not judged breached before its end.</li>
 *   <li><b>Slices without events</b>, for both: skipped, or counted as good (ratio 100 %) or bad
 *       (ratio 0 %) as {@link Indicator#emptySlices()} says. Only slices already over at
 *       {@code asOf} can be without events; the slice still running is judged once it has
 *       events.</li>
 * </ul>
 * For the shares, the budget allows {@code n * (100 - objective) / 100} records on the wrong side
 * for "at least" objectives and {@code n * objective / 100} counted records for "at most" ones.
 *
 * <pre>{@code
 * MeasurementAccumulator latency = MeasurementAccumulator.of(p95Target, prime, march, asOf);
 * for (Row row : rows) {
 *   latency.add(row.instant(), row.millis());   // no Sample object per row
 * }
 * latency.result().achieved();   // Optional[287]
 * }</pre>
 *
 * <p>Memory per target is constant apart from the percentile's distinct values (24 bytes each,
 * plus a buffer of recent samples at most an eighth as large), the time slices with events of a
 * timeslice target (kept sparsely, so 1 ns slices over a month cost nothing for slices without
 * events)
 *
 * <p>This class is mutable and not thread-safe: use one per thread or shard and merge them.
 */
public final class MeasurementAccumulator implements TargetAccumulator {

  private final MeasurementTarget target;
  private final BusinessCalendar calendar;
  private final PeriodRange period;
  private final Instant asOf;
  private final EvaluationOptions options;
  private final Instant cutoff;
  /** Sorted distinct bounds at which a percentile's rank is kept exact; part of the scope. */
  private final BigDecimal[] bounds;

  private final ReasonCounts reasons = new ReasonCounts();
  private final WorstRecords worst;
  private final WorstRecords outside;
  /** The figures of the indicator's family. */
  private final Tally tally;

  private MeasurementAccumulator(
      MeasurementTarget target,
      BusinessCalendar calendar,
      PeriodRange period,
      Instant asOf,
      EvaluationOptions options,
      Collection<BigDecimal> exactBounds) {
    this.target = Objects.requireNonNull(target, "target");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.period = Objects.requireNonNull(period, "period");
    this.asOf = Limits.requireInstant("asOf", asOf);
    this.options = Objects.requireNonNull(options, "options");
    this.cutoff = period.cutoff(asOf);
    Indicator.Kind kind = target.indicator().kind();
    TreeSet<BigDecimal> sorted = new TreeSet<>(BigDecimal::compareTo);
    if (kind == Indicator.Kind.PERCENTILE) {
      sorted.add(target.objective());
      sorted.addAll(exactBounds);
    }
    this.bounds = sorted.toArray(new BigDecimal[0]);
    boolean takesSamples = kind != Indicator.Kind.RATIO && !target.indicator().isSliced();
    // samples rank by value, worst on the objective's bad side; counts rank by bad events
    boolean largestIsWorst =
        !takesSamples || !SampleTally.sampleComparison(target).isHigherBetter();
    this.worst = new WorstRecords(options, largestIsWorst);
    this.outside = new WorstRecords(options, largestIsWorst);
    switch (kind) {
      case RATIO:
        this.tally = new RatioTally(target, reasons, worst);
        break;
      case TIMESLICES:
      case RATIO_TIMESLICES:
        this.tally =
            new SliceTally(target, period, cutoff, options, reasons, worst);
        break;
      default:
        this.tally = new SampleTally(target, reasons, worst);
        break;
    }
  }

  /**
   * Obtains an empty accumulator with the default options.
   *
   * @param target  the target, not null
   * @param calendar  the calendar of the target's window, not null
   * @param period  the period, not null
   * @param asOf  the instant to evaluate as of, not null
   * @return the accumulator, not null
   * @throws java.time.DateTimeException if {@code asOf} is outside {@link Limits#EARLIEST} to
   *     {@link Limits#LATEST}
   * @throws IllegalArgumentException if a ratio-timeslice target's period has more slices than
   *     {@code Long.MAX_VALUE}
   */
  public static MeasurementAccumulator of(
      MeasurementTarget target, BusinessCalendar calendar, PeriodRange period, Instant asOf) {
    return of(target, calendar, period, asOf, EvaluationOptions.defaults());
  }

  /**
   * Obtains an empty accumulator.
   *
   * @param target  the target, not null
   * @param calendar  the calendar of the target's window, not null
   * @param period  the period, not null
   * @param asOf  the instant to evaluate as of, not null
   * @param options  the evaluation options, not null
   * @return the accumulator, not null
   * @throws java.time.DateTimeException if {@code asOf} is outside {@link Limits#EARLIEST} to
   *     {@link Limits#LATEST}
   * @throws IllegalArgumentException if a ratio-timeslice target's period has more slices than
   *     {@code Long.MAX_VALUE} (1 ns slices over more than 292 years)
   */
  public static MeasurementAccumulator of(
      MeasurementTarget target,
      BusinessCalendar calendar,
      PeriodRange period,
      Instant asOf,
      EvaluationOptions options) {
    return new MeasurementAccumulator(target, calendar, period, asOf, options, List.of());
  }

  /**
   * Obtains an empty accumulator that also keeps a percentile's position exact at further
   * values, such as the bounds of the target's credit tiers.
   */
  static MeasurementAccumulator of(
      MeasurementTarget target,
      BusinessCalendar calendar,
      PeriodRange period,
      Instant asOf,
      EvaluationOptions options,
      Collection<BigDecimal> exactBounds) {
    return new MeasurementAccumulator(target, calendar, period, asOf, options, exactBounds);
  }

  @Override
  public MetricTarget target() {
    return target;
  }

  @Override
  public PeriodRange period() {
    return period;
  }

  @Override
  public Instant asOf() {
    return asOf;
  }

  /**
   * Adds a sample.
   *
   * @param sample  the sample, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the target takes event counts
   */
  public MeasurementAccumulator add(Sample sample) {
    Objects.requireNonNull(sample, "sample");
    return add(sample.at(), sample.value());
  }

  /**
   * Adds a sample given by its parts, without building a {@link Sample}.
   *
   * @param at  the instant the value was measured, not null
   * @param value  the value, not null, within {@link Limits}' decimal bounds
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the target takes event counts or the value is out of
   *     the decimal bounds
   */
  public MeasurementAccumulator add(Instant at, BigDecimal value) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(value, "value");
    Limits.requireDecimal("Sample value", value);
    if (!tally.takesSamples()) {
      throw new IllegalArgumentException(
          Checks.message(
              "Target takes event counts, not samples", target.id(), target.indicator()));
    }
    if (at.isBefore(period.start()) || !at.isBefore(cutoff)) {
      return this;
    }
    if (!calendar.isOpen(at)) {
      reasons.add("outside window hours");
      if (outside.admits(value)) {
        outside.add(
            ExplainedRecord.of(
                at.toString(), false, ReasonCode.OUTSIDE_WINDOW_HOURS, "outside window hours",
                value, "value", value));
      }
      return this;
    }
    tally.add(at, value);
    return this;
  }

  /**
   * Adds samples.
   *
   * @param samples  the samples, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the target takes event counts
   */
  public MeasurementAccumulator addSamples(Iterable<Sample> samples) {
    Objects.requireNonNull(samples, "samples");
    for (Sample s : samples) {
      add(s);
    }
    return this;
  }

  /**
   * Adds an event count, which belongs to the instant its interval starts at.
   *
   * @param count  the count, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the target takes samples, or the counts of the period
   *     (or of the count's time slice) would add up beyond {@code Long.MAX_VALUE}
   */
  public MeasurementAccumulator add(EventCount count) {
    Objects.requireNonNull(count, "count");
    Checks.requireArgument(
        !tally.takesSamples(),
        "Target takes samples, not event counts",
        target.id(),
        target.indicator());
    Instant at = count.interval().getStart();
    if (at.isBefore(period.start()) || !at.isBefore(cutoff)) {
      return this;
    }
    boolean higherBetter = target.comparison().isHigherBetter();
    BigDecimal bad =
        BigDecimal.valueOf(higherBetter ? count.total() - count.counted() : count.counted());
    if (!calendar.isOpen(at)) {
      reasons.add("outside window hours");
      if (outside.admits(bad)) {
        outside.add(
            ExplainedRecord.of(
                at.toString(), false, ReasonCode.OUTSIDE_WINDOW_HOURS, "outside window hours",
                bad, "counted", count.counted(), "total", count.total(), "bad", bad));
      }
      return this;
    }
    tally.add(count);
    return this;
  }

  /**
   * Adds event counts.
   *
   * @param counts  the counts, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the target takes samples
   */
  public MeasurementAccumulator addCounts(Iterable<EventCount> counts) {
    Objects.requireNonNull(counts, "counts");
    for (EventCount c : counts) {
      add(c);
    }
    return this;
  }

  /**
   * Adds everything another accumulator of the same target, calendar, period, {@code asOf} and
   * options has collected; the other is left as it is.
   *
   * @param other  the other accumulator, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the other accumulates for another scope, or the event
   *     counts of both, or of one time slice, add up beyond {@code Long.MAX_VALUE}; this
   *     accumulator is then left as it was
   */
  public MeasurementAccumulator merge(MeasurementAccumulator other) {
    Objects.requireNonNull(other, "other");
    Accumulators.requireSameScope(
        this,
        other,
        calendar.equals(other.calendar)
            && options.equals(other.options)
            && Arrays.equals(bounds, other.bounds));
    tally.merge(other.tally);
    reasons.addAll(other.reasons);
    worst.addAll(other.worst);
    outside.addAll(other.outside);
    return this;
  }

  /**
   * Computes the result of the records added so far.
   *
   * @return the result, not null
   */
  @Override
  public TargetResult result() {
    Indicator indicator = target.indicator();
    Optional<String> unit = indicator.isPercentage() ? Optional.of("%") : target.unit();
    ImmutableTargetResult.Builder b =
        Accumulators.start(this, indicator.toString(), unit)
            .comparison(target.comparison())
            .required(target.objective());
    WorstRecords listed = tally.judge(b, !cutoff.isBefore(period.end()));
    b.explanation(Explanation.of(listed.toList(), outside.toList(), tally.reasonsShown()));
    if (tally.isEmpty()) {
      Verdict.noData(b);
    }
    return b.build();
  }

  /**
   * Outputs the accumulator's scope, such as {@code "measurement accumulator latency 2025-03"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "measurement accumulator " + target.id() + " " + period.label();
  }

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  /** The kind of this target's part of an accumulator state. */
  String stateKind() {
    return tally.stateKind();
  }

  /** The target's part of an accumulator state. */
  java.util.Map<String, Object> exportState() {
    java.util.Map<String, Object> part = new java.util.LinkedHashMap<>();
    part.put("target", target.id());
    part.put("kind", tally.stateKind());
    part.put("reasons", reasons.exportState());
    part.put("worstRecords", worst.exportState());
    part.put("outsideRecords", outside.exportState());
    tally.exportState(part);
    return part;
  }

  /** Reads the target's part of an accumulator state; only into an empty accumulator. */
  void restoreState(java.util.Map<String, Object> part, String path) {
    tally.restoreState(part, path);
    worst.restoreState(StateParts.list(part, "worstRecords"), path + "/worstRecords");
    outside.restoreState(StateParts.list(part, "outsideRecords"), path + "/outsideRecords");
    reasons.restoreState(StateParts.map(part, "reasons"));
  }
}
