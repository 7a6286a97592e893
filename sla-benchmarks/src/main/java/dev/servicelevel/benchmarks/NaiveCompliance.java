package dev.servicelevel.benchmarks;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerCycle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The obvious way to compute a month's achieved values, as the baseline of
 * {@link ComplianceBenchmark}: keep every record, sort, sweep, one thread.
 *
 * <ul>
 *   <li>Availability: every counted outage becomes a start and an end event; the events are
 *       sorted and swept with the multiset of active impacts, adding the window time between
 *       events at the largest active impact.</li>
 *   <li>Ticket timers: every ticket is evaluated with {@link TicketTimers#evaluate} as of the
 *       month's end, like the library does (there is no cheaper correct way to run a timer); the
 *       cycles started in the month are counted met or breached.</li>
 *   <li>Percentile: every sample in the window is kept, the list sorted, and the nearest rank
 *       taken.</li>
 * </ul>
 * Memory grows with the records; the library's accumulators keep counters instead.
 */
final class NaiveCompliance {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private NaiveCompliance() {}

  /**
   * Computes each target's achieved value, as the library reports it (six decimals, rounded
   * down for shares), by target id; a ticket-timer target without a counted ticket has none.
   */
  static Map<String, BigDecimal> achieved(
      Agreement agreement,
      Instant start,
      Instant end,
      List<Outage> outages,
      List<TicketHistory> tickets,
      Instant[] sampleInstants,
      BigDecimal[] sampleValues) {
    Map<String, BigDecimal> achieved = new LinkedHashMap<>();
    for (MetricTarget t : agreement.targets()) {
      BusinessCalendar calendar = agreement.window(t.window()).orElseThrow().calendar();
      if (t instanceof AvailabilityTarget) {
        achieved.put(
            t.id(), availability((AvailabilityTarget) t, calendar, start, end, outages));
      } else if (t instanceof TicketTimerTarget) {
        long[] metAndBreached = tickets((TicketTimerTarget) t, calendar, start, end, tickets);
        long counted = metAndBreached[0] + metAndBreached[1];
        if (counted > 0) {
          achieved.put(
              t.id(),
              plain(
                  BigDecimal.valueOf(metAndBreached[0])
                      .multiply(HUNDRED)
                      .divide(BigDecimal.valueOf(counted), 6, RoundingMode.FLOOR)));
        }
      } else {
        achieved.put(
            t.id(),
            percentile((MeasurementTarget) t, calendar, start, end, sampleInstants, sampleValues));
      }
    }
    return achieved;
  }

  private static BigDecimal availability(
      AvailabilityTarget target,
      BusinessCalendar calendar,
      Instant start,
      Instant end,
      List<Outage> outages) {
    List<Object[]> events = new ArrayList<>();
    for (Outage o : outages) {
      if (!o.service().equals(target.service()) || excluded(target, o)) {
        continue;
      }
      Instant from = o.interval().getStart().isBefore(start) ? start : o.interval().getStart();
      Instant to = o.interval().getEnd().isAfter(end) ? end : o.interval().getEnd();
      if (from.isBefore(to)) {
        events.add(new Object[] {from, o.impact(), Boolean.TRUE});
        events.add(new Object[] {to, o.impact(), Boolean.FALSE});
      }
    }
    events.sort(Comparator.comparing(e -> (Instant) e[0]));
    TreeMap<BigDecimal, Integer> active = new TreeMap<>();
    BigDecimal downNanos = BigDecimal.ZERO;
    Instant previous = start;
    for (Object[] e : events) {
      Instant at = (Instant) e[0];
      if (!active.isEmpty() && at.isAfter(previous)) {
        downNanos =
            downNanos.add(
                BigDecimal.valueOf(calendar.between(previous, at).toNanos())
                    .multiply(active.lastKey()));
      }
      previous = at;
      BigDecimal impact = (BigDecimal) e[1];
      if ((Boolean) e[2]) {
        active.merge(impact, 1, Integer::sum);
      } else if (active.merge(impact, -1, Integer::sum) == 0) {
        active.remove(impact);
      }
    }
    BigDecimal agreed = BigDecimal.valueOf(calendar.between(start, end).toNanos());
    return plain(
        agreed.subtract(downNanos).multiply(HUNDRED).divide(agreed, 6, RoundingMode.FLOOR));
  }

  private static boolean excluded(AvailabilityTarget target, Outage o) {
    if (o.cause().isEmpty() || !target.excludedCauses().contains(o.cause().get())) {
      return false;
    }
    if (o.cause().get() != OutageCause.PLANNED_MAINTENANCE
        || target.maintenanceNotice().isEmpty()
        || o.announcedInAdvance()) {
      return true;
    }
    return o.announcedAt().isPresent()
        && Duration.between(o.announcedAt().get(), o.interval().getStart())
                .compareTo(target.maintenanceNotice().get())
            >= 0;
  }

  /** The numbers of met and breached cycles started in the period. */
  private static long[] tickets(
      TicketTimerTarget target,
      BusinessCalendar calendar,
      Instant start,
      Instant end,
      List<TicketHistory> tickets) {
    long met = 0;
    long breached = 0;
    for (TicketHistory h : tickets) {
      for (TimerCycle c : TicketTimers.evaluate(h, target, calendar, end).cycles()) {
        if (c.startedAt().isEmpty()
            || c.startedAt().get().isBefore(start)
            || !c.startedAt().get().isBefore(end)) {
          continue;
        }
        switch (c.state()) {
          case MET:
            met++;
            break;
          case BREACHED:
            breached++;
            break;
          default:
            break;
        }
      }
    }
    return new long[] {met, breached};
  }

  private static BigDecimal percentile(
      MeasurementTarget target,
      BusinessCalendar calendar,
      Instant start,
      Instant end,
      Instant[] instants,
      BigDecimal[] values) {
    List<BigDecimal> kept = new ArrayList<>();
    for (int i = 0; i < instants.length; i++) {
      Instant at = instants[i];
      if (!at.isBefore(start) && at.isBefore(end) && calendar.isOpen(at)) {
        kept.add(values[i]);
      }
    }
    Collections.sort(kept);
    BigDecimal p = target.indicator().percentile().orElseThrow();
    int k =
        p.multiply(BigDecimal.valueOf(kept.size()))
            .divide(HUNDRED, 0, RoundingMode.CEILING)
            .intValueExact();
    return plain(kept.get(k - 1));
  }

  private static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
