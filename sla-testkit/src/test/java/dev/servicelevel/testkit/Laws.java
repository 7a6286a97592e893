package dev.servicelevel.testkit;

import java.time.DateTimeException;
import java.util.function.Supplier;
import org.quicktheories.QuickTheory;

/**
 * Settings shared by the property suites. QuickTheories prints the seed of a falsified property;
 * rerun with {@code -DQT_SEED=<seed>} to reproduce it. {@code -Dservicelevel.examples=<n>} sets the
 * examples per property (fewer for pairs of calendars and comparisons with the naive reference)
 * for a longer search by hand.
 */
final class Laws {

  /** Examples per property: enough to meet the weighted edge cases, quick enough for every build. */
  static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 300);

  /** Examples per property on pairs of calendars, which cost two calendars each. */
  static final int PAIR_EXAMPLES = EXAMPLES / 2;

  /**
   * Examples per comparison with the naive reference, whose cost grows with the years a query
   * spans (up to the four centuries of the supported range).
   */
  static final int REFERENCE_EXAMPLES = EXAMPLES * 2 / 3;

  /** Examples per comparison with the naive reference on pairs of calendars. */
  static final int REFERENCE_PAIR_EXAMPLES = EXAMPLES / 3;

  private Laws() {}

  static QuickTheory qt(int examples) {
    return QuickTheory.qt().withExamples(examples).withShrinkCycles(300);
  }

  /**
   * The value a query returns, or the name of the exception it throws when that is a
   * {@link DateTimeException} (the contract's answer for results outside the supported range),
   * so that two implementations can be compared with one {@code assertEquals}.
   */
  static Object outcome(Supplier<?> query) {
    try {
      return query.get();
    } catch (DateTimeException e) {
      return "DateTimeException";
    }
  }
}
