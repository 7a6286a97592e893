package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * How a new calendar answers its first queries (issue 17, item 2): from a window of a few days
 * compiled around the query instead of a whole year. The answers must be those of a calendar
 * whose years are compiled, for every kind of rule, zone and instant; the fast local-time mapping
 * and the holidays found per range must be those of {@code ZonedDateTime.of} and of the year's
 * placement.
 */
class ColdStartTest {

  private static final ZoneId[] ZONES = {
    ZoneOffset.UTC,
    ZoneId.of("Europe/Berlin"),
    ZoneId.of("America/New_York"),
    ZoneId.of("Australia/Lord_Howe"),
    ZoneId.of("Pacific/Apia"),
    ZoneId.of("America/Sao_Paulo"),
    ZoneId.of("Asia/Kathmandu"),
    ZoneId.of("America/St_Johns"),
    ZoneId.of("Africa/Casablanca"),
    ZoneId.of("Asia/Beirut"),
    ZoneOffset.ofHours(-12),
    ZoneOffset.ofHoursMinutes(14, 0),
  };

  private static final long DAY = 86_400;
  private static final long FIRST = LocalDate.of(1900, 1, 1).toEpochDay() * DAY;
  private static final long LAST = LocalDate.of(2400, 1, 1).toEpochDay() * DAY;

  // ---- windows answer as years do --------------------------------------------------------------

  @Test
  void firstQueries_ofNewCalendars_equalThoseOfCompiledYears() {
    qt().withExamples(300)
        .forAll(longs().all(), longs().between(FIRST - DAY, LAST + DAY),
            integers().between(0, 999_999_999), longs().between(1, 12 * DAY))
        .checkAssert((seed, sec, nano, reach) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Instant t = Instant.ofEpochSecond(sec, nano);
          BusinessCalendar.Builder rules = randomRules(random, t);
          Duration d = Duration.ofSeconds(random.nextLong(reach), random.nextInt(1_000_000_000));
          Instant later = t.plus(d);
          BusinessCalendar warm = rules.build();
          long from = Math.max(FIRST, sec - 40 * DAY);
          long to = Math.min(LAST, sec + 40 * DAY);
          // openIntervals compiles whole years, never windows
          warm.openIntervals(Interval.of(Instant.ofEpochSecond(from), Instant.ofEpochSecond(to)));
          String what = seed + ": " + warm + " at " + t + ", " + d;
          assertEquals(answer(() -> warm.isOpen(t)), answer(() -> rules.build().isOpen(t)), what);
          assertEquals(answer(() -> warm.plus(t, d)), answer(() -> rules.build().plus(t, d)), what);
          assertEquals(answer(() -> warm.minus(t, d)), answer(() -> rules.build().minus(t, d)),
              what);
          assertEquals(answer(() -> warm.between(t, later)),
              answer(() -> rules.build().between(t, later)), what);
          assertEquals(answer(() -> warm.between(later, t)),
              answer(() -> rules.build().between(later, t)), what);
        });
  }

  @Test
  void manyQueriesOnOneNewCalendar_equalThoseOfCompiledYears() {
    qt().withExamples(40)
        .forAll(longs().all(), longs().between(FIRST + 30 * DAY, LAST - 30 * DAY))
        .checkAssert((seed, sec) -> {
          SplittableRandom random = new SplittableRandom(seed);
          BusinessCalendar.Builder rules = randomRules(random, Instant.ofEpochSecond(sec));
          BusinessCalendar warm = rules.build();
          warm.openIntervals(Interval.of(Instant.ofEpochSecond(Math.max(FIRST, sec - 60 * DAY)),
              Instant.ofEpochSecond(Math.min(LAST, sec + 60 * DAY))));
          BusinessCalendar cold = rules.build();
          // more queries than windows, hopping around so that windows are replaced
          for (int i = 0; i < 3 * Timeline.MAX_WINDOWS; i++) {
            Instant t = Instant.ofEpochSecond(sec + random.nextLong(-20 * DAY, 20 * DAY),
                random.nextInt(1_000_000_000));
            Duration d = Duration.ofSeconds(random.nextLong(10 * DAY));
            String what = seed + ": " + warm + " at " + t + ", " + d + ", query " + i;
            assertEquals(answer(() -> warm.plus(t, d)), answer(() -> cold.plus(t, d)), what);
            assertEquals(answer(() -> warm.minus(t, d)), answer(() -> cold.minus(t, d)), what);
            assertEquals(answer(() -> warm.isOpen(t)), answer(() -> cold.isOpen(t)), what);
          }
        });
  }

  @Test
  void firstPlus_justBeforeTheEndOfTheSupportedRange() {
    BusinessCalendar.Builder always = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    Instant end = BusinessCalendar.MAX_SUPPORTED;
    assertEquals(end, always.build().plus(end.minusSeconds(60), Duration.ofMinutes(1)));
    assertFalse(always.build().isOpen(end));
    assertEquals(end.minusSeconds(60), always.build().minus(end, Duration.ofMinutes(1)));
    Instant start = BusinessCalendar.MIN_SUPPORTED;
    assertEquals(start, always.build().minus(start.plusSeconds(60), Duration.ofMinutes(1)));
    assertTrue(always.build().isOpen(start));
  }

  @Test
  void alwaysOpen_isTheCalendarTheBuilderMakes() {
    for (ZoneId zone : ZONES) {
      BusinessCalendar built = BusinessCalendar.builder(zone)
          .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
          .build();
      BusinessCalendar always = BusinessCalendar.alwaysOpen(zone);
      assertEquals(built, always);
      assertEquals(always, built);
      assertEquals(built.hashCode(), always.hashCode());
      assertEquals(built.toString(), always.toString());
      Instant t = Instant.parse("2024-03-31T01:30:00Z");
      assertEquals(t.plus(Duration.ofDays(3)), always.plus(t, Duration.ofDays(3)));
    }
  }

  // ---- the local clock is ZonedDateTime.of -------------------------------------------------------

  @Test
  void localClock_mapsLikeZonedDateTimeOf_aroundEveryTransitionOfEveryZone() {
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZoneId zone = ZoneId.of(id);
      ZoneRules rules = zone.getRules();
      List<Long> locals = new ArrayList<>();
      for (int year : new int[] {1899, 1945, 1980, 2010, 2200, 2399}) {
        addAroundTransitions(rules, year, locals);
      }
      locals.add(LocalDate.of(2030, 7, 1).toEpochDay() * DAY);
      locals.add(LAST - 1);
      // forward, as compiling walks, and then in a shuffled order
      LocalClock clock = new LocalClock(zone);
      for (long local : locals) {
        assertEquals(reference(local, zone), clock.toEpochSecond(local), id + " " + local);
      }
      SplittableRandom random = new SplittableRandom(id.hashCode());
      LocalClock shuffled = new LocalClock(zone);
      for (int i = 0; i < locals.size(); i++) {
        long local = locals.get(random.nextInt(locals.size()));
        assertEquals(reference(local, zone), shuffled.toEpochSecond(local), id + " " + local);
      }
    }
  }

  @Test
  void localClock_mapsLikeZonedDateTimeOf_onRandomWalks() {
    qt().withExamples(100)
        .forAll(integers().between(0, ZONES.length - 1), longs().between(FIRST, LAST - 400 * DAY),
            longs().between(600, 3 * DAY))
        .checkAssert((z, start, step) -> {
          LocalClock clock = new LocalClock(ZONES[z]);
          for (long local = start; local < start + 400 * DAY; local += step) {
            assertEquals(reference(local, ZONES[z]), clock.toEpochSecond(local),
                ZONES[z] + " " + local);
          }
        });
  }

  /** Local times around the first six transitions of a zone from the start of a year on. */
  private static void addAroundTransitions(ZoneRules rules, int year, List<Long> locals) {
    ZoneOffsetTransition next =
        rules.nextTransition(Instant.ofEpochSecond(LocalDate.of(year, 1, 1).toEpochDay() * DAY));
    int transitions = 0;
    while (next != null && next.toEpochSecond() < LAST && transitions++ < 6) {
      long local = next.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC);
      for (long step = -3 * 3600; step <= 3 * 3600; step += 1800) {
        locals.add(local + step);
      }
      locals.add(local - 1);
      locals.add(local + 1);
      locals.add(next.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC));
      locals.add(next.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC) - 1);
      next = rules.nextTransition(next.getInstant());
    }
  }

  private static long reference(long local, ZoneId zone) {
    return ZonedDateTime.of(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC), zone)
        .toEpochSecond();
  }

  // ---- holidays found per range are the year's placements ---------------------------------------

  @Test
  void holidaysFoundPerRange_areThoseTheYearPlaces() {
    qt().withExamples(80)
        .forAll(longs().all(), integers().between(1900, 2399))
        .checkAssert((seed, year) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
          for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(4) > 0) {
              days.add(day);
            }
          }
          if (days.isEmpty()) {
            days.add(DayOfWeek.WEDNESDAY);
          }
          BusinessCalendar.Builder builder = BusinessCalendar.builder(ZoneOffset.UTC)
              .open(days, LocalTime.NOON, LocalTime.of(13, 0));
          int n = random.nextInt(1, 12);
          for (int i = 0; i < n; i++) {
            builder.holiday(randomRule(random, LocalDate.of(year, 6, 1)));
          }
          BusinessCalendar warm = builder.build();
          Set<LocalDate> holidays = new HashSet<>();
          for (Holiday h : warm.holidays(Year.of(year))) {
            holidays.add(h.date());
          }
          for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek())) {
              Instant noon = d.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
              boolean open = !holidays.contains(d);
              assertEquals(open, warm.isOpen(noon), seed + " " + warm + " " + d);
              if (d.getDayOfMonth() % 9 == 0) {
                assertEquals(open, builder.build().isOpen(noon), seed + " " + warm + " " + d);
              }
            }
          }
        });
  }

  // ---- random rules ------------------------------------------------------------------------------

  /** The answer of a query, or the class of the exception it threw (shared by the tests here). */
  static Object answer(Callable<Object> query) {
    try {
      return query.call();
    } catch (DateTimeException e) {
      return DateTimeException.class;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static LocalTime time(SplittableRandom random) {
    int second = random.nextInt(4) == 0 ? random.nextInt(86_400) : random.nextInt(96) * 900;
    return LocalTime.ofSecondOfDay(second);
  }

  /** Rules of every kind, with dates near {@code t}. */
  static BusinessCalendar.Builder randomRules(SplittableRandom random, Instant t) {
    ZoneId zone = ZONES[random.nextInt(ZONES.length)];
    LocalDate near = LocalDateTime.ofEpochSecond(
        Math.max(FIRST, Math.min(LAST - 1, t.getEpochSecond())), 0, ZoneOffset.UTC).toLocalDate();
    BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
    for (DayOfWeek day : DayOfWeek.values()) {
      int intervals = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 4);
      for (int i = 0; i < intervals; i++) {
        builder.open(day, time(random), time(random));
      }
    }
    int holidays = random.nextInt(6);
    for (int i = 0; i < holidays; i++) {
      builder.holiday(randomRule(random, near));
    }
    int dated = random.nextInt(3);
    for (int i = 0; i < dated; i++) {
      LocalDate date = near.plusDays(random.nextInt(-6, 7));
      if (date.getYear() >= HolidayRule.MIN_YEAR && date.getYear() <= HolidayRule.MAX_YEAR) {
        builder.hoursOn(date, time(random), time(random));
      }
    }
    int closures = random.nextInt(3);
    for (int i = 0; i < closures; i++) {
      LocalDateTime start = near.plusDays(random.nextInt(-6, 7)).atTime(time(random));
      LocalDateTime end = start.plusSeconds(random.nextLong(1, 4 * DAY));
      if (start.getYear() >= HolidayRule.MIN_YEAR && end.getYear() <= HolidayRule.MAX_YEAR) {
        builder.closed(start, end);
      }
    }
    return builder;
  }

  private static HolidayRule randomRule(SplittableRandom random, LocalDate near) {
    HolidayRule rule;
    switch (random.nextInt(5)) {
      case 0:
        rule = HolidayRule.fixed(near.plusDays(random.nextInt(-10, 11)));
        break;
      case 1:
        rule = HolidayRule.annual(MonthDay.from(near.plusDays(random.nextInt(-10, 11))));
        break;
      case 2:
        rule = HolidayRule.annual(random.nextBoolean() ? MonthDay.of(2, 29) : MonthDay.of(12, 31));
        break;
      case 3:
        {
          int n = random.nextInt(7) - 1;
          rule = HolidayRule.nthWeekday(Month.of(random.nextInt(1, 13)), n == 0 ? 5 : n,
              DayOfWeek.of(random.nextInt(1, 8)));
          break;
        }
      default:
        rule = HolidayRule.easter(random.nextInt(-HolidayRule.MAX_EASTER_OFFSET,
            HolidayRule.MAX_EASTER_OFFSET + 1));
        break;
    }
    return rule.observed(ObservedShift.values()[random.nextInt(ObservedShift.values().length)]);
  }
}
