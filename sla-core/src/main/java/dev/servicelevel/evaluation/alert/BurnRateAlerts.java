package dev.servicelevel.evaluation.alert;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.AvailabilityAccumulator;
import dev.servicelevel.evaluation.ErrorBudget;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.MeasurementAccumulator;
import dev.servicelevel.evaluation.Observations;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.TargetAccumulator;
import dev.servicelevel.evaluation.UnevaluableRecord;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerCycle;
import dev.servicelevel.evaluation.timer.TimerState;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.threeten.extra.Interval;

/**
 * Multi-window, multi-burn-rate alerts as a pure function: for a target of an agreement and its
 * observations up to {@code asOf}, which alert conditions fire, with each window's exact burn
 * rate.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Windows.</b> Each window looks back from {@code asOf} (exclusive) over its length,
 *       clipped so that it starts no earlier than the start of the target's period that
 *       contains {@code asOf} (the budget burned is that period's; the period before had its
 *       own) and no earlier than the agreement's first day. A window clipped so is shorter
 *       ({@link WindowBurn#isClipped()}); at the very start of a period it is empty.</li>
 *   <li><b>Burn rate</b> of a window: its share of bad records divided by the share the target
 *       allows, exactly ({@link WindowBurn#burnRate()}), from the window's own error budget:
 *       <ul>
 *         <li>availability: the downtime in the window (at its impact, exclusions applied, as
 *             in {@link AvailabilityAccumulator}) against {@code (100 - minimum) %} of the
 *             window's open time, so closed hours of the target's window neither burn nor
 *             allow;</li>
 *         <li>ticket timers: the timers that breached in the window (their goal passed there)
 *             against {@code (100 - required) %} of the timers that reached a verdict in the
 *             window (met: stopped there within the goal; breached: the goal passed there).
 *             Paused time moves the breach instant as the timer's goal says. A timer is counted
 *             where it reached its verdict, whatever the target's
 *             {@link TicketTimerTarget#membership()}, because an alert is about what happened in
 *             the window;</li>
 *         <li>measurements: the samples, events or slices in the window, with the error budget
 *             of {@link MeasurementAccumulator} over the window.</li>
 *       </ul></li>
 *   <li><b>Firing.</b> A condition fires when both of its windows have a burn rate and both
 *       compare with its threshold as it says (at or above it by default, so a burn rate of
 *       exactly the threshold fires).</li>
 *   <li><b>No data.</b> A window without data (empty, all closed hours, no timer reached a
 *       verdict, no sample), of an indicator without an error budget (a mean), or of a target
 *       that allows nothing (100 %) has no burn rate, and a condition with such a window does
 *       not fire. OpenSLO's {@code alertWhenNoData} is the host's reading of that.</li>
 *   <li><b>Unevaluable tickets</b> (see {@link UnevaluableRecord}) count in no window; they are
 *       counted and listed in the report when one of their events falls in the longest window.</li>
 * </ul>
 *
 * <pre>{@code
 * BurnRateReport r = BurnRateAlerts.evaluate(sla, "shop-availability",
 *     Instant.parse("2025-03-10T10:00:00Z"), observations, BurnRateCondition.sreWorkbook());
 * r.firing();                                      // [page-fast, page-slow]
 * r.alerts().get(0).longWindow().burnRate();       // Optional[18]
 * }</pre>
 *
 * <p>Each observation source is read once for all windows. Cost: one accumulator per distinct
 * window for availability and measurements, one timer evaluation per ticket.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class BurnRateAlerts {

  private BurnRateAlerts() {}

  /**
   * Evaluates burn-rate alert conditions for a target as of an instant, with the default
   * options.
   *
   * @param agreement  the agreement, not null
   * @param targetId  the id of one of its targets, not null
   * @param asOf  the instant the windows end at (exclusive), within the agreement's validity,
   *     not null
   * @param observations  the observations, each source read once, not null
   * @param conditions  the conditions, not null, no null element
   * @return the report, one alert per condition in their order, not null
   * @throws NullPointerException naming the parameter if one is null, or {@code conditions} if
   *     one of its elements is
   * @throws IllegalArgumentException if the agreement has no target of that id, {@code asOf}
   *     falls outside the agreement's validity, or samples or counts do not fit the target
   * @throws DateTimeException if {@code asOf} is outside {@link Limits#EARLIEST} to
   *     {@link Limits#LATEST}
   */
  public static BurnRateReport evaluate(
      Agreement agreement,
      String targetId,
      Instant asOf,
      Observations observations,
      List<BurnRateCondition> conditions) {
    return evaluate(
        agreement, targetId, asOf, observations, conditions, EvaluationOptions.defaults());
  }

  /**
   * Evaluates burn-rate alert conditions for a target as of an instant.
   *
   * @param agreement  the agreement, not null
   * @param targetId  the id of one of its targets, not null
   * @param asOf  the instant the windows end at (exclusive), within the agreement's validity,
   *     not null
   * @param observations  the observations, each source read once, not null
   * @param conditions  the conditions, not null, no null element
   * @param options  the options, for how many unevaluable records are listed, not null
   * @return the report, one alert per condition in their order, not null
   * @throws NullPointerException naming the parameter if one is null, or {@code conditions} if
   *     one of its elements is
   * @throws IllegalArgumentException if the agreement has no target of that id, {@code asOf}
   *     falls outside the agreement's validity, or samples or counts do not fit the target
   * @throws DateTimeException if {@code asOf} is outside {@link Limits#EARLIEST} to
   *     {@link Limits#LATEST}
   */
  public static BurnRateReport evaluate(
      Agreement agreement,
      String targetId,
      Instant asOf,
      Observations observations,
      List<BurnRateCondition> conditions,
      EvaluationOptions options) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(conditions, "conditions");
    Objects.requireNonNull(options, "options");
    for (BurnRateCondition c : conditions) {
      Objects.requireNonNull(c, "conditions");
    }
    Limits.requireInstant("asOf", asOf);
    MetricTarget target =
        agreement
            .target(targetId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Agreement " + Limits.shown(agreement.id())
                            + " has no target of that id: " + Limits.shown(targetId)));
    LocalDate date = LocalDate.ofInstant(asOf, agreement.zone());
    if (!agreement.validity().contains(date)) {
      throw new IllegalArgumentException(
          "asOf is outside the agreement's validity: " + asOf + " / "
              + agreement.validity());
    }
    PeriodRange period = PeriodRange.of(target.period(), date, agreement.zone());
    Instant first = agreement.validity().getStart().atStartOfDay(agreement.zone()).toInstant();
    Instant floor = period.start().isAfter(first) ? period.start() : first;
    BusinessCalendar calendar = agreement.window(target.window()).orElseThrow().calendar();

    Map<Duration, Interval> windows = new LinkedHashMap<>();
    for (BurnRateCondition c : conditions) {
      windows.computeIfAbsent(c.longWindow(), w -> window(asOf, w, floor));
      windows.computeIfAbsent(c.shortWindow(), w -> window(asOf, w, floor));
    }
    Windows burns = new Windows(windows.values());
    switch (target.kind()) {
      case AVAILABILITY:
        burns.availability((AvailabilityTarget) target, calendar, asOf, observations, options);
        break;
      case TICKET_TIMER:
        burns.tickets((TicketTimerTarget) target, calendar, asOf, observations, options);
        break;
      default:
        burns.measurement((MeasurementTarget) target, calendar, asOf, observations, options);
        break;
    }
    List<BurnRateAlert> alerts = new ArrayList<>(conditions.size());
    for (BurnRateCondition c : conditions) {
      alerts.add(
          BurnRateAlert.of(
              c,
              burns.burn(c.longWindow(), windows.get(c.longWindow())),
              burns.burn(c.shortWindow(), windows.get(c.shortWindow()))));
    }
    return ImmutableBurnRateReport.builder()
        .targetId(target.id())
        .asOf(asOf)
        .period(period)
        .addAllAlerts(alerts)
        .unevaluable(burns.unevaluable)
        .addAllUnevaluableRecords(burns.unevaluableRecords)
        .build();
  }

  private static Interval window(Instant asOf, Duration length, Instant floor) {
    Instant start = asOf.minus(length);
    return Interval.of(start.isBefore(floor) ? floor : start, asOf);
  }

  private static UnevaluableRecord.Reason reason(RuntimeException e) {
    if (e instanceof TicketTimers.NoDeadlineException) {
      return UnevaluableRecord.Reason.NO_DEADLINE;
    }
    return e instanceof DateTimeException
        ? UnevaluableRecord.Reason.OUTSIDE_SUPPORTED_RANGE
        : UnevaluableRecord.Reason.INVALID;
  }

  /** The distinct intervals' budgets, filled by one pass over the target's observations. */
  private static final class Windows {

    private final Map<Interval, Optional<ErrorBudget>> budgets = new LinkedHashMap<>();
    private long unevaluable;
    private final TreeSet<UnevaluableRecord> unevaluableRecords = new TreeSet<>();

    Windows(Iterable<Interval> intervals) {
      intervals.forEach(i -> budgets.put(i, Optional.empty()));
    }

    WindowBurn burn(Duration length, Interval interval) {
      return WindowBurn.create(length, interval, budgets.get(interval));
    }

    private <A extends TargetAccumulator> Map<Interval, A> accumulators(
        java.util.function.Function<PeriodRange, A> create) {
      Map<Interval, A> accs = new LinkedHashMap<>();
      for (Interval i : budgets.keySet()) {
        if (!i.isEmpty()) {
          accs.put(i, create.apply(PeriodRange.of("window " + i, i)));
        }
      }
      return accs;
    }

    private void collect(Map<Interval, ? extends TargetAccumulator> accs) {
      accs.forEach((i, a) -> budgets.put(i, a.result().budget()));
    }

    void availability(
        AvailabilityTarget target,
        BusinessCalendar calendar,
        Instant asOf,
        Observations observations,
        EvaluationOptions options) {
      Map<Interval, AvailabilityAccumulator> accs =
          accumulators(p -> AvailabilityAccumulator.of(target, calendar, p, asOf, options));
      for (Iterable<Outage> source : observations.outages()) {
        for (Outage o : source) {
          for (AvailabilityAccumulator a : accs.values()) {
            a.add(o);
          }
        }
      }
      collect(accs);
    }

    void measurement(
        MeasurementTarget target,
        BusinessCalendar calendar,
        Instant asOf,
        Observations observations,
        EvaluationOptions options) {
      Map<Interval, MeasurementAccumulator> accs =
          accumulators(p -> MeasurementAccumulator.of(target, calendar, p, asOf, options));
      for (Iterable<Sample> source : observations.samples().getOrDefault(target.id(), List.of())) {
        for (Sample s : source) {
          for (MeasurementAccumulator a : accs.values()) {
            a.add(s);
          }
        }
      }
      for (Iterable<EventCount> source :
          observations.counts().getOrDefault(target.id(), List.of())) {
        for (EventCount c : source) {
          for (MeasurementAccumulator a : accs.values()) {
            a.add(c);
          }
        }
      }
      collect(accs);
    }

    void tickets(
        TicketTimerTarget target,
        BusinessCalendar calendar,
        Instant asOf,
        Observations observations,
        EvaluationOptions options) {
      List<Interval> intervals = new ArrayList<>(budgets.keySet());
      long[] counted = new long[intervals.size()];
      long[] bad = new long[intervals.size()];
      Instant earliest = asOf;
      for (Interval i : intervals) {
        earliest = i.getStart().isBefore(earliest) ? i.getStart() : earliest;
      }
      for (Iterable<TicketHistory> source : observations.tickets()) {
        for (TicketHistory h : source) {
          List<TimerCycle> cycles;
          try {
            cycles = TicketTimers.evaluate(h, target, calendar, asOf).cycles();
          } catch (DateTimeException | IllegalArgumentException e) {
            unevaluable(h, target, e, earliest, asOf, options);
            continue;
          }
          for (TimerCycle cycle : cycles) {
            Optional<Instant> verdictAt;
            boolean breached = cycle.state() == TimerState.BREACHED;
            if (breached) {
              verdictAt = cycle.breachedAt();
            } else if (cycle.state() == TimerState.MET) {
              verdictAt = cycle.stoppedAt();
            } else {
              continue;
            }
            if (verdictAt.isEmpty()) {
              continue;
            }
            for (int k = 0; k < intervals.size(); k++) {
              if (intervals.get(k).contains(verdictAt.get())) {
                counted[k]++;
                if (breached) {
                  bad[k]++;
                }
              }
            }
          }
        }
      }
      for (int k = 0; k < intervals.size(); k++) {
        budgets.put(
            intervals.get(k),
            counted[k] == 0
                ? Optional.empty()
                : Optional.of(
                    ErrorBudget.ofShare(
                        ErrorBudget.Unit.TICKETS, counted[k], bad[k], target.requiredShare())));
      }
    }

    private void unevaluable(
        TicketHistory h,
        TicketTimerTarget target,
        RuntimeException e,
        Instant earliest,
        Instant asOf,
        EvaluationOptions options) {
      boolean within = false;
      for (TicketEvent event : h.events()) {
        if (!event.at().isBefore(earliest) && event.at().isBefore(asOf)) {
          within = true;
          break;
        }
      }
      if (!within) {
        return;
      }
      unevaluable++;
      unevaluableRecords.add(
          UnevaluableRecord.of(
              UnevaluableRecord.Kind.TICKET,
              h.ticketId(),
              target.id(),
              reason(e),
              String.valueOf(e.getMessage())));
      if (unevaluableRecords.size() > options.unevaluableRecords()) {
        unevaluableRecords.pollLast();
      }
    }
  }
}
