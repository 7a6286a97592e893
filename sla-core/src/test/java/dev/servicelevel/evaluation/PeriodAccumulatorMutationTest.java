package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.EcoShop.SLA;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Period accumulators merge only with one of the same agreement, date, instant and options,
 * found unpinned by mutation testing: each part of the scope differing alone is refused.
 */
class PeriodAccumulatorMutationTest {

  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  private static final Instant AFTER_MARCH = Instant.parse("2025-04-01T00:00:00Z");
  private static final String RULE =
      "Only period accumulators of the same agreement, date, instant and options merge: ";

  @Test
  void merge_refusesAnotherInstant() {
    PeriodAccumulator a = PeriodAccumulator.of(SLA, MARCH_1, AFTER_MARCH);
    Instant later = Instant.parse("2025-04-02T00:00:00Z");
    assertRejected(
        RULE + "period accumulator ecoshop-sla 2025-03-01 as of 2025-04-01T00:00:00Z"
            + " / period accumulator ecoshop-sla 2025-03-01 as of 2025-04-02T00:00:00Z",
        () -> a.merge(PeriodAccumulator.of(SLA, MARCH_1, later)));
  }

  @Test
  void merge_refusesOtherOptions() {
    PeriodAccumulator a = PeriodAccumulator.of(SLA, MARCH_1, AFTER_MARCH);
    EvaluationOptions two = EvaluationOptions.builder().worstRecords(2).build();
    assertRejected(
        RULE + "period accumulator ecoshop-sla 2025-03-01 as of 2025-04-01T00:00:00Z"
            + " / period accumulator ecoshop-sla 2025-03-01 as of 2025-04-01T00:00:00Z",
        () -> a.merge(PeriodAccumulator.of(SLA, MARCH_1, AFTER_MARCH, two)));
  }

  @Test
  void merge_refusesAnotherAgreementOfTheSameId() {
    PeriodAccumulator a = PeriodAccumulator.of(SLA, MARCH_1, AFTER_MARCH);
    assertRejected(
        RULE + "period accumulator ecoshop-sla 2025-03-01 as of 2025-04-01T00:00:00Z"
            + " / period accumulator ecoshop-sla 2025-03-01 as of 2025-04-01T00:00:00Z",
        () -> a.merge(PeriodAccumulator.of(SLA.withTitle("Another title"), MARCH_1,
            AFTER_MARCH)));
  }
}
