package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The exact distribution at its edges, found unpinned by mutation testing: the first rank of
 * each value, equal values from two distributions counted once as distinct, and merges where
 * either side has the finer scale.
 */
class DistributionMutationTest {

  private static Distribution of(String... values) {
    Distribution d = new Distribution();
    for (String v : values) {
      d.add(dec(v));
    }
    return d;
  }

  @Test
  void keyOfRank_eachValueFromItsFirstRank() {
    Distribution d = of("2", "1", "2", "3");
    assertEquals(dec("1"), d.keyOfRank(1));
    assertEquals(dec("2"), d.keyOfRank(2));
    assertEquals(dec("2"), d.keyOfRank(3));
    assertEquals(dec("3"), d.keyOfRank(4));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.keyOfRank(5));
    assertEquals("Rank 5 beyond 4 values", e.getMessage());
  }

  @Test
  void addAll_countsEqualValuesOfBothSidesAsOne() {
    Distribution a = of("1", "3");
    Distribution b = of("1", "2");
    a.addAll(b);
    assertEquals(3, a.distinct());
    assertEquals(dec("1"), a.keyOfRank(2));
    assertEquals(dec("2"), a.keyOfRank(3));
    assertEquals(dec("3"), a.keyOfRank(4));
  }

  @Test
  void addAll_ofAFinerScaleRescalesTheValuesKept() {
    Distribution whole = of("1", "3");
    whole.addAll(of("1.25"));
    assertEquals(3, whole.distinct());
    assertEquals(0, dec("1").compareTo(whole.keyOfRank(1)));
    assertEquals(dec("1.25"), whole.keyOfRank(2));
    assertEquals(0, dec("3").compareTo(whole.keyOfRank(3)));
    Distribution fine = of("1.25");
    fine.addAll(of("1", "3"));
    assertEquals(0, dec("1").compareTo(fine.keyOfRank(1)));
    assertEquals(dec("1.25"), fine.keyOfRank(2));
    assertEquals(0, dec("3").compareTo(fine.keyOfRank(3)));
  }

  @Test
  void add_ofAFinerScaleAfterAReadRescalesTheValuesKept() {
    Distribution d = of("2");
    assertEquals(dec("2"), d.keyOfRank(1));
    d.add(dec("0.001"));
    d.add(new BigDecimal("2.000"));
    assertEquals(2, d.distinct());
    assertEquals(dec("0.001"), d.keyOfRank(1));
    assertEquals(0, dec("2").compareTo(d.keyOfRank(3)));
    assertEquals(3, d.keyOfRank(3).scale());
  }

  @Test
  void distinct_countsTheValuesStillBuffered() {
    assertEquals(3, of("2", "1", "2", "3").distinct());
    assertEquals(0, new Distribution().distinct());
  }

  @Test
  void addAll_ofACoarserScaleRescalesTheValuesAdded() {
    // kept at scale 3; 2.5 (scale 1) and 4 (scale 0) come in, two digits and three short
    Distribution fine = of("1.125");
    assertEquals(1, fine.distinct());
    fine.addAll(of("2.5"));
    fine.add(new BigDecimal("4"));
    assertEquals(new BigDecimal("1.125"), fine.keyOfRank(1));
    assertEquals(new BigDecimal("2.500"), fine.keyOfRank(2));
    assertEquals(new BigDecimal("4.000"), fine.keyOfRank(3));
  }
}
