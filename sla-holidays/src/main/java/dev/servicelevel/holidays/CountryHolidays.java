package dev.servicelevel.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.HolidayRule;
import dev.servicelevel.calendar.SafeText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The public holidays of a country, or of one of its subdivisions, from
 * <a href="https://github.com/focus-shift/jollyday">Jollyday</a>'s data, as named holidays of a
 * {@link BusinessCalendar}.
 *
 * <pre>{@code
 * BusinessCalendar munich = CountryHolidays.of("DE", "BY", "MU")   // Bavaria, Munich
 *     .addTo(BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
 *         .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)),
 *         2025, 2030)
 *     .build();
 * munich.holidays(Year.of(2026));
 * // [2026-01-01 New Year's Day, 2026-01-06 Epiphany, 2026-04-03 Good Friday, ...,
 * //  2026-08-15 Assumption day, ..., 2026-12-26 2nd Christmas day]
 * }</pre>
 *
 * <h2>What is taken</h2>
 * <ul>
 *   <li><b>Where.</b> A country is one of Jollyday's calendar codes ({@link #countries()}): an
 *       ISO 3166-1 alpha-2 code such as {@code DE}, {@code GB} (the United Kingdom) or
 *       {@code US}, or one of its few market calendars such as {@code NYSE} or {@code TARGET}.
 *       Subdivisions follow as further arguments, each one level deeper in Jollyday's hierarchy
 *       ({@link #subdivisionsBelow()}): {@code of("DE", "BY")} is Bavaria, {@code of("DE", "BY",
 *       "MU")} Munich, {@code of("GB", "ENG")} England, {@code of("US", "NY")} New York. Codes are
 *       read without regard to case. A holiday of a subdivision includes those of the levels
 *       above it.</li>
 *   <li><b>Which kinds.</b> {@link HolidayKind#PUBLIC_HOLIDAY} only, unless
 *       {@link #withKinds} says otherwise; bank holidays and observances are opt-in.</li>
 *   <li><b>Which date.</b> The observed date by default: where Jollyday moves a holiday that
 *       falls on a weekend (US Independence Day 2026, a Saturday, is observed on Friday
 *       2026-07-03; UK Boxing Day 2026 on Monday 2026-12-28), the calendar closes on the day off
 *       people actually get. {@link #withActualDates()} takes the dates as they fall instead.
 *       An observed date may lie in the year before or after its holiday's year (US New Year's
 *       Day 2022, a Saturday, is observed on Friday 2021-12-31): years select holidays, not
 *       dates.</li>
 *   <li><b>Names.</b> Jollyday's English names ({@link Locale#ENGLISH}), whatever the JVM's
 *       default locale is. A holiday Jollyday's data leaves unnamed is called
 *       {@value Jollyday#UNNAMED}.</li>
 *   <li><b>Years.</b> Any whole years within the calendar's 1900 to 2399, both ends included.
 *       Jollyday computes Islamic holidays with Java's Hijrah calendar, which ends in 2174:
 *       countries that keep them can be read up to 2173 only, and a later year is a
 *       {@link DateTimeException}. The data is Jollyday's: it knows when some holidays began,
 *       not all, so its lists for years long past are its best effort.</li>
 * </ul>
 *
 * <p>On the module path, Jollyday needs the JVM flag {@code --add-exports
 * de.focus_shift.jollyday.jaxb/de.focus_shift.jollyday.jaxb=de.focus_shift.jollyday.core} to read
 * its files; without it the first query is an {@link IllegalStateException} that names the flag.
 * On the class path no flag is needed. A country's data is read once per JVM (a few hundred
 * milliseconds for the first country, tens for the next) and kept.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryHolidays {

  /** The first year whose holidays can be read: the calendar's first year, {@value}. */
  public static final int FIRST_YEAR = 1900;

  /** The last year whose holidays can be read: the calendar's last year, {@value}. */
  public static final int LAST_YEAR = 2399;

  private static final Comparator<Entry> BY_DATE_THEN_NAME =
      Comparator.comparing((Entry e) -> e.date).thenComparing(e -> e.name);

  private final HolidayCalendar calendar;
  private final List<String> path;
  private final Set<HolidayKind> kinds;
  private final boolean observed;

  private CountryHolidays(
      HolidayCalendar calendar, List<String> path, Set<HolidayKind> kinds, boolean observed) {
    this.calendar = calendar;
    this.path = path;
    this.kinds = kinds;
    this.observed = observed;
  }

  /**
   * Obtains the public holidays of a country or one of its subdivisions, on their observed dates.
   *
   * @param country  a code of {@link #countries()}, any case, not null
   * @param subdivisions  the path of subdivision codes below the country, each one level deeper,
   *     any case, not null, no null element; none for the whole country
   * @return the holidays, not null
   * @throws IllegalArgumentException if the country or a subdivision is unknown; the message
   *     names it and lists the valid codes (for a country, where to find them)
   * @throws IllegalStateException if Jollyday cannot read its data (on the module path without
   *     the flag above)
   */
  public static CountryHolidays of(String country, String... subdivisions) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(subdivisions, "subdivisions");
    for (int i = 0; i < subdivisions.length; i++) {
      Objects.requireNonNull(subdivisions[i], "subdivisions[" + i + "]");
    }
    HolidayCalendar calendar = Jollyday.calendar(country.toUpperCase(Locale.ROOT));
    if (calendar == null) {
      throw new IllegalArgumentException(unknownCountry(country));
    }
    CalendarHierarchy node = Jollyday.hierarchy(calendar);
    List<String> path = new ArrayList<>(subdivisions.length);
    StringBuilder where = new StringBuilder(calendar.getId());
    for (String code : subdivisions) {
      CalendarHierarchy child = childOf(node, code);
      if (child == null) {
        Set<String> valid = node.getChildren().keySet();
        throw new IllegalArgumentException(
            valid.isEmpty()
                ? where + " has no subdivisions: " + SafeText.shown(code)
                : "Subdivision of " + where + " must be one of " + String.join(", ",
                    new TreeSet<>(valid)) + ": " + SafeText.shown(code));
      }
      path.add(child.getId());
      where.append('/').append(child.getId());
      node = child;
    }
    return new CountryHolidays(
        calendar,
        Collections.unmodifiableList(path),
        Collections.unmodifiableSet(EnumSet.of(HolidayKind.PUBLIC_HOLIDAY)),
        true);
  }

  /**
   * Lists the country codes {@link #of} accepts: Jollyday's calendar codes, upper case.
   *
   * @return the codes, sorted, unmodifiable, not null
   */
  public static SortedSet<String> countries() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(Jollyday.codes()));
  }

  /**
   * Gets the country code, upper case, as in {@link #countries()}.
   *
   * @return the code, not null
   */
  public String country() {
    return calendar.getId();
  }

  /**
   * Gets the path of subdivision codes below the country, as Jollyday spells them (mostly lower
   * case: {@code [by, mu]}).
   *
   * @return the codes, unmodifiable, empty for the whole country, not null
   */
  public List<String> subdivisions() {
    return path;
  }

  /**
   * Lists the subdivisions one level below this selection, the codes {@link #of} accepts next,
   * with their English names: below {@code of("DE")} the sixteen states ({@code by=Bavaria},
   * ...), below {@code of("DE", "BY")} the Bavarian regions Jollyday knows.
   *
   * @return code to name, sorted by code, unmodifiable, empty at the lowest level, not null
   */
  public SortedMap<String, String> subdivisionsBelow() {
    CalendarHierarchy node = Jollyday.hierarchy(calendar);
    for (String code : path) {
      node = node.getChildren().get(code);
    }
    return Jollyday.children(node);
  }

  /**
   * Gets the kinds of holiday taken.
   *
   * @return the kinds, unmodifiable, not empty, not null
   */
  public Set<HolidayKind> kinds() {
    return kinds;
  }

  /**
   * Checks if holidays close on their observed dates (the default) rather than their actual
   * dates.
   *
   * @return true for observed dates
   */
  public boolean usesObservedDates() {
    return observed;
  }

  /**
   * Returns a copy taking exactly the given kinds of holiday, such as
   * {@code withKinds(PUBLIC_HOLIDAY, BANK_HOLIDAY)}.
   *
   * @param kind  a kind, not null
   * @param more  further kinds, not null, no null element
   * @return a copy with those kinds, not null
   */
  public CountryHolidays withKinds(HolidayKind kind, HolidayKind... more) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(more, "more");
    EnumSet<HolidayKind> set = EnumSet.of(kind);
    for (int i = 0; i < more.length; i++) {
      set.add(Objects.requireNonNull(more[i], "more[" + i + "]"));
    }
    return new CountryHolidays(calendar, path, Collections.unmodifiableSet(set), observed);
  }

  /**
   * Returns a copy that closes each holiday on its actual date, where it falls, even when
   * Jollyday gives an observed date on another day.
   *
   * @return a copy with actual dates, not null
   */
  public CountryHolidays withActualDates() {
    return new CountryHolidays(calendar, path, kinds, false);
  }

  /**
   * Returns a copy that closes each holiday on its observed date where Jollyday gives one, the
   * default.
   *
   * @return a copy with observed dates, not null
   */
  public CountryHolidays withObservedDates() {
    return new CountryHolidays(calendar, path, kinds, true);
  }

  /**
   * Lists the holidays of the years {@code firstYear} to {@code lastYear}, both included, as
   * named rules for a single date each ({@link HolidayRule#fixed} with
   * {@link HolidayRule#named}), in date order and then by name. Two holidays on one date stay
   * two rules.
   *
   * @param firstYear  the first year, {@value #FIRST_YEAR} to {@value #LAST_YEAR}
   * @param lastYear  the last year, {@code firstYear} to {@value #LAST_YEAR}
   * @return the rules, unmodifiable, not null
   * @throws DateTimeException if a year is outside {@value #FIRST_YEAR} to {@value #LAST_YEAR},
   *     {@code lastYear} is before {@code firstYear}, or Jollyday cannot compute a year (Islamic
   *     holidays after 2173)
   * @throws IllegalStateException if Jollyday cannot read its data (on the module path without
   *     the flag above)
   */
  public List<HolidayRule> rules(int firstYear, int lastYear) {
    checkYears(firstYear, lastYear);
    String[] args = path.toArray(new String[0]);
    List<Entry> entries = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      for (Holiday h : Jollyday.holidays(calendar, year, args)) {
        if (kinds.contains(kind(h))) {
          entries.add(new Entry(observed ? h.getDate() : h.getActualDate(), Jollyday.name(h)));
        }
      }
    }
    entries.sort(BY_DATE_THEN_NAME);
    List<HolidayRule> rules = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      rules.add(HolidayRule.fixed(e.date).named(e.name));
    }
    return Collections.unmodifiableList(rules);
  }

  /**
   * Adds the holidays of the years {@code firstYear} to {@code lastYear}, both included, to a
   * calendar builder, as {@link #rules(int, int)} lists them. All are computed before the first
   * is added: when this method throws, the builder is unchanged.
   *
   * @param builder  the builder, not null
   * @param firstYear  the first year, {@value #FIRST_YEAR} to {@value #LAST_YEAR}
   * @param lastYear  the last year, {@code firstYear} to {@value #LAST_YEAR}
   * @return the same builder, for chaining, not null
   * @throws DateTimeException if a year is outside {@value #FIRST_YEAR} to {@value #LAST_YEAR},
   *     {@code lastYear} is before {@code firstYear}, or Jollyday cannot compute a year (Islamic
   *     holidays after 2173)
   * @throws IllegalStateException if Jollyday cannot read its data (on the module path without
   *     the flag above)
   */
  public BusinessCalendar.Builder addTo(
      BusinessCalendar.Builder builder, int firstYear, int lastYear) {
    Objects.requireNonNull(builder, "builder");
    for (HolidayRule rule : rules(firstYear, lastYear)) {
      builder.holiday(rule);
    }
    return builder;
  }

  // ---- internals -------------------------------------------------------------------------------

  private static void checkYears(int firstYear, int lastYear) {
    checkYear("First year", firstYear);
    checkYear("Last year", lastYear);
    if (lastYear < firstYear) {
      throw new DateTimeException(
          "Last year must not be before first year: " + firstYear + " / " + lastYear);
    }
  }

  private static void checkYear(String what, int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new DateTimeException(
          what + " must be within " + FIRST_YEAR + " and " + LAST_YEAR + ": " + year);
    }
  }

  private static CalendarHierarchy childOf(CalendarHierarchy node, String code) {
    for (CalendarHierarchy child : node.getChildren().values()) {
      if (child.getId().equalsIgnoreCase(code)) {
        return child;
      }
    }
    return null;
  }

  private static String unknownCountry(String country) {
    String hint = "";
    int dash = country.indexOf('-');
    if ("UK".equalsIgnoreCase(country)) {
      hint = "; the United Kingdom is GB";
    } else if (dash > 0
        && Jollyday.calendar(country.substring(0, dash).toUpperCase(Locale.ROOT)) != null) {
      hint = "; give a subdivision as a further argument, as in of(\"DE\", \"BY\")";
    }
    return "Country must be a code of CountryHolidays.countries(), such as DE, GB or US"
        + hint + ": " + SafeText.shown(country);
  }

  private static HolidayKind kind(Holiday holiday) {
    switch (holiday.getType()) {
      case PUBLIC_HOLIDAY:
        return HolidayKind.PUBLIC_HOLIDAY;
      case BANK_HOLIDAY:
        return HolidayKind.BANK_HOLIDAY;
      case OBSERVANCE:
        return HolidayKind.OBSERVANCE;
      default:
        throw new IllegalStateException("Unknown kind of Jollyday holiday: " + holiday.getType());
    }
  }

  /** A holiday on its chosen date, before it becomes a rule. */
  private static final class Entry {
    final LocalDate date;
    final String name;

    Entry(LocalDate date, String name) {
      this.date = date;
      this.name = name;
    }
  }

  // ---- identity --------------------------------------------------------------------------------

  /**
   * Checks if this selection equals another: same country, subdivisions, kinds and choice of
   * dates.
   *
   * @param obj  the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof CountryHolidays)) {
      return false;
    }
    CountryHolidays o = (CountryHolidays) obj;
    return calendar == o.calendar
        && path.equals(o.path)
        && kinds.equals(o.kinds)
        && observed == o.observed;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(calendar, path, kinds, observed);
  }

  /**
   * Outputs the selection, such as {@code "DE/by/mu [PUBLIC_HOLIDAY], observed dates"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(calendar.getId());
    for (String code : path) {
      sb.append('/').append(code);
    }
    return sb.append(' ').append(kinds).append(observed ? ", observed dates" : ", actual dates")
        .toString();
  }
}
