package dev.servicelevel.benchmarks;

import dev.servicelevel.benchmarks.CalendarDefinition.Closure;
import dev.servicelevel.benchmarks.CalendarDefinition.DateHours;
import dev.servicelevel.benchmarks.CalendarDefinition.WeeklyHours;
import dev.servicelevel.calendar.HolidayRule;
import dev.servicelevel.calendar.ObservedShift;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline the benchmarks measure against: business-time arithmetic done the obvious way,
 * one local date at a time.
 *
 * <p>For every date a query touches it looks up the date's per-date hours, holidays and weekly
 * hours (API-CONTRACT.md rules 2 to 4), maps each interval to instants with {@link
 * ZonedDateTime#of} (rule 5) and cuts the closures out. {@link #between}, {@link #plus} and
 * {@link #minus} walk dates from their starting instant until they are done (rules 6 and 7), so
 * their cost grows with the span. Nothing is precompiled beyond tidying the definition (each
 * day's local windows mapped one by one, closures mapped to instants); the only memory is the set of
 * observed holiday dates per year, which any simple implementation would keep, so that the
 * baseline is not slower than it needs to be.
 *
 * <p>Written for clarity and checked against hand-computed values and against {@code
 * BusinessCalendar}; it supports the same instants (1900-01-01 to 2400-01-01 UTC) and throws
 * {@link DateTimeException} for anything outside them.
 *
 * <pre>{@code
 * NaiveCalendar office = new NaiveCalendar(definition);
 * Instant deadline = office.plus(ticketOpened, Duration.ofHours(4));
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
final class NaiveCalendar {

  /** The earliest supported instant, as for the real calendar. */
  static final Instant MIN_SUPPORTED = Instant.parse("1900-01-01T00:00:00Z");

  /** The latest supported instant, as for the real calendar. */
  static final Instant MAX_SUPPORTED = Instant.parse("2400-01-01T00:00:00Z");

  /**
   * Local date-times map to instants at most this far from the same date-time read as UTC:
   * offsets lie within ±18 hours, and a time in a gap is read with the offset before the gap. So
   * it bounds which dates can hold an interval near a given instant.
   */
  private static final Duration MAX_OFFSET = Duration.ofHours(18);

  private static final int SECONDS_PER_DAY = 86_400;

  private static final Comparator<Instant[]> BY_START = Comparator.comparing(iv -> iv[0]);
  private static final Comparator<Instant[]> BY_END_DESCENDING =
      Comparator.comparing((Instant[] iv) -> iv[1]).reversed();

  private final CalendarDefinition definition;
  private final ZoneId zone;
  /** Per day of the week: merged local windows, see {@link #merge(List)}. */
  private final Map<DayOfWeek, int[]> weekly = new EnumMap<>(DayOfWeek.class);
  private final Set<DayOfWeek> weekend = EnumSet.allOf(DayOfWeek.class);
  /** Per date with its own hours: merged local windows. */
  private final Map<LocalDate, int[]> dateHours = new HashMap<>();
  private final Instant[] closureStarts;
  private final Instant[] closureEnds;
  private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

  /**
   * Creates the baseline for a definition.
   *
   * @param definition  the rules, not null
   */
  NaiveCalendar(CalendarDefinition definition) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.zone = definition.zone();
    Map<DayOfWeek, List<long[]>> weeklyWindows = new EnumMap<>(DayOfWeek.class);
    for (WeeklyHours hours : definition.weeklyHours()) {
      weeklyWindows.computeIfAbsent(hours.day(), d -> new ArrayList<>())
          .add(window(hours.start(), hours.end()));
      weekend.remove(hours.day());
    }
    weeklyWindows.forEach((day, windows) -> weekly.put(day, toInts(sorted(windows))));
    Map<LocalDate, List<long[]>> dateWindows = new HashMap<>();
    for (DateHours hours : definition.dateHours()) {
      dateWindows.computeIfAbsent(hours.date(), d -> new ArrayList<>())
          .add(window(hours.start(), hours.end()));
    }
    dateWindows.forEach((date, windows) -> dateHours.put(date, toInts(sorted(windows))));

    // Each closure maps to instants on its own (like weekly hours: a local time in a DST gap
    // moves past the gap's end, so merging before mapping could change the result); the mapped
    // ranges are then merged as instants.
    List<long[]> localClosures = new ArrayList<>();
    for (Closure closure : definition.closures()) {
      localClosures.add(new long[] {
          closure.start().toEpochSecond(ZoneOffset.UTC), closure.end().toEpochSecond(ZoneOffset.UTC)
      });
    }
    List<Instant[]> closures = new ArrayList<>();
    for (long[] local : localClosures) {
      Instant start = ZonedDateTime.of(utcDateTime(local[0]), zone).toInstant();
      Instant end = ZonedDateTime.of(utcDateTime(local[1]), zone).toInstant();
      if (end.isAfter(start)) {
        closures.add(new Instant[] {start, end});
      }
    }
    closures.sort(BY_START);
    List<Instant[]> merged = new ArrayList<>();
    for (Instant[] closure : closures) {
      Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !closure[0].isAfter(last[1])) {
        last[1] = closure[1].isAfter(last[1]) ? closure[1] : last[1];
      } else {
        merged.add(closure);
      }
    }
    closureStarts = merged.stream().map(iv -> iv[0]).toArray(Instant[]::new);
    closureEnds = merged.stream().map(iv -> iv[1]).toArray(Instant[]::new);
  }

  /**
   * Checks if the calendar is open at an instant.
   *
   * @param t  the instant, not null
   * @return true if an open interval contains {@code t} and no closure does
   * @throws DateTimeException if {@code t} is outside the supported range
   */
  boolean isOpen(Instant t) {
    checkInRange(t, "t");
    LocalDate last = utcDate(t.plus(MAX_OFFSET));
    List<Instant[]> intervals = new ArrayList<>();
    for (LocalDate date = utcDate(t.minus(MAX_OFFSET)).minusDays(2);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      intervalsOn(date, intervals);
    }
    for (Instant[] iv : intervals) {
      if (!iv[0].isAfter(t) && iv[1].isAfter(t)) {
        return !inClosure(t);
      }
    }
    return false;
  }

  /**
   * Sums the open time in {@code [from, to)}, or its negation when {@code to} is before
   * {@code from}.
   *
   * @param from  the start, inclusive, not null
   * @param to  the end, exclusive, not null
   * @return the open time, exact to the nanosecond, not null
   * @throws DateTimeException if an argument is outside the supported range
   */
  Duration between(Instant from, Instant to) {
    checkInRange(from, "from");
    checkInRange(to, "to");
    if (to.isBefore(from)) {
      return between(to, from).negated();
    }
    Duration sum = Duration.ZERO;
    ForwardWalk walk = new ForwardWalk(from);
    for (Instant[] piece = walk.next(); piece != null && piece[0].isBefore(to); piece = walk.next()) {
      Instant end = piece[1].isAfter(to) ? to : piece[1];
      sum = sum.plus(Duration.between(piece[0], end));
    }
    return sum;
  }

  /**
   * Finds the earliest instant {@code t >= start} with {@code between(start, t)} equal to the
   * business time.
   *
   * @param start  the instant to count from, not null
   * @param businessTime  the open time to add, not negative, not null
   * @return the instant, not null
   * @throws IllegalArgumentException if {@code businessTime} is negative
   * @throws DateTimeException if {@code start} or the result is outside the supported range
   */
  Instant plus(Instant start, Duration businessTime) {
    checkInRange(start, "start");
    Duration remaining = notNegative(businessTime);
    if (remaining.isZero()) {
      return start;
    }
    ForwardWalk walk = new ForwardWalk(start);
    for (Instant[] piece = walk.next(); piece != null; piece = walk.next()) {
      Duration length = Duration.between(piece[0], piece[1]);
      if (length.compareTo(remaining) >= 0) {
        return checkResult(piece[0].plus(remaining), start, businessTime);
      }
      remaining = remaining.minus(length);
    }
    throw new DateTimeException(
        "Calendar does not hold " + businessTime + " of open time after " + start
            + " within the supported range: " + definition);
  }

  /**
   * Finds the latest instant {@code t <= end} with {@code between(t, end)} equal to the business
   * time.
   *
   * @param end  the instant to count back from, not null
   * @param businessTime  the open time to subtract, not negative, not null
   * @return the instant, not null
   * @throws IllegalArgumentException if {@code businessTime} is negative
   * @throws DateTimeException if {@code end} or the result is outside the supported range
   */
  Instant minus(Instant end, Duration businessTime) {
    checkInRange(end, "end");
    Duration remaining = notNegative(businessTime);
    if (remaining.isZero()) {
      return end;
    }
    BackwardWalk walk = new BackwardWalk(end);
    for (Instant[] piece = walk.next(); piece != null; piece = walk.next()) {
      Duration length = Duration.between(piece[0], piece[1]);
      if (length.compareTo(remaining) >= 0) {
        return checkResult(piece[1].minus(remaining), end, businessTime);
      }
      remaining = remaining.minus(length);
    }
    throw new DateTimeException(
        "Calendar does not hold " + businessTime + " of open time before " + end
            + " within the supported range: " + definition);
  }

  /**
   * Outputs the definition this baseline answers for.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "NaiveCalendar[" + definition + "]";
  }

  /**
   * A window as local seconds from the midnight of the date it starts on; an end not after the
   * start is on the next day, so ends run up to 48 hours (rule 2).
   */
  private static long[] window(LocalTime start, LocalTime end) {
    long s = start.toSecondOfDay();
    long e = end.toSecondOfDay();
    return new long[] {s, e <= s ? e + SECONDS_PER_DAY : e};
  }

  /**
   * Sorts a day's local windows by start. They are not merged in local terms: each maps to
   * instants on its own and the instants merge afterwards (rules 2 and 5).
   */
  private static List<long[]> sorted(List<long[]> ranges) {
    List<long[]> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingLong(r -> r[0]));
    return sorted;
  }

  private static int[] toInts(List<long[]> windows) {
    int[] out = new int[windows.size() * 2];
    for (int i = 0; i < windows.size(); i++) {
      out[2 * i] = (int) windows.get(i)[0];
      out[2 * i + 1] = (int) windows.get(i)[1];
    }
    return out;
  }

  private static LocalDateTime utcDateTime(long epochSecond) {
    return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
  }

  /**
   * Adds the intervals that start on a date, before closures, per rules 2 to 5: the date's own
   * hours if it has any, else nothing on a holiday, else the weekly hours.
   */
  private void intervalsOn(LocalDate date, List<Instant[]> out) {
    int[] windows = dateHours.get(date);
    if (windows == null) {
      windows = weekly.get(date.getDayOfWeek());
      if (windows == null || isHoliday(date)) {
        return;
      }
    }
    for (int i = 0; i < windows.length; i += 2) {
      Instant from = toInstant(date, windows[i]);
      Instant to = toInstant(date, windows[i + 1]);
      if (to.isAfter(from)) {
        out.add(new Instant[] {from, to});
      }
    }
  }

  /** Rule 5: local seconds from a date's midnight (up to 48 h) to an instant. */
  private Instant toInstant(LocalDate date, int secondOfWindow) {
    LocalDate day = date.plusDays(secondOfWindow / SECONDS_PER_DAY);
    LocalTime time = LocalTime.ofSecondOfDay(secondOfWindow % SECONDS_PER_DAY);
    return ZonedDateTime.of(day, time, zone).toInstant();
  }

  private boolean isHoliday(LocalDate date) {
    return holidaysByYear.computeIfAbsent(date.getYear(), this::placeHolidays).contains(date);
  }

  /**
   * The observed holiday dates in a year, placed as {@link ObservedShift} describes. Holidays
   * whose date needs no search are placed first: those not on a weekend day, those that stay, and
   * those moved to a fixed day ({@link ObservedShift#NEAREST_WEEKDAY}, {@link
   * ObservedShift#NEXT_MONDAY}). Then the {@link ObservedShift#NEXT_WORKING_DAY} ones on weekend
   * days, in order of their natural dates, each to the next date that is neither a weekend day
   * nor already placed. The neighbouring years take part because Easter offsets and shifts cross
   * year ends: a rule's date for one year lies at most about ten months from it (Easter ± 300
   * days), so the year before and the year after are all that can reach it, as in {@code
   * BusinessCalendar.holidays(Year)}; more would only make the baseline slower.
   */
  private Set<LocalDate> placeHolidays(int year) {
    Set<LocalDate> placed = new HashSet<>();
    List<LocalDate> searching = new ArrayList<>();
    for (int y = year - 1; y <= year + 1; y++) {
      for (HolidayRule rule : definition.holidays()) {
        LocalDate natural = rule.naturalDate(y).orElse(null);
        if (natural == null) {
          continue;
        }
        boolean onWeekend = weekend.size() < 7 && weekend.contains(natural.getDayOfWeek());
        if (!onWeekend) {
          placed.add(natural);
        } else if (rule.shift() == ObservedShift.NEXT_WORKING_DAY) {
          searching.add(natural);
        } else {
          placed.add(fixedShift(natural, rule.shift()));
        }
      }
    }
    searching.sort(Comparator.naturalOrder());
    for (LocalDate natural : searching) {
      LocalDate date = natural.plusDays(1);
      while (weekend.contains(date.getDayOfWeek()) || placed.contains(date)) {
        date = date.plusDays(1);
      }
      placed.add(date);
    }
    Set<LocalDate> inYear = new HashSet<>();
    for (LocalDate date : placed) {
      if (date.getYear() == year) {
        inYear.add(date);
      }
    }
    return inYear;
  }

  /** Where a holiday on a weekend day goes under a shift that names a fixed day. */
  private static LocalDate fixedShift(LocalDate natural, ObservedShift shift) {
    DayOfWeek day = natural.getDayOfWeek();
    switch (shift) {
      case NEAREST_WEEKDAY:
        if (day == DayOfWeek.SATURDAY) {
          return natural.minusDays(1);
        }
        return day == DayOfWeek.SUNDAY ? natural.plusDays(1) : natural;
      case NEXT_MONDAY:
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
            ? natural.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            : natural;
      default:
        return natural;
    }
  }

  private boolean inClosure(Instant t) {
    for (int i = 0; i < closureStarts.length; i++) {
      if (!closureStarts[i].isAfter(t) && closureEnds[i].isAfter(t)) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate utcDate(Instant t) {
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }

  private static Duration notNegative(Duration businessTime) {
    Objects.requireNonNull(businessTime, "businessTime");
    if (businessTime.isNegative()) {
      throw new IllegalArgumentException("Business time must not be negative: " + businessTime);
    }
    return businessTime;
  }

  private void checkInRange(Instant t, String name) {
    Objects.requireNonNull(t, name);
    if (t.isBefore(MIN_SUPPORTED) || t.isAfter(MAX_SUPPORTED)) {
      throw new DateTimeException(
          "Instant " + name + " is outside the supported range " + MIN_SUPPORTED + " to "
              + MAX_SUPPORTED + ": " + t);
    }
  }

  private Instant checkResult(Instant result, Instant from, Duration businessTime) {
    if (result.isBefore(MIN_SUPPORTED) || result.isAfter(MAX_SUPPORTED)) {
      throw new DateTimeException(
          "Result " + result + " of moving " + businessTime + " from " + from
              + " is outside the supported range: " + definition);
    }
    return result;
  }

  /**
   * Yields the open time from an instant on as disjoint pieces in increasing order, generating
   * the intervals of one date after the other. Intervals of later dates can start before those
   * of earlier ones (a local time in a gap moves forward), so an interval is only handed on once
   * no date still to come can start before it.
   */
  private final class ForwardWalk {
    private final PriorityQueue<Instant[]> pending = new PriorityQueue<>(BY_START);
    private final List<Instant[]> day = new ArrayList<>();
    private final LocalDate lastDate = utcDate(MAX_SUPPORTED).plusDays(2);
    private LocalDate nextDate;
    private Instant covered;
    private Instant[] rest;
    private int closure;

    ForwardWalk(Instant from) {
      this.nextDate = utcDate(from.minus(MAX_OFFSET)).minusDays(2);
      this.covered = from;
    }

    /** The next open piece, closures cut out; null after the supported range. */
    Instant[] next() {
      while (true) {
        Instant[] piece = rest != null ? rest : nextUnion();
        rest = null;
        if (piece == null) {
          return null;
        }
        while (closure < closureEnds.length && !closureEnds[closure].isAfter(piece[0])) {
          closure++;
        }
        if (closure == closureEnds.length || !closureStarts[closure].isBefore(piece[1])) {
          return piece;
        }
        if (closureEnds[closure].isBefore(piece[1])) {
          rest = new Instant[] {closureEnds[closure], piece[1]};
        }
        if (closureStarts[closure].isAfter(piece[0])) {
          return new Instant[] {piece[0], closureStarts[closure]};
        }
      }
    }

    private Instant[] nextUnion() {
      while (true) {
        while (nextDate.isBefore(lastDate)
            && (pending.isEmpty() || !pending.peek()[0].isBefore(earliestStartOn(nextDate)))) {
          day.clear();
          intervalsOn(nextDate, day);
          pending.addAll(day);
          nextDate = nextDate.plusDays(1);
        }
        Instant[] iv = pending.poll();
        if (iv == null) {
          return null;
        }
        Instant start = iv[0].isAfter(covered) ? iv[0] : covered;
        if (iv[1].isAfter(start)) {
          covered = iv[1];
          return new Instant[] {start, iv[1]};
        }
      }
    }

    private Instant earliestStartOn(LocalDate date) {
      return date.atStartOfDay().toInstant(ZoneOffset.UTC).minus(MAX_OFFSET);
    }
  }

  /** Yields the open time before an instant as disjoint pieces, latest first. */
  private final class BackwardWalk {
    private final PriorityQueue<Instant[]> pending = new PriorityQueue<>(BY_END_DESCENDING);
    private final List<Instant[]> day = new ArrayList<>();
    private final LocalDate firstDate = utcDate(MIN_SUPPORTED).minusDays(2);
    private LocalDate previousDate;
    private Instant covered;
    private Instant[] rest;
    private int closure;

    BackwardWalk(Instant to) {
      this.previousDate = utcDate(to.plus(MAX_OFFSET)).plusDays(1);
      this.covered = to;
      this.closure = closureStarts.length - 1;
    }

    /** The previous open piece, closures cut out; null before the supported range. */
    Instant[] next() {
      while (true) {
        Instant[] piece = rest != null ? rest : previousUnion();
        rest = null;
        if (piece == null) {
          return null;
        }
        while (closure >= 0 && !closureStarts[closure].isBefore(piece[1])) {
          closure--;
        }
        if (closure < 0 || !closureEnds[closure].isAfter(piece[0])) {
          return piece;
        }
        if (closureStarts[closure].isAfter(piece[0])) {
          rest = new Instant[] {piece[0], closureStarts[closure]};
        }
        if (closureEnds[closure].isBefore(piece[1])) {
          return new Instant[] {closureEnds[closure], piece[1]};
        }
      }
    }

    private Instant[] previousUnion() {
      while (true) {
        while (previousDate.isAfter(firstDate)
            && (pending.isEmpty() || !pending.peek()[1].isAfter(latestEndOn(previousDate)))) {
          day.clear();
          intervalsOn(previousDate, day);
          pending.addAll(day);
          previousDate = previousDate.minusDays(1);
        }
        Instant[] iv = pending.poll();
        if (iv == null) {
          return null;
        }
        Instant end = iv[1].isBefore(covered) ? iv[1] : covered;
        if (end.isAfter(iv[0])) {
          covered = iv[0];
          return new Instant[] {iv[0], end};
        }
      }
    }

    /** No interval starting on {@code date} or before ends after this instant. */
    private Instant latestEndOn(LocalDate date) {
      return date.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC).plus(MAX_OFFSET);
    }
  }
}
