package dev.servicelevel.testkit;

import java.time.Duration;
import java.time.Instant;
import org.quicktheories.core.Gen;
import org.threeten.extra.Interval;

/**
 * One generated example for the calendar properties: a spec, three instants, two durations and
 * a range, all drawn to suit the spec. Its {@code toString} is what QuickTheories prints for a
 * falsified property, so it spells out the spec as builder calls.
 */
record Scenario(
    CalendarSpec spec, Instant t, Instant u, Instant v, Duration d, Duration e, Interval range) {

  static Generator<Scenario> generator() {
    return CalendarGenerators.specs().flatMap(Scenario::around);
  }

  static Generator<Scenario> around(CalendarSpec spec) {
    Generator<Instant> instants = TimeGenerators.instantsAround(spec);
    Generator<Duration> durations = TimeGenerators.durationsFor(spec);
    Generator<Interval> ranges = TimeGenerators.intervalsAround(spec);
    return random ->
        new Scenario(
            spec,
            instants.next(random),
            instants.next(random),
            instants.next(random),
            durations.next(random),
            durations.next(random),
            ranges.next(random));
  }

  static Gen<Scenario> gen() {
    return CalendarGens.gen(generator());
  }

  @Override
  public String toString() {
    return "\n" + spec + "\n  t=" + t + " u=" + u + " v=" + v + "\n  d=" + d + " e=" + e
        + "\n  range=" + range;
  }
}
