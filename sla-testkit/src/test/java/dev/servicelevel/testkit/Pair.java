package dev.servicelevel.testkit;

import java.time.Instant;
import java.time.LocalDate;
import org.quicktheories.core.Gen;
import org.threeten.extra.Interval;

/**
 * Two generated calendar specs (zones drawn independently) with instants and a range drawn
 * around either, for the algebra properties.
 */
record Pair(CalendarSpec first, CalendarSpec second, Instant t, Instant u, Interval range) {

  static Gen<Pair> gen() {
    Generator<Pair> generator =
        random -> {
          CalendarSpec a = CalendarGenerators.specs().next(random);
          CalendarSpec b = CalendarGenerators.specs().next(random);
          CalendarSpec around = random.nextPercent(50) ? a : b;
          Generator<Instant> instants = TimeGenerators.instantsAround(around);
          return new Pair(
              a, b, instants.next(random), instants.next(random),
              TimeGenerators.intervalsAround(around).next(random));
        };
    return CalendarGens.gen(generator);
  }

  /** A local date in the first calendar's zone near {@code t}, for versions and working days. */
  LocalDate date() {
    return t.atZone(first.zone()).toLocalDate();
  }

  @Override
  public String toString() {
    return "\nfirst = " + first + "\nsecond = " + second + "\n  t=" + t + " u=" + u
        + "\n  range=" + range;
  }
}
