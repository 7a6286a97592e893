package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The counted and total events per time slice of a timeslice or ratio-timeslice target: the
 * period is cut into slices of the indicator's length from its start; the share of good slices
 * (Timeslices) or the exact mean of the slices' ratios (RatioTimeslices) among the slices judged
 * is the value, slices without events following {@link Indicator#emptySlices()}. Memory is two
 * counters per slice with events.
 */
final class SliceTally extends Tally {

  private final PeriodRange period;
  private final Instant cutoff;
  private final EvaluationOptions options;
  private final Duration slice;
  /** Counted and total events of each slice with events, by the slice's index from the start. */
  private final TreeMap<Long, long[]> slices = new TreeMap<>();
  /** The reason counts of the last result: the accumulator's plus the slices judged. */
  private ReasonCounts shownReasons;

  /**
   * A tally for the slices of a period.
   *
   * @throws IllegalArgumentException if the period has more slices than {@code Long.MAX_VALUE}
   */
  SliceTally(
      MeasurementTarget target,
      PeriodRange period,
      Instant cutoff,
      EvaluationOptions options,
      ReasonCounts reasons,
      WorstRecords worst) {
    super(target, reasons, worst);
    this.period = period;
    this.cutoff = cutoff;
    this.options = options;
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
    return slicesJudged() == 0;
  }

  @Override
  java.util.Map<String, Long> reasonsShown() {
    return shownReasons == null ? reasons.toMap() : shownReasons.toMap();
  }

  @Override
  WorstRecords judge(ImmutableTargetResult.Builder b, boolean complete) {
    // the slice counts go to a copy: computing a result must not change the accumulator
    shownReasons = reasons.copy();
    if (target.indicator().kind() == Indicator.Kind.RATIO_TIMESLICES) {
      WorstRecords listed = new WorstRecords(options, true);
      figures(b, meanOfRatios(b, complete, listed), Optional.empty(), true);
      return listed;
    }
    Comparison perSlice = target.indicator().goodComparison().orElseThrow();
    WorstRecords listed = new WorstRecords(options, !perSlice.isHigherBetter());
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
                ok ? ReasonCode.SLICE_GOOD : ReasonCode.SLICE_BAD,
                "ratio " + ratio.toPlainString() + " % (" + sliceCounted + "/" + sliceTotal
                    + "), " + (ok ? "good" : "bad"),
                ratio,
                "counted", sliceCounted, "total", sliceTotal, "threshold", threshold));
      }
    }
    // a slice still running may yet see events: only slices over count as without events
    long empty = over - withEventsOver;
    if (target.indicator().emptySlices() == Indicator.EmptySlices.GOOD) {
      good += empty;
      goodOver += empty;
    }
    if (target.indicator().emptySlices() != Indicator.EmptySlices.SKIP) {
      withEvents += empty;
      withEventsOver += empty;
      shownReasons.add("slices without events", empty);
    }
    shownReasons.add("slices good", good);
    shownReasons.add("slices bad", withEvents - good);
    return new long[] {good, withEvents, goodOver, withEventsOver};
  }

  /**
   * The number of slices over at the cutoff without events; a slice still running may yet see
   * events, so it is not one of them.
   */
  private long emptySlicesOver() {
    long over = overCount();
    return over - slices.headMap(over).values().stream().filter(t -> t[1] != 0).count();
  }

  /**
   * The number of slices the indicator judges: those with events, plus those without under
   * {@link Indicator.EmptySlices#GOOD} or {@link Indicator.EmptySlices#BAD}.
   */
  private long slicesJudged() {
    long withEvents = slices.values().stream().filter(t -> t[1] != 0).count();
    return target.indicator().emptySlices() == Indicator.EmptySlices.SKIP
        ? withEvents
        : withEvents + emptySlicesOver();
  }

  /**
   * Judges a ratio-timeslice target: the mean of the slices' ratios, exactly. The sum of the
   * ratios is kept as one fraction whose denominator is the least common multiple of the slices'
   * totals; the value is {@code 100 * sum / slices}. The budget is in slices: the objective
   * allows {@code slices * (100 - objective) / 100} slices' worth of bad ratio, and the ratio
   * missing from a perfect slice uses it, rounded to 18 decimals for display. A running period
   * is never judged breached before its end, as future slices could lift the mean.
   *
   * @return the number of slices judged
   */
  private long meanOfRatios(
      ImmutableTargetResult.Builder b, boolean complete, WorstRecords listed) {
    boolean higherBetter = target.comparison().isHigherBetter();
    BigInteger sumNum = BigInteger.ZERO;
    BigInteger sumDen = BigInteger.ONE;
    long withEvents = 0;
    for (Map.Entry<Long, long[]> e : slices.entrySet()) {
      long counted = e.getValue()[0];
      long all = e.getValue()[1];
      if (all == 0) {
        continue;
      }
      withEvents++;
      BigInteger t = BigInteger.valueOf(all);
      BigInteger lcm = sumDen.divide(sumDen.gcd(t)).multiply(t);
      sumNum =
          sumNum
              .multiply(lcm.divide(sumDen))
              .add(BigInteger.valueOf(counted).multiply(lcm.divide(t)));
      sumDen = lcm;
      BigDecimal num = BigDecimal.valueOf(counted).multiply(HUNDRED);
      BigDecimal ratio = ExactValue.round(num, BigDecimal.valueOf(all), Verdict.SCALE, true);
      if (listed.admits(HUNDRED.subtract(ratio))) {
        listed.add(
            ExplainedRecord.of(
                period.start().plus(slice.multipliedBy(e.getKey())).toString(),
                true,
                ReasonCode.SLICE_RATIO,
                "ratio " + ratio.toPlainString() + " % (" + counted + "/" + all + ")",
                HUNDRED.subtract(ratio),
                "counted", counted, "total", all));
      }
    }
    long judged = withEvents;
    if (target.indicator().emptySlices() != Indicator.EmptySlices.SKIP) {
      long empty = emptySlicesOver();
      judged += empty;
      shownReasons.add("slices without events", empty);
      if (target.indicator().emptySlices() == Indicator.EmptySlices.GOOD) {
        sumNum = sumNum.add(sumDen.multiply(BigInteger.valueOf(empty)));
      }
    }
    shownReasons.add("slices", judged);
    if (judged == 0) {
      return 0;
    }
    BigDecimal num = new BigDecimal(sumNum).multiply(HUNDRED);
    BigDecimal den = new BigDecimal(sumDen).multiply(BigDecimal.valueOf(judged));
    BigDecimal slicesAll = BigDecimal.valueOf(judged);
    BigDecimal goodSlices =
        new BigDecimal(sumNum).divide(new BigDecimal(sumDen), 18, RoundingMode.FLOOR);
    BigDecimal objective = target.objective();
    BigDecimal allowed =
        higherBetter
            ? slicesAll.multiply(HUNDRED.subtract(objective)).divide(HUNDRED)
            : slicesAll.multiply(objective).divide(HUNDRED);
    BigDecimal used = higherBetter ? slicesAll.subtract(goodSlices) : goodSlices;
    Verdict.of(
            ExactValue.ratio(num, den),
            ExactValue.round(num, den, Verdict.SCALE, higherBetter),
            objective,
            target.comparison())
        .withBudget(
            ErrorBudget.exact(ErrorBudget.Unit.SLICES, allowed, used),
            allowed,
            target.atRiskThreshold())
        .applyTo(b, complete);
    return judged;
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

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  @Override
  String stateKind() {
    return StateSchema.SLICES;
  }

  @Override
  void exportState(Map<String, Object> part) {
    java.util.List<Object> list = new java.util.ArrayList<>(slices.size());
    slices.forEach(
        (index, sums) -> {
          Map<String, Object> m = new java.util.LinkedHashMap<>();
          m.put("index", index);
          m.put("counted", sums[0]);
          m.put("total", sums[1]);
          list.add(m);
        });
    part.put("slices", list);
  }

  @Override
  void restoreState(Map<String, Object> part, String path) {
    java.util.List<Map<String, Object>> list = StateParts.list(part, "slices");
    // slices with events lie before the cutoff: the slice of the cutoff is the last possible
    long last = cutoff.isAfter(period.start()) ? sliceIndex(cutoff.minusNanos(1)) : -1;
    long previous = -1;
    TreeMap<Long, long[]> restored = new TreeMap<>();
    for (int i = 0; i < list.size(); i++) {
      String p = path + "/slices/" + i;
      long index = StateParts.count(list.get(i), "index");
      long c = StateParts.count(list.get(i), "counted");
      long t = StateParts.count(list.get(i), "total");
      if (index <= previous || index > last) {
        throw StateParts.fail(
            p + "/index",
            "must be above the index before (" + previous + ") and at most " + last
                + ", the last slice before the cutoff",
            index);
      }
      if (c > t) {
        throw StateParts.fail(p + "/counted", "must be at most the " + t + " total", c);
      }
      restored.put(index, new long[] {c, t});
      previous = index;
    }
    slices.putAll(restored);
  }
}
