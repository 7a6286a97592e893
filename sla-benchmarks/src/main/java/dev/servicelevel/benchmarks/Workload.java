package dev.servicelevel.benchmarks;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * Pre-generated query instants, so that each benchmark invocation asks about a different instant
 * (no constant folding, no single cached answer) while the sequence is the same in every run.
 */
final class Workload {

  /** How many instants a workload holds; a power of two, so the next index is a mask away. */
  static final int SIZE = 1024;

  private static final int MASK = SIZE - 1;

  private final Instant[] instants;
  private int next;

  private Workload(Instant[] instants) {
    this.instants = instants;
  }

  /**
   * Spreads {@link #SIZE} instants uniformly, to the nanosecond, over the years {@code
   * fromYear} (inclusive) to {@code toYear} (exclusive) of the scenario zone, from a fixed seed.
   */
  static Workload between(int fromYear, int toYear, long seed) {
    long from = ZonedDateTime.of(fromYear, 1, 1, 0, 0, 0, 0, Scenario.ZONE).toEpochSecond();
    long to = ZonedDateTime.of(toYear, 1, 1, 0, 0, 0, 0, Scenario.ZONE).toEpochSecond();
    SplittableRandom random = new SplittableRandom(seed);
    Instant[] instants = new Instant[SIZE];
    for (int i = 0; i < SIZE; i++) {
      instants[i] = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
    }
    return new Workload(instants);
  }

  /** The instant at an index, for setting up companion arrays. */
  Instant get(int index) {
    return instants[index & MASK];
  }

  /** The index of the next query, cycling through the workload. */
  int nextIndex() {
    return next++ & MASK;
  }
}
