package dev.servicelevel.agreement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The exact bounds of {@link Limits#isBounded}, found unpinned by mutation testing: at most 18
 * digits after the point once trailing zeros are stripped, and at most 18 before it, however
 * many zeros are written. Values of up to 120 bits of unscaled value take one path, longer ones
 * another (zeros dropped by a division), and both must agree: 1 and 2 written with 36 zeros after
 * the point (120 and 121 bits) are both bounded.
 */
class LimitsMutationTest {

  @Test
  void isBounded_unscaledValueBeyond120Bits_judgedOnceTrailingZerosAreDropped() {
    BigInteger tenTo36 = BigInteger.TEN.pow(36);
    assertTrue(tenTo36.bitLength() == 120 && tenTo36.shiftLeft(1).bitLength() == 121);
    assertTrue(Limits.isBounded(new BigDecimal(tenTo36, 36)));
    assertTrue(Limits.isBounded(new BigDecimal(tenTo36.shiftLeft(1), 36)));
    assertTrue(Limits.isBounded(new BigDecimal(tenTo36.shiftLeft(1).negate(), 36)));
    // 18 nines before the point and 18 after, then 22 zeros: 58 digits written
    BigDecimal widest =
        new BigDecimal("999999999999999999.999999999999999999" + "0".repeat(22));
    assertTrue(widest.unscaledValue().bitLength() > 120);
    assertTrue(Limits.isBounded(widest));
    // 10^18 written with 40 zeros after the point: too large once they are dropped
    assertFalse(Limits.isBounded(new BigDecimal("1000000000000000000." + "0".repeat(40))));
    // 19 digits after the point before 20 zeros: one zero too few to drop
    assertFalse(Limits.isBounded(new BigDecimal("0.1234567890123456789" + "0".repeat(20))));
    assertTrue(Limits.isBounded(new BigDecimal("0.123456789012345678" + "0".repeat(21))));
    // exactly 18 digits after the point and more than 36 digits: too large, not divided
    assertFalse(Limits.isBounded(new BigDecimal(tenTo36.shiftLeft(1), 18)));
    // one digit after the 18th to drop: 2 * 10^36 at scale 19 is 2 * 10^17, bounded
    assertTrue(Limits.isBounded(new BigDecimal(tenTo36.shiftLeft(1), 19)));
    // 2 * 10^37 at scale 19 is 2 * 10^18, too large once the zero is dropped
    assertFalse(Limits.isBounded(new BigDecimal(tenTo36.shiftLeft(1).multiply(BigInteger.TEN), 19)));
    // an odd unscaled value of more than 36 digits cannot drop a zero
    assertFalse(Limits.isBounded(new BigDecimal(tenTo36.add(BigInteger.ONE), 37)));
  }

  @Test
  void isBounded_18DigitsAfterThePointOnceTrailingZerosAreStripped() {
    assertTrue(Limits.isBounded(new BigDecimal("0.0000000000000000010")));
    assertTrue(Limits.isBounded(new BigDecimal("-0.0000000000000000010")));
    assertFalse(Limits.isBounded(new BigDecimal("0.00000000000000000010")));
    assertTrue(Limits.isBounded(new BigDecimal("0.000000000000000001")));
    assertFalse(Limits.isBounded(new BigDecimal("0.0000000000000000001")));
    assertTrue(Limits.isBounded(new BigDecimal("0E-40")));
  }

  @Test
  void isBounded_18DigitsBeforeThePoint() {
    assertTrue(Limits.isBounded(new BigDecimal("999999999999999999")));
    assertFalse(Limits.isBounded(new BigDecimal("1000000000000000000")));
    assertTrue(Limits.isBounded(new BigDecimal("1E+17")));
    assertFalse(Limits.isBounded(new BigDecimal("1E+18")));
    assertTrue(Limits.isBounded(new BigDecimal("100000000000000000.0000000000000000000")));
    assertTrue(Limits.isBounded(new BigDecimal("999999999999999999.5")));
    assertFalse(Limits.isBounded(new BigDecimal("1000000000000000000.5")));
  }
}
