package dev.servicelevel.agreement;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * The period over which a target is reported: a calendar week (ISO, Monday to Sunday), month,
 * quarter or year in the agreement's zone, or a rolling run of a number of days.
 *
 * <p>Periods are half-open ranges of local dates ({@link LocalDateRange}); in instants a period
 * runs from the start of its first day to the start of the day after its last day in the
 * agreement's zone ({@link #intervalOf(LocalDate, ZoneId)}). A rolling period of N days "as of"
 * a date is the N days that end with that date.
 *
 * <pre>{@code
 * ReportingPeriod.calendarQuarter().periodOf(LocalDate.of(2025, 5, 14));
 *     // 2025-04-01/2025-07-01
 * ReportingPeriod.rollingDays(30).periodOf(LocalDate.of(2025, 5, 14));
 *     // 2025-04-15/2025-05-15
 * }</pre>
 *
 * <p>Bounds: periods lie within the supported dates, {@link #FIRST_DATE} (1900-01-01) to
 * {@link #END_DATE} (2400-01-01, exclusive), the dates of the calendar's supported range
 * 1900..2399. A date outside them, or a period that would begin before or end after them,
 * is rejected with a {@link DateTimeException}. A rolling period has 1 to {@link #MAX_DAYS}
 * days (the 500 years of that range); longer ones are rejected with an
 * {@link IllegalArgumentException}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ReportingPeriod {

  /** The kinds of reporting period. */
  public enum Kind {
    /** ISO weeks, Monday to Sunday ({@link YearWeek}). */
    WEEK,
    /** Calendar months ({@link YearMonth}). */
    MONTH,
    /** Calendar quarters ({@link YearQuarter}). */
    QUARTER,
    /** Calendar years ({@link Year}). */
    YEAR,
    /** A rolling run of a number of days ending with the day of evaluation. */
    ROLLING_DAYS
  }

  /** The first supported date, 1900-01-01. */
  public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

  /** The end of the supported dates, 2400-01-01, exclusive. */
  public static final LocalDate END_DATE = LocalDate.of(2400, 1, 1);

  /** The most days of a rolling period: {@value}, the days of the supported range. */
  public static final int MAX_DAYS = 182_621;

  ReportingPeriod() {}

  /**
   * Obtains the calendar week (ISO: Monday to Sunday) period.
   *
   * @return the period, not null
   */
  public static ReportingPeriod calendarWeek() {
    return ImmutableReportingPeriod.of(Kind.WEEK, 0);
  }

  /**
   * Obtains the calendar month period.
   *
   * @return the period, not null
   */
  public static ReportingPeriod calendarMonth() {
    return ImmutableReportingPeriod.of(Kind.MONTH, 0);
  }

  /**
   * Obtains the calendar quarter period.
   *
   * @return the period, not null
   */
  public static ReportingPeriod calendarQuarter() {
    return ImmutableReportingPeriod.of(Kind.QUARTER, 0);
  }

  /**
   * Obtains the calendar year period.
   *
   * @return the period, not null
   */
  public static ReportingPeriod calendarYear() {
    return ImmutableReportingPeriod.of(Kind.YEAR, 0);
  }

  /**
   * Obtains a rolling period of a number of days, such as "the last 30 days".
   *
   * @param days  the number of days, at least 1
   * @return the period, not null
   * @throws IllegalArgumentException if {@code days} is not within 1 and {@link #MAX_DAYS}
   */
  public static ReportingPeriod rollingDays(int days) {
    return ImmutableReportingPeriod.of(Kind.ROLLING_DAYS, days);
  }

  /**
   * Gets the kind of period.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Gets the length of a rolling period in days.
   *
   * @return the number of days for {@link Kind#ROLLING_DAYS}, 0 for the calendar kinds
   */
  @Value.Parameter
  public abstract int rollingDays();

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this reporting period with another kind, checked like a built value.
   *
   * @param value  the kind, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract ReportingPeriod withKind(ReportingPeriod.Kind value);

  /**
   * Returns a copy of this reporting period with another rolling days, checked like a built
   * value.
   *
   * @param value  the rolling days
   * @return the copy, not null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract ReportingPeriod withRollingDays(int value);

  @Value.Check
  void check() {
    if (kind() == Kind.ROLLING_DAYS) {
      Checks.requireArgument(
          rollingDays() >= 1, "Rolling period must be at least 1 day", rollingDays());
      Checks.requireArgument(
          rollingDays() <= MAX_DAYS,
          "Rolling period must be at most " + MAX_DAYS + " days (500 years)",
          rollingDays());
    } else {
      Checks.requireArgument(
          rollingDays() == 0, "Calendar period must not have rolling days", kind(), rollingDays());
    }
  }

  /**
   * Checks if the periods follow the calendar (week, month, quarter, year) rather than roll.
   *
   * @return true unless the kind is {@link Kind#ROLLING_DAYS}
   */
  public boolean isCalendarAligned() {
    return kind() != Kind.ROLLING_DAYS;
  }

  /**
   * Obtains the period that contains a date: the calendar week, month, quarter or year of the
   * date, or for a rolling period the days that end with the date.
   *
   * @param date  the date, not null
   * @return the period as a half-open date range, not null
   * @throws DateTimeException if the date is not within 1900-01-01 and 2399-12-31 or the period
   *     would begin before 1900-01-01 or end after 2400-01-01
   */
  public LocalDateRange periodOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    requireSupported("Date", date);
    LocalDateRange period = unboundedPeriodOf(date);
    if (period.getStart().isBefore(FIRST_DATE) || period.getEnd().isAfter(END_DATE)) {
      throw new DateTimeException(
          Checks.message(
              "Period of " + date + " must lie within " + FIRST_DATE + " and " + END_DATE,
              period));
    }
    return period;
  }

  private static void requireSupported(String what, LocalDate date) {
    if (date.isBefore(FIRST_DATE) || !date.isBefore(END_DATE)) {
      throw new DateTimeException(
          Checks.message(
              what + " must be within " + FIRST_DATE + " and " + END_DATE.minusDays(1), date));
    }
  }

  private LocalDateRange unboundedPeriodOf(LocalDate date) {
    switch (kind()) {
      case WEEK:
        {
          LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          return LocalDateRange.of(monday, monday.plusWeeks(1));
        }
      case MONTH:
        {
          LocalDate first = date.withDayOfMonth(1);
          return LocalDateRange.of(first, first.plusMonths(1));
        }
      case QUARTER:
        {
          LocalDate first = YearQuarter.from(date).atDay(1);
          return LocalDateRange.of(first, first.plusMonths(3));
        }
      case YEAR:
        {
          LocalDate first = date.withDayOfYear(1);
          return LocalDateRange.of(first, first.plusYears(1));
        }
      case ROLLING_DAYS:
        return LocalDateRange.of(date.plusDays(1).minusDays(rollingDays()), date.plusDays(1));
      default:
        throw new AssertionError(kind());
    }
  }

  /**
   * Lists the periods that together cover a date range, in order; each abuts the next. For
   * calendar periods these are the weeks, months, quarters or years that overlap the range; for
   * a rolling period they are consecutive runs of its length, the last ending with the range's
   * last day. The first period may start before the range and a calendar period may end after
   * it. An empty range gives an empty list.
   *
   * <pre>{@code
   * ReportingPeriod.calendarMonth().periodsCovering(
   *     LocalDateRange.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 1)));
   *     // [2025-01-01/2025-02-01, 2025-02-01/2025-03-01]
   * }</pre>
   *
   * @param range  the range to cover, bounded, not null
   * @return the periods, not null
   * @throws DateTimeException if the range is unbounded or reaches beyond the supported dates
   */
  public List<LocalDateRange> periodsCovering(LocalDateRange range) {
    Objects.requireNonNull(range, "range");
    if (range.isUnboundedStart() || range.isUnboundedEnd()) {
      throw new DateTimeException(
          Checks.message("Range to cover must be bounded at both ends", range));
    }
    List<LocalDateRange> periods = new ArrayList<>();
    if (range.isEmpty()) {
      return periods;
    }
    if (isCalendarAligned()) {
      LocalDateRange p = periodOf(range.getStart());
      periods.add(p);
      while (p.getEnd().isBefore(range.getEnd())) {
        p = periodOf(p.getEnd());
        periods.add(p);
      }
    } else {
      LocalDateRange p = periodOf(range.getEndInclusive());
      periods.add(p);
      while (p.getStart().isAfter(range.getStart())) {
        p = periodOf(p.getStart().minusDays(1));
        periods.add(p);
      }
      Collections.reverse(periods);
    }
    return periods;
  }

  /**
   * Obtains the period that contains a date as an interval of instants in a zone: from the
   * start of its first day to the start of the day after its last day.
   *
   * @param date  the date, not null
   * @param zone  the zone, usually the agreement's, not null
   * @return the interval, not null
   * @throws DateTimeException if the period is beyond the supported dates, see
   *     {@link #periodOf(LocalDate)}
   */
  public Interval intervalOf(LocalDate date, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return toInterval(periodOf(date), zone);
  }

  /**
   * Lists the periods that cover a date range as intervals of instants in a zone, in order (see
   * {@link #periodsCovering(LocalDateRange)}).
   *
   * @param range  the range to cover, bounded, not null
   * @param zone  the zone, usually the agreement's, not null
   * @return the intervals, each abutting the next, not null
   * @throws DateTimeException if the range is unbounded or reaches beyond the supported dates
   */
  public List<Interval> intervalsCovering(LocalDateRange range, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    List<Interval> intervals = new ArrayList<>();
    for (LocalDateRange period : periodsCovering(range)) {
      intervals.add(toInterval(period, zone));
    }
    return intervals;
  }

  /**
   * Gets a short label for the period that contains a date: {@code 2025-W03},
   * {@code 2025-01}, {@code 2025-Q1}, {@code 2025}, or for a rolling period the range such as
   * {@code 2025-04-15/2025-05-15}.
   *
   * @param date  the date, not null
   * @return the label, not null
   * @throws DateTimeException if the date is not within 1900-01-01 and 2399-12-31, or for a
   *     rolling period if the period would begin before 1900-01-01
   */
  public String label(LocalDate date) {
    Objects.requireNonNull(date, "date");
    requireSupported("Date", date);
    switch (kind()) {
      case WEEK:
        return YearWeek.from(date).toString();
      case MONTH:
        return YearMonth.from(date).toString();
      case QUARTER:
        return YearQuarter.from(date).toString();
      case YEAR:
        return Year.from(date).toString();
      case ROLLING_DAYS:
        return periodOf(date).toString();
      default:
        throw new AssertionError(kind());
    }
  }

  private static Interval toInterval(LocalDateRange period, ZoneId zone) {
    return Interval.of(
        period.getStart().atStartOfDay(zone).toInstant(),
        period.getEnd().atStartOfDay(zone).toInstant());
  }

  /**
   * Outputs the period, such as {@code "calendar month"} or {@code "rolling 30 days"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    switch (kind()) {
      case ROLLING_DAYS:
        return "rolling " + rollingDays() + (rollingDays() == 1 ? " day" : " days");
      default:
        return "calendar " + kind().name().toLowerCase(Locale.ROOT);
    }
  }
}
