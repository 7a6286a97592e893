package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The counted and total events per time slice of a ratio-timeslice target: the period is cut
 * into slices of the indicator's length from its start, and the share of good slices among the
 * slices with events is the value. Memory is two counters per slice with events.
 */
final class SliceTally extends Tally {

  private final PeriodRange period;
  private final Instant cutoff;
  private final int worstRecords;
  private final Duration slice;
  /** Counted and total events of each slice with events, by the slice's index from the start. */
  private final TreeMap<Long, long[]> slices = new TreeMap<>();

  /**
   * A tally for the slices of a period.
   *
   * @throws IllegalArgumentException if the period has more slices than {@code Long.MAX_VALUE}
   */
  SliceTally(
      MeasurementTarget target,
      PeriodRange period,
      Instant cutoff,
      int worstRecords,
      ReasonCounts reasons,
      WorstRecords worst) {
    super(target, reasons, worst);
    this.period = period;
    this.cutoff = cutoff;
    this.worstRecords = worstRecords;
    this.slice = target.indicator().slice().orElseThrow();
    BigDecimal count = sliceCount(period.end());
    Checks.requireArgument(
        count.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0,
        "A period can have at most " + Long.MAX_VALUE + " time slices",
        period.label() + " has " + count.toPlainString() + " slices of " + slice);
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

  @Override
  boolean takesSamples() {
    return false;
  }

  @Override
  void add(EventCount count) {
    long index = sliceIndex(count.interval().getStart());
    long[] old = slices.getOrDefault(index, new long[2]);
    long[] sums = {
      addEvents(old[0], count.counted(), "Counted"), addEvents(old[1], count.total(), "Total")
    };
    reasons.add("counted");
    slices.put(index, sums);
  }

  @Override
  void merge(Tally other) {
    SliceTally o = (SliceTally) other;
    // check every sum of event counts before changing anything
    TreeMap<Long, long[]> newSlices = new TreeMap<>(slices);
    for (Map.Entry<Long, long[]> e : o.slices.entrySet()) {
      long[] old = newSlices.getOrDefault(e.getKey(), new long[2]);
      newSlices.put(
          e.getKey(),
          new long[] {
            addEvents(old[0], e.getValue()[0], "Counted"),
            addEvents(old[1], e.getValue()[1], "Total")
          });
    }
    slices.clear();
    slices.putAll(newSlices);
  }

  @Override
  boolean isEmpty() {
    return slices.values().stream().allMatch(t -> t[1] == 0);
  }

  @Override
  WorstRecords judge(ImmutableTargetResult.Builder b, boolean complete) {
    Comparison perSlice = target.indicator().goodComparison().orElseThrow();
    WorstRecords listed = new WorstRecords(worstRecords, !perSlice.isHigherBetter());
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
    return listed;
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
}
