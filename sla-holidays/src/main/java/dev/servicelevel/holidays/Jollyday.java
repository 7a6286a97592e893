package dev.servicelevel.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DateTimeException;
import java.time.Year;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one place that calls Jollyday: it keeps one manager per calendar (reading a country's XML
 * file costs a few hundred milliseconds the first time) and turns Jollyday's failures into our
 * documented exceptions.
 */
final class Jollyday {

  /** The flag a JVM on the module path needs before Jollyday can read its files. */
  static final String MODULE_PATH_FLAG =
      "--add-exports de.focus_shift.jollyday.jaxb/de.focus_shift.jollyday.jaxb"
          + "=de.focus_shift.jollyday.core";

  /** Names come from Jollyday's English texts, whatever the JVM's default locale is. */
  static final Locale NAMES = Locale.ENGLISH;

  /** What Jollyday's texts answer for a key they do not have. */
  private static final String UNDEFINED = "undefined";

  /** The name given to a holiday Jollyday's data leaves unnamed (two in India's data). */
  static final String UNNAMED = "Unnamed holiday";

  private static final Map<String, HolidayCalendar> BY_CODE;

  static {
    Map<String, HolidayCalendar> byCode = new TreeMap<>();
    for (HolidayCalendar c : HolidayCalendar.values()) {
      byCode.put(c.getId().toUpperCase(Locale.ROOT), c);
    }
    BY_CODE = Collections.unmodifiableMap(byCode);
  }

  private static final ConcurrentMap<HolidayCalendar, HolidayManager> MANAGERS =
      new ConcurrentHashMap<>();

  private Jollyday() {}

  /** The supported codes, upper case, sorted. */
  static Set<String> codes() {
    return BY_CODE.keySet();
  }

  /** The calendar of an upper-case code, or null. */
  static HolidayCalendar calendar(String upperCaseCode) {
    return BY_CODE.get(upperCaseCode);
  }

  static HolidayManager manager(HolidayCalendar calendar) {
    return MANAGERS.computeIfAbsent(
        calendar,
        c -> {
          try {
            return HolidayManager.getInstance(ManagerParameters.create(c));
          } catch (IllegalStateException e) {
            throw unreadable(c, e);
          }
        });
  }

  static CalendarHierarchy hierarchy(HolidayCalendar calendar) {
    return manager(calendar).getCalendarHierarchy();
  }

  /** The level below a hierarchy node: code to English name, sorted by code. */
  static SortedMap<String, String> children(CalendarHierarchy node) {
    SortedMap<String, String> out = new TreeMap<>();
    for (CalendarHierarchy child : node.getChildren().values()) {
      out.put(child.getId(), child.getDescription(NAMES));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  static Set<Holiday> holidays(HolidayCalendar calendar, int year, String[] path) {
    HolidayManager manager = manager(calendar);
    try {
      return manager.getHolidays(Year.of(year), path);
    } catch (DateTimeException e) {
      // Java's Hijrah calendar ends in November 2174, so Jollyday cannot place Islamic
      // holidays after 2173.
      throw new DateTimeException(
          "Jollyday cannot compute the holidays of " + calendar.getId() + " in " + year + ": "
              + e.getMessage(),
          e);
    } catch (IllegalStateException e) {
      throw unreadable(calendar, e);
    }
  }

  /** A holiday's English name; Jollyday's own "undefined" never becomes a name. */
  static String name(Holiday holiday) {
    String text = holiday.getDescription(NAMES);
    if (text.isBlank() || UNDEFINED.equals(text)) {
      String key = holiday.getPropertiesKey();
      return key.isBlank() ? UNNAMED : key;
    }
    return text;
  }

  private static IllegalStateException unreadable(HolidayCalendar calendar, RuntimeException e) {
    return new IllegalStateException(
        "Jollyday cannot read the holidays of " + calendar.getId() + " (on the module path the"
            + " JVM needs " + MODULE_PATH_FLAG + "): " + e.getMessage(),
        e);
  }
}
