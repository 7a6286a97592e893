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
import dev.servicelevel.agreement.EscalationLevel;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.PartyRole;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.Responsibility;
import dev.servicelevel.agreement.ReviewSchedule;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import dev.servicelevel.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * The EcoShop agreements of the project's domain description, written with the public API: the
 * fixture that the documents of sla-examples must equal (a copy of the Java definition those
 * documents replaced).
 */
final class EcoShop {

  /** The zone every EcoShop agreement reports in. */
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Prime time: Monday to Saturday, 08:00 to 22:00 Berlin time, no holidays. */
  static final ServiceWindow PRIME =
      ServiceWindow.of(
          "prime",
          BusinessCalendar.builder(BERLIN)
              .open(EnumSet.range(MONDAY, SATURDAY), LocalTime.of(8, 0), LocalTime.of(22, 0))
              .build());

  /** Non-prime time: every instant outside prime time. */
  static final ServiceWindow NON_PRIME = PRIME.complement("non-prime");

  /** The provider of the SLA and the customer of the OLAs and the hosting contract. */
  static final Party SHOP_IT = Party.of("shopit", "ShopIT GmbH");

  /** The customer of the SLA. */
  static final Party ECO_SHOP = Party.of("ecoshop", "EcoShop AG");

  /** The term of every agreement: 2025 and 2026. */
  static final LocalDateRange TERM =
      LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));

  /** The ticket field that holds the priority, {@code P1} to {@code P4}. */
  static final String PRIORITY = "priority";

  /** The ticket field that holds the status; {@code waiting-on-customer} pauses the clocks. */
  static final String STATUS = "status";

  /** The ticket field that names the team working on a ticket, such as {@code dev}. */
  static final String TEAM = "team";

  private static final Condition P1 = Condition.fieldIs(PRIORITY, "P1");
  private static final Condition P2 = Condition.fieldIs(PRIORITY, "P2");
  private static final Condition WAITING = Condition.fieldIs(STATUS, "waiting-on-customer");

  /** The SLA between ShopIT and EcoShop. */
  static final Agreement SLA =
      Agreement.builder()
          .id("ecoshop-sla")
          .kind(AgreementKind.SLA)
          .title("EcoShop online shop")
          .provider(SHOP_IT)
          .customer(ECO_SHOP)
          .validity(TERM)
          .zone(BERLIN)
          .addServices(
              Service.builder().id("shop").name("Online shop").weight(pct("3")).build(),
              Service.of("report", "Monthly availability report"))
          .addWindows(PRIME, NON_PRIME)
          .addTargets(
              availability("shop-prime", "shop", "prime", "99.9"),
              availability("shop-non-prime", "shop", "non-prime", "99.5"),
              availability("report", "report", "prime", "99.5"),
              respond("respond")
                  .addGoals(
                      TimerGoal.of(P1, BusinessDuration.elapsed(Duration.ofMinutes(30))),
                      TimerGoal.of(P2, BusinessDuration.elapsed(Duration.ofHours(2))))
                  .requiredShare(pct("95"))
                  .addThresholds(
                      TimerThreshold.warningAt(pct("75")),
                      TimerThreshold.escalationAt(pct("90")).atLevel(1))
                  .build(),
              TicketTimerTarget.builder()
                  .id("resolve")
                  .service("shop")
                  .window("prime")
                  .timer(TimerKind.RESOLVE)
                  .startWhen(Condition.or(Condition.event("created"), Condition.event("reopened")))
                  .stopWhen(Condition.event("resolved"))
                  .pauseWhen(WAITING)
                  .cycles(TimerCycles.MULTI)
                  .addGoals(
                      TimerGoal.of(P1, BusinessDuration.businessHours(4)),
                      TimerGoal.of(P2, BusinessDuration.workingDaysSameTime(1)))
                  .requiredShare(pct("95"))
                  .addThresholds(
                      TimerThreshold.warningAt(pct("50")),
                      TimerThreshold.escalationAt(pct("75")).atLevel(1),
                      TimerThreshold.escalationAt(pct("90")).atLevel(2))
                  .build(),
              MeasurementTarget.builder()
                  .id("latency")
                  .service("shop")
                  .window("prime")
                  .indicator(Indicator.percentile(pct("95")))
                  .comparison(Comparison.LESS_OR_EQUAL)
                  .objective(pct("300"))
                  .unit("ms")
                  .build())
          .creditPolicy(
              CreditPolicy.builder()
                  .fee(pct("20000"))
                  .currency(Currency.getInstance("EUR"))
                  .addTargets(credits("shop-prime", "99.9"), credits("shop-non-prime", "99.5"))
                  .capPercent(pct("30"))
                  .build())
          .addTerminationRules(TerminationRule.consecutiveBreaches(3, "shop-prime"))
          .addResponsibilities(
              Responsibility.of(PartyRole.CUSTOMER, "Name an incident contact reachable 24x7"),
              Responsibility.of(PartyRole.CUSTOMER, "Announce marketing campaigns a week ahead"),
              Responsibility.of(PartyRole.PROVIDER, "Announce maintenance three days ahead"))
          .addEscalation(
              EscalationLevel.of("Service manager", "sm@shopit.example"),
              EscalationLevel.of("Head of IT", "cio@shopit.example"))
          .reviewSchedule(ReviewSchedule.of(ReportingPeriod.calendarQuarter(), "EcoShop", "ShopIT"))
          .build();

  /** The OLA with ShopIT's operations team: answer P1 tickets within 15 minutes. */
  static final Agreement OPS_OLA =
      ola(
          "ops-ola",
          Party.of("ops", "Operations team"),
          respond("respond")
              .addSupports(SLA.ref("respond"))
              .addGoals(TimerGoal.of(P1, BusinessDuration.elapsed(Duration.ofMinutes(15))))
              .requiredShare(pct("95"))
              .build());

  /**
   * The OLA with ShopIT's development team: fix a P1 ticket within 3 business hours of its
   * hand-over to development (an {@code assigned} event that sets {@code team=dev}).
   */
  static final Agreement DEV_OLA =
      ola(
          "dev-ola",
          Party.of("dev", "Development team"),
          TicketTimerTarget.builder()
              .id("fix")
              .service("shop")
              .window("prime")
              .timer(TimerKind.RESOLVE)
              .startWhen(Condition.and(Condition.event("assigned"), Condition.fieldIs(TEAM, "dev")))
              .stopWhen(Condition.event("fixed"))
              .pauseWhen(WAITING)
              .addSupports(SLA.ref("resolve"))
              .addGoals(TimerGoal.of(P1, BusinessDuration.businessHours(3)))
              .requiredShare(pct("95"))
              .build());

  /** The hosting underpinning contract with CloudHost: 99.95 % of prime time. */
  static final Agreement HOSTING_UC =
      Agreement.builder()
          .id("hosting-uc")
          .kind(AgreementKind.UNDERPINNING_CONTRACT)
          .title("Shop hosting")
          .provider(Party.of("cloudhost", "CloudHost SE"))
          .customer(SHOP_IT)
          .validity(TERM)
          .zone(BERLIN)
          .addServices(Service.of("shop", "Shop hosting"))
          .addWindows(PRIME)
          .addTargets(
              AvailabilityTarget.builder()
                  .id("hosting")
                  .service("shop")
                  .window("prime")
                  .minimum(pct("99.95"))
                  .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE, OutageCause.CUSTOMER_CAUSED)
                  .maintenanceNotice(Duration.ofDays(3))
                  .addSupports(SLA.ref("shop-prime"))
                  .build())
          .build();

  /** The SLA with the agreements that support it. */
  static final AgreementChain CHAIN = AgreementChain.of(SLA, OPS_OLA, DEV_OLA, HOSTING_UC);

  /** Every agreement of the chain, the SLA first. */
  static final List<Agreement> ALL = CHAIN.agreements();

  private EcoShop() {}

  private static AvailabilityTarget availability(
      String id, String service, String window, String minimum) {
    return AvailabilityTarget.builder()
        .id(id)
        .service(service)
        .window(window)
        .minimum(pct(minimum))
        .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE, OutageCause.CUSTOMER_CAUSED)
        .maintenanceNotice(Duration.ofDays(3))
        .build();
  }

  private static TicketTimerTarget.Builder respond(String id) {
    TicketTimerTarget.Builder b = TicketTimerTarget.builder();
    b.id(id)
        .service("shop")
        .window("prime")
        .timer(TimerKind.RESPOND)
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event("agent-reply"))
        .pauseWhen(WAITING);
    return b;
  }

  private static TargetCredits credits(String targetId, String minimum) {
    return TargetCredits.of(
        targetId,
        CreditTier.below(pct("95"), pct("30")),
        CreditTier.between(pct("95"), pct("99"), pct("15")),
        CreditTier.between(pct("99"), pct(minimum), pct("5")));
  }

  private static Agreement ola(String id, Party team, MetricTarget target) {
    return Agreement.builder()
        .id(id)
        .kind(AgreementKind.OLA)
        .title(team.name() + " OLA")
        .provider(team)
        .customer(SHOP_IT)
        .validity(TERM)
        .zone(BERLIN)
        .addServices(Service.of("shop", "Online shop"))
        .addWindows(PRIME)
        .addTargets(target)
        .build();
  }

  private static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }
}
