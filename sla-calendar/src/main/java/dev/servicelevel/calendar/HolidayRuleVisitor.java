package dev.servicelevel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * Receives which factory of {@link HolidayRule} made a rule, with its arguments, so that a host
 * can store or send the rule; {@link HolidayRule#accept(HolidayRuleVisitor)} calls exactly one
 * method. The rule's shift and name are read with {@link HolidayRule#shift()} and
 * {@link HolidayRule#givenName()}.
 *
 * <p>A visitor is called on the thread that calls {@code accept}, so it need not be
 * thread-safe.
 *
 * @param <R>  the type of the visitor's answer
 */
public interface HolidayRuleVisitor<R> {

  /**
   * Visits a rule made by {@link HolidayRule#fixed(LocalDate)}.
   *
   * @param date  the date, not null
   * @return the visitor's answer
   */
  R fixed(LocalDate date);

  /**
   * Visits a rule made by {@link HolidayRule#annual(MonthDay)}.
   *
   * @param day  the month and day, not null
   * @return the visitor's answer
   */
  R annual(MonthDay day);

  /**
   * Visits a rule made by {@link HolidayRule#nthWeekday(Month, int, DayOfWeek)}.
   *
   * @param month  the month, not null
   * @param n  1 to 5, or -1 for the last
   * @param day  the day of the week, not null
   * @return the visitor's answer
   */
  R nthWeekday(Month month, int n, DayOfWeek day);

  /**
   * Visits a rule made by {@link HolidayRule#easter(int)}.
   *
   * @param offsetDays  the days after Easter Sunday
   * @return the visitor's answer
   */
  R easter(int offsetDays);
}
