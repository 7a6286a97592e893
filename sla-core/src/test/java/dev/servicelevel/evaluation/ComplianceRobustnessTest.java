package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** The failures of evaluation, each now an exact answer (issue 12, items 1, 2, 6, 10). */
class ComplianceRobustnessTest {

  static final Instant T0 = utc("2025-06-02T00:00");
  static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  static final AvailabilityTarget NINES3 = availability("99.9").build();

  static MeasurementTarget slices(Duration slice) {
    return measurement(
            Indicator.timeslices(slice, Comparison.GREATER_OR_EQUAL, dec("99")),
            Comparison.GREATER_OR_EQUAL,
            "99")
        .build();
  }

  @Test
  void worstRecordsZero_withTheLargestAndSmallestAcceptedSamples_givesAResult() {
    MeasurementTarget p95 =
        measurement(Indicator.percentile(dec("95")), Comparison.LESS_OR_EQUAL, "300").build();
    TargetResult r =
        MeasurementAccumulator.of(
                p95, ALWAYS_UTC, JUNE, AFTER_JUNE, EvaluationOptions.builder().worstRecords(0)
                    .build())
            .add(T0, dec("999999999999999999.999999999999999999"))
            .add(T0, dec("0.000000000000000001"))
            .add(T0, dec("-999999999999999999.999999999999999999"))
            .result();
    assertEquals(Optional.of(dec("999999999999999999.999999999999999999")), r.achieved());
    assertEquals(ComplianceStatus.BREACHED, r.status());
    assertTrue(r.explanation().counted().isEmpty());
  }

  @Test
  void oneNanosecondSlicesOverAMonth_areKeptSparsely() {
    TargetResult r =
        MeasurementAccumulator.of(slices(Duration.ofNanos(1)), ALWAYS_UTC, JUNE, AFTER_JUNE)
            .add(EventCount.of(Interval.of(T0, Duration.ofNanos(1)), 99, 100))
            .add(EventCount.of(Interval.of(T0.plusNanos(1), Duration.ofNanos(1)), 1, 100))
            .result();
    assertEquals(Optional.of(dec("50")), r.achieved());
    assertEquals(2, r.measurement().orElseThrow().observations());
    assertEquals(ComplianceStatus.BREACHED, r.status());
  }

  @Test
  void oneMillisecondSlicesOverAMonth_runningStillCountsTheSlicesToCome() {
    // as of T0 + 1 ms one slice is over and bad; 2,591,999,999 good slices could still come
    TargetResult r =
        MeasurementAccumulator.of(slices(Duration.ofMillis(1)), ALWAYS_UTC, JUNE,
                T0.plusMillis(1))
            .add(EventCount.of(Interval.of(T0, Duration.ofMillis(1)), 0, 100))
            .result();
    assertEquals(ComplianceStatus.AT_RISK, r.status());
  }

  @Test
  void fiveHundredYearPeriod_availabilityIsExact() {
    PeriodRange all = PeriodRange.of("all", Interval.of(Limits.EARLIEST, Limits.LATEST));
    TargetResult r =
        AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, all, Limits.LATEST)
            .add(Outage.of("INC-1", "shop", Interval.of(T0, Duration.ofDays(1))))
            .result();
    // 1 day of 182,621 days: 100 * 182620 / 182621 = 99.999452...
    assertEquals(Optional.of(dec("99.999452")), r.achieved());
    assertEquals(ComplianceStatus.MET, r.status());
    assertEquals(
        Limits.MAX_DURATION, r.availability().orElseThrow().agreedTime());
  }

  @Test
  void ratioTotalsUpToLongMaxValue_areExact() {
    MeasurementTarget ratio =
        measurement(Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "99").build();
    TargetResult r =
        MeasurementAccumulator.of(ratio, ALWAYS_UTC, JUNE, AFTER_JUNE)
            .add(EventCount.of(Interval.of(T0, Duration.ofMinutes(1)), 0, Long.MAX_VALUE - 1))
            .add(EventCount.of(Interval.of(T0, Duration.ofMinutes(1)), 1, 1))
            .result();
    assertEquals(Long.MAX_VALUE, r.measurement().orElseThrow().observations());
    assertEquals(ComplianceStatus.BREACHED, r.status());
  }

  @Test
  void mergeBeyondLongMaxValue_isRejectedAndLeavesTheAccumulatorAsItWas() {
    MeasurementTarget ratio =
        measurement(Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "99").build();
    Interval minute = Interval.of(T0, Duration.ofMinutes(1));
    MeasurementAccumulator a =
        MeasurementAccumulator.of(ratio, ALWAYS_UTC, JUNE, AFTER_JUNE)
            .add(EventCount.of(minute, Long.MAX_VALUE, Long.MAX_VALUE));
    MeasurementAccumulator b =
        MeasurementAccumulator.of(ratio, ALWAYS_UTC, JUNE, AFTER_JUNE)
            .add(EventCount.of(minute, 0, 1));
    TargetResult before = a.result();
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> a.merge(b));
    assertEquals(
        "Total events must stay at most 9223372036854775807: 9223372036854775807 + 1",
        e.getMessage());
    assertEquals(before, a.result());
  }

  @Test
  void asOfAtTheEndOfTheSupportedRange_isAccepted() {
    TargetResult r = AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JUNE, Limits.LATEST).result();
    assertEquals(ComplianceStatus.MET, r.status());
    assertEquals(JUNE.end(), r.evaluatedUntil());
  }

  @Test
  void fortyThousandShortFullOutagesThenFortyThousandMonthLongPartialOnes_completeExactly() {
    // issue 12: did not finish in 120 s; now O(n log n). Short outages of 10 s every 60 s from
    // T0, then partial ones of impact 0.5 from the month's start to its end.
    AvailabilityAccumulator acc = AvailabilityAccumulator.of(NINES3, ALWAYS_UTC, JUNE, AFTER_JUNE);
    for (int i = 0; i < 40_000; i++) {
      acc.add(Outage.of("S-" + i, "shop", Interval.of(T0.plusSeconds(60L * i),
          Duration.ofSeconds(10))));
    }
    for (int i = 0; i < 40_000; i++) {
      acc.add(
          Outage.builder()
              .id("L-" + i)
              .service("shop")
              .interval(Interval.of(JUNE.start().plusSeconds(i % 60), JUNE.end()))
              .impact(dec("0.5"))
              .build());
    }
    TargetResult r = acc.result();
    // 400,000 s at impact 1, the other 2,192,000 s of June at 0.5
    BigDecimal down = dec("400000").add(dec("2192000").multiply(dec("0.5")));
    assertEquals(0, down.compareTo(r.budget().orElseThrow().used()), r.toString());
    assertEquals(80_000, r.availability().orElseThrow().outagesCounted());
  }
}
