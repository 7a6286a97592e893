package dev.servicelevel.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The worst records seen so far, at most a fixed number: a bounded heap whose order is total
 * (amount, then id, then reason), so that which records are kept depends only on the records,
 * never on the order they came in or how they were split and merged.
 */
final class WorstRecords {

  /** Largest amounts first, then ids and reasons in natural order. */
  private static final Comparator<ExplainedRecord> LARGEST_FIRST =
      Comparator.comparing(ExplainedRecord::amount)
          .reversed()
          .thenComparing(ExplainedRecord::id)
          .thenComparing(ExplainedRecord::reason)
          .thenComparing(ExplainedRecord::counted);

  /** Smallest amounts first, then ids and reasons in natural order. */
  private static final Comparator<ExplainedRecord> SMALLEST_FIRST =
      Comparator.comparing(ExplainedRecord::amount)
          .thenComparing(ExplainedRecord::id)
          .thenComparing(ExplainedRecord::reason)
          .thenComparing(ExplainedRecord::counted);

  private final int limit;
  private final boolean largestFirst;
  private final Comparator<ExplainedRecord> worstFirst;
  /** Head is the least bad record kept. */
  private final PriorityQueue<ExplainedRecord> heap;

  /** Keeps the records with the largest amounts. */
  WorstRecords(int limit) {
    this(limit, true);
  }

  /** Keeps the records with the largest amounts, or with the smallest ones. */
  WorstRecords(int limit, boolean largestFirst) {
    this.limit = limit;
    this.largestFirst = largestFirst;
    this.worstFirst = largestFirst ? LARGEST_FIRST : SMALLEST_FIRST;
    this.heap = new PriorityQueue<>(Math.max(1, Math.min(limit, 64)) + 1, worstFirst.reversed());
  }

  /** Checks cheaply if a record with this amount could be kept, before building it. */
  boolean admits(BigDecimal amount) {
    if (heap.size() < limit) {
      return true;
    }
    if (limit == 0) {
      return false;
    }
    int c = amount.compareTo(heap.peek().amount());
    return largestFirst ? c >= 0 : c <= 0;
  }

  void add(ExplainedRecord record) {
    if (limit == 0) {
      return;
    }
    if (heap.size() < limit) {
      heap.add(record);
    } else if (worstFirst.compare(record, heap.peek()) < 0) {
      heap.poll();
      heap.add(record);
    }
  }

  void addAll(WorstRecords other) {
    other.heap.forEach(this::add);
  }

  List<ExplainedRecord> toList() {
    List<ExplainedRecord> list = new ArrayList<>(heap);
    list.sort(worstFirst);
    return list;
  }
}
