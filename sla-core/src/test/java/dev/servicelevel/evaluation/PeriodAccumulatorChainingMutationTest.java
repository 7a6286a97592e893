package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.AccumulatorStateTest.JUNE_1;
import static dev.servicelevel.evaluation.AccumulatorStateTest.MID_JUNE;
import static dev.servicelevel.evaluation.AccumulatorStateTest.OPTIONS;
import static dev.servicelevel.evaluation.AccumulatorStateTest.SLA;
import static dev.servicelevel.evaluation.ComplianceFixtures.outage;
import static dev.servicelevel.evaluation.ComplianceFixtures.ticket;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.threeten.extra.Interval;
import org.junit.jupiter.api.Test;

/**
 * Every {@code add} of a period accumulator returns the accumulator itself, so that records can
 * be chained, and the chained adds count: found unpinned by mutation testing.
 */
class PeriodAccumulatorChainingMutationTest {

  @Test
  void everyAdd_returnsTheAccumulator_andCounts() {
    PeriodAccumulator a = PeriodAccumulator.of(SLA, JUNE_1, MID_JUNE, OPTIONS);
    Instant at = utc("2025-06-03T10:00");
    assertSame(a, a.add(outage("O-1", at, Duration.ofMinutes(10))));
    assertSame(a, a.add(ticket("T-1", "P1", at, Duration.ofMinutes(9))));
    assertSame(a, a.add("mean", at, new BigDecimal("240")));
    assertSame(a, a.add("mean", Sample.of(at.plusSeconds(60), new BigDecimal("260"))));
    assertSame(a, a.add("ratio", EventCount.of(Interval.of(at, Duration.ofMinutes(1)), 99, 100)));

    PeriodAccumulator b = PeriodAccumulator.of(SLA, JUNE_1, MID_JUNE, OPTIONS)
        .add(outage("O-1", at, Duration.ofMinutes(10)))
        .add(ticket("T-1", "P1", at, Duration.ofMinutes(9)))
        .add("mean", at, new BigDecimal("240"))
        .add("mean", Sample.of(at.plusSeconds(60), new BigDecimal("260")))
        .add("ratio", EventCount.of(Interval.of(at, Duration.ofMinutes(1)), 99, 100));
    assertEquals(a.report(), b.report());
    assertEquals(a.report().toString(), b.report().toString());
  }
}
