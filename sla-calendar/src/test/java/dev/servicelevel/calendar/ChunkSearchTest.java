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
    // all values equal to the key: the last one, found before any interpolation (whose range
    // would be zero)
    assertEquals(2, Chunk.lastAtMost(new long[] {7, 7, 7}, 1, 3, 7));
  }

  /**
   * Spans in {@code [start, end)}: days without any, days of a few, days of hundreds (minute
   * slots), spans that start exactly at a day's start or run across midnight.
   */
  private static long[] spans(Random r, long start, long end) {
    long[] out = new long[64];
    int n = 0;
    long t = start + r.nextInt(3) * Chunk.DAY / 2;
    int kind = 0;
    int run = 0;
    while (true) {
      if (run-- == 0) {
        // a kind of span for a run of up to 300 spans, so that days of hundreds occur
        kind = r.nextInt(10);
        run = r.nextInt(300);
      }
      long gap;
      long length;
      if (kind < 2) {
        gap = 60 + r.nextInt(60); // minute slots, hundreds a day
        length = 1 + r.nextInt(59);
      } else if (kind < 4) {
        gap = Chunk.DAY - Math.floorMod(t - start, Chunk.DAY); // to the next day's start
        length = 1 + r.nextInt(3600);
      } else if (kind < 5) {
        gap = 1 + r.nextInt(3) * Chunk.DAY; // whole days without a span
        length = Chunk.DAY / 2 + r.nextInt((int) Chunk.DAY); // across midnight
      } else {
        gap = 1 + r.nextInt(8 * 3600);
        length = 1 + r.nextInt(8 * 3600);
      }
      long s = t + gap;
      long e = Math.min(s + length, end);
      if (s >= end) {
        break;
      }
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, 2 * n);
      }
      out[n++] = s;
      out[n++] = e;
      t = e;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  @Test
  void floor_agreesWithALinearScan_onDaysOfNoneAFewOrHundredsOfSpans() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert(
            (seed, dayCount) -> {
              Random r = new Random(seed);
              // chunks start anywhere, not only at midnight (windows of a cold query)
              long start = 1_700_000_000L + r.nextInt(100_000);
              long end = start + dayCount * Chunk.DAY - r.nextInt(3600);
              long[] spans = spans(r, start, end);
              Chunk c = new Chunk(start, end, spans);
              int count = spans.length / 2;
              long[] keys = new long[400];
              for (int k = 0; k < keys.length; k++) {
                int pick = r.nextInt(4);
                if (pick == 0 && count > 0) {
                  keys[k] = spans[2 * r.nextInt(count)] + r.nextInt(3) - 1; // at a span's start
                } else if (pick == 1) {
                  keys[k] = start + r.nextInt(dayCount + 1) * Chunk.DAY + r.nextInt(3) - 1;
                } else {
                  keys[k] = start - 2 + (long) (r.nextDouble() * (end - start + 4)); // and beyond
                }
              }
              for (long key : keys) {
                assertEquals(linear(spans, 2, count, key), c.floor(key), "floor(" + key + ")");
              }
            });
  }

  @Test
  void floor_searchesADayOfManySpans_andThoseAroundIt() {
    // day 0: 200 one-minute slots from 00:00; day 1: none; day 2: one span from its start
    long day = Chunk.DAY;
    long[] spans = new long[2 * 201];
    for (int i = 0; i < 200; i++) {
      spans[2 * i] = 120L * i;
      spans[2 * i + 1] = 120L * i + 60;
    }
    spans[400] = 2 * day;
    spans[401] = 2 * day + 10;
    Chunk c = new Chunk(0, 3 * day, spans);
    assertEquals(-1, c.floor(-1));
    for (int i = 0; i < 200; i++) {
      assertEquals(i, c.floor(120L * i), "slot " + i);
      assertEquals(i, c.floor(120L * i + 119), "after slot " + i);
    }
    assertEquals(199, c.floor(day));
    assertEquals(199, c.floor(2 * day - 1));
    assertEquals(200, c.floor(2 * day));
    assertEquals(200, c.floor(3 * day - 1));
    // at and past the end, the whole chunk's search answers
    assertEquals(200, c.floor(3 * day));
    assertEquals(200, c.floor(Long.MAX_VALUE));
    assertEquals(-1, c.floor(Long.MIN_VALUE));
    Chunk later = new Chunk(10 * day, 13 * day, new long[] {10 * day + 5, 10 * day + 9});
    assertEquals(-1, later.floor(Long.MIN_VALUE));
    assertEquals(-1, later.floor(10 * day - 1));
    assertEquals(0, later.floor(Long.MAX_VALUE));
    // a span from the chunk's very start: an instant just before it has none
    Chunk fromStart = new Chunk(10 * day, 13 * day, new long[] {10 * day, 10 * day + 9});
    assertEquals(-1, fromStart.floor(10 * day - 1));
    assertEquals(0, fromStart.floor(10 * day));
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
