package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.alwaysOpenAgreement;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * Values the boundary accepts written with many trailing zeros (a zero at scale 100, 1 with 45
 * zeros after the point, an impact of 0.5 with 50) have a state: it keeps them in their shortest
 * form, so that they fit the state's bounds (40 digits after the point, 256 bits), and the
 * restored accumulator reports the same figures.
 */
class StateOfLongDecimalsTest {

  static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
  static final Instant AS_OF = Instant.parse("2025-04-01T00:00:00Z");
  static final Instant T = Instant.parse("2025-03-02T00:00:00Z");

  static Agreement agreement() {
    return alwaysOpenAgreement(
        "zeros",
        ZoneOffset.UTC,
        LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)),
        measurement("lat", Indicator.percentile(new BigDecimal("95")), Comparison.LESS_OR_EQUAL,
                "300")
            .build(),
        availability("99.9").id("up").build());
  }

  static Map<String, BigDecimal> achieved(PeriodReport r) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    r.results().forEach(t -> m.put(t.targetId(), t.achieved().orElseThrow().stripTrailingZeros()));
    return m;
  }

  @Test
  void samplesAndImpactsWithManyTrailingZeros_roundTripThroughTheState() {
    List<BigDecimal> samples =
        List.of(
            new BigDecimal("0E-100"),
            new BigDecimal("1." + "0".repeat(45)),
            new BigDecimal("500." + "0".repeat(60)),
            new BigDecimal(BigInteger.TEN.pow(9_000).multiply(BigInteger.valueOf(7)), 9_000),
            // the longest the boundary accepts: 10,000 digits, 33,220 bits
            new BigDecimal(BigInteger.TEN.pow(9_999).multiply(BigInteger.valueOf(9)), 9_999));
    Agreement a = agreement();
    PeriodAccumulator acc = PeriodAccumulator.of(a, MARCH, AS_OF);
    for (BigDecimal v : samples) {
      acc.add("lat", T, v);
    }
    acc.add(
        Outage.builder()
            .id("INC-1")
            .service("shop")
            .interval(Interval.of(T, Duration.ofMinutes(20)))
            .impact(new BigDecimal("0.5" + "0".repeat(50)))
            .build());
    AccumulatorState state = acc.state();
    PeriodAccumulator back =
        PeriodAccumulator.restore(
            a, MARCH, AS_OF, EvaluationOptions.defaults(), AccumulatorState.fromBytes(state.toBytes()));
    assertEquals(achieved(acc.report()), achieved(back.report()));
    // the outage counts at half its length: 10 minutes of March's 744 hours
    TargetResult up = back.report().results().get(1);
    assertTrue(up.toString().contains("used PT10M (22.41 %)"), up.toString());
    assertEquals(0, new BigDecimal("500").compareTo(back.report().results().get(0).achieved().orElseThrow()));
    // the restored state is the same state again
    assertEquals(back.state(), state);
  }

  @Test
  void aStateDecimalThatDoesNotFitOnceZerosAreDropped_isStillRefused() {
    Map<String, Object> tree = new LinkedHashMap<>(agreementState().tree());
    // the same tree with a value of 41 significant digits after the point in place of a max
    String text = tree.toString();
    assertTrue(text.contains("max"), text);
    AccumulatorStateException e =
        assertThrows(
            AccumulatorStateException.class,
            () -> AccumulatorState.fromTree(replaceMax(tree, new BigDecimal("0." + "1".repeat(41)))));
    assertTrue(e.getMessage().contains("once trailing zeros are dropped"), e.getMessage());
  }

  @Test
  void aTreeDecimalOfTheLongestAcceptedLength_isKeptShortest() {
    // 9 written with 9,999 zeros after the point: 10,000 digits, 33,220 bits
    BigDecimal nine =
        new BigDecimal(BigInteger.TEN.pow(9_999).multiply(BigInteger.valueOf(9)), 9_999);
    Map<String, Object> tree = new LinkedHashMap<>(agreementState().tree());
    Map<String, Object> read = AccumulatorState.fromTree(replaceMax(tree, nine)).tree();
    @SuppressWarnings("unchecked")
    Map<String, Object> lat = (Map<String, Object>) ((List<Object>) read.get("targets")).get(0);
    assertEquals(BigDecimal.valueOf(9), lat.get("max"));
  }

  @Test
  void aTreeDecimalOfAMillionDigits_isRefusedWithoutDroppingItsZeros() {
    // 1 written with a million zeros after the point: longer than the boundary accepts, so the
    // state does not spend quadratic time dropping them
    BigDecimal one = new BigDecimal(BigInteger.TEN.pow(1_000_000), 1_000_000);
    Map<String, Object> tree = new LinkedHashMap<>(agreementState().tree());
    assertThrows(AccumulatorStateException.class,
        () -> AccumulatorState.fromTree(replaceMax(tree, one)));
  }

  static AccumulatorState agreementState() {
    return PeriodAccumulator.of(agreement(), MARCH, AS_OF).add("lat", T, BigDecimal.TEN).state();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> replaceMax(Map<String, Object> tree, BigDecimal value) {
    Map<String, Object> copy = new LinkedHashMap<>(tree);
    List<Object> targets = new java.util.ArrayList<>((List<Object>) copy.get("targets"));
    Map<String, Object> lat = new LinkedHashMap<>((Map<String, Object>) targets.get(0));
    lat.put("max", value);
    targets.set(0, lat);
    copy.put("targets", targets);
    return copy;
  }
}
