package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.outage;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.AvailabilityTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A running period's availability at its edges, found unpinned by mutation testing: downtime
 * exactly the whole period's allowance is not yet a certain breach, a second more is, and a
 * target that allows nothing has no exhaustion to project.
 */
class AvailabilityAccumulatorMutationTest {

  private static final Instant MID_JUNE = utc("2025-06-16T00:00");
  private static final Instant T0 = utc("2025-06-02T00:00");

  private static TargetResult midJune(AvailabilityTarget target, long downSeconds) {
    return AvailabilityAccumulator.of(target, ALWAYS_UTC, JUNE, MID_JUNE)
        .add(outage("INC-1", T0, Duration.ofSeconds(downSeconds)))
        .result();
  }

  @Test
  void certainBreach_onlyBeyondTheWholePeriodsAllowance() {
    // June allows 2,592 s at 99.9 %; by mid-June 1,296 s
    AvailabilityTarget target = availability("99.9").build();
    TargetResult at = midJune(target, 2_592);
    assertEquals(ComplianceStatus.AT_RISK, at.status());
    TargetResult beyond = midJune(target, 2_593);
    assertEquals(ComplianceStatus.BREACHED, beyond.status());
    assertTrue(beyond.budgetExhaustion().isPresent());
  }

  @Test
  void nothingAllowed_hasNoExhaustionNorBurnRate() {
    TargetResult r = midJune(availability("100").build(), 60);
    assertEquals(ComplianceStatus.BREACHED, r.status());
    assertEquals(Optional.empty(), r.budgetExhaustion());
    assertEquals(Optional.empty(), r.burnRate());
    assertEquals(Optional.empty(), r.exactBurnRate());
  }

  @Test
  void add_returnsTheAccumulatorForAnotherServicesOutage() {
    AvailabilityAccumulator acc =
        AvailabilityAccumulator.of(availability("99.9").build(), ALWAYS_UTC, JUNE, MID_JUNE);
    org.junit.jupiter.api.Assertions.assertSame(acc,
        acc.add(Outage.of("M-1", "mail", org.threeten.extra.Interval.of(T0, Duration.ofHours(1)))));
    org.junit.jupiter.api.Assertions.assertSame(acc,
        acc.add(outage("EARLY", utc("2025-05-01T00:00"), Duration.ofHours(1))));
  }
}
