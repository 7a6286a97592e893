package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertNullRejected;
import static dev.servicelevel.agreement.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ComparisonTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(Comparison.LESS_THAN, "1", "2", true),
        Arguments.of(Comparison.LESS_THAN, "2", "2.00", false),
        Arguments.of(Comparison.LESS_OR_EQUAL, "2", "2.00", true),
        Arguments.of(Comparison.LESS_OR_EQUAL, "2.01", "2", false),
        Arguments.of(Comparison.GREATER_OR_EQUAL, "99.90", "99.9", true),
        Arguments.of(Comparison.GREATER_OR_EQUAL, "99.89", "99.9", false),
        Arguments.of(Comparison.GREATER_THAN, "99.9", "99.9", false),
        Arguments.of(Comparison.GREATER_THAN, "99.91", "99.9", true));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void test_comparesNumerically(Comparison c, String value, String target, boolean expected) {
    assertEquals(expected, c.test(dec(value), dec(target)));
  }

  @Test
  void symbolsAndDirection() {
    assertEquals("<", Comparison.LESS_THAN.symbol());
    assertEquals("<=", Comparison.LESS_OR_EQUAL.symbol());
    assertEquals(">=", Comparison.GREATER_OR_EQUAL.symbol());
    assertEquals(">", Comparison.GREATER_THAN.symbol());
    assertEquals(false, Comparison.LESS_OR_EQUAL.isHigherBetter());
    assertEquals(true, Comparison.GREATER_THAN.isHigherBetter());
  }

  @Test
  void holds_readsTheSignOfACompareTo() {
    assertEquals(true, Comparison.LESS_THAN.holds(-1));
    assertEquals(false, Comparison.LESS_THAN.holds(0));
    assertEquals(true, Comparison.LESS_OR_EQUAL.holds(0));
    assertEquals(false, Comparison.LESS_OR_EQUAL.holds(1));
    assertEquals(true, Comparison.GREATER_OR_EQUAL.holds(0));
    assertEquals(false, Comparison.GREATER_OR_EQUAL.holds(-1));
    assertEquals(false, Comparison.GREATER_THAN.holds(0));
    assertEquals(true, Comparison.GREATER_THAN.holds(Integer.MAX_VALUE));
  }

  @Test
  void test_rejectsNull() {
    assertNullRejected("value", () -> Comparison.LESS_THAN.test(null, dec("1")));
    assertNullRejected("target", () -> Comparison.LESS_THAN.test(dec("1"), null));
  }
}
