package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The span algebra against a model: a set of seconds in a small window {@code [-8, 24)} kept as
 * one boolean per second. Every operation must give exactly the merged spans of the model's
 * answer: sorted, no empty span, no two spans touching.
 */
class SpansTest {

  private static final int LO = -8;
  private static final int HI = 24;

  /** Raw spans, unsorted, overlapping, touching, empty or reversed, some outside the window. */
  private static Gen<long[]> raw() {
    Gen<Integer> bound = integers().between(LO, HI);
    return lists().of(bound).ofSizeBetween(0, 12).map(SpansTest::flat);
  }

  private static long[] flat(List<Integer> values) {
    long[] out = new long[values.size() / 2 * 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  private static Gen<long[]> merged() {
    return raw().map(r -> Spans.normalize(r, r.length));
  }

  private static boolean[] model(long[] raw) {
    boolean[] in = new boolean[HI - LO];
    for (int i = 0; i + 1 < raw.length; i += 2) {
      for (long s = raw[i]; s < raw[i + 1]; s++) {
        in[(int) (s - LO)] = true;
      }
    }
    return in;
  }

  private static long[] spansOf(boolean[] in) {
    long[] out = new long[in.length + 1];
    int w = 0;
    for (int i = 0; i < in.length; i++) {
      boolean startHere = in[i] && (i == 0 || !in[i - 1]);
      boolean endHere = !in[i] && i > 0 && in[i - 1];
      if (startHere || endHere) {
        out[w++] = i + LO;
      }
    }
    if (in[in.length - 1]) {
      out[w++] = HI;
    }
    return Arrays.copyOf(out, w);
  }

  @Test
  void normalize_sortsMergesAndDropsEmptySpans() {
    qt().forAll(raw())
        .checkAssert(r -> assertArrayEquals(spansOf(model(r)), Spans.normalize(r, r.length),
            () -> Arrays.toString(r)));
  }

  @Test
  void normalize_examplesOfEachRule() {
    assertArrayEquals(new long[] {1, 5}, Spans.normalize(new long[] {3, 5, 1, 3}, 4));
    assertArrayEquals(new long[] {1, 2, 4, 6}, Spans.normalize(new long[] {4, 6, 1, 2}, 4));
    assertArrayEquals(new long[] {2, 3}, Spans.normalize(new long[] {5, 5, 2, 3, 7, 6}, 6));
    assertArrayEquals(new long[] {0, 9}, Spans.normalize(new long[] {0, 9, 2, 4, 9, 9}, 6));
    assertArrayEquals(new long[] {1, 2}, Spans.normalize(new long[] {1, 2, 99}, 2));
  }

  @Test
  void normalize_nothingGivesTheSharedEmptySet() {
    assertSame(Spans.EMPTY, Spans.normalize(new long[] {7}, 1));
    assertSame(Spans.EMPTY, Spans.normalize(new long[0], 0));
  }

  @Test
  void union_isTheModelsUnion() {
    qt().forAll(merged(), merged()).checkAssert((a, b) -> {
      boolean[] ma = model(a);
      boolean[] mb = model(b);
      boolean[] m = new boolean[ma.length];
      for (int i = 0; i < m.length; i++) {
        m[i] = ma[i] || mb[i];
      }
      assertArrayEquals(spansOf(m), Spans.union(a, b), () -> show(a, b));
      assertArrayEquals(spansOf(m), Spans.coveredBy(new long[][] {a, b}, 1), () -> show(a, b));
    });
  }

  @Test
  void union_withAnEmptySetReturnsTheOtherAsItIs() {
    long[] a = {1, 3, 5, 8};
    assertSame(a, Spans.union(a, Spans.EMPTY));
    assertSame(a, Spans.union(Spans.EMPTY, a));
    assertArrayEquals(new long[] {1, 8}, Spans.union(a, new long[] {3, 5}));
    assertArrayEquals(new long[] {1, 8}, Spans.union(new long[] {3, 5}, a));
  }

  @Test
  void intersection_isTheModelsIntersection() {
    qt().forAll(merged(), merged()).checkAssert((a, b) -> {
      boolean[] ma = model(a);
      boolean[] mb = model(b);
      boolean[] m = new boolean[ma.length];
      for (int i = 0; i < m.length; i++) {
        m[i] = ma[i] && mb[i];
      }
      assertArrayEquals(spansOf(m), Spans.intersection(a, b), () -> show(a, b));
      assertArrayEquals(spansOf(m), Spans.coveredBy(new long[][] {a, b}, 2), () -> show(a, b));
    });
  }

  @Test
  void intersection_ofTouchingSpansIsEmpty() {
    assertArrayEquals(new long[0], Spans.intersection(new long[] {1, 3}, new long[] {3, 5}));
    assertArrayEquals(new long[] {3, 4}, Spans.intersection(new long[] {1, 4}, new long[] {3, 5}));
  }

  @Test
  void complement_isTheModelsComplementInsideTheWindow() {
    qt().forAll(merged(), integers().between(LO, HI), integers().between(LO, HI))
        .checkAssert((a, x, y) -> {
          int lo = Math.min(x, y);
          int hi = Math.max(x, y);
          boolean[] ma = model(a);
          boolean[] m = new boolean[ma.length];
          for (int s = lo; s < hi; s++) {
            m[s - LO] = !ma[s - LO];
          }
          assertArrayEquals(spansOf(m), Spans.complement(a, lo, hi),
              () -> show(a) + " in [" + lo + ", " + hi + ")");
        });
  }

  @Test
  void complement_examplesAtTheWindowsEdges() {
    assertArrayEquals(new long[] {0, 10}, Spans.complement(new long[] {20, 30}, 0, 10));
    assertArrayEquals(new long[] {5, 10}, Spans.complement(new long[] {0, 5}, 0, 10));
    assertArrayEquals(new long[] {0, 5}, Spans.complement(new long[] {5, 10}, 0, 10));
    assertArrayEquals(new long[] {2, 3}, Spans.complement(new long[] {-4, 2, 3, 12}, 0, 10));
    assertArrayEquals(new long[0], Spans.complement(new long[] {-4, 12}, 0, 10));
  }

  @Test
  void subtract_isTheModelsDifference() {
    qt().forAll(merged(), merged()).checkAssert((a, b) -> {
      boolean[] ma = model(a);
      boolean[] mb = model(b);
      boolean[] m = new boolean[ma.length];
      for (int i = 0; i < m.length; i++) {
        m[i] = ma[i] && !mb[i];
      }
      assertArrayEquals(spansOf(m), Spans.subtract(a, b), () -> show(a, b));
    });
  }

  @Test
  void subtract_nothingReturnsTheSetAsItIs() {
    long[] a = {1, 3};
    assertSame(a, Spans.subtract(a, Spans.EMPTY));
    assertSame(Spans.EMPTY, Spans.subtract(Spans.EMPTY, a));
  }

  @Test
  void clip_isTheModelInsideTheWindow() {
    qt().forAll(merged(), integers().between(LO, HI), integers().between(LO, HI))
        .checkAssert((a, x, y) -> {
          int lo = Math.min(x, y);
          int hi = Math.max(x, y);
          boolean[] ma = model(a);
          boolean[] m = new boolean[ma.length];
          for (int s = lo; s < hi; s++) {
            m[s - LO] = ma[s - LO];
          }
          assertArrayEquals(spansOf(m), Spans.clip(a, lo, hi),
              () -> show(a) + " in [" + lo + ", " + hi + ")");
        });
  }

  @Test
  void clip_aSetInsideTheWindowIsReturnedAsItIs() {
    long[] a = {2, 4, 6, 9};
    assertSame(a, Spans.clip(a, 2, 9));
    assertSame(a, Spans.clip(a, 0, 10));
    assertArrayEquals(new long[] {3, 4, 6, 9}, Spans.clip(a, 3, 9));
    assertArrayEquals(new long[] {2, 4, 6, 8}, Spans.clip(a, 2, 8));
  }

  @Test
  void coveredBy_countsHowManySetsCoverEachSecond() {
    Gen<List<long[]>> sets = lists().of(merged()).ofSizeBetween(1, 7);
    qt().forAll(sets, integers().between(1, 7)).checkAssert((list, needed) -> {
      long[][] all = list.toArray(new long[0][]);
      int need = Math.min(needed, all.length);
      boolean[][] models = new boolean[all.length][];
      for (int i = 0; i < all.length; i++) {
        models[i] = model(all[i]);
      }
      boolean[] m = new boolean[HI - LO];
      for (int s = 0; s < m.length; s++) {
        int count = 0;
        for (boolean[] one : models) {
          count += one[s] ? 1 : 0;
        }
        m[s] = count >= need;
      }
      assertArrayEquals(spansOf(m), Spans.coveredBy(all, need),
          () -> "need " + need + " of " + show(all));
    });
  }

  @Test
  void coveredBy_examplesWithSetsGivenInDescendingOrder() {
    long[][] sets = {{20, 22}, {15, 21}, {10, 16}, {5, 11}, {0, 6}, {-5, 0}};
    assertArrayEquals(new long[] {-5, 22}, Spans.coveredBy(sets, 1));
    assertArrayEquals(new long[] {5, 6, 10, 11, 15, 16, 20, 21}, Spans.coveredBy(sets, 2));
    assertArrayEquals(new long[0], Spans.coveredBy(sets, 3));
    long[][] negative = {{-5, -3, 0, 2}, {-4, -3}};
    assertArrayEquals(new long[] {-5, -3, 0, 2}, Spans.coveredBy(negative, 1));
    assertArrayEquals(new long[] {-4, -3}, Spans.coveredBy(negative, 2));
  }

  private static String show(long[]... sets) {
    StringBuilder sb = new StringBuilder();
    for (long[] s : sets) {
      sb.append(Arrays.toString(s)).append(' ');
    }
    return sb.toString();
  }
}
