package dev.servicelevel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A calendar defined by rules: weekly hours, holidays, dated hours and closures (API contract
 * rules 2 to 5). Holds the normalised definition; equal rules give equal definitions.
 */
final class RulesDefinition extends CalendarDefinition {

  /** Years whose holidays may be asked for: supported years with a margin for shifts. */
  private static final int FIRST_HOLIDAY_YEAR = Timeline.FIRST_YEAR - 2;

  private static final int HOLIDAY_YEARS = Timeline.CHUNKS + 4;

  private final ZoneId zone;
  private final DayHours[] weekly;
  private final Set<HolidayRule> rules;
  private final SortedMap<LocalDate, DayHours> hoursOn;
  /** Closures as sorted distinct local spans (local date-times as epoch seconds at UTC). */
  private final long[] closuresLocal;
  /** Closures as merged instant spans. */
  private final long[] closures;
  private final Set<DayOfWeek> weekend;
  private final int hash;
  /** The holiday rules, for loops that run on every compilation. */
  private final HolidayRule[] ruleArray;
  /**
   * Whether holidays must be placed a year at a time: a {@link ObservedShift#NEXT_WORKING_DAY}
   * rule on a weekend day moves past the other holidays, so no holiday can be placed alone.
   */
  private final boolean chained;
  /** The dates of {@link #hoursOn} as sorted epoch days, and their hours. */
  private final long[] datedDays;

  private final DayHours[] datedHours;
  /** The most intervals that start on one date by the weekly hours. */
  private final int weeklyPerDay;
  /**
   * Holidays placed per year, allocated when first needed: most calendars never ask, because
   * holidays placed alone ({@link #chained} false) are found per compiled range.
   */
  private volatile AtomicReferenceArray<HolidayYear> holidayYears;

  RulesDefinition(
      ZoneId zone,
      DayHours[] weekly,
      Set<HolidayRule> rules,
      SortedMap<LocalDate, DayHours> hoursOn,
      long[] closuresLocal) {
    this.zone = zone;
    this.weekly = weekly;
    this.rules = rules;
    this.hoursOn = hoursOn;
    this.closuresLocal = closuresLocal;
    long[] mapped = new long[closuresLocal.length];
    for (int i = 0; i < closuresLocal.length; i++) {
      mapped[i] = toEpochSecond(LocalDateTime.ofEpochSecond(closuresLocal[i], 0, ZoneOffset.UTC));
    }
    this.closures = Spans.normalize(mapped, mapped.length);
    EnumSet<DayOfWeek> noHours = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (weekly[d.ordinal()].isEmpty()) {
        noHours.add(d);
      }
    }
    this.weekend = Collections.unmodifiableSet(noHours);
    this.ruleArray = rules.toArray(new HolidayRule[0]);
    boolean anyChained = false;
    for (HolidayRule r : ruleArray) {
      anyChained |= r.shift() == ObservedShift.NEXT_WORKING_DAY;
    }
    this.chained = anyChained && !noHours.isEmpty() && noHours.size() < 7;
    this.datedDays = new long[hoursOn.size()];
    this.datedHours = new DayHours[hoursOn.size()];
    int i = 0;
    for (java.util.Map.Entry<LocalDate, DayHours> e : hoursOn.entrySet()) {
      datedDays[i] = e.getKey().toEpochDay();
      datedHours[i++] = e.getValue();
    }
    int perDay = 0;
    for (DayHours h : weekly) {
      perDay = Math.max(perDay, h.seconds.length / 2);
    }
    this.weeklyPerDay = perDay;
    this.hash =
        Objects.hash(zone, Arrays.hashCode(weekly), rules, hoursOn, Arrays.hashCode(closuresLocal));
  }

  /** The rules of {@code builder(zone).open(every day, 00:00, 00:00)}: open around the clock. */
  static RulesDefinition alwaysOpen(ZoneId zone) {
    DayHours[] weekly = new DayHours[7];
    Arrays.fill(weekly, DayHours.FULL_DAY);
    return new RulesDefinition(
        zone, weekly, Collections.emptySet(), Collections.emptySortedMap(), Spans.EMPTY);
  }

  @Override
  ZoneId zone() {
    return zone;
  }

  boolean hasAnyHours() {
    for (DayHours h : weekly) {
      if (!h.isEmpty()) {
        return true;
      }
    }
    for (DayHours h : hoursOn.values()) {
      if (!h.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private long toEpochSecond(LocalDateTime local) {
    return ZonedDateTime.of(local, zone).toEpochSecond();
  }

  private long toEpochSecond(LocalDate date, int secondOfSpan) {
    LocalDate d = date.plusDays(secondOfSpan / DayHours.DAY);
    LocalTime time = LocalTime.ofSecondOfDay(secondOfSpan % DayHours.DAY);
    return ZonedDateTime.of(d, time, zone).toEpochSecond();
  }

  /** Rule 4: the hours that start on a date, before closures. */
  private DayHours hoursStartingOn(LocalDate date) {
    DayHours dated = hoursOn.get(date);
    if (dated != null) {
      return dated;
    }
    if (holidayYear(date.getYear()).dates.contains(date)) {
      return DayHours.NONE;
    }
    return weekly[date.getDayOfWeek().ordinal()];
  }

  /**
   * Compiles rules 2 to 5 for {@code [start, end)}: walks the epoch days around the range, takes
   * each day's intervals (dated hours, else nothing on a holiday, else the weekly hours), maps
   * them to instants with a {@link LocalClock} and merges them; then cuts the closures out. No
   * per-day objects: days are epoch days, holidays a sorted array of the range's epoch days.
   */
  @Override
  long[] compile(long start, long end, Timeline own) {
    // an interval that starts on a date ends within two days of its midnight, and offsets lie
    // within 18 hours: these dates are all whose intervals can reach into [start, end)
    long firstDay = Math.floorDiv(start, DayHours.DAY) - 3;
    long lastDay = Math.floorDiv(end, DayHours.DAY) + 2;
    long[] holidays = holidayDays(firstDay, lastDay);
    LocalClock clock = new LocalClock(zone);
    long[] raw = new long[(int) Math.min(1 << 20, (lastDay - firstDay + 1) * weeklyPerDay * 2 + 8)];
    int w = 0;
    int h = 0;
    int dated = lowerBound(datedDays, firstDay);
    boolean sorted = true;
    long lastStart = Long.MIN_VALUE;
    for (long day = firstDay; day <= lastDay; day++) {
      int[] secs;
      if (dated < datedDays.length && datedDays[dated] == day) {
        secs = datedHours[dated++].seconds;
      } else {
        while (h < holidays.length && holidays[h] < day) {
          h++;
        }
        secs = h < holidays.length && holidays[h] == day
            ? DayHours.NONE.seconds
            : weekly[Math.floorMod(day + 3, 7)].seconds; // 1970-01-01 was a Thursday
      }
      long midnight = day * DayHours.DAY;
      for (int i = 0; i < secs.length; i += 2) {
        long s = Math.max(start, clock.toEpochSecond(midnight + secs[i]));
        long e = Math.min(end, clock.toEpochSecond(midnight + secs[i + 1]));
        if (s < e) {
          if (w + 2 > raw.length) {
            raw = Arrays.copyOf(raw, raw.length * 2);
          }
          sorted &= s >= lastStart;
          lastStart = s;
          raw[w++] = s;
          raw[w++] = e;
        }
      }
    }
    // a local time in a DST gap moves forward past the gap, so starts are sorted but on such days
    long[] open = sorted ? Spans.mergeSorted(raw, w) : Spans.normalize(raw, w);
    return closures.length == 0 ? open : Spans.subtract(open, Spans.clip(closures, start, end));
  }

  /** The first index of a sorted array whose value is at least {@code key}. */
  private static int lowerBound(long[] a, long key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The epoch days in {@code [firstDay, lastDay]} on which a holiday is observed, sorted (a day
   * may repeat). Holidays that are placed alone are found rule by rule for the years near the
   * range only, so compiling a few days evaluates each rule about once; a calendar with
   * {@link #chained} holidays reads the placements of whole years.
   */
  private long[] holidayDays(long firstDay, long lastDay) {
    if (ruleArray.length == 0) {
      return Spans.EMPTY;
    }
    long[] out = new long[8];
    int w = 0;
    if (chained) {
      int y0 = LocalDate.ofEpochDay(firstDay).getYear();
      int y1 = LocalDate.ofEpochDay(lastDay).getYear();
      for (int y = y0; y <= y1; y++) {
        for (long d : holidayYear(y).days) {
          if (d >= firstDay && d <= lastDay) {
            if (w == out.length) {
              out = Arrays.copyOf(out, w * 2);
            }
            out[w++] = d;
          }
        }
      }
      return Arrays.copyOf(out, w);
    }
    // A holiday placed alone lies within HolidayRule.MAX_SHIFT_DAYS of its natural date.
    long from = firstDay - HolidayRule.MAX_SHIFT_DAYS;
    long to = lastDay + HolidayRule.MAX_SHIFT_DAYS;
    for (HolidayRule rule : ruleArray) {
      int y1 = rule.lastYearNear(to);
      for (int y = rule.firstYearNear(from); y <= y1; y++) {
        LocalDate natural = rule.naturalDateOrNull(y);
        if (natural == null) {
          continue;
        }
        long n = natural.toEpochDay();
        if (n < from || n > to) {
          continue;
        }
        long observed = rule.shiftAlone(natural, weekend).toEpochDay();
        if (observed >= firstDay && observed <= lastDay) {
          if (w == out.length) {
            out = Arrays.copyOf(out, w * 2);
          }
          out[w++] = observed;
        }
      }
    }
    long[] days = Arrays.copyOf(out, w);
    Arrays.sort(days);
    return days;
  }

  @Override
  int[] workingDays(int year, Timeline own) {
    // Rule 13 for rules: a date is a working day when an interval of rules 2-4 that survives
    // closures starts on it, read as the local date of the interval's first instant. That is the
    // date the rules name, except where the zone skips the whole date (Pacific/Apia 2011-12-30):
    // its intervals map onto the next date, which they then belong to, as they do for unions.
    LocalDate first = LocalDate.of(year, 1, 1);
    long firstDay = first.toEpochDay();
    boolean[] working = new boolean[first.lengthOfYear()];
    for (LocalDate d = first.minusDays(1); d.getYear() <= year; d = d.plusDays(1)) {
      int[] secs = hoursStartingOn(d).seconds;
      for (int i = 0; i < secs.length; i += 2) {
        long s = toEpochSecond(d, secs[i]);
        long e = toEpochSecond(d, secs[i + 1]);
        if (s < e && Spans.subtract(new long[] {s, e}, closures).length > 0) {
          long day = Timeline.localDate(s, zone).toEpochDay() - firstDay;
          if (day >= 0 && day < working.length) {
            working[(int) day] = true;
          }
        }
      }
    }
    int[] out = new int[working.length];
    int w = 0;
    for (int i = 0; i < working.length; i++) {
      if (working[i]) {
        out[w++] = (int) (firstDay + i);
      }
    }
    return Arrays.copyOf(out, w);
  }

  // ---- holidays ----------------------------------------------------------------------------

  /** The holidays observed in one year, placed as {@link ObservedShift} describes. */
  private static final class HolidayYear {
    final List<Holiday> holidays;
    final Set<LocalDate> dates;
    /** The dates as epoch days, in order. */
    final long[] days;

    HolidayYear(List<Holiday> holidays) {
      this.holidays = holidays;
      Set<LocalDate> set = new HashSet<>();
      long[] epochDays = new long[holidays.size()];
      int i = 0;
      for (Holiday h : holidays) {
        set.add(h.date());
        epochDays[i++] = h.date().toEpochDay();
      }
      this.dates = set;
      this.days = epochDays;
    }
  }

  private HolidayYear holidayYear(int year) {
    int i = year - FIRST_HOLIDAY_YEAR;
    if (i < 0 || i >= HOLIDAY_YEARS) {
      return new HolidayYear(placeHolidays(year));
    }
    AtomicReferenceArray<HolidayYear> all = holidayYears;
    if (all == null) {
      // a racing second allocation only loses cached years, which are placed again equal
      all = new AtomicReferenceArray<>(HOLIDAY_YEARS);
      holidayYears = all;
    }
    HolidayYear h = all.get(i);
    if (h == null) {
      h = new HolidayYear(placeHolidays(year));
      all.set(i, h);
    }
    return h;
  }

  /**
   * Places every rule's holidays around a year: first those that need no search (not on a
   * weekend day, or shifted to a fixed weekday), then the NEXT_WORKING_DAY ones in date order,
   * each to the next date that is neither a weekend day nor already a holiday.
   */
  private List<Holiday> placeHolidays(int year) {
    List<Holiday> placed = new ArrayList<>();
    Set<LocalDate> taken = new HashSet<>();
    List<Holiday> searching = new ArrayList<>();
    for (HolidayRule rule : rules) {
      for (int y = year - 1; y <= year + 1; y++) {
        LocalDate natural = rule.naturalDateOrNull(y);
        if (natural == null) {
          continue;
        }
        if (rule.shift() == ObservedShift.NEXT_WORKING_DAY
            && weekend.contains(natural.getDayOfWeek())
            && weekend.size() < 7) {
          searching.add(new Holiday(natural, natural, rule));
        } else {
          LocalDate observed = rule.shiftAlone(natural, weekend);
          placed.add(new Holiday(observed, natural, rule));
          taken.add(observed);
        }
      }
    }
    searching.sort(Comparator.naturalOrder());
    // In date order every date between a holiday's natural date and the date the previous one
    // took is a weekend day or taken, so the search resumes there: O(n log n) for n rules, not
    // O(n²) when many rules name one date.
    LocalDate resume = LocalDate.MIN;
    for (Holiday h : searching) {
      LocalDate d = h.naturalDate().plusDays(1);
      if (resume.isAfter(d)) {
        d = resume;
      }
      while (weekend.contains(d.getDayOfWeek()) || taken.contains(d)) {
        d = d.plusDays(1);
      }
      taken.add(d);
      resume = d.plusDays(1);
      placed.add(new Holiday(d, h.naturalDate(), h.rule()));
    }
    List<Holiday> inYear = new ArrayList<>();
    for (Holiday h : placed) {
      if (h.date().getYear() == year) {
        inYear.add(h);
      }
    }
    Collections.sort(inYear);
    return Collections.unmodifiableList(inYear);
  }

  @Override
  List<Holiday> holidays(int year) {
    return holidayYear(year).holidays;
  }

  // ---- identity --------------------------------------------------------------------------------

  boolean isAlwaysOpen() {
    for (DayHours h : weekly) {
      if (!Arrays.equals(h.seconds, new int[] {0, DayHours.DAY})) {
        return false;
      }
    }
    return rules.isEmpty() && hoursOn.isEmpty() && closuresLocal.length == 0;
  }

  @Override
  <R> R accept(CalendarVisitor<R> visitor) {
    return visitor.rules(zone, this::replay);
  }

  /** Hands every rule to the sink, as the builder took them (see {@link DayHours}). */
  private void replay(CalendarVisitor.Rules sink) {
    java.util.Objects.requireNonNull(sink, "sink");
    for (DayOfWeek day : DayOfWeek.values()) {
      int[] sec = weekly[day.ordinal()].seconds;
      for (int i = 0; i < sec.length; i += 2) {
        sink.open(day, clock(sec[i]), clock(sec[i + 1]));
      }
    }
    rules.forEach(sink::holiday);
    hoursOn.forEach(
        (date, hours) -> {
          for (int i = 0; i < hours.seconds.length; i += 2) {
            sink.hoursOn(date, clock(hours.seconds[i]), clock(hours.seconds[i + 1]));
          }
        });
    for (int i = 0; i < closuresLocal.length; i += 2) {
      sink.closed(
          LocalDateTime.ofEpochSecond(closuresLocal[i], 0, ZoneOffset.UTC),
          LocalDateTime.ofEpochSecond(closuresLocal[i + 1], 0, ZoneOffset.UTC));
    }
  }

  /** A second of a span (up to 48 h) as the local time the builder took. */
  private static LocalTime clock(int secondOfSpan) {
    return LocalTime.ofSecondOfDay(secondOfSpan % DayHours.DAY);
  }

  @Override
  String describe() {
    if (isAlwaysOpen()) {
      return "24x7 " + zone;
    }
    StringBuilder sb = new StringBuilder();
    DayOfWeek[] days = DayOfWeek.values();
    int i = 0;
    while (i < 7) {
      if (weekly[i].isEmpty()) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < 7 && weekly[j + 1].equals(weekly[i])) {
        j++;
      }
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(shortName(days[i]));
      if (j > i) {
        sb.append('–').append(shortName(days[j]));
      }
      sb.append(' ').append(weekly[i].describe());
      i = j + 1;
    }
    if (sb.length() == 0) {
      sb.append("no weekly hours");
    }
    sb.append(' ').append(zone);
    appendCount(sb, rules.size(), "holiday rule");
    appendCount(sb, hoursOn.size(), "date override");
    appendCount(sb, closuresLocal.length / 2, "closure");
    return sb.toString();
  }

  private static void appendCount(StringBuilder sb, int n, String what) {
    if (n > 0) {
      sb.append(", ").append(n).append(' ').append(what);
      if (n > 1) {
        sb.append('s');
      }
    }
  }

  private static String shortName(DayOfWeek d) {
    String n = d.name();
    return n.charAt(0) + n.substring(1, 3).toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof RulesDefinition)) {
      return false;
    }
    RulesDefinition o = (RulesDefinition) obj;
    return hash == o.hash
        && zone.equals(o.zone)
        && Arrays.equals(weekly, o.weekly)
        && rules.equals(o.rules)
        && hoursOn.equals(o.hoursOn)
        && Arrays.equals(closuresLocal, o.closuresLocal);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
