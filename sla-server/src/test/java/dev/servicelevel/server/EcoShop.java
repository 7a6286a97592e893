package dev.servicelevel.server;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;

import dev.servicelevel.agreement.Agreement;
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
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import org.threeten.extra.LocalDateRange;

/**
 * The EcoShop SLA of DOMAIN.md in code (a copy of sla-core's test fixture), for tests that need
 * an agreement without reading a document.
 */
final class EcoShop {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ServiceWindow PRIME =
      ServiceWindow.of(
          "prime",
          BusinessCalendar.builder(BERLIN)
              .open(EnumSet.range(MONDAY, SATURDAY), LocalTime.of(8, 0), LocalTime.of(22, 0))
              .build());
  static final Condition P1 = Condition.fieldIs("priority", "P1");
  static final Condition P2 = Condition.fieldIs("priority", "P2");
  static final Party SHOP_IT = Party.of("shopit", "ShopIT GmbH");
  static final LocalDateRange TERM =
      LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));

  static final Agreement SLA =
      Agreement.builder()
          .id("ecoshop-sla")
          .kind(AgreementKind.SLA)
          .title("EcoShop online shop")
          .provider(SHOP_IT)
          .customer(Party.of("ecoshop", "EcoShop AG"))
          .validity(TERM)
          .zone(BERLIN)
          .addServices(
              Service.builder().id("shop").name("Online shop").weight(dec("3")).build(),
              Service.of("report", "Monthly availability report"))
          .addWindows(PRIME, PRIME.complement("non-prime"))
          .addTargets(
              availability("shop-prime", "shop", "prime", "99.9"),
              availability("shop-non-prime", "shop", "non-prime", "99.5"),
              availability("report", "report", "prime", "99.5"),
              TicketTimerTarget.builder()
                  .id("respond")
                  .service("shop")
                  .window("prime")
                  .timer(TimerKind.RESPOND)
                  .addGoals(
                      TimerGoal.of(P1, BusinessDuration.elapsed(Duration.ofMinutes(30))),
                      TimerGoal.of(P2, BusinessDuration.elapsed(Duration.ofHours(2))))
                  .startWhen(Condition.event("created"))
                  .stopWhen(Condition.event("agent-reply"))
                  .pauseWhen(Condition.fieldIs("status", "waiting-on-customer"))
                  .requiredShare(dec("95"))
                  .build(),
              MeasurementTarget.builder()
                  .id("latency")
                  .service("shop")
                  .window("prime")
                  .indicator(Indicator.percentile(dec("95")))
                  .comparison(Comparison.LESS_OR_EQUAL)
                  .objective(dec("300"))
                  .unit("ms")
                  .build())
          .creditPolicy(
              CreditPolicy.builder()
                  .fee(dec("20000.00"))
                  .currency(Currency.getInstance("EUR"))
                  .addTargets(credits("shop-prime", "99.9"), credits("shop-non-prime", "99.5"))
                  .capPercent(dec("30"))
                  .build())
          .addTerminationRules(TerminationRule.consecutiveBreaches(3, "shop-prime"))
          .build();

  private EcoShop() {}

  static AvailabilityTarget availability(String id, String service, String window, String min) {
    return AvailabilityTarget.builder()
        .id(id)
        .service(service)
        .window(window)
        .minimum(dec(min))
        .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE)
        .maintenanceNotice(Duration.ofDays(5))
        .build();
  }

  static TargetCredits credits(String targetId, String target) {
    return TargetCredits.of(
        targetId,
        CreditTier.below(dec("95"), dec("30")),
        CreditTier.between(dec("95"), dec("99"), dec("15")),
        CreditTier.between(dec("99"), dec(target), dec("5")));
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
