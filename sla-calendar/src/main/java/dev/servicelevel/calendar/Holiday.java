package dev.servicelevel.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A holiday as a calendar observes it in one year: the date it closes, its name, the date its
 * rule gave before any weekend shift, and the rule itself.
 *
 * <pre>{@code
 * calendar.holidays(Year.of(2027));
 * // [2027-12-27 Christmas Day (from 2027-12-25), 2027-12-28 Boxing Day (from 2027-12-26)]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Holiday implements Comparable<Holiday> {

  private final LocalDate date;
  private final LocalDate naturalDate;
  private final HolidayRule rule;

  Holiday(LocalDate date, LocalDate naturalDate, HolidayRule rule) {
    this.date = date;
    this.naturalDate = naturalDate;
    this.rule = rule;
  }

  /**
   * Gets the date the holiday is observed on, after any weekend shift.
   *
   * @return the observed date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Gets the date the rule gives before any weekend shift.
   *
   * @return the natural date, not null
   */
  public LocalDate naturalDate() {
    return naturalDate;
  }

  /**
   * Gets the holiday's name, {@link HolidayRule#name()}.
   *
   * @return the name, not null
   */
  public String name() {
    return rule.name();
  }

  /**
   * Gets the rule that produced this holiday.
   *
   * @return the rule, not null
   */
  public HolidayRule rule() {
    return rule;
  }

  /**
   * Compares by observed date, then natural date, then name.
   *
   * @param other  the other holiday, not null
   * @return the comparator value
   */
  @Override
  public int compareTo(Holiday other) {
    int c = date.compareTo(other.date);
    if (c == 0) {
      c = naturalDate.compareTo(other.naturalDate);
    }
    return c != 0 ? c : name().compareTo(other.name());
  }

  /**
   * Checks if this holiday equals another: same dates and rule.
   *
   * @param obj  the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Holiday)) {
      return false;
    }
    Holiday o = (Holiday) obj;
    return date.equals(o.date) && naturalDate.equals(o.naturalDate) && rule.equals(o.rule);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(date, naturalDate, rule);
  }

  /**
   * Outputs the holiday, such as {@code "2027-12-27 Christmas Day (from 2027-12-25)"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return date + " " + name() + (date.equals(naturalDate) ? "" : " (from " + naturalDate + ")");
  }
}
