package dev.servicelevel.testkit;

import dev.servicelevel.calendar.BusinessCalendar;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.threeten.extra.Interval;

/**
 * A deliberately naive reference calendar, computed straight from the rules of API-CONTRACT.md
 * with no cleverness: for every local date, the intervals of rules 2–5 (per-date hours, else
 * nothing on a holiday, else the weekly hours; each mapped on its own with
 * {@link ZonedDateTime#of}, as BusinessCalendar documents, so that overlapping intervals merge
 * instant by instant), their union, minus the closures (each mapped on its own).
 *
 * <p>Unlike {@link ReferenceCalendar}, which holds a window of dates, it answers for the whole
 * supported range: open time is computed one UTC year at a time on demand (memoised, as a model
 * is queried many times per example) and every query is a linear scan over the years it needs.
 * It also models union, intersection, complement and versions (by combining the years of their
 * operands), previous openings and closings, working days and observed holidays. Not
 * thread-safe: a test uses one from one thread.
 */
abstract class NaiveCalendar {

  static final Instant MIN = BusinessCalendar.MIN_SUPPORTED;
  static final Instant MAX = BusinessCalendar.MAX_SUPPORTED;
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2399;

  /** A non-empty half-open range of instants. */
  record Iv(Instant start, Instant end) {
    Iv {
      if (!start.isBefore(end)) {
        throw new IllegalArgumentException("Empty interval: " + start + " / " + end);
      }
    }

    Duration length() {
      return Duration.between(start, end);
    }
  }

  private final ZoneId zone;
  private final Map<Integer, List<Iv>> years = new HashMap<>();

  NaiveCalendar(ZoneId zone) {
    this.zone = zone;
  }

  /** The model of a calendar built from a spec. */
  static NaiveCalendar of(CalendarSpec spec) {
    return new FromSpec(spec);
  }

  ZoneId zone() {
    return zone;
  }

  /** The merged open intervals inside UTC year {@code year}, clipped to it. */
  abstract List<Iv> computeYear(int year);

  final List<Iv> year(int year) {
    return years.computeIfAbsent(year, this::computeYear);
  }

  /**
   * Whether a UTC year is certainly without open time, known without computing it. Only a
   * shortcut that keeps scans over four centuries (an empty or 24x7 operand) quick.
   */
  boolean knownEmpty(int year) {
    return false;
  }

  /** Whether a UTC year is certainly open throughout, known without computing it. */
  boolean knownFull(int year) {
    return false;
  }

  private static List<Iv> whole(int year) {
    return List.of(new Iv(yearStart(year), yearStart(year + 1)));
  }

  // ---- queries ------------------------------------------------------------------------------

  boolean isOpen(Instant t) {
    check(t);
    return !t.equals(MAX) && !openIn(t, t.plusNanos(1)).isEmpty();
  }

  Duration between(Instant from, Instant to) {
    check(from);
    check(to);
    if (to.isBefore(from)) {
      return between(to, from).negated();
    }
    Duration sum = Duration.ZERO;
    for (Iv iv : openIn(from, to)) {
      sum = sum.plus(iv.length());
    }
    return sum;
  }

  Instant plus(Instant start, Duration d) {
    check(start);
    requireNonNegative(d);
    if (d.isZero()) {
      return start;
    }
    Duration remaining = d;
    for (int y = yearOf(start); y <= LAST_YEAR; y++) {
      for (Iv iv : clip(year(y), start, MAX)) {
        if (iv.length().compareTo(remaining) >= 0) {
          return iv.start().plus(remaining);
        }
        remaining = remaining.minus(iv.length());
      }
    }
    throw new DateTimeException("Not enough open time after " + start + " for " + d);
  }

  Instant minus(Instant end, Duration d) {
    check(end);
    requireNonNegative(d);
    if (d.isZero()) {
      return end;
    }
    Duration remaining = d;
    for (int y = yearOf(end); y >= FIRST_YEAR; y--) {
      List<Iv> ivs = clip(year(y), MIN, end);
      for (int i = ivs.size() - 1; i >= 0; i--) {
        Iv iv = ivs.get(i);
        if (iv.length().compareTo(remaining) >= 0) {
          return iv.end().minus(remaining);
        }
        remaining = remaining.minus(iv.length());
      }
    }
    throw new DateTimeException("Not enough open time before " + end + " for " + d);
  }

  Optional<Instant> nextOpen(Instant t) {
    check(t);
    return firstPieceEndingAfter(t).map(piece -> max(piece.start(), t));
  }

  Optional<Instant> nextClose(Instant t) {
    check(t);
    return firstPieceEndingAfter(t).map(this::stretchEnd).filter(end -> end.isBefore(MAX));
  }

  Optional<Instant> previousOpen(Instant t) {
    check(t);
    return lastPieceStartingAtOrBefore(t).map(this::stretchStart).filter(start -> start.isAfter(MIN));
  }

  Optional<Instant> previousClose(Instant t) {
    check(t);
    for (int y = yearOf(t); y >= FIRST_YEAR; y--) {
      List<Iv> ivs = year(y);
      for (int i = ivs.size() - 1; i >= 0; i--) {
        Iv piece = ivs.get(i);
        if (!piece.end().isAfter(t) && !continuesAfter(piece)) {
          return Optional.of(piece.end());
        }
      }
    }
    return Optional.empty();
  }

  List<Interval> openIntervals(Interval range) {
    check(range.getStart());
    check(range.getEnd());
    List<Interval> list = new ArrayList<>();
    for (Iv iv : openIn(range.getStart(), range.getEnd())) {
      list.add(Interval.of(iv.start(), iv.end()));
    }
    return list;
  }

  /** Rule 13 for results of algebra and versions: any open time during the local date. */
  boolean isWorkingDay(LocalDate date) {
    checkYear(date);
    Instant from = date.atStartOfDay(zone).toInstant();
    Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
    return from.isBefore(to)
        && !openIn(max(from, MIN), min(to, MAX)).isEmpty();
  }

  /** The observed holiday dates in a year; calendars made by algebra have none of their own. */
  Set<LocalDate> holidayDates(int year) {
    return Set.of();
  }

  /** Working days are defined for the supported years only, as BusinessCalendar documents. */
  static void checkYear(LocalDate date) {
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw new DateTimeException("Date outside the supported years: " + date);
    }
  }

  LocalDate plusWorkingDays(LocalDate date, int days) {
    checkYear(date);
    if (days < 0) {
      throw new IllegalArgumentException("Days must not be negative: " + days);
    }
    LocalDate last = LocalDate.of(LAST_YEAR, 12, 31);
    LocalDate d = date;
    int left = days;
    while (!d.isAfter(last)) {
      if (isWorkingDay(d)) {
        if (left == 0) {
          return d;
        }
        left--;
      }
      d = d.plusDays(1);
    }
    throw new DateTimeException("No working day in range: " + date + " + " + days);
  }

  // ---- algebra ------------------------------------------------------------------------------

  NaiveCalendar union(NaiveCalendar other) {
    NaiveCalendar self = this;
    return new NaiveCalendar(zone) {
      @Override
      List<Iv> computeYear(int year) {
        if (knownFull(year)) {
          return whole(year);
        }
        List<Iv> all = new ArrayList<>(self.year(year));
        all.addAll(other.year(year));
        return merge(all);
      }

      @Override
      boolean knownEmpty(int year) {
        return self.knownEmpty(year) && other.knownEmpty(year);
      }

      @Override
      boolean knownFull(int year) {
        return self.knownFull(year) || other.knownFull(year);
      }
    };
  }

  NaiveCalendar intersection(NaiveCalendar other) {
    NaiveCalendar self = this;
    return new NaiveCalendar(zone) {
      @Override
      List<Iv> computeYear(int year) {
        if (knownEmpty(year)) {
          return List.of();
        }
        return intersect(self.year(year), other.year(year));
      }

      @Override
      boolean knownEmpty(int year) {
        return self.knownEmpty(year) || other.knownEmpty(year);
      }

      @Override
      boolean knownFull(int year) {
        return self.knownFull(year) && other.knownFull(year);
      }
    };
  }

  NaiveCalendar complement() {
    NaiveCalendar self = this;
    return new NaiveCalendar(zone) {
      @Override
      List<Iv> computeYear(int year) {
        return subtract(whole(year), self.year(year));
      }

      @Override
      boolean knownEmpty(int year) {
        return self.knownFull(year);
      }

      @Override
      boolean knownFull(int year) {
        return self.knownEmpty(year);
      }
    };
  }

  NaiveCalendar replacedFrom(LocalDate date, NaiveCalendar successor) {
    NaiveCalendar self = this;
    Instant cut = date.atStartOfDay(zone).toInstant();
    return new NaiveCalendar(zone) {
      @Override
      List<Iv> computeYear(int year) {
        if (!yearStart(year + 1).isAfter(cut)) {
          return self.year(year);
        }
        if (!yearStart(year).isBefore(cut)) {
          return successor.year(year);
        }
        List<Iv> all = new ArrayList<>(clip(self.year(year), MIN, cut));
        all.addAll(clip(successor.year(year), cut, MAX));
        return merge(all);
      }

      @Override
      boolean knownEmpty(int year) {
        return (!yearStart(year + 1).isAfter(cut) || successor.knownEmpty(year))
            && (!yearStart(year).isBefore(cut) || self.knownEmpty(year));
      }

      @Override
      boolean knownFull(int year) {
        return (!yearStart(year + 1).isAfter(cut) || successor.knownFull(year))
            && (!yearStart(year).isBefore(cut) || self.knownFull(year));
      }
    };
  }

  // ---- scanning -----------------------------------------------------------------------------

  /** The merged open intervals inside {@code [from, to)}, scanning the years in between. */
  final List<Iv> openIn(Instant from, Instant to) {
    List<Iv> all = new ArrayList<>();
    if (!from.isBefore(to)) {
      return all;
    }
    for (int y = yearOf(from); y <= yearOf(to.minusNanos(1)); y++) {
      all.addAll(clip(year(y), from, to));
    }
    return merge(all);
  }

  /** The first piece of open time (cut at UTC years) that ends after {@code t}. */
  private Optional<Iv> firstPieceEndingAfter(Instant t) {
    for (int y = yearOf(t); y <= LAST_YEAR; y++) {
      for (Iv iv : year(y)) {
        if (iv.end().isAfter(t)) {
          return Optional.of(iv);
        }
      }
    }
    return Optional.empty();
  }

  /** The last piece of open time (cut at UTC years) that starts at or before {@code t}. */
  private Optional<Iv> lastPieceStartingAtOrBefore(Instant t) {
    for (int y = yearOf(t); y >= FIRST_YEAR; y--) {
      List<Iv> ivs = year(y);
      for (int i = ivs.size() - 1; i >= 0; i--) {
        if (!ivs.get(i).start().isAfter(t)) {
          return Optional.of(ivs.get(i));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the open time of a piece goes on in the next year's first piece. */
  private boolean continuesAfter(Iv piece) {
    Instant end = piece.end();
    if (!end.isBefore(MAX) || !end.equals(yearStart(yearOf(end)))) {
      return false;
    }
    List<Iv> after = year(yearOf(end));
    return !after.isEmpty() && after.get(0).start().equals(end);
  }

  /** The start of the maximal stretch a piece belongs to, going back across years. */
  private Instant stretchStart(Iv piece) {
    Instant start = piece.start();
    while (start.isAfter(MIN) && start.equals(yearStart(yearOf(start)))) {
      List<Iv> before = year(yearOf(start) - 1);
      if (before.isEmpty() || !before.get(before.size() - 1).end().equals(start)) {
        break;
      }
      start = before.get(before.size() - 1).start();
    }
    return start;
  }

  /** The end of the maximal stretch a piece belongs to, going on across years. */
  private Instant stretchEnd(Iv piece) {
    Iv last = piece;
    while (continuesAfter(last)) {
      last = year(yearOf(last.end())).get(0);
    }
    return last.end();
  }

  // ---- interval arithmetic ------------------------------------------------------------------

  static List<Iv> merge(List<Iv> ivs) {
    List<Iv> sorted = new ArrayList<>(ivs);
    sorted.sort(Comparator.comparing(Iv::start));
    List<Iv> merged = new ArrayList<>();
    for (Iv iv : sorted) {
      if (!merged.isEmpty() && !iv.start().isAfter(merged.get(merged.size() - 1).end())) {
        Iv last = merged.remove(merged.size() - 1);
        merged.add(new Iv(last.start(), max(last.end(), iv.end())));
      } else {
        merged.add(iv);
      }
    }
    return merged;
  }

  static List<Iv> clip(List<Iv> ivs, Instant from, Instant to) {
    List<Iv> clipped = new ArrayList<>();
    for (Iv iv : ivs) {
      Instant s = max(iv.start(), from);
      Instant e = min(iv.end(), to);
      if (s.isBefore(e)) {
        clipped.add(new Iv(s, e));
      }
    }
    return clipped;
  }

  /** The parts of {@code ivs} outside every cut, by one sweep over both sorted lists. */
  static List<Iv> subtract(List<Iv> ivs, List<Iv> cuts) {
    List<Iv> sortedCuts = merge(cuts);
    List<Iv> result = new ArrayList<>();
    int first = 0;
    for (Iv iv : merge(ivs)) {
      while (first < sortedCuts.size() && !sortedCuts.get(first).end().isAfter(iv.start())) {
        first++;
      }
      Instant from = iv.start();
      for (int k = first; k < sortedCuts.size() && sortedCuts.get(k).start().isBefore(iv.end()); k++) {
        Iv cut = sortedCuts.get(k);
        if (cut.start().isAfter(from)) {
          result.add(new Iv(from, cut.start()));
        }
        from = max(from, cut.end());
      }
      if (from.isBefore(iv.end())) {
        result.add(new Iv(from, iv.end()));
      }
    }
    return result;
  }

  /** The parts common to both lists: what is left of {@code a} after cutting out the gaps of {@code b}. */
  static List<Iv> intersect(List<Iv> a, List<Iv> b) {
    List<Iv> mergedA = merge(a);
    if (mergedA.isEmpty()) {
      return mergedA;
    }
    Instant from = mergedA.get(0).start();
    Instant to = mergedA.get(mergedA.size() - 1).end();
    return subtract(mergedA, subtract(List.of(new Iv(from, to)), b));
  }

  static Instant yearStart(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static int yearOf(Instant t) {
    return Math.min(LAST_YEAR, t.atZone(ZoneOffset.UTC).getYear());
  }

  static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static void check(Instant t) {
    Objects.requireNonNull(t, "t");
    if (t.isBefore(MIN) || t.isAfter(MAX)) {
      throw new DateTimeException("Outside the supported range: " + t);
    }
  }

  private static void requireNonNegative(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("Negative duration: " + d);
    }
  }

  // ---- the model of a builder calendar ------------------------------------------------------

  /** Rules 2–5 and the observed-holiday placement of ObservedShift, date by date. */
  private static final class FromSpec extends NaiveCalendar {
    private static final long DAY = 86_400L;

    private final CalendarSpec spec;
    private final Set<DayOfWeek> weekend = EnumSet.allOf(DayOfWeek.class);
    private final Set<HolidayRule> rules;
    /** The weekly ranges of each day of the week, as seconds from the day's midnight. */
    private final Map<DayOfWeek, List<long[]>> weekly = new EnumMap<>(DayOfWeek.class);
    private final List<Iv> closures = new ArrayList<>();
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new HashMap<>();

    FromSpec(CalendarSpec spec) {
      super(spec.zone());
      this.spec = spec;
      for (CalendarSpec.Weekly h : spec.weekly()) {
        weekend.remove(h.day());
      }
      for (DayOfWeek day : DayOfWeek.values()) {
        weekly.put(day, new ArrayList<>());
      }
      for (CalendarSpec.Weekly h : spec.weekly()) {
        weekly.get(h.day()).add(range(h.start().toSecondOfDay(), h.end().toSecondOfDay()));
      }
      this.rules = new LinkedHashSet<>(spec.holidays());
      for (CalendarSpec.Closure c : spec.closures()) {
        Instant s = ZonedDateTime.of(c.start(), spec.zone()).toInstant();
        Instant e = ZonedDateTime.of(c.end(), spec.zone()).toInstant();
        if (s.isBefore(e)) {
          closures.add(new Iv(s, e));
        }
      }
    }

    @Override
    List<Iv> computeYear(int year) {
      if (knownEmpty(year)) {
        return List.of();
      }
      if (knownFull(year)) {
        return whole(year);
      }
      List<Iv> all = new ArrayList<>();
      LocalDate last = LocalDate.of(year + 1, 1, 3);
      for (LocalDate d = LocalDate.of(year - 1, 12, 25); !d.isAfter(last); d = d.plusDays(1)) {
        all.addAll(ownIntervals(d));
      }
      return clip(subtract(merge(all), closures), yearStart(year), yearStart(year + 1));
    }

    /** Nothing can open: every interval comes from weekly or per-date hours. */
    @Override
    boolean knownEmpty(int year) {
      return spec.weekly().isEmpty() && !hasHoursOnNear(year);
    }

    /**
     * Every day opens midnight to midnight and nothing dated is near: the days' intervals meet at
     * the same mapped midnights, so they cover the year.
     */
    @Override
    boolean knownFull(int year) {
      Set<DayOfWeek> fullDays = EnumSet.noneOf(DayOfWeek.class);
      for (CalendarSpec.Weekly h : spec.weekly()) {
        if (h.start().equals(LocalTime.MIDNIGHT) && h.end().equals(LocalTime.MIDNIGHT)) {
          fullDays.add(h.day());
        }
      }
      return fullDays.size() == 7
          && rules.isEmpty()
          && !hasHoursOnNear(year)
          && spec.closures().stream().noneMatch(
              c -> c.start().getYear() <= year + 1 && c.end().getYear() >= year - 1);
    }

    private boolean hasHoursOnNear(int year) {
      for (CalendarSpec.Dated h : spec.dated()) {
        if (Math.abs(h.date().getYear() - year) <= 1) {
          return true;
        }
      }
      return false;
    }

    @Override
    Set<LocalDate> holidayDates(int year) {
      return holidaysByYear.computeIfAbsent(year, this::observedHolidays);
    }

    /** Rule 13 for a builder calendar: an interval of this date survives the closures. */
    @Override
    boolean isWorkingDay(LocalDate date) {
      checkYear(date);
      // An interval belongs to the local date of its first instant: the date the rules name,
      // or the next one where the zone skips a whole date (Pacific/Apia 2011-12-30).
      for (LocalDate d : List.of(date.minusDays(1), date)) {
        for (Iv iv : ownIntervals(d)) {
          if (iv.start().atZone(spec.zone()).toLocalDate().equals(date)
              && !subtract(List.of(iv), closures).isEmpty()) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * The mapped, non-empty intervals that start on a date, before closures (rules 2–5). Each
     * interval maps on its own: merging in local time first would differ when an end falls in a
     * DST gap, which moves forward past the gap's end.
     */
    List<Iv> ownIntervals(LocalDate date) {
      List<long[]> ranges = new ArrayList<>();
      for (CalendarSpec.Dated h : spec.dated()) {
        if (h.date().equals(date)) {
          ranges.add(range(h.start().toSecondOfDay(), h.end().toSecondOfDay()));
        }
      }
      if (ranges.isEmpty() && !isHoliday(date)) {
        ranges = weekly.get(date.getDayOfWeek());
      }
      List<Iv> ivs = new ArrayList<>(ranges.size());
      LocalDateTime midnight = date.atStartOfDay();
      for (long[] r : ranges) {
        Instant s = ZonedDateTime.of(midnight.plusSeconds(r[0]), zone()).toInstant();
        Instant e = ZonedDateTime.of(midnight.plusSeconds(r[1]), zone()).toInstant();
        if (s.isBefore(e)) {
          ivs.add(new Iv(s, e));
        }
      }
      return ivs;
    }

    boolean isHoliday(LocalDate date) {
      return holidayDates(date.getYear()).contains(date);
    }

    /**
     * The observed holiday dates in a year. Dates that need no search are placed first (rules
     * on a working day, rules with shift NONE, NEAREST_WEEKDAY or NEXT_MONDAY);
     * then the NEXT_WORKING_DAY holidays on weekend days, in date order, each on the first later
     * date that is neither a weekend day nor already taken. Natural dates of the years around
     * are placed too, so that moves across a new year come out the same from either side.
     */
    Set<LocalDate> observedHolidays(int year) {
      Set<LocalDate> placed = new TreeSet<>();
      List<LocalDate> toMove = new ArrayList<>();
      for (int y = year - 2; y <= year + 2; y++) {
        for (HolidayRule rule : rules) {
          Optional<LocalDate> natural = rule.naturalDate(y);
          if (natural.isEmpty()) {
            continue;
          }
          LocalDate n = natural.get();
          boolean onWeekend = weekend.contains(n.getDayOfWeek()) && weekend.size() < 7;
          if (onWeekend && rule.shift() == ObservedShift.NEXT_WORKING_DAY) {
            toMove.add(n);
          } else {
            placed.add(onWeekend ? shiftAlone(n, rule.shift()) : n);
          }
        }
      }
      toMove.sort(Comparator.naturalOrder());
      for (LocalDate n : toMove) {
        LocalDate d = n.plusDays(1);
        while (weekend.contains(d.getDayOfWeek()) || placed.contains(d)) {
          d = d.plusDays(1);
        }
        placed.add(d);
      }
      Set<LocalDate> inYear = new TreeSet<>();
      for (LocalDate d : placed) {
        if (d.getYear() == year) {
          inYear.add(d);
        }
      }
      return inYear;
    }

    private static LocalDate shiftAlone(LocalDate natural, ObservedShift shift) {
      DayOfWeek dow = natural.getDayOfWeek();
      boolean saturdayOrSunday = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
      switch (shift) {
        case NEAREST_WEEKDAY:
          if (dow == DayOfWeek.SATURDAY) {
            return natural.minusDays(1);
          }
          return dow == DayOfWeek.SUNDAY ? natural.plusDays(1) : natural;
        case NEXT_MONDAY:
          return saturdayOrSunday ? natural.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : natural;
        default:
          return natural;
      }
    }

    /** Seconds from the start of the date; the end is on the next day when not after the start. */
    private static long[] range(long start, long end) {
      return new long[] {start, end > start ? end : end + DAY};
    }
  }
}
