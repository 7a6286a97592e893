package dev.servicelevel.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distribution of sample values, for the value of a nearest-rank percentile: exact while
 * there are at most {@link #EXACT_LIMIT} distinct values, else a histogram of decimal buckets
 * three significant digits wide, whose values are within 1 % of the exact ones.
 *
 * <p>A bucket holds the values whose magnitude rounds down to the same three significant
 * digits: {@code [123, 124)}, {@code [0.0456, 0.0457)}, {@code (-124, -123]}; zero is a bucket of
 * its own. A value {@code v} in a bucket of width {@code u} has {@code u <= |v| / 100}, so any
 * point of the bucket is within 1 % of {@code v}.
 *
 * <p>The state depends only on the multiset of values added: exact when it has at most the limit
 * of distinct values, bucketed otherwise, however the values were split and merged.
 */
final class Distribution {

  /** The most distinct values kept exactly. */
  static final int EXACT_LIMIT = 4096;

  private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.DOWN);

  /** Count per normalised value, or per bucket key once {@link #bucketed}. */
  private Map<BigDecimal, long[]> counts = new HashMap<>();
  private boolean bucketed;

  void add(BigDecimal value) {
    add(bucketed ? bucketKey(value) : value.stripTrailingZeros(), 1);
  }

  private void add(BigDecimal key, long n) {
    counts.computeIfAbsent(key, k -> new long[1])[0] += n;
    if (!bucketed && counts.size() > EXACT_LIMIT) {
      toBuckets();
    }
  }

  void addAll(Distribution other) {
    if (other.bucketed && !bucketed) {
      toBuckets();
    }
    for (Map.Entry<BigDecimal, long[]> e : other.counts.entrySet()) {
      add(bucketed && !other.bucketed ? bucketKey(e.getKey()) : e.getKey(), e.getValue()[0]);
    }
  }

  boolean isExact() {
    return !bucketed;
  }

  private void toBuckets() {
    Map<BigDecimal, long[]> exact = counts;
    counts = new HashMap<>();
    bucketed = true;
    exact.forEach((value, n) -> add(bucketKey(value), n[0]));
  }

  /**
   * The entry of the value of rank {@code k} (1-based) in ascending order: the exact value, or the
   * key of its bucket.
   */
  BigDecimal keyOfRank(long k) {
    List<BigDecimal> keys = new ArrayList<>(counts.keySet());
    keys.sort(null);
    long seen = 0;
    for (BigDecimal key : keys) {
      seen += counts.get(key)[0];
      if (seen >= k) {
        return key;
      }
    }
    throw new IllegalStateException("Rank " + k + " beyond " + seen + " values");
  }

  /** The bucket key of a value: its magnitude rounded down to three digits, with its sign. */
  static BigDecimal bucketKey(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal m = value.abs().round(THREE_DIGITS).stripTrailingZeros();
    return value.signum() > 0 ? m : m.negate();
  }

  /** The width of the bucket with a key: one unit in the third significant digit. */
  static BigDecimal width(BigDecimal key) {
    if (key.signum() == 0) {
      return BigDecimal.ZERO;
    }
    int leading = key.precision() - key.scale() - 1;
    return BigDecimal.ONE.scaleByPowerOfTen(leading - 2);
  }

  /** The lowest point of a bucket (inclusive for positive keys, exclusive for negative ones). */
  static BigDecimal low(BigDecimal key) {
    return key.signum() >= 0 ? key : key.subtract(width(key));
  }

  /** The highest point of a bucket (exclusive for positive keys, inclusive for negative ones). */
  static BigDecimal high(BigDecimal key) {
    return key.signum() <= 0 ? key : key.add(width(key));
  }
}
