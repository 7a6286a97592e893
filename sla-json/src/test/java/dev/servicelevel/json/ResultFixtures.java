package dev.servicelevel.json;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/** A small SLA with one target of each family, and March 2025's records, for golden files. */
final class ResultFixtures {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ServiceWindow PRIME =
      ServiceWindow.of(
          "prime",
          BusinessCalendar.builder(BERLIN)
              .open(EnumSet.range(MONDAY, SATURDAY), LocalTime.of(8, 0), LocalTime.of(22, 0))
              .build());
  static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
  static final Instant AS_OF = Instant.parse("2025-04-01T00:00:00Z");

  static final TicketTimerTarget RESPOND =
      TicketTimerTarget.builder()
          .id("respond")
          .service("shop")
          .window("prime")
          .timer(TimerKind.RESPOND)
          .addGoals(
              TimerGoal.of(
                  Condition.fieldIs("priority", "P1"),
                  BusinessDuration.elapsed(Duration.ofMinutes(30))),
              TimerGoal.of(
                  Condition.fieldIs("priority", "P2"), BusinessDuration.businessHours(4)))
          .startWhen(Condition.event("created"))
          .stopWhen(Condition.event("agent-reply"))
          .pauseWhen(Condition.fieldIs("status", "waiting-on-customer"))
          .addThresholds(TimerThreshold.warningAt(dec("75")))
          .requiredShare(dec("90"))
          .build();

  static final Agreement SLA =
      Agreement.builder()
          .id("shop-sla")
          .kind(AgreementKind.SLA)
          .title("Shop")
          .provider(Party.of("shopit", "ShopIT GmbH"))
          .customer(Party.of("eco", "Eco AG"))
          .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
          .zone(BERLIN)
          .addServices(Service.of("shop", "Online shop"))
          .addWindows(PRIME)
          .addTargets(
              AvailabilityTarget.builder()
                  .id("shop-prime")
                  .service("shop")
                  .window("prime")
                  .minimum(dec("99.9"))
                  .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE)
                  .maintenanceNotice(Duration.ofDays(5))
                  .build(),
              RESPOND,
              MeasurementTarget.builder()
                  .id("latency")
                  .service("shop")
                  .window("prime")
                  .indicator(Indicator.percentile(dec("95")))
                  .comparison(Comparison.LESS_OR_EQUAL)
                  .objective(dec("300"))
                  .unit("ms")
                  .build(),
              MeasurementTarget.builder()
                  .id("checkout")
                  .service("shop")
                  .window("prime")
                  .indicator(Indicator.ratio())
                  .comparison(Comparison.GREATER_OR_EQUAL)
                  .objective(dec("99.5"))
                  .build())
          .creditPolicy(
              CreditPolicy.builder()
                  .fee(dec("20000.00"))
                  .currency(Currency.getInstance("EUR"))
                  .addTargets(
                      TargetCredits.of(
                          "shop-prime",
                          CreditTier.below(dec("99"), dec("15")),
                          CreditTier.between(dec("99"), dec("99.9"), dec("5"))))
                  .capPercent(dec("30"))
                  .build())
          .addTerminationRules(TerminationRule.consecutiveBreaches(2, "shop-prime"))
          .build();

  static final Agreement OLA =
      Agreement.builder()
          .id("ops-ola")
          .kind(AgreementKind.OLA)
          .title("Operations")
          .provider(Party.of("ops", "Operations"))
          .customer(Party.of("shopit", "ShopIT GmbH"))
          .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
          .zone(BERLIN)
          .addServices(Service.of("hosting", "Hosting"))
          .addWindows(PRIME)
          .addTargets(
              AvailabilityTarget.builder()
                  .id("hosting")
                  .service("hosting")
                  .window("prime")
                  .minimum(dec("99.95"))
                  .addSupports(TargetRef.of("shop-sla", "shop-prime"))
                  .build())
          .build();

  static final AgreementChain CHAIN = AgreementChain.of(SLA, OLA);

  private ResultFixtures() {}

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  static Instant at(String berlinLocal) {
    return java.time.LocalDateTime.parse(berlinLocal).atZone(BERLIN).toInstant();
  }

  static TicketHistory pausedTicket() {
    return TicketHistory.of(
        "T-2",
        List.of(
            TicketEvent.of(
                at("2025-03-04T09:00"), "created", Map.of("priority", "P2", "status", "open")),
            TicketEvent.fieldChange(at("2025-03-04T10:00"), "status", "waiting-on-customer"),
            TicketEvent.fieldChange(at("2025-03-05T09:00"), "status", "open"),
            TicketEvent.of(at("2025-03-05T13:30"), "agent-reply")));
  }

  static PeriodReport march() {
    PeriodAccumulator acc = PeriodAccumulator.of(SLA, MARCH, AS_OF);
    acc.add(Outage.of("INC-1", "shop", Interval.of(at("2025-03-04T10:00"), Duration.ofMinutes(50))));
    acc.add(
        Outage.builder()
            .id("CHG-7")
            .service("shop")
            .interval(Interval.of(at("2025-03-09T06:00"), Duration.ofHours(4)))
            .cause(OutageCause.PLANNED_MAINTENANCE)
            .announcedAt(at("2025-03-01T09:00"))
            .build());
    acc.add(
        Outage.builder()
            .id("INC-2")
            .service("shop")
            .interval(Interval.of(at("2025-03-12T12:00"), Duration.ofMinutes(20)))
            .impact(dec("0.5"))
            .build());
    acc.add(
        TicketHistory.of(
            "T-1",
            List.of(
                TicketEvent.of(at("2025-03-03T09:00"), "created", Map.of("priority", "P1")),
                TicketEvent.of(at("2025-03-03T09:20"), "agent-reply"))));
    acc.add(pausedTicket());
    acc.add(
        TicketHistory.of(
            "T-3",
            List.of(TicketEvent.of(at("2025-03-20T09:00"), "created", Map.of("priority", "P1")))));
    String[] latencies = {"120", "180.5", "250", "310", "95", "200", "299.99", "305", "150", "80"};
    for (int i = 0; i < latencies.length; i++) {
      acc.add("latency", Sample.of(at("2025-03-10T10:00").plusSeconds(i), dec(latencies[i])));
    }
    acc.add(
        "checkout",
        EventCount.of(Interval.of(at("2025-03-10T10:00"), Duration.ofMinutes(1)), 41_873, 41_890));
    acc.add(
        "checkout",
        EventCount.of(Interval.of(at("2025-03-10T10:01"), Duration.ofMinutes(1)), 1_000, 1_000));
    return acc.report();
  }

  /**
   * March 2025 evaluated on the 15th, so the period is running: forecasts, burn rates over 1 and
   * a budget exhaustion instant; with an outage of a cause the agreement does not define
   * (unevaluable) and a ticket whose priority changes while its timer runs (a goal change).
   */
  static PeriodReport runningMarch() {
    PeriodAccumulator acc = PeriodAccumulator.of(SLA, MARCH, MID_MARCH);
    acc.add(Outage.of("INC-1", "shop", Interval.of(at("2025-03-04T10:00"), Duration.ofMinutes(50))));
    acc.add(
        Outage.builder()
            .id("INC-9")
            .service("shop")
            .interval(Interval.of(at("2025-03-05T10:00"), Duration.ofMinutes(5)))
            .cause(OutageCause.of("VENDOR", false, "The vendor's platform"))
            .build());
    acc.add(reprioritisedTicket());
    acc.add(
        TicketHistory.of(
            "T-3",
            List.of(TicketEvent.of(at("2025-03-14T09:00"), "created", Map.of("priority", "P2")))));
    acc.add("latency", Sample.of(at("2025-03-10T10:00"), dec("250")));
    acc.add("latency", Sample.of(at("2025-03-10T10:01"), dec("350")));
    acc.add(
        "checkout",
        EventCount.of(Interval.of(at("2025-03-10T10:00"), Duration.ofMinutes(1)), 980, 1_000));
    return acc.report();
  }

  /** The evaluation instant of {@link #runningMarch()}. */
  static final Instant MID_MARCH = Instant.parse("2025-03-15T00:00:00Z");

  /** A ticket raised as P2 and made P1 ten minutes later, answered after an hour. */
  static TicketHistory reprioritisedTicket() {
    return TicketHistory.of(
        "T-4",
        List.of(
            TicketEvent.of(at("2025-03-06T09:00"), "created", Map.of("priority", "P2")),
            TicketEvent.fieldChange(at("2025-03-06T09:10"), "priority", "P1"),
            TicketEvent.of(at("2025-03-06T10:00"), "agent-reply")));
  }
}
