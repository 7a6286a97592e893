package dev.servicelevel.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.threeten.extra.Interval;

/**
 * A business calendar: when a service is covered (weekly hours, holidays, dated hours and
 * closures in a time zone), with exact business-time arithmetic over it.
 *
 * <pre>{@code
 * BusinessCalendar desk = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
 *     .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
 *     .holiday(HolidayRule.annual(MonthDay.of(12, 25)).named("Christmas Day"))
 *     .build();
 * Instant due = desk.plus(Instant.parse("2024-11-22T15:00:00Z"), Duration.ofHours(2));
 * // Fri 16:00 Berlin + 2 business hours = Mon 2024-11-25 10:00 Berlin (09:00Z)
 * }</pre>
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>Open intervals are half-open {@code [start, end)}: {@link #isOpen(Instant)} at an
 *       interval's end is false.</li>
 *   <li>Weekly hours {@code open(day, s, e)} open local time {@code s} to {@code e} on every such
 *       day; {@code e <= s} ends on the next day ({@code 22:00–06:00}); {@code s == e} runs to
 *       the same local time the next day. Overlapping or touching intervals merge: each interval
 *       is mapped to instants on its own and the results merge instant by instant.</li>
 *   <li>An interval belongs to the date it starts on: a holiday on Tuesday removes Tuesday's
 *       22:00–06:00 shift but keeps Monday's shift that runs into Tuesday morning.</li>
 *   <li>For a date, {@code hoursOn(date, …)} replaces the weekly hours and wins over holidays;
 *       otherwise a holiday closes every interval that starts on it; otherwise the weekly hours
 *       apply. Then {@code closed(…)} ranges are cut out.</li>
 *   <li>Local times map to instants as {@code ZonedDateTime.of(date, time, zone)} does: a time in
 *       a DST gap moves forward by the gap's length, a time in an overlap takes the earlier
 *       offset. Business time is real elapsed time: a 22:00–06:00 shift across the autumn change
 *       holds 9 hours. An interval empty after mapping is dropped.</li>
 *   <li>Every query is exact to the nanosecond and works for instants from
 *       {@link #MIN_SUPPORTED} (1900-01-01T00:00Z) to {@link #MAX_SUPPORTED}
 *       (2400-01-01T00:00Z); an argument or result outside that range is a
 *       {@link DateTimeException}.</li>
 * </ul>
 *
 * <h2>Performance</h2>
 * <p>A calendar compiles its rules into sorted arrays of open instants with running totals of
 * open time, one UTC year at a time, on first use; later queries are searches whose cost does
 * not depend on the rules nor on the span (running totals across years find the year of an
 * answer in one search). The first few queries of a new calendar built from rules compile only
 * the days around them (a window of eleven days), so a calendar built for one request costs
 * about what one query of a day-by-day walk costs. Compiled years are shared safely between
 * threads without locks. Calendars made by {@link #union}, {@link #intersection},
 * {@link #complement} and {@link #replacedFrom} compose the years of their operands.
 *
 * <h2>Limits</h2>
 * <ul>
 *   <li>Instants: {@link #MIN_SUPPORTED} to {@link #MAX_SUPPORTED}; dates of queries: the years
 *       1900 to 2399; otherwise a {@link DateTimeException} naming the value and the range.</li>
 *   <li>Dates given to the builder and to {@link HolidayRule} (fixed holidays, dated hours,
 *       closures, years asked of a rule): the years {@value HolidayRule#MIN_YEAR} to
 *       {@value HolidayRule#MAX_YEAR}; Easter offsets within
 *       ±{@value HolidayRule#MAX_EASTER_OFFSET} days; holiday names at most
 *       {@value HolidayRule#MAX_NAME_LENGTH} characters; otherwise an
 *       {@link IllegalArgumentException} naming the value and the range.</li>
 *   <li>Durations and counts of any size are accepted: business time or working days beyond
 *       what the supported range holds give a {@link DateTimeException}, never an overflow.</li>
 *   <li>Algebra has no depth limit: a union of unions is one union of all operands (likewise
 *       intersections; equal operands count once), a complement of a complement is the
 *       calendar, and chains of {@link #replacedFrom} versions compile from the versions that
 *       apply. Compiling, {@code equals}, {@code hashCode} and {@code toString} walk the operands
 *       without recursion, so 100,000 nested operations work; a calendar made of n operands
 *       compiles a year in O(total intervals · log n). {@code toString} of algebra is cut after
 *       about 1,000 characters, and messages show at most 120 characters of any calendar or
 *       name, with control and bidirectional characters escaped.</li>
 *   <li>Holiday rules: placing n rules in a year takes O(n log n), also when they all name
 *       one date.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe. Calendars built from equal definitions are equal.
 */
public final class BusinessCalendar {

  /** The earliest instant every query supports: 1900-01-01T00:00:00Z. */
  public static final Instant MIN_SUPPORTED = Timeline.MIN;

  /**
   * The end of the supported range, 2400-01-01T00:00:00Z: valid as the end of a range, and no
   * calendar is open at it ({@code isOpen(MAX_SUPPORTED)} is false).
   */
  public static final Instant MAX_SUPPORTED = Timeline.MAX;

  /** The number of days in the supported years 1900 to 2399: more working days cannot exist. */
  private static final int MAX_WORKING_DAYS =
      (int) (LocalDate.of(2400, 1, 1).toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay());

  private static final Logger LOG = LoggerFactory.getLogger(BusinessCalendar.class);

  private final CalendarDefinition definition;
  private final Timeline timeline;

  private BusinessCalendar(CalendarDefinition definition) {
    this.definition = definition;
    this.timeline = new Timeline(definition);
  }

  // ---- construction --------------------------------------------------------------------------

  /**
   * Obtains a builder for a calendar in a zone; it starts with no open time.
   *
   * @param zone  the zone that local dates and times are read in, not null
   * @return a new builder, not null
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Obtains a calendar open all the time (24×7) with no holidays.
   *
   * @param zone  the zone of the calendar (for working days and algebra), not null
   * @return the calendar, not null
   */
  public static BusinessCalendar alwaysOpen(ZoneId zone) {
    // the rules builder(zone).open(every day, 00:00, 00:00) records, without replaying them
    return new BusinessCalendar(RulesDefinition.alwaysOpen(Objects.requireNonNull(zone, "zone")));
  }

  /**
   * An ordinary mutable builder of a {@link BusinessCalendar}: each method records a rule and
   * returns this builder; {@link #build()} may be called more than once. Bad input is rejected
   * at the call.
   *
   * <pre>{@code
   * BusinessCalendar plant = BusinessCalendar.builder(ZoneId.of("Europe/London"))
   *     .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0)) // night shift
   *     .holiday(LocalDate.of(2024, 12, 25))
   *     .hoursOn(LocalDate.of(2024, 12, 24), LocalTime.of(8, 0), LocalTime.of(12, 0))
   *     .closed(LocalDateTime.of(2024, 8, 5, 0, 0), LocalDateTime.of(2024, 8, 10, 0, 0))
   *     .build();
   * }</pre>
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final ZoneId zone;
    private final DayHours[] weekly = new DayHours[7];
    private final Set<HolidayRule> holidays = new LinkedHashSet<>();
    private final SortedMap<LocalDate, DayHours> hoursOn = new TreeMap<>();
    private final List<long[]> closures = new ArrayList<>();

    private Builder(ZoneId zone) {
      this.zone = zone;
      Arrays.fill(weekly, DayHours.NONE);
    }

    /**
     * Opens local time {@code start} to {@code end} on every such day of the week. An
     * {@code end} at or before {@code start} ends on the next day; equal times open a full day.
     *
     * @param day  the day of the week, not null
     * @param start  the local opening time, whole seconds, not null
     * @param end  the local closing time, whole seconds, not null
     * @return this builder
     * @throws IllegalArgumentException if a time has a sub-second part
     */
    public Builder open(DayOfWeek day, LocalTime start, LocalTime end) {
      Objects.requireNonNull(day, "day");
      checkTime(start, "start");
      checkTime(end, "end");
      weekly[day.ordinal()] = weekly[day.ordinal()].with(start, end);
      return this;
    }

    /**
     * Opens local time {@code start} to {@code end} on each of the days, as
     * {@link #open(DayOfWeek, LocalTime, LocalTime)} does for one.
     *
     * @param days  the days of the week, not null, not empty
     * @param start  the local opening time, whole seconds, not null
     * @param end  the local closing time, whole seconds, not null
     * @return this builder
     * @throws IllegalArgumentException if the set is empty or a time has a sub-second part
     */
    public Builder open(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
      Objects.requireNonNull(days, "days");
      if (days.isEmpty()) {
        throw new IllegalArgumentException("Days must not be empty: " + days);
      }
      checkTime(start, "start");
      checkTime(end, "end");
      for (DayOfWeek day : days) {
        open(day, start, end);
      }
      return this;
    }

    /**
     * Closes a date: every interval that starts on it (unless the date has
     * {@linkplain #hoursOn dated hours}).
     *
     * @param date  the date, in the years {@value HolidayRule#MIN_YEAR} to
     *     {@value HolidayRule#MAX_YEAR}, not null
     * @return this builder
     * @throws IllegalArgumentException if the date's year is outside that range
     */
    public Builder holiday(LocalDate date) {
      return holiday(HolidayRule.fixed(Objects.requireNonNull(date, "date")));
    }

    /**
     * Closes a date, with a name listed by {@link BusinessCalendar#holidays(Year)}: the way to
     * plug in a host's own holiday list.
     *
     * @param date  the date, not null
     * @param name  the holiday's name, not blank, at most {@value HolidayRule#MAX_NAME_LENGTH}
     *     characters
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or too long, or the date's year is
     *     outside {@value HolidayRule#MIN_YEAR} to {@value HolidayRule#MAX_YEAR}
     */
    public Builder holiday(LocalDate date, String name) {
      return holiday(HolidayRule.fixed(Objects.requireNonNull(date, "date")).named(name));
    }

    /**
     * Closes the dates a holiday rule names, moved per its {@link ObservedShift} with this
     * calendar's weekend (days without weekly hours) and other holidays.
     *
     * @param rule  the rule, not null
     * @return this builder
     */
    public Builder holiday(HolidayRule rule) {
      holidays.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets the hours that start on one date, replacing its weekly hours and winning over any
     * holiday on it; repeatable per date (the intervals add up).
     *
     * @param date  the date, not null
     * @param start  the local opening time, whole seconds, not null
     * @param end  the local closing time (at or before start: the next day), whole seconds, not null
     * @return this builder
     * @throws IllegalArgumentException if a time has a sub-second part, or the date's year is
     *     outside {@value HolidayRule#MIN_YEAR} to {@value HolidayRule#MAX_YEAR}
     */
    public Builder hoursOn(LocalDate date, LocalTime start, LocalTime end) {
      Objects.requireNonNull(date, "date");
      HolidayRule.checkDate(date, "Date of dated hours");
      checkTime(start, "start");
      checkTime(end, "end");
      hoursOn.merge(date, DayHours.NONE.with(start, end), (a, b) -> a.with(start, end));
      return this;
    }

    /**
     * Closes a local date-time range, which may span days; it is cut out of whatever else the
     * calendar opens.
     *
     * @param start  the local start, inclusive, whole seconds, not null
     * @param end  the local end, exclusive, after start, whole seconds, not null
     * @return this builder
     * @throws IllegalArgumentException if end is not after start, a value has a sub-second part
     *     or a year outside {@value HolidayRule#MIN_YEAR} to {@value HolidayRule#MAX_YEAR}
     */
    public Builder closed(LocalDateTime start, LocalDateTime end) {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      checkTime(start.toLocalTime(), "start");
      checkTime(end.toLocalTime(), "end");
      HolidayRule.checkDate(start.toLocalDate(), "Closure start");
      HolidayRule.checkDate(end.toLocalDate(), "Closure end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException(
            "Closure end must be after start: " + start + " / " + end);
      }
      closures.add(
          new long[] {start.toEpochSecond(ZoneOffset.UTC), end.toEpochSecond(ZoneOffset.UTC)});
      return this;
    }

    /**
     * Builds the calendar from the rules recorded so far.
     *
     * @return the calendar, not null
     */
    public BusinessCalendar build() {
      long[] raw = new long[closures.size() * 2];
      for (int i = 0; i < closures.size(); i++) {
        raw[2 * i] = closures.get(i)[0];
        raw[2 * i + 1] = closures.get(i)[1];
      }
      RulesDefinition definition =
          new RulesDefinition(
              zone,
              weekly.clone(),
              Collections.unmodifiableSet(new LinkedHashSet<>(holidays)),
              Collections.unmodifiableSortedMap(new TreeMap<>(hoursOn)),
              sortDistinct(raw));
      if (!definition.hasAnyHours()) {
        LOG.warn("Calendar has no weekly and no dated hours, so it is never open: {}", definition.describe());
      }
      return new BusinessCalendar(definition);
    }

    /**
     * Closures sorted and without exact duplicates, but not merged in local time: each maps to
     * instants on its own (see {@link DayHours}).
     */
    private static long[] sortDistinct(long[] raw) {
      int n = raw.length / 2;
      long[][] pairs = new long[n][];
      for (int i = 0; i < n; i++) {
        pairs[i] = new long[] {raw[2 * i], raw[2 * i + 1]};
      }
      Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
      long[] out = new long[raw.length];
      int w = 0;
      for (long[] p : pairs) {
        if (w == 0 || out[w - 2] != p[0] || out[w - 1] != p[1]) {
          out[w++] = p[0];
          out[w++] = p[1];
        }
      }
      return Arrays.copyOf(out, w);
    }

    private static void checkTime(LocalTime time, String name) {
      Objects.requireNonNull(time, name);
      if (time.getNano() != 0) {
        throw new IllegalArgumentException(
            "Time " + name + " must be whole seconds, without a sub-second part: " + time);
      }
    }
  }

  // ---- queries ---------------------------------------------------------------------------------

  /**
   * Gets the zone in which this calendar's local dates and times are read.
   *
   * @return the zone, not null
   */
  public ZoneId zone() {
    return definition.zone();
  }

  /**
   * Checks if the calendar is open at an instant.
   *
   * @param t  the instant, not null
   * @return true if {@code t} lies inside an open interval (not at its end)
   * @throws DateTimeException if {@code t} is outside the supported range
   */
  public boolean isOpen(Instant t) {
    return timeline.isOpen(check(t, "t"));
  }

  /**
   * Adds business time: the earliest instant {@code t >= start} with
   * {@code between(start, t) == businessTime}. Adding zero returns {@code start} even when
   * closed; a deadline that uses up the last open minute falls on the closing instant (Fri 16:00
   * plus 1 h on a 09–17 calendar is Fri 17:00, not Mon 09:00).
   *
   * @param start  the instant to start from, not null
   * @param businessTime  the open time to add, not negative, not null
   * @return the resulting instant, not null
   * @throws IllegalArgumentException if {@code businessTime} is negative
   * @throws DateTimeException if an instant is outside the supported range, or the calendar does
   *     not have that much open time before {@link #MAX_SUPPORTED}
   */
  public Instant plus(Instant start, Duration businessTime) {
    check(start, "start");
    checkDuration(businessTime);
    return businessTime.isZero() ? start : timeline.plus(start, businessTime);
  }

  /**
   * Subtracts business time: the latest instant {@code t <= end} with
   * {@code between(t, end) == businessTime}.
   *
   * @param end  the instant to count back from, not null
   * @param businessTime  the open time to subtract, not negative, not null
   * @return the resulting instant, not null
   * @throws IllegalArgumentException if {@code businessTime} is negative
   * @throws DateTimeException if an instant is outside the supported range, or the calendar does
   *     not have that much open time after {@link #MIN_SUPPORTED}
   */
  public Instant minus(Instant end, Duration businessTime) {
    check(end, "end");
    checkDuration(businessTime);
    return businessTime.isZero() ? end : timeline.minus(end, businessTime);
  }

  /**
   * Measures business time: the open time inside {@code [from, to)}; when {@code to} is before
   * {@code from} it is {@code -between(to, from)}.
   *
   * @param from  the start, inclusive, not null
   * @param to  the end, exclusive, not null
   * @return the open time, negative if {@code to} is before {@code from}, not null
   * @throws DateTimeException if an instant is outside the supported range
   */
  public Duration between(Instant from, Instant to) {
    check(from, "from");
    check(to, "to");
    return to.isBefore(from) ? timeline.between(to, from).negated() : timeline.between(from, to);
  }

  /**
   * Measures business time as {@link #between(Instant, Instant)} does, for instants given as
   * epoch seconds and nanoseconds of the second, in nanoseconds: for hosts that keep instants as
   * numbers (an evaluator walking a month of tickets' events in arrays) and would otherwise build
   * an {@code Instant} for each argument and a {@code Duration} for the result.
   *
   * <pre>{@code
   * long open = calendar.betweenNanos(from.getEpochSecond(), from.getNano(),
   *                                   to.getEpochSecond(), to.getNano());
   * // open == calendar.between(from, to).toNanos()
   * }</pre>
   *
   * <p>Any two instants less than 9,000,000,000 seconds (about 285 years) apart have an answer;
   * further apart, the open time may exceed a long's nanoseconds (about 292 years).
   *
   * @param fromSecond  the start's epoch second
   * @param fromNano  the start's nanosecond of the second, from 0 to 999,999,999
   * @param toSecond  the end's epoch second
   * @param toNano  the end's nanosecond of the second, from 0 to 999,999,999
   * @return the open time in {@code [from, to)} in nanoseconds, negative if {@code to} is before
   *     {@code from}
   * @throws DateTimeException if a nanosecond is outside 0 to 999,999,999, an instant is outside
   *     the supported range, or the open time does not fit in a long of nanoseconds
   */
  public long betweenNanos(long fromSecond, int fromNano, long toSecond, int toNano) {
    checkSecond(fromSecond, fromNano, "from");
    checkSecond(toSecond, toNano, "to");
    boolean back = toSecond < fromSecond || (toSecond == fromSecond && toNano < fromNano);
    long fs = back ? toSecond : fromSecond;
    int fn = back ? toNano : fromNano;
    long ts = back ? fromSecond : toSecond;
    int tn = back ? fromNano : toNano;
    long open;
    if (ts - fs <= Timeline.NANOS_REACH) {
      open = timeline.betweenNanos(fs, fn, ts, tn);
    } else {
      Duration d = timeline.between(Instant.ofEpochSecond(fs, fn), Instant.ofEpochSecond(ts, tn));
      if (d.compareTo(MAX_NANOS) > 0) {
        throw new DateTimeException(
            "Business time " + d + " from " + Instant.ofEpochSecond(fs, fn) + " to "
                + Instant.ofEpochSecond(ts, tn) + " exceeds " + Long.MAX_VALUE
                + " nanoseconds in calendar " + SafeText.shown(this));
      }
      open = d.toNanos();
    }
    return back ? -open : open;
  }

  /**
   * Finds the next opening: {@code t} itself when open, else the start of the next open interval.
   *
   * @param t  the instant, not null
   * @return the instant, empty when the calendar does not open again before {@link #MAX_SUPPORTED}
   * @throws DateTimeException if {@code t} is outside the supported range
   */
  public Optional<Instant> nextOpen(Instant t) {
    return Optional.ofNullable(timeline.nextOpen(check(t, "t")));
  }

  /**
   * Finds the next closing: the end of the maximal open stretch containing {@code t} (adjacent
   * intervals, also across midnight, count as one stretch), or when closed the end of the next
   * stretch.
   *
   * @param t  the instant, not null
   * @return the instant, empty when there is no closing before {@link #MAX_SUPPORTED}
   * @throws DateTimeException if {@code t} is outside the supported range
   */
  public Optional<Instant> nextClose(Instant t) {
    return Optional.ofNullable(timeline.nextClose(check(t, "t")));
  }

  /**
   * Finds the last opening: the start of the maximal open stretch containing {@code t}, or when
   * closed the start of the last stretch before {@code t}.
   *
   * @param t  the instant, not null
   * @return the instant, empty when there is no opening after {@link #MIN_SUPPORTED}
   * @throws DateTimeException if {@code t} is outside the supported range
   */
  public Optional<Instant> previousOpen(Instant t) {
    return Optional.ofNullable(timeline.previousOpen(check(t, "t")));
  }

  /**
   * Finds the last closing: the latest end of a maximal open stretch at or before {@code t}.
   *
   * @param t  the instant, not null
   * @return the instant, empty when there is no closing after {@link #MIN_SUPPORTED}
   * @throws DateTimeException if {@code t} is outside the supported range
   */
  public Optional<Instant> previousClose(Instant t) {
    return Optional.ofNullable(timeline.previousClose(check(t, "t")));
  }

  /**
   * Lists the maximal open stretches inside a range, clipped to it, in order.
   *
   * @param range  the range, within the supported range, not null
   * @return the open intervals, not null
   * @throws DateTimeException if the range reaches outside the supported range
   */
  public List<Interval> openIntervals(Interval range) {
    Objects.requireNonNull(range, "range");
    Instant from = check(range.getStart(), "range start");
    Instant to = check(range.getEnd(), "range end");
    long lo = from.getEpochSecond() + (from.getNano() > 0 ? 1 : 0);
    long hi = to.getEpochSecond();
    List<Interval> out = new ArrayList<>();
    if (!to.isAfter(from)) {
      return out;
    }
    // spans have whole-second bounds; widen to whole seconds, then clip exactly
    long[] spans = timeline.spans(from.getEpochSecond(), hi + (to.getNano() > 0 ? 1 : 0));
    for (int i = 0; i < spans.length; i += 2) {
      Instant s = spans[i] < lo ? from : Instant.ofEpochSecond(spans[i]);
      Instant e = spans[i + 1] > hi ? to : Instant.ofEpochSecond(spans[i + 1]);
      if (s.isBefore(e)) {
        out.add(Interval.of(s, e));
      }
    }
    return Collections.unmodifiableList(out);
  }

  // ---- algebra -------------------------------------------------------------------------------

  /**
   * Obtains a calendar open whenever this one or the other is open; in this calendar's zone.
   *
   * @param other  the other calendar, any zone, not null
   * @return the union, not null
   */
  public BusinessCalendar union(BusinessCalendar other) {
    Objects.requireNonNull(other, "other");
    return new BusinessCalendar(new AlgebraDefinition(AlgebraDefinition.Op.UNION, this, other, null));
  }

  /**
   * Obtains a calendar open whenever both this one and the other are open; in this calendar's
   * zone.
   *
   * @param other  the other calendar, any zone, not null
   * @return the intersection, not null
   */
  public BusinessCalendar intersection(BusinessCalendar other) {
    Objects.requireNonNull(other, "other");
    return new BusinessCalendar(
        new AlgebraDefinition(AlgebraDefinition.Op.INTERSECTION, this, other, null));
  }

  /**
   * Obtains a calendar open exactly when this one is closed, such as non-prime time from prime
   * time. The complement of a complement is the original calendar.
   *
   * @return the complement, not null
   */
  public BusinessCalendar complement() {
    BusinessCalendar operand = definition.complementOperand();
    if (operand != null) {
      return operand;
    }
    return new BusinessCalendar(
        new AlgebraDefinition(AlgebraDefinition.Op.COMPLEMENT, this, null, null));
  }

  /**
   * Obtains a calendar that is this one before the start of {@code date} (in this calendar's
   * zone) and {@code successor} from then on: a new version of coverage hours.
   *
   * @param date  the first date of the successor, not null
   * @param successor  the calendar that applies from that date, not null
   * @return the versioned calendar, not null
   */
  public BusinessCalendar replacedFrom(LocalDate date, BusinessCalendar successor) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(successor, "successor");
    return new BusinessCalendar(
        new AlgebraDefinition(AlgebraDefinition.Op.VERSIONED, this, successor, date));
  }

  // ---- working days --------------------------------------------------------------------------

  /**
   * Checks if a local date is a working day: an open interval starts on it. For a built
   * calendar the intervals are those of its rules (an overnight shift belongs to the date it
   * starts on); for union, intersection, complement and versions they are the open stretches
   * split at local midnights, so any date with open time is a working day. A date the zone
   * skips whole (Pacific/Apia 2011-12-30) is never a working day: its rules' intervals map onto
   * the next date and belong to it, for built calendars and their algebra alike.
   *
   * @param date  the date in this calendar's zone, not null
   * @return true if it is a working day
   * @throws DateTimeException if the date's year is outside 1900 to 2399
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int[] days = timeline.workingDays(checkYear(date.getYear(), date));
    return Arrays.binarySearch(days, (int) date.toEpochDay()) >= 0;
  }

  /**
   * Moves working days forward: from {@code date} if it is a working day, else from the next
   * working day, {@code days} working days on. Fri + 1 is Mon, Sat + 0 is Mon, Sat + 1 is Tue.
   *
   * @param date  the start date in this calendar's zone, not null
   * @param days  the number of working days to move, not negative
   * @return the working day reached, not null
   * @throws IllegalArgumentException if {@code days} is negative
   * @throws DateTimeException if the date's year is outside 1900 to 2399, or there are not
   *     enough working days before the year 2400
   */
  public LocalDate plusWorkingDays(LocalDate date, int days) {
    Objects.requireNonNull(date, "date");
    if (days < 0) {
      throw new IllegalArgumentException("Working days must not be negative: " + days);
    }
    int year = checkYear(date.getYear(), date);
    int[] arr = timeline.workingDays(year);
    int i = Arrays.binarySearch(arr, (int) date.toEpochDay());
    if (i < 0) {
      i = -i - 1;
    }
    long remaining = days;
    if (days > MAX_WORKING_DAYS) {
      throw new DateTimeException(
          "Calendar " + SafeText.shown(this) + " has fewer than " + days + " working days after "
              + date + " before the year " + (Timeline.FIRST_YEAR + Timeline.CHUNKS)
              + ", the end of the supported range (which has " + MAX_WORKING_DAYS + " days)");
    }
    while (i + remaining >= arr.length) {
      remaining -= arr.length - i;
      year++;
      if (year >= Timeline.FIRST_YEAR + Timeline.CHUNKS) {
        throw new DateTimeException(
            "Calendar " + SafeText.shown(this) + " has fewer than " + days + " working days after "
                + date
                + " before the year " + year + ", the end of the supported range");
      }
      arr = timeline.workingDays(year);
      i = 0;
    }
    return LocalDate.ofEpochDay(arr[(int) (i + remaining)]);
  }

  /**
   * Lists the holidays this calendar observes in a year, in date order, with names and the
   * dates their rules gave before weekend shifts. Calendars made by union, intersection,
   * complement or versions list none of their own.
   *
   * @param year  the year, not null
   * @return the holidays, not null
   */
  public List<Holiday> holidays(Year year) {
    Objects.requireNonNull(year, "year");
    return definition.holidays(year.getValue());
  }

  // ---- definition ----------------------------------------------------------------------------

  /**
   * Tells a visitor how this calendar is made: its rules, or the operation and operands that
   * made it. Rebuilding from what the visitor receives gives an equal calendar. Operands are
   * handed over as they are, so a visitor that walks them recursively should bound its depth:
   * algebra may nest to any depth.
   *
   * @param <R>  the type of the visitor's answer
   * @param visitor  the visitor, not null
   * @return the visitor's answer
   */
  public <R> R accept(CalendarVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return definition.accept(visitor);
  }

  // ---- internals -------------------------------------------------------------------------------

  long[] spansIn(long start, long end) {
    return timeline.spans(start, end);
  }

  CalendarDefinition definition() {
    return definition;
  }

  Timeline timeline() {
    return timeline;
  }

  private Instant check(Instant t, String name) {
    Objects.requireNonNull(t, name);
    if (t.isBefore(MIN_SUPPORTED) || t.isAfter(MAX_SUPPORTED)) {
      throw new DateTimeException(
          "Instant " + name + " " + t + " is outside the supported range " + MIN_SUPPORTED
              + " to " + MAX_SUPPORTED + " of calendar " + SafeText.shown(this));
    }
    return t;
  }

  /** The longest business time {@link #betweenNanos} returns: {@code Long.MAX_VALUE} ns. */
  private static final Duration MAX_NANOS = Duration.ofNanos(Long.MAX_VALUE);

  /** {@link #check} for an instant given as an epoch second and a nanosecond of it. */
  private void checkSecond(long second, int nano, String name) {
    if (nano < 0 || nano > 999_999_999) {
      throw new DateTimeException(
          "Nanosecond " + name + " " + nano + " is outside 0 to 999,999,999 (epoch second "
              + second + ")");
    }
    if (second < MIN_SUPPORTED.getEpochSecond() || second > MAX_SUPPORTED.getEpochSecond()
        || (second == MAX_SUPPORTED.getEpochSecond() && nano > MAX_SUPPORTED.getNano())) {
      throw new DateTimeException(
          "Instant " + name + " at epoch second " + second + " and nanosecond " + nano
              + " is outside the supported range " + MIN_SUPPORTED + " to " + MAX_SUPPORTED
              + " of calendar " + SafeText.shown(this));
    }
  }

  private static void checkDuration(Duration businessTime) {
    Objects.requireNonNull(businessTime, "businessTime");
    if (businessTime.isNegative()) {
      throw new IllegalArgumentException("Business time must not be negative: " + businessTime);
    }
  }

  private int checkYear(int year, LocalDate date) {
    if (year < Timeline.FIRST_YEAR || year >= Timeline.FIRST_YEAR + Timeline.CHUNKS) {
      throw new DateTimeException(
          "Date " + date + " is outside the supported years " + Timeline.FIRST_YEAR + " to "
              + (Timeline.FIRST_YEAR + Timeline.CHUNKS - 1) + " of calendar " + SafeText.shown(this));
    }
    return year;
  }

  // ---- identity --------------------------------------------------------------------------------

  /**
   * Checks if this calendar equals another: built from equal definitions (same zone and rules
   * after merging, or the same operation on equal calendars).
   *
   * @param obj  the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return this == obj
        || (obj instanceof BusinessCalendar && definition.equals(((BusinessCalendar) obj).definition));
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return definition.hashCode();
  }

  /**
   * Outputs the calendar, such as {@code "Mon–Fri 09:00–17:00 Europe/Berlin, 2 holiday rules"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return definition.describe();
  }
}
