package dev.servicelevel.calendar;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;

/**
 * The open intervals that start on one date, as local seconds from that date's midnight, sorted
 * and distinct: {@code [s0, e0, s1, e1, ...]} with ends up to 48 hours (an interval that ends on
 * the next day).
 */
final class DayHours {

  static final int DAY = 86_400;
  static final DayHours NONE = new DayHours(new int[0]);

  /** Open the whole day: what {@code with(00:00, 00:00)} gives on no hours. */
  static final DayHours FULL_DAY = new DayHours(new int[] {0, DAY});

  final int[] seconds;

  private DayHours(int[] seconds) {
    this.seconds = seconds;
  }

  boolean isEmpty() {
    return seconds.length == 0;
  }

  /**
   * Adds {@code start–end} per rule 2 ({@code end <= start} ends on the next day). Intervals are
   * kept as given (sorted, exact duplicates dropped), not merged in local time: each maps to
   * instants on its own and the results merge instant by instant, because mapping a local time
   * in a DST gap moves it forward past the gap's end, so merging before mapping could change
   * what a day opens.
   */
  DayHours with(LocalTime start, LocalTime end) {
    int s = start.toSecondOfDay();
    int e = end.toSecondOfDay();
    if (e <= s) {
      e += DAY;
    }
    int n = seconds.length;
    if (n > 0 && seconds[n - 2] == s && seconds[n - 1] == e) {
      return this;
    }
    int[] raw = Arrays.copyOf(seconds, n + 2);
    raw[n] = s;
    raw[n + 1] = e;
    // the usual order of a builder's calls appends: no sort needed
    boolean after = n == 0 || seconds[n - 2] < s || (seconds[n - 2] == s && seconds[n - 1] < e);
    return new DayHours(after ? raw : sortDistinct(raw));
  }

  private static int[] sortDistinct(int[] raw) {
    int n = raw.length / 2;
    int[][] pairs = new int[n][];
    for (int i = 0; i < n; i++) {
      pairs[i] = new int[] {raw[2 * i], raw[2 * i + 1]};
    }
    Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    int[] out = new int[raw.length];
    int w = 0;
    for (int[] p : pairs) {
      if (w > 0 && out[w - 2] == p[0] && out[w - 1] == p[1]) {
        continue;
      }
      out[w++] = p[0];
      out[w++] = p[1];
    }
    return Arrays.copyOf(out, w);
  }

  String describe() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < seconds.length; i += 2) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(clock(seconds[i])).append('–').append(clock(seconds[i + 1]));
    }
    return sb.toString();
  }

  private static String clock(int secondOfSpan) {
    boolean full = secondOfSpan == DAY;
    int sod = full ? DAY : secondOfSpan % DAY;
    int h = full ? 24 : sod / 3600;
    int m = (sod / 60) % 60;
    int s = sod % 60;
    return s == 0
        ? String.format(Locale.ROOT, "%02d:%02d", h, m)
        : String.format(Locale.ROOT, "%02d:%02d:%02d", h, m, s);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DayHours && Arrays.equals(seconds, ((DayHours) obj).seconds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(seconds);
  }

  @Override
  public String toString() {
    return describe();
  }
}
