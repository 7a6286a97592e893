package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The interpolation-guided search every calendar query rests on ({@link Chunk#lastAtMost}) and
 * the span lookups built on it, against a linear scan: on even arrays, where the guess is close,
 * and on skewed ones, where it is far off.
 */
class ChunkSearchTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 200);

  /** The answer by a linear scan. */
  private static int linear(long[] a, int stride, int count, long key) {
    int found = -1;
    for (int i = 0; i < count; i++) {
      if (a[stride * i] <= key) {
        found = i;
      }
    }
    return found;
  }

  /** Non-decreasing values, evenly spread, clustered at one end, or with repeats. */
  private static long[] values(long seed, int count, int stride) {
    Random r = new Random(seed);
    long[] a = new long[count * stride];
    long v = r.nextInt(100) - 50;
    int shape = r.nextInt(3);
    for (int i = 0; i < count; i++) {
      a[stride * i] = v;
      if (stride == 2) {
        a[stride * i + 1] = Long.MIN_VALUE; // never read by the search
      }
      switch (shape) {
        case 0:
          v += 1 + r.nextInt(10);
          break;
        case 1:
          v += i < count - 2 ? 1 : 1_000_000;
          break;
        default:
          v += r.nextInt(3);
          break;
      }
    }
    return a;
  }

  @Test
  void lastAtMost_agreesWithALinearScan() {
    // keys at a value, one either side of it, or anywhere from below the first to past the last
    qt().withExamples(EXAMPLES * 5)
        .forAll(
            longs().all(),
            integers().between(0, 70),
            integers().between(1, 2),
            integers().between(0, 4999))
        .checkAssert(
            (seed, count, stride, where) -> {
              int pick = where / 5;
              int delta = where % 5 - 2;
              long[] a = values(seed, count, stride);
              long key;
              if (count == 0) {
                key = delta;
              } else if (delta == 2) {
                long low = a[0] - 5;
                long high = a[stride * (count - 1)] + 5;
                key = low + Math.floorMod(seed, high - low + 1);
              } else {
                key = a[stride * (pick % count)] + delta;
              }
              assertEquals(
                  linear(a, stride, count, key),
                  Chunk.lastAtMost(a, stride, count, key),
                  "key " + key + " in " + java.util.Arrays.toString(a));
            });
  }

  @Test
  void lastAtMost_atEveryValueAndBetweenThem() {
    long[] a = {0, 10, 20, 30, 1000};
    assertEquals(-1, Chunk.lastAtMost(a, 1, 5, -1));
    for (int i = 0; i < a.length; i++) {
      assertEquals(i, Chunk.lastAtMost(a, 1, 5, a[i]));
      assertEquals(i, Chunk.lastAtMost(a, 1, 5, a[i] + 1));
      if (i > 0) {
        assertEquals(i - 1, Chunk.lastAtMost(a, 1, 5, a[i] - 1));
      }
    }
    assertEquals(-1, Chunk.lastAtMost(new long[0], 1, 0, 5));
  }

  @Test
  void earliestAndLatestAt_landOnSpanBoundsAndInside() {
    // spans [100, 110), [200, 230), [500, 501): running totals 0, 10, 40, 41 seconds
    Chunk c = new Chunk(0, 1000, new long[] {100, 110, 200, 230, 500, 501});
    long s = Chunk.NANOS;
    assertEquals(Instant.ofEpochSecond(100, 1), c.earliestAt(1));
    assertEquals(Instant.ofEpochSecond(110), c.earliestAt(10 * s));
    assertEquals(Instant.ofEpochSecond(200, 1), c.earliestAt(10 * s + 1));
    assertEquals(Instant.ofEpochSecond(230), c.earliestAt(40 * s));
    assertEquals(Instant.ofEpochSecond(501), c.earliestAt(41 * s));
    assertEquals(Instant.ofEpochSecond(100), c.latestAt(0));
    assertEquals(Instant.ofEpochSecond(200), c.latestAt(10 * s));
    assertEquals(Instant.ofEpochSecond(229, 999_999_999), c.latestAt(40 * s - 1));
    assertEquals(Instant.ofEpochSecond(500), c.latestAt(40 * s));
    assertEquals(0, c.cumNanos(99, 0));
    assertEquals(5 * s + 7, c.cumNanos(105, 7));
    assertEquals(10 * s, c.cumNanos(150, 0));
    assertEquals(41 * s, c.cumNanos(999, 0));
  }

  @Test
  void betweenNanos_equalsTheRunningTotalsApart_fromEveryStartToEveryEnd() {
    // spans [100, 110), [200, 230), [500, 501): every pair of seconds around and inside them,
    // ends in the start's span, in the closed stretch after it, at the next span's start, and
    // beyond; and a chunk with no span at all
    Chunk c = new Chunk(0, 1000, new long[] {100, 110, 200, 230, 500, 501});
    long[] at = {0, 99, 100, 105, 109, 110, 150, 199, 200, 215, 229, 230, 499, 500, 501, 999};
    for (long fs : at) {
      for (long ts : at) {
        if (ts < fs) {
          continue;
        }
        for (int fn : new int[] {0, 999_999_999}) {
          int tn = ts == fs ? fn : 3;
          assertEquals(c.cumNanos(ts, tn) - c.cumNanos(fs, fn), c.betweenNanos(fs, fn, ts, tn),
              fs + "." + fn + " to " + ts + "." + tn);
        }
      }
    }
    Chunk empty = new Chunk(0, 1000, new long[0]);
    assertEquals(0, empty.betweenNanos(5, 0, 900, 0));
    // a day apart or more, and just below: both searches, or the shortcut, give the same
    long day = Chunk.NEAR;
    Chunk wide = new Chunk(0, 4 * day, new long[] {100, 200, day + 150, day + 300, 3 * day, 3 * day + 10});
    for (long ts : new long[] {day + 99, day + 100, day + 101, day + 200, 3 * day + 5}) {
      assertEquals(wide.cumNanos(ts, 0) - wide.cumNanos(100, 0), wide.betweenNanos(100, 0, ts, 0),
          "to " + ts);
      assertEquals(wide.cumNanos(ts, 0) - wide.cumNanos(150, 0), wide.betweenNanos(150, 0, ts, 0),
          "from 150 to " + ts);
    }
  }
}
