package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.EcoShop.SLA;
import static dev.servicelevel.evaluation.EcoShop.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.TargetCredits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Credits from host figures at their exact edges, found unpinned by mutation testing: an
 * availability exactly at its minimum earns nothing, shares out of 0 to 100 are refused, and a
 * payout exactly at the minimum is paid.
 */
class CreditsMutationTest {

  @Test
  void line_ofAnAvailabilityExactlyAtItsMinimumIsEmpty() {
    assertEquals(Optional.empty(), Credits.line(SLA, "shop-prime", dec("99.9")));
    CreditLine below = Credits.line(SLA, "shop-prime", dec("99.89")).orElseThrow();
    assertEquals(0, below.creditPercent().compareTo(dec("5")));
    assertEquals(List.of(), Credits.total(SLA, Map.of("shop-prime", dec("100"))).lines());
  }

  @Test
  void total_refusesAnAvailabilityBeyondHundredAndAcceptsZero() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Credits.total(SLA, Map.of("shop-prime", dec("100.01"))));
    assertTrue(e.getMessage().startsWith("Achieved value of a share must be within 0 and 100 %"),
        e.getMessage());
    assertEquals(0, Credits.total(SLA, Map.of("shop-prime", dec("0"))).cappedPercent()
        .compareTo(dec("30")));
  }

  @Test
  void payable_exactlyAtTheMinimumPayoutIsPaid() {
    // 98.95 % earns 15 % of 20,000.00 EUR: 3,000.00
    Agreement atMinimum =
        SLA.withCreditPolicy(SLA.creditPolicy().orElseThrow().withMinimumPayout(dec("3000.00")));
    CreditResult paid = Credits.total(atMinimum, Map.of("shop-prime", dec("98.95")));
    assertEquals(dec("3000.00"), paid.amount());
    assertEquals(dec("3000.00"), paid.payable());
    Agreement above =
        SLA.withCreditPolicy(SLA.creditPolicy().orElseThrow().withMinimumPayout(dec("3000.01")));
    CreditResult unpaid = Credits.total(above, Map.of("shop-prime", dec("98.95")));
    assertEquals(dec("3000.00"), unpaid.amount());
    assertEquals(dec("0.00"), unpaid.payable());
  }

  @Test
  void line_ofATicketTargetExactlyAtItsShareIsEmpty() {
    CreditPolicy policy = SLA.creditPolicy().orElseThrow();
    List<TargetCredits> targets = new ArrayList<>(policy.targets());
    targets.add(TargetCredits.of("respond", CreditTier.below(dec("90"), dec("10")),
        CreditTier.between(dec("90"), dec("95"), dec("5"))));
    Agreement withTickets = SLA.withCreditPolicy(policy.withTargets(targets));
    assertEquals(Optional.empty(), Credits.line(withTickets, "respond", dec("95")));
    CreditLine below = Credits.line(withTickets, "respond", dec("94.99")).orElseThrow();
    assertEquals(0, below.creditPercent().compareTo(dec("5")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Credits.line(withTickets, "respond", dec("100.01")));
    assertTrue(e.getMessage().startsWith("Achieved value of a share must be within 0 and 100 %"),
        e.getMessage());
  }

  @Test
  void total_acceptsAMeasurementThatIsNoShareBeyondHundred() {
    // the latency target (a p95 in ms) is no share: 450 is a value, not a wrong percentage
    assertEquals(List.of(), Credits.total(SLA, Map.of("latency", dec("450"))).lines());
  }

  @Test
  void total_refusesAShareMeasurementBeyondHundred() {
    List<dev.servicelevel.agreement.MetricTarget> targets = new ArrayList<>(SLA.targets());
    targets.add(dev.servicelevel.agreement.MeasurementTarget.builder().id("success")
        .service("shop").window("prime").indicator(dev.servicelevel.agreement.Indicator.ratio())
        .comparison(dev.servicelevel.agreement.Comparison.GREATER_OR_EQUAL).objective(dec("99"))
        .build());
    Agreement withRatio = SLA.withTargets(targets);
    assertEquals(List.of(), Credits.total(withRatio, Map.of("success", dec("100"))).lines());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Credits.total(withRatio, Map.of("success", dec("100.01"))));
    assertTrue(e.getMessage().startsWith("Achieved value of a share must be within 0 and 100 %"),
        e.getMessage());
  }
}
