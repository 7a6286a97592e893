package dev.servicelevel.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Makes values of one type from a {@link Randomness}: the library-neutral core of every generator
 * in this module.
 *
 * <p>A generator is a plain function from draws to a value, so any property library can drive it
 * by supplying a {@code Randomness}; one built on a shrinking library shrinks the generated values
 * by shrinking the draws. {@link CalendarGens#gen(Generator)} turns a generator into a QuickTheories
 * {@code Gen}.
 *
 * <pre>{@code
 * Generator<CalendarSpec> specs = CalendarGenerators.specs();
 * CalendarSpec spec = specs.sample(new SplittableRandom(7));   // the same spec for seed 7, always
 * }</pre>
 *
 * @param <T>  the type of the values generated
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * Generates a value from the draws of the given randomness.
   *
   * @param random  the source of draws, not null
   * @return the value, not null
   */
  T next(Randomness random);

  /**
   * Generates a value from a {@link RandomGenerator}; the same seeded generator state gives the
   * same value.
   *
   * @param generator  the generator to draw from, not null
   * @return the value, not null
   */
  default T sample(RandomGenerator generator) {
    return next(Randomness.of(generator));
  }

  /**
   * Returns a generator of values transformed by a function.
   *
   * @param <R>  the type of the transformed values
   * @param mapper  the function applied to each value, not null
   * @return the transforming generator, not null
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random));
  }

  /**
   * Returns a generator that feeds each value to a function returning the generator of the
   * result, such as the instants that suit a generated calendar.
   *
   * @param <R>  the type of the resulting values
   * @param mapper  the function giving the next generator, not null
   * @return the dependent generator, not null
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random)).next(random);
  }
}
