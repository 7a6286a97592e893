package dev.servicelevel.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The compiled form of a calendar: one {@link Chunk} per UTC year from 1900 to 2399, each built
 * on first use and then shared by all readers. A chunk is immutable and published through an
 * {@link AtomicReferenceArray}; two threads that race to build the same chunk build equal ones,
 * and either may win, so reads take no lock.
 *
 * <p>All queries here are searches inside a chunk; spans over several years read running totals
 * across chunks ({@link Prefix}), so their cost does not grow with the span once the years are
 * compiled. Nothing loops per day or per minute.
 *
 * <p>Once a query has crossed a year bound, the compiled years around it are also joined into
 * one chunk ({@link #flat}, up to {@value #MAX_FLAT_YEARS} years), which then answers {@code
 * between}, {@code plus} and {@code minus} inside it with two searches, whatever their span.
 *
 * <p>A year not compiled yet answers {@code isOpen}, {@code between}, {@code plus} and {@code
 * minus} of a rules calendar from a window: a chunk of a few days around the query, compiled by
 * the same code (see {@link #window(long)}). So a calendar built for one request compiles a few
 * days, not a year; a calendar in long use compiles years after {@value #MAX_WINDOWS} windows.
 */
final class Timeline {

  static final int FIRST_YEAR = 1900;
  static final int CHUNKS = 500;
  private static final long[] YEAR_START = new long[CHUNKS + 1];

  static {
    for (int k = 0; k <= CHUNKS; k++) {
      YEAR_START[k] = LocalDate.of(FIRST_YEAR + k, 1, 1).toEpochDay() * 86_400L;
    }
  }

  static final long MIN_SECOND = YEAR_START[0];
  static final long MAX_SECOND = YEAR_START[CHUNKS];
  static final Instant MIN = Instant.ofEpochSecond(MIN_SECOND);
  static final Instant MAX = Instant.ofEpochSecond(MAX_SECOND);
  private static final long AVERAGE_YEAR = 31_556_952L;

  private final CalendarDefinition definition;
  /**
   * Compiled chunks, allocated on first use: a calendar that only serves as an operand of
   * algebra (one step of a long chain) never allocates them. A racing second allocation only
   * loses a cached chunk, which is rebuilt equal.
   */
  private volatile AtomicReferenceArray<Chunk> chunks;

  private volatile AtomicReferenceArray<int[]> workingDays;

  /**
   * The last window compiled for a cold query (see {@link #window(long)}), null before the first.
   * Immutable and replaced whole, so readers on other threads see a complete one.
   */
  private volatile Window window;

  Timeline(CalendarDefinition definition) {
    this.definition = definition;
  }

  // ---- chunks ------------------------------------------------------------------------------

  /** The chunk index for an epoch second in {@code [MIN_SECOND, MAX_SECOND]}; MAX maps to the last. */
  static int index(long sec) {
    int k = (int) ((sec - MIN_SECOND) / AVERAGE_YEAR);
    if (k >= CHUNKS) {
      k = CHUNKS - 1;
    }
    while (k + 1 < CHUNKS && YEAR_START[k + 1] <= sec) {
      k++;
    }
    while (k > 0 && YEAR_START[k] > sec) {
      k--;
    }
    return k;
  }

  Chunk chunk(int k) {
    AtomicReferenceArray<Chunk> all = chunks;
    if (all == null) {
      all = new AtomicReferenceArray<>(CHUNKS);
      chunks = all;
    }
    Chunk c = all.get(k);
    if (c == null) {
      // compile the operands first without recursion, so deep algebra cannot overflow the stack
      definition.prepare(k);
      long start = YEAR_START[k];
      long end = YEAR_START[k + 1];
      c = new Chunk(start, end, definition.compile(start, end, this));
      all.set(k, c);
    }
    return c;
  }

  /** Chunk {@code k} if it is compiled already, else null. */
  private Chunk compiled(int k) {
    AtomicReferenceArray<Chunk> all = chunks;
    return all == null ? null : all.get(k);
  }

  // ---- windows: the first queries of a new calendar -------------------------------------------

  /** Days a window reaches before the UTC day of the query that compiles it. */
  static final int WINDOW_DAYS_BEFORE = 3;

  /** Days a window reaches from the UTC day of the query that compiles it. */
  static final int WINDOW_DAYS_AFTER = 8;

  /**
   * Windows a calendar compiles before it compiles whole years only: enough for the handful of
   * queries of a calendar built per request, few enough that a long-lived calendar soon has
   * years.
   */
  static final int MAX_WINDOWS = 8;

  /** Business time below this (in seconds) may be answered inside a window. */
  private static final long WINDOW_REACH = (long) WINDOW_DAYS_AFTER * 86_400;

  /** A compiled window and how many windows the calendar has compiled so far. */
  private static final class Window {
    final Chunk chunk;
    final int count;

    Window(Chunk chunk, int count) {
      this.chunk = chunk;
      this.count = count;
    }
  }

  /**
   * For a query at {@code sec} in a year not compiled yet: the compiled open time of a few days
   * around it, or null when the query should compile the year. Compiling a year costs about a
   * hundred times a window (holidays of three years, 370 days of rules), which a calendar built
   * for one or two queries never earns back; the answer is the same either way, as a window is
   * compiled by the same code for a shorter range. A window is cut from the rules alone, so
   * only rules calendars have them; algebra compiles its operands' years.
   */
  private Chunk window(long sec) {
    Window w = window;
    if (w != null && w.chunk.start <= sec && sec < w.chunk.end) {
      return w.chunk;
    }
    int count = w == null ? 0 : w.count;
    if (count >= MAX_WINDOWS || sec >= MAX_SECOND || !(definition instanceof RulesDefinition)) {
      return null;
    }
    long day = Math.floorDiv(sec, 86_400L) * 86_400L;
    long start = Math.max(MIN_SECOND, day - WINDOW_DAYS_BEFORE * 86_400L);
    long end = Math.min(MAX_SECOND, day + WINDOW_DAYS_AFTER * 86_400L);
    Chunk c = new Chunk(start, end, definition.compile(start, end, this));
    window = new Window(c, count + 1);
    return c;
  }

  /** A window around {@code sec} if one may serve, else chunk {@code k}, compiled now. */
  private Chunk windowOrChunk(int k, long sec) {
    Chunk w = window(sec);
    return w != null ? w : chunk(k);
  }

  /** {@link #plus} from a window, or null when no window serves (the year is compiled then). */
  private Instant plusInWindow(long sec, Instant start, Duration d) {
    Chunk w = d.getSeconds() < WINDOW_REACH ? window(sec) : null;
    if (w != null) {
      long base = w.cumNanos(sec, start.getNano());
      if (atMost(d.getSeconds(), d.getNano(), w.totalNanos() - base)) {
        return w.earliestAt(base + d.toNanos());
      }
    }
    return null;
  }

  /** {@link #minus} from a window, or null when no window serves. */
  private Instant minusInWindow(long sec, Instant end, Duration d) {
    Chunk w = d.getSeconds() < WINDOW_REACH ? window(sec) : null;
    if (w != null) {
      long base = w.cumNanos(sec, end.getNano());
      if (atMost(d.getSeconds(), d.getNano(), base)) {
        return w.latestAt(base - d.toNanos());
      }
    }
    return null;
  }

  /** Whether chunk {@code k} is compiled already. */
  boolean isCompiled(int k) {
    AtomicReferenceArray<Chunk> all = chunks;
    return all != null && all.get(k) != null;
  }

  /** The start of chunk {@code k}, an epoch second; {@code k = CHUNKS} gives the end. */
  static long chunkStart(int k) {
    return YEAR_START[k];
  }

  /** The merged open spans within {@code [from, to)}, joined across chunk bounds. */
  long[] spans(long from, long to) {
    if (to <= from) {
      return Spans.EMPTY;
    }
    int k0 = index(from);
    int k1 = index(to - 1);
    if (k0 == k1) {
      return Spans.clip(chunk(k0).spans, from, to);
    }
    long[] all = new long[0];
    int w = 0;
    for (int k = k0; k <= k1; k++) {
      long[] part = Spans.clip(chunk(k).spans, from, to);
      for (int i = 0; i < part.length; i += 2) {
        if (w > 0 && all[w - 1] == part[i]) {
          all[w - 1] = part[i + 1];
        } else {
          if (w + 2 > all.length) {
            all = Arrays.copyOf(all, Math.max(16, all.length * 2));
          }
          all[w++] = part[i];
          all[w++] = part[i + 1];
        }
      }
    }
    return Arrays.copyOf(all, w);
  }

  // ---- point and cumulative queries ----------------------------------------------------------

  boolean isOpen(Instant t) {
    long sec = t.getEpochSecond();
    int k = index(sec);
    Chunk c = compiled(k);
    if (c == null) {
      c = windowOrChunk(k, sec);
    }
    return c.isOpen(sec);
  }

  /**
   * Instants at most this many seconds apart have their open time in a long of nanoseconds
   * (2^63 ns is 9,223,372,036 s, about 292 years); the supported range is longer.
   */
  static final long NANOS_REACH = 9_000_000_000L;

  /** Open time in {@code [from, to)} for {@code from <= to}. */
  Duration between(Instant from, Instant to) {
    long fs = from.getEpochSecond();
    long ts = to.getEpochSecond();
    if (ts - fs <= NANOS_REACH) {
      return Duration.ofNanos(betweenNanos(fs, from.getNano(), ts, to.getNano()));
    }
    // centuries apart: always across chunks, in seconds and nanos
    int kf = index(fs);
    int kt = index(ts);
    Chunk cf = chunk(kf);
    long seconds = totalSeconds(kf + 1, kt);
    long nanos =
        cf.totalNanos() - cf.cumNanos(fs, from.getNano()) + chunk(kt).cumNanos(ts, to.getNano());
    return Duration.ofSeconds(seconds, nanos);
  }

  /**
   * Open nanoseconds in {@code [fs + fn, ts + tn)}, instants as epoch seconds and nanos, for
   * {@code fs + fn <= ts + tn} and {@code ts - fs <= NANOS_REACH}.
   */
  long betweenNanos(long fs, int fn, long ts, int tn) {
    Chunk f = flat;
    if (f != null && f.start <= fs && ts < f.end) {
      return f.betweenNanos(fs, fn, ts, tn);
    }
    int kf = index(fs);
    int kt = index(ts);
    Chunk cf = compiled(kf);
    if (cf == null) {
      // a new calendar: a window around the query, when one serves
      Chunk w = ts - fs < WINDOW_REACH ? window(fs) : null;
      if (w != null && ts < w.end) {
        return w.betweenNanos(fs, fn, ts, tn);
      }
      cf = chunk(kf);
    }
    if (kf == kt) {
      return cf.betweenNanos(fs, fn, ts, tn);
    }
    long fromNanos = cf.cumNanos(fs, fn);
    long seconds = totalSeconds(kf + 1, kt);
    long nanos = cf.totalNanos() - fromNanos + chunk(kt).cumNanos(ts, tn);
    widenFlat(kf, kt);
    return seconds * Chunk.NANOS + nanos;
  }

  /** The earliest {@code t >= start} with {@code between(start, t) == d}, {@code d > 0}. */
  Instant plus(Instant start, Duration d) {
    long sec = start.getEpochSecond();
    Chunk f = flat;
    if (f != null && f.start <= sec && sec < f.end) {
      long base = f.cumNanos(sec, start.getNano());
      if (atMost(d.getSeconds(), d.getNano(), f.totalNanos() - base)) {
        return f.earliestAt(base + d.toNanos());
      }
    }
    int k = index(sec);
    Chunk c = compiled(k);
    if (c == null) {
      Instant inWindow = plusInWindow(sec, start, d);
      if (inWindow != null) {
        return inWindow;
      }
      c = chunk(k);
    }
    long base = c.cumNanos(sec, start.getNano());
    long available = c.totalNanos() - base;
    if (atMost(d.getSeconds(), d.getNano(), available)) {
      return c.earliestAt(base + d.toNanos());
    }
    Instant found = plusAcross(k, available, start, d);
    widenFlat(k, index(found.getEpochSecond()));
    return found;
  }

  /**
   * {@link #plus} when the answer lies beyond chunk {@code k}, in which {@code available}
   * nanoseconds are open after {@code start}.
   */
  private Instant plusAcross(int k, long available, Instant start, Duration d) {
    // the rest lies in later chunks: find the first chunk whose running total reaches it
    long restSeconds = d.getSeconds() - available / Chunk.NANOS;
    long restNanos = d.getNano() - available % Chunk.NANOS;
    if (restNanos < 0) {
      restNanos += Chunk.NANOS;
      restSeconds--;
    }
    int first = k + 1;
    // Usually the running totals cached so far reach the answer: one search that starts from an
    // interpolated guess (open time grows about evenly with the years), so a span of ten years
    // costs about what a span of one does.
    Prefix cached = prefix.get();
    if (cached != null && cached.lo <= first && first <= cached.hi()) {
      long[] cum = cached.cum;
      long origin = cum[first - cached.lo];
      if (reaches(cum[cum.length - 1] - origin, restSeconds, restNanos)) {
        // the first chunk j with cum[j + 1] - origin reaching the rest is the last with cum[j] at
        // most this key; no overflow, as the rest is below the cached total
        long key = origin + restSeconds - (restNanos == 0 ? 1 : 0);
        int j = Chunk.lastAtMost(cum, 1, cum.length, key, cached.scale);
        long inChunk = restSeconds - (cum[j] - origin);
        return chunk(cached.lo + j).earliestAt(inChunk * Chunk.NANOS + restNanos);
      }
    }
    return plusWidening(first, restSeconds, restNanos, start, d);
  }

  /** {@link #plusAcross} when the cached running totals do not reach the answer: widens them. */
  private Instant plusWidening(
      int first, long restSeconds, long restNanos, Instant start, Duration d) {
    for (int span = 4; ; span *= 2) {
      int to = (int) Math.min(CHUNKS, (long) first + span);
      Prefix p = prefix(first, to);
      long origin = p.at(first);
      if (reaches(p.at(to) - origin, restSeconds, restNanos)) {
        int lo = first;
        int hi = to - 1;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (reaches(p.at(mid + 1) - origin, restSeconds, restNanos)) {
            hi = mid;
          } else {
            lo = mid + 1;
          }
        }
        long inChunk = restSeconds - (p.at(lo) - origin);
        return chunk(lo).earliestAt(inChunk * Chunk.NANOS + restNanos);
      }
      if (to == CHUNKS) {
        throw new DateTimeException(
            "Calendar " + SafeText.shown(definition.describe()) + " has less than " + d
                + " of open time between " + start + " and the end of the supported range "
                + MAX + ": plus has no result");
      }
    }
  }

  /** The latest {@code t <= end} with {@code between(t, end) == d}, {@code d > 0}. */
  Instant minus(Instant end, Duration d) {
    long sec = end.getEpochSecond();
    Chunk f = flat;
    if (f != null && f.start <= sec && sec < f.end) {
      long base = f.cumNanos(sec, end.getNano());
      if (atMost(d.getSeconds(), d.getNano(), base)) {
        return f.latestAt(base - d.toNanos());
      }
    }
    int k = index(sec);
    Chunk c = compiled(k);
    if (c == null) {
      Instant inWindow = minusInWindow(sec, end, d);
      if (inWindow != null) {
        return inWindow;
      }
      c = chunk(k);
    }
    long base = c.cumNanos(sec, end.getNano());
    if (atMost(d.getSeconds(), d.getNano(), base)) {
      return c.latestAt(base - d.toNanos());
    }
    Instant found = minusAcross(k, base, end, d);
    widenFlat(index(found.getEpochSecond()), k);
    return found;
  }

  /**
   * {@link #minus} when the answer lies before chunk {@code k}, in which {@code base}
   * nanoseconds are open before {@code end}.
   */
  private Instant minusAcross(int k, long base, Instant end, Duration d) {
    long restSeconds = d.getSeconds() - base / Chunk.NANOS;
    long restNanos = d.getNano() - base % Chunk.NANOS;
    if (restNanos < 0) {
      restNanos += Chunk.NANOS;
      restSeconds--;
    }
    int last = k - 1;
    // as in plusAcross: one interpolated search when the cached running totals reach the answer
    Prefix cached = prefix.get();
    if (cached != null && cached.lo <= last && k <= cached.hi()) {
      long[] cum = cached.cum;
      long top = cum[k - cached.lo];
      if (reaches(top - cum[0], restSeconds, restNanos)) {
        // the last chunk j with top - cum[j] reaching the rest is the last with cum[j] at most
        // this key, which is below top, so j < k
        long key = top - restSeconds - (restNanos == 0 ? 0 : 1);
        int j = Chunk.lastAtMost(cum, 1, k - cached.lo + 1, key, cached.scale);
        long inChunk = restSeconds - (top - cum[j + 1]);
        Chunk found = chunk(cached.lo + j);
        return found.latestAt(found.totalNanos() - (inChunk * Chunk.NANOS + restNanos));
      }
    }
    return minusWidening(last, restSeconds, restNanos, end, d);
  }

  /** {@link #minusAcross} when the cached running totals do not reach the answer: widens them. */
  private Instant minusWidening(
      int last, long restSeconds, long restNanos, Instant end, Duration d) {
    for (int span = 4; ; span *= 2) {
      int from = (int) Math.max(0, (long) last + 1 - span);
      Prefix p = prefix(from, last + 1);
      long top = p.at(last + 1);
      if (last >= 0 && reaches(top - p.at(from), restSeconds, restNanos)) {
        int lo = from;
        int hi = last;
        while (lo < hi) {
          int mid = (lo + hi + 1) >>> 1;
          if (reaches(top - p.at(mid), restSeconds, restNanos)) {
            lo = mid;
          } else {
            hi = mid - 1;
          }
        }
        long inChunk = restSeconds - (top - p.at(lo + 1));
        Chunk found = chunk(lo);
        return found.latestAt(found.totalNanos() - (inChunk * Chunk.NANOS + restNanos));
      }
      if (from == 0) {
        throw new DateTimeException(
            "Calendar " + SafeText.shown(definition.describe()) + " has less than " + d
                + " of open time between the start of the supported range " + MIN + " and "
                + end + ": minus has no result");
      }
    }
  }

  /** Whether {@code seconds + nanos} (nanos below one second) is at most {@code limitNanos}. */
  private static boolean atMost(long seconds, long nanos, long limitNanos) {
    long limitSeconds = limitNanos / Chunk.NANOS;
    return seconds < limitSeconds || (seconds == limitSeconds && nanos <= limitNanos % Chunk.NANOS);
  }

  /** Whether whole {@code seconds} of open time reach {@code restSeconds + restNanos}. */
  private static boolean reaches(long seconds, long restSeconds, long restNanos) {
    return seconds > restSeconds || (seconds == restSeconds && restNanos == 0);
  }

  // ---- flat: consecutive years as one chunk ------------------------------------------------------

  /**
   * Most years a flat chunk joins. Its running total of open nanoseconds must fit a {@code long}
   * (292 years of open time do); 64 years keep it far below that and cover every span a service
   * desk asks about.
   */
  static final int MAX_FLAT_YEARS = 64;

  /** Most spans a flat chunk holds: 128 Ki spans are 3 MiB of arrays. */
  static final int MAX_FLAT_SPANS = 1 << 17;

  /**
   * Consecutive compiled years joined into one chunk once a query has crossed a year bound, or
   * null before. A query that lies inside it is two searches in it, whatever its span, instead of
   * a search in the first year, one in the running totals and one in the last year: so a query
   * over ten years costs about what one over an hour does. Immutable and replaced whole, by a
   * wider one only (a query range that overlaps or touches it), so a calendar builds at most
   * {@value #MAX_FLAT_YEARS} of them; two threads that widen it at once may leave either one,
   * and both answer alike.
   */
  private volatile Chunk flat;

  /**
   * Joins chunks {@code [from, to]}, which a query has just compiled, to the flat chunk when they
   * overlap or touch it (or when there is none yet) and the result stays within {@link
   * #MAX_FLAT_YEARS} and {@link #MAX_FLAT_SPANS}; otherwise leaves it as it is.
   */
  private void widenFlat(int from, int to) {
    Chunk f = flat;
    int lo = from;
    int hi = to;
    if (f != null) {
      int flo = index(f.start);
      int fhi = index(f.end - 1);
      // a range inside it never gets here (the flat chunk answers its query), apart from a race
      if (to + 1 < flo || fhi + 1 < from) {
        return;
      }
      lo = Math.min(lo, flo);
      hi = Math.max(hi, fhi);
    }
    if (hi - lo + 1 > MAX_FLAT_YEARS) {
      return;
    }
    int spans = 0;
    for (int k = lo; k <= hi; k++) {
      spans += chunk(k).count();
    }
    if (spans > MAX_FLAT_SPANS) {
      return;
    }
    long[] joined = new long[2 * spans];
    int w = 0;
    for (int k = lo; k <= hi; k++) {
      long[] part = chunk(k).spans;
      int skip = 0;
      // an open stretch across the year bound becomes one span again: a calendar open around
      // the clock is then one span however many years it joins
      if (w > 0 && part.length > 0 && joined[w - 1] == part[0]) {
        joined[w - 1] = part[1];
        skip = 2;
      }
      System.arraycopy(part, skip, joined, w, part.length - skip);
      w += part.length - skip;
    }
    flat = new Chunk(YEAR_START[lo], YEAR_START[hi + 1],
        w == joined.length ? joined : Arrays.copyOf(joined, w));
  }

  /** The flat chunk, or null. For tests. */
  Chunk flatChunk() {
    return flat;
  }

  /** The chunks {@code [first, last]} the flat chunk joins, or null. For tests. */
  int[] flatRange() {
    Chunk f = flat;
    return f == null ? null : new int[] {index(f.start), index(f.end - 1)};
  }

  // ---- running totals across chunks ------------------------------------------------------------

  /**
   * Running totals of open seconds over a contiguous range of chunks, so that a span of many
   * years costs two array reads instead of a walk. Replaced, never changed, when a query needs a
   * wider range; a reader always sees a complete snapshot.
   */
  private static final class Prefix {
    final int lo;
    /** {@code cum[i]} = open seconds in chunks {@code lo .. lo + i - 1}. */
    final long[] cum;

    /** {@link Chunk#scale} of the totals: years hold about equal open time. */
    final double scale;

    Prefix(int lo, long[] cum) {
      this.lo = lo;
      this.cum = cum;
      this.scale = Chunk.scale(cum, 1, cum.length);
    }

    int hi() {
      return lo + cum.length - 1;
    }

    /** Open seconds in chunks {@code lo .. k - 1}. */
    long at(int k) {
      return cum[k - lo];
    }
  }

  private final AtomicReference<Prefix> prefix = new AtomicReference<>();

  /** Running totals covering chunks {@code [from, to)}, widening the cached range as needed. */
  private Prefix prefix(int from, int to) {
    Prefix p = prefix.get();
    if (p != null && p.lo <= from && to <= p.hi()) {
      return p;
    }
    int lo = from;
    int hi = to;
    if (p != null && p.lo <= to && from <= p.hi()) {
      lo = Math.min(lo, p.lo);
      hi = Math.max(hi, p.hi());
    }
    long[] cum = new long[hi - lo + 1];
    for (int k = lo; k < hi; k++) {
      cum[k - lo + 1] = cum[k - lo] + chunk(k).totalSeconds();
    }
    Prefix wider = new Prefix(lo, cum);
    prefix.set(wider);
    return wider;
  }

  /** Open seconds in whole chunks {@code [from, to)}. */
  private long totalSeconds(int from, int to) {
    if (to - from <= 2) {
      long sum = 0;
      for (int k = from; k < to; k++) {
        sum += chunk(k).totalSeconds();
      }
      return sum;
    }
    Prefix p = prefix(from, to);
    return p.at(to) - p.at(from);
  }

  // ---- stretches -------------------------------------------------------------------------------

  /** Marks "no such instant"; epoch seconds before 1970 are negative, so -1 cannot. */
  private static final long NONE = Long.MIN_VALUE;

  /** Start of the first span that starts after {@code sec} (the instant is closed), or {@link #NONE}. */
  private long nextSpanStartAfter(long sec) {
    int k = index(sec);
    Chunk c = chunk(k);
    int i = c.floor(sec) + 1;
    if (i < c.count()) {
      return c.spanStart(i);
    }
    for (k++; k < CHUNKS; k++) {
      c = chunk(k);
      if (c.count() > 0) {
        return c.spanStart(0);
      }
    }
    return NONE;
  }

  Instant nextOpen(Instant t) {
    long sec = t.getEpochSecond();
    if (chunk(index(sec)).isOpen(sec)) {
      return t;
    }
    long s = nextSpanStartAfter(sec);
    return s == NONE ? null : Instant.ofEpochSecond(s);
  }

  Instant nextClose(Instant t) {
    long sec = t.getEpochSecond();
    int k = index(sec);
    Chunk c = chunk(k);
    int i = c.floor(sec);
    if (i < 0 || sec >= c.spanEnd(i)) {
      long s = nextSpanStartAfter(sec);
      if (s == NONE) {
        return null;
      }
      k = index(s);
      c = chunk(k);
      i = c.floor(s);
    }
    long end = c.spanEnd(i);
    // an open stretch continues across a chunk bound when the next chunk opens at its start
    while (i == c.count() - 1 && end == c.end && k + 1 < CHUNKS) {
      Chunk next = chunk(k + 1);
      if (next.count() == 0 || next.spanStart(0) != next.start) {
        break;
      }
      k++;
      c = next;
      i = 0;
      end = c.spanEnd(0);
    }
    return end >= MAX_SECOND ? null : Instant.ofEpochSecond(end);
  }

  /** The index pair (chunk, span) of the last span that ends at or before {@code sec}; null if none. */
  private int[] lastSpanEndingBy(long sec) {
    int k = index(sec);
    Chunk c = chunk(k);
    int i = c.floor(sec);
    if (i >= 0 && c.spanEnd(i) > sec) {
      i--;
    }
    while (i < 0) {
      k--;
      if (k < 0) {
        return null;
      }
      c = chunk(k);
      i = c.count() - 1;
    }
    return new int[] {k, i};
  }

  /** Walks back from span (k, i) to the first span of its maximal stretch. */
  private int[] stretchStart(int k, int i) {
    Chunk c = chunk(k);
    while (i == 0 && c.spanStart(0) == c.start && k > 0) {
      Chunk prev = chunk(k - 1);
      if (prev.count() == 0 || prev.spanEnd(prev.count() - 1) != prev.end) {
        break;
      }
      k--;
      c = prev;
      i = c.count() - 1;
    }
    return new int[] {k, i};
  }

  Instant previousOpen(Instant t) {
    long sec = t.getEpochSecond();
    int k = index(sec);
    Chunk c = chunk(k);
    int[] at;
    if (c.isOpen(sec)) {
      at = new int[] {k, c.floor(sec)};
    } else {
      at = lastSpanEndingBy(sec);
      if (at == null) {
        return null;
      }
    }
    int[] first = stretchStart(at[0], at[1]);
    long s = chunk(first[0]).spanStart(first[1]);
    return s <= MIN_SECOND ? null : Instant.ofEpochSecond(s);
  }

  Instant previousClose(Instant t) {
    long sec = t.getEpochSecond();
    int k = index(sec);
    Chunk c = chunk(k);
    if (c.isOpen(sec)) {
      int[] first = stretchStart(k, c.floor(sec));
      long s = chunk(first[0]).spanStart(first[1]);
      if (s <= MIN_SECOND) {
        return null;
      }
      // the span before a maximal stretch ends strictly before the stretch starts
      int[] before = lastSpanEndingBy(s);
      if (before == null) {
        return null;
      }
      return Instant.ofEpochSecond(chunk(before[0]).spanEnd(before[1]));
    }
    int[] at = lastSpanEndingBy(sec);
    return at == null ? null : Instant.ofEpochSecond(chunk(at[0]).spanEnd(at[1]));
  }

  // ---- working days ------------------------------------------------------------------------

  int[] workingDays(int year) {
    int y = year - FIRST_YEAR;
    AtomicReferenceArray<int[]> all = workingDays;
    if (all == null) {
      all = new AtomicReferenceArray<>(CHUNKS);
      workingDays = all;
    }
    int[] days = all.get(y);
    if (days == null) {
      days = definition.workingDays(year, this);
      all.set(y, days);
    }
    return days;
  }

  static LocalDate localDate(long epochSecond, ZoneId zone) {
    ZoneOffset offset = zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond));
    return LocalDateTime.ofEpochSecond(epochSecond, 0, offset).toLocalDate();
  }

  /** The cached running totals, or null before any query needed them. For tests. */
  Object cachedTotals() {
    return prefix.get();
  }

  /** The chunks {@code [first, last]} the cached running totals cover, or null. For tests. */
  int[] cachedTotalsRange() {
    Prefix p = prefix.get();
    return p == null ? null : new int[] {p.lo, p.hi()};
  }
}
