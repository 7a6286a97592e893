package dev.servicelevel.testkit;

import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.threeten.extra.Interval;

/**
 * Generators of the observations period compliance works on, around a reporting period, driven
 * by any {@link RandomGenerator}; with QuickTheories, adapt them with
 * {@link QuickTheoriesGens#of(java.util.function.Function)}:
 *
 * <pre>{@code
 * PeriodRange june = PeriodRange.of(ReportingPeriod.calendarMonth(), LocalDate.of(2025, 6, 1),
 *     ZoneOffset.UTC);
 * qt().forAll(QuickTheoriesGens.of(r -> ComplianceScenarios.outages(r, june, 25)))
 *     .checkAssert(outages -> ...);
 * }</pre>
 *
 * <p>Edge cases are weighted in: instants on a minute grid from a day before the period to a day
 * after it, with the period's bounds and the second before each bound drawn often; outages that
 * touch, overlap and cross the bounds, at partial impacts ({@code 0.25}, {@code 0.333},
 * {@code 0.5}) and with excluded causes; tickets answered exactly at the 30-minute P1 goal,
 * never, or withdrawn; samples with ties, whole and decimal.
 *
 * <p>Outages are of the service {@value #SERVICE} (one in four of {@value #OTHER_SERVICE}).
 * Tickets carry a {@code priority} of P1, P2 or P3 and the events {@code created},
 * {@code agent-reply} and {@code withdrawn}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ComplianceScenarios {

  /** The service most generated outages are of. */
  public static final String SERVICE = "shop";

  /** The other service some outages are of, which targets of {@value #SERVICE} ignore. */
  public static final String OTHER_SERVICE = "mail";

  private static final BigDecimal[] IMPACTS = {
    BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("0.333")
  };
  private static final OutageCause[] CAUSES = {
    OutageCause.CUSTOMER_CAUSED, OutageCause.PLANNED_MAINTENANCE, OutageCause.FORCE_MAJEURE
  };
  private static final String[] PRIORITIES = {"P1", "P1", "P2", "P3"};

  private ComplianceScenarios() {}

  /**
   * Generates an instant around a period: on a minute grid from a day before its start to a day
   * after its end, or one of the bounds and the second before each.
   *
   * @param r  the source of randomness, not null
   * @param period  the period, not null
   * @return the instant, not null
   */
  public static Instant instant(RandomGenerator r, PeriodRange period) {
    Objects.requireNonNull(period, "period");
    if (r.nextInt(10) == 0) {
      switch (r.nextInt(4)) {
        case 0:
          return period.start();
        case 1:
          return period.end();
        case 2:
          return period.start().minusSeconds(1);
        default:
          return period.end().minusSeconds(1);
      }
    }
    Instant origin = period.start().minus(Duration.ofDays(1));
    long minutes = Duration.between(origin, period.end().plus(Duration.ofDays(1))).toMinutes();
    return origin.plus(Duration.ofMinutes(r.nextLong(minutes + 1)));
  }

  /**
   * Generates a length from a second to a day, mostly minutes.
   *
   * @param r  the source of randomness, not null
   * @return the length, positive, not null
   */
  public static Duration length(RandomGenerator r) {
    switch (r.nextInt(10)) {
      case 0:
        return Duration.ofSeconds(1 + r.nextInt(59));
      case 1:
        return Duration.ofHours(1 + r.nextInt(24));
      default:
        return Duration.ofMinutes(1 + r.nextInt(240));
    }
  }

  /**
   * Generates an outage around a period: of {@value #SERVICE} or {@value #OTHER_SERVICE}, at
   * any impact, without a cause or (one in three) with an excludable one; planned maintenance is
   * announced a week or a day ahead, or not at all.
   *
   * @param r  the source of randomness, not null
   * @param period  the period, not null
   * @return the outage, not null
   */
  public static Outage outage(RandomGenerator r, PeriodRange period) {
    Instant start = instant(r, period);
    Outage.Builder b =
        Outage.builder()
            .id("O-" + r.nextInt(100_000))
            .service(r.nextInt(4) == 0 ? OTHER_SERVICE : SERVICE)
            .interval(Interval.of(start, length(r)))
            .impact(IMPACTS[r.nextInt(IMPACTS.length)]);
    if (r.nextInt(3) == 0) {
      OutageCause cause = CAUSES[r.nextInt(CAUSES.length)];
      b.cause(cause);
      if (cause == OutageCause.PLANNED_MAINTENANCE && r.nextInt(3) > 0) {
        b.announcedAt(start.minus(Duration.ofDays(r.nextInt(2) == 0 ? 7 : 1)));
      }
    }
    return b.build();
  }

  /**
   * Generates an outage that counts for any availability target of {@value #SERVICE} that
   * ignores no short outages: of that service, without a cause.
   *
   * @param r  the source of randomness, not null
   * @param period  the period, not null
   * @return the outage, not null
   */
  public static Outage countedOutage(RandomGenerator r, PeriodRange period) {
    return Outage.builder()
        .id("C-" + r.nextInt(100_000))
        .service(SERVICE)
        .interval(Interval.of(instant(r, period), length(r)))
        .impact(IMPACTS[r.nextInt(IMPACTS.length)])
        .build();
  }

  /**
   * Generates up to a number of outages around a period.
   *
   * @param r  the source of randomness, not null
   * @param period  the period, not null
   * @param most  the largest number of outages, at least 0
   * @return the outages, not null
   */
  public static List<Outage> outages(RandomGenerator r, PeriodRange period, int most) {
    int n = r.nextInt(most + 1);
    List<Outage> outages = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      outages.add(outage(r, period));
    }
    return outages;
  }

  /**
   * Generates a ticket created around a period with a priority of P1, P2 or P3, answered
   * ({@code agent-reply}) after one to 300 minutes, at exactly 30 minutes, never, or withdrawn
   * ({@code withdrawn}) instead.
   *
   * @param r  the source of randomness, not null
   * @param period  the period, not null
   * @return the ticket's history, not null
   */
  public static TicketHistory ticket(RandomGenerator r, PeriodRange period) {
    Instant created = instant(r, period);
    List<TicketEvent> events = new ArrayList<>(2);
    events.add(
        TicketEvent.of(
            created, "created", Map.of("priority", PRIORITIES[r.nextInt(PRIORITIES.length)])));
    switch (r.nextInt(8)) {
      case 0:
        break;
      case 1:
        events.add(TicketEvent.of(created.plus(Duration.ofMinutes(30)), "agent-reply"));
        break;
      case 2:
        events.add(
            TicketEvent.of(created.plus(Duration.ofMinutes(1 + r.nextInt(60))), "withdrawn"));
        break;
      default:
        events.add(
            TicketEvent.of(created.plus(Duration.ofMinutes(1 + r.nextInt(300))), "agent-reply"));
        break;
    }
    return TicketHistory.of("T-" + r.nextInt(100_000), events);
  }

  /**
   * Generates up to a number of tickets around a period.
   *
   * @param r  the source of randomness, not null
   * @param period  the period, not null
   * @param most  the largest number of tickets, at least 0
   * @return the tickets' histories, not null
   */
  public static List<TicketHistory> tickets(RandomGenerator r, PeriodRange period, int most) {
    int n = r.nextInt(most + 1);
    List<TicketHistory> tickets = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tickets.add(ticket(r, period));
    }
    return tickets;
  }

  /**
   * Generates a sample around a period: whole milliseconds from 0 to 600 (so ties are common), or
   * one in three with two decimals up to 600.
   *
   * @param r  the source of randomness, not null
   * @param period  the period, not null
   * @return the sample, not null
   */
  public static Sample sample(RandomGenerator r, PeriodRange period) {
    BigDecimal value =
        r.nextInt(3) == 0
            ? BigDecimal.valueOf(r.nextInt(60_001), 2)
            : BigDecimal.valueOf(r.nextInt(601));
    return Sample.of(instant(r, period), value);
  }

  /**
   * Generates up to a number of samples around a period.
   *
   * @param r  the source of randomness, not null
   * @param period  the period, not null
   * @param most  the largest number of samples, at least 0
   * @return the samples, not null
   */
  public static List<Sample> samples(RandomGenerator r, PeriodRange period, int most) {
    int n = r.nextInt(most + 1);
    List<Sample> samples = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      samples.add(sample(r, period));
    }
    return samples;
  }

  /**
   * Generates an event count over a minute around a period, of up to a thousand events.
   *
   * @param r  the source of randomness, not null
   * @param period  the period, not null
   * @return the count, not null
   */
  public static EventCount eventCount(RandomGenerator r, PeriodRange period) {
    int total = r.nextInt(1001);
    int counted = total == 0 ? 0 : total - r.nextInt(Math.min(total, 20) + 1);
    return EventCount.of(Interval.of(instant(r, period), Duration.ofMinutes(1)), counted, total);
  }

  /**
   * Generates a split of records into shards: a shard index for each record.
   *
   * @param r  the source of randomness, not null
   * @param records  the number of records, at least 0
   * @param shards  the number of shards, at least 1
   * @return the shard of each record, each within {@code [0, shards)}, not null
   */
  public static List<Integer> shardIndexes(RandomGenerator r, int records, int shards) {
    List<Integer> indexes = new ArrayList<>(records);
    for (int i = 0; i < records; i++) {
      indexes.add(r.nextInt(shards));
    }
    return indexes;
  }
}
