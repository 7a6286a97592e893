package dev.servicelevel.evaluation.timer;

import java.time.Instant;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A ticket's events laid out for {@link TicketTimers}: instants, types and field changes in a few
 * flat arrays, built once per {@link TicketHistory} and shared by every evaluation of it. A
 * history is usually evaluated while cold in the CPU's caches (a month of tickets does not fit),
 * so walking arrays instead of an object graph per event (event, instant, maps, sets) saves most
 * of the memory stalls.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
final class EventWalk {

  private static final String[] NONE = new String[0];

  /** The events' instants. */
  final Instant[] at;
  private final long[] seconds;
  private final int[] nanos;
  /** Each event's type, null for a plain field change. */
  final String[] types;
  /** Set fields as {@code [name, value, name, value, ...]}, event after event. */
  private final String[] pairs;
  /** {@code pairsEnd[i]}: the end in {@link #pairs} of event {@code i}'s pairs. */
  private final int[] pairsEnd;
  /** Cleared field names, event after event. */
  private final String[] cleared;
  /** {@code clearedEnd[i]}: the end in {@link #cleared} of event {@code i}'s names. */
  private final int[] clearedEnd;

  EventWalk(List<TicketEvent> events) {
    int n = events.size();
    at = new Instant[n];
    seconds = new long[n];
    nanos = new int[n];
    types = new String[n];
    pairsEnd = new int[n];
    clearedEnd = new int[n];
    int pairCount = 0;
    int clearedCount = 0;
    for (TicketEvent e : events) {
      pairCount += 2 * e.fields().size();
      clearedCount += e.clearedFields().size();
    }
    pairs = pairCount == 0 ? NONE : new String[pairCount];
    cleared = clearedCount == 0 ? NONE : new String[clearedCount];
    int p = 0;
    int c = 0;
    for (int i = 0; i < n; i++) {
      TicketEvent e = events.get(i);
      at[i] = e.at();
      seconds[i] = e.at().getEpochSecond();
      nanos[i] = e.at().getNano();
      types[i] = e.type().orElse(null);
      for (Map.Entry<String, String> f : e.fields().entrySet()) {
        pairs[p++] = f.getKey();
        pairs[p++] = f.getValue();
      }
      pairsEnd[i] = p;
      for (String name : e.clearedFields()) {
        cleared[c++] = name;
      }
      clearedEnd[i] = c;
    }
  }

  int size() {
    return at.length;
  }

  /** Event {@code i}'s epoch second. */
  long second(int i) {
    return seconds[i];
  }

  /** Event {@code i}'s nanosecond of its second. */
  int nano(int i) {
    return nanos[i];
  }

  /** Whether event {@code i} is later than the instant {@code second + nano}. */
  boolean isAfter(int i, long second, int nano) {
    return seconds[i] > second || (seconds[i] == second && nanos[i] > nano);
  }

  /** Applies event {@code i}'s field changes: first the cleared fields, then the set ones. */
  void apply(int i, FieldState fields) {
    for (int k = i == 0 ? 0 : clearedEnd[i - 1]; k < clearedEnd[i]; k++) {
      fields.remove(cleared[k]);
    }
    for (int k = i == 0 ? 0 : pairsEnd[i - 1]; k < pairsEnd[i]; k += 2) {
      fields.put(pairs[k], pairs[k + 1]);
    }
  }

  /**
   * Whether event {@code i} sets or clears one of the named fields (with any value, even the one
   * it had).
   */
  boolean touches(int i, String[] names) {
    for (int k = i == 0 ? 0 : clearedEnd[i - 1]; k < clearedEnd[i]; k++) {
      if (contains(names, cleared[k])) {
        return true;
      }
    }
    for (int k = i == 0 ? 0 : pairsEnd[i - 1]; k < pairsEnd[i]; k += 2) {
      if (contains(names, pairs[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String[] names, String name) {
    for (String n : names) {
      if (n.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The set of event types the conditions see: the current event's type, or none. One instance
   * per evaluation, moved from event to event, instead of a set per event. It keeps the walk's
   * array of types and an index, so moving it stores a number, not a reference (see
   * {@link TimerOutcomes} for why that matters to a reused instance).
   */
  static final class TypeSet extends AbstractSet<String> {
    private String[] types = NONE;
    private int index = -1;

    /** Reads the types of {@code walk}'s events from now on, with no current event. */
    void over(EventWalk walk) {
      types = walk.types;
      index = -1;
    }

    /** Makes event {@code i} of the walk the current one. */
    void at(int i) {
      index = i;
    }

    private String type() {
      return index < 0 ? null : types[index];
    }

    @Override
    public boolean contains(Object o) {
      String type = type();
      return type != null && type.equals(o);
    }

    @Override
    public int size() {
      return type() == null ? 0 : 1;
    }

    @Override
    public Iterator<String> iterator() {
      String type = type();
      return type == null
          ? Collections.emptyIterator()
          : Collections.singletonList(type).iterator();
    }
  }
}
