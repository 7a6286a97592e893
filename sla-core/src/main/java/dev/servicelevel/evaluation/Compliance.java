package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Period compliance of an agreement as pure functions: observations in, {@link PeriodReport}s
 * out, with nothing read from a clock, a file or the system's zone.
 *
 * <pre>{@code
 * Observations observations = Observations.builder()
 *     .outages(outages).tickets(tickets).samples("latency", samples).build();
 * PeriodReport march = Compliance.evaluate(sla, LocalDate.of(2025, 3, 1),
 *     Instant.parse("2025-04-01T00:00:00Z"), observations);
 *
 * List<PeriodReport> year = Compliance.evaluate(sla, ReportingPeriod.calendarMonth(),
 *     LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)), asOf,
 *     observations, EvaluationOptions.defaults());
 * Compliance.termination(sla, year);   // which termination rights arose, from when
 * }</pre>
 *
 * <p>For shards, incremental updates or a distributed engine, use {@link PeriodAccumulator}
 * (the whole agreement) or the per-target accumulators directly; these functions are one pass
 * through them.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Compliance {

  private Compliance() {}

  /**
   * Evaluates every target of an agreement over its period that contains a date, as of an
   * instant, with the default options.
   *
   * @param agreement  the agreement, not null
   * @param date  a date in the periods, within the agreement's validity, not null
   * @param asOf  the instant to evaluate as of; before a period's end it is evaluated as far as
   *     it ran, not null
   * @param observations  the observations, each source read once, not null
   * @return the report, not null
   * @throws IllegalArgumentException if the date is outside the agreement's validity, the zone
   *     skips every date of a target's period that contains it (a rolling day on a date the zone
   *     skipped whole), or samples or counts name a target that does not take them
   * @throws java.time.DateTimeException if {@code asOf} is outside the supported range (1900 to
   *     2400); a ticket that cannot be evaluated never throws, it is listed in
   *     {@link PeriodReport#unevaluable()}
   */
  public static PeriodReport evaluate(
      Agreement agreement, LocalDate date, Instant asOf, Observations observations) {
    return evaluate(agreement, date, asOf, observations, EvaluationOptions.defaults());
  }

  /**
   * Evaluates every target of an agreement over its period that contains a date, as of an
   * instant.
   *
   * @param agreement  the agreement, not null
   * @param date  a date in the periods, within the agreement's validity, not null
   * @param asOf  the instant to evaluate as of, not null
   * @param observations  the observations, each source read once, not null
   * @param options  the evaluation options, not null
   * @return the report, not null
   * @throws IllegalArgumentException if the date is outside the agreement's validity, the zone
   *     skips every date of a target's period that contains it (a rolling day on a date the zone
   *     skipped whole), or samples or counts name a target that does not take them
   * @throws java.time.DateTimeException if {@code asOf} is outside the supported range (1900 to
   *     2400); a ticket that cannot be evaluated never throws, it is listed in
   *     {@link PeriodReport#unevaluable()}
   */
  public static PeriodReport evaluate(
      Agreement agreement,
      LocalDate date,
      Instant asOf,
      Observations observations,
      EvaluationOptions options) {
    Objects.requireNonNull(observations, "observations");
    return PeriodAccumulator.of(agreement, date, asOf, options).addAll(observations).report();
  }

  /**
   * Evaluates an agreement over consecutive periods covering a range of dates, reading each
   * observation source once for all of them. The report for each period of {@code step} is that
   * of its first day (see {@link #evaluate(Agreement, LocalDate, Instant, Observations)}).
   *
   * @param agreement  the agreement, not null
   * @param step  the periods to report, usually the agreement's billing period, not null
   * @param range  the dates to cover, within the agreement's validity, not null
   * @param asOf  the instant to evaluate as of, not null
   * @param observations  the observations, each source read once, not null
   * @param options  the evaluation options, not null
   * @return the reports in period order, not null
   * @throws IllegalArgumentException if a period starts outside the agreement's validity, or
   *     the zone skips every date of a target's period (a rolling day on a date the zone skipped
   *     whole)
   * @throws java.time.DateTimeException if {@code asOf} is outside the supported range (1900 to
   *     2400)
   */
  public static List<PeriodReport> evaluate(
      Agreement agreement,
      ReportingPeriod step,
      LocalDateRange range,
      Instant asOf,
      Observations observations,
      EvaluationOptions options) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(observations, "observations");
    List<PeriodAccumulator> periods = new ArrayList<>();
    for (LocalDateRange p : step.periodsCovering(range)) {
      periods.add(PeriodAccumulator.of(agreement, p.getStart(), asOf, options));
    }
    for (Iterable<Outage> source : observations.outages()) {
      for (Outage o : source) {
        periods.forEach(p -> p.add(o));
      }
    }
    for (Iterable<TicketHistory> source : observations.tickets()) {
      for (TicketHistory t : source) {
        periods.forEach(p -> p.add(t));
      }
    }
    observations
        .samples()
        .forEach(
            (id, sources) -> {
              for (Iterable<Sample> source : sources) {
                for (Sample s : source) {
                  periods.forEach(p -> p.add(id, s));
                }
              }
            });
    observations
        .counts()
        .forEach(
            (id, sources) -> {
              for (Iterable<EventCount> source : sources) {
                for (EventCount c : source) {
                  periods.forEach(p -> p.add(id, c));
                }
              }
            });
    List<PeriodReport> reports = new ArrayList<>();
    periods.forEach(p -> reports.add(p.report()));
    return reports;
  }

  /**
   * Finds which of an agreement's termination rights arose over a sequence of reports (see
   * {@link Termination} for the rules).
   *
   * @param agreement  the agreement, for its {@link TerminationRule}s, not null
   * @param reports  the reports, of consecutive periods, not null
   * @return the findings, not null
   * @throws IllegalArgumentException if a target has two results for the same period
   */
  public static List<TerminationFinding> termination(
      Agreement agreement, List<PeriodReport> reports) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(reports, "reports");
    List<TargetResult> results = new ArrayList<>();
    reports.forEach(r -> results.addAll(r.results()));
    return Termination.evaluate(agreement.terminationRules(), results);
  }
}
