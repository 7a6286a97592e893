package dev.servicelevel.evaluation.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.evaluation.Fraction;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Burn-rate conditions at their exact edges, found unpinned by mutation testing: each
 * comparison just below, at and above its threshold, the longest name, equal windows, and the
 * default comparison of the short factory.
 */
class BurnRateMutationTest {

  private static final Duration HOUR = Duration.ofHours(1);

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static BurnRateCondition condition(Comparison comparison) {
    return BurnRateCondition.of("c", HOUR, HOUR, comparison, dec("2"));
  }

  private static void assertRejected(String message, Executable code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, code);
    assertEquals(message, e.getMessage());
  }

  @Test
  void isMetBy_eachComparisonBelowAtAndAboveTheThreshold() {
    Fraction below = Fraction.of(dec("199"), dec("100"));
    Fraction at = Fraction.of(dec("2"));
    Fraction above = Fraction.of(dec("201"), dec("100"));
    BurnRateCondition lt = condition(Comparison.LESS_THAN);
    assertTrue(lt.isMetBy(below));
    assertFalse(lt.isMetBy(at));
    assertFalse(lt.isMetBy(above));
    BurnRateCondition le = condition(Comparison.LESS_OR_EQUAL);
    assertTrue(le.isMetBy(below));
    assertTrue(le.isMetBy(at));
    assertFalse(le.isMetBy(above));
    BurnRateCondition ge = condition(Comparison.GREATER_OR_EQUAL);
    assertFalse(ge.isMetBy(below));
    assertTrue(ge.isMetBy(at));
    assertTrue(ge.isMetBy(above));
    BurnRateCondition gt = condition(Comparison.GREATER_THAN);
    assertFalse(gt.isMetBy(below));
    assertFalse(gt.isMetBy(at));
    assertTrue(gt.isMetBy(above));
  }

  @Test
  void of_withoutAComparisonFiresAtOrAboveTheThreshold() {
    BurnRateCondition page =
        BurnRateCondition.of("page", HOUR, Duration.ofMinutes(5), dec("14.4"));
    assertEquals(Comparison.GREATER_OR_EQUAL, page.comparison());
    assertEquals("page", page.name());
    assertEquals(HOUR, page.longWindow());
    assertEquals(Duration.ofMinutes(5), page.shortWindow());
    assertEquals(dec("14.4"), page.threshold());
    assertEquals("page: burn rate >= 14.4 over PT1H and PT5M", page.toString());
    assertEquals("c: burn rate < 2 over PT1H", condition(Comparison.LESS_THAN).toString());
  }

  @Test
  void check_acceptsTheLongestNameEqualWindowsAndAZeroThreshold() {
    String longest = "n".repeat(BurnRateCondition.MAX_NAME_LENGTH);
    assertEquals(longest, BurnRateCondition.of(longest, HOUR, HOUR, dec("0")).name());
    IllegalArgumentException longer =
        assertThrows(IllegalArgumentException.class,
            () -> BurnRateCondition.of(longest + "n", HOUR, HOUR, dec("1")));
    assertTrue(longer.getMessage().startsWith("Condition name must be at most 200 characters"
        + " long: "), longer.getMessage());
    assertEquals(HOUR, BurnRateCondition.of("x", HOUR, HOUR, dec("1")).shortWindow());
    assertRejected("Short window must be at most the long window: PT1H0.000000001S / PT1H",
        () -> BurnRateCondition.of("x", HOUR, HOUR.plusNanos(1), dec("1")));
    assertRejected("Burn-rate threshold must be at least 0: -0.1",
        () -> BurnRateCondition.of("x", HOUR, HOUR, dec("-0.1")));
  }

  @Test
  void check_refusesAZeroOrNegativeWindowOfEitherKind() {
    assertRejected("Long window must be positive: PT0S",
        () -> BurnRateCondition.of("x", Duration.ZERO, Duration.ZERO, dec("1")));
    assertRejected("Short window must be positive: PT0S",
        () -> BurnRateCondition.of("x", HOUR, Duration.ZERO, dec("1")));
    assertRejected("Short window must be positive: PT-1S",
        () -> BurnRateCondition.of("x", HOUR, Duration.ofSeconds(-1), dec("1")));
    assertRejected("Long window must be positive: PT-1H",
        () -> BurnRateCondition.of("x", HOUR.negated(), Duration.ofSeconds(-7200), dec("1")));
  }
}
