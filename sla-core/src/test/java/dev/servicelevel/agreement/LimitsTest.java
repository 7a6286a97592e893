package dev.servicelevel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LimitsTest {

  // ---- decimals ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0.000",
        "99.95",
        "0.000001",
        "20000.00",
        "999999999999999999",
        "-999999999999999999",
        "0.000000000000000001",
        "999999999999999999.999999999999999999",
        "1E+17",
        "0.100000000000000000000000000",
        "1E-18"
      })
  void requireDecimal_acceptsValuesWithinBounds(String text) {
    BigDecimal value = new BigDecimal(text);
    assertSame(value, Limits.requireDecimal("Sample value", value));
    assertTrue(Limits.isBounded(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1000000000000000000",
        "-1000000000000000000",
        "1E+18",
        "0.0000000000000000001",
        "1E-19",
        "1E+999999999",
        "1E-999999999",
        "-1E+999999999",
        "1000000000000000000.5",
        "0.1234567890123456789"
      })
  void requireDecimal_rejectsValuesOutOfBounds(String text) {
    BigDecimal value = new BigDecimal(text);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Limits.requireDecimal("Sample value", value));
    assertTrue(
        e.getMessage()
            .startsWith(
                "Sample value must have at most 18 digits after the point and an absolute value"
                    + " below 10^18: "),
        e.getMessage());
    assertFalse(Limits.isBounded(value));
  }

  @Test
  void requireDecimal_namesAHugeNumberWithoutPrintingIt() {
    BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(1_000_000));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Limits.requireDecimal("Impact", huge));
    assertTrue(e.getMessage().endsWith("a number of about 996578 digits with scale 0"),
        e.getMessage());
    assertTrue(e.getMessage().length() < 200);
  }

  @Test
  void requireDecimal_rejectsAScaleOfAMillionAtOnce() {
    BigDecimal value = new BigDecimal(BigInteger.valueOf(999), 1_000_000);
    assertThrows(IllegalArgumentException.class, () -> Limits.requireDecimal("Minimum", value));
  }

  @Test
  void requireDecimal_rejectsNullNamingTheValue() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Limits.requireDecimal("Minimum", null));
    assertEquals("Minimum", e.getMessage());
  }

  @Test
  void isBounded_agreesWithDigitCountsOnRandomValues() {
    qt().forAll(longs().all(), integers().between(-40, 40))
        .checkAssert(
            (unscaled, scale) -> {
              BigDecimal v = BigDecimal.valueOf(unscaled, scale);
              BigDecimal s = v.stripTrailingZeros();
              boolean expected =
                  v.signum() == 0
                      || (Math.max(s.scale(), 0) <= 18 && s.precision() - s.scale() <= 18);
              assertEquals(expected, Limits.isBounded(v), v.toString());
            });
  }

  @Test
  void isBounded_ignoresTrailingZerosAfterThePoint_howeverManyAreWritten() {
    // the same value written with k more zeros after the point (unscaled times 10^k) is judged
    // alike, also beyond 36 digits written (120 bits of unscaled value)
    qt().forAll(longs().all(), integers().between(-20, 40), integers().between(0, 80))
        .checkAssert(
            (unscaled, scale, k) -> {
              BigDecimal v = BigDecimal.valueOf(unscaled, scale);
              BigDecimal padded =
                  new BigDecimal(v.unscaledValue().multiply(BigInteger.TEN.pow(k)), scale + k);
              assertEquals(0, v.compareTo(padded));
              assertEquals(Limits.isBounded(v), Limits.isBounded(padded), padded.toString());
            });
  }

  @Test
  void requireDecimal_takesUpTo10000DigitsWrittenWhenZerosMustBeDropped() {
    BigDecimal one = new BigDecimal(BigInteger.TEN.pow(9_999), 9_999);
    assertSame(one, Limits.requireDecimal("Sample value", one));
    BigDecimal longer = new BigDecimal(BigInteger.TEN.pow(10_000), 10_000);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Limits.requireDecimal("Sample value", longer));
    assertTrue(
        e.getMessage()
            .startsWith(
                "Sample value with more than 18 digits after the point must be written in at"
                    + " most 10000 digits: a number of about 9966 digits with scale 10000"),
        e.getMessage());
    // 9 written with 9,999 zeros after the point: 10,000 digits, 33,220 bits, accepted
    BigDecimal nine =
        new BigDecimal(BigInteger.TEN.pow(9_999).multiply(BigInteger.valueOf(9)), 9_999);
    assertEquals(33_220, nine.unscaledValue().bitLength());
    assertSame(nine, Limits.requireDecimal("Sample value", nine));
    // at exactly 18 digits after the point nothing is dropped: a long value is too large
    BigDecimal wide = new BigDecimal(BigInteger.TEN.pow(10_001), 18);
    IllegalArgumentException tooLarge =
        assertThrows(IllegalArgumentException.class, () -> Limits.requireDecimal("Fee", wide));
    assertTrue(tooLarge.getMessage().startsWith("Fee must have at most 18 digits after the point"),
        tooLarge.getMessage());
    // far longer, a million digits: refused by the same rule, without a division
    BigDecimal million = new BigDecimal(BigInteger.TEN.pow(1_000_000), 1_000_000);
    assertFalse(Limits.isBounded(million));
    // a long integer with few digits after the point is refused for its size, as before
    BigDecimal big = new BigDecimal(BigInteger.TEN.pow(10_000), 5);
    IllegalArgumentException size =
        assertThrows(IllegalArgumentException.class, () -> Limits.requireDecimal("Impact", big));
    assertTrue(size.getMessage().startsWith("Impact must have at most 18 digits after the point"),
        size.getMessage());
  }

  // ---- durations -----------------------------------------------------------------------------

  @Test
  void requireDuration_acceptsZeroToTheRangeLength() {
    assertEquals(Duration.ofDays(182_621), Limits.MAX_DURATION);
    assertSame(Duration.ZERO, Limits.requireDuration("Goal", Duration.ZERO));
    assertSame(Limits.MAX_DURATION, Limits.requireDuration("Goal", Limits.MAX_DURATION));
  }

  @Test
  void requireDuration_rejectsNegativeAndLongerDurations() {
    IllegalArgumentException longer =
        assertThrows(
            IllegalArgumentException.class,
            () -> Limits.requireDuration("Goal", Limits.MAX_DURATION.plusNanos(1)));
    assertEquals(
        "Goal must be within PT0S and PT4382904H (500 years): PT4382904H0.000000001S",
        longer.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Limits.requireDuration("Goal", Duration.ofNanos(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Limits.requireDuration("Goal", Duration.ofSeconds(Long.MAX_VALUE)));
    assertEquals(
        "Goal",
        assertThrows(NullPointerException.class, () -> Limits.requireDuration("Goal", null))
            .getMessage());
  }

  // ---- instants ------------------------------------------------------------------------------

  @Test
  void requireInstant_acceptsTheSupportedRangeWithBothEnds() {
    assertSame(Limits.EARLIEST, Limits.requireInstant("asOf", Limits.EARLIEST));
    assertSame(Limits.LATEST, Limits.requireInstant("asOf", Limits.LATEST));
    assertEquals(Instant.parse("1900-01-01T00:00:00Z"), Limits.EARLIEST);
    assertEquals(Instant.parse("2400-01-01T00:00:00Z"), Limits.LATEST);
  }

  @Test
  void requireInstant_rejectsInstantsOutsideTheRange() {
    DateTimeException after =
        assertThrows(
            DateTimeException.class, () -> Limits.requireInstant("asOf", Instant.MAX));
    assertEquals(
        "asOf must be within 1900-01-01T00:00:00Z and 2400-01-01T00:00:00Z: "
            + "+1000000000-12-31T23:59:59.999999999Z",
        after.getMessage());
    assertThrows(
        DateTimeException.class,
        () -> Limits.requireInstant("asOf", Limits.EARLIEST.minusNanos(1)));
    assertThrows(
        DateTimeException.class, () -> Limits.requireInstant("asOf", Limits.LATEST.plusNanos(1)));
  }

  // ---- shown ---------------------------------------------------------------------------------

  @Test
  void shown_escapesControlAndBidiCharacters() {
    assertEquals("a\\u001B[31mb\\u202Ec\\u0000\\u007F\\u0085\\u2066", 
        Limits.shown("a\u001B[31mb\u202Ec\u0000\u007F\u0085\u2066"));
    assertEquals("T-1 Ünïcode ✓", Limits.shown("T-1 Ünïcode ✓"));
    assertEquals("null", Limits.shown(null));
  }

  @Test
  void shown_cutsLongValuesAndSaysHowLongTheyWere() {
    String text = "x".repeat(10_000_000);
    String shown = Limits.shown(text);
    assertEquals("x".repeat(120) + "… (10000000 characters)", shown);
    assertEquals("x".repeat(120), Limits.shown("x".repeat(120)));
  }

  @Test
  void isUnsafe_marksControlsAndBidiOnly() {
    for (char c = 0; c < 0x20; c++) {
      assertTrue(Limits.isUnsafe(c), Integer.toHexString(c));
    }
    assertTrue(Limits.isUnsafe('\u007F'));
    assertTrue(Limits.isUnsafe('\u009F'));
    assertTrue(Limits.isUnsafe('\u202A'));
    assertTrue(Limits.isUnsafe('\u2069'));
    assertTrue(Limits.isUnsafe('\u200F'));
    assertFalse(Limits.isUnsafe(' '));
    assertFalse(Limits.isUnsafe('~'));
    assertFalse(Limits.isUnsafe('\u00A0'));
    assertFalse(Limits.isUnsafe('\u2029'));
    assertFalse(Limits.isUnsafe('é'));
  }
}
