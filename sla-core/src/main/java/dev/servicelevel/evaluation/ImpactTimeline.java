package dev.servicelevel.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The union of outage intervals with the largest impact at each instant: a step function kept
 * canonical (no two neighbouring steps with the same impact, no leading zero step), so that it
 * depends only on the intervals added, not on their order or grouping. Memory grows with the
 * number of separate downtime stretches, not with the number of outages.
 */
final class ImpactTimeline {

  /** Impact from each key to the next key; zero means up. */
  private final TreeMap<Instant, BigDecimal> steps = new TreeMap<>();

  void add(Instant start, Instant end, BigDecimal impact) {
    BigDecimal v = ExactValue.plain(impact);
    BigDecimal atStart = valueAt(start);
    BigDecimal atEnd = valueAt(end);
    steps.subMap(start, true, end, false).replaceAll((k, old) -> old.compareTo(v) < 0 ? v : old);
    if (!steps.containsKey(start)) {
      steps.put(start, atStart.compareTo(v) < 0 ? v : atStart);
    }
    if (!steps.containsKey(end)) {
      steps.put(end, atEnd);
    }
    coalesce(start, end);
  }

  void addAll(ImpactTimeline other) {
    other.forEachSegment(
        (from, to, impact) -> add(from, to, impact));
  }

  /** Calls the action for each stretch of downtime, in time order. */
  void forEachSegment(SegmentAction action) {
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
    steps.forEach(action);
  }

  private BigDecimal valueAt(Instant t) {
    Map.Entry<Instant, BigDecimal> e = steps.floorEntry(t);
    return e == null ? BigDecimal.ZERO : e.getValue();
  }

  private void coalesce(Instant start, Instant end) {
    Instant from = steps.lowerKey(start);
    if (from == null) {
      from = start;
    }
    Map.Entry<Instant, BigDecimal> before = steps.lowerEntry(from);
    BigDecimal previous = before == null ? BigDecimal.ZERO : before.getValue();
    Iterator<Map.Entry<Instant, BigDecimal>> it = steps.tailMap(from, true).entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Instant, BigDecimal> e = it.next();
      if (e.getKey().isAfter(end)) {
        break;
      }
      if (e.getValue().compareTo(previous) == 0) {
        it.remove();
      } else {
        previous = e.getValue();
      }
    }
  }

  /** Receives one stretch of downtime. */
  interface SegmentAction {
    void accept(Instant from, Instant to, BigDecimal impact);
  }
}
