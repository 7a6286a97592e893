package dev.servicelevel.evaluation.timer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The clock of one timer cycle: the segments in which it ran, and where a given amount of
 * counted time is reached. It knows nothing of goals; {@link RunningCycle} tells it when to
 * pause, reset and restart.
 */
final class TimerClock {

  private Instant start;
  /** Running segments, flat [from, to, from, to, ...]; an open last segment has no 'to'. */
  private final List<Instant> running = new ArrayList<>(4);
  private boolean paused;
  /** Reset and waiting for the start condition to hold again: the clock does not count. */
  private boolean waiting;

  TimerClock(Instant start) {
    this.start = start;
    running.add(start);
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

  void pause(Instant t, boolean pause) {
    if (pause == paused) {
      return;
    }
    paused = pause;
    // a pause ends the running segment; the end of a pause starts the next one
    if (!waiting) {
      running.add(t);
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
    running.clear();
    if (counting()) {
      running.add(t);
    }
  }

  /** Closes the running segment, if any, at the cycle's end. */
  void stop(Instant end) {
    if (counting()) {
      running.add(end);
    }
  }

  /** Running totals of the segments' lengths: {@code [0, l0, l0 + l1, ...]}, exactly. */
  Duration[] lengths(TimeBasis basis) {
    int n = running.size() / 2;
    Duration[] cum = new Duration[n + 1];
    cum[0] = Duration.ZERO;
    for (int i = 0; i < n; i++) {
      cum[i + 1] = cum[i].plus(basis.between(running.get(2 * i), running.get(2 * i + 1)));
    }
    return cum;
  }

  /**
   * The earliest instant at which elapsed time reaches {@code amount}: inside a closed running
   * segment, or ahead on the last one when it runs on (null when that is beyond the supported
   * range); null when not reached. {@code cum[i]} is the time counted in the segments before
   * segment {@code i}.
   */
  Instant reach(TimeBasis basis, Duration[] cum, Duration amount, boolean runsOn) {
    int segments = cum.length - 1;
    for (int i = 0; i < segments; i++) {
      Duration need = amount.minus(cum[i]);
      boolean last = i == segments - 1;
      if (need.compareTo(cum[i + 1].minus(cum[i])) <= 0 || (last && runsOn)) {
        Instant from = running.get(2 * i);
        return need.isZero() ? from : basis.plusWithinRange(from, need);
      }
    }
    return null;
  }
}
