package dev.servicelevel.testkit;

import dev.servicelevel.calendar.HolidayRule;
import dev.servicelevel.calendar.ObservedShift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.Interval;

/**
 * A deliberately naive business calendar computed straight from a {@link CalendarSpec} and the
 * API contract's rules 2 to 5, to check the fast implementation against. It lists every open
 * interval of a window of dates once, merged, and answers every query by a linear scan. It knows
 * nothing of the fast implementation's chunks, running totals or holiday placement code.
 *
 * <p>It answers only inside its window; a query whose answer lies outside throws
 * {@link OutOfWindow}, and properties skip such cases.
 */
final class ReferenceCalendar {

  /** The answer lies outside the window the reference computed. */
  static final class OutOfWindow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfWindow() {
      super("outside the reference window");
    }
  }

  private final CalendarSpec spec;
  private final Instant windowStart;
  private final Instant windowEnd;
  /** Merged open intervals inside the window. */
  private final List<Instant[]> open;
  private final Set<LocalDate> holidays = new HashSet<>();

  ReferenceCalendar(CalendarSpec spec, LocalDate first, LocalDate last) {
    this.spec = spec;
    ZoneId zone = spec.zone();
    // all years at once: a holiday moved to the next working day skips holidays of the next
    // year too (Dec 19 on a weekend, Dec 25 and Jan 1 taken: Jan 8)
    holidays.addAll(placeHolidays(first.getYear() - 1, last.getYear() + 1));
    List<Instant[]> raw = new ArrayList<>();
    for (LocalDate d = first.minusDays(2); !d.isAfter(last.plusDays(1)); d = d.plusDays(1)) {
      raw.addAll(intervalsStartingOn(d));
    }
    List<Instant[]> closures = new ArrayList<>();
    for (CalendarSpec.Closure c : spec.closures()) {
      Instant s = ZonedDateTime.of(c.start(), zone).toInstant();
      Instant e = ZonedDateTime.of(c.end(), zone).toInstant();
      if (s.isBefore(e)) {
        closures.add(new Instant[] {s, e});
      }
    }
    List<Instant[]> merged = merge(raw);
    List<Instant[]> result = new ArrayList<>();
    for (Instant[] iv : merged) {
      result.addAll(cut(iv, closures));
    }
    this.windowStart = first.atStartOfDay(zone).toInstant();
    this.windowEnd = last.atStartOfDay(zone).toInstant();
    List<Instant[]> clipped = new ArrayList<>();
    for (Instant[] iv : result) {
      Instant s = max(iv[0], windowStart);
      Instant e = min(iv[1], windowEnd);
      if (s.isBefore(e)) {
        clipped.add(new Instant[] {s, e});
      }
    }
    this.open = clipped;
  }

  /** Rule 4 for a date, then rules 2 and 5: the non-empty instant intervals starting on it. */
  List<Instant[]> intervalsStartingOn(LocalDate date) {
    List<LocalTime[]> hours = new ArrayList<>();
    boolean dated = false;
    for (CalendarSpec.Dated d : spec.dated()) {
      if (d.date().equals(date)) {
        hours.add(new LocalTime[] {d.start(), d.end()});
        dated = true;
      }
    }
    if (!dated && !holidays.contains(date)) {
      for (CalendarSpec.Weekly w : spec.weekly()) {
        if (w.day() == date.getDayOfWeek()) {
          hours.add(new LocalTime[] {w.start(), w.end()});
        }
      }
    }
    List<Instant[]> out = new ArrayList<>();
    for (LocalTime[] h : hours) {
      Instant s = ZonedDateTime.of(date, h[0], spec.zone()).toInstant();
      LocalDate endDate = h[1].isAfter(h[0]) ? date : date.plusDays(1);
      Instant e = ZonedDateTime.of(endDate, h[1], spec.zone()).toInstant();
      if (s.isBefore(e)) {
        out.add(new Instant[] {s, e});
      }
    }
    return out;
  }

  private Set<DayOfWeek> weekend() {
    Set<DayOfWeek> weekend = EnumSet.allOf(DayOfWeek.class);
    for (CalendarSpec.Weekly w : spec.weekly()) {
      weekend.remove(w.day());
    }
    return weekend;
  }

  /** Holiday placement written afresh from the ObservedShift documentation. */
  private Set<LocalDate> placeHolidays(int fromYear, int toYear) {
    Set<DayOfWeek> weekend = weekend();
    Set<LocalDate> taken = new HashSet<>();
    List<LocalDate> searching = new ArrayList<>();
    // the same rule given twice is one holiday
    for (HolidayRule rule : new java.util.LinkedHashSet<>(spec.holidays())) {
      for (int year = fromYear; year <= toYear; year++) {
        rule.naturalDate(year).ifPresent(d -> place(rule, d, weekend, taken, searching));
      }
    }
    searching.sort(Comparator.naturalOrder());
    for (LocalDate d : searching) {
      LocalDate c = d.plusDays(1);
      while (weekend.contains(c.getDayOfWeek()) || taken.contains(c)) {
        c = c.plusDays(1);
      }
      taken.add(c);
    }
    return taken;
  }

  private static void place(
      HolidayRule rule, LocalDate d, Set<DayOfWeek> weekend, Set<LocalDate> taken, List<LocalDate> searching) {
    DayOfWeek dow = d.getDayOfWeek();
    boolean onWeekend = weekend.contains(dow) && weekend.size() < 7;
    if (!onWeekend || rule.shift() == ObservedShift.NONE) {
      taken.add(d);
    } else if (rule.shift() == ObservedShift.NEAREST_WEEKDAY) {
      taken.add(dow == DayOfWeek.SATURDAY ? d.minusDays(1) : dow == DayOfWeek.SUNDAY ? d.plusDays(1) : d);
    } else if (rule.shift() == ObservedShift.NEXT_MONDAY) {
      taken.add(dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : d);
    } else {
      searching.add(d);
    }
  }

  private static List<Instant[]> merge(List<Instant[]> raw) {
    raw.sort(Comparator.comparing(iv -> iv[0]));
    List<Instant[]> out = new ArrayList<>();
    for (Instant[] iv : raw) {
      if (!out.isEmpty() && !iv[0].isAfter(out.get(out.size() - 1)[1])) {
        Instant[] last = out.get(out.size() - 1);
        last[1] = max(last[1], iv[1]);
      } else {
        out.add(new Instant[] {iv[0], iv[1]});
      }
    }
    return out;
  }

  private static List<Instant[]> cut(Instant[] iv, List<Instant[]> closures) {
    List<Instant[]> pieces = new ArrayList<>();
    pieces.add(iv);
    for (Instant[] c : closures) {
      List<Instant[]> next = new ArrayList<>();
      for (Instant[] p : pieces) {
        if (!c[0].isBefore(p[1]) || !c[1].isAfter(p[0])) {
          next.add(p);
          continue;
        }
        if (p[0].isBefore(c[0])) {
          next.add(new Instant[] {p[0], c[0]});
        }
        if (c[1].isBefore(p[1])) {
          next.add(new Instant[] {c[1], p[1]});
        }
      }
      pieces = next;
    }
    return pieces;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private void inWindow(Instant t) {
    if (t.isBefore(windowStart) || t.isAfter(windowEnd)) {
      throw new OutOfWindow();
    }
  }

  boolean isOpen(Instant t) {
    inWindow(t);
    for (Instant[] iv : open) {
      if (!t.isBefore(iv[0]) && t.isBefore(iv[1])) {
        return true;
      }
    }
    return false;
  }

  Duration between(Instant from, Instant to) {
    if (to.isBefore(from)) {
      return between(to, from).negated();
    }
    inWindow(from);
    inWindow(to);
    Duration sum = Duration.ZERO;
    for (Instant[] iv : open) {
      Instant s = max(iv[0], from);
      Instant e = min(iv[1], to);
      if (s.isBefore(e)) {
        sum = sum.plus(Duration.between(s, e));
      }
    }
    return sum;
  }

  Instant plus(Instant start, Duration d) {
    inWindow(start);
    if (d.isZero()) {
      return start;
    }
    Duration left = d;
    for (Instant[] iv : open) {
      if (!iv[1].isAfter(start)) {
        continue;
      }
      Instant s = max(iv[0], start);
      Duration len = Duration.between(s, iv[1]);
      if (left.compareTo(len) <= 0) {
        return s.plus(left);
      }
      left = left.minus(len);
    }
    throw new OutOfWindow();
  }

  Instant minus(Instant end, Duration d) {
    inWindow(end);
    if (d.isZero()) {
      return end;
    }
    Duration left = d;
    for (int i = open.size() - 1; i >= 0; i--) {
      Instant[] iv = open.get(i);
      if (!iv[0].isBefore(end)) {
        continue;
      }
      Instant e = min(iv[1], end);
      Duration len = Duration.between(iv[0], e);
      if (left.compareTo(len) < 0) {
        return e.minus(left);
      }
      if (left.equals(len)) {
        // the latest instant with that much open time after it is this interval's start
        if (iv[0].equals(windowStart)) {
          throw new OutOfWindow();
        }
        return iv[0];
      }
      left = left.minus(len);
    }
    throw new OutOfWindow();
  }

  Optional<Instant> nextOpen(Instant t) {
    if (isOpen(t)) {
      return Optional.of(t);
    }
    for (Instant[] iv : open) {
      if (iv[0].isAfter(t)) {
        return Optional.of(iv[0]);
      }
    }
    throw new OutOfWindow();
  }

  Optional<Instant> nextClose(Instant t) {
    inWindow(t);
    for (Instant[] iv : open) {
      if (iv[1].isAfter(t)) {
        if (iv[1].equals(windowEnd)) {
          throw new OutOfWindow();
        }
        return Optional.of(iv[1]);
      }
    }
    throw new OutOfWindow();
  }

  List<Interval> openIntervals(Interval range) {
    inWindow(range.getStart());
    inWindow(range.getEnd());
    List<Interval> out = new ArrayList<>();
    for (Instant[] iv : open) {
      Instant s = max(iv[0], range.getStart());
      Instant e = min(iv[1], range.getEnd());
      if (s.isBefore(e)) {
        out.add(Interval.of(s, e));
      }
    }
    return out;
  }

  boolean isWorkingDay(LocalDate date) {
    inWindow(date.atStartOfDay(spec.zone()).toInstant());
    inWindow(date.plusDays(1).atStartOfDay(spec.zone()).toInstant());
    List<Instant[]> closures = new ArrayList<>();
    for (CalendarSpec.Closure c : spec.closures()) {
      closures.add(new Instant[] {ZonedDateTime.of(c.start(), spec.zone()).toInstant(), ZonedDateTime.of(c.end(), spec.zone()).toInstant()});
    }
    // An interval belongs to the local date of its first instant: the date the rules name,
    // or the next one where the zone skips a whole date (Pacific/Apia 2011-12-30).
    for (LocalDate d : List.of(date.minusDays(1), date)) {
      for (Instant[] iv : intervalsStartingOn(d)) {
        if (iv[0].atZone(spec.zone()).toLocalDate().equals(date) && !cut(iv, closures).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }
}
