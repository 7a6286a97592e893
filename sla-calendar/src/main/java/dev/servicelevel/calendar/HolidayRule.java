package dev.servicelevel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule that names the dates of a holiday: a fixed date, the same day every year, the n-th
 * weekday of a month, or a day relative to Western Easter; optionally moved when it falls on a
 * weekend day ({@link #observed(ObservedShift)}) and optionally named ({@link #named(String)}).
 *
 * <pre>{@code
 * HolidayRule thanksgiving = HolidayRule.nthWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY)
 *     .named("Thanksgiving");
 * HolidayRule goodFriday = HolidayRule.easter(-2).named("Good Friday");
 * HolidayRule christmas = HolidayRule.annual(MonthDay.of(12, 25))
 *     .observed(ObservedShift.NEXT_WORKING_DAY).named("Christmas Day");
 * }</pre>
 *
 * <p>Inside a {@link BusinessCalendar} the weekend is the calendar's own (days without weekly
 * hours) and {@link ObservedShift#NEXT_WORKING_DAY} also avoids the calendar's other holidays.
 * {@link #appliesTo(LocalDate)} on a rule alone takes Saturday and Sunday as the weekend and no
 * other holidays.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HolidayRule {

  /** The largest offset from Easter Sunday accepted by {@link #easter(int)}, in days. */
  public static final int MAX_EASTER_OFFSET = 300;

  /**
   * The first year a rule may name or be asked about: 1890, the first supported year of
   * {@link BusinessCalendar} (1900) less a margin of ten years for holidays moved across years.
   */
  public static final int MIN_YEAR = Timeline.FIRST_YEAR - 10;

  /**
   * The last year a rule may name or be asked about: 2410, the last supported year of
   * {@link BusinessCalendar} (2399) plus a margin of eleven years (the end of 2399 is the start
   * of 2400).
   */
  public static final int MAX_YEAR = Timeline.FIRST_YEAR + Timeline.CHUNKS + 10;

  /** The longest accepted holiday name, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  private static final Set<DayOfWeek> SATURDAY_SUNDAY =
      EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private enum Kind {
    FIXED,
    ANNUAL,
    NTH_WEEKDAY,
    EASTER
  }

  private final Kind kind;
  private final LocalDate fixedDate;
  private final MonthDay monthDay;
  private final Month month;
  private final int n;
  private final DayOfWeek dayOfWeek;
  private final int offsetDays;
  private final ObservedShift shift;
  private final String name;
  /** Computed once: rules are hashed whenever a calendar is built. */
  private final int hash;

  private HolidayRule(
      Kind kind,
      LocalDate fixedDate,
      MonthDay monthDay,
      Month month,
      int n,
      DayOfWeek dayOfWeek,
      int offsetDays,
      ObservedShift shift,
      String name) {
    this.kind = kind;
    this.fixedDate = fixedDate;
    this.monthDay = monthDay;
    this.month = month;
    this.n = n;
    this.dayOfWeek = dayOfWeek;
    this.offsetDays = offsetDays;
    this.shift = shift;
    this.name = name;
    this.hash =
        Objects.hash(kind, fixedDate, monthDay, month, n, dayOfWeek, offsetDays, shift, name);
  }

  /**
   * Obtains a rule for one date only.
   *
   * @param date  the holiday's date, in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}, not
   *     null
   * @return the rule, not null
   * @throws IllegalArgumentException if the date's year is outside {@value #MIN_YEAR} to
   *     {@value #MAX_YEAR}
   */
  public static HolidayRule fixed(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkDate(date, "Holiday date");
    return new HolidayRule(Kind.FIXED, date, null, null, 0, null, 0, ObservedShift.NONE, null);
  }

  /**
   * Obtains a rule for the same month and day every year. February 29 applies only in leap
   * years.
   *
   * @param day  the month and day, not null
   * @return the rule, not null
   */
  public static HolidayRule annual(MonthDay day) {
    Objects.requireNonNull(day, "day");
    return new HolidayRule(Kind.ANNUAL, null, day, null, 0, null, 0, ObservedShift.NONE, null);
  }

  /**
   * Obtains a rule for the n-th given weekday of a month, such as the fourth Thursday of
   * November; {@code n = -1} is the last such weekday. A fifth weekday that a month lacks in a
   * year gives no holiday that year.
   *
   * @param month  the month, not null
   * @param n  1 to 5, or -1 for the last
   * @param day  the day of the week, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code n} is not 1 to 5 or -1
   */
  public static HolidayRule nthWeekday(Month month, int n, DayOfWeek day) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(day, "day");
    if (!(n == -1 || (n >= 1 && n <= 5))) {
      throw new IllegalArgumentException("n must be 1 to 5, or -1 for the last: " + n);
    }
    return new HolidayRule(Kind.NTH_WEEKDAY, null, null, month, n, day, 0, ObservedShift.NONE, null);
  }

  /**
   * Obtains a rule for a day relative to Western (Gregorian) Easter Sunday: {@code easter(0)} is
   * Easter Sunday, {@code easter(-2)} Good Friday, {@code easter(1)} Easter Monday,
   * {@code easter(39)} Ascension Day.
   *
   * @param offsetDays  days after Easter Sunday (negative for before), within
   *     ±{@value #MAX_EASTER_OFFSET}
   * @return the rule, not null
   * @throws IllegalArgumentException if the offset is outside ±{@value #MAX_EASTER_OFFSET}
   */
  public static HolidayRule easter(int offsetDays) {
    if (offsetDays < -MAX_EASTER_OFFSET || offsetDays > MAX_EASTER_OFFSET) {
      throw new IllegalArgumentException(
          "Easter offset must be within -" + MAX_EASTER_OFFSET + " and " + MAX_EASTER_OFFSET
              + " days: " + offsetDays);
    }
    return new HolidayRule(Kind.EASTER, null, null, null, 0, null, offsetDays, ObservedShift.NONE, null);
  }

  /**
   * Returns a copy of this rule observed per the given shift when it falls on a weekend day.
   *
   * @param shift  the shift, not null
   * @return a rule like this one with the shift, not null
   */
  public HolidayRule observed(ObservedShift shift) {
    Objects.requireNonNull(shift, "shift");
    return new HolidayRule(kind, fixedDate, monthDay, month, n, dayOfWeek, offsetDays, shift, name);
  }

  /**
   * Returns a copy of this rule with a name, as listed by {@link BusinessCalendar#holidays(Year)}.
   *
   * @param name  the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
   * @return a rule like this one with the name, not null
   * @throws IllegalArgumentException if the name is blank or longer than
   *     {@value #MAX_NAME_LENGTH} characters
   */
  public HolidayRule named(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Holiday name must not be blank: '" + SafeText.shown(name) + "'");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "Holiday name must have at most " + MAX_NAME_LENGTH + " characters: "
              + SafeText.shown(name));
    }
    return new HolidayRule(kind, fixedDate, monthDay, month, n, dayOfWeek, offsetDays, shift, name);
  }

  /**
   * Gets the name of this rule: the one given by {@link #named(String)}, else a description such
   * as {@code "4th THURSDAY of NOVEMBER"} or {@code "Easter-2"}.
   *
   * @return the name, not null
   */
  public String name() {
    return name != null ? name : description();
  }

  /**
   * Gets the name given by {@link #named(String)}, if any.
   *
   * @return the given name, empty for an unnamed rule
   */
  public Optional<String> givenName() {
    return Optional.ofNullable(name);
  }

  /**
   * Tells a visitor which factory made this rule, with its arguments.
   *
   * @param <R>  the type of the visitor's answer
   * @param visitor  the visitor, not null
   * @return the visitor's answer
   */
  public <R> R accept(HolidayRuleVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    switch (kind) {
      case FIXED:
        return visitor.fixed(fixedDate);
      case ANNUAL:
        return visitor.annual(monthDay);
      case NTH_WEEKDAY:
        return visitor.nthWeekday(month, n, dayOfWeek);
      case EASTER:
        return visitor.easter(offsetDays);
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * Gets the shift applied when the holiday falls on a weekend day.
   *
   * @return the shift, {@link ObservedShift#NONE} unless set, not null
   */
  public ObservedShift shift() {
    return shift;
  }

  /**
   * Gets the date the rule gives for a year before any weekend shift: for {@code easter(n)} the
   * date derived from that year's Easter Sunday (which for large offsets may lie in another
   * year).
   *
   * @param year  the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the unshifted date, empty when the rule names no date for that year (a fixed date of
   *     another year, February 29 in a common year, a fifth weekday the month lacks)
   * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR} to
   *     {@value #MAX_YEAR}
   */
  public Optional<LocalDate> naturalDate(int year) {
    checkYear(year, "Year");
    return Optional.ofNullable(naturalDateOrNull(year));
  }

  /**
   * Checks if the holiday falls on the date, taking Saturday and Sunday as the weekend and no
   * other holidays into account (inside a calendar, use {@link BusinessCalendar#holidays(Year)}).
   *
   * @param date  the date to check, in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}, not
   *     null
   * @return true if the holiday (after its shift) is on that date
   * @throws IllegalArgumentException if the date's year is outside {@value #MIN_YEAR} to
   *     {@value #MAX_YEAR}
   */
  public boolean appliesTo(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkDate(date, "Date");
    for (int y = date.getYear() - 1; y <= date.getYear() + 1; y++) {
      LocalDate natural = naturalDateOrNull(y);
      if (natural != null && date.equals(shiftAlone(natural, SATURDAY_SUNDAY))) {
        return true;
      }
    }
    return false;
  }

  /** Rejects a date outside the years {@link #MIN_YEAR} to {@link #MAX_YEAR}. */
  static void checkDate(LocalDate date, String what) {
    if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      throw new IllegalArgumentException(
          what + " must be in the years " + MIN_YEAR + " to " + MAX_YEAR + ": " + date);
    }
  }

  private static void checkYear(int year, String what) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          what + " must be within " + MIN_YEAR + " and " + MAX_YEAR + ": " + year);
    }
  }

  LocalDate naturalDateOrNull(int year) {
    switch (kind) {
      case FIXED:
        return fixedDate.getYear() == year ? fixedDate : null;
      case ANNUAL:
        return monthDay.isValidYear(year) ? monthDay.atYear(year) : null;
      case NTH_WEEKDAY:
        {
          LocalDate first = LocalDate.of(year, month, 1);
          if (n == -1) {
            return first.with(TemporalAdjusters.lastInMonth(dayOfWeek));
          }
          LocalDate d = first.with(TemporalAdjusters.dayOfWeekInMonth(n, dayOfWeek));
          return d.getMonth() == month ? d : null;
        }
      case EASTER:
        return easterSunday(year).plusDays(offsetDays);
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * The farthest {@link #shiftAlone} moves a date, in days: six weekend days at most (a
   * calendar with seven has no shift), rounded up.
   */
  static final int MAX_SHIFT_DAYS = 7;

  /**
   * The first year whose natural date may be on or after the epoch day {@code fromDay}: together
   * with {@link #lastYearNear(long)} the years whose natural dates may lie in a range of days.
   */
  int firstYearNear(long fromDay) {
    switch (kind) {
      case FIXED:
        return fixedDate.getYear();
      case EASTER:
        return LocalDate.ofEpochDay(fromDay - offsetDays).getYear();
      default:
        return LocalDate.ofEpochDay(fromDay).getYear();
    }
  }

  /** The last year whose natural date may be on or before the epoch day {@code toDay}. */
  int lastYearNear(long toDay) {
    switch (kind) {
      case FIXED:
        return fixedDate.getYear();
      case EASTER:
        return LocalDate.ofEpochDay(toDay - offsetDays).getYear();
      default:
        return LocalDate.ofEpochDay(toDay).getYear();
    }
  }

  /**
   * The observed date for a natural date when no other holidays compete, with the given weekend.
   * For {@link ObservedShift#NEXT_WORKING_DAY} callers that know the other holidays place the
   * date themselves.
   */
  LocalDate shiftAlone(LocalDate natural, Set<DayOfWeek> weekend) {
    DayOfWeek dow = natural.getDayOfWeek();
    if (!weekend.contains(dow) || weekend.size() == 7) {
      return natural;
    }
    switch (shift) {
      case NONE:
        return natural;
      case NEAREST_WEEKDAY:
        if (dow == DayOfWeek.SATURDAY) {
          return natural.minusDays(1);
        }
        return dow == DayOfWeek.SUNDAY ? natural.plusDays(1) : natural;
      case NEXT_MONDAY:
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY
            ? natural.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            : natural;
      case NEXT_WORKING_DAY:
        {
          LocalDate d = natural.plusDays(1);
          while (weekend.contains(d.getDayOfWeek())) {
            d = d.plusDays(1);
          }
          return d;
        }
      default:
        throw new AssertionError(shift);
    }
  }

  /**
   * Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus (Meeus/Jones/Butcher).
   */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int monthValue = (h + l - 7 * m + 114) / 31;
    int dayValue = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, monthValue, dayValue);
  }

  private String description() {
    switch (kind) {
      case FIXED:
        return fixedDate.toString();
      case ANNUAL:
        return monthDay.toString();
      case NTH_WEEKDAY:
        return (n == -1 ? "last" : ordinal(n)) + " " + dayOfWeek + " of " + month;
      case EASTER:
        return offsetDays == 0 ? "Easter" : "Easter" + (offsetDays > 0 ? "+" : "") + offsetDays;
      default:
        throw new AssertionError(kind);
    }
  }

  private static String ordinal(int i) {
    switch (i) {
      case 1:
        return "1st";
      case 2:
        return "2nd";
      case 3:
        return "3rd";
      default:
        return i + "th";
    }
  }

  /**
   * Checks if this rule is equal to another: same kind, parameters, shift and name.
   *
   * @param obj  the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof HolidayRule)) {
      return false;
    }
    HolidayRule o = (HolidayRule) obj;
    return hash == o.hash
        && kind == o.kind
        && n == o.n
        && offsetDays == o.offsetDays
        && Objects.equals(fixedDate, o.fixedDate)
        && Objects.equals(monthDay, o.monthDay)
        && month == o.month
        && dayOfWeek == o.dayOfWeek
        && shift == o.shift
        && Objects.equals(name, o.name);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Outputs the rule, such as {@code "Christmas Day (--12-25, observed NEXT_WORKING_DAY)"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (name != null) {
      sb.append(name).append(" (").append(description());
    } else {
      sb.append(description());
    }
    if (shift != ObservedShift.NONE) {
      sb.append(name != null ? ", " : " (").append("observed ").append(shift);
    }
    if (name != null || shift != ObservedShift.NONE) {
      sb.append(')');
    }
    return sb.toString();
  }
}
