package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
}
