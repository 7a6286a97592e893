package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionTest {

  static Stream<Arguments> buckets() {
    return Stream.of(
        // value, bucket low, bucket high
        Arguments.of("123.456", "123", "124"),
        Arguments.of("999.99", "999", "1000"),
        Arguments.of("1000", "1000", "1010"),
        Arguments.of("0.04567", "0.0456", "0.0457"),
        Arguments.of("7", "7", "7.01"),
        Arguments.of("-123.456", "-124", "-123"),
        Arguments.of("-1000", "-1010", "-1000"),
        Arguments.of("0", "0", "0"));
  }

  @ParameterizedTest
  @MethodSource("buckets")
  void bucketKey_keepsThreeSignificantDigitsTowardsZero(String value, String low, String high) {
    BigDecimal key = Distribution.bucketKey(dec(value));
    assertEquals(0, dec(low).compareTo(Distribution.low(key)), "low of " + value);
    assertEquals(0, dec(high).compareTo(Distribution.high(key)), "high of " + value);
  }

  @Test
  void width_isAtMostAHundredthOfEveryValueInTheBucket() {
    for (String v : new String[] {"100", "199.9", "999.9", "0.001", "5.55"}) {
      BigDecimal key = Distribution.bucketKey(dec(v));
      assertTrue(
          Distribution.width(key).multiply(BigDecimal.valueOf(100)).compareTo(dec(v)) <= 0, v);
    }
  }

  @Test
  void distinctValuesBeyondTheLimitSwitchToBuckets() {
    Distribution d = new Distribution();
    for (int i = 0; i < Distribution.EXACT_LIMIT; i++) {
      d.add(BigDecimal.valueOf(i));
    }
    d.add(dec("0.0"));
    assertTrue(d.isExact());
    assertEquals(0, dec("2047").compareTo(d.keyOfRank(2049)));
    d.add(dec("5000"));
    assertFalse(d.isExact());
    // rank 2049 of 0, 0, 1, ..., 4095, 5000 is 2047, in the bucket [2040, 2050)
    assertEquals(0, dec("2040").compareTo(d.keyOfRank(2049)));
  }
}
