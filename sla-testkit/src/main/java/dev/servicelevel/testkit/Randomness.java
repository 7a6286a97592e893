package dev.servicelevel.testkit;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A source of bounded random choices that drives every generator of this module.
 *
 * <p>This is the one thing a property library has to supply to use the generators: a way to
 * draw a {@code long} from a closed range. Implementations backed by a shrinking library (such
 * as QuickTheories, see {@link CalendarGens#randomness(org.quicktheories.core.RandomnessSource)})
 * should shrink each draw towards its minimum; the generators are written so that smaller draws
 * give simpler values (the first zone, fewer rules, instants nearer the middle of the range).
 *
 * <pre>{@code
 * Randomness random = Randomness.of(new SplittableRandom(42));
 * CalendarSpec spec = CalendarGenerators.specs().next(random);
 * }</pre>
 *
 * <p>Implementations need not be thread-safe; a generator uses one instance from one thread.
 */
@FunctionalInterface
public interface Randomness {

  /**
   * Draws a value from the closed range {@code [minInclusive, maxInclusive]}.
   *
   * @param minInclusive  the smallest value that may be drawn
   * @param maxInclusive  the largest value that may be drawn, not less than {@code minInclusive}
   * @return a value in the range
   */
  long nextLong(long minInclusive, long maxInclusive);

  /**
   * Obtains a randomness that draws uniformly from a {@link RandomGenerator}, such as a seeded
   * {@link java.util.SplittableRandom}: the same seed gives the same values.
   *
   * @param generator  the generator to draw from, not null
   * @return the randomness, not null
   */
  static Randomness of(RandomGenerator generator) {
    Objects.requireNonNull(generator, "generator");
    return (min, max) -> {
      checkRange(min, max);
      if (max == Long.MAX_VALUE) {
        return min == Long.MIN_VALUE ? generator.nextLong() : generator.nextLong(min - 1, max) + 1;
      }
      return generator.nextLong(min, max + 1);
    };
  }

  /**
   * Draws an {@code int} from the closed range {@code [minInclusive, maxInclusive]}.
   *
   * @param minInclusive  the smallest value that may be drawn
   * @param maxInclusive  the largest value that may be drawn, not less than {@code minInclusive}
   * @return a value in the range
   */
  default int nextInt(int minInclusive, int maxInclusive) {
    return (int) nextLong(minInclusive, maxInclusive);
  }

  /**
   * Draws an index from {@code 0} to {@code weights.length - 1}, each with a probability
   * proportional to its weight. Shrinks towards the first index with a positive weight.
   *
   * @param weights  the non-negative weights, at least one positive
   * @return the index drawn
   * @throws IllegalArgumentException if a weight is negative or all are zero
   */
  default int nextWeighted(int... weights) {
    Objects.requireNonNull(weights, "weights");
    long total = 0;
    for (int w : weights) {
      if (w < 0) {
        throw new IllegalArgumentException("Weights must not be negative: " + w);
      }
      total += w;
    }
    if (total == 0) {
      throw new IllegalArgumentException("At least one weight must be positive: " + weights.length
          + " weights, all zero");
    }
    long drawn = nextLong(0, total - 1);
    for (int i = 0; i < weights.length; i++) {
      if (drawn < weights[i]) {
        return i;
      }
      drawn -= weights[i];
    }
    throw new AssertionError(drawn);
  }

  /**
   * Draws {@code true} with the given probability in percent. Shrinks towards {@code false}.
   *
   * @param percent  the probability of {@code true}, 0 to 100
   * @return the value drawn
   * @throws IllegalArgumentException if {@code percent} is outside 0 to 100
   */
  default boolean nextPercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("Percent must be 0 to 100: " + percent);
    }
    return nextLong(0, 99) >= 100 - percent;
  }

  /**
   * Draws one element of a list, uniformly. Shrinks towards the first element.
   *
   * @param <T>  the element type
   * @param elements  the list to draw from, not empty
   * @return an element of the list
   * @throws IllegalArgumentException if the list is empty
   */
  default <T> T nextElement(List<? extends T> elements) {
    Objects.requireNonNull(elements, "elements");
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("Cannot draw from an empty list");
    }
    return elements.get(nextInt(0, elements.size() - 1));
  }

  private static void checkRange(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException(
          "Range maximum must not be less than its minimum: " + min + " / " + max);
    }
  }
}
