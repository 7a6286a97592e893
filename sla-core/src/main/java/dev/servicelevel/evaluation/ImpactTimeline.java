package dev.servicelevel.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The union of outage intervals with the largest impact at each instant: a step function kept
 * canonical (no two neighbouring steps with the same impact, no leading zero step), so that it
 * depends only on the intervals added, not on their order or grouping.
 *
 * <p>Cost: intervals are buffered and folded into the step function by one sweep over the steps
 * and the buffer (sorted, with the active impacts in a sorted multiset) once the buffer is as
 * large as the step function, so adding n intervals costs O(n log n) in all, whatever their
 * overlaps (a month-long outage over 40,000 short ones no longer rewrites each of them). Memory
 * is the steps plus a buffer at most as large (at least 64 entries).
 */
final class ImpactTimeline {

  private static final int MIN_BUFFER = 64;

  /** Impact from each key to the next key; zero means up. Canonical. */
  private TreeMap<Instant, BigDecimal> steps = new TreeMap<>();

  /** Intervals added since the last sweep. */
  private final List<Span> pending = new ArrayList<>();

  /** One interval at an impact. */
  private static final class Span {
    final Instant start;
    final Instant end;
    final BigDecimal impact;

    Span(Instant start, Instant end, BigDecimal impact) {
      this.start = start;
      this.end = end;
      this.impact = impact;
    }
  }

  /** One change of the active impacts: an impact starts or ends at an instant. */
  private static final class Edge {
    final Instant at;
    final BigDecimal impact;
    final boolean starts;

    Edge(Instant at, BigDecimal impact, boolean starts) {
      this.at = at;
      this.impact = impact;
      this.starts = starts;
    }
  }

  void add(Instant start, Instant end, BigDecimal impact) {
    if (!start.isBefore(end) || impact.signum() <= 0) {
      return;
    }
    pending.add(new Span(start, end, ExactValue.plain(impact)));
    if (pending.size() >= Math.max(MIN_BUFFER, steps.size())) {
      sweep();
    }
  }

  void addAll(ImpactTimeline other) {
    other.sweep();
    other.forEachSegment(this::add);
  }

  /** Calls the action for each stretch of downtime, in time order. */
  void forEachSegment(SegmentAction action) {
    sweep();
    Map.Entry<Instant, BigDecimal> previous = null;
    for (Map.Entry<Instant, BigDecimal> e : steps.entrySet()) {
      if (previous != null && previous.getValue().signum() > 0) {
        action.accept(previous.getKey(), e.getKey(), previous.getValue());
      }
      previous = e;
    }
  }

  /** Visits every step (for tests of the canonical form). */
  void forEachStep(BiConsumer<Instant, BigDecimal> action) {
    sweep();
    steps.forEach(action);
  }

  /** Folds the buffered intervals into the step function: O(m log m) for m steps and spans. */
  private void sweep() {
    if (pending.isEmpty()) {
      return;
    }
    List<Edge> edges = new ArrayList<>(2 * (steps.size() + pending.size()));
    Map.Entry<Instant, BigDecimal> previous = null;
    for (Map.Entry<Instant, BigDecimal> e : steps.entrySet()) {
      if (previous != null && previous.getValue().signum() > 0) {
        edges.add(new Edge(previous.getKey(), previous.getValue(), true));
        edges.add(new Edge(e.getKey(), previous.getValue(), false));
      }
      previous = e;
    }
    for (Span s : pending) {
      edges.add(new Edge(s.start, s.impact, true));
      edges.add(new Edge(s.end, s.impact, false));
    }
    pending.clear();
    edges.sort(Comparator.comparing((Edge e) -> e.at));
    TreeMap<BigDecimal, int[]> active = new TreeMap<>();
    TreeMap<Instant, BigDecimal> result = new TreeMap<>();
    BigDecimal current = BigDecimal.ZERO;
    int i = 0;
    while (i < edges.size()) {
      Instant at = edges.get(i).at;
      for (; i < edges.size() && edges.get(i).at.equals(at); i++) {
        Edge e = edges.get(i);
        if (e.starts) {
          active.computeIfAbsent(e.impact, k -> new int[1])[0]++;
        } else {
          int[] count = active.get(e.impact);
          if (--count[0] == 0) {
            active.remove(e.impact);
          }
        }
      }
      BigDecimal now = active.isEmpty() ? BigDecimal.ZERO : active.lastKey();
      if (now.compareTo(current) != 0) {
        result.put(at, now);
        current = now;
      }
    }
    steps = result;
  }

  /** Receives one stretch of downtime. */
  interface SegmentAction {
    void accept(Instant from, Instant to, BigDecimal impact);
  }

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  /** The steps of the canonical step function, in time order: {@code at, impact}. */
  List<Object> exportState() {
    sweep();
    List<Object> list = new ArrayList<>(steps.size());
    steps.forEach(
        (at, impact) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("at", at);
          m.put("impact", impact);
          list.add(m);
        });
    return list;
  }

  /**
   * Sets the steps of a state, which must be canonical: instants ascending, impacts from 0 to
   * the decimal bounds, the first above zero, the last zero, no two neighbours alike.
   */
  void restoreState(List<Map<String, Object>> list, String path) {
    TreeMap<Instant, BigDecimal> restored = new TreeMap<>();
    Instant previousAt = null;
    BigDecimal previous = BigDecimal.ZERO;
    for (int i = 0; i < list.size(); i++) {
      Instant at = (Instant) list.get(i).get("at");
      BigDecimal impact = (BigDecimal) list.get(i).get("impact");
      String p = path + "/" + i;
      if (previousAt != null && !at.isAfter(previousAt)) {
        throw StateParts.fail(p + "/at", "must be after the step before, " + previousAt, at);
      }
      if (impact.signum() < 0 || !dev.servicelevel.agreement.Limits.isBounded(impact)) {
        throw StateParts.fail(
            p + "/impact", "must be at least 0 and within the decimal bounds", impact);
      }
      if (impact.compareTo(previous) == 0 || (i == list.size() - 1 && impact.signum() != 0)) {
        throw StateParts.fail(
            p + "/impact",
            "must differ from the step before (0 before the first) and be 0 in the last step",
            impact);
      }
      restored.put(at, ExactValue.plain(impact));
      previousAt = at;
      previous = impact;
    }
    pending.clear();
    steps = restored;
  }
}
