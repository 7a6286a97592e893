package dev.servicelevel.testkit;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threeten.extra.Interval;

/**
 * Generators of instants, durations and ranges for business-time properties, weighted towards
 * the instants where calendars go wrong: DST transitions, interval boundaries (and one
 * nanosecond either side), and the dates a calendar spec names.
 *
 * <p>Instants fall mostly within a few years of 2000–2030, some in the 1900s and the 2300s,
 * well inside the range a {@code BusinessCalendar} supports (1900-01-01 to 2400-01-01 UTC) so
 * that arithmetic from them rarely leaves it; about one in a hundred is one of the range's two
 * ends or within a week of it, where results may fall outside. They are whole minutes mostly,
 * else whole seconds or any nanosecond.
 *
 * <pre>{@code
 * CalendarSpec spec = CalendarGenerators.specs().sample(new SplittableRandom(3));
 * Instant t = TimeGenerators.instantsAround(spec).sample(new SplittableRandom(4));
 * Duration d = TimeGenerators.durationsFor(spec).sample(new SplittableRandom(5));
 * }</pre>
 *
 * <p>Every generator returned is stateless and thread-safe; its values are immutable.
 */
public final class TimeGenerators {

  /** The instant that plain instants shrink towards: 2024-01-01T00:00:00Z. */
  public static final Instant CENTRE = Instant.parse("2024-01-01T00:00:00Z");

  private static final long SECONDS_PER_DAY = 86_400L;
  private static final long SECONDS_PER_YEAR = 31_556_952L;
  private static final Instant MIN_SUPPORTED = BusinessCalendar.MIN_SUPPORTED;
  private static final Instant MAX_SUPPORTED = BusinessCalendar.MAX_SUPPORTED;
  private static final Instant FAR_PAST_START = Instant.parse("1900-01-08T00:00:00Z");
  private static final Instant FAR_PAST_END = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant FAR_FUTURE_START = Instant.parse("2300-01-01T00:00:00Z");
  private static final Instant FAR_FUTURE_END = Instant.parse("2390-01-01T00:00:00Z");

  private TimeGenerators() {}

  /**
   * Returns a generator of instants independent of any calendar: mostly 1995–2035 (shrinking
   * towards {@link #CENTRE}), some next to a DST transition of one of
   * {@link CalendarGenerators#EDGE_ZONES}, some in the 1900s or 2300s, a few at the ends of the
   * supported range.
   *
   * @return the generator, not null
   */
  public static Generator<Instant> instants() {
    return random -> {
      Instant t;
      switch (random.nextWeighted(84, 8, 4, 3, 1)) {
        case 0:
          t = CENTRE.plusSeconds(random.nextLong(-29 * SECONDS_PER_YEAR, 11 * SECONDS_PER_YEAR));
          break;
        case 1:
          t = nearTransition(random, random.nextElement(CalendarGenerators.EDGE_ZONES),
              2024 + random.nextInt(-24, 6));
          break;
        case 2:
          t = between(random, FAR_PAST_START, FAR_PAST_END);
          break;
        case 3:
          t = between(random, FAR_FUTURE_START, FAR_FUTURE_END);
          break;
        default:
          return rangeEdge(random);
      }
      return roughen(random, t);
    };
  }

  /**
   * Returns a generator of instants that suit a calendar spec: besides {@link #instants()}, the
   * local opening and closing times the spec names on the dates it names or on DST transition
   * days of its zone (exactly, or a nanosecond, second or minute off), instants next to the
   * zone's DST transitions, and instants within days of the dates the spec names.
   *
   * @param spec  the spec whose times and dates to favour, not null
   * @return the generator, not null
   */
  public static Generator<Instant> instantsAround(CalendarSpec spec) {
    Objects.requireNonNull(spec, "spec");
    List<LocalDate> dates = namedDates(spec);
    List<LocalTime> times = namedTimes(spec);
    ZoneId zone = spec.zone();
    return random -> {
      switch (random.nextWeighted(35, 30, 20, 15)) {
        case 0:
          return instants().next(random);
        case 1:
          {
            LocalDate date = anchorDate(random, dates, zone);
            LocalTime time = times.isEmpty() ? LocalTime.MIDNIGHT : random.nextElement(times);
            Instant t = ZonedDateTime.of(date, time, zone).toInstant();
            switch (random.nextWeighted(70, 12, 10, 8)) {
              case 0:
                return t;
              case 1:
                return t.plusNanos(random.nextPercent(50) ? 1 : -1);
              case 2:
                return t.plusSeconds(random.nextPercent(50) ? 1 : -1);
              default:
                return t.plusSeconds(random.nextPercent(50) ? 60 : -60);
            }
          }
        case 2:
          return roughen(random, nearTransition(random, zone, anchorDate(random, dates, zone).getYear()));
        default:
          {
            LocalDate date = anchorDate(random, dates, zone);
            Instant start = date.atStartOfDay(zone).toInstant();
            return roughen(random,
                start.plusSeconds(random.nextLong(-3 * SECONDS_PER_DAY, 4 * SECONDS_PER_DAY)));
          }
      }
    };
  }

  /**
   * Returns a generator of bounded ranges of instants whose ends are drawn by
   * {@link #instantsAround(CalendarSpec)} (or the first end plus a duration), within the supported
   * range; about one in ten is empty.
   *
   * @param spec  the spec whose times and dates to favour, not null
   * @return the generator, not null
   */
  public static Generator<Interval> intervalsAround(CalendarSpec spec) {
    Generator<Instant> instants = instantsAround(spec);
    return random -> {
      Instant a = instants.next(random);
      if (random.nextPercent(10)) {
        return Interval.of(a, a);
      }
      Instant b = !random.nextPercent(40)
          ? a.plus(durations().next(random))
          : instants.next(random);
      if (b.isAfter(MAX_SUPPORTED)) {
        b = MAX_SUPPORTED;
      }
      return a.isAfter(b) ? Interval.of(b, a) : Interval.of(a, b);
    };
  }

  /**
   * Returns a generator of non-negative durations independent of any calendar: zero, up to an
   * hour (to the nanosecond), up to a week, whole hours, up to two years. Shrinks towards zero.
   *
   * @return the generator, not null
   */
  public static Generator<Duration> durations() {
    return random -> {
      switch (random.nextWeighted(15, 25, 35, 15, 10)) {
        case 0:
          return Duration.ZERO;
        case 1:
          return roughenDuration(random, Duration.ofMinutes(random.nextLong(1, 60)));
        case 2:
          return roughenDuration(random, Duration.ofMinutes(random.nextLong(1, 7 * 24 * 60)));
        case 3:
          return Duration.ofHours(random.nextLong(1, 200));
        default:
          return Duration.ofMinutes(random.nextLong(1, 2 * 366 * 24 * 60));
      }
    };
  }

  /**
   * Returns a generator of non-negative business durations scaled to a calendar spec's weekly
   * open time: zero, the exact length of one of its weekly intervals (or a multiple), up to
   * three weeks' and sometimes a year's worth of its open time, and short durations to the
   * nanosecond. A spec without weekly hours gets durations of up to a day.
   *
   * @param spec  the spec whose weekly hours set the scale, not null
   * @return the generator, not null
   */
  public static Generator<Duration> durationsFor(CalendarSpec spec) {
    Objects.requireNonNull(spec, "spec");
    List<Duration> lengths = new ArrayList<>();
    long weeklySeconds = 0;
    for (CalendarSpec.WeeklyHours h : spec.weeklyHours()) {
      long s = h.start().toSecondOfDay();
      long e = h.end().isAfter(h.start()) ? h.end().toSecondOfDay() : h.end().toSecondOfDay() + SECONDS_PER_DAY;
      lengths.add(Duration.ofSeconds(e - s));
      weeklySeconds += e - s;
    }
    long week = Math.max(1, Math.min(weeklySeconds, 7 * SECONDS_PER_DAY));
    return random -> {
      if (lengths.isEmpty()) {
        return !random.nextPercent(80)
            ? Duration.ZERO
            : roughenDuration(random, Duration.ofMinutes(random.nextLong(1, 24 * 60)));
      }
      switch (random.nextWeighted(15, 15, 40, 20, 10)) {
        case 0:
          return Duration.ZERO;
        case 1:
          return random.nextElement(lengths).multipliedBy(random.nextInt(1, 3));
        case 2:
          return roughenDuration(random, Duration.ofSeconds(60 * random.nextLong(1, Math.max(1, 3 * week / 60))));
        case 3:
          return roughenDuration(random, Duration.ofMinutes(random.nextLong(1, 60)));
        default:
          return Duration.ofSeconds(60 * random.nextLong(1, Math.max(1, 52 * week / 60)));
      }
    };
  }

  /**
   * Lists the transitions of a zone's offset that happen within a calendar year (UTC).
   *
   * @param zone  the zone, not null
   * @param year  the year
   * @return the transitions in order, possibly empty, not null
   */
  public static List<ZoneOffsetTransition> transitionsIn(ZoneId zone, int year) {
    Objects.requireNonNull(zone, "zone");
    ZoneRules rules = zone.getRules();
    Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<ZoneOffsetTransition> list = new ArrayList<>();
    ZoneOffsetTransition t =
        rules.nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1));
    while (t != null && t.getInstant().isBefore(end)) {
      list.add(t);
      t = rules.nextTransition(t.getInstant());
    }
    return list;
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** An end of the supported range, or an instant within a week inside it. */
  private static Instant rangeEdge(Randomness random) {
    long offset = random.nextPercent(50) ? 0 : random.nextLong(1, 7 * SECONDS_PER_DAY);
    return random.nextPercent(50) ? MIN_SUPPORTED.plusSeconds(offset) : MAX_SUPPORTED.minusSeconds(offset);
  }

  private static Instant nearTransition(Randomness random, ZoneId zone, int year) {
    List<ZoneOffsetTransition> transitions = transitionsIn(zone, year);
    Instant base = transitions.isEmpty()
        ? LocalDate.of(year, 3 * random.nextInt(1, 4), 1).atStartOfDay(zone).toInstant()
        : random.nextElement(transitions).getInstant();
    return random.nextPercent(30)
        ? base
        : base.plusSeconds(60 * random.nextLong(-3 * 24 * 60, 3 * 24 * 60));
  }

  private static LocalDate anchorDate(Randomness random, List<LocalDate> dates, ZoneId zone) {
    switch (dates.isEmpty() ? 1 : random.nextWeighted(60, 40)) {
      case 0:
        return random.nextElement(dates).plusDays(random.nextInt(-1, 1));
      default:
        {
          int year = 2024 + random.nextInt(-24, 6);
          List<ZoneOffsetTransition> transitions = transitionsIn(zone, year);
          if (!transitions.isEmpty() && random.nextPercent(50)) {
            LocalDateTime before = random.nextElement(transitions).getDateTimeBefore();
            return before.toLocalDate().plusDays(random.nextInt(-1, 1));
          }
          return LocalDate.ofYearDay(year, random.nextInt(1, 365));
        }
    }
  }

  private static List<LocalDate> namedDates(CalendarSpec spec) {
    List<LocalDate> dates = new ArrayList<>(spec.holidayDates());
    for (CalendarSpec.DateHours h : spec.hoursOn()) {
      dates.add(h.date());
    }
    for (CalendarSpec.Closure c : spec.closures()) {
      dates.add(c.start().toLocalDate());
      dates.add(c.end().toLocalDate());
    }
    return List.copyOf(dates);
  }

  private static List<LocalTime> namedTimes(CalendarSpec spec) {
    List<LocalTime> times = new ArrayList<>();
    for (CalendarSpec.WeeklyHours h : spec.weeklyHours()) {
      times.add(h.start());
      times.add(h.end());
    }
    for (CalendarSpec.DateHours h : spec.hoursOn()) {
      times.add(h.start());
      times.add(h.end());
    }
    for (CalendarSpec.Closure c : spec.closures()) {
      times.add(c.start().toLocalTime());
      times.add(c.end().toLocalTime());
    }
    return List.copyOf(times);
  }

  private static Instant between(Randomness random, Instant from, Instant to) {
    return from.plusSeconds(60 * random.nextLong(0, (to.getEpochSecond() - from.getEpochSecond()) / 60));
  }

  /** Whole minutes mostly; else truncated to whole seconds or moved by up to a second in nanos. */
  private static Instant roughen(Randomness random, Instant t) {
    switch (random.nextWeighted(80, 10, 10)) {
      case 0:
        return t.minusSeconds(Math.floorMod(t.getEpochSecond(), 60)).minusNanos(t.getNano());
      case 1:
        return t.minusNanos(t.getNano()).plusSeconds(random.nextInt(0, 59));
      default:
        return t.plusNanos(random.nextLong(0, 999_999_999));
    }
  }

  private static Duration roughenDuration(Randomness random, Duration d) {
    switch (random.nextWeighted(85, 15)) {
      case 0:
        return d;
      default:
        return d.plusNanos(random.nextLong(1, 59_999_999_999L));
    }
  }
}
