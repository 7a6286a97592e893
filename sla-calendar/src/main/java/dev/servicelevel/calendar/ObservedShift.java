package dev.servicelevel.calendar;

/**
 * Where a holiday that falls on a weekend day is observed.
 *
 * <p>A <em>weekend day</em> is a day of the week on which the calendar has no weekly hours
 * (Saturday and Sunday for a Monday–Friday calendar). A {@link HolidayRule} used outside any
 * calendar takes Saturday and Sunday as the weekend.
 *
 * <pre>{@code
 * HolidayRule christmas = HolidayRule.annual(MonthDay.of(12, 25))
 *     .observed(ObservedShift.NEXT_WORKING_DAY);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ObservedShift {
  /** The holiday stays on its date, weekend or not. */
  NONE,
  /** Saturday moves to the Friday before, Sunday to the Monday after. */
  NEAREST_WEEKDAY,
  /** Saturday or Sunday moves to the Monday after. */
  NEXT_MONDAY,
  /**
   * A date on a weekend day moves to the next date that is neither a weekend day nor already a
   * holiday of the same calendar. Holidays whose date does not depend on other holidays (those
   * not moved, and those moved by {@link #NEAREST_WEEKDAY} or {@link #NEXT_MONDAY}) are placed
   * first; holidays moved by this shift are then placed in date order, so earlier observed dates
   * count: in 2027 Christmas (Saturday) is observed on Monday 27 December and Boxing Day
   * (Sunday) on Tuesday 28 December, and in 2022 Christmas (Sunday) moves past Boxing Day
   * (Monday) to Tuesday 27 December.
   */
  NEXT_WORKING_DAY
}
