package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the observations of one period for every target of an agreement and produces the
 * {@link PeriodReport}; a mergeable accumulator like the per-target ones it holds (see
 * {@link TargetAccumulator} for the pattern).
 *
 * <p>Each target is evaluated over the period of its own {@link MetricTarget#period() kind}
 * that contains {@code date} in the agreement's zone (a monthly target over the month, a
 * quarterly one over the quarter), on its window's calendar. Outages go to the availability
 * targets of their service, tickets to every ticket-timer target (a ticket no goal of a target
 * applies to is excluded there), samples and event counts to the measurement target named.
 * Percentile targets with credit tiers keep their position at the tier bounds exact.
 *
 * <pre>{@code
 * // shards evaluated in parallel by the host, merged into one report
 * PeriodReport report = shards.parallelStream()
 *     .map(shard -> PeriodAccumulator.of(sla, LocalDate.of(2025, 3, 1), asOf)
 *         .addAll(shard.observations()))
 *     .reduce(PeriodAccumulator::merge)
 *     .orElseThrow()
 *     .report();
 * }</pre>
 *
 * <p>This class is mutable and not thread-safe: use one per thread or shard and merge them.
 */
public final class PeriodAccumulator {

  private final Agreement agreement;
  private final LocalDate date;
  private final Instant asOf;
  private final EvaluationOptions options;
  private final Map<String, TargetAccumulator> accumulators = new LinkedHashMap<>();
  private final List<AvailabilityAccumulator> availability = new ArrayList<>();
  private final List<TicketTimerAccumulator> timers = new ArrayList<>();

  private PeriodAccumulator(
      Agreement agreement, LocalDate date, Instant asOf, EvaluationOptions options) {
    this.agreement = Objects.requireNonNull(agreement, "agreement");
    this.date = Objects.requireNonNull(date, "date");
    this.asOf = Limits.requireInstant("asOf", asOf);
    this.options = Objects.requireNonNull(options, "options");
    Checks.requireArgument(
        agreement.validity().contains(date),
        "Date is outside the agreement's validity",
        Checks.named("agreement", agreement.id()),
        Checks.named("date", date),
        Checks.named("validity", agreement.validity()));
    for (MetricTarget t : agreement.targets()) {
      BusinessCalendar calendar = agreement.window(t.window()).orElseThrow().calendar();
      PeriodRange period = PeriodRange.of(t.period(), date, agreement.zone());
      TargetAccumulator acc;
      switch (t.kind()) {
        case AVAILABILITY:
          AvailabilityAccumulator a =
              AvailabilityAccumulator.of(
                  (AvailabilityTarget) t,
                  calendar,
                  period,
                  asOf,
                  options,
                  agreement.outageCauses());
          availability.add(a);
          acc = a;
          break;
        case TICKET_TIMER:
          TicketTimerAccumulator k =
              TicketTimerAccumulator.of((TicketTimerTarget) t, calendar, period, asOf, options);
          timers.add(k);
          acc = k;
          break;
        default: // MEASUREMENT
          acc =
              MeasurementAccumulator.of(
                  (MeasurementTarget) t, calendar, period, asOf, options, tierBounds(t.id()));
          break;
      }
      accumulators.put(t.id(), acc);
    }
  }

  /**
   * Obtains an empty accumulator with the default options.
   *
   * @param agreement  the agreement, not null
   * @param date  a date in the periods to evaluate, within the agreement's validity, not null
   * @param asOf  the instant to evaluate as of, within the supported range, not null
   * @return the accumulator, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws IllegalArgumentException if the date is outside the agreement's validity, or the
   *     zone skips every date of a target's period that contains it ({@link PeriodRange#of(
   *     dev.servicelevel.agreement.ReportingPeriod, LocalDate, java.time.ZoneId)})
   * @throws java.time.DateTimeException if {@code asOf} is outside the supported range
   *     ({@link Limits#requireInstant})
   */
  public static PeriodAccumulator of(Agreement agreement, LocalDate date, Instant asOf) {
    return of(agreement, date, asOf, EvaluationOptions.defaults());
  }

  /**
   * Obtains an empty accumulator.
   *
   * @param agreement  the agreement, not null
   * @param date  a date in the periods to evaluate, within the agreement's validity, not null
   * @param asOf  the instant to evaluate as of, within the supported range, not null
   * @param options  the evaluation options, not null
   * @return the accumulator, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws IllegalArgumentException if the date is outside the agreement's validity, or the
   *     zone skips every date of a target's period that contains it ({@link PeriodRange#of(
   *     dev.servicelevel.agreement.ReportingPeriod, LocalDate, java.time.ZoneId)})
   * @throws java.time.DateTimeException if {@code asOf} is outside the supported range
   *     ({@link Limits#requireInstant})
   */
  public static PeriodAccumulator of(
      Agreement agreement, LocalDate date, Instant asOf, EvaluationOptions options) {
    return new PeriodAccumulator(agreement, date, asOf, options);
  }

  private List<BigDecimal> tierBounds(String targetId) {
    List<BigDecimal> bounds = new ArrayList<>();
    agreement
        .creditPolicy()
        .flatMap(p -> p.creditsFor(targetId))
        .map(TargetCredits::tiers)
        .ifPresent(
            tiers -> {
              for (CreditTier tier : tiers) {
                tier.fromInclusive().ifPresent(bounds::add);
                tier.toExclusive().ifPresent(bounds::add);
              }
            });
    return bounds;
  }

  /**
   * Adds an outage to the availability targets of its service.
   *
   * @param outage  the outage, not null
   * @return this accumulator, not null
   */
  public PeriodAccumulator add(Outage outage) {
    Objects.requireNonNull(outage, "outage");
    for (AvailabilityAccumulator a : availability) {
      a.add(outage);
    }
    return this;
  }

  /**
   * Adds a ticket to every ticket-timer target. A ticket a target cannot evaluate is listed as
   * unevaluable there ({@link PeriodReport#unevaluable()}); it never aborts the report.
   *
   * @param history  the ticket's history, not null
   * @return this accumulator, not null
   */
  public PeriodAccumulator add(TicketHistory history) {
    Objects.requireNonNull(history, "history");
    for (TicketTimerAccumulator t : timers) {
      t.add(history);
    }
    return this;
  }

  /**
   * Adds a sample to a measurement target.
   *
   * @param targetId  the id of a measurement target that takes samples, not null
   * @param at  the instant the value was measured, not null
   * @param value  the value, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the agreement has no such measurement target, or it
   *     takes event counts
   */
  public PeriodAccumulator add(String targetId, Instant at, BigDecimal value) {
    measurement(targetId).add(at, value);
    return this;
  }

  /**
   * Adds a sample to a measurement target.
   *
   * @param targetId  the id of a measurement target that takes samples, not null
   * @param sample  the sample, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the agreement has no such measurement target, or it
   *     takes event counts
   */
  public PeriodAccumulator add(String targetId, Sample sample) {
    measurement(targetId).add(sample);
    return this;
  }

  /**
   * Adds an event count to a measurement target.
   *
   * @param targetId  the id of a ratio or ratio-timeslice target, not null
   * @param count  the count, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the agreement has no such measurement target, or it
   *     takes samples
   */
  public PeriodAccumulator add(String targetId, EventCount count) {
    measurement(targetId).add(count);
    return this;
  }

  /**
   * Adds every record of the observations, reading each source once.
   *
   * @param observations  the observations, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if samples or counts name a target that is not a
   *     measurement target taking them
   */
  public PeriodAccumulator addAll(Observations observations) {
    Objects.requireNonNull(observations, "observations");
    for (Iterable<Outage> source : observations.outages()) {
      source.forEach(this::add);
    }
    for (Iterable<TicketHistory> source : observations.tickets()) {
      source.forEach(this::add);
    }
    observations
        .samples()
        .forEach(
            (id, sources) -> {
              MeasurementAccumulator m = measurement(id);
              sources.forEach(m::addSamples);
            });
    observations
        .counts()
        .forEach(
            (id, sources) -> {
              MeasurementAccumulator m = measurement(id);
              sources.forEach(m::addCounts);
            });
    return this;
  }

  private MeasurementAccumulator measurement(String targetId) {
    Objects.requireNonNull(targetId, "targetId");
    TargetAccumulator acc = accumulators.get(targetId);
    if (acc instanceof MeasurementAccumulator) {
      return (MeasurementAccumulator) acc;
    }
    // the message's values are built only when it is thrown, not for every sample
    throw new IllegalArgumentException(
        Checks.message(
            "Agreement has no measurement target with this id",
            Checks.named("agreement", agreement.id()),
            Checks.named("target", targetId)));
  }

  /**
   * Adds everything another accumulator of the same agreement, date, {@code asOf} and options has
   * collected; the other is left as it is.
   *
   * @param other  the other accumulator, not null
   * @return this accumulator, not null
   * @throws IllegalArgumentException if the other accumulates for another scope
   */
  public PeriodAccumulator merge(PeriodAccumulator other) {
    Objects.requireNonNull(other, "other");
    Checks.requireArgument(
        agreement.equals(other.agreement)
            && date.equals(other.date)
            && asOf.equals(other.asOf)
            && options.equals(other.options),
        "Only period accumulators of the same agreement, date, instant and options merge",
        this,
        other);
    for (Map.Entry<String, TargetAccumulator> e : accumulators.entrySet()) {
      TargetAccumulator mine = e.getValue();
      TargetAccumulator theirs = other.accumulators.get(e.getKey());
      switch (mine.target().kind()) {
        case AVAILABILITY:
          ((AvailabilityAccumulator) mine).merge((AvailabilityAccumulator) theirs);
          break;
        case TICKET_TIMER:
          ((TicketTimerAccumulator) mine).merge((TicketTimerAccumulator) theirs);
          break;
        default: // MEASUREMENT
          ((MeasurementAccumulator) mine).merge((MeasurementAccumulator) theirs);
          break;
      }
    }
    return this;
  }

  /**
   * Computes the report of the observations added so far.
   *
   * @return the report, not null
   */
  public PeriodReport report() {
    List<TargetResult> results = new ArrayList<>();
    for (TargetAccumulator acc : accumulators.values()) {
      results.add(acc.result());
    }
    return PeriodReport.of(agreement, date, asOf, results);
  }

  /**
   * Outputs the accumulator's scope, such as {@code "period accumulator ecoshop-sla 2025-03-01
   * as of 2025-04-01T00:00:00Z"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "period accumulator " + agreement.id() + " " + date + " as of " + asOf;
  }

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  /**
   * Takes a snapshot of what this accumulator has collected, as data to store or send
   * ({@link AccumulatorState#toBytes()}); this accumulator stays usable and unchanged.
   *
   * <pre>{@code
   * byte[] bytes = shard.state().toBytes();
   * }</pre>
   *
   * @return the state, not null
   */
  public AccumulatorState state() {
    Map<String, Object> tree = AccumulatorState.scope(agreement, date, asOf, options);
    List<Object> targets = new ArrayList<>(accumulators.size());
    for (TargetAccumulator acc : accumulators.values()) {
      switch (acc.target().kind()) {
        case AVAILABILITY:
          targets.add(((AvailabilityAccumulator) acc).exportState());
          break;
        case TICKET_TIMER:
          targets.add(((TicketTimerAccumulator) acc).exportState());
          break;
        default: // MEASUREMENT
          targets.add(((MeasurementAccumulator) acc).exportState());
          break;
      }
    }
    tree.put("targets", targets);
    return AccumulatorState.of(tree);
  }

  /**
   * Restores an accumulator from a state taken by {@link #state()}: one that merges and reports
   * exactly as the one whose state was taken, for the same agreement, date, {@code asOf} and
   * options.
   *
   * <pre>{@code
   * PeriodAccumulator total = PeriodAccumulator.of(sla, date, asOf, options);
   * for (byte[] shard : shards) {
   *   total.merge(PeriodAccumulator.restore(
   *       sla, date, asOf, options, AccumulatorState.fromBytes(shard)));
   * }
   * }</pre>
   *
   * @param agreement  the agreement, not null
   * @param date  a date in the periods to evaluate, within the agreement's validity, not null
   * @param asOf  the instant to evaluate as of, within the supported range, not null
   * @param options  the evaluation options, not null
   * @param state  the state, not null
   * @return a new accumulator holding the state, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws IllegalArgumentException if the date is outside the agreement's validity, or the
   *     zone skips every date of a target's period that contains it ({@link PeriodRange#of(
   *     dev.servicelevel.agreement.ReportingPeriod, LocalDate, java.time.ZoneId)})
   * @throws java.time.DateTimeException if {@code asOf} is outside the supported range
   * @throws AccumulatorStateException naming both scopes if the state belongs to another
   *     agreement (id or content digest), date, {@code asOf} or options; naming the part if its
   *     targets differ from the agreement's, or a part contradicts its target or the options
   *     (more records than kept, counts that do not add up, slices after the cutoff)
   */
  public static PeriodAccumulator restore(
      Agreement agreement,
      LocalDate date,
      Instant asOf,
      EvaluationOptions options,
      AccumulatorState state) {
    Objects.requireNonNull(state, "state");
    PeriodAccumulator acc = new PeriodAccumulator(agreement, date, asOf, options);
    state.requireScope(AccumulatorState.scope(agreement, date, asOf, options));
    List<Map<String, Object>> parts = state.targets();
    if (parts.size() != acc.accumulators.size()) {
      throw new AccumulatorStateException(
          "/targets",
          "Accumulator state has " + parts.size() + " targets where agreement "
              + Limits.shown(agreement.id()) + " has " + acc.accumulators.size());
    }
    int i = 0;
    for (TargetAccumulator target : acc.accumulators.values()) {
      Map<String, Object> part = parts.get(i);
      String path = "/targets/" + i++;
      String kind;
      switch (target.target().kind()) {
        case AVAILABILITY:
          kind = StateSchema.AVAILABILITY;
          break;
        case TICKET_TIMER:
          kind = StateSchema.TICKET_TIMER;
          break;
        default: // MEASUREMENT
          kind = ((MeasurementAccumulator) target).stateKind();
          break;
      }
      if (!target.target().id().equals(part.get("target")) || !kind.equals(part.get("kind"))) {
        throw new AccumulatorStateException(
            path,
            "Accumulator state part " + path + " must be target "
                + Limits.shown(target.target().id()) + " of kind " + kind + ": "
                + Limits.shown(part.get("target")) + " of kind " + part.get("kind"));
      }
      switch (target.target().kind()) {
        case AVAILABILITY:
          ((AvailabilityAccumulator) target).restoreState(part, path);
          break;
        case TICKET_TIMER:
          ((TicketTimerAccumulator) target).restoreState(part, path);
          break;
        default: // MEASUREMENT
          ((MeasurementAccumulator) target).restoreState(part, path);
          break;
      }
    }
    return acc;
  }
}
