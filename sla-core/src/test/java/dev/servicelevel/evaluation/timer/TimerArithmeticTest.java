package dev.servicelevel.evaluation.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of the timer evaluation against the obvious forms they replace: shares and
 * percentages in longs against {@link BigDecimal}, and the ticket's field map against a
 * {@link HashMap}.
 */
class TimerArithmeticTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 200);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static long shareByBigDecimal(long nanos, BigDecimal share) {
    return new BigDecimal(nanos)
        .multiply(share)
        .divide(HUNDRED, 0, RoundingMode.FLOOR)
        .longValueExact();
  }

  private static BigDecimal percentByBigDecimal(long elapsed, long goal) {
    return new BigDecimal(elapsed)
        .multiply(HUNDRED)
        .divide(new BigDecimal(goal), 2, RoundingMode.HALF_EVEN);
  }

  @Test
  void shareOf_equalsTheExactFloor() {
    // whole shares take the long path, decimal ones the BigDecimal path; goals up to 30 years
    qt().withExamples(EXAMPLES * 5)
        .forAll(
            longs().between(0, Duration.ofDays(30 * 366).toNanos()),
            integers().between(0, 100),
            integers().between(0, 2))
        .checkAssert(
            (nanos, whole, decimals) -> {
              BigDecimal share = BigDecimal.valueOf(whole * (long) Math.pow(10, decimals), decimals);
              if (decimals == 2 && whole < 100) {
                share = share.add(new BigDecimal("0.25"));
              }
              assertEquals(
                  shareByBigDecimal(nanos, share),
                  TicketTimers.shareOf(nanos, share),
                  nanos + " ns at " + share + " %");
            });
  }

  @Test
  void shareOf_atTheLimitsOfTheLongPath() {
    long big = Long.MAX_VALUE / 100;
    BigDecimal all = BigDecimal.valueOf(100);
    BigDecimal third = BigDecimal.valueOf(33);
    assertEquals(shareByBigDecimal(big, all), TicketTimers.shareOf(big, all));
    assertEquals(shareByBigDecimal(big + 1, third), TicketTimers.shareOf(big + 1, third));
    assertEquals(99, TicketTimers.shareOf(199, BigDecimal.valueOf(50)));
    // 33 ns at 3 % is 0.99 ns and 133 ns 3.99 ns: floors, not rounding
    assertEquals(0, TicketTimers.shareOf(33, BigDecimal.valueOf(3)));
    assertEquals(3, TicketTimers.shareOf(133, BigDecimal.valueOf(3)));
    assertEquals(0, TicketTimers.shareOf(1, new BigDecimal("5E+1")));
  }

  @Test
  void percent_equalsTheHalfEvenQuotient() {
    qt().withExamples(EXAMPLES * 5)
        .forAll(
            longs().between(0, Duration.ofDays(3650).toNanos()),
            longs().between(1, Duration.ofDays(3650).toNanos()))
        .checkAssert(
            (elapsed, goal) ->
                assertEquals(
                    percentByBigDecimal(elapsed, goal),
                    TicketTimers.percent(Duration.ofNanos(elapsed), Duration.ofNanos(goal))));
  }

  @Test
  void percent_roundsTiesToEven() {
    // 1/8 = 12.5 %; 1/1600 = 0.0625 % -> 0.06; 3/1600 = 0.1875 % -> 0.19; 1/800 = 0.125 % -> 0.12
    assertEquals(new BigDecimal("12.50"), percent(1, 8));
    assertEquals(new BigDecimal("0.06"), percent(1, 1600));
    assertEquals(new BigDecimal("0.19"), percent(3, 1600));
    assertEquals(new BigDecimal("0.12"), percent(1, 800));
    assertEquals(new BigDecimal("0.14"), percent(7, 5000));
    assertEquals(new BigDecimal("100.00"), percent(5, 5));
    assertEquals(new BigDecimal("0.00"), percent(0, 0));
    assertEquals(new BigDecimal("100.00"), percent(1, 0));
    assertEquals(
        percentByBigDecimal(Long.MAX_VALUE / 1000, 3),
        TicketTimers.percent(Duration.ofNanos(Long.MAX_VALUE / 1000), Duration.ofNanos(3)));
  }

  private static BigDecimal percent(long elapsed, long goal) {
    return TicketTimers.percent(Duration.ofNanos(elapsed), Duration.ofNanos(goal));
  }

  @Test
  void fieldState_behavesLikeAMap() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              FieldState fields = new FieldState();
              Map<String, String> expected = new LinkedHashMap<>();
              for (int step = 0; step < 60; step++) {
                // new String: equal keys are not the same instance
                String key = new String("f" + r.nextInt(12));
                if (r.nextInt(4) == 0) {
                  assertEquals(expected.remove(key), fields.remove(key));
                } else {
                  String value = "v" + r.nextInt(5);
                  assertEquals(expected.put(key, value), fields.put(key, value));
                }
                String probe = "f" + r.nextInt(12);
                assertEquals(expected.get(probe), fields.get(probe));
                assertEquals(expected.containsKey(probe), fields.containsKey(probe));
                assertEquals(expected.size(), fields.size());
              }
              assertEquals(expected, fields);
              assertEquals(expected.toString(), fields.toString());
            });
  }

  @Test
  void fieldState_unknownKeysAndEmptiness() {
    FieldState fields = new FieldState();
    assertNull(fields.get("status"));
    assertNull(fields.remove("status"));
    assertEquals(Map.of(), fields);
    fields.put("status", "open");
    fields.put("status", "pending");
    assertEquals(Map.of("status", "pending"), fields);
  }
}
