package dev.servicelevel.calendar;

import java.util.Arrays;

/**
 * Operations on sets of half-open spans of epoch seconds, stored flat and sorted as
 * {@code [s0, e0, s1, e1, ...]} with {@code s0 < e0 < s1 < e1 ...} (merged: no two spans touch).
 * All calendar algebra happens here, on these arrays.
 */
final class Spans {

  static final long[] EMPTY = new long[0];

  private Spans() {}

  /**
   * Sorts and merges arbitrary spans given flat in {@code raw[0, length)}; drops empty ones and
   * joins overlapping or touching ones.
   */
  static long[] normalize(long[] raw, int length) {
    int n = length / 2;
    if (n == 0) {
      return EMPTY;
    }
    long[][] pairs = new long[n][];
    for (int i = 0; i < n; i++) {
      pairs[i] = new long[] {raw[2 * i], raw[2 * i + 1]};
    }
    Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
    long[] out = new long[length];
    int w = 0;
    for (long[] p : pairs) {
      if (p[1] <= p[0]) {
        continue;
      }
      if (w > 0 && p[0] <= out[w - 1]) {
        out[w - 1] = Math.max(out[w - 1], p[1]);
      } else {
        out[w++] = p[0];
        out[w++] = p[1];
      }
    }
    return w == out.length ? out : Arrays.copyOf(out, w);
  }

  /** The union of two merged span sets. */
  static long[] union(long[] a, long[] b) {
    if (a.length == 0) {
      return b;
    }
    if (b.length == 0) {
      return a;
    }
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int w = 0;
    while (i < a.length || j < b.length) {
      long s;
      long e;
      if (j >= b.length || (i < a.length && a[i] <= b[j])) {
        s = a[i];
        e = a[i + 1];
        i += 2;
      } else {
        s = b[j];
        e = b[j + 1];
        j += 2;
      }
      if (w > 0 && s <= out[w - 1]) {
        out[w - 1] = Math.max(out[w - 1], e);
      } else {
        out[w++] = s;
        out[w++] = e;
      }
    }
    return w == out.length ? out : Arrays.copyOf(out, w);
  }

  /** The intersection of two merged span sets. */
  static long[] intersection(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int w = 0;
    while (i < a.length && j < b.length) {
      long s = Math.max(a[i], b[j]);
      long e = Math.min(a[i + 1], b[j + 1]);
      if (s < e) {
        out[w++] = s;
        out[w++] = e;
      }
      if (a[i + 1] < b[j + 1]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return Arrays.copyOf(out, w);
  }

  /** The complement of a merged span set within {@code [lo, hi)}. */
  static long[] complement(long[] a, long lo, long hi) {
    long[] out = new long[a.length + 2];
    int w = 0;
    long cursor = lo;
    for (int i = 0; i < a.length; i += 2) {
      long s = Math.max(a[i], lo);
      long e = Math.min(a[i + 1], hi);
      if (e <= s) {
        continue;
      }
      if (cursor < s) {
        out[w++] = cursor;
        out[w++] = s;
      }
      cursor = Math.max(cursor, e);
    }
    if (cursor < hi) {
      out[w++] = cursor;
      out[w++] = hi;
    }
    return Arrays.copyOf(out, w);
  }

  /** The spans of {@code a} with the spans of {@code b} cut out. */
  static long[] subtract(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return a;
    }
    return intersection(a, complement(b, a[0], a[a.length - 1]));
  }

  /** The part of {@code a} inside {@code [lo, hi)}. */
  static long[] clip(long[] a, long lo, long hi) {
    if (a.length == 0 || (a[0] >= lo && a[a.length - 1] <= hi)) {
      return a;
    }
    return intersection(a, new long[] {lo, hi});
  }
}
