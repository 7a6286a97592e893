package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.assertNullRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FractionTest {

  // ---- of ----

  @Test
  void of_reducesToLowestTermsWithAPositiveDenominator() {
    Fraction f = Fraction.of(dec("1"), dec("1.85"));
    assertEquals(BigInteger.valueOf(20), f.numerator());
    assertEquals(BigInteger.valueOf(37), f.denominator());
    assertEquals("20/37", f.toString());
    assertEquals("-1/2", Fraction.of(dec("2"), dec("-4")).toString());
    assertEquals("3", Fraction.of(dec("3")).toString());
    assertEquals(Fraction.ZERO, Fraction.of(dec("0"), dec("-7.5")));
    assertEquals(Fraction.of(dec("1E+2"), dec("1")), Fraction.of(dec("100")));
  }

  @Test
  void of_rejectsZeroDenominatorsAndUnboundedDecimals() {
    assertRejected(
        "Fraction denominator must not be zero: 1 / 0", () -> Fraction.of(dec("1"), dec("0")));
    assertRejected(
        "numerator must have at most 18 digits after the point and an absolute value below"
            + " 10^18: 1E-19",
        () -> Fraction.of(dec("1E-19"), dec("1")));
    assertNullRejected("denominator", () -> Fraction.of(dec("1"), null));
  }

  @Test
  void equals_isByValue() {
    assertEquals(Fraction.of(dec("2"), dec("4")), Fraction.of(dec("0.5")));
    assertEquals(Fraction.of(dec("2"), dec("4")).hashCode(), Fraction.of(dec("0.5")).hashCode());
    assertNotEquals(Fraction.of(dec("1"), dec("3")), Fraction.of(dec("0.333333")));
  }

  // ---- compareTo ----

  @Test
  void compareTo_isExact() {
    Fraction third = Fraction.of(dec("1"), dec("3"));
    assertEquals(1, Integer.signum(third.compareTo(dec("0.333333333333333333"))));
    assertEquals(-1, Integer.signum(third.compareTo(dec("0.333333333333333334"))));
    assertEquals(0, Fraction.of(dec("14.4")).compareTo(dec("14.40")));
    assertEquals(-1, Integer.signum(Fraction.of(dec("-1"), dec("3")).compareTo(third)));
  }

  @Test
  void compareTo_agreesWithDecimalDivisionWhenItEnds() {
    qt().forAll(longs().between(-1_000_000, 1_000_000), integers().between(1, 1024))
        .checkAssert(
            (n, d) -> {
              Fraction f = Fraction.of(BigDecimal.valueOf(n), BigDecimal.valueOf(d));
              BigDecimal q = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 20,
                  RoundingMode.FLOOR);
              // the floor at 20 places is at most the fraction, the next step above it
              assertEquals(true, f.compareTo(q) >= 0);
              assertEquals(true, f.compareTo(q.add(BigDecimal.ONE.movePointLeft(20))) < 0);
            });
  }

  // ---- toDecimal, toBigDecimalExact ----

  @Test
  void toDecimal_roundsAsTold() {
    Fraction twoThirds = Fraction.of(dec("200"), dec("3"));
    assertEquals(dec("66.67"), twoThirds.toDecimal(2, RoundingMode.HALF_UP));
    assertEquals(dec("66.66"), twoThirds.toDecimal(2, RoundingMode.FLOOR));
    assertEquals(dec("2.5"), Fraction.of(dec("5"), dec("2")).toDecimal(4, RoundingMode.UNNECESSARY));
    assertRejected(
        "Fraction needs more than 2 decimal places: 200/3",
        () -> twoThirds.toDecimal(2, RoundingMode.UNNECESSARY));
    assertRejected(
        "Fraction scale must be within 0 and 100: 101",
        () -> twoThirds.toDecimal(101, RoundingMode.HALF_UP));
  }

  @Test
  void toBigDecimalExact_isPresentWhenTheDecimalEnds() {
    assertEquals(Optional.of(dec("0.0625")), Fraction.of(dec("1"), dec("16")).toBigDecimalExact());
    assertEquals(Optional.of(dec("-0.4")), Fraction.of(dec("-2"), dec("5")).toBigDecimalExact());
    assertEquals(Optional.of(dec("300")), Fraction.of(dec("300")).toBigDecimalExact());
    assertEquals(Optional.empty(), Fraction.of(dec("1"), dec("1.85")).toBigDecimalExact());
  }

  @Test
  void multipliedBy_isExact() {
    Fraction f = Fraction.of(dec("20"), dec("37")).multipliedBy(Fraction.of(dec("37"), dec("4")));
    assertEquals(Fraction.of(dec("5")), f);
  }
}
