package dev.servicelevel.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The worst records seen so far, at most a fixed number: a bounded heap whose order is total
 * (amount, then id, then reason, code and figures), so that which records are kept depends only
 * on the records, never on the order they came in or how they were split and merged.
 *
 * <p>A page of the ranking ({@link EvaluationOptions#explanationPage()}) keeps the records up to
 * the page's end and lists only the page's own.
 */
final class WorstRecords {

  /** Largest amounts first, then ids and reasons in natural order. */
  private static final Comparator<ExplainedRecord> LARGEST_FIRST =
      Comparator.comparing(ExplainedRecord::amount)
          .reversed()
          .thenComparing(ExplainedRecord::id)
          .thenComparing(ExplainedRecord::reason)
          .thenComparing(ExplainedRecord::counted)
          .thenComparing(ExplainedRecord::code)
          .thenComparing(r -> r.figures().toString());

  /** Smallest amounts first, then ids and reasons in natural order. */
  private static final Comparator<ExplainedRecord> SMALLEST_FIRST =
      Comparator.comparing(ExplainedRecord::amount)
          .thenComparing(ExplainedRecord::id)
          .thenComparing(ExplainedRecord::reason)
          .thenComparing(ExplainedRecord::counted)
          .thenComparing(ExplainedRecord::code)
          .thenComparing(r -> r.figures().toString());

  private final int limit;
  private final int skip;
  private final boolean largestFirst;
  private final Comparator<ExplainedRecord> worstFirst;
  /** Head is the least bad record kept. */
  private final PriorityQueue<ExplainedRecord> heap;

  /** Keeps the records with the largest amounts, the options' page of them listed. */
  WorstRecords(EvaluationOptions options) {
    this(options, true);
  }

  /** Keeps the records with the largest amounts, or with the smallest ones. */
  WorstRecords(EvaluationOptions options, boolean largestFirst) {
    this(options.worstRecords() * (options.explanationPage() + 1),
        options.worstRecords() * options.explanationPage(), largestFirst);
  }

  /** Keeps at most {@code limit} records and lists them from rank {@code skip} on. */
  WorstRecords(int limit, int skip, boolean largestFirst) {
    this.limit = limit;
    this.skip = skip;
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

  /** The listed page of the records kept, worst first. */
  List<ExplainedRecord> toList() {
    List<ExplainedRecord> list = new ArrayList<>(heap);
    list.sort(worstFirst);
    return list.subList(Math.min(skip, list.size()), list.size());
  }

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  /** The records kept, worst first: all of them, not only the listed page. */
  List<Object> exportState() {
    List<ExplainedRecord> list = new ArrayList<>(heap);
    list.sort(worstFirst);
    return StateParts.records(list);
  }

  /** Keeps the records of a state; only into an empty instance. */
  void restoreState(List<Map<String, Object>> records, String path) {
    if (records.size() > limit) {
      throw StateParts.fail(
          path, "keeps at most " + limit + " records by the options", records.size());
    }
    for (Map<String, Object> r : records) {
      add(StateParts.record(r));
    }
  }
}
