package dev.servicelevel.testkit;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.HolidayRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A description of a business calendar as the calls of its builder: zone, weekly hours, holiday
 * dates and rules, per-date hours and closures, in the order given.
 *
 * <p>A spec is what the generators of this module produce. It can {@link #build()} the
 * {@link BusinessCalendar} it describes, and its parts stay readable, so a property can compare
 * the calendar with a model computed from the same parts and a failing example prints as the
 * builder calls that reproduce it:
 *
 * <pre>{@code
 * CalendarSpec spec = CalendarSpec.of(ZoneId.of("Europe/Berlin"))
 *     .withOpen(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
 *     .withHoliday(LocalDate.of(2024, 12, 25));
 * BusinessCalendar calendar = spec.build();
 * }</pre>
 *
 * <p>A spec checks only for nulls; the calendar's own rules (whole-second times, closures that
 * end after they start) are applied by {@link #build()}, so a spec can also describe bad input.
 * Equality is that of the recorded calls, in order: two unequal specs may well describe equal
 * calendars (see {@link CalendarGenerators#equivalentSpecs(CalendarSpec)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarSpec {

  /**
   * One {@code open(day, start, end)} call: local {@code start} to {@code end} on every such day,
   * ending the next day when {@code end} is not after {@code start}.
   *
   * @param day  the day of the week the hours start on, not null
   * @param start  the local opening time, not null
   * @param end  the local closing time, not null
   */
  public record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {
    /**
     * Creates the call, checking for nulls.
     *
     * @param day  the day of the week the hours start on, not null
     * @param start  the local opening time, not null
     * @param end  the local closing time, not null
     */
    public WeeklyHours {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }

  /**
   * One {@code hoursOn(date, start, end)} call: hours that replace the weekly hours of one date.
   *
   * @param date  the local date the hours start on, not null
   * @param start  the local opening time, not null
   * @param end  the local closing time, not null
   */
  public record DateHours(LocalDate date, LocalTime start, LocalTime end) {
    /**
     * Creates the call, checking for nulls.
     *
     * @param date  the local date the hours start on, not null
     * @param start  the local opening time, not null
     * @param end  the local closing time, not null
     */
    public DateHours {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }

  /**
   * One {@code closed(start, end)} call: a local range cut out of the open time.
   *
   * @param start  the local start of the closure, inclusive, not null
   * @param end  the local end of the closure, exclusive, not null
   */
  public record Closure(LocalDateTime start, LocalDateTime end) {
    /**
     * Creates the call, checking for nulls.
     *
     * @param start  the local start of the closure, inclusive, not null
     * @param end  the local end of the closure, exclusive, not null
     */
    public Closure {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }

  private final ZoneId zone;
  private final List<WeeklyHours> weeklyHours;
  private final List<LocalDate> holidayDates;
  private final List<HolidayRule> holidayRules;
  private final List<DateHours> hoursOn;
  private final List<Closure> closures;

  private CalendarSpec(
      ZoneId zone,
      List<WeeklyHours> weeklyHours,
      List<LocalDate> holidayDates,
      List<HolidayRule> holidayRules,
      List<DateHours> hoursOn,
      List<Closure> closures) {
    this.zone = zone;
    this.weeklyHours = List.copyOf(weeklyHours);
    this.holidayDates = List.copyOf(holidayDates);
    this.holidayRules = List.copyOf(holidayRules);
    this.hoursOn = List.copyOf(hoursOn);
    this.closures = List.copyOf(closures);
  }

  /**
   * Obtains the spec of a calendar in the given zone that is never open: no weekly hours, no
   * holidays, no per-date hours, no closures.
   *
   * @param zone  the calendar's zone, not null
   * @return the spec, not null
   */
  public static CalendarSpec of(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new CalendarSpec(zone, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Obtains the parts of a spec as lists of calls, in the order the builder is to receive them.
   *
   * @param zone  the calendar's zone, not null
   * @param weeklyHours  the {@code open} calls, not null
   * @param holidayDates  the {@code holiday(LocalDate)} calls, not null
   * @param holidayRules  the {@code holiday(HolidayRule)} calls, not null
   * @param hoursOn  the {@code hoursOn} calls, not null
   * @param closures  the {@code closed} calls, not null
   * @return the spec, not null
   */
  public static CalendarSpec of(
      ZoneId zone,
      List<WeeklyHours> weeklyHours,
      List<LocalDate> holidayDates,
      List<HolidayRule> holidayRules,
      List<DateHours> hoursOn,
      List<Closure> closures) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(weeklyHours, "weeklyHours");
    Objects.requireNonNull(holidayDates, "holidayDates");
    Objects.requireNonNull(holidayRules, "holidayRules");
    Objects.requireNonNull(hoursOn, "hoursOn");
    Objects.requireNonNull(closures, "closures");
    return new CalendarSpec(zone, weeklyHours, holidayDates, holidayRules, hoursOn, closures);
  }

  /**
   * Gets the calendar's zone.
   *
   * @return the zone, not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Gets the {@code open} calls, in order.
   *
   * @return the weekly hours, unmodifiable, not null
   */
  public List<WeeklyHours> weeklyHours() {
    return weeklyHours;
  }

  /**
   * Gets the {@code holiday(LocalDate)} calls, in order.
   *
   * @return the holiday dates, unmodifiable, not null
   */
  public List<LocalDate> holidayDates() {
    return holidayDates;
  }

  /**
   * Gets the {@code holiday(HolidayRule)} calls, in order.
   *
   * @return the holiday rules, unmodifiable, not null
   */
  public List<HolidayRule> holidayRules() {
    return holidayRules;
  }

  /**
   * Gets the {@code hoursOn} calls, in order.
   *
   * @return the per-date hours, unmodifiable, not null
   */
  public List<DateHours> hoursOn() {
    return hoursOn;
  }

  /**
   * Gets the {@code closed} calls, in order.
   *
   * @return the closures, unmodifiable, not null
   */
  public List<Closure> closures() {
    return closures;
  }

  /**
   * Returns a copy of this spec in another zone, with the same local definitions.
   *
   * @param zone  the new zone, not null
   * @return the spec, not null
   */
  public CalendarSpec withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new CalendarSpec(zone, weeklyHours, holidayDates, holidayRules, hoursOn, closures);
  }

  /**
   * Returns a copy of this spec with one more {@code open(day, start, end)} call.
   *
   * @param day  the day of the week, not null
   * @param start  the local opening time, not null
   * @param end  the local closing time (next day when not after {@code start}), not null
   * @return the spec, not null
   */
  public CalendarSpec withOpen(DayOfWeek day, LocalTime start, LocalTime end) {
    return new CalendarSpec(
        zone, plus(weeklyHours, new WeeklyHours(day, start, end)),
        holidayDates, holidayRules, hoursOn, closures);
  }

  /**
   * Returns a copy of this spec with one {@code open(day, start, end)} call per day of the set,
   * in day-of-week order.
   *
   * @param days  the days of the week, not null
   * @param start  the local opening time, not null
   * @param end  the local closing time (next day when not after {@code start}), not null
   * @return the spec, not null
   */
  public CalendarSpec withOpen(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    Objects.requireNonNull(days, "days");
    List<WeeklyHours> added = new ArrayList<>(weeklyHours);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (days.contains(day)) {
        added.add(new WeeklyHours(day, start, end));
      }
    }
    return new CalendarSpec(zone, added, holidayDates, holidayRules, hoursOn, closures);
  }

  /**
   * Returns a copy of this spec with one more {@code holiday(LocalDate)} call.
   *
   * @param date  the holiday's date, not null
   * @return the spec, not null
   */
  public CalendarSpec withHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new CalendarSpec(
        zone, weeklyHours, plus(holidayDates, date), holidayRules, hoursOn, closures);
  }

  /**
   * Returns a copy of this spec with one more {@code holiday(HolidayRule)} call.
   *
   * @param rule  the holiday rule, not null
   * @return the spec, not null
   */
  public CalendarSpec withHoliday(HolidayRule rule) {
    Objects.requireNonNull(rule, "rule");
    return new CalendarSpec(
        zone, weeklyHours, holidayDates, plus(holidayRules, rule), hoursOn, closures);
  }

  /**
   * Returns a copy of this spec with one more {@code hoursOn(date, start, end)} call.
   *
   * @param date  the local date, not null
   * @param start  the local opening time, not null
   * @param end  the local closing time (next day when not after {@code start}), not null
   * @return the spec, not null
   */
  public CalendarSpec withHoursOn(LocalDate date, LocalTime start, LocalTime end) {
    return new CalendarSpec(
        zone, weeklyHours, holidayDates, holidayRules,
        plus(hoursOn, new DateHours(date, start, end)), closures);
  }

  /**
   * Returns a copy of this spec with one more {@code closed(start, end)} call.
   *
   * @param start  the local start, inclusive, not null
   * @param end  the local end, exclusive, not null
   * @return the spec, not null
   */
  public CalendarSpec withClosed(LocalDateTime start, LocalDateTime end) {
    return new CalendarSpec(
        zone, weeklyHours, holidayDates, holidayRules, hoursOn,
        plus(closures, new Closure(start, end)));
  }

  /**
   * Creates a calendar builder that has received every call of this spec, in order.
   *
   * @return a new builder, not null
   * @throws IllegalArgumentException if a call breaks a rule of the builder
   */
  public BusinessCalendar.Builder toBuilder() {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
    for (WeeklyHours h : weeklyHours) {
      builder.open(h.day(), h.start(), h.end());
    }
    for (LocalDate date : holidayDates) {
      builder.holiday(date);
    }
    for (HolidayRule rule : holidayRules) {
      builder.holiday(rule);
    }
    for (DateHours h : hoursOn) {
      builder.hoursOn(h.date(), h.start(), h.end());
    }
    for (Closure c : closures) {
      builder.closed(c.start(), c.end());
    }
    return builder;
  }

  /**
   * Builds the calendar this spec describes.
   *
   * @return the calendar, not null
   * @throws IllegalArgumentException if a call breaks a rule of the builder
   */
  public BusinessCalendar build() {
    return toBuilder().build();
  }

  /**
   * Checks if this spec records the same calls, in the same order, as another.
   *
   * @param obj  the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof CalendarSpec)) {
      return false;
    }
    CalendarSpec o = (CalendarSpec) obj;
    return zone.equals(o.zone)
        && weeklyHours.equals(o.weeklyHours)
        && holidayDates.equals(o.holidayDates)
        && holidayRules.equals(o.holidayRules)
        && hoursOn.equals(o.hoursOn)
        && closures.equals(o.closures);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(zone, weeklyHours, holidayDates, holidayRules, hoursOn, closures);
  }

  /**
   * Outputs the spec as the builder calls it stands for, one per line, such as
   * {@code builder(Europe/Berlin).open(MONDAY, 09:00, 17:00).holiday(2024-12-25)}; holiday
   * rules appear as their {@code toString}.
   *
   * @return the calls, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("builder(").append(zone).append(')');
    for (WeeklyHours h : weeklyHours) {
      sb.append("\n  .open(").append(h.day()).append(", ").append(h.start()).append(", ")
          .append(h.end()).append(')');
    }
    for (LocalDate date : holidayDates) {
      sb.append("\n  .holiday(").append(date).append(')');
    }
    for (HolidayRule rule : holidayRules) {
      sb.append("\n  .holiday(rule ").append(rule).append(')');
    }
    for (DateHours h : hoursOn) {
      sb.append("\n  .hoursOn(").append(h.date()).append(", ").append(h.start()).append(", ")
          .append(h.end()).append(')');
    }
    for (Closure c : closures) {
      sb.append("\n  .closed(").append(c.start()).append(", ").append(c.end()).append(')');
    }
    return sb.toString();
  }

  private static <T> List<T> plus(List<T> list, T element) {
    Objects.requireNonNull(element);
    List<T> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(element);
    return copy;
  }
}
