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
  /**
   * Running segments, flat [from, to, from, to, ...] as epoch seconds and nanos; an open last
   * segment has no 'to'. Numbers, not instants: the walk has just read them from its arrays (the
   * instants are a ticket's events, usually cold in the CPU's caches), and a clock reused from
   * ticket to ticket takes numbers without G1's fence on stored references (see
   * {@link TimerOutcomes}).
   */
  private long[] runSeconds = new long[8];
  private int[] runNanos = new int[8];
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

  /**
   * A clock started at {@code start}, which is {@code second + nano}. Every instant the clock is
   * given comes with its epoch second and nano, as here.
   */
  TimerClock(Instant start, long second, int nano) {
    restart(start, second, nano);
  }

  /** Starts the clock afresh at {@code start}, as a new clock would, keeping its arrays. */
  void restart(Instant start, long second, int nano) {
    paused = false;
    waiting = false;
    cumBasis = null;
    // the segments past size are never read: no need to clear them
    this.start = start;
    size = 0;
    add(second, nano);
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

  private void add(long second, int nano) {
    if (size == runSeconds.length) {
      runSeconds = Arrays.copyOf(runSeconds, size * 2);
      runNanos = Arrays.copyOf(runNanos, size * 2);
    }
    runSeconds[size] = second;
    runNanos[size] = nano;
    size++;
  }

  void pause(long second, int nano, boolean pause) {
    if (pause == paused) {
      return;
    }
    paused = pause;
    // a pause ends the running segment; the end of a pause starts the next one
    if (!waiting) {
      add(second, nano);
    }
  }

  /**
   * Discards the time counted so far; the clock starts again at once if the start condition
   * holds at this event, otherwise at the next event at which it holds.
   */
  void reset(Instant t, long second, int nano, boolean startHolds) {
    waiting = !startHolds;
    restartAt(t, second, nano);
  }

  void restartAfterReset(Instant t, long second, int nano) {
    waiting = false;
    restartAt(t, second, nano);
  }

  /** Starts counting from zero at {@code t} (a reset, or a goal change under RESTART). */
  void restartAt(Instant t, long second, int nano) {
    start = t;
    size = 0;
    cumBasis = null;
    if (counting()) {
      add(second, nano);
    }
  }

  /** Closes the running segment, if any, at the cycle's end. */
  void stop(long second, int nano) {
    if (counting()) {
      add(second, nano);
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
      long fs = runSeconds[2 * i];
      long ts = runSeconds[2 * i + 1];
      long seconds;
      long nanos;
      if (ts - fs <= TimeBasis.NANOS_REACH) {
        long open = basis.betweenNanos(fs, runNanos[2 * i], ts, runNanos[2 * i + 1]);
        seconds = open / TimeBasis.NANOS;
        nanos = open % TimeBasis.NANOS;
      } else {
        Duration d = basis.between(bound(2 * i), bound(2 * i + 1));
        seconds = d.getSeconds();
        nanos = d.getNano();
      }
      nanos += cumNanos[i];
      // nanos is within 0 and 1,999,999,998: one carry at most
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
      seconds += runSeconds[i + 1] - runSeconds[i];
      nanos += runNanos[i + 1] - runNanos[i];
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
      used = used.plus(basis.between(bound(size - 1), t));
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
        Instant from = bound(2 * i);
        if (seconds == cumSeconds[i] && nanos == cumNanos[i]) {
          return from;
        }
        Duration need = Duration.ofSeconds(seconds - cumSeconds[i], (long) nanos - cumNanos[i]);
        return basis.plusWithinRange(from, need);
      }
    }
    return null;
  }

  /** The {@code k}-th bound of the flat [from, to, from, to, ...] segments, as an instant. */
  private Instant bound(int k) {
    return Instant.ofEpochSecond(runSeconds[k], runNanos[k]);
  }

  private static int compare(long s1, int n1, long s2, int n2) {
    int c = Long.compare(s1, s2);
    return c != 0 ? c : Integer.compare(n1, n2);
  }
}
