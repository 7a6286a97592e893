package dev.servicelevel.evaluation.timer;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The outcomes of a ticket timer's cycles, as
 * {@link TimerEvaluator#evaluate(TicketHistory, Instant, TimerOutcomes)} fills them: for each
 * cycle, its state and the figures that decide it, equal to those of the
 * {@link TimerCycle} the full evaluation reports. A buffer reused from ticket to ticket, so that
 * counting a million tickets allocates no result per ticket: each evaluation overwrites it. The
 * figures are kept as numbers; the accessors build an equal {@link Instant} or {@link Duration}
 * at each call.
 *
 * <pre>{@code
 * TimerOutcomes out = new TimerOutcomes();
 * for (TicketHistory h : tickets) {
 *   evaluator.evaluate(h, asOf, out);
 *   for (int c = 0; c < out.size(); c++) {
 *     if (out.state(c) == TimerState.BREACHED) {
 *       breached++;
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Cycles are indexed from 0 in the order they started; {@link #number(int)} is the cycle's
 * number in the full result. An index outside {@code [0, size())} throws
 * {@link IndexOutOfBoundsException}.
 *
 * <p>This class is mutable and not thread-safe: one instance per thread.
 */
public final class TimerOutcomes {

  private static final TimerState[] STATES = TimerState.values();
  /** How many figures a cycle has: figure k of cycle c is at {@code FIGURES * c + k}. */
  private static final int FIGURES = 5;
  private static final int STARTED = 0;
  private static final int STOPPED = 1;
  private static final int BREACHED = 2;
  private static final int ELAPSED = 3;
  private static final int GOAL = 4;
  /** The nano of a figure that is absent (null). */
  private static final int ABSENT = -1;

  private int size;
  private int[] numbers = new int[1];
  private byte[] states = new byte[1];
  /**
   * Each cycle's instants and durations as epoch seconds (or seconds) and nanos. Numbers, not
   * objects: a buffer lives as long as its accumulator, and under G1 a reference stored into an
   * old object from another region passes a memory fence in the post-write barrier, at every
   * ticket. The evaluation's reused {@link FieldState} still stores references.
   */
  private long[] seconds = new long[FIGURES];
  private int[] nanos = new int[FIGURES];

  /** The evaluation's fields, reused from ticket to ticket. */
  private final FieldState fields = new FieldState();
  /** The evaluation's event types, reused from ticket to ticket. */
  private final EventWalk.TypeSet types = new EventWalk.TypeSet();
  /** The cycle of the last ticket, reused for the next one. */
  private RunningCycle spare;

  /** Creates an empty buffer. */
  public TimerOutcomes() {}

  /** A cycle to run, the one of the last ticket when it belongs to the same evaluator. */
  RunningCycle cycle(
      TimerEvaluator evaluator, int number, Instant start, long second, int nano) {
    if (spare == null || spare.evaluator() != evaluator) {
      spare = new RunningCycle(number, evaluator, start, second, nano, false);
      return spare;
    }
    return spare.reuse(number, start, second, nano);
  }

  /** The field state, emptied for the next ticket. */
  FieldState fields() {
    fields.clear();
    return fields;
  }

  /** The type set, which each walk points at its own events' types. */
  EventWalk.TypeSet types() {
    return types;
  }

  /**
   * Forgets the cycles. The arrays keep the last ticket's figures until they are overwritten:
   * nothing reads past {@link #size()}, and clearing them costs every ticket a few stores.
   */
  void clear() {
    size = 0;
  }

  void add(
      int number,
      TimerState state,
      Instant started,
      Instant stopped,
      Instant breached,
      Duration counted,
      Duration goal) {
    if (size == states.length) {
      int n = size * 2;
      numbers = Arrays.copyOf(numbers, n);
      states = Arrays.copyOf(states, n);
      seconds = Arrays.copyOf(seconds, FIGURES * n);
      nanos = Arrays.copyOf(nanos, FIGURES * n);
    }
    numbers[size] = number;
    states[size] = (byte) state.ordinal();
    int at = FIGURES * size;
    seconds[at + STARTED] = started.getEpochSecond();
    nanos[at + STARTED] = started.getNano();
    put(at + STOPPED, stopped);
    put(at + BREACHED, breached);
    seconds[at + ELAPSED] = counted.getSeconds();
    nanos[at + ELAPSED] = counted.getNano();
    if (goal == null) {
      nanos[at + GOAL] = ABSENT;
    } else {
      seconds[at + GOAL] = goal.getSeconds();
      nanos[at + GOAL] = goal.getNano();
    }
    size++;
  }

  private void put(int at, Instant t) {
    if (t == null) {
      nanos[at] = ABSENT;
    } else {
      seconds[at] = t.getEpochSecond();
      nanos[at] = t.getNano();
    }
  }

  private Instant instant(int cycle, int figure) {
    int at = FIGURES * check(cycle) + figure;
    return nanos[at] == ABSENT ? null : Instant.ofEpochSecond(seconds[at], nanos[at]);
  }

  private Duration duration(int cycle, int figure) {
    int at = FIGURES * check(cycle) + figure;
    return nanos[at] == ABSENT ? null : Duration.ofSeconds(seconds[at], nanos[at]);
  }

  private int check(int cycle) {
    return Objects.checkIndex(cycle, size);
  }

  /**
   * Gets the number of cycles: 0 when the timer never started.
   *
   * @return the number of cycles
   */
  public int size() {
    return size;
  }

  /**
   * Gets a cycle's number, as {@link TimerCycle#number()}.
   *
   * @param cycle  the index of the cycle
   * @return the number, from 1
   * @throws IndexOutOfBoundsException if the index is outside {@code [0, size())}
   */
  public int number(int cycle) {
    return numbers[check(cycle)];
  }

  /**
   * Gets a cycle's state, as {@link TimerCycle#state()}: never {@link TimerState#NOT_STARTED}.
   *
   * @param cycle  the index of the cycle
   * @return the state, not null
   * @throws IndexOutOfBoundsException if the index is outside {@code [0, size())}
   */
  public TimerState state(int cycle) {
    return STATES[states[check(cycle)]];
  }

  /**
   * Gets the instant a cycle's clock last started, as {@link TimerCycle#startedAt()}.
   *
   * @param cycle  the index of the cycle
   * @return the instant, not null
   * @throws IndexOutOfBoundsException if the index is outside {@code [0, size())}
   */
  public Instant startedAt(int cycle) {
    return instant(cycle, STARTED);
  }

  /**
   * Gets the instant a cycle stopped or was cancelled, as {@link TimerCycle#stoppedAt()}.
   *
   * @param cycle  the index of the cycle
   * @return the instant, null while the cycle is open
   * @throws IndexOutOfBoundsException if the index is outside {@code [0, size())}
   */
  public Instant stoppedAt(int cycle) {
    return instant(cycle, STOPPED);
  }

  /**
   * Gets the instant a breached cycle ran out of time, as {@link TimerCycle#breachedAt()}.
   *
   * @param cycle  the index of the cycle
   * @return the instant, null unless the cycle is breached
   * @throws IndexOutOfBoundsException if the index is outside {@code [0, size())}
   */
  public Instant breachedAt(int cycle) {
    return instant(cycle, BREACHED);
  }

  /**
   * Gets the time a cycle counted on its goal's clock, as {@link TimerCycle#elapsed()}.
   *
   * @param cycle  the index of the cycle
   * @return the time, not null
   * @throws IndexOutOfBoundsException if the index is outside {@code [0, size())}
   */
  public Duration elapsed(int cycle) {
    return duration(cycle, ELAPSED);
  }

  /**
   * Gets a cycle's goal on its clock, as {@link TimerCycle#goalTime()}.
   *
   * @param cycle  the index of the cycle
   * @return the goal time, null when no goal applies or a cancelled cycle's goal in working
   *     days has no deadline
   * @throws IndexOutOfBoundsException if the index is outside {@code [0, size())}
   */
  public Duration goalTime(int cycle) {
    return duration(cycle, GOAL);
  }

  /**
   * Outputs the states, such as {@code "[MET, BREACHED]"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int c = 0; c < size; c++) {
      sb.append(c == 0 ? "" : ", ").append(STATES[states[c]]);
    }
    return sb.append(']').toString();
  }
}
