package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.MARCH;
import static dev.servicelevel.evaluation.ComplianceFixtures.PRIME;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.berlin;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.outage;
import static dev.servicelevel.evaluation.ComplianceFixtures.respond;
import static dev.servicelevel.evaluation.ComplianceFixtures.ticket;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.AvailabilityTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exact burn rates and forecasts beside their rounding, and the projection of exhaustion. */
class ExactFiguresTest {

  static final AvailabilityTarget AVAIL = availability("99.9").build();

  // ---- burn rate and forecast ----

  @Test
  void burnRate_isExactBesideItsRounding() {
    // 10 days of June's 30 allow 864 s; 1000 s down burns 125/108 = 1.157407...
    TargetResult r =
        AvailabilityAccumulator.of(AVAIL, ALWAYS_UTC, JUNE, utc("2025-06-11T00:00"))
            .add(outage("X", utc("2025-06-02T10:00"), Duration.ofSeconds(1000)))
            .result();
    assertEquals(Optional.of(Fraction.of(dec("125"), dec("108"))), r.exactBurnRate());
    assertEquals(Optional.of(dec("1.1575")), r.burnRate());
    Forecast f = r.forecast().orElseThrow();
    assertEquals(Optional.of(Fraction.of(dec("125"), dec("108"))), f.budgetUsedShare());
    assertEquals(Optional.of(dec("115.75")), f.budgetUsedPercent());
  }

  // ---- budget exhaustion ----

  @Test
  void budgetExhaustion_atBurnRateTwoIsHalfWayThroughThePeriod() {
    // 1728 s down in 10 days of June burns 2: June's budget runs out on the 16th
    TargetResult r =
        AvailabilityAccumulator.of(AVAIL, ALWAYS_UTC, JUNE, utc("2025-06-11T00:00"))
            .add(outage("X", utc("2025-06-02T10:00"), Duration.ofSeconds(1728)))
            .result();
    assertEquals(Optional.of(Fraction.of(dec("2"))), r.exactBurnRate());
    assertEquals(Optional.of(utc("2025-06-16T00:00")), r.budgetExhaustion());
  }

  @Test
  void budgetExhaustion_ofASpentBudgetIsNoLaterThanNow() {
    // the whole month's 2592 s down in 10 days: burn rate 3, spent exactly now
    Instant asOf = utc("2025-06-11T00:00");
    TargetResult r =
        AvailabilityAccumulator.of(AVAIL, ALWAYS_UTC, JUNE, asOf)
            .add(outage("X", utc("2025-06-02T10:00"), Duration.ofSeconds(2592)))
            .result();
    assertEquals(Optional.of(asOf), r.budgetExhaustion());
  }

  @Test
  void budgetExhaustion_isEmptyWhenTheBudgetLastsOrThePeriodIsOver() {
    // burn rate exactly 1 lasts to the period's end
    TargetResult one =
        AvailabilityAccumulator.of(AVAIL, ALWAYS_UTC, JUNE, utc("2025-06-11T00:00"))
            .add(outage("X", utc("2025-06-02T10:00"), Duration.ofSeconds(864)))
            .result();
    assertEquals(Optional.of(Fraction.ONE), one.exactBurnRate());
    assertEquals(Optional.empty(), one.budgetExhaustion());
    TargetResult over =
        AvailabilityAccumulator.of(AVAIL, ALWAYS_UTC, JUNE, utc("2025-07-01T00:00"))
            .add(outage("X", utc("2025-06-02T10:00"), Duration.ofHours(2)))
            .result();
    assertEquals(Optional.empty(), over.budgetExhaustion());
  }

  @Test
  void budgetExhaustion_ofAvailabilityCountsOnlyTheWindowsOpenTime() {
    // prime time (Mon-Sat 08-22 Berlin): 2 h down by Tuesday 4 March 22:00; at the resulting
    // burn rate the budget runs out once the window's open time reaches its March total divided
    // by the rate, which is later than the wall-clock projection would say
    Instant asOf = berlin("2025-03-04T22:00");
    TargetResult r =
        AvailabilityAccumulator.of(AVAIL, PRIME, MARCH, asOf)
            .add(outage("X", berlin("2025-03-04T10:00"), Duration.ofHours(2)))
            .result();
    Duration agreed = r.availability().orElseThrow().agreedTime();
    Fraction rate = r.exactBurnRate().orElseThrow();
    Instant expected =
        PRIME.plus(
            MARCH.start(),
            Duration.ofNanos(
                Fraction.of(java.math.BigDecimal.valueOf(agreed.toNanos()))
                    .multipliedBy(
                        Fraction.of(
                            new java.math.BigDecimal(rate.denominator()),
                            new java.math.BigDecimal(rate.numerator())))
                    .toDecimal(0, java.math.RoundingMode.CEILING)
                    .longValueExact()));
    assertEquals(Optional.of(expected), r.budgetExhaustion());
    // 1 to 4 March: Sat, Mon, Tue of 14 h open = 42 h allowing 151.2 s; 2 h down burns
    // 7200 / 151.2 = 1000/21. March has 26 open days, 364 h; at that rate its budget is gone
    // after 364 h * 21/1000 = 7 h 38 min 38.4 s of open time: Saturday 1 March, 15:38:38.4
    assertEquals(Optional.of(Fraction.of(dec("1000"), dec("21"))), r.exactBurnRate());
    assertEquals(Optional.of(berlin("2025-03-01T15:38:38.400")), r.budgetExhaustion());
  }

  @Test
  void budgetExhaustion_ofTicketsIsLinearInTheWallClock() {
    // June 1-7: 4 tickets, 1 breached, 95 % required: 0.2 allowed, burn rate 5; June's budget
    // runs out a fifth into the month, on the 7th
    Instant asOf = utc("2025-06-07T00:00");
    List<dev.servicelevel.evaluation.timer.TicketHistory> tickets =
        List.of(
            ticket("T-1", "P1", utc("2025-06-02T10:00"), Duration.ofMinutes(10)),
            ticket("T-2", "P1", utc("2025-06-02T11:00"), Duration.ofMinutes(31)),
            ticket("T-3", "P1", utc("2025-06-03T10:00"), Duration.ofMinutes(5)),
            ticket("T-4", "P1", utc("2025-06-04T10:00"), Duration.ofMinutes(5)));
    TargetResult r =
        TicketTimerAccumulator.of(respond().requiredShare(dec("95")).build(), ALWAYS_UTC, JUNE,
                asOf)
            .addAll(tickets)
            .result();
    assertEquals(Optional.of(Fraction.of(dec("5"))), r.exactBurnRate());
    assertEquals(Optional.of(utc("2025-06-07T00:00")), r.budgetExhaustion());
  }
}
