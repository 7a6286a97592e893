package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.MARCH;
import static dev.servicelevel.evaluation.ComplianceFixtures.PRIME;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.berlin;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.TargetCredits;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.Interval;

class MeasurementAccumulatorTest {

  static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  static final Instant T0 = utc("2025-06-02T00:00");

  static MeasurementAccumulator june(MeasurementTarget target) {
    return MeasurementAccumulator.of(target, ALWAYS_UTC, JUNE, AFTER_JUNE);
  }

  /** One sample a second from T0 with these values. */
  static MeasurementAccumulator withValues(MeasurementTarget target, List<String> values) {
    MeasurementAccumulator acc = june(target);
    for (int i = 0; i < values.size(); i++) {
      acc.add(T0.plusSeconds(i), dec(values.get(i)));
    }
    return acc;
  }

  static List<String> oneTo(int n) {
    return Stream.iterate(1, i -> i + 1).limit(n).map(String::valueOf).toList();
  }

  static MeasurementTarget p95(Comparison c, String objective) {
    return measurement(Indicator.percentile(dec("95")), c, objective).unit("ms").build();
  }

  // ---- percentile ---------------------------------------------------------------------------

  static Stream<Arguments> nearestRank() {
    return Stream.of(
        // 20 samples 1..20: k = ceil(0.95 * 20) = 19, p95 = 19
        Arguments.of(20, "95", "19"),
        // 100 samples: k = 95
        Arguments.of(100, "95", "95"),
        // 10 samples: k = ceil(9.5) = 10, the maximum
        Arguments.of(10, "95", "10"),
        // one sample is every percentile
        Arguments.of(1, "1", "1"),
        Arguments.of(3, "50", "2"),
        Arguments.of(4, "50", "2"),
        Arguments.of(7, "100", "7"));
  }

  @ParameterizedTest
  @MethodSource("nearestRank")
  void percentile_isTheNearestRank(int n, String percent, String expected) {
    MeasurementTarget target =
        measurement(Indicator.percentile(dec(percent)), Comparison.LESS_OR_EQUAL, "1000").build();
    TargetResult r = withValues(target, oneTo(n)).result();
    assertEquals(Optional.of(dec(expected)), r.achieved());
    assertTrue(r.measurement().orElseThrow().exactValue());
  }

  @Test
  void percentile_verdictAtTheObjective() {
    // 19 of 20 samples at most 300: p95 = 300, met; the 20th may be anything
    List<String> values = new java.util.ArrayList<>(java.util.Collections.nCopies(19, "300"));
    values.add("5000");
    TargetResult met = withValues(p95(Comparison.LESS_OR_EQUAL, "300"), values).result();
    assertEquals(ComplianceStatus.MET, met.status());
    assertTrue(met.isBudgetLow());
    assertEquals(Optional.of(dec("300")), met.achieved());
    assertEquals(ErrorBudget.of(ErrorBudget.Unit.SAMPLES, dec("1"), dec("1")), met.budget().get());
    assertEquals(Optional.of("ms"), met.unit());
    values.set(0, "301");
    TargetResult breached = withValues(p95(Comparison.LESS_OR_EQUAL, "300"), values).result();
    assertEquals(ComplianceStatus.BREACHED, breached.status());
    assertEquals(Optional.of(dec("301")), breached.achieved());
    assertEquals(Optional.of(dec("-1")), breached.margin());
    assertEquals(
        "2025-06-02T00:00:19Z: 5000 ms misses <= 300",
        breached.explanation().counted().get(0).toString());
  }

  @Test
  void percentile_atLeastObjectivesCountFromTheTop() {
    // p5 >= 10 over 1..20: k = 1, p5 = 1; need n - k + 1 = 20 samples >= 10
    MeasurementTarget p5 =
        measurement(Indicator.percentile(dec("5")), Comparison.GREATER_OR_EQUAL, "1").build();
    TargetResult r = withValues(p5, oneTo(20)).result();
    assertEquals(Optional.of(dec("1")), r.achieved());
    assertEquals(ComplianceStatus.MET, r.status());
    assertEquals(ErrorBudget.of(ErrorBudget.Unit.SAMPLES, dec("0"), dec("0")), r.budget().get());
    MeasurementTarget p10 =
        measurement(Indicator.percentile(dec("10")), Comparison.GREATER_THAN, "2").build();
    // k = 2: x[2] = 2, not > 2; budget k - 1 = 1 sample at most 2, used 2
    TargetResult strict = withValues(p10, oneTo(20)).result();
    assertEquals(ComplianceStatus.BREACHED, strict.status());
    assertEquals(
        ErrorBudget.of(ErrorBudget.Unit.SAMPLES, dec("1"), dec("2")), strict.budget().get());
  }

  /** 10,000 distinct values 0.1, 0.2, ..., 1000.0: beyond the exact limit. */
  static MeasurementAccumulator tenThousandDistinct(MeasurementAccumulator acc) {
    for (int i = 1; i <= 10_000; i++) {
      acc.add(T0.plusMillis(i), BigDecimal.valueOf(i, 1));
    }
    return acc;
  }

  @Test
  void percentile_overManyDistinctValuesIsExact() {
    // exact p95 = x[9500] = 950.0
    TargetResult loose = tenThousandDistinct(june(p95(Comparison.LESS_OR_EQUAL, "1000"))).result();
    assertTrue(loose.measurement().orElseThrow().exactValue());
    assertEquals(Optional.of(dec("950")), loose.achieved());
    assertEquals(ComplianceStatus.MET, loose.status());
    TargetResult exact = tenThousandDistinct(june(p95(Comparison.LESS_OR_EQUAL, "950"))).result();
    assertEquals(ComplianceStatus.MET, exact.status());
    assertTrue(exact.isBudgetLow());
    assertEquals(Optional.of(dec("950")), exact.achieved());
    TargetResult tight =
        tenThousandDistinct(june(p95(Comparison.LESS_OR_EQUAL, "949.95"))).result();
    assertEquals(ComplianceStatus.BREACHED, tight.status());
    assertEquals(Optional.of(dec("950")), tight.achieved());
  }

  @Test
  void percentile_tierBoundsAreExactWhetherGivenToTheAccumulatorOrNot() {
    MeasurementTarget target = p95(Comparison.LESS_OR_EQUAL, "900");
    TargetCredits credits =
        TargetCredits.of(
            "latency",
            CreditTier.between(dec("900"), dec("950.05"), dec("5")),
            CreditTier.atOrAbove(dec("950.05"), dec("10")));
    TargetResult told =
        tenThousandDistinct(
                MeasurementAccumulator.of(
                    target,
                    ALWAYS_UTC,
                    JUNE,
                    AFTER_JUNE,
                    EvaluationOptions.defaults(),
                    List.of(dec("900"), dec("950.05"))))
            .result();
    assertEquals(dec("5"), told.tierIn(credits).orElseThrow().creditPercent());
    TargetResult notTold = tenThousandDistinct(june(target)).result();
    assertEquals(dec("5"), notTold.tierIn(credits).orElseThrow().creditPercent());
  }

  // ---- mean, max, occurrences -----------------------------------------------------------------

  @Test
  void mean_isExactAndReportedTowardsTheUnfavourableSide() {
    List<String> values = List.of("100", "200", "301");
    TargetResult met =
        withValues(
                measurement(Indicator.mean(), Comparison.LESS_OR_EQUAL, "200.333334").build(),
                values)
            .result();
    assertEquals(ComplianceStatus.MET, met.status());
    assertEquals(Optional.of(dec("200.333334")), met.achieved());
    assertEquals(Optional.empty(), met.budget());
    assertEquals(Optional.empty(), met.measurement().orElseThrow().meeting());
    TargetResult breached =
        withValues(
                measurement(Indicator.mean(), Comparison.LESS_OR_EQUAL, "200.333333").build(),
                values)
            .result();
    assertEquals(ComplianceStatus.BREACHED, breached.status());
    assertEquals(Optional.of(dec("200.333334")), breached.achieved());
  }

  @Test
  void max_breachesWithOneSampleAboveEvenWhileRunning() {
    MeasurementTarget target =
        measurement(Indicator.max(), Comparison.LESS_OR_EQUAL, "300").build();
    TargetResult r =
        MeasurementAccumulator.of(target, ALWAYS_UTC, JUNE, utc("2025-06-03T00:00"))
            .add(T0, dec("120"))
            .add(T0.plusSeconds(1), dec("301"))
            .result();
    assertEquals(ComplianceStatus.BREACHED, r.status());
    assertEquals(Optional.of(dec("301")), r.achieved());
    assertEquals(ErrorBudget.of(ErrorBudget.Unit.SAMPLES, dec("0"), dec("1")), r.budget().get());
    assertEquals(Optional.empty(), r.burnRate());
  }

  @Test
  void occurrences_shareOfSamplesMeetingTheThreshold() {
    MeasurementTarget target =
        measurement(
                Indicator.samplesMeeting(Comparison.LESS_OR_EQUAL, dec("300")),
                Comparison.GREATER_OR_EQUAL,
                "75")
            .build();
    TargetResult r = withValues(target, List.of("100", "300", "301", "200")).result();
    assertEquals(Optional.of(dec("75")), r.achieved());
    assertEquals(Optional.of("%"), r.unit());
    assertEquals(ErrorBudget.of(ErrorBudget.Unit.SAMPLES, dec("1"), dec("1")), r.budget().get());
    assertEquals(Map.of("meeting", 3L, "missing", 1L), r.explanation().reasonCounts());
    assertEquals("2025-06-02T00:00:02Z", r.explanation().counted().get(0).id());
  }

  // ---- ratios ------------------------------------------------------------------------------

  static EventCount minute(Instant start, long counted, long total) {
    return EventCount.of(Interval.of(start, Duration.ofMinutes(1)), counted, total);
  }

  @Test
  void ratio_ofCountedOverAllEvents() {
    MeasurementTarget success =
        measurement("success", Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "99.5").build();
    TargetResult r =
        june(success)
            .add(minute(T0, 990, 1000))
            .add(minute(T0.plusSeconds(60), 1000, 1000))
            .result();
    assertEquals(Optional.of(dec("99.5")), r.achieved());
    assertEquals(ComplianceStatus.MET, r.status());
    assertTrue(r.isBudgetLow());
    assertEquals(ErrorBudget.of(ErrorBudget.Unit.EVENTS, dec("10"), dec("10")), r.budget().get());
    assertEquals(
        MeasurementFigures.of(Indicator.ratio(), 2000, Optional.of(1990L), true),
        r.measurement().orElseThrow());
    assertEquals(
        "2025-06-02T00:00:00Z/2025-06-02T00:01:00Z: 990 of 1000 events counted",
        r.explanation().counted().get(0).toString());
  }

  @Test
  void ratio_ofErrorsAtMost() {
    MeasurementTarget errors =
        measurement("errors", Indicator.ratio(), Comparison.LESS_OR_EQUAL, "0.1").build();
    TargetResult r = june(errors).add(minute(T0, 3, 2000)).result();
    assertEquals(Optional.of(dec("0.15")), r.achieved());
    assertEquals(ComplianceStatus.BREACHED, r.status());
    assertEquals(ErrorBudget.of(ErrorBudget.Unit.EVENTS, dec("2"), dec("3")), r.budget().get());
  }

  @Test
  void ratioTimeslices_shareOfGoodSlices() {
    MeasurementTarget slices =
        measurement(
                "slices",
                Indicator.timeslices(
                    Duration.ofHours(1), Comparison.GREATER_OR_EQUAL, dec("99")),
                Comparison.GREATER_OR_EQUAL,
                "50")
            .build();
    TargetResult r =
        june(slices)
            // slice 0 of June 2: 99 of 100 in two counts, good
            .add(minute(T0, 50, 50))
            .add(minute(T0.plusSeconds(120), 49, 50))
            // next hour: 98 %, bad
            .add(minute(T0.plusSeconds(3600), 98, 100))
            // a third: good
            .add(minute(T0.plusSeconds(7200), 100, 100))
            .result();
    assertEquals(Optional.of(dec("66.666666")), r.achieved());
    assertEquals(ComplianceStatus.MET, r.status());
    assertEquals(3, r.measurement().orElseThrow().observations());
    assertEquals(
        "2025-06-02T01:00:00Z: ratio 98 % (98/100), bad",
        r.explanation().counted().get(0).toString());
    assertEquals(
        Map.of("counted", 4L, "slices good", 2L, "slices bad", 1L), r.explanation().reasonCounts());
  }

  // ---- what counts -------------------------------------------------------------------------

  @Test
  void samples_outsideTheWindowAreListedNotUsed() {
    MeasurementTarget target = p95(Comparison.LESS_OR_EQUAL, "300");
    TargetResult r =
        MeasurementAccumulator.of(target, PRIME, MARCH, berlin("2025-04-01T00:00"))
            .add(Sample.of(berlin("2025-03-04T12:00"), dec("200")))
            .add(Sample.of(berlin("2025-03-09T12:00"), dec("900")))
            .result();
    assertEquals(Optional.of(dec("200")), r.achieved());
    assertEquals(Map.of("meeting", 1L, "outside window hours", 1L), r.explanation().reasonCounts());
    assertEquals(
        "2025-03-09T11:00:00Z: outside window hours", r.explanation().excluded().get(0).toString());
  }

  @Test
  void emptyPeriod_hasNoData() {
    TargetResult r =
        june(p95(Comparison.LESS_OR_EQUAL, "300")).add(utc("2025-07-01T00:00"), dec("1")).result();
    assertEquals(ComplianceStatus.NO_DATA, r.status());
    assertEquals(Optional.empty(), r.achieved());
    assertEquals(0, r.measurement().orElseThrow().observations());
  }

  @Test
  void records_ofTheWrongKindAreRejected() {
    MeasurementAccumulator samples = june(p95(Comparison.LESS_OR_EQUAL, "300"));
    assertRejected(
        "Target takes samples, not event counts: latency / p95",
        () -> samples.add(minute(T0, 1, 1)));
    MeasurementAccumulator counts =
        june(measurement(Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "99").build());
    assertRejected(
        "Target takes event counts, not samples: latency / ratio", () -> counts.add(T0, dec("1")));
  }

  @Test
  void merge_ofShardsEqualsOnePass() {
    MeasurementTarget target = p95(Comparison.LESS_OR_EQUAL, "950");
    MeasurementAccumulator one = tenThousandDistinct(june(target));
    MeasurementAccumulator a = june(target);
    MeasurementAccumulator b = june(target);
    for (int i = 1; i <= 10_000; i++) {
      (i % 3 == 0 ? a : b).add(T0.plusMillis(i), BigDecimal.valueOf(i, 1));
    }
    assertEquals(one.result(), b.merge(a).result());
  }
}
