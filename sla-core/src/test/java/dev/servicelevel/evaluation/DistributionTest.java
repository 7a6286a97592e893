package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

class DistributionTest {

  static BigDecimal sortedRank(List<BigDecimal> values, int k) {
    List<BigDecimal> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(k - 1);
  }

  @Test
  void everyRankIsExact_acrossMagnitudesAndScales() {
    List<BigDecimal> values =
        List.of(
            dec("999999999999999999.999999999999999999"),
            dec("-999999999999999999.999999999999999999"),
            dec("0.000000000000000001"),
            dec("0"),
            dec("0.0"),
            dec("1E+17"),
            dec("-0.5"),
            dec("287"),
            dec("287.000"));
    Distribution d = new Distribution();
    values.forEach(d::add);
    for (int k = 1; k <= values.size(); k++) {
      assertEquals(0, sortedRank(values, k).compareTo(d.keyOfRank(k)), "rank " + k);
    }
    assertEquals(7, d.distinct());
  }

  @Test
  void manyDistinctValues_staysExact_andMergesLikeOnePass() {
    Random random = new Random(7);
    List<BigDecimal> values = new ArrayList<>();
    Distribution one = new Distribution();
    Distribution a = new Distribution();
    Distribution b = new Distribution();
    for (int i = 0; i < 20_000; i++) {
      // whole numbers first, then ever finer scales: the common scale grows and rescales
      BigDecimal v = BigDecimal.valueOf(random.nextInt(1_000_000) - 500_000, i / 2_000);
      values.add(v);
      one.add(v);
      (i % 3 == 0 ? a : b).add(v);
    }
    a.addAll(b);
    Collections.sort(values);
    for (int k : new int[] {1, 2, 9_500, 19_000, 19_999, 20_000}) {
      assertEquals(0, values.get(k - 1).compareTo(one.keyOfRank(k)), "rank " + k);
      assertEquals(0, values.get(k - 1).compareTo(a.keyOfRank(k)), "merged rank " + k);
    }
    assertEquals(one.distinct(), a.distinct());
    assertTrue(one.isExact());
  }

  /**
   * Values of every shape the boundary accepts: whole and decimal, trailing zeros, negative
   * scales, and digits on either side of the 18 that a long holds at the common scale.
   */
  private static Gen<BigDecimal> values() {
    Gen<BigDecimal> small =
        integers().between(-1_000_000, 1_000_000).zip(integers().between(-3, 6),
            (u, scale) -> BigDecimal.valueOf(u, scale));
    Gen<BigDecimal> wide =
        integers().between(1, 9).zip(integers().between(0, 36),
            (lead, digits) -> new BigDecimal(lead + "7".repeat(digits)).movePointLeft(18));
    return integers().between(0, 3).zip(small, wide, (pick, a, b) -> pick == 0 ? b : a);
  }

  @Test
  void everyRank_ofAnyMix_equalsSorting() {
    qt().withExamples(120)
        .forAll(lists().of(values()).ofSizeBetween(1, 2_500))
        .checkAssert(
            values -> {
              Distribution d = new Distribution();
              values.forEach(d::add);
              List<BigDecimal> sorted = new ArrayList<>(values);
              sorted.sort(null);
              // every rank of short lists; about 40 ranks, both ends included, of long ones
              int step = Math.max(1, values.size() / 40);
              for (int k = 1; k <= values.size(); k = k == values.size() ? k + 1
                  : Math.min(values.size(), k + step)) {
                assertEquals(0, sorted.get(k - 1).compareTo(d.keyOfRank(k)), "rank " + k);
              }
              assertEquals(new TreeSet<>(values).size(), d.distinct());
            });
  }

  @Test
  void repeatedValues_countedOnTheKeptValues_rankAsSorting() {
    // a small pool, so most values are already kept when they come again; reads between the
    // adds merge the buffer in, so later adds meet kept values at every scale the pool reaches
    Gen<BigDecimal> pool =
        integers().between(-6, 6).zip(integers().between(-1, 3),
            (u, scale) -> BigDecimal.valueOf(u * 125L, scale));
    qt().withExamples(150)
        .forAll(lists().of(pool).ofSizeBetween(1, 400), integers().between(1, 60))
        .checkAssert(
            (values, every) -> {
              Distribution d = new Distribution();
              List<BigDecimal> seen = new ArrayList<>();
              for (BigDecimal v : values) {
                d.add(v);
                seen.add(v);
                if (seen.size() % every == 0) {
                  List<BigDecimal> sorted = new ArrayList<>(seen);
                  sorted.sort(null);
                  int k = 1 + (seen.size() * 7) % seen.size();
                  assertEquals(0, sorted.get(k - 1).compareTo(d.keyOfRank(k)), "rank " + k);
                }
              }
              List<BigDecimal> sorted = new ArrayList<>(values);
              sorted.sort(null);
              for (int k = 1; k <= values.size(); k++) {
                assertEquals(0, sorted.get(k - 1).compareTo(d.keyOfRank(k)), "rank " + k);
              }
              assertEquals(new TreeSet<>(values).size(), d.distinct());
            });
  }

  @Test
  void aKeptValue_isCountedWithoutBuffering_atAnyOfItsScales() {
    Distribution d = new Distribution();
    d.add(dec("2.5"));
    d.add(dec("-7"));
    d.add(dec("2.5"));
    d.add(dec("-7"));
    d.add(dec("2.5"));
    // 2 new values of 5: most repeat, so later values are looked up first
    assertEquals(2, d.distinct());
    assertTrue(d.looksUp());
    // equal to kept values: 2.50 has a trailing zero beyond the scale, 25E-1 is 2.5 again
    d.add(dec("2.5"));
    d.add(dec("25E-1"));
    d.add(dec("-7.0"));
    d.add(dec("-7"));
    d.add(dec("2.50"));
    assertEquals(2, d.distinct());
    assertEquals(dec("-7.0"), d.keyOfRank(4));
    assertEquals(dec("2.5"), d.keyOfRank(5));
    assertEquals(dec("2.5"), d.keyOfRank(10));
    // not kept: a value between, beyond either end, and one finer than the scale
    d.add(dec("0"));
    d.add(dec("-8"));
    d.add(dec("3"));
    d.add(dec("2.55"));
    assertEquals(6, d.distinct());
    assertEquals(dec("-8.00"), d.keyOfRank(1));
    assertEquals(dec("0.00"), d.keyOfRank(6));
    assertEquals(dec("2.55"), d.keyOfRank(13));
    assertEquals(dec("3.00"), d.keyOfRank(14));
  }

  @Test
  void aValueTooWideForALong_isNotTakenForTheKeptValueItWrapsOnto() {
    // at scale 18, 999999999999999999 is 36 digits: times 10^18 in a long it would wrap onto
    // -6527149226598858752, the key of -6.527149226598858752 (both within the boundary's range)
    Distribution d = new Distribution();
    d.add(dec("-6.527149226598858752"));
    d.add(dec("-6.527149226598858752"));
    d.add(dec("-6.527149226598858752"));
    assertEquals(1, d.distinct());
    assertTrue(d.looksUp());
    d.add(dec("999999999999999999"));
    assertEquals(2, d.distinct());
    assertEquals(0, dec("-6.527149226598858752").compareTo(d.keyOfRank(3)));
    assertEquals(0, dec("999999999999999999").compareTo(d.keyOfRank(4)));
  }

  @Test
  void theLookUp_followsHowManyValuesAreNew_atEachMerge() {
    Distribution d = new Distribution();
    List<BigDecimal> all = new ArrayList<>();
    // 3,000 distinct values: nothing to gain from looking up
    for (int i = 0; i < 3_000; i++) {
      all.add(BigDecimal.valueOf(i * 7L % 3_001, i % 3));
    }
    all.forEach(d::add);
    d.distinct();
    assertFalse(d.looksUp());
    // then a pool of 50 values, over and over: looked up from the first merge on
    for (int i = 0; i < 5_000; i++) {
      BigDecimal v = BigDecimal.valueOf(i * 13L % 50, 1);
      all.add(v);
      d.add(v);
    }
    d.distinct();
    assertTrue(d.looksUp());
    // exactly half new is not fewer than half: back to buffering
    for (int i = 0; i < 2_000; i++) {
      BigDecimal v = i % 2 == 0 ? BigDecimal.valueOf(1_000_000L + i) : BigDecimal.ONE;
      all.add(v);
      d.add(v);
    }
    d.distinct();
    assertFalse(d.looksUp());
    all.sort(null);
    assertEquals(new TreeSet<>(all).size(), d.distinct());
    for (int k = 1; k <= all.size(); k += 37) {
      assertEquals(0, all.get(k - 1).compareTo(d.keyOfRank(k)), "rank " + k);
    }
    assertEquals(0, all.get(all.size() - 1).compareTo(d.keyOfRank(all.size())));
  }

  @Test
  void smallestScale_isThatOfStrippedTrailingZeros() {
    qt().withExamples(2_000)
        .forAll(values())
        .checkAssert(
            v ->
                assertEquals(
                    Math.max(0, v.stripTrailingZeros().scale()),
                    Distribution.smallestScale(v),
                    v.toString()));
    assertEquals(0, Distribution.smallestScale(dec("0.000")));
    assertEquals(1, Distribution.smallestScale(dec("12.50")));
    assertEquals(0, Distribution.smallestScale(dec("1E+3")));
    assertEquals(18, Distribution.smallestScale(dec("0.000000000000000001")));
    assertEquals(18, Distribution.smallestScale(dec("123456789012345678.123456789012345678")));
    // more than 18 digits with trailing zeros: stripped as decimals, not as a long
    assertEquals(2, Distribution.smallestScale(dec("123456789012345678.120000")));
    assertEquals(1, Distribution.smallestScale(dec("98765432109876543210.5000000")));
    assertEquals(0, Distribution.smallestScale(dec("12345678901234567890.000")));
  }

  @Test
  void bothSortPaths_atTheEdgeOfALong_rankAlike() {
    // 18 digits at the common scale take the primitive sort; 19 the decimal one
    List<BigDecimal> edge =
        List.of(dec("999999999999999999"), dec("-999999999999999999"), dec("0.5"), dec("-1"));
    Distribution d = new Distribution();
    edge.forEach(d::add);
    assertEquals(dec("-999999999999999999.0"), d.keyOfRank(1));
    assertEquals(dec("-1.0"), d.keyOfRank(2));
    assertEquals(dec("0.5"), d.keyOfRank(3));
    assertEquals(dec("999999999999999999.0"), d.keyOfRank(4));
    // 17 digits and one decimal: 18 digits at scale 1, still a long; 19 digits are decimals
    Distribution edge18 = new Distribution();
    List.of(dec("99999999999999999"), dec("0.1"), dec("-99999999999999999"))
        .forEach(edge18::add);
    assertEquals(dec("-99999999999999999.0"), edge18.keyOfRank(1));
    assertEquals(dec("99999999999999999.0"), edge18.keyOfRank(3));
    Distribution edge19 = new Distribution();
    List.of(dec("999999999999999999"), dec("0.1"), dec("5")).forEach(edge19::add);
    assertEquals(dec("0.1"), edge19.keyOfRank(1));
    assertEquals(dec("5.0"), edge19.keyOfRank(2));
    assertEquals(dec("999999999999999999.0"), edge19.keyOfRank(3));
    // trailing zeros beyond the common scale: 287.000 is 287 at scale 0
    Distribution zeros = new Distribution();
    List.of(dec("287.000"), dec("5"), dec("1E+2")).forEach(zeros::add);
    assertEquals(dec("5"), zeros.keyOfRank(1));
    assertEquals(dec("100"), zeros.keyOfRank(2));
    assertEquals(dec("287"), zeros.keyOfRank(3));
    Distribution whole = new Distribution();
    List.of(dec("999999999999999999"), dec("-999999999999999999"), dec("3")).forEach(whole::add);
    assertEquals(dec("-999999999999999999"), whole.keyOfRank(1));
    assertEquals(dec("3"), whole.keyOfRank(2));
    assertEquals(dec("999999999999999999"), whole.keyOfRank(3));
  }
}
