package dev.servicelevel.evaluation.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The exact share of a goal and percent of a goal used, on both of their paths (longs and
 * BigDecimal): found unpinned by mutation testing. Each case is checked against the plain
 * BigDecimal formula: {@code floor(nanos * share / 100)} and {@code 100 * elapsed / goal}
 * at two decimals, half-even.
 */
class ShareAndPercentMutationTest {

  private static final long BILLION = 1_000_000_000L;

  private static long expectedShare(long nanos, String share) {
    return new BigDecimal(nanos).multiply(new BigDecimal(share))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).longValueExact();
  }

  private static BigDecimal expectedPercent(Duration elapsed, Duration goal) {
    BigDecimal e = new BigDecimal(BigInteger.valueOf(elapsed.getSeconds())
        .multiply(BigInteger.valueOf(BILLION)).add(BigInteger.valueOf(elapsed.getNano())));
    BigDecimal g = new BigDecimal(BigInteger.valueOf(goal.getSeconds())
        .multiply(BigInteger.valueOf(BILLION)).add(BigInteger.valueOf(goal.getNano())));
    return e.multiply(BigDecimal.valueOf(100)).divide(g, 2, RoundingMode.HALF_EVEN);
  }

  @Test
  void shareOfNanos_isExact_onEitherSideOfTheFastPath() {
    long edge = Long.MAX_VALUE / 100;
    String[][] cases = {
      {"1000", "50.5"}, {"999", "33.3"}, {"7", "0.5"},
      {Long.toString(edge), "100"}, {Long.toString(edge + 1), "100"},
      {Long.toString(edge + 1), "99"}, {Long.toString(edge), "150"},
      {Long.toString(Long.MAX_VALUE / 2), "150"}, {"1000", "-50"},
      {Long.toString(edge + 7), "-3"}, {"-1000", "50"}, {Long.toString(-edge - 7), "3"},
      {"0", "100"}, {"12345", "0"}, {"12345", "100"}, {"12345", "1E+1"}
    };
    for (String[] c : cases) {
      long nanos = Long.parseLong(c[0]);
      assertEquals(expectedShare(nanos, c[1]),
          TicketTimers.shareOf(nanos, new BigDecimal(c[1])), c[0] + " x " + c[1]);
    }
  }

  @Test
  void shareOfADuration_isExact_forGoalsOfAnyLength() {
    Duration[] goals = {
      Duration.ofMinutes(30), Duration.ofSeconds(Long.MAX_VALUE / BILLION - 2, 999_999_999),
      Duration.ofSeconds(Long.MAX_VALUE / BILLION - 1), Duration.ofDays(365L * 3000),
    };
    for (Duration goal : goals) {
      for (String share : new String[] {"100", "80", "33.3", "0.01"}) {
        BigInteger nanos = BigInteger.valueOf(goal.getSeconds()).multiply(BigInteger.valueOf(
            BILLION)).add(BigInteger.valueOf(goal.getNano()));
        BigInteger want = new BigDecimal(nanos).multiply(new BigDecimal(share))
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).toBigIntegerExact();
        BigInteger[] qr = want.divideAndRemainder(BigInteger.valueOf(BILLION));
        assertEquals(Duration.ofSeconds(qr[0].longValueExact(), qr[1].longValue()),
            TicketTimers.shareOf(goal, new BigDecimal(share)), goal + " x " + share);
      }
    }
  }

  @Test
  void percent_roundsHalfEven_atTheSecondDecimal() {
    long[][] cases = {
      {1, 20_000}, {3, 20_000}, {5, 20_000}, {2, 30_000}, {1, 30_000}, {1, 3}, {2, 3},
      {1, 8}, {7, 7}, {1, 1}, {0, 5}, {10_001, 20_000}, {29_999, 20_000},
    };
    for (long[] c : cases) {
      Duration e = Duration.ofNanos(c[0]);
      Duration g = Duration.ofNanos(c[1]);
      assertEquals(expectedPercent(e, g), TicketTimers.percent(e, g), c[0] + " / " + c[1]);
    }
    assertEquals(new BigDecimal("0.00"), TicketTimers.percent(Duration.ofNanos(1),
        Duration.ofNanos(20_000)));
    assertEquals(new BigDecimal("0.02"), TicketTimers.percent(Duration.ofNanos(3),
        Duration.ofNanos(20_000)));
    assertEquals(new BigDecimal("0.01"), TicketTimers.percent(Duration.ofNanos(2),
        Duration.ofNanos(30_000)));
  }

  @Test
  void percent_isExact_forNegativeAndVeryLongSpans() {
    long maxSeconds = Long.MAX_VALUE / BILLION - 1;
    Duration[][] cases = {
      {Duration.ofNanos(1), Duration.ofNanos(-3)},
      {Duration.ofNanos(-1), Duration.ofNanos(3)},
      {Duration.ofNanos(-2), Duration.ofNanos(-3)},
      {Duration.ofSeconds(maxSeconds), Duration.ofSeconds(maxSeconds + 1)},
      {Duration.ofSeconds(maxSeconds), Duration.ofHours(1)},
      {Duration.ofHours(1), Duration.ofSeconds(maxSeconds)},
      {Duration.ofSeconds(maxSeconds - 1, 999_999_999), Duration.ofSeconds(3)},
      {Duration.ofSeconds(3), Duration.ofSeconds(maxSeconds - 1, 999_999_999)},
      {Duration.ofDays(365L * 5000), Duration.ofDays(365L * 3000)},
      {Duration.ofDays(365L * 5000), Duration.ofHours(1)},
      {Duration.ofHours(1), Duration.ofDays(365L * 5000)},
      {Duration.ofSeconds(maxSeconds + 1), Duration.ofSeconds(2)},
      {Duration.ofSeconds(2), Duration.ofSeconds(maxSeconds + 1)},
      {Duration.ofNanos(Long.MAX_VALUE / 10_000 + 1), Duration.ofNanos(7)},
      {Duration.ofNanos(Long.MAX_VALUE / 10_000), Duration.ofNanos(7)},
    };
    for (Duration[] c : cases) {
      assertEquals(expectedPercent(c[0], c[1]), TicketTimers.percent(c[0], c[1]),
          c[0] + " / " + c[1]);
    }
    assertEquals(new BigDecimal("0.00"), TicketTimers.percent(Duration.ZERO, Duration.ZERO));
    assertEquals(new BigDecimal("100.00"),
        TicketTimers.percent(Duration.ofNanos(1), Duration.ZERO));
  }
}
