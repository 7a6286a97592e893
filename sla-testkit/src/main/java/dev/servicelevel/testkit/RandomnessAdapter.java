package dev.servicelevel.testkit;

import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} drawing every number from a QuickTheories {@link RandomnessSource}
 * within the exact bounds asked for, so QuickTheories' shrinking of those numbers towards their
 * lower bounds shrinks the generated values towards the simple ones.
 */
final class RandomnessAdapter implements RandomGenerator {

  private final RandomnessSource source;

  RandomnessAdapter(RandomnessSource source) {
    this.source = source;
  }

  @Override
  public long nextLong() {
    return source.next(Constraint.none());
  }

  @Override
  public int nextInt() {
    return (int) source.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("Bound must be positive: " + bound);
    }
    return (int) source.next(Constraint.between(0, bound - 1L));
  }

  @Override
  public int nextInt(int origin, int bound) {
    if (bound <= origin) {
      throw new IllegalArgumentException("Bound must be above origin: " + origin + " / " + bound);
    }
    return (int) source.next(Constraint.between(origin, bound - 1L));
  }

  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("Bound must be positive: " + bound);
    }
    return source.next(Constraint.between(0, bound - 1));
  }

  @Override
  public boolean nextBoolean() {
    return source.next(Constraint.between(0, 1)) == 1;
  }
}
