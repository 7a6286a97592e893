package dev.servicelevel.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What a calendar is made of: rules (weekly hours, holidays, dated hours, closures) or an
 * operation on other calendars. Equal definitions are equal calendars. A definition compiles
 * itself into merged spans of epoch seconds one chunk at a time.
 */
abstract class CalendarDefinition {

  /** The zone in which local dates and times of this calendar are read. */
  abstract ZoneId zone();

  /** The open spans within {@code [start, end)}, merged and sorted. */
  abstract long[] compile(long start, long end, Timeline own);

  /** The working days of a local year as sorted epoch days (rule 13). */
  abstract int[] workingDays(int year, Timeline own);

  /** The holidays observed in a year, in date order; empty for derived calendars. */
  abstract List<Holiday> holidays(int year);

  /**
   * Compiles, without recursion, whatever chunk {@code k} of this definition is compiled from;
   * nothing for rules.
   */
  void prepare(int k) {}

  /** The operand when this is a complement (so a double complement is the original), else null. */
  BusinessCalendar complementOperand() {
    return null;
  }

  /** Tells a visitor how the calendar is made (see {@link CalendarVisitor}). */
  abstract <R> R accept(CalendarVisitor<R> visitor);

  /** A readable description for {@code toString} and error messages. */
  abstract String describe();

  @Override
  public abstract boolean equals(Object obj);

  @Override
  public abstract int hashCode();

  /** Working days from compiled open time: every local date that has open time. */
  static int[] workingDaysFromSpans(int year, Timeline own, ZoneId zone) {
    long from = Math.max(Timeline.MIN_SECOND, LocalDate.of(year, 1, 1).atStartOfDay(zone).toEpochSecond());
    long to =
        Math.min(Timeline.MAX_SECOND, LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toEpochSecond());
    int[] out = new int[366];
    int w = 0;
    long lastDay = Long.MIN_VALUE;
    if (from < to) {
      long[] spans = own.spans(from, to);
      for (int i = 0; i < spans.length; i += 2) {
        LocalDate first = Timeline.localDate(spans[i], zone);
        LocalDate last = Timeline.localDate(spans[i + 1] - 1, zone);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
          long epochDay = d.toEpochDay();
          if (epochDay != lastDay && d.getYear() == year && exists(d, zone)) {
            out[w++] = (int) epochDay;
            lastDay = epochDay;
          }
        }
      }
    }
    return java.util.Arrays.copyOf(out, w);
  }

  /** False for a date the zone skips entirely (Pacific/Apia, 2011-12-30): no time starts on it. */
  private static boolean exists(LocalDate date, ZoneId zone) {
    return date.atStartOfDay(zone).isBefore(date.plusDays(1).atStartOfDay(zone));
  }
}
