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

  /**
   * {@link #normalize} for spans whose starts do not decrease, given flat in {@code raw[0,
   * length)}: one pass, no sort. Empty spans must have been left out.
   */
  static long[] mergeSorted(long[] raw, int length) {
    if (length == 0) {
      return EMPTY;
    }
    long[] out = new long[length];
    int w = 0;
    for (int i = 0; i < length; i += 2) {
      long s = raw[i];
      long e = raw[i + 1];
      if (w > 0 && s <= out[w - 1]) {
        out[w - 1] = Math.max(out[w - 1], e);
      } else {
        out[w++] = s;
        out[w++] = e;
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

  /**
   * The spans covered by at least {@code need} of the merged span sets: {@code need = 1} is their
   * union, {@code need = sets.length} their intersection. A k-way merge of the span ends over a
   * binary heap: O(total spans · log k), so n operands cost no n² pass.
   */
  static long[] coveredBy(long[][] sets, int need) {
    int k = sets.length;
    int[] pos = new int[k];
    int[] heap = new int[k];
    int size = 0;
    int total = 0;
    for (int i = 0; i < k; i++) {
      total += sets[i].length;
      if (sets[i].length > 0) {
        heap[size++] = i;
        siftUp(heap, size - 1, sets, pos);
      }
    }
    long[] out = new long[Math.max(2, total)];
    int w = 0;
    int count = 0;
    while (size > 0) {
      long t = sets[heap[0]][pos[heap[0]]];
      int before = count;
      while (size > 0 && sets[heap[0]][pos[heap[0]]] == t) {
        int i = heap[0];
        count += (pos[i] & 1) == 0 ? 1 : -1;
        pos[i]++;
        if (pos[i] == sets[i].length) {
          heap[0] = heap[--size];
        }
        siftDown(heap, size, sets, pos);
      }
      if (before < need && count >= need) {
        if (w > 0 && out[w - 1] == t) {
          w--;
        } else {
          if (w + 2 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[w++] = t;
        }
      } else if (before >= need && count < need) {
        out[w++] = t;
      }
    }
    return Arrays.copyOf(out, w);
  }

  private static long key(int[] heap, int h, long[][] sets, int[] pos) {
    return sets[heap[h]][pos[heap[h]]];
  }

  private static void siftUp(int[] heap, int h, long[][] sets, int[] pos) {
    while (h > 0) {
      int parent = (h - 1) / 2;
      if (key(heap, parent, sets, pos) <= key(heap, h, sets, pos)) {
        return;
      }
      int tmp = heap[parent];
      heap[parent] = heap[h];
      heap[h] = tmp;
      h = parent;
    }
  }

  private static void siftDown(int[] heap, int size, long[][] sets, int[] pos) {
    int h = 0;
    while (true) {
      int l = 2 * h + 1;
      if (l >= size) {
        return;
      }
      int c = l + 1 < size && key(heap, l + 1, sets, pos) < key(heap, l, sets, pos) ? l + 1 : l;
      if (key(heap, h, sets, pos) <= key(heap, c, sets, pos)) {
        return;
      }
      int tmp = heap[c];
      heap[c] = heap[h];
      heap[h] = tmp;
      h = c;
    }
  }
}
