package dev.servicelevel.testkit;

import dev.servicelevel.calendar.HolidayRule;
import dev.servicelevel.calendar.ObservedShift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generators of calendar definitions: zones, local times, holiday rules and whole
 * {@link CalendarSpec}s, weighted towards the cases that break business-time arithmetic.
 *
 * <p>What the weights favour, beyond plain office hours: the empty calendar and the 24×7
 * calendar; overnight shifts, 24-hour days and several shifts a day; opening and closing times
 * at DST-sensitive local times (00:00, 01:00 to 03:00, 23:59); per-date hours, holidays and
 * closures on the DST transition days of the chosen zone, and per-date hours on holidays;
 * holiday rules of every kind with every observed shift, including two rules competing for the
 * same substitute day; zones with unusual daylight saving ({@link #EDGE_ZONES}), with the
 * skipped 2011-12-30 of Pacific/Apia chosen often for that zone. Dated parts cluster around one
 * focus date, mostly in 2000–2030 and sometimes in the 1900s or 2300s, so that instants drawn
 * by {@link TimeGenerators#instantsAround(CalendarSpec)} meet them.
 *
 * <pre>{@code
 * Generator<CalendarSpec> specs = CalendarGenerators.specs();
 * CalendarSpec spec = specs.sample(new SplittableRandom(1));
 * BusinessCalendar calendar = spec.build();
 * }</pre>
 *
 * <p>Every generator returned is stateless and thread-safe; its values are immutable.
 */
public final class CalendarGenerators {

  /**
   * The zones drawn most often, the simplest first: UTC, Europe/Berlin, Europe/London,
   * America/New_York, Australia/Lord_Howe (30-minute DST), Pacific/Apia (skipped 2011-12-30),
   * Australia/Sydney (southern-hemisphere DST) and Asia/Kolkata (+05:30, no DST today).
   */
  public static final List<ZoneId> EDGE_ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Europe/London"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Pacific/Apia"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("Asia/Kolkata"));

  private static final List<ZoneId> ALL_ZONES = allZones();

  private static final Set<DayOfWeek> MONDAY_TO_FRIDAY =
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private static final List<LocalTime> DST_SENSITIVE_TIMES =
      List.of(
          LocalTime.MIDNIGHT,
          LocalTime.of(1, 0),
          LocalTime.of(1, 30),
          LocalTime.of(2, 0),
          LocalTime.of(2, 15),
          LocalTime.of(2, 30),
          LocalTime.of(3, 0),
          LocalTime.of(3, 15),
          LocalTime.of(23, 59));

  private static final List<MonthDay> HOLIDAY_DAYS =
      List.of(
          MonthDay.of(12, 25),
          MonthDay.of(12, 26),
          MonthDay.of(1, 1),
          MonthDay.of(2, 29),
          MonthDay.of(12, 31),
          MonthDay.of(7, 4),
          MonthDay.of(10, 3));

  private CalendarGenerators() {}

  /**
   * Returns a generator of zones: mostly the {@link #EDGE_ZONES}, sometimes any zone the JDK
   * knows. Shrinks towards UTC.
   *
   * @return the generator, not null
   */
  public static Generator<ZoneId> zones() {
    return random ->
        random.nextWeighted(85, 15) == 0
            ? random.nextElement(EDGE_ZONES)
            : random.nextElement(ALL_ZONES);
  }

  /**
   * Returns a generator of whole-second local times, weighted towards whole and quarter hours
   * and DST-sensitive times (midnight, 01:00 to 03:15, 23:59). Shrinks towards midnight.
   *
   * @return the generator, not null
   */
  public static Generator<LocalTime> localTimes() {
    return random -> {
      switch (random.nextWeighted(45, 25, 20, 10)) {
        case 0:
          return LocalTime.of(random.nextInt(0, 23), 0);
        case 1:
          return LocalTime.of(random.nextInt(0, 23), 15 * random.nextInt(0, 3));
        case 2:
          return random.nextElement(DST_SENSITIVE_TIMES);
        default:
          return LocalTime.ofSecondOfDay(random.nextInt(0, 86_399));
      }
    };
  }

  /**
   * Returns a generator of holiday rules of every kind ({@code fixed} near the given year,
   * {@code annual} including February 29, {@code nthWeekday} including fifth and last weekdays,
   * {@code easter} with common and extreme offsets), each observed with a random
   * {@link ObservedShift} and sometimes named.
   *
   * @param year  the year a {@code fixed} rule's date is drawn from
   * @return the generator, not null
   */
  public static Generator<HolidayRule> holidayRules(int year) {
    return random -> {
      HolidayRule rule;
      switch (random.nextWeighted(25, 35, 20, 20)) {
        case 0:
          rule = HolidayRule.fixed(LocalDate.ofYearDay(year, random.nextInt(1, 365)));
          break;
        case 1:
          rule = HolidayRule.annual(
              !random.nextPercent(30)
                  ? random.nextElement(HOLIDAY_DAYS)
                  : MonthDay.from(LocalDate.ofYearDay(2024, random.nextInt(1, 366))));
          break;
        case 2:
          {
            int n = random.nextWeighted(70, 15, 15) == 0
                ? random.nextInt(1, 4)
                : random.nextPercent(50) ? 5 : -1;
            rule = HolidayRule.nthWeekday(
                Month.of(random.nextInt(1, 12)), n, DayOfWeek.of(random.nextInt(1, 7)));
            break;
          }
        default:
          rule = HolidayRule.easter(
              !random.nextPercent(25)
                  ? random.nextElement(List.of(0, -2, 1, 39, 49, 50, -47))
                  : random.nextInt(-HolidayRule.MAX_EASTER_OFFSET, HolidayRule.MAX_EASTER_OFFSET));
          break;
      }
      ObservedShift shift = ObservedShift.values()[random.nextWeighted(40, 20, 20, 20)];
      rule = rule.observed(shift);
      return random.nextPercent(20) ? rule.named("Holiday " + random.nextInt(1, 9)) : rule;
    };
  }

  /**
   * Returns a generator of calendar specs in zones drawn by {@link #zones()}.
   *
   * @return the generator, not null
   */
  public static Generator<CalendarSpec> specs() {
    return random -> spec(random, zones().next(random));
  }

  /**
   * Returns a generator of calendar specs in the given zone.
   *
   * @param zone  the zone of every spec, not null
   * @return the generator, not null
   */
  public static Generator<CalendarSpec> specs(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return random -> spec(random, zone);
  }

  /**
   * Returns a generator of specs that describe a calendar equal to the one {@code spec}
   * describes, written differently: calls in another order, some calls repeated, and some
   * {@code holiday(date)} calls written as {@code holiday(HolidayRule.fixed(date))}. The calendars
   * built from {@code spec} and from any spec generated here are {@code equals}, with equal hash
   * codes, and answer every query alike.
   *
   * <p>Intervals are not split or merged: a calendar maps each interval to instants on its own
   * (a local time in a DST gap moves past the gap), so pieces of an interval need not open the
   * same instants as the whole.
   *
   * @param spec  the spec to rewrite, not null
   * @return the generator, not null
   */
  public static Generator<CalendarSpec> equivalentSpecs(CalendarSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return random -> rewrite(random, spec);
  }

  // ---- calendar specs -------------------------------------------------------------------

  private static CalendarSpec spec(Randomness random, ZoneId zone) {
    int year = focusYear(random, zone);
    LocalDate focus = focusDate(random, zone, year);
    CalendarSpec spec = weeklyHours(random, CalendarSpec.of(zone));
    spec = holidays(random, spec, focus);
    spec = hoursOn(random, spec, focus);
    return closures(random, spec, focus);
  }

  private static int focusYear(Randomness random, ZoneId zone) {
    if (zone.getId().equals("Pacific/Apia") && random.nextPercent(40)) {
      return 2011;
    }
    switch (random.nextWeighted(85, 10, 5)) {
      case 0:
        return 2024 + random.nextInt(-24, 6);
      case 1:
        return 1901 + random.nextInt(0, 98);
      default:
        return 2300 + random.nextInt(0, 89);
    }
  }

  private static LocalDate focusDate(Randomness random, ZoneId zone, int year) {
    List<ZoneOffsetTransition> transitions = TimeGenerators.transitionsIn(zone, year);
    if (!transitions.isEmpty() && random.nextPercent(40)) {
      ZoneOffsetTransition t = random.nextElement(transitions);
      return t.getDateTimeBefore().toLocalDate();
    }
    return LocalDate.ofYearDay(year, random.nextInt(1, 365));
  }

  private static CalendarSpec weeklyHours(Randomness random, CalendarSpec spec) {
    switch (random.nextWeighted(30, 6, 6, 20, 10, 23, 5)) {
      case 0: // office hours on a set of days
        return spec.withOpen(
            days(random), hourTime(random, 6, 11), hourTime(random, 12, 20));
      case 1:
        return spec;
      case 2: // 24x7
        return spec.withOpen(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
      case 3: // shifts with breaks, the last one overnight
        {
          Set<DayOfWeek> days = days(random);
          LocalTime a = hourTime(random, 5, 8);
          LocalTime b = a.plusHours(random.nextInt(3, 5));
          LocalTime c = b.plusMinutes(15L * random.nextInt(1, 4));
          LocalTime d = c.plusHours(random.nextInt(3, 5));
          CalendarSpec s = spec.withOpen(days, a, b).withOpen(days, c, d);
          return random.nextPercent(70)
              ? s.withOpen(days, hourTime(random, 21, 23), hourTime(random, 4, 7))
              : s;
        }
      case 4: // overnight only
        return spec.withOpen(days(random), hourTime(random, 18, 23), hourTime(random, 0, 8));
      case 5: // anything: 1 to 6 random calls
        {
          CalendarSpec s = spec;
          int n = random.nextInt(1, 6);
          for (int i = 0; i < n; i++) {
            s = s.withOpen(
                DayOfWeek.of(random.nextInt(1, 7)), localTimes().next(random),
                localTimes().next(random));
          }
          return s;
        }
      default: // 24-hour days starting at a random time
        {
          LocalTime t = localTimes().next(random);
          return spec.withOpen(days(random), t, t);
        }
    }
  }

  private static Set<DayOfWeek> days(Randomness random) {
    if (!random.nextPercent(40)) {
      return MONDAY_TO_FRIDAY;
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (random.nextPercent(55)) {
        days.add(day);
      }
    }
    if (days.isEmpty()) {
      days.add(DayOfWeek.of(random.nextInt(1, 7)));
    }
    return days;
  }

  private static LocalTime hourTime(Randomness random, int fromHour, int toHour) {
    LocalTime t = LocalTime.of(random.nextInt(fromHour, toHour), 0);
    return random.nextPercent(20) ? t.plusMinutes(30) : t;
  }

  private static CalendarSpec holidays(Randomness random, CalendarSpec spec, LocalDate focus) {
    if (!random.nextPercent(65)) {
      return spec;
    }
    CalendarSpec s = spec;
    int dates = random.nextWeighted(40, 35, 25);
    for (int i = 0; i < dates; i++) {
      s = s.withHoliday(nearFocus(random, focus));
    }
    int rules = random.nextWeighted(30, 35, 20, 15);
    for (int i = 0; i < rules; i++) {
      s = s.withHoliday(holidayRules(focus.getYear()).next(random));
    }
    if (random.nextPercent(15)) { // two holidays competing for the same substitute day
      s = s.withHoliday(HolidayRule.annual(MonthDay.of(12, 25)).observed(ObservedShift.NEXT_WORKING_DAY))
          .withHoliday(HolidayRule.annual(MonthDay.of(12, 26)).observed(ObservedShift.NEXT_WORKING_DAY));
    }
    return s;
  }

  /** The focus date itself (often a DST transition day) or a date within four days of it. */
  private static LocalDate nearFocus(Randomness random, LocalDate focus) {
    return random.nextPercent(65) ? focus.plusDays(random.nextInt(-4, 4)) : focus;
  }

  private static CalendarSpec hoursOn(Randomness random, CalendarSpec spec, LocalDate focus) {
    if (!random.nextPercent(45)) {
      return spec;
    }
    CalendarSpec s = spec;
    int dates = random.nextInt(1, 3);
    for (int i = 0; i < dates; i++) {
      LocalDate date = !spec.holidayDates().isEmpty() && random.nextPercent(30)
          ? random.nextElement(spec.holidayDates())
          : nearFocus(random, focus);
      int calls = random.nextWeighted(0, 75, 25);
      for (int j = 0; j < calls; j++) {
        s = s.withHoursOn(date, localTimes().next(random), localTimes().next(random));
      }
    }
    return s;
  }

  private static CalendarSpec closures(Randomness random, CalendarSpec spec, LocalDate focus) {
    if (!random.nextPercent(45)) {
      return spec;
    }
    CalendarSpec s = spec;
    int n = random.nextInt(1, 2);
    for (int i = 0; i < n; i++) {
      LocalDateTime start = nearFocus(random, focus).atTime(localTimes().next(random));
      Duration length;
      switch (random.nextWeighted(40, 40, 20)) {
        case 0:
          length = Duration.ofMinutes(random.nextInt(1, 600));
          break;
        case 1:
          length = Duration.ofHours(random.nextInt(1, 72));
          break;
        default:
          length = Duration.ofMinutes(random.nextInt(1, 10 * 24 * 60));
          break;
      }
      s = s.withClosed(start, start.plus(length));
    }
    return s;
  }

  // ---- equivalent rewrites ------------------------------------------------------------------

  private static CalendarSpec rewrite(Randomness random, CalendarSpec spec) {
    List<LocalDate> dates = new ArrayList<>();
    List<HolidayRule> rules = new ArrayList<>(spec.holidayRules());
    for (LocalDate date : spec.holidayDates()) {
      if (random.nextPercent(30)) {
        rules.add(HolidayRule.fixed(date));
      } else {
        dates.add(date);
      }
    }
    return CalendarSpec.of(
        spec.zone(),
        shuffle(random, repeatSome(random, spec.weeklyHours())),
        shuffle(random, repeatSome(random, dates)),
        shuffle(random, repeatSome(random, rules)),
        shuffle(random, repeatSome(random, spec.hoursOn())),
        shuffle(random, repeatSome(random, spec.closures())));
  }

  private static <T> List<T> repeatSome(Randomness random, List<T> list) {
    List<T> copy = new ArrayList<>(list);
    if (!list.isEmpty() && random.nextPercent(30)) {
      copy.add(random.nextElement(list));
    }
    return copy;
  }

  private static <T> List<T> shuffle(Randomness random, List<T> list) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(0, i));
    }
    return copy;
  }

  private static List<ZoneId> allZones() {
    List<ZoneId> zones = new ArrayList<>();
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      zones.add(ZoneId.of(id));
    }
    return List.copyOf(zones);
  }
}
