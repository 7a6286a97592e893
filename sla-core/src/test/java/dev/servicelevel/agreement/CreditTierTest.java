package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertNullRejected;
import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CreditTierTest {

  private static final CreditTier BETWEEN = CreditTier.between(dec("99"), dec("99.9"), dec("5"));
  private static final CreditTier BELOW = CreditTier.below(dec("95"), dec("30"));
  private static final CreditTier AT_OR_ABOVE = CreditTier.atOrAbove(dec("500"), dec("20"));

  static Stream<Arguments> containment() {
    return Stream.of(
        Arguments.of(BETWEEN, "99", true),
        Arguments.of(BETWEEN, "99.00", true),
        Arguments.of(BETWEEN, "99.89", true),
        Arguments.of(BETWEEN, "99.9", false),
        Arguments.of(BETWEEN, "98.99", false),
        Arguments.of(BELOW, "0", true),
        Arguments.of(BELOW, "-1000", true),
        Arguments.of(BELOW, "95", false),
        Arguments.of(AT_OR_ABOVE, "500", true),
        Arguments.of(AT_OR_ABOVE, "1E+9", true),
        Arguments.of(AT_OR_ABOVE, "499.999", false));
  }

  @ParameterizedTest
  @MethodSource("containment")
  void contains_isHalfOpen(CreditTier tier, String value, boolean expected) {
    assertEquals(expected, tier.contains(dec(value)));
  }

  @Test
  void factories_setBoundsAndCredit() {
    assertEquals(Optional.of(dec("99")), BETWEEN.fromInclusive());
    assertEquals(Optional.of(dec("99.9")), BETWEEN.toExclusive());
    assertEquals(dec("5"), BETWEEN.creditPercent());
    assertEquals(Optional.empty(), BELOW.fromInclusive());
    assertEquals(Optional.empty(), AT_OR_ABOVE.toExclusive());
  }

  @Test
  void toString_showsTheRangeAndCredit() {
    assertEquals("[99, 99.9) -> 5 %", BETWEEN.toString());
    assertEquals("[.., 95) -> 30 %", BELOW.toString());
    assertEquals("[500, ..) -> 20 %", AT_OR_ABOVE.toString());
  }

  @Test
  void between_rejectsBoundsNotAscending() {
    assertRejected(
        "Credit tier lower bound must be below its upper bound: [99.9, 99.9) -> 5 %",
        () -> CreditTier.between(dec("99.9"), dec("99.9"), dec("5")));
    assertRejected(
        "Credit tier lower bound must be below its upper bound: [99.9, 99) -> 5 %",
        () -> CreditTier.between(dec("99.9"), dec("99"), dec("5")));
  }

  @Test
  void credit_mustBeAShare() {
    assertRejected(
        "Credit must be more than 0 and at most 100 %: 0",
        () -> CreditTier.below(dec("95"), dec("0")));
    assertRejected(
        "Credit must be more than 0 and at most 100 %: 120",
        () -> CreditTier.atOrAbove(dec("95"), dec("120")));
  }

  @Test
  void tier_needsABound() {
    assertRejected(
        "A credit tier needs at least one bound: [.., ..) -> 5 %",
        () -> ImmutableCreditTier.of(Optional.empty(), Optional.empty(), dec("5")));
  }

  @Test
  void factories_rejectNull() {
    assertNullRejected("fromInclusive", () -> CreditTier.between(null, dec("1"), dec("5")));
    assertNullRejected("toExclusive", () -> CreditTier.below(null, dec("5")));
    assertNullRejected("creditPercent", () -> CreditTier.atOrAbove(dec("1"), null));
    assertNullRejected("value", () -> BELOW.contains(null));
  }

  @Test
  void equality() {
    assertValueEquality(
        BETWEEN,
        CreditTier.between(dec("99"), dec("99.9"), dec("5")),
        CreditTier.between(dec("99"), dec("99.9"), dec("10")));
  }
}
