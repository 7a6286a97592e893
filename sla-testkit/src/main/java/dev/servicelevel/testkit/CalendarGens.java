package dev.servicelevel.testkit;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import org.threeten.extra.Interval;

/**
 * QuickTheories {@link Gen}s over the generators of this module.
 *
 * <p>Each draw a generator makes becomes one QuickTheories draw with the same bounds, so
 * QuickTheories shrinks the generated calendars, instants and durations by shrinking the draws,
 * towards the simpler choices the generators put first.
 *
 * <pre>{@code
 * qt().withExamples(300)
 *     .forAll(CalendarGens.specs().flatMap(spec -> CalendarGens.instantsAround(spec)
 *         .map(t -> Map.entry(spec.build(), t))))
 *     .checkAssert(e -> assertEquals(e.getKey().isOpen(e.getValue()),
 *         e.getKey().nextOpen(e.getValue()).equals(Optional.of(e.getValue()))));
 * }</pre>
 *
 * <p>Every generator returned is stateless and thread-safe.
 */
public final class CalendarGens {

  private CalendarGens() {}

  /**
   * Adapts a generator of this module (or any {@link Generator}) to a QuickTheories {@code Gen}.
   *
   * @param <T>  the type of the values generated
   * @param generator  the generator, not null
   * @return the QuickTheories generator, not null
   */
  public static <T> Gen<T> gen(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return source -> generator.next(randomness(source));
  }

  /**
   * Adapts a QuickTheories randomness source to a {@link Randomness}: each draw becomes a draw
   * between the same bounds, shrinking towards the lower bound (or towards zero when zero lies
   * within the bounds).
   *
   * @param source  the QuickTheories source, not null
   * @return the randomness, not null
   */
  public static Randomness randomness(RandomnessSource source) {
    Objects.requireNonNull(source, "source");
    return (min, max) -> {
      if (max < min) {
        throw new IllegalArgumentException(
            "Range maximum must not be less than its minimum: " + min + " / " + max);
      }
      return source.next(Constraint.between(min, max));
    };
  }

  /**
   * Returns a generator of zones, as {@link CalendarGenerators#zones()}.
   *
   * @return the generator, not null
   */
  public static Gen<ZoneId> zones() {
    return gen(CalendarGenerators.zones());
  }

  /**
   * Returns a generator of calendar specs, as {@link CalendarGenerators#specs()}.
   *
   * @return the generator, not null
   */
  public static Gen<CalendarSpec> specs() {
    return gen(CalendarGenerators.specs());
  }

  /**
   * Returns a generator of calendar specs in one zone, as
   * {@link CalendarGenerators#specs(ZoneId)}.
   *
   * @param zone  the zone of every spec, not null
   * @return the generator, not null
   */
  public static Gen<CalendarSpec> specs(ZoneId zone) {
    return gen(CalendarGenerators.specs(zone));
  }

  /**
   * Returns a generator of calendars built from {@link #specs()}.
   *
   * @return the generator, not null
   */
  public static Gen<BusinessCalendar> calendars() {
    return gen(CalendarGenerators.specs().map(CalendarSpec::build));
  }

  /**
   * Returns a generator of specs describing a calendar equal to the given spec's, as
   * {@link CalendarGenerators#equivalentSpecs(CalendarSpec)}.
   *
   * @param spec  the spec to rewrite, not null
   * @return the generator, not null
   */
  public static Gen<CalendarSpec> equivalentSpecs(CalendarSpec spec) {
    return gen(CalendarGenerators.equivalentSpecs(spec));
  }

  /**
   * Returns a generator of instants independent of any calendar, as
   * {@link TimeGenerators#instants()}.
   *
   * @return the generator, not null
   */
  public static Gen<Instant> instants() {
    return gen(TimeGenerators.instants());
  }

  /**
   * Returns a generator of instants that suit a calendar spec, as
   * {@link TimeGenerators#instantsAround(CalendarSpec)}.
   *
   * @param spec  the spec whose times and dates to favour, not null
   * @return the generator, not null
   */
  public static Gen<Instant> instantsAround(CalendarSpec spec) {
    return gen(TimeGenerators.instantsAround(spec));
  }

  /**
   * Returns a generator of bounded ranges, as {@link TimeGenerators#intervalsAround(CalendarSpec)}.
   *
   * @param spec  the spec whose times and dates to favour, not null
   * @return the generator, not null
   */
  public static Gen<Interval> intervalsAround(CalendarSpec spec) {
    return gen(TimeGenerators.intervalsAround(spec));
  }

  /**
   * Returns a generator of non-negative durations, as {@link TimeGenerators#durations()}.
   *
   * @return the generator, not null
   */
  public static Gen<Duration> durations() {
    return gen(TimeGenerators.durations());
  }

  /**
   * Returns a generator of non-negative durations scaled to a spec's open time, as
   * {@link TimeGenerators#durationsFor(CalendarSpec)}.
   *
   * @param spec  the spec whose weekly hours set the scale, not null
   * @return the generator, not null
   */
  public static Gen<Duration> durationsFor(CalendarSpec spec) {
    return gen(TimeGenerators.durationsFor(spec));
  }
}
