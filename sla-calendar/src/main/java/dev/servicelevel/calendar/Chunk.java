package dev.servicelevel.calendar;

import java.time.Instant;

/**
 * The compiled open time of a calendar within one UTC year: merged spans of epoch seconds and
 * the running total of open seconds before each span, so that a point query, a cumulative
 * open-time query and its inverse are binary searches.
 *
 * <p>Spans never cross the chunk's bounds; an open stretch that continues into the next year is
 * split at the boundary and joined again by {@link Timeline}.
 */
final class Chunk {

  static final long NANOS = 1_000_000_000L;

  final long start;
  final long end;
  /** Flat sorted merged spans {@code [s0, e0, s1, e1, ...]}, inside {@code [start, end)}. */
  final long[] spans;
  /** {@code cum[i]} = open seconds in this chunk before span {@code i}; {@code cum[n]} = total. */
  final long[] cum;

  Chunk(long start, long end, long[] spans) {
    this.start = start;
    this.end = end;
    this.spans = spans;
    int n = spans.length / 2;
    this.cum = new long[n + 1];
    for (int i = 0; i < n; i++) {
      cum[i + 1] = cum[i] + spans[2 * i + 1] - spans[2 * i];
    }
  }

  int count() {
    return cum.length - 1;
  }

  long spanStart(int i) {
    return spans[2 * i];
  }

  long spanEnd(int i) {
    return spans[2 * i + 1];
  }

  long totalSeconds() {
    return cum[cum.length - 1];
  }

  long totalNanos() {
    return totalSeconds() * NANOS;
  }

  /** Index of the last span starting at or before {@code sec}, or -1. */
  int floor(long sec) {
    int lo = 0;
    int hi = count() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans[2 * mid] <= sec) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * Whether the instant {@code sec + nano} is open. Span bounds are whole seconds, so the
   * fraction of a second never changes the answer.
   */
  boolean isOpen(long sec) {
    int i = floor(sec);
    return i >= 0 && sec < spans[2 * i + 1];
  }

  /** Open nanoseconds in {@code [start, sec + nano)}. */
  long cumNanos(long sec, int nano) {
    int i = floor(sec);
    if (i < 0) {
      return 0;
    }
    long s = spans[2 * i];
    long e = spans[2 * i + 1];
    if (sec < e) {
      return (cum[i] + sec - s) * NANOS + nano;
    }
    return cum[i + 1] * NANOS;
  }

  /**
   * The earliest instant at which the open time since {@link #start} reaches {@code target}
   * nanoseconds; {@code 0 < target <= totalNanos()}.
   */
  Instant earliestAt(long target) {
    // smallest i with cum[i + 1] * NANOS >= target
    int lo = 0;
    int hi = count() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cum[mid + 1] * NANOS >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return Instant.ofEpochSecond(spans[2 * lo], target - cum[lo] * NANOS);
  }

  /**
   * The latest instant at which the open time since {@link #start} equals {@code target}
   * nanoseconds, where {@code 0 <= target < totalNanos()}: inside or at the start of a span.
   */
  Instant latestAt(long target) {
    // largest i with cum[i] * NANOS <= target
    int lo = 0;
    int hi = count() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (cum[mid] * NANOS <= target) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return Instant.ofEpochSecond(spans[2 * lo], target - cum[lo] * NANOS);
  }
}
