package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditPolicyTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final TargetCredits SHOP =
      TargetCredits.of("shop", CreditTier.below(dec("99.9"), dec("10")));

  private static CreditPolicy.Builder policy() {
    return CreditPolicy.builder().fee(dec("1000.00")).currency(EUR);
  }

  @Test
  void defaults_monthlySummedUncappedAllPaid() {
    CreditPolicy p = policy().build();
    assertEquals(ReportingPeriod.calendarMonth(), p.billingPeriod());
    assertEquals(CreditCombination.SUM, p.combination());
    assertEquals(Optional.empty(), p.capPercent());
    assertEquals(Optional.empty(), p.minimumPayout());
    assertTrue(p.targets().isEmpty());
  }

  @Test
  void builder_setsEveryAttribute() {
    CreditPolicy p =
        policy()
            .billingPeriod(ReportingPeriod.calendarQuarter())
            .addTargets(SHOP)
            .combination(CreditCombination.MAX)
            .capPercent(dec("30"))
            .minimumPayout(dec("25"))
            .build();
    assertEquals(ReportingPeriod.calendarQuarter(), p.billingPeriod());
    assertEquals(CreditCombination.MAX, p.combination());
    assertEquals(Optional.of(dec("30")), p.capPercent());
    assertEquals(Optional.of(dec("25")), p.minimumPayout());
    assertEquals(Optional.of(SHOP), p.creditsFor("shop"));
    assertEquals(Optional.empty(), p.creditsFor("other"));
  }

  @Test
  void fee_mustBePositive() {
    assertRejected(
        "Fee must be positive: 0",
        () -> CreditPolicy.builder().fee(dec("0")).currency(EUR).build());
  }

  @Test
  void fee_noMoreDecimalsThanTheCurrency() {
    assertRejected(
        "Fee has more decimals than EUR uses: 10.001",
        () -> CreditPolicy.builder().fee(dec("10.001")).currency(EUR).build());
    assertRejected(
        "Fee has more decimals than JPY uses: 10.5",
        () ->
            CreditPolicy.builder().fee(dec("10.5")).currency(Currency.getInstance("JPY")).build());
    assertEquals(
        dec("10.000"), CreditPolicy.builder().fee(dec("10.000")).currency(EUR).build().fee());
  }

  @Test
  void billingPeriod_mustBeCalendarAligned() {
    assertRejected(
        "Billing period must be a calendar week, month, quarter or year: rolling 30 days",
        () -> policy().billingPeriod(ReportingPeriod.rollingDays(30)).build());
  }

  @Test
  void targets_atMostOnce() {
    assertRejected(
        "Credit tiers' target must be unique: shop", () -> policy().addTargets(SHOP, SHOP).build());
  }

  @Test
  void cap_atLeastZero() {
    assertRejected(
        "Credit cap must be at least 0 %: -1", () -> policy().capPercent(dec("-1")).build());
    assertEquals(dec("0"), policy().capPercent(dec("0")).build().capPercent().orElseThrow());
  }

  @Test
  void minimumPayout_positiveInTheCurrency() {
    assertRejected(
        "Minimum payout must be positive: 0", () -> policy().minimumPayout(dec("0")).build());
    assertRejected(
        "Minimum payout has more decimals than EUR uses: 0.005",
        () -> policy().minimumPayout(dec("0.005")).build());
  }

  @Test
  void equality() {
    assertValueEquality(policy().build(), policy().build(), policy().capPercent(dec("30")).build());
  }
}
