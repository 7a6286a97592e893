package dev.servicelevel.testkit;

import dev.servicelevel.calendar.HolidayRule;
import dev.servicelevel.calendar.ObservedShift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of calendar rules, instants and durations, driven by any
 * {@link RandomGenerator}: a seeded {@code SplittableRandom}, or a property library's source of
 * randomness through an adapter (see {@link QuickTheoriesGens} for QuickTheories). Choices are
 * drawn with {@code nextInt(bound)}, smaller numbers meaning simpler values, so a library that
 * shrinks the numbers it supplies shrinks the values too.
 *
 * <p>Edge cases are weighted in: zones with DST in both hemispheres, a 30-minute DST
 * (Australia/Lord_Howe), a skipped day (Pacific/Apia, 2011-12-30); empty and 24×7 calendars;
 * overnight and full-day intervals; local times at and around DST changes; instants on DST
 * transitions and on interval boundaries, to the nanosecond; years far from now.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(42);
 * CalendarSpec spec = CalendarSpecs.calendar(random);
 * Instant t = CalendarSpecs.instant(random, spec);
 * Duration d = CalendarSpecs.businessTime(random);
 * spec.build().plus(t, d);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CalendarSpecs {

  /** The zones drawn from, edge cases first. */
  public static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Europe/London"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Pacific/Apia"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("Asia/Kolkata"),
          ZoneOffset.UTC);

  private static final LocalTime[] TIMES = {
    LocalTime.of(9, 0), LocalTime.of(17, 0), LocalTime.MIDNIGHT, LocalTime.of(2, 0),
    LocalTime.of(2, 30), LocalTime.of(3, 0), LocalTime.of(1, 30), LocalTime.of(22, 0),
    LocalTime.of(6, 0), LocalTime.of(12, 0), LocalTime.of(23, 59, 59)
  };

  private CalendarSpecs() {}

  /**
   * Generates calendar rules: 1 in 10 empty, 1 in 10 open 24×7, else weekly hours with
   * holidays, dated hours and closures near a focus date.
   *
   * @param r  the source of randomness, not null
   * @return the spec, not null
   */
  public static CalendarSpec calendar(RandomGenerator r) {
    ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
    LocalDate focus = focus(r, zone);
    CalendarSpec spec = CalendarSpec.of(zone).withFocus(focus);
    int shape = r.nextInt(10);
    if (shape == 1) {
      return spec;
    }
    if (shape == 2) {
      for (DayOfWeek d : DayOfWeek.values()) {
        spec = spec.withWeekly(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
      }
      return spec;
    }
    if (shape < 6) {
      LocalTime start = time(r);
      LocalTime end = time(r);
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.getValue() <= 5 || r.nextInt(4) == 0) {
          spec = spec.withWeekly(d, start, end);
        }
      }
    } else {
      int intervals = 1 + r.nextInt(6);
      for (int i = 0; i < intervals; i++) {
        spec = spec.withWeekly(DayOfWeek.of(1 + r.nextInt(7)), time(r), time(r));
      }
    }
    int holidays = r.nextInt(4);
    for (int i = 0; i < holidays; i++) {
      spec = spec.withHoliday(holidayRule(r, focus));
    }
    int dated = r.nextInt(3);
    for (int i = 0; i < dated; i++) {
      spec = spec.withDated(near(r, focus, 30), time(r), time(r));
    }
    int closures = r.nextInt(3);
    for (int i = 0; i < closures; i++) {
      LocalDateTime start = near(r, focus, 30).atTime(time(r));
      LocalDateTime end = start.plusMinutes(1 + r.nextInt(4 * 24 * 60));
      spec = spec.withClosure(start, end);
    }
    return spec;
  }

  private static LocalDate focus(RandomGenerator r, ZoneId zone) {
    if (zone.getId().equals("Pacific/Apia") && r.nextInt(2) == 0) {
      return LocalDate.of(2011, 12, 30);
    }
    int[] years = {2024, 2025, 2027, 1950, 2350, 1901, 2398};
    int year = years[r.nextInt(years.length)];
    return LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
  }

  /** A local time: a DST-sensitive or round one first, else any second of the day. */
  static LocalTime time(RandomGenerator r) {
    if (r.nextInt(3) > 0) {
      return TIMES[r.nextInt(TIMES.length)];
    }
    return r.nextInt(2) == 0
        ? LocalTime.of(r.nextInt(24), 15 * r.nextInt(4))
        : LocalTime.ofSecondOfDay(r.nextInt(86_400));
  }

  private static LocalDate near(RandomGenerator r, LocalDate focus, int days) {
    return focus.plusDays(r.nextInt(2 * days + 1) - days);
  }

  private static HolidayRule holidayRule(RandomGenerator r, LocalDate focus) {
    HolidayRule rule;
    switch (r.nextInt(4)) {
      case 0:
        rule = HolidayRule.fixed(near(r, focus, 20));
        break;
      case 1:
        LocalDate d = near(r, focus, 20);
        rule = HolidayRule.annual(MonthDay.of(d.getMonth(), d.getDayOfMonth()));
        break;
      case 2:
        int n = r.nextInt(6);
        rule = HolidayRule.nthWeekday(focus.getMonth(), n == 0 ? -1 : n, DayOfWeek.of(1 + r.nextInt(7)));
        break;
      default:
        rule = HolidayRule.easter(r.nextInt(101) - 50);
        break;
    }
    ObservedShift[] shifts = ObservedShift.values();
    return rule.observed(shifts[r.nextInt(shifts.length)]);
  }

  /**
   * Generates an instant near the spec's focus: 1 in 3 on or next to a DST transition of its
   * zone, 1 in 3 on or next to a local time the spec opens or closes at, else anywhere within
   * 60 days; often with a fraction of a second.
   *
   * @param r  the source of randomness, not null
   * @param spec  the calendar rules, not null
   * @return the instant, not null
   */
  public static Instant instant(RandomGenerator r, CalendarSpec spec) {
    ZoneId zone = spec.zone();
    LocalDate focus = spec.focus();
    Instant base;
    int kind = r.nextInt(3);
    ZoneOffsetTransition transition =
        zone.getRules().nextTransition(near(r, focus, 90).atStartOfDay(ZoneOffset.UTC).toInstant());
    if (kind == 0 && transition != null) {
      base = transition.getInstant();
    } else if (kind == 1 && !spec.weekly().isEmpty()) {
      CalendarSpec.Weekly w = spec.weekly().get(r.nextInt(spec.weekly().size()));
      LocalTime time = r.nextInt(2) == 0 ? w.start() : w.end();
      base = near(r, focus, 40).atTime(time).atZone(zone).toInstant();
    } else {
      base = near(r, focus, 60).atStartOfDay(zone).toInstant().plusSeconds(r.nextInt(86_400));
    }
    switch (r.nextInt(5)) {
      case 0:
        return base.minusNanos(1);
      case 1:
        return base.plusNanos(1 + r.nextInt(999_999_999));
      case 2:
        return base.minusSeconds(1 + r.nextInt(3600));
      default:
        return base;
    }
  }

  /**
   * Generates a business-time amount: zero, a few nanoseconds, minutes, hours or days, often
   * with a fraction of a second; at most 10 days.
   *
   * @param r  the source of randomness, not null
   * @return the duration, not negative, not null
   */
  public static Duration businessTime(RandomGenerator r) {
    switch (r.nextInt(6)) {
      case 0:
        return Duration.ZERO;
      case 1:
        return Duration.ofNanos(1 + r.nextInt(1000));
      case 2:
        return Duration.ofMinutes(1 + r.nextInt(120));
      case 3:
        return Duration.ofHours(1 + r.nextInt(48)).plusNanos(r.nextInt(1_000_000_000));
      default:
        return Duration.ofSeconds(r.nextInt(10 * 86_400), r.nextInt(1_000_000_000));
    }
  }

  /**
   * Generates a scenario: calendar rules, three instants in order and two business-time
   * amounts.
   *
   * @param r  the source of randomness, not null
   * @return the scenario, not null
   */
  public static CalendarScenario scenario(RandomGenerator r) {
    CalendarSpec spec = calendar(r);
    List<Instant> instants = new ArrayList<>(3);
    for (int i = 0; i < 3; i++) {
      instants.add(instant(r, spec));
    }
    instants.sort(null);
    return new CalendarScenario(spec, instants.get(0), instants.get(1), instants.get(2), businessTime(r), businessTime(r));
  }
}
