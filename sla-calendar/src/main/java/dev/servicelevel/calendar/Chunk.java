package dev.servicelevel.calendar;

import java.time.Instant;

/**
 * The compiled open time of a calendar within one UTC year (or within a few days around a cold
 * query, or within a run of consecutive years joined by {@link Timeline}): merged spans of epoch
 * seconds and the running total of open seconds before each span, so that a point query, a
 * cumulative open-time query and its inverse are searches. A point query first looks up its day
 * (the last span starting before each day's start is kept), then searches that day's spans.
 *
 * <p>Spans never cross the chunk's bounds; an open stretch that continues into the next year is
 * split at the boundary and joined again by {@link Timeline} (in a run of joined years, into one
 * span).
 */
final class Chunk {

  static final long NANOS = 1_000_000_000L;

  final long start;
  final long end;
  /** Flat sorted merged spans {@code [s0, e0, s1, e1, ...]}, inside {@code [start, end)}. */
  final long[] spans;
  /** {@code cum[i]} = open seconds in this chunk before span {@code i}; {@code cum[n]} = total. */
  final long[] cum;
  /** {@link #scale} of the span starts and of the running totals, for the searches. */
  private final double spanScale;

  private final double cumScale;
  /**
   * {@code days[d]}: the index of the last span starting at or before {@code start + d * DAY},
   * or -1, for every day of the chunk and one past its last: {@link #floor} looks up the day of
   * an instant and searches only the spans that start in it, instead of guessing a position in
   * the whole chunk (a flat chunk holds up to 64 years) and galloping from there.
   */
  private final int[] days;

  static final long DAY = DayHours.DAY;

  Chunk(long start, long end, long[] spans) {
    this.start = start;
    this.end = end;
    this.spans = spans;
    int n = spans.length / 2;
    this.cum = new long[n + 1];
    for (int i = 0; i < n; i++) {
      cum[i + 1] = cum[i] + spans[2 * i + 1] - spans[2 * i];
    }
    this.spanScale = scale(spans, 2, n);
    this.cumScale = scale(cum, 1, n);
    int dayCount = (int) ((end - start + DAY - 1) / DAY) + 1;
    this.days = new int[dayCount];
    int i = -1;
    for (int d = 0; d < dayCount; d++) {
      long t = start + d * DAY;
      while (i + 1 < n && spans[2 * (i + 1)] <= t) {
        i++;
      }
      days[d] = i;
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
    if (sec < start || sec >= end) {
      return lastAtMost(spans, 2, count(), sec, spanScale);
    }
    int d = (int) ((sec - start) / DAY);
    // the answer is in [lo, hi]: span lo starts at or before the day's start (or lo is -1), and
    // hi is the last span that starts at or before the next day's start
    int lo = days[d];
    int hi = days[d + 1];
    // a day of many spans (minute slots) is halved first, so a day never costs a long scan
    while (hi - lo > FEW) {
      int mid = (lo + hi + 1) >>> 1;
      if (spans[2 * mid] <= sec) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    while (lo < hi && spans[2 * hi] > sec) {
      hi--;
    }
    return hi;
  }

  /** Spans of a day scanned one by one; a day with more is halved down to this many first. */
  static final int FEW = 8;

  /**
   * The largest {@code i} in {@code [0, count)} with {@code a[stride * i] <= key}, or -1 if none;
   * {@code a[stride * i]} must not decrease with {@code i}.
   *
   * <p>Open time is spread nearly evenly over a year (a weekly pattern, a few holidays), so the
   * answer is guessed by linear interpolation between the first and last values and then found
   * by galloping from the guess: a couple of probes instead of a binary search's eight or nine
   * (whose every step is an unpredictable branch). An uneven array costs at most twice the
   * binary search.
   */
  static int lastAtMost(long[] a, int stride, int count, long key) {
    if (count == 0 || a[0] > key) {
      return -1;
    }
    int hi = count - 1;
    long top = a[stride * hi];
    if (top <= key) {
      return hi;
    }
    // a[0] <= key < a[hi]: the answer is in [0, hi); key - a[0] < top - a[0], so no overflow
    // for the spans and running totals of one year
    long bottom = a[0];
    return gallop(a, stride, hi, key, (int) ((key - bottom) * hi / (top - bottom)));
  }

  /**
   * {@link #lastAtMost(long[], int, int, long)} with the interpolation's slope given: {@code
   * scale} is {@link #scale} of the array, so the guess costs a multiplication instead of a
   * division. The scale is only a hint: any value gives the exact answer, a good one fast.
   */
  static int lastAtMost(long[] a, int stride, int count, long key, double scale) {
    if (count == 0 || a[0] > key) {
      return -1;
    }
    int hi = count - 1;
    if (a[stride * hi] <= key) {
      return hi;
    }
    int guess = (int) ((key - a[0]) * scale);
    return gallop(a, stride, hi, key, guess < 0 || guess >= hi ? hi - 1 : guess);
  }

  /** The slope for {@link #lastAtMost(long[], int, int, long, double)}: entries per unit of value. */
  static double scale(long[] a, int stride, int count) {
    long range = count < 2 ? 0 : a[stride * (count - 1)] - a[0];
    return range > 0 ? (count - 1) / (double) range : 0;
  }

  /**
   * Finds the answer of {@link #lastAtMost} from a guess in {@code [0, hi)}, where {@code a[0] <=
   * key < a[hi]}.
   */
  private static int gallop(long[] a, int stride, int hi, long key, int guess) {
    int lo;
    if (a[stride * guess] <= key) {
      lo = guess;
      for (int step = 1; lo + step < hi; step <<= 1) {
        int j = lo + step;
        if (a[stride * j] > key) {
          hi = j;
          break;
        }
        lo = j;
      }
    } else {
      hi = guess;
      lo = 0;
      for (int step = 1; hi - step > 0; step <<= 1) {
        int j = hi - step;
        if (a[stride * j] <= key) {
          lo = j;
          break;
        }
        hi = j;
      }
    }
    // a[lo] <= key < a[hi]
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (a[stride * mid] <= key) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
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
    return cumNanos(floor(sec), sec, nano);
  }

  /** {@link #cumNanos(long, int)} with {@code i = floor(sec)} known. */
  private long cumNanos(int i, long sec, int nano) {
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
   * Open nanoseconds in {@code [fs + fn, ts + tn)}, both inside the chunk and in that order.
   * When the two are less than {@link #NEAR} apart and the end comes before the next span after
   * the start's (the same opening, or the same closed stretch: most of a ticket's stretches
   * between events), one search serves both. Further apart, the two searches are independent,
   * so the processor runs them side by side instead of one after the other.
   */
  long betweenNanos(long fs, int fn, long ts, int tn) {
    int i = floor(fs);
    int j =
        ts - fs < NEAR && (i + 1 == count() || ts < spans[2 * i + 2]) ? i : floor(ts);
    return cumNanos(j, ts, tn) - cumNanos(i, fs, fn);
  }

  /** Seconds apart below which {@link #betweenNanos} tries the start's span for the end. */
  static final long NEAR = DAY;

  /**
   * The earliest instant at which the open time since {@link #start} reaches {@code target}
   * nanoseconds; {@code 0 < target <= totalNanos()}.
   */
  Instant earliestAt(long target) {
    // smallest i with cum[i + 1] * NANOS >= target, that is with cum[i + 1] >= ceil(target /
    // NANOS) =: t; as cum[0] = 0 < t, it is the largest i with cum[i] <= t - 1
    int lo = lastAtMost(cum, 1, count(), Math.floorDiv(target - 1, NANOS), cumScale);
    return Instant.ofEpochSecond(spans[2 * lo], target - cum[lo] * NANOS);
  }

  /**
   * The latest instant at which the open time since {@link #start} equals {@code target}
   * nanoseconds, where {@code 0 <= target < totalNanos()}: inside or at the start of a span.
   */
  Instant latestAt(long target) {
    // largest i with cum[i] * NANOS <= target, that is with cum[i] <= floor(target / NANOS)
    int lo = lastAtMost(cum, 1, count(), Math.floorDiv(target, NANOS), cumScale);
    return Instant.ofEpochSecond(spans[2 * lo], target - cum[lo] * NANOS);
  }
}
