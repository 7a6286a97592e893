package dev.servicelevel.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.threeten.extra.Interval;

/**
 * Two generated calendar specs (zones drawn independently) with instants and a range drawn
 * around either, for the algebra properties.
 */
record Pair(CalendarSpec first, CalendarSpec second, Instant t, Instant u, Interval range) {

  static Pair generate(RandomGenerator r) {
    CalendarSpec a = CalendarSpecs.calendar(r);
    CalendarSpec b = CalendarSpecs.calendar(r);
    CalendarSpec around = r.nextBoolean() ? a : b;
    return new Pair(
        a, b, Scenario.instant(r, around), Scenario.instant(r, around), Scenario.range(r, around));
  }

  static Gen<Pair> gen() {
    return QuickTheoriesGens.of(Pair::generate);
  }

  /** A local date in the first calendar's zone at {@code t}, for versions and working days. */
  LocalDate date() {
    return t.atZone(first.zone()).toLocalDate();
  }

  @Override
  public String toString() {
    return "\nfirst = " + first + "\nsecond = " + second + "\n  t=" + t + " u=" + u
        + "\n  range=" + range;
  }
}
