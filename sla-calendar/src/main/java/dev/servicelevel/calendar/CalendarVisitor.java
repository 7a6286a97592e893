package dev.servicelevel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Receives how a calendar is made, in the terms of its builder and its algebra, so that a host
 * can store, send or show a calendar's definition (sla-json writes documents with it).
 * {@link BusinessCalendar#accept(CalendarVisitor)} calls exactly one method; replaying the rules
 * into a {@link BusinessCalendar.Builder}, or applying the operation to the operands, gives a
 * calendar equal to the visited one.
 *
 * <pre>{@code
 * String shape = calendar.accept(new CalendarVisitor<String>() {
 *   public String rules(ZoneId zone, Consumer<Rules> replay) { return "rules in " + zone; }
 *   public String union(BusinessCalendar left, BusinessCalendar right) { return "union"; }
 *   ...
 * });
 * }</pre>
 *
 * <p>A visitor is called on the thread that calls {@code accept}, so it need not be
 * thread-safe.
 *
 * @param <R>  the type of the visitor's answer
 */
public interface CalendarVisitor<R> {

  /**
   * Visits a calendar built from rules.
   *
   * @param zone  the calendar's zone, not null
   * @param replay  hands each rule of the calendar to the {@link Rules} it is given, in a stable
   *     order (weekly hours Monday first, holidays as added, dated hours by date, closures by
   *     start); may be called any number of times, not null
   * @return the visitor's answer
   */
  R rules(ZoneId zone, Consumer<Rules> replay);

  /**
   * Visits {@code left.union(right)}.
   *
   * @param left  the receiver of the union, whose zone the result has, not null
   * @param right  the other operand, not null
   * @return the visitor's answer
   */
  R union(BusinessCalendar left, BusinessCalendar right);

  /**
   * Visits {@code left.intersection(right)}.
   *
   * @param left  the receiver of the intersection, whose zone the result has, not null
   * @param right  the other operand, not null
   * @return the visitor's answer
   */
  R intersection(BusinessCalendar left, BusinessCalendar right);

  /**
   * Visits {@code operand.complement()}.
   *
   * @param operand  the calendar complemented, not itself a complement, not null
   * @return the visitor's answer
   */
  R complement(BusinessCalendar operand);

  /**
   * Visits {@code before.replacedFrom(date, successor)}.
   *
   * @param before  the calendar that applies before the date, not null
   * @param date  the first date of the successor, not null
   * @param successor  the calendar that applies from the date on, not null
   * @return the visitor's answer
   */
  R replacedFrom(BusinessCalendar before, LocalDate date, BusinessCalendar successor);

  /**
   * The rules of a calendar, with the signatures of {@link BusinessCalendar.Builder}'s methods;
   * a rule given to the builder several times, or in several pieces that the builder keeps
   * apart, is handed over as the builder keeps it.
   */
  interface Rules {

    /**
     * Receives weekly hours, as {@link BusinessCalendar.Builder#open(DayOfWeek, LocalTime,
     * LocalTime)} takes them.
     *
     * @param day  the day of the week, not null
     * @param start  the local opening time, not null
     * @param end  the local closing time (at or before start: the next day), not null
     */
    void open(DayOfWeek day, LocalTime start, LocalTime end);

    /**
     * Receives a holiday rule, as {@link BusinessCalendar.Builder#holiday(HolidayRule)} takes it.
     *
     * @param rule  the rule, not null
     */
    void holiday(HolidayRule rule);

    /**
     * Receives dated hours, as {@link BusinessCalendar.Builder#hoursOn} takes them.
     *
     * @param date  the date, not null
     * @param start  the local opening time, not null
     * @param end  the local closing time (at or before start: the next day), not null
     */
    void hoursOn(LocalDate date, LocalTime start, LocalTime end);

    /**
     * Receives a closure, as {@link BusinessCalendar.Builder#closed} takes it.
     *
     * @param start  the local start, inclusive, not null
     * @param end  the local end, exclusive, not null
     */
    void closed(LocalDateTime start, LocalDateTime end);
  }
}
