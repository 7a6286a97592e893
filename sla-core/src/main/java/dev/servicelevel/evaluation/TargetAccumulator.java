package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.MetricTarget;
import java.time.Instant;

/**
 * Partial period compliance of one target: records go in, a {@link TargetResult} comes out, and
 * two partial results of the same scope (target, window calendar, period, {@code asOf},
 * options) combine with {@code merge}.
 *
 * <h2>The mergeable pattern</h2>
 * An accumulator keeps only what the result needs: counts, exact sums, the union of downtime
 * stretches, per-slice tallies, a bounded list of the worst records. {@code a.merge(b)} adds
 * {@code b}'s state into {@code a}; merging is associative and commutative, and the state after
 * adding records depends only on which records were added, not on their order or on how they
 * were split. So a host can
 * <ul>
 *   <li>evaluate shards in parallel and merge them,</li>
 *   <li>add records incrementally as they arrive and ask for the result at any time,</li>
 *   <li>run the same steps on a distributed engine (an accumulator per partition, merged at the
 *       end),</li>
 * </ul>
 * and get exactly the result of one pass over all records. For example, with a parallel stream:
 *
 * <pre>{@code
 * TargetResult respond = tickets.parallelStream().collect(
 *     () -> TicketTimerAccumulator.of(respondTarget, primeCalendar, march, asOf),
 *     TicketTimerAccumulator::add,
 *     TicketTimerAccumulator::merge)
 *   .result();
 *
 * // or by hand, shard by shard
 * AvailabilityAccumulator a = AvailabilityAccumulator.of(shopPrime, prime, march, asOf);
 * AvailabilityAccumulator b = AvailabilityAccumulator.of(shopPrime, prime, march, asOf);
 * a.addAll(outagesFromEurope);
 * b.addAll(outagesFromAmerica);
 * a.merge(b).result();   // equals the result of one accumulator given both lists
 * }</pre>
 *
 * <p>Accumulators are mutable and not thread-safe; use one per thread or shard.
 * {@link PeriodAccumulator} does the same for every target of an agreement at once.
 */
public sealed interface TargetAccumulator
    permits AvailabilityAccumulator, TicketTimerAccumulator, MeasurementAccumulator {

  /**
   * Gets the target accumulated for.
   *
   * @return the target, not null
   */
  MetricTarget target();

  /**
   * Gets the period accumulated for.
   *
   * @return the period, not null
   */
  PeriodRange period();

  /**
   * Gets the instant the result is evaluated as of.
   *
   * @return the instant, not null
   */
  Instant asOf();

  /**
   * Computes the result of the records added so far; the accumulator stays usable.
   *
   * @return the result, not null
   */
  TargetResult result();
}
