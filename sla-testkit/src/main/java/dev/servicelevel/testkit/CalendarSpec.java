package dev.servicelevel.testkit;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.HolidayRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A plain description of a business calendar's rules (zone, weekly hours, holidays, dated hours
 * and closures) that can {@link #build()} the {@link BusinessCalendar}, be printed readably when
 * a property fails, and be read by a reference model in tests. Produced by {@link CalendarSpecs}.
 *
 * <pre>{@code
 * CalendarSpec spec = CalendarSpec.of(ZoneId.of("Europe/Berlin"))
 *     .withWeekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
 *     .withHoliday(HolidayRule.easter(1));
 * BusinessCalendar calendar = spec.build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarSpec {

  private static final LocalDate DEFAULT_FOCUS = LocalDate.of(2024, 6, 15);

  /**
   * Hours that open on a day of the week, as {@code BusinessCalendar.Builder.open} takes them.
   *
   * @param day  the day of the week
   * @param start  the local opening time
   * @param end  the local closing time (at or before start: the next day)
   */
  public record Weekly(DayOfWeek day, LocalTime start, LocalTime end) {}

  /**
   * Hours on one date, as {@code BusinessCalendar.Builder.hoursOn} takes them.
   *
   * @param date  the date
   * @param start  the local opening time
   * @param end  the local closing time (at or before start: the next day)
   */
  public record Dated(LocalDate date, LocalTime start, LocalTime end) {}

  /**
   * A closed local range, as {@code BusinessCalendar.Builder.closed} takes it.
   *
   * @param start  the local start, inclusive
   * @param end  the local end, exclusive
   */
  public record Closure(LocalDateTime start, LocalDateTime end) {}

  private final ZoneId zone;
  private final LocalDate focus;
  private final List<Weekly> weekly;
  private final List<HolidayRule> holidays;
  private final List<Dated> dated;
  private final List<Closure> closures;

  private CalendarSpec(
      ZoneId zone,
      LocalDate focus,
      List<Weekly> weekly,
      List<HolidayRule> holidays,
      List<Dated> dated,
      List<Closure> closures) {
    this.zone = zone;
    this.focus = focus;
    this.weekly = Collections.unmodifiableList(weekly);
    this.holidays = Collections.unmodifiableList(holidays);
    this.dated = Collections.unmodifiableList(dated);
    this.closures = Collections.unmodifiableList(closures);
  }

  /**
   * Obtains a spec of a calendar with no open time in a zone.
   *
   * @param zone  the zone, not null
   * @return the spec, not null
   */
  public static CalendarSpec of(ZoneId zone) {
    return new CalendarSpec(
        Objects.requireNonNull(zone, "zone"), DEFAULT_FOCUS, List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Returns a copy with another focus date: the date around which generators place dated rules
   * and draw instants.
   *
   * @param focus  the focus date, not null
   * @return the new spec, not null
   */
  public CalendarSpec withFocus(LocalDate focus) {
    return new CalendarSpec(zone, Objects.requireNonNull(focus, "focus"), weekly, holidays, dated, closures);
  }

  /**
   * Gets the focus date: the date around which generators place dated rules and draw instants;
   * 2024-06-15 unless set.
   *
   * @return the focus date, not null
   */
  public LocalDate focus() {
    return focus;
  }

  /**
   * Returns a copy with weekly hours added.
   *
   * @param day  the day of the week, not null
   * @param start  the opening time, not null
   * @param end  the closing time, not null
   * @return the new spec, not null
   */
  public CalendarSpec withWeekly(DayOfWeek day, LocalTime start, LocalTime end) {
    return new CalendarSpec(zone, focus, plus(weekly, new Weekly(day, start, end)), holidays, dated, closures);
  }

  /**
   * Returns a copy with a holiday rule added.
   *
   * @param rule  the rule, not null
   * @return the new spec, not null
   */
  public CalendarSpec withHoliday(HolidayRule rule) {
    return new CalendarSpec(zone, focus, weekly, plus(holidays, Objects.requireNonNull(rule, "rule")), dated, closures);
  }

  /**
   * Returns a copy with hours on a date added.
   *
   * @param date  the date, not null
   * @param start  the opening time, not null
   * @param end  the closing time, not null
   * @return the new spec, not null
   */
  public CalendarSpec withDated(LocalDate date, LocalTime start, LocalTime end) {
    return new CalendarSpec(zone, focus, weekly, holidays, plus(dated, new Dated(date, start, end)), closures);
  }

  /**
   * Returns a copy with a closure added.
   *
   * @param start  the local start, not null
   * @param end  the local end, after start, not null
   * @return the new spec, not null
   */
  public CalendarSpec withClosure(LocalDateTime start, LocalDateTime end) {
    return new CalendarSpec(zone, focus, weekly, holidays, dated, plus(closures, new Closure(start, end)));
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }

  /**
   * Builds the calendar, adding the rules in the order they were added.
   *
   * @return the calendar, not null
   */
  public BusinessCalendar build() {
    return build(false);
  }

  /**
   * Builds the calendar adding the rules in reverse order: an equal definition written
   * differently.
   *
   * @return the calendar, equal to {@link #build()}, not null
   */
  public BusinessCalendar buildReversed() {
    return build(true);
  }

  private BusinessCalendar build(boolean reversed) {
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    for (Weekly w : ordered(weekly, reversed)) {
      b.open(w.day(), w.start(), w.end());
    }
    for (HolidayRule h : ordered(holidays, reversed)) {
      b.holiday(h);
    }
    for (Dated d : ordered(dated, reversed)) {
      b.hoursOn(d.date(), d.start(), d.end());
    }
    for (Closure c : ordered(closures, reversed)) {
      b.closed(c.start(), c.end());
    }
    return b.build();
  }

  private static <T> List<T> ordered(List<T> list, boolean reversed) {
    if (!reversed) {
      return list;
    }
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  /**
   * Gets the zone.
   *
   * @return the zone, not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Gets the weekly hours.
   *
   * @return the weekly hours in the order added, not null
   */
  public List<Weekly> weekly() {
    return weekly;
  }

  /**
   * Gets the holiday rules.
   *
   * @return the rules in the order added, not null
   */
  public List<HolidayRule> holidays() {
    return holidays;
  }

  /**
   * Gets the dated hours.
   *
   * @return the dated hours in the order added, not null
   */
  public List<Dated> dated() {
    return dated;
  }

  /**
   * Gets the closures.
   *
   * @return the closures in the order added, not null
   */
  public List<Closure> closures() {
    return closures;
  }

  /**
   * Outputs the spec as the builder calls that make it, for failure reports.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("builder(").append(zone).append(')');
    sb.append(" /* focus ").append(focus).append(" */");
    weekly.forEach(w -> sb.append(".open(").append(w.day()).append(", ").append(w.start()).append(", ").append(w.end()).append(')'));
    holidays.forEach(h -> sb.append(".holiday(").append(h).append(')'));
    dated.forEach(d -> sb.append(".hoursOn(").append(d.date()).append(", ").append(d.start()).append(", ").append(d.end()).append(')'));
    closures.forEach(c -> sb.append(".closed(").append(c.start()).append(", ").append(c.end()).append(')'));
    return sb.toString();
  }
}
