package dev.servicelevel.testkit;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.threeten.extra.Interval;

/**
 * One generated example for the calendar properties: a spec, three instants (in any order), two
 * durations and a range. Besides what {@link CalendarSpecs} draws near the spec's focus, about
 * one instant in twenty lies anywhere in the supported range, one in twenty at or within a week
 * of its ends, and one duration in seven is long (up to 400 days), so that spans of centuries,
 * results outside the range and calendars that never open again are met too. Its
 * {@code toString} is what QuickTheories prints for a falsified property.
 */
record Scenario(
    CalendarSpec spec, Instant t, Instant u, Instant v, Duration d, Duration e, Interval range) {

  static final Instant MIN = BusinessCalendar.MIN_SUPPORTED;
  static final Instant MAX = BusinessCalendar.MAX_SUPPORTED;
  private static final long SECONDS_IN_RANGE = MAX.getEpochSecond() - MIN.getEpochSecond();
  private static final long WEEK = 7 * 86_400L;

  static Scenario generate(RandomGenerator r) {
    return around(r, CalendarSpecs.calendar(r));
  }

  static Scenario around(RandomGenerator r, CalendarSpec spec) {
    return new Scenario(
        spec, instant(r, spec), instant(r, spec), instant(r, spec), duration(r), duration(r),
        range(r, spec));
  }

  static Gen<Scenario> gen() {
    return QuickTheoriesGens.of(Scenario::generate);
  }

  static Instant instant(RandomGenerator r, CalendarSpec spec) {
    switch (r.nextInt(20)) {
      case 0:
        {
          long offset = r.nextBoolean() ? 0 : 1 + r.nextLong(WEEK);
          return r.nextBoolean() ? MIN.plusSeconds(offset) : MAX.minusSeconds(offset);
        }
      case 1:
        return MIN.plusSeconds(60 * r.nextLong(SECONDS_IN_RANGE / 60));
      default:
        return CalendarSpecs.instant(r, spec);
    }
  }

  static Duration duration(RandomGenerator r) {
    return r.nextInt(7) == 0
        ? Duration.ofMinutes(1 + r.nextLong(400 * 24 * 60L))
        : CalendarSpecs.businessTime(r);
  }

  static Interval range(RandomGenerator r, CalendarSpec spec) {
    Instant a = instant(r, spec);
    if (r.nextInt(10) == 0) {
      return Interval.of(a, a);
    }
    Instant b = r.nextInt(3) > 0 ? a.plus(duration(r)) : instant(r, spec);
    if (b.isAfter(MAX)) {
      b = MAX;
    }
    return a.isAfter(b) ? Interval.of(b, a) : Interval.of(a, b);
  }

  @Override
  public String toString() {
    return "\n" + spec + "\n  t=" + t + " u=" + u + " v=" + v + "\n  d=" + d + " e=" + e
        + "\n  range=" + range;
  }
}
