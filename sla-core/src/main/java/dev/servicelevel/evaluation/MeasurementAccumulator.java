package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
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
 * samples; ratio and ratio-timeslice targets take event counts; giving one the other is an
 * error.
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
 *   <li><b>Ratio timeslices</b>: the period is cut into slices of the indicator's length from its
 *       start; a slice's counted/total ratio in percent is compared with the per-slice threshold
 *       exactly; the share of good slices among slices with events is the value; the budget is in
 *       slices. Memory is two counters per slice with events; a period with more slices than a
 *       {@code long} counts is rejected.</li>
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

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final MeasurementTarget target;
  private final BusinessCalendar calendar;
  private final PeriodRange period;
  private final Instant asOf;
  private final EvaluationOptions options;
  private final Instant cutoff;
  private final Indicator.Kind kind;
  private final boolean takesSamples;
  /** The rule one sample is judged by: the per-sample threshold, or the objective. */
  private final Comparison sampleComparison;
  private final BigDecimal sampleThreshold;
  /** Sorted distinct bounds at which a percentile's rank is counted exactly. */
  private final BigDecimal[] bounds;
  private final long[] below;
  private final long[] atMost;

  private final ReasonCounts reasons = new ReasonCounts();
  private final WorstRecords worst;
  private final WorstRecords outside;

  private long n;
  private long meeting;
  private BigDecimal sum = BigDecimal.ZERO;
  private BigDecimal max;
  private BigDecimal minMeeting;
  private BigDecimal maxMeeting;
  private BigDecimal minFailing;
  private BigDecimal maxFailing;
  private final Distribution distribution;

  private long counted;
  private long total;

  private final Duration slice;
  /** Counted and total events of each slice with events, by the slice's index from the start. */
  private final TreeMap<Long, long[]> slices = new TreeMap<>();

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
    Indicator indicator = target.indicator();
    this.kind = indicator.kind();
    this.takesSamples = kind != Indicator.Kind.RATIO && kind != Indicator.Kind.RATIO_TIMESLICES;
    boolean perSampleThreshold = kind == Indicator.Kind.OCCURRENCES;
    this.sampleComparison =
        perSampleThreshold ? indicator.goodComparison().orElseThrow() : target.comparison();
    this.sampleThreshold =
        perSampleThreshold ? indicator.goodThreshold().orElseThrow() : target.objective();
    TreeSet<BigDecimal> sorted = new TreeSet<>(BigDecimal::compareTo);
    if (kind == Indicator.Kind.PERCENTILE) {
      sorted.add(target.objective());
      sorted.addAll(exactBounds);
    }
    this.bounds = sorted.toArray(new BigDecimal[0]);
    this.below = new long[bounds.length];
    this.atMost = new long[bounds.length];
    this.distribution = kind == Indicator.Kind.PERCENTILE ? new Distribution() : null;
    // samples rank by value, worst on the objective's bad side; counts rank by bad events
    boolean largestIsWorst = !takesSamples || !sampleComparison.isHigherBetter();
    this.worst = new WorstRecords(options.worstRecords(), largestIsWorst);
    this.outside = new WorstRecords(options.worstRecords(), largestIsWorst);
    if (kind == Indicator.Kind.RATIO_TIMESLICES) {
      this.slice = indicator.slice().orElseThrow();
      BigDecimal count = sliceCount(period.end());
      Require.argument(
          count.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0,
          "A period can have at most " + Long.MAX_VALUE + " time slices",
          period.label() + " has " + count.toPlainString() + " slices of " + slice);
    } else {
      this.slice = null;
    }
  }

  /** The number of slices, whole or started, from the period's start to an instant. */
  private BigDecimal sliceCount(Instant until) {
    return Durations.seconds(Duration.between(period.start(), until))
        .divide(Durations.seconds(slice), 0, RoundingMode.CEILING);
  }

  /** The index of the slice an instant of the period lies in. */
  private long sliceIndex(Instant at) {
    // the constructor proved that every index fits a long
    return Durations.seconds(Duration.between(period.start(), at))
        .divide(Durations.seconds(slice), 0, RoundingMode.FLOOR)
        .longValueExact();
  }

  /** Adds two event counts, rejecting a sum beyond {@code long}. */
  private static long addEvents(long a, long b, String what) {
    long sum = a + b;
    Require.argument(
        ((a ^ sum) & (b ^ sum)) >= 0,
        what + " events must stay at most " + Long.MAX_VALUE,
        a + " + " + b);
    return sum;
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
    Require.argument(
        takesSamples, "Target takes event counts, not samples", target.id(), target.indicator());
    if (at.isBefore(period.start()) || !at.isBefore(cutoff)) {
      return this;
    }
    boolean meets = sampleComparison.test(value, sampleThreshold);
    if (!calendar.isOpen(at)) {
      reasons.add("outside window hours");
      if (outside.admits(value)) {
        outside.add(ExplainedRecord.of(at.toString(), false, "outside window hours", value));
      }
      return this;
    }
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
      if (minMeeting == null || value.compareTo(minMeeting) < 0) {
        minMeeting = value;
      }
      if (maxMeeting == null || value.compareTo(maxMeeting) > 0) {
        maxMeeting = value;
      }
    } else {
      if (minFailing == null || value.compareTo(minFailing) < 0) {
        minFailing = value;
      }
      if (maxFailing == null || value.compareTo(maxFailing) > 0) {
        maxFailing = value;
      }
    }
    if (distribution != null) {
      distribution.add(value);
      for (int i = 0; i < bounds.length; i++) {
        int c = value.compareTo(bounds[i]);
        if (c < 0) {
          below[i]++;
        }
        if (c <= 0) {
          atMost[i]++;
        }
      }
    }
    if (worst.admits(value)) {
      worst.add(
          ExplainedRecord.of(
              at.toString(),
              true,
              value.toPlainString() + unitSuffix() + (meets ? " meets " : " misses ")
                  + sampleComparison.symbol() + " " + sampleThreshold.toPlainString(),
              value));
    }
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
    Require.argument(
        !takesSamples, "Target takes samples, not event counts", target.id(), target.indicator());
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
        outside.add(ExplainedRecord.of(at.toString(), false, "outside window hours", bad));
      }
      return this;
    }
    if (kind == Indicator.Kind.RATIO) {
      long newCounted = addEvents(counted, count.counted(), "Counted");
      long newTotal = addEvents(total, count.total(), "Total");
      reasons.add("counted");
      counted = newCounted;
      total = newTotal;
      if (worst.admits(bad)) {
        worst.add(
            ExplainedRecord.of(
                count.interval().toString(),
                true,
                count.counted() + " of " + count.total() + " events counted",
                bad));
      }
    } else {
      long index = sliceIndex(at);
      long[] old = slices.getOrDefault(index, new long[2]);
      long[] sums = {
        addEvents(old[0], count.counted(), "Counted"), addEvents(old[1], count.total(), "Total")
      };
      reasons.add("counted");
      slices.put(index, sums);
    }
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
    // check every sum of event counts before changing anything
    long newCounted = addEvents(counted, other.counted, "Counted");
    long newTotal = addEvents(total, other.total, "Total");
    TreeMap<Long, long[]> newSlices = new TreeMap<>(slices);
    for (Map.Entry<Long, long[]> e : other.slices.entrySet()) {
      long[] old = newSlices.getOrDefault(e.getKey(), new long[2]);
      newSlices.put(
          e.getKey(),
          new long[] {
            addEvents(old[0], e.getValue()[0], "Counted"),
            addEvents(old[1], e.getValue()[1], "Total")
          });
    }
    counted = newCounted;
    total = newTotal;
    slices.clear();
    slices.putAll(newSlices);
    reasons.addAll(other.reasons);
    worst.addAll(other.worst);
    outside.addAll(other.outside);
    n += other.n;
    meeting += other.meeting;
    sum = sum.add(other.sum);
    max = larger(max, other.max);
    minMeeting = smaller(minMeeting, other.minMeeting);
    maxMeeting = larger(maxMeeting, other.maxMeeting);
    minFailing = smaller(minFailing, other.minFailing);
    maxFailing = larger(maxFailing, other.maxFailing);
    if (distribution != null) {
      distribution.addAll(other.distribution);
    }
    for (int i = 0; i < bounds.length; i++) {
      below[i] += other.below[i];
      atMost[i] += other.atMost[i];
    }
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
    boolean complete = !cutoff.isBefore(period.end());
    boolean higherBetter = target.comparison().isHigherBetter();
    WorstRecords listed = worst;
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
          BigDecimal count = BigDecimal.valueOf(n);
          Verdict.of(
                  ExactValue.ratio(sum, count),
                  ExactValue.round(sum, count, Verdict.SCALE, higherBetter),
                  target.objective(),
                  target.comparison())
              .applyTo(b, complete);
        }
        figures(b, n, Optional.empty(), true);
        break;
      case MAX:
        if (n > 0) {
          // the same budget and rule as p100: the maximum is the sample of rank n
          long failing = n - meeting;
          ErrorBudget budget =
              ErrorBudget.of(
                  ErrorBudget.Unit.SAMPLES,
                  BigDecimal.valueOf(higherBetter ? n - 1 : 0),
                  BigDecimal.valueOf(failing));
          Verdict.of(
                  ExactValue.of(max), ExactValue.plain(max), target.objective(), target.comparison())
              .withBudget(budget, budget.allowed(), target.atRiskThreshold())
              .withCertainBreach(!higherBetter)
              .applyTo(b, complete);
        }
        figures(b, n, Optional.of(meeting), true);
        break;
      case RATIO:
        if (total > 0) {
          share(b, counted, total, ErrorBudget.Unit.EVENTS, complete, unreachable());
        }
        figures(b, total, Optional.of(counted), true);
        break;
      case RATIO_TIMESLICES:
        {
          listed = new WorstRecords(options.worstRecords(), !indicatorHigherBetter());
          long[] goodAndAll = slices(listed);
          if (goodAndAll[1] > 0) {
            share(
                b,
                goodAndAll[0],
                goodAndAll[1],
                ErrorBudget.Unit.SLICES,
                complete,
                slicesCannotRecover(goodAndAll[2], goodAndAll[3]));
          }
          figures(b, goodAndAll[1], Optional.of(goodAndAll[0]), true);
          break;
        }
      default:
        throw new AssertionError(kind);
    }
    b.explanation(Explanation.of(listed.toList(), outside.toList(), reasons.toMap()));
    boolean empty =
        takesSamples
            ? n == 0
            : kind == Indicator.Kind.RATIO
                ? total == 0
                : slices.values().stream().allMatch(t -> t[1] == 0);
    if (empty) {
      Verdict.noData(b);
    }
    return b.build();
  }

  private boolean indicatorHigherBetter() {
    return target.indicator().goodComparison().orElseThrow().isHigherBetter();
  }

  /**
   * Judges the slices, lists the worst ones, and returns {good, with events, good among the
   * slices already over, with events among the slices already over}.
   */
  private long[] slices(WorstRecords listed) {
    Comparison perSlice = target.indicator().goodComparison().orElseThrow();
    BigDecimal threshold = target.indicator().goodThreshold().orElseThrow();
    boolean higherBetter = perSlice.isHigherBetter();
    long over = overCount();
    long good = 0;
    long withEvents = 0;
    long goodOver = 0;
    long withEventsOver = 0;
    for (Map.Entry<Long, long[]> e : slices.entrySet()) {
      long i = e.getKey();
      long sliceCounted = e.getValue()[0];
      long sliceTotal = e.getValue()[1];
      if (sliceTotal == 0) {
        continue;
      }
      withEvents++;
      BigDecimal num = BigDecimal.valueOf(sliceCounted).multiply(HUNDRED);
      BigDecimal den = BigDecimal.valueOf(sliceTotal);
      boolean ok = Verdict.meets(ExactValue.ratio(num, den), perSlice, threshold);
      if (ok) {
        good++;
      }
      if (i < over) {
        withEventsOver++;
        goodOver += ok ? 1 : 0;
      }
      BigDecimal ratio = ExactValue.round(num, den, Verdict.SCALE, higherBetter);
      if (listed.admits(ratio)) {
        Instant start = period.start().plus(slice.multipliedBy(i));
        listed.add(
            ExplainedRecord.of(
                start.toString(),
                true,
                "ratio " + ratio.toPlainString() + " % (" + sliceCounted + "/" + sliceTotal
                    + "), " + (ok ? "good" : "bad"),
                ratio));
      }
    }
    reasons.add("slices good", good);
    reasons.add("slices bad", withEvents - good);
    return new long[] {good, withEvents, goodOver, withEventsOver};
  }

  /**
   * Checks if a running period's share of good slices misses its objective even when every slice
   * not yet over ends on the objective's good side (good for "at least", bad for "at most").
   */
  private boolean slicesCannotRecover(long goodOver, long withEventsOver) {
    BigDecimal notOver = sliceCount(period.end()).subtract(BigDecimal.valueOf(overCount()));
    boolean higherBetter = target.comparison().isHigherBetter();
    BigDecimal good = BigDecimal.valueOf(goodOver).add(higherBetter ? notOver : BigDecimal.ZERO);
    BigDecimal all = BigDecimal.valueOf(withEventsOver).add(notOver);
    if (all.signum() == 0) {
      return false;
    }
    return !Verdict.meets(
        ExactValue.ratio(good.multiply(HUNDRED), all), target.comparison(), target.objective());
  }

  /** The number of slices over at the cutoff: all of them once the period is over. */
  private long overCount() {
    return cutoff.isBefore(period.end())
        ? sliceIndex(cutoff)
        : sliceCount(period.end()).longValueExact();
  }

  /** Checks if a share's objective is out of reach once one record is on its bad side. */
  private boolean unreachable() {
    return Verdict.shareUnreachable(target.comparison(), target.objective());
  }

  /** The verdict of a share: {@code 100 * part / all} against the objective. */
  private void share(
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
        .withBudget(ErrorBudget.of(unit, allowed, used), allowed, target.atRiskThreshold())
        .withCertainBreach(certainBreach)
        .applyTo(b, complete);
  }

  private void percentile(ImmutableTargetResult.Builder b, boolean complete) {
    BigDecimal p = target.indicator().percentile().orElseThrow();
    long k =
        p.multiply(BigDecimal.valueOf(n))
            .divide(HUNDRED, 0, RoundingMode.CEILING)
            .longValueExact();
    boolean lowerBetter = !target.comparison().isHigherBetter();
    BigDecimal key = distribution.keyOfRank(k);
    ExactValue exact = ExactValue.of(key);
    BigDecimal value = ExactValue.plain(key);
    long allowed = lowerBetter ? n - k : k - 1;
    ErrorBudget budget =
        ErrorBudget.of(
            ErrorBudget.Unit.SAMPLES, BigDecimal.valueOf(allowed), BigDecimal.valueOf(n - meeting));
    Verdict.of(exact, value, target.objective(), target.comparison())
        .withBudget(budget, budget.allowed(), target.atRiskThreshold())
        // p100 "at most" is the maximum: one sample above the objective decides it
        .withCertainBreach(lowerBetter && p.compareTo(HUNDRED) == 0)
        .applyTo(b, complete);
  }

  private void figures(
      ImmutableTargetResult.Builder b,
      long observations,
      Optional<Long> meets,
      boolean exactValue) {
    b.measurement(MeasurementFigures.of(target.indicator(), observations, meets, exactValue));
  }

  private String unitSuffix() {
    return target.unit().map(u -> " " + u).orElse("");
  }

  private static BigDecimal larger(BigDecimal a, BigDecimal b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }

  private static BigDecimal smaller(BigDecimal a, BigDecimal b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) <= 0 ? a : b;
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
}
