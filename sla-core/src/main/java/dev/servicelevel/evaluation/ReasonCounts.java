package dev.servicelevel.evaluation;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** How many records fell under each reason; merged by adding. */
final class ReasonCounts {

  private final Map<String, long[]> counts = new HashMap<>();
  /**
   * The reason counted last and its counter: most records of a period fall under the same
   * reason ("met"), given as the same constant, so most adds skip the map.
   */
  private String lastReason;

  private long[] lastCount;

  void add(String reason) {
    add(reason, 1);
  }

  void add(String reason, long n) {
    if (reason == lastReason) {
      lastCount[0] += n;
      return;
    }
    long[] count = counts.computeIfAbsent(reason, r -> new long[1]);
    count[0] += n;
    lastReason = reason;
    lastCount = count;
  }

  long get(String reason) {
    long[] n = counts.get(reason);
    return n == null ? 0 : n[0];
  }

  void addAll(ReasonCounts other) {
    other.counts.forEach((reason, n) -> add(reason, n[0]));
  }

  /** A copy, which counts on independently. */
  ReasonCounts copy() {
    ReasonCounts c = new ReasonCounts();
    c.addAll(this);
    return c;
  }

  /** The counts in the order of the reasons' names. */
  Map<String, Long> toMap() {
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((reason, n) -> sorted.put(reason, n[0]));
    return sorted;
  }

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  /** The counts, in the order of the reasons' names. */
  Map<String, Object> exportState() {
    return new TreeMap<>(toMap());
  }

  /** Adds the counts of a state. */
  void restoreState(Map<String, Object> part) {
    part.forEach((reason, n) -> add(reason, (Long) n));
  }
}
