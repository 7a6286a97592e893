package dev.servicelevel.evaluation;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** How many records fell under each reason; merged by adding. */
final class ReasonCounts {

  private final Map<String, long[]> counts = new HashMap<>();
  /**
   * The last {@link #RECENT} reasons counted and their counters: a period's records fall under
   * a few reasons ("met", "breached"; "counted", "meeting"), each given as the same constant, so
   * most adds find theirs here by identity and skip the map.
   */
  private final String[] recent = new String[RECENT];

  private final long[][] recentCounts = new long[RECENT][];
  /** The slot of {@link #recent} the next reason found in the map replaces. */
  private int next;

  private static final int RECENT = 4;

  void add(String reason) {
    add(reason, 1);
  }

  void add(String reason, long n) {
    for (int i = 0; i < RECENT; i++) {
      if (recent[i] == reason) {
        recentCounts[i][0] += n;
        return;
      }
    }
    long[] count = counts.computeIfAbsent(reason, r -> new long[1]);
    count[0] += n;
    recent[next] = reason;
    recentCounts[next] = count;
    next = (next + 1) % RECENT;
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
