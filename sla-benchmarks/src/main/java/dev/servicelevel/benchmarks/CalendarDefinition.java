package dev.servicelevel.benchmarks;

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
 * The rules of a business calendar as plain recorded data: a zone, weekly hours, holiday rules,
 * per-date hours and closures, in the order they were given.
 *
 * <p>Both sides of a benchmark are built from one definition: {@link NaiveCalendar} reads it
 * directly and {@link #toBusinessCalendar()} replays it into a {@link BusinessCalendar.Builder},
 * so the fast calendar and its baseline always answer for the same rules. The builder mirrors
 * {@code BusinessCalendar.Builder} and rejects the same malformed values (API-CONTRACT.md rule 2).
 *
 * <pre>{@code
 * CalendarDefinition office = CalendarDefinition.builder(ZoneId.of("Europe/Berlin"))
 *     .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
 *     .holiday(HolidayRule.easter(-2).named("Good Friday"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
final class CalendarDefinition {

  /**
   * Weekly hours: {@code start} to {@code end} on every {@code day}; an {@code end} not after
   * {@code start} ends on the next day.
   *
   * @param day  the day of the week the interval starts on
   * @param start  the local start time
   * @param end  the local end time
   */
  record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {}

  /**
   * Hours for one date that replace its weekly hours and win over its holidays.
   *
   * @param date  the date the interval starts on
   * @param start  the local start time
   * @param end  the local end time, on the next day when not after {@code start}
   */
  record DateHours(LocalDate date, LocalTime start, LocalTime end) {}

  /**
   * A local date-time range that is closed whatever the other rules say.
   *
   * @param start  the first closed local date-time
   * @param end  the local date-time at which the closure ends, after {@code start}
   */
  record Closure(LocalDateTime start, LocalDateTime end) {}

  private final ZoneId zone;
  private final List<WeeklyHours> weeklyHours;
  private final List<HolidayRule> holidays;
  private final List<DateHours> dateHours;
  private final List<Closure> closures;

  private CalendarDefinition(Builder builder) {
    this.zone = builder.zone;
    this.weeklyHours = List.copyOf(builder.weeklyHours);
    this.holidays = List.copyOf(builder.holidays);
    this.dateHours = List.copyOf(builder.dateHours);
    this.closures = List.copyOf(builder.closures);
  }

  /**
   * Starts a definition in the given zone, initially never open.
   *
   * @param zone  the zone local times are read in, not null
   * @return a new builder, not null
   */
  static Builder builder(ZoneId zone) {
    return new Builder(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Gets the zone local times are read in.
   *
   * @return the zone, not null
   */
  ZoneId zone() {
    return zone;
  }

  /**
   * Gets the weekly hours in the order given.
   *
   * @return the weekly hours, not null
   */
  List<WeeklyHours> weeklyHours() {
    return weeklyHours;
  }

  /**
   * Gets the holiday rules in the order given.
   *
   * @return the holiday rules, not null
   */
  List<HolidayRule> holidays() {
    return holidays;
  }

  /**
   * Gets the per-date hours in the order given.
   *
   * @return the per-date hours, not null
   */
  List<DateHours> dateHours() {
    return dateHours;
  }

  /**
   * Gets the closures in the order given.
   *
   * @return the closures, not null
   */
  List<Closure> closures() {
    return closures;
  }

  /**
   * Replays this definition into a builder of the real calendar.
   *
   * @return the builder, holding every rule of this definition, not null
   */
  BusinessCalendar.Builder toBusinessCalendarBuilder() {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
    weeklyHours.forEach(w -> builder.open(w.day(), w.start(), w.end()));
    holidays.forEach(builder::holiday);
    dateHours.forEach(h -> builder.hoursOn(h.date(), h.start(), h.end()));
    closures.forEach(c -> builder.closed(c.start(), c.end()));
    return builder;
  }

  /**
   * Builds the real calendar with the rules of this definition.
   *
   * @return the calendar, not null
   */
  BusinessCalendar toBusinessCalendar() {
    return toBusinessCalendarBuilder().build();
  }

  /**
   * Outputs the definition's rules, for test and benchmark reports.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "CalendarDefinition[" + zone + ", weekly " + weeklyHours + ", holidays " + holidays
        + ", hoursOn " + dateHours + ", closed " + closures + "]";
  }

  /** Records the rules of a definition; each method returns this builder. */
  static final class Builder {
    private final ZoneId zone;
    private final List<WeeklyHours> weeklyHours = new ArrayList<>();
    private final List<HolidayRule> holidays = new ArrayList<>();
    private final List<DateHours> dateHours = new ArrayList<>();
    private final List<Closure> closures = new ArrayList<>();

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Opens {@code start} to {@code end} on every such day; {@code end <= start} ends on the
     * next day and {@code end == start} is a full 24 hours.
     *
     * @param day  the day of the week, not null
     * @param start  the local start time, whole seconds, not null
     * @param end  the local end time, whole seconds, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if a time has a sub-second part
     */
    Builder open(DayOfWeek day, LocalTime start, LocalTime end) {
      Objects.requireNonNull(day, "day");
      weeklyHours.add(new WeeklyHours(day, wholeSeconds(start, "start"), wholeSeconds(end, "end")));
      return this;
    }

    /**
     * Opens {@code start} to {@code end} on each of the days, as {@link #open(DayOfWeek,
     * LocalTime, LocalTime)} does for one.
     *
     * @param days  the days of the week, not null
     * @param start  the local start time, whole seconds, not null
     * @param end  the local end time, whole seconds, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if a time has a sub-second part
     */
    Builder open(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
      Objects.requireNonNull(days, "days");
      for (DayOfWeek day : days) {
        open(day, start, end);
      }
      return this;
    }

    /**
     * Adds a holiday on one date.
     *
     * @param date  the date, not null
     * @return this builder, not null
     */
    Builder holiday(LocalDate date) {
      return holiday(HolidayRule.fixed(Objects.requireNonNull(date, "date")));
    }

    /**
     * Adds a holiday rule.
     *
     * @param rule  the rule, not null
     * @return this builder, not null
     */
    Builder holiday(HolidayRule rule) {
      holidays.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Opens {@code start} to {@code end} on one date instead of its weekly hours, even on a
     * holiday; repeatable per date.
     *
     * @param date  the date, not null
     * @param start  the local start time, whole seconds, not null
     * @param end  the local end time, whole seconds, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if a time has a sub-second part
     */
    Builder hoursOn(LocalDate date, LocalTime start, LocalTime end) {
      Objects.requireNonNull(date, "date");
      dateHours.add(new DateHours(date, wholeSeconds(start, "start"), wholeSeconds(end, "end")));
      return this;
    }

    /**
     * Closes a local date-time range, which may span days.
     *
     * @param start  the first closed local date-time, whole seconds, not null
     * @param end  the end of the closure, after {@code start}, whole seconds, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if {@code end} is not after {@code start} or a value has a
     *     sub-second part
     */
    Builder closed(LocalDateTime start, LocalDateTime end) {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      wholeSeconds(start.toLocalTime(), "start");
      wholeSeconds(end.toLocalTime(), "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("Closure end must be after start: " + start + " / " + end);
      }
      closures.add(new Closure(start, end));
      return this;
    }

    /**
     * Builds the definition; the builder can go on recording and build again.
     *
     * @return the definition, not null
     */
    CalendarDefinition build() {
      return new CalendarDefinition(this);
    }

    private static LocalTime wholeSeconds(LocalTime time, String name) {
      Objects.requireNonNull(time, name);
      if (time.getNano() != 0) {
        throw new IllegalArgumentException(
            "Local time must be whole seconds, without a sub-second part: " + time);
      }
      return time;
    }
  }
}
