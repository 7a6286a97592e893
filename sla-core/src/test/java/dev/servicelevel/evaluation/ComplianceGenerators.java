package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.servicelevel.agreement.OutageCause;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.Interval;

/**
 * QuickTheories generators of compliance observations around June 2025 (UTC), with the edge
 * cases weighted in: records on and across the period's bounds, touching and overlapping
 * outages, partial impacts, excluded causes, tickets answered exactly at their deadline.
 */
final class ComplianceGenerators {

  /** Minutes from a day before June to a day after it. */
  private static final int SPAN_MINUTES = 32 * 24 * 60;
  private static final Instant ORIGIN = JUNE.start().minus(Duration.ofDays(1));
  private static final List<BigDecimal> IMPACTS =
      List.of(BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("0.333"));

  private ComplianceGenerators() {}

  /** Instants on a minute grid around June, with June's bounds weighted in. */
  static Gen<Instant> instants() {
    Gen<Instant> grid =
        integers().between(0, SPAN_MINUTES).map(m -> ORIGIN.plus(Duration.ofMinutes(m)));
    Gen<Instant> bounds =
        Generate.pick(
            List.of(
                JUNE.start(), JUNE.end(), JUNE.start().minusSeconds(1), JUNE.end().minusSeconds(1)));
    return grid.mix(bounds, 10);
  }

  /** Lengths from a second to a day, mostly minutes. */
  static Gen<Duration> lengths() {
    Gen<Duration> minutes = integers().between(1, 240).map(m -> Duration.ofMinutes(m));
    Gen<Duration> seconds = integers().between(1, 59).map(s -> Duration.ofSeconds(s));
    Gen<Duration> long_ = integers().between(1, 24).map(h -> Duration.ofHours(h));
    return minutes.mix(seconds, 20).mix(long_, 10);
  }

  /** Outages of the service "shop" (and some of "mail"), any cause, any impact. */
  static Gen<Outage> outages() {
    Gen<Optional<OutageCause>> causes =
        Generate.pick(
                List.of(
                    Optional.<OutageCause>empty(),
                    Optional.of(OutageCause.CUSTOMER_CAUSED),
                    Optional.of(OutageCause.PLANNED_MAINTENANCE),
                    Optional.of(OutageCause.FORCE_MAJEURE)))
            .mix(Generate.constant(Optional.<OutageCause>empty()), 60);
    Gen<String> services = Generate.pick(List.of("shop", "shop", "shop", "mail"));
    return instants()
        .zip(
            lengths(),
            Generate.pick(IMPACTS),
            causes.zip(services, (c, s) -> Map.entry(s, c)),
            integers().between(1, 99_999),
            (start, length, impact, serviceAndCause, n) -> {
              Outage.Builder b =
                  Outage.builder()
                      .id("O-" + n)
                      .service(serviceAndCause.getKey())
                      .interval(Interval.of(start, length))
                      .impact(impact);
              serviceAndCause.getValue().ifPresent(b::cause);
              return b.build();
            });
  }

  /** Outages that count: of "shop", without a cause. */
  static Gen<Outage> countedOutages() {
    return instants()
        .zip(
            lengths(),
            Generate.pick(IMPACTS),
            integers().between(1, 99_999),
            (start, length, impact, n) ->
                Outage.builder()
                    .id("C-" + n)
                    .service("shop")
                    .interval(Interval.of(start, length))
                    .impact(impact)
                    .build());
  }

  static Gen<List<Outage>> outageLists() {
    return lists().of(outages()).ofSizeBetween(0, 25);
  }

  /**
   * Tickets created around June with a P1, P2 or P3 priority (P3 has no goal), answered after a
   * while, at exactly the P1 deadline, never, or withdrawn.
   */
  static Gen<TicketHistory> tickets() {
    Gen<Optional<Duration>> replies =
        integers()
            .between(1, 300)
            .map(m -> Optional.of(Duration.ofMinutes(m)))
            .mix(Generate.pick(List.of(Optional.<Duration>empty(), Optional.of(Duration.ofMinutes(30)))), 25);
    return instants()
        .zip(
            Generate.pick(List.of("P1", "P1", "P2", "P3")),
            replies,
            integers().between(1, 99_999),
            (created, priority, reply, n) -> {
              List<TicketEvent> events = new ArrayList<>();
              events.add(TicketEvent.of(created, "created", Map.of("priority", priority)));
              reply.ifPresent(
                  r -> events.add(TicketEvent.of(created.plus(r), n % 10 == 0 ? "withdrawn" : "agent-reply")));
              return TicketHistory.of("T-" + n, events);
            });
  }

  static Gen<List<TicketHistory>> ticketLists() {
    return lists().of(tickets()).ofSizeBetween(0, 25);
  }

  /** Latency samples around June: whole milliseconds with ties, and some decimals. */
  static Gen<Sample> samples() {
    Gen<BigDecimal> values =
        integers()
            .between(0, 600)
            .map(v -> BigDecimal.valueOf(v))
            .mix(integers().between(0, 60_000).map(v -> BigDecimal.valueOf(v, 2)), 30);
    return instants().zip(values, Sample::of);
  }

  static Gen<List<Sample>> sampleLists() {
    return lists().of(samples()).ofSizeBetween(0, 40);
  }

  /** A shard for each record: any split of a list into up to five shards. */
  static Gen<List<Integer>> shardIndexes(int size) {
    return lists().of(integers().between(0, 4)).ofSize(size);
  }

  /** Seeds for permutations. */
  static Gen<Long> seeds() {
    return integers().all().map(i -> (long) i);
  }
}
