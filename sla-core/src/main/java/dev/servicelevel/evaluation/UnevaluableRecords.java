package dev.servicelevel.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The unevaluable records of an accumulator: how many, and the first ones in their natural
 * order, at most a fixed number. Which are kept depends only on the records, never on the order
 * they came in or how they were split and merged, so merging stays associative and commutative.
 */
final class UnevaluableRecords {

  private final int limit;
  /** Head is the last record kept in the natural order. */
  private final PriorityQueue<UnevaluableRecord> heap;
  private long count;

  UnevaluableRecords(int limit) {
    this.limit = limit;
    this.heap =
        new PriorityQueue<>(Math.max(1, Math.min(limit, 64)) + 1, Collections.reverseOrder());
  }

  void add(UnevaluableRecord record) {
    count++;
    keep(record);
  }

  private void keep(UnevaluableRecord record) {
    if (limit == 0) {
      return;
    }
    if (heap.size() < limit) {
      heap.add(record);
    } else if (record.compareTo(heap.peek()) < 0) {
      heap.poll();
      heap.add(record);
    }
  }

  void addAll(UnevaluableRecords other) {
    count += other.count;
    other.heap.forEach(this::keep);
  }

  long count() {
    return count;
  }

  List<UnevaluableRecord> toList() {
    List<UnevaluableRecord> list = new ArrayList<>(heap);
    Collections.sort(list);
    return list;
  }

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  /** Writes the count and the records kept, in their natural order, into a target's part. */
  void exportState(Map<String, Object> part) {
    part.put("unevaluableCount", count);
    part.put("unevaluableRecords", StateParts.unevaluable(toList()));
  }

  /** Reads the count and the records of a target's part; only into an empty instance. */
  void restoreState(Map<String, Object> part, String path) {
    List<Map<String, Object>> records = StateParts.list(part, "unevaluableRecords");
    if (records.size() > limit) {
      throw StateParts.fail(
          path + "/unevaluableRecords",
          "keeps at most " + limit + " records by the options",
          records.size());
    }
    long n = StateParts.count(part, "unevaluableCount");
    if (n < records.size()) {
      throw StateParts.fail(
          path + "/unevaluableCount",
          "must be at least the " + records.size() + " records kept",
          n);
    }
    records.forEach(r -> keep(StateParts.unevaluable(r)));
    count = n;
  }
}
