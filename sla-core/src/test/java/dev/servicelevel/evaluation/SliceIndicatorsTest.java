package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.Indicator.EmptySlices;
import dev.servicelevel.agreement.MeasurementTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.Interval;

/**
 * OpenSLO's two slice indicators side by side: Timeslices (the share of good slices) and
 * RatioTimeslices (the mean of the slices' ratios), and the rule for slices without events.
 */
class SliceIndicatorsTest {

  private static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  private static final Instant JUNE_2 = utc("2025-06-02T00:00");
  private static final Duration DAY = Duration.ofDays(1);

  private static EventCount count(Instant start, long counted, long total) {
    return EventCount.of(Interval.of(start, Duration.ofMinutes(1)), counted, total);
  }

  private static MeasurementTarget target(Indicator indicator, String objective) {
    return measurement("slices", indicator, Comparison.GREATER_OR_EQUAL, objective).build();
  }

  private static TargetResult june(MeasurementTarget target, Instant asOf, EventCount... counts) {
    MeasurementAccumulator acc = MeasurementAccumulator.of(target, ALWAYS_UTC, JUNE, asOf);
    for (EventCount c : counts) {
      acc.add(c);
    }
    return acc.result();
  }

  // ---- OpenSLO's three budgeting methods on the same counts ----------------------------------

  @Test
  void occurrencesTimeslicesAndRatioTimeslices_differOnUnevenTraffic() {
    // twelve hourly slices: eleven with 1 of 2 events good, one with 1000 of 1000
    EventCount[] counts = new EventCount[12];
    for (int i = 0; i < 11; i++) {
      counts[i] = count(JUNE_2.plusSeconds(3600L * i), 1, 2);
    }
    counts[11] = count(JUNE_2.plusSeconds(3600L * 11), 1000, 1000);
    Duration hour = Duration.ofHours(1);
    TargetResult occurrences = june(target(Indicator.ratio(), "50"), AFTER_JUNE, counts);
    TargetResult timeslices =
        june(
            target(Indicator.timeslices(hour, Comparison.GREATER_OR_EQUAL, dec("99")), "50"),
            AFTER_JUNE,
            counts);
    TargetResult ratioTimeslices =
        june(target(Indicator.ratioTimeslices(hour), "50"), AFTER_JUNE, counts);
    assertEquals(Optional.of(dec("98.923679")), occurrences.achieved()); // 1011 / 1022
    assertEquals(Optional.of(dec("8.333333")), timeslices.achieved()); // 1 of 12 slices
    assertEquals(Optional.of(dec("54.166666")), ratioTimeslices.achieved()); // 6.5 / 12
    assertEquals(ComplianceStatus.MET, ratioTimeslices.status());
    assertEquals(ComplianceStatus.BREACHED, timeslices.status());
    assertEquals(12, ratioTimeslices.measurement().orElseThrow().observations());
    assertEquals(
        "2025-06-02T00:00:00Z: ratio 50 % (1/2)",
        ratioTimeslices.explanation().counted().get(0).toString());
  }

  // ---- slices without events -----------------------------------------------------------------

  static Stream<Arguments> emptySliceRules() {
    // June in day slices; June 2 has 100 of 100 (good at >= 99), June 3 has 50 of 100 (bad)
    return Stream.of(
        Arguments.of(EmptySlices.SKIP, "50", "75", 2L),
        Arguments.of(EmptySlices.GOOD, "96.666666", "98.333333", 30L),
        Arguments.of(EmptySlices.BAD, "3.333333", "5", 30L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptySliceRules")
  void emptySlices_followTheIndicatorsRule(
      EmptySlices rule, String share, String mean, long slices) {
    EventCount good = count(JUNE_2, 100, 100);
    EventCount bad = count(JUNE_2.plus(DAY), 50, 100);
    TargetResult timeslices =
        june(
            target(
                Indicator.timeslices(DAY, Comparison.GREATER_OR_EQUAL, dec("99"))
                    .withEmptySlices(rule),
                "50"),
            AFTER_JUNE,
            good,
            bad);
    TargetResult ratio =
        june(
            target(Indicator.ratioTimeslices(DAY).withEmptySlices(rule), "50"),
            AFTER_JUNE,
            good,
            bad);
    assertEquals(Optional.of(dec(share)), timeslices.achieved());
    assertEquals(Optional.of(dec(mean)), ratio.achieved());
    assertEquals(slices, timeslices.measurement().orElseThrow().observations());
    assertEquals(slices, ratio.measurement().orElseThrow().observations());
  }

  @Test
  void emptySlices_ofARunningPeriodAreOnlyThoseAlreadyOver() {
    // as of June 3 12:00: June 1 is over without events; June 3 is running with a bad count
    Instant asOf = utc("2025-06-03T12:00");
    TargetResult r =
        june(
            target(
                Indicator.timeslices(DAY, Comparison.GREATER_OR_EQUAL, dec("99"))
                    .withEmptySlices(EmptySlices.GOOD),
                "50"),
            asOf,
            count(JUNE_2, 100, 100),
            count(JUNE_2.plus(DAY), 50, 100));
    assertEquals(Optional.of(dec("66.666666")), r.achieved());
    assertEquals(
        Map.of("counted", 2L, "slices good", 2L, "slices bad", 1L, "slices without events", 1L),
        r.explanation().reasonCounts());
  }

  @Test
  void emptySlices_withoutAnySliceJudgedIsNoData() {
    TargetResult r = june(target(Indicator.ratioTimeslices(DAY), "50"), AFTER_JUNE);
    assertEquals(ComplianceStatus.NO_DATA, r.status());
    assertEquals(Optional.empty(), r.achieved());
  }

  // ---- exactness and budget ------------------------------------------------------------------

  @Test
  void ratioTimeslices_meanIsExactNotRounded() {
    // three slices of 1 in 3: the mean is exactly 100/3 %
    EventCount[] thirds = {
      count(JUNE_2, 1, 3),
      count(JUNE_2.plus(DAY), 2, 6),
      count(JUNE_2.plus(DAY.multipliedBy(2)), 3, 9)
    };
    assertEquals(
        ComplianceStatus.MET,
        june(target(Indicator.ratioTimeslices(DAY), "33.333333333333333333"), AFTER_JUNE, thirds)
            .status());
    assertEquals(
        ComplianceStatus.BREACHED,
        june(target(Indicator.ratioTimeslices(DAY), "33.333333333333333334"), AFTER_JUNE, thirds)
            .status());
  }

  @Test
  void ratioTimeslices_budgetIsInSlicesOfRatio() {
    TargetResult r =
        june(
            target(Indicator.ratioTimeslices(DAY), "50"),
            AFTER_JUNE,
            count(JUNE_2, 100, 100),
            count(JUNE_2.plus(DAY), 50, 100));
    // two slices at >= 50 % allow 1 slice of missing ratio; 0.5 is missing
    assertEquals(ErrorBudget.of(ErrorBudget.Unit.SLICES, dec("1"), dec("0.5")), r.budget().get());
  }

  // ---- the model -----------------------------------------------------------------------------

  @Test
  void indicator_describesAndChecksTheRule() {
    assertEquals(
        "mean ratio of PT5M slices", Indicator.ratioTimeslices(Duration.ofMinutes(5)).toString());
    assertEquals(
        "share of PT5M slices with ratio >= 99, empty slices bad",
        Indicator.timeslices(Duration.ofMinutes(5), Comparison.GREATER_OR_EQUAL, dec("99"))
            .withEmptySlices(EmptySlices.BAD)
            .toString());
    assertEquals(EmptySlices.SKIP, Indicator.ratioTimeslices(DAY).emptySlices());
    assertEquals(true, Indicator.ratioTimeslices(DAY).isPercentage());
    assertRejected(
        "Only sliced indicators have a rule for slices without events: MEAN / GOOD",
        () -> Indicator.mean().withEmptySlices(EmptySlices.GOOD));
    assertRejected(
        "Time slice must divide a day evenly: PT7H",
        () -> Indicator.ratioTimeslices(Duration.ofHours(7)));
  }
}
