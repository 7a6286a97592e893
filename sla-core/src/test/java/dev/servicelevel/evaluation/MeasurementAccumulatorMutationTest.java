package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Error budgets of sample targets on each side of their objective, found unpinned by mutation
 * testing: how many samples a percentile or a maximum may miss, and the largest value of
 * merged shards.
 */
class MeasurementAccumulatorMutationTest {

  private static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  private static final Instant T0 = utc("2025-06-02T00:00");

  private static MeasurementAccumulator june(MeasurementTarget target, int... values) {
    MeasurementAccumulator acc = MeasurementAccumulator.of(target, ALWAYS_UTC, JUNE, AFTER_JUNE);
    for (int i = 0; i < values.length; i++) {
      acc.add(T0.plusSeconds(i), dec(Integer.toString(values[i])));
    }
    return acc;
  }

  private static ErrorBudget budget(String allowed, String used) {
    return ErrorBudget.exact(ErrorBudget.Unit.SAMPLES, dec(allowed), dec(used));
  }

  @Test
  void percentile_atMostMayMissTheSamplesAboveItsRank() {
    // p90 of 1..10 is 9 (rank 9): one sample may exceed the objective, 9 and 10 do
    TargetResult r =
        june(measurement(Indicator.percentile(dec("90")), Comparison.LESS_OR_EQUAL, "8").build(),
            10, 9, 8, 7, 6, 5, 4, 3, 2, 1).result();
    assertEquals(ComplianceStatus.BREACHED, r.status());
    assertEquals(Optional.of(dec("9")), r.achieved());
    assertEquals(Optional.of(budget("1", "2")), r.budget());
  }

  @Test
  void percentile_atLeastMayMissTheSamplesBelowItsRank() {
    // p20 of 1..10 is 2 (rank 2): one sample may fall below the objective, 1 and 2 do
    TargetResult r =
        june(
                measurement(Indicator.percentile(dec("20")), Comparison.GREATER_OR_EQUAL, "3")
                    .build(),
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
            .result();
    assertEquals(ComplianceStatus.BREACHED, r.status());
    assertEquals(Optional.of(dec("2")), r.achieved());
    assertEquals(Optional.of(budget("1", "2")), r.budget());
  }

  @Test
  void max_atLeastMayMissAllButOneSample() {
    TargetResult r =
        june(measurement(Indicator.max(), Comparison.GREATER_OR_EQUAL, "5").build(), 1, 6, 4)
            .result();
    assertEquals(ComplianceStatus.MET, r.status());
    assertEquals(Optional.of(dec("6")), r.achieved());
    assertEquals(Optional.of(budget("2", "2")), r.budget());
  }

  @Test
  void max_atMostMayMissNone() {
    TargetResult r =
        june(measurement(Indicator.max(), Comparison.LESS_OR_EQUAL, "5").build(), 1, 5, 4)
            .result();
    assertEquals(ComplianceStatus.MET, r.status());
    assertEquals(Optional.of(dec("5")), r.achieved());
    assertEquals(Optional.of(budget("0", "0")), r.budget());
  }

  @Test
  void merge_keepsTheLargestValueOfEitherShard() {
    MeasurementTarget target = measurement(Indicator.max(), Comparison.LESS_OR_EQUAL, "5").build();
    assertEquals(Optional.of(dec("7")), june(target, 3).merge(june(target, 7)).result().achieved());
    assertEquals(Optional.of(dec("7")), june(target, 7).merge(june(target, 3)).result().achieved());
    assertEquals(Optional.of(dec("7")), june(target, 7).merge(june(target)).result().achieved());
    assertEquals(Optional.of(dec("3")), june(target).merge(june(target, 3)).result().achieved());
  }

  @Test
  void samplesAndCounts_fromThePeriodsStartToBeforeTheCutoff() {
    Instant start = utc("2025-06-01T00:00");
    Instant mid = utc("2025-06-16T00:00");
    MeasurementAccumulator samples =
        MeasurementAccumulator.of(
            measurement(Indicator.max(), Comparison.LESS_OR_EQUAL, "500").build(), ALWAYS_UTC,
            JUNE, mid);
    samples.add(start.minusNanos(1), dec("900"));
    samples.add(start, dec("7"));
    samples.add(mid.minusNanos(1), dec("8"));
    samples.add(mid, dec("800"));
    TargetResult s = samples.result();
    assertEquals(Optional.of(dec("8")), s.achieved());
    assertEquals(2, s.measurement().orElseThrow().observations());
    MeasurementAccumulator counts =
        MeasurementAccumulator.of(
            measurement("success", Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "90").build(),
            ALWAYS_UTC, JUNE, mid);
    counts.add(EventCount.of(org.threeten.extra.Interval.of(start.minusSeconds(60), start), 0,
        10));
    counts.add(EventCount.of(org.threeten.extra.Interval.of(start, mid), 9, 10));
    counts.add(EventCount.of(org.threeten.extra.Interval.of(mid.minusNanos(1), mid), 10, 10));
    counts.add(EventCount.of(org.threeten.extra.Interval.of(mid, mid.plusSeconds(60)), 0, 10));
    TargetResult c = counts.result();
    assertEquals(Optional.of(dec("95")), c.achieved());
    assertEquals(20, c.measurement().orElseThrow().observations());
  }

  @Test
  void countsInClosedHours_areListedByTheirBadEvents() {
    dev.servicelevel.calendar.BusinessCalendar nights =
        ALWAYS_UTC.replacedFrom(java.time.LocalDate.of(2025, 6, 10), ALWAYS_UTC.complement());
    Instant closed = utc("2025-06-12T10:00");
    for (Comparison c : new Comparison[] {Comparison.GREATER_OR_EQUAL, Comparison.LESS_OR_EQUAL}) {
      MeasurementAccumulator acc =
          MeasurementAccumulator.of(
              measurement("success", Indicator.ratio(), c, "90").build(), nights, JUNE,
              AFTER_JUNE);
      acc.add(EventCount.of(org.threeten.extra.Interval.of(closed, closed.plusSeconds(60)), 7,
          10));
      TargetResult r = acc.result();
      assertEquals(ComplianceStatus.NO_DATA, r.status());
      assertEquals(java.util.Map.of("outside window hours", 1L),
          r.explanation().reasonCounts());
      ExplainedRecord e = r.explanation().excluded().get(0);
      assertEquals(dec(c.isHigherBetter() ? "3" : "7"), e.amount());
      assertEquals(ReasonCode.OUTSIDE_WINDOW_HOURS, e.code());
    }
  }

  @Test
  void running_oneSampleAboveAnAtMostMaximumOrP100IsACertainBreach() {
    Instant mid = utc("2025-06-16T00:00");
    for (String[] c : new String[][] {{"max", "BREACHED"}, {"p100", "BREACHED"},
        {"p90", "AT_RISK"}, {"max>=", "AT_RISK"}}) {
      Indicator indicator =
          c[0].startsWith("max") ? Indicator.max()
              : Indicator.percentile(dec(c[0].substring(1)));
      Comparison comparison =
          c[0].equals("max>=") ? Comparison.GREATER_OR_EQUAL : Comparison.LESS_OR_EQUAL;
      MeasurementAccumulator acc =
          MeasurementAccumulator.of(measurement(indicator, comparison, "100").build(),
              ALWAYS_UTC, JUNE, mid);
      acc.add(T0, dec(c[0].equals("max>=") ? "50" : "150"));
      assertEquals(ComplianceStatus.valueOf(c[1]), acc.result().status(), c[0]);
    }
  }

  @Test
  void sampleRecords_carryMeetsOrMisses() {
    TargetResult r =
        june(measurement(Indicator.max(), Comparison.LESS_OR_EQUAL, "5").build(), 9, 3)
            .result();
    assertEquals(java.util.List.of(ReasonCode.SAMPLE_MISSES, ReasonCode.SAMPLE_MEETS),
        r.explanation().counted().stream().map(ExplainedRecord::code).toList());
  }

  @Test
  void largestValue_keepsTheFirstOfEqualValuesAsItsStateShows() {
    MeasurementTarget target = measurement(Indicator.max(), Comparison.LESS_OR_EQUAL, "9").build();
    MeasurementAccumulator acc = MeasurementAccumulator.of(target, ALWAYS_UTC, JUNE, AFTER_JUNE);
    acc.add(T0, new java.math.BigDecimal("5"));
    acc.add(T0, new java.math.BigDecimal("5.00"));
    assertEquals(new java.math.BigDecimal("5"), acc.exportState().get("max"));
    MeasurementAccumulator other =
        MeasurementAccumulator.of(target, ALWAYS_UTC, JUNE, AFTER_JUNE);
    other.add(T0, new java.math.BigDecimal("5.0"));
    acc.merge(other);
    assertEquals(new java.math.BigDecimal("5"), acc.exportState().get("max"));
  }

  @Test
  void addsReturnTheAccumulatorAndItsTextNamesItsScope() {
    MeasurementAccumulator counts =
        MeasurementAccumulator.of(
            measurement("success", Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "90").build(),
            ALWAYS_UTC, JUNE, AFTER_JUNE);
    EventCount early =
        EventCount.of(org.threeten.extra.Interval.of(utc("2025-05-01T00:00"), T0), 1, 1);
    org.junit.jupiter.api.Assertions.assertSame(counts, counts.add(early));
    org.junit.jupiter.api.Assertions.assertSame(counts, counts.addCounts(java.util.List.of()));
    assertEquals("measurement accumulator success 2025-06", counts.toString());
    MeasurementAccumulator samples =
        MeasurementAccumulator.of(measurement(Indicator.max(), Comparison.LESS_OR_EQUAL, "9")
            .build(), ALWAYS_UTC, JUNE, AFTER_JUNE);
    org.junit.jupiter.api.Assertions.assertSame(samples,
        samples.addSamples(java.util.List.of(Sample.of(T0, dec("1")))));
    dev.servicelevel.calendar.BusinessCalendar closed = ALWAYS_UTC.complement();
    MeasurementAccumulator night =
        MeasurementAccumulator.of(
            measurement("success", Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "90").build(),
            closed, JUNE, AFTER_JUNE);
    EventCount inJune = EventCount.of(org.threeten.extra.Interval.of(T0, T0.plusSeconds(1)), 1, 1);
    org.junit.jupiter.api.Assertions.assertSame(night, night.add(inJune));
  }

  @Test
  void percentile_exactBoundsArePartOfTheScope() {
    MeasurementTarget p90 =
        measurement(Indicator.percentile(dec("90")), Comparison.LESS_OR_EQUAL, "8").build();
    EvaluationOptions options = EvaluationOptions.defaults();
    MeasurementAccumulator a =
        MeasurementAccumulator.of(p90, ALWAYS_UTC, JUNE, AFTER_JUNE, options, List.of(dec("5")));
    MeasurementAccumulator b =
        MeasurementAccumulator.of(p90, ALWAYS_UTC, JUNE, AFTER_JUNE, options, List.of(dec("6")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.merge(b));
    assertTrue(e.getMessage().startsWith("Only accumulators of the same target, calendar,"
        + " period, instant and options merge"), e.getMessage());
    // the objective is a bound already: giving it again changes nothing
    a.merge(MeasurementAccumulator.of(
        p90, ALWAYS_UTC, JUNE, AFTER_JUNE, options, List.of(dec("8.0"), dec("5"))));
  }
}
