package dev.servicelevel.evaluation.timer;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The clock of one timer cycle: the segments in which it ran, and where a given amount of
 * counted time is reached. It knows nothing of goals; {@link RunningCycle} tells it when to
 * pause, reset and restart.
 *
 * <p>The running totals of the closed segments are kept for the clock last asked about, and only
 * the segments closed since are measured again: a goal change, the end and every threshold share
 * one measurement of each segment.
 */
final class TimerClock {

  private Instant start;
  /** Running segments, flat [from, to, from, to, ...]; an open last segment has no 'to'. */
  private Instant[] running = new Instant[8];
  private int size;
  private boolean paused;
  /** Reset and waiting for the start condition to hold again: the clock does not count. */
  private boolean waiting;
  /** The clock the running totals are measured on; null when nothing is measured yet. */
  private TimeBasis cumBasis;
  /**
   * {@code cumSeconds[i] + cumNanos[i]}: the time counted in the segments before segment
   * {@code i}, on cumBasis (nanos within 0 and 999,999,999). Kept as numbers, not durations:
   * every ticket measures its segments, and a period counts millions of tickets.
   */
  private long[] cumSeconds = new long[5];
  private int[] cumNanos = new int[5];
  /** How many segments the running totals cover. */
  private int measured;

  TimerClock(Instant start) {
    this.start = start;
    running[0] = start;
    size = 1;
  }

  /** Starts the clock afresh at {@code start}, as a new clock would, keeping its arrays. */
  void restart(Instant start) {
    paused = false;
    waiting = false;
    cumBasis = null;
    // the segments past size are never read: no need to clear them
    this.start = start;
    running[0] = start;
    size = 1;
  }

  /** The wall-clock time from one instant to another, exactly, without the generic path. */
  static Duration wall(Instant from, Instant to) {
    return Duration.ofSeconds(
        to.getEpochSecond() - from.getEpochSecond(), (long) to.getNano() - from.getNano());
  }

  /** The instant the clock last started from zero: the cycle's start, or its last restart. */
  Instant start() {
    return start;
  }

  /** Whether the clock counts now: neither paused nor waiting after a reset. */
  boolean counting() {
    return !paused && !waiting;
  }

  /** Whether the clock was reset and waits for the start condition to hold again. */
  boolean waiting() {
    return waiting;
  }

  private void add(Instant t) {
    if (size == running.length) {
      running = Arrays.copyOf(running, size * 2);
    }
    running[size++] = t;
  }

  void pause(Instant t, boolean pause) {
    if (pause == paused) {
      return;
    }
    paused = pause;
    // a pause ends the running segment; the end of a pause starts the next one
    if (!waiting) {
      add(t);
    }
  }

  /**
   * Discards the time counted so far; the clock starts again at once if the start condition
   * holds at this event, otherwise at the next event at which it holds.
   */
  void reset(Instant t, boolean startHolds) {
    waiting = !startHolds;
    restartAt(t);
  }

  void restartAfterReset(Instant t) {
    waiting = false;
    restartAt(t);
  }

  /** Starts counting from zero at {@code t} (a reset, or a goal change under RESTART). */
  void restartAt(Instant t) {
    start = t;
    size = 0;
    cumBasis = null;
    if (counting()) {
      add(t);
    }
  }

  /** Closes the running segment, if any, at the cycle's end. */
  void stop(Instant end) {
    if (counting()) {
      add(end);
    }
  }

  /**
   * Measures the closed segments on a clock: the running totals of their lengths, exactly,
   * which {@link #reach} reads. Only segments closed since the last measurement on the same
   * clock are measured.
   */
  void measure(TimeBasis basis) {
    if (basis != cumBasis) {
      cumBasis = basis;
      measured = 0;
      cumSeconds[0] = 0;
      cumNanos[0] = 0;
    }
    int n = size / 2;
    if (n >= cumSeconds.length) {
      int length = Math.max(n + 1, cumSeconds.length * 2);
      cumSeconds = Arrays.copyOf(cumSeconds, length);
      cumNanos = Arrays.copyOf(cumNanos, length);
    }
    for (int i = measured; i < n; i++) {
      Instant from = running[2 * i];
      Instant to = running[2 * i + 1];
      long seconds;
      long nanos;
      if (basis == TimeBasis.WALL) {
        seconds = to.getEpochSecond() - from.getEpochSecond();
        nanos = (long) to.getNano() - from.getNano();
      } else {
        Duration d = basis.between(from, to);
        seconds = d.getSeconds();
        nanos = d.getNano();
      }
      nanos += cumNanos[i];
      // nanos is within -999,999,999 and 1,999,999,998: one carry at most either way
      seconds += cumSeconds[i] + Math.floorDiv(nanos, 1_000_000_000L);
      cumSeconds[i + 1] = seconds;
      cumNanos[i + 1] = (int) Math.floorMod(nanos, 1_000_000_000L);
    }
    measured = n;
  }

  /** Measures on a clock and returns the time counted in all closed segments. */
  Duration elapsed(TimeBasis basis) {
    measure(basis);
    int n = size / 2;
    return Duration.ofSeconds(cumSeconds[n], cumNanos[n]);
  }

  /** The wall-clock time of the closed segments, exactly. */
  Duration wallLength() {
    long seconds = 0;
    long nanos = 0;
    for (int i = 0; i + 1 < size; i += 2) {
      seconds += running[i + 1].getEpochSecond() - running[i].getEpochSecond();
      nanos += running[i + 1].getNano() - running[i].getNano();
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  /**
   * The time counted from the last start up to {@code t}, an instant at or after the last
   * change of the clock: the closed segments, and the open one up to {@code t} if counting.
   */
  Duration usedAt(TimeBasis basis, Instant t) {
    Duration used = elapsed(basis);
    if (counting() && size % 2 == 1) {
      used = used.plus(basis.between(running[size - 1], t));
    }
    return used;
  }

  /**
   * The earliest instant at which elapsed time reaches {@code amount}: inside a closed running
   * segment, or ahead on the last one when it runs on (null when that is beyond the supported
   * range); null when not reached. The clock must be {@linkplain #measure measured} on
   * {@code basis} since its last change.
   */
  Instant reach(TimeBasis basis, Duration amount, boolean runsOn) {
    int segments = size / 2;
    long seconds = amount.getSeconds();
    int nanos = amount.getNano();
    for (int i = 0; i < segments; i++) {
      // amount - cum[i] <= cum[i + 1] - cum[i]: reached within segment i
      if (compare(seconds, nanos, cumSeconds[i + 1], cumNanos[i + 1]) <= 0
          || (i == segments - 1 && runsOn)) {
        Instant from = running[2 * i];
        if (seconds == cumSeconds[i] && nanos == cumNanos[i]) {
          return from;
        }
        Duration need = Duration.ofSeconds(seconds - cumSeconds[i], (long) nanos - cumNanos[i]);
        return basis.plusWithinRange(from, need);
      }
    }
    return null;
  }

  private static int compare(long s1, int n1, long s2, int n2) {
    int c = Long.compare(s1, s2);
    return c != 0 ? c : Integer.compare(n1, n2);
  }
}
