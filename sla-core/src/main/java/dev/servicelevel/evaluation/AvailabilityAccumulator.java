package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Collects outages for one availability target over one period and computes its result; a
 * mergeable accumulator (see {@link TargetAccumulator} for the pattern).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Agreed time</b> is the open time of the target's window in the period, up to
 *       {@code asOf} for a running period.</li>
 *   <li><b>Which outages.</b> Outages of the target's service, clipped to the period (and to
 *       {@code asOf}); outages of other services and outside the period are ignored without a
 *       trace.</li>
 *   <li><b>Causes.</b> An outage's cause must be one the agreement defines: a predefined one
 *       ({@link OutageCause#predefined()}), one the target excludes, or one given to
 *       {@link #of(AvailabilityTarget, BusinessCalendar, PeriodRange, Instant, EvaluationOptions,
 *       Collection)} (the agreement's {@code outageCauses()}, as {@link PeriodAccumulator}
 *       passes them). An outage naming any other cause is <b>unevaluable</b>: neither counted
 *       nor excluded, counted in {@link AvailabilityFigures#unevaluable()} and listed with its
 *       id and reason ({@link UnevaluableRecord.Reason#INVALID}); the result still
 *       completes.</li>
 *   <li><b>Exclusions</b>, each recorded with its reason: an outage whose cause the agreement
 *       excludes for every target ({@link OutageCause#excluded()}) or the target
 *       excludes; planned maintenance only when the target sets no notice, or the outage was
 *       announced at least the notice before its start ({@link Outage#announcedAt()}), or the
 *       host marked it announced in advance; otherwise it counts, and its record says it was
 *       announced too late. An outage shorter (start to end, in full) than
 *       {@link AvailabilityTarget#ignoreOutagesShorterThan()} is ignored. An outage wholly in
 *       the window's closed hours costs nothing and is listed as such.</li>
 *   <li><b>Downtime</b> is the window's open time covered by the counted outages, each at its
 *       impact; where outages overlap the larger impact counts, once.</li>
 *   <li><b>Availability</b> is {@code 100 * (agreed - downtime) / agreed}. The error budget is
 *       {@code agreed * (100 - minimum) / 100} of the whole period, in seconds: 99.9 % of a
 *       30-day month allows 2592 s (43 min 12 s), of a 31-day month 2678.4 s
 *       (44 min 38.4 s). A running period is breached once its downtime exceeds the whole
 *       period's budget, and at risk while it fails so far or uses the at-risk share.</li>
 *   <li><b>No data</b> when the window has no open time in the period so far.</li>
 * </ul>
 *
 * <pre>{@code
 * TargetResult r = AvailabilityAccumulator.of(shopPrime, prime, march, asOf)
 *     .addAll(outages)
 *     .result();
 * r.achieved();                         // Optional[99.95]
 * r.budget().get().leftTime();          // Optional[PT21M36S]
 * }</pre>
 *
 * <p>Memory grows with the number of separate downtime stretches (overlapping outages share
 * one) plus the bounded explanation lists; each outage costs one calendar query when added and
 * each stretch one when the result is computed.
 *
 * <p>This class is mutable and not thread-safe: use one per thread or shard and merge them.
 */
public final class AvailabilityAccumulator implements TargetAccumulator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final AvailabilityTarget target;
  private final BusinessCalendar calendar;
  private final PeriodRange period;
  private final Instant asOf;
  private final EvaluationOptions options;
  private final Instant cutoff;

  private final ImpactTimeline downtime = new ImpactTimeline();
  private final ReasonCounts reasons = new ReasonCounts();
  private final WorstRecords counted;
  private final WorstRecords excluded;
  private final Set<OutageCause> definedCauses;
  private final UnevaluableRecords unevaluable;
  private long outagesCounted;
  private long outagesNotCounted;

  private AvailabilityAccumulator(
      AvailabilityTarget target,
      BusinessCalendar calendar,
      PeriodRange period,
      Instant asOf,
      EvaluationOptions options,
      Collection<OutageCause> definedCauses) {
    this.target = Objects.requireNonNull(target, "target");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.period = Objects.requireNonNull(period, "period");
    this.asOf = Limits.requireInstant("asOf", asOf);
    this.options = Objects.requireNonNull(options, "options");
    this.cutoff = period.cutoff(asOf);
    this.counted = new WorstRecords(options);
    this.excluded = new WorstRecords(options);
    this.unevaluable = new UnevaluableRecords(options.unevaluableRecords());
    Set<OutageCause> defined = new HashSet<>(OutageCause.predefined());
    defined.addAll(target.excludedCauses());
    for (OutageCause cause : Objects.requireNonNull(definedCauses, "definedCauses")) {
      defined.add(Objects.requireNonNull(cause, "definedCauses"));
    }
    this.definedCauses = defined;
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
   */
  public static AvailabilityAccumulator of(
      AvailabilityTarget target, BusinessCalendar calendar, PeriodRange period, Instant asOf) {
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
   */
  public static AvailabilityAccumulator of(
      AvailabilityTarget target,
      BusinessCalendar calendar,
      PeriodRange period,
      Instant asOf,
      EvaluationOptions options) {
    return new AvailabilityAccumulator(target, calendar, period, asOf, options, List.of());
  }

  /**
   * Obtains an empty accumulator for a target of an agreement that defines outage causes of its
   * own ({@link dev.servicelevel.agreement.Agreement#outageCauses()}); the other factories know
   * only the predefined causes and those the target excludes.
   *
   * <pre>{@code
   * AvailabilityAccumulator.of(target, calendar, period, asOf, options, sla.outageCauses());
   * }</pre>
   *
   * @param target  the target, not null
   * @param calendar  the calendar of the target's window, not null
   * @param period  the period, not null
   * @param asOf  the instant to evaluate as of, not null
   * @param options  the evaluation options, not null
   * @param definedCauses  the causes the agreement defines besides the predefined ones, not null
   * @return the accumulator, not null
   * @throws NullPointerException naming the parameter if an argument or a cause is null
   * @throws java.time.DateTimeException if {@code asOf} is outside {@link Limits#EARLIEST} to
   *     {@link Limits#LATEST}
   */
  public static AvailabilityAccumulator of(
      AvailabilityTarget target,
      BusinessCalendar calendar,
      PeriodRange period,
      Instant asOf,
      EvaluationOptions options,
      Collection<OutageCause> definedCauses) {
    return new AvailabilityAccumulator(target, calendar, period, asOf, options, definedCauses);
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
   * Adds an outage; one of another service or outside the period changes nothing.
   *
   * @param outage  the outage, not null
   * @return this accumulator, not null
   */
  public AvailabilityAccumulator add(Outage outage) {
    Objects.requireNonNull(outage, "outage");
    if (!outage.service().equals(target.service())) {
      return this;
    }
    Instant start = max(outage.interval().getStart(), period.start());
    Instant end = min(outage.interval().getEnd(), cutoff);
    if (!start.isBefore(end)) {
      return this;
    }
    if (outage.cause().isPresent() && !definedCauses.contains(outage.cause().get())) {
      // counting it or excluding it would both guess what the agreement never said
      reasons.add("unevaluable");
      unevaluable.add(
          UnevaluableRecord.of(
              UnevaluableRecord.Kind.OUTAGE,
              outage.id(),
              target.id(),
              UnevaluableRecord.Reason.INVALID,
              "Outage names a cause the agreement does not define: " + outage.cause().get()));
      return this;
    }
    BigDecimal impact = ExactValue.plain(outage.impact());
    Duration windowTime = calendar.between(start, end);
    BigDecimal cost = Durations.seconds(windowTime).multiply(impact);
    String atImpact =
        impact.compareTo(BigDecimal.ONE) == 0 ? "" : " at impact " + impact.toPlainString();
    Exclusion exclusion = exclusion(outage);
    if (exclusion != null) {
      outagesNotCounted++;
      reasons.add(exclusion.category);
      if (excluded.admits(cost)) {
        excluded.add(
            ExplainedRecord.of(
                outage.id(),
                false,
                exclusion.code,
                exclusion.detail + "; " + windowTime + " of window time" + atImpact,
                cost,
                "windowSeconds", Durations.seconds(windowTime), "impact", impact, "cost", cost));
      }
      return this;
    }
    if (windowTime.isZero()) {
      outagesNotCounted++;
      reasons.add("outside window hours");
      if (excluded.admits(cost)) {
        excluded.add(
            ExplainedRecord.of(
                outage.id(), false, ReasonCode.OUTSIDE_WINDOW_HOURS, "outside window hours", cost,
                "windowSeconds", BigDecimal.ZERO, "impact", impact, "cost", cost));
      }
      return this;
    }
    outagesCounted++;
    reasons.add("counted");
    downtime.add(start, end, impact);
    if (counted.admits(cost)) {
      counted.add(
          ExplainedRecord.of(
              outage.id(), true, ReasonCode.OUTAGE_COUNTED,
              windowTime + " of window time" + atImpact + lateNotice(outage), cost,
              "windowSeconds", Durations.seconds(windowTime), "impact", impact, "cost", cost));
    }
    return this;
  }

  /**
   * Adds outages.
   *
   * @param outages  the outages, not null
   * @return this accumulator, not null
   */
  public AvailabilityAccumulator addAll(Iterable<Outage> outages) {
    Objects.requireNonNull(outages, "outages");
    for (Outage o : outages) {
      add(o);
    }
    return this;
  }

  /**
   * Adds everything another accumulator of the same target, calendar, period, {@code asOf} and
   * options has collected; the other is left as it is.
   *
   * @param other  the other accumulator, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the other accumulates for another target, calendar,
   *     period, instant or options
   */
  public AvailabilityAccumulator merge(AvailabilityAccumulator other) {
    Objects.requireNonNull(other, "other");
    Accumulators.requireSameScope(
        this,
        other,
        calendar.equals(other.calendar)
            && options.equals(other.options)
            && definedCauses.equals(other.definedCauses));
    downtime.addAll(other.downtime);
    reasons.addAll(other.reasons);
    counted.addAll(other.counted);
    excluded.addAll(other.excluded);
    outagesCounted += other.outagesCounted;
    outagesNotCounted += other.outagesNotCounted;
    unevaluable.addAll(other.unevaluable);
    return this;
  }

  /**
   * Computes the result of the outages added so far.
   *
   * @return the result, not null
   */
  @Override
  public TargetResult result() {
    Duration agreed = calendar.between(period.start(), period.end());
    Duration agreedSoFar = calendar.between(period.start(), cutoff);
    // exact decimal seconds: spans of up to 500 years do not fit a long of nanoseconds
    BigDecimal[] down = {BigDecimal.ZERO};
    downtime.forEachSegment(
        (from, to, impact) ->
            down[0] = down[0].add(Durations.seconds(calendar.between(from, to)).multiply(impact)));
    BigDecimal downSeconds = down[0];
    ImmutableTargetResult.Builder b =
        Accumulators.start(this, "availability", Optional.of("%"))
            .comparison(Comparison.GREATER_OR_EQUAL)
            .required(target.minimum())
            .explanation(Explanation.of(counted.toList(), excluded.toList(), reasons.toMap()))
            .availability(
                AvailabilityFigures.of(
                    agreed,
                    agreedSoFar,
                    Durations.ofSeconds(downSeconds, RoundingMode.CEILING),
                    outagesCounted,
                    outagesNotCounted,
                    unevaluable.count(),
                    unevaluable.toList()));
    if (agreedSoFar.isZero()) {
      Verdict.noData(b);
      return b.build();
    }
    BigDecimal soFarSeconds = Durations.seconds(agreedSoFar);
    BigDecimal numerator = HUNDRED.multiply(soFarSeconds.subtract(downSeconds));
    BigDecimal shortfall = HUNDRED.subtract(target.minimum());
    BigDecimal allowed = Durations.seconds(agreed).multiply(shortfall).divide(HUNDRED);
    BigDecimal allowedSoFar = Durations.seconds(agreedSoFar).multiply(shortfall).divide(HUNDRED);
    ErrorBudget budget = ErrorBudget.exact(ErrorBudget.Unit.SECONDS, allowed, downSeconds);
    boolean complete = !cutoff.isBefore(period.end());
    Verdict.of(
            ExactValue.ratio(numerator, soFarSeconds),
            ExactValue.round(numerator, soFarSeconds, Verdict.SCALE, true),
            target.minimum(),
            Comparison.GREATER_OR_EQUAL)
        .withBudget(budget, allowedSoFar, target.atRiskThreshold())
        .withCertainBreach(!complete && downSeconds.compareTo(allowed) > 0)
        .applyTo(b, complete);
    // downtime burns only in open time: project on the window's calendar
    b.budgetExhaustion(
        complete || allowedSoFar.signum() == 0
            ? Optional.empty()
            : TargetResult.exhaustion(
                agreed,
                Optional.of(Fraction.exact(downSeconds, allowedSoFar)),
                d -> calendar.plus(period.start(), d)));
    return b.build();
  }

  /** Why an outage does not count: a category for the counts and the record's detail. */
  private static final class Exclusion {
    final String category;
    final String detail;
    final ReasonCode code;

    Exclusion(String category, String detail) {
      this(category, detail, ReasonCode.OUTAGE_EXCLUDED_CAUSE);
    }

    Exclusion(String category, String detail, ReasonCode code) {
      this.category = category;
      this.detail = detail;
      this.code = code;
    }
  }

  /** Why an outage does not count, or null when it counts. */
  private Exclusion exclusion(Outage outage) {
    Optional<OutageCause> cause = outage.cause();
    if (cause.isPresent() && cause.get().excluded()) {
      return new Exclusion(
          "excluded: " + cause.get(), "excluded cause " + cause.get() + " (by the agreement)");
    }
    if (cause.isPresent() && target.excludedCauses().contains(cause.get())) {
      String category = "excluded: " + cause.get();
      if (!cause.get().equals(OutageCause.PLANNED_MAINTENANCE)) {
        return new Exclusion(category, "excluded cause " + cause.get());
      }
      Optional<Duration> notice = target.maintenanceNotice();
      if (notice.isEmpty()) {
        return new Exclusion(category, "planned maintenance");
      }
      if (outage.announcedInAdvance()) {
        return new Exclusion(category, "planned maintenance announced in advance");
      }
      if (outage.announcedAt().isPresent()) {
        Duration ahead = Duration.between(outage.announcedAt().get(), outage.interval().getStart());
        if (ahead.compareTo(notice.get()) >= 0) {
          return new Exclusion(
              category,
              "planned maintenance announced " + ahead + " ahead (notice " + notice.get() + ")");
        }
      }
    }
    Optional<Duration> shortest = target.ignoreOutagesShorterThan();
    if (shortest.isPresent() && outage.interval().toDuration().compareTo(shortest.get()) < 0) {
      return new Exclusion(
          "ignored: shorter than " + shortest.get(),
          "lasted " + outage.interval().toDuration() + ", shorter than " + shortest.get(),
          ReasonCode.OUTAGE_TOO_SHORT);
    }
    return null;
  }

  /** The note on a counted planned maintenance that was excluded but announced too late. */
  private String lateNotice(Outage outage) {
    if (outage.cause().equals(Optional.of(OutageCause.PLANNED_MAINTENANCE))
        && target.excludedCauses().contains(OutageCause.PLANNED_MAINTENANCE)) {
      String notice = " (notice " + target.maintenanceNotice().orElseThrow() + ")";
      return outage.announcedAt()
          .map(a -> "; planned maintenance announced too late, "
              + Duration.between(a, outage.interval().getStart()) + " ahead" + notice)
          .orElse("; planned maintenance not announced" + notice);
    }
    return "";
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * Outputs the accumulator's scope, such as {@code "availability accumulator shop-prime
   * 2025-03 (3 outages counted)"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "availability accumulator " + target.id() + " " + period.label() + " ("
        + outagesCounted + " outages counted)";
  }

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  /** The target's part of an accumulator state. */
  java.util.Map<String, Object> exportState() {
    java.util.Map<String, Object> part = new java.util.LinkedHashMap<>();
    part.put("target", target.id());
    part.put("kind", StateSchema.AVAILABILITY);
    part.put("reasons", reasons.exportState());
    part.put("countedRecords", counted.exportState());
    part.put("excludedRecords", excluded.exportState());
    unevaluable.exportState(part);
    part.put("outagesCounted", outagesCounted);
    part.put("outagesNotCounted", outagesNotCounted);
    part.put("downtime", downtime.exportState());
    return part;
  }

  /** Reads the target's part of an accumulator state; only into an empty accumulator. */
  void restoreState(java.util.Map<String, Object> part, String path) {
    counted.restoreState(StateParts.list(part, "countedRecords"), path + "/countedRecords");
    excluded.restoreState(StateParts.list(part, "excludedRecords"), path + "/excludedRecords");
    unevaluable.restoreState(part, path);
    downtime.restoreState(StateParts.list(part, "downtime"), path + "/downtime");
    reasons.restoreState(StateParts.map(part, "reasons"));
    outagesCounted = StateParts.count(part, "outagesCounted");
    outagesNotCounted = StateParts.count(part, "outagesNotCounted");
  }
}
