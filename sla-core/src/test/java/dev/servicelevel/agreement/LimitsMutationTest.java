package dev.servicelevel.agreement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The exact bounds of {@link Limits#isBounded}, found unpinned by mutation testing. A value is
 * judged by how it is written: up to 120 bits of unscaled value, then at most 18 digits after
 * the point once trailing zeros are stripped, and at most 18 before it. So 1 written with 36
 * zeros after the point (120 bits) is bounded, 2 written so (121 bits) is not.
 */
class LimitsMutationTest {

  @Test
  void isBounded_unscaledValueUpTo120Bits() {
    BigInteger tenTo36 = BigInteger.TEN.pow(36);
    assertTrue(tenTo36.bitLength() == 120 && tenTo36.shiftLeft(1).bitLength() == 121);
    assertTrue(Limits.isBounded(new BigDecimal(tenTo36, 36)));
    assertFalse(Limits.isBounded(new BigDecimal(tenTo36.shiftLeft(1), 36)));
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
