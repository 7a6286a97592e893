package dev.servicelevel.agreement;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * The EcoShop agreement of DOMAIN.md (an SLA, two OLAs and a hosting underpinning contract)
 * written with the public API, as the README shows it.
 */
class EcoShopAgreementTest {

  // ---- the README example: from here ... ----------------------------------------------------

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ServiceWindow PRIME = ServiceWindow.of("prime", BusinessCalendar.builder(BERLIN)
      .open(EnumSet.range(MONDAY, SATURDAY), LocalTime.of(8, 0), LocalTime.of(22, 0)).build());
  static final Condition P1 = Condition.fieldIs("priority", "P1");
  static final Condition P2 = Condition.fieldIs("priority", "P2");
  static final Party SHOP_IT = Party.of("shopit", "ShopIT GmbH");
  static final LocalDateRange TERM =
      LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));

  static final Agreement SLA = Agreement.builder()
      .id("ecoshop-sla").kind(AgreementKind.SLA).title("EcoShop online shop")
      .provider(SHOP_IT).customer(Party.of("ecoshop", "EcoShop AG")).validity(TERM).zone(BERLIN)
      .addServices(Service.builder().id("shop").name("Online shop").weight(pct("3")).build(),
          Service.of("report", "Monthly availability report"))
      .addWindows(PRIME, PRIME.complement("non-prime"))
      .addTargets(availability("shop-prime", "shop", "prime", "99.9"),
          availability("shop-non-prime", "shop", "non-prime", "99.5"),
          availability("report", "report", "prime", "99.5"),
          timer("respond", TimerKind.RESPOND, "agent-reply")
              .addGoals(TimerGoal.of(P1, BusinessDuration.elapsed(Duration.ofMinutes(30))),
                  TimerGoal.of(P2, BusinessDuration.elapsed(Duration.ofHours(2))))
              .addThresholds(TimerThreshold.warningAt(pct("75")),
                  TimerThreshold.escalationAt(pct("90")).atLevel(1)).build(),
          timer("resolve", TimerKind.RESOLVE, "resolved")
              .addGoals(TimerGoal.of(P1, BusinessDuration.businessHours(4)),
                  TimerGoal.of(P2, BusinessDuration.workingDaysSameTime(1))).build())
      .creditPolicy(CreditPolicy.builder().fee(pct("20000")).currency(Currency.getInstance("EUR"))
          .addTargets(credits("shop-prime", "99.9"), credits("shop-non-prime", "99.5"))
          .capPercent(pct("30")).build())
      .addTerminationRules(TerminationRule.consecutiveBreaches(3, "shop-prime"))
      .addResponsibilities(Responsibility.of(PartyRole.CUSTOMER, "Name an incident contact"))
      .addEscalation(EscalationLevel.of("Service manager", "sm@shopit.example"),
          EscalationLevel.of("Head of IT", "cio@shopit.example"))
      .reviewSchedule(ReviewSchedule.of(ReportingPeriod.calendarQuarter(), "EcoShop", "ShopIT"))
      .build();

  static final Agreement OPS_OLA = ola("ops-ola", Party.of("ops", "Operations team"),
      timer("respond", TimerKind.RESPOND, "agent-reply").addSupports(SLA.ref("respond"))
          .addGoals(TimerGoal.of(P1, BusinessDuration.elapsed(Duration.ofMinutes(15)))).build());
  static final Agreement DEV_OLA = ola("dev-ola", Party.of("dev", "Development team"),
      timer("fix", TimerKind.RESOLVE, "fixed").addSupports(SLA.ref("resolve"))
          .addGoals(TimerGoal.of(P1, BusinessDuration.businessHours(3))).build());
  static final Agreement HOSTING_UC = Agreement.builder()
      .id("hosting-uc").kind(AgreementKind.UNDERPINNING_CONTRACT).title("Shop hosting")
      .provider(Party.of("hoster", "CloudHost SE")).customer(SHOP_IT).validity(TERM).zone(BERLIN)
      .addServices(Service.of("shop", "Shop hosting")).addWindows(PRIME)
      .addTargets(AvailabilityTarget.builder().id("hosting").service("shop").window("prime")
          .minimum(pct("99.95")).addSupports(SLA.ref("shop-prime")).build())
      .build();
  static final AgreementChain CHAIN = AgreementChain.of(SLA, OPS_OLA, DEV_OLA, HOSTING_UC);

  static AvailabilityTarget availability(String id, String service, String window, String min) {
    return AvailabilityTarget.builder().id(id).service(service).window(window)
        .minimum(pct(min)).addExcludedCauses(OutageCause.PLANNED_MAINTENANCE).build();
  }

  static TicketTimerTarget.Builder timer(String id, TimerKind kind, String stopEvent) {
    return TicketTimerTarget.builder().id(id).service("shop").window("prime").timer(kind)
        .startWhen(Condition.event("created")).stopWhen(Condition.event(stopEvent))
        .pauseWhen(Condition.fieldIs("status", "waiting-on-customer"));
  }

  static TargetCredits credits(String targetId, String target) {
    return TargetCredits.of(targetId, CreditTier.below(pct("95"), pct("30")),
        CreditTier.between(pct("95"), pct("99"), pct("15")),
        CreditTier.between(pct("99"), pct(target), pct("5")));
  }

  static Agreement ola(String id, Party team, MetricTarget target) {
    return Agreement.builder().id(id).kind(AgreementKind.OLA).title(team.name() + " OLA")
        .provider(team).customer(SHOP_IT).validity(TERM).zone(BERLIN)
        .addServices(Service.of("shop", "Online shop")).addWindows(PRIME).addTargets(target)
        .build();
  }

  static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }

  // ---- ... to here ---------------------------------------------------------------------------

  @Test
  void sla_holdsTheAgreedTargets() {
    assertEquals(
        List.of("shop-prime", "shop-non-prime", "report", "respond", "resolve"),
        SLA.targets().stream().map(MetricTarget::id).collect(Collectors.toList()));
    AvailabilityTarget shopPrime = (AvailabilityTarget) SLA.target("shop-prime").orElseThrow();
    assertEquals(pct("99.9"), shopPrime.minimum());
    assertEquals(ReportingPeriod.calendarMonth(), shopPrime.period());
    assertEquals(pct("3"), SLA.service("shop").orElseThrow().weight());
    assertEquals(pct("1"), SLA.service("report").orElseThrow().weight());
  }

  @Test
  void nonPrime_isOpenExactlyWhenPrimeIsClosed() {
    BusinessCalendar prime = SLA.window("prime").orElseThrow().calendar();
    BusinessCalendar nonPrime = SLA.window("non-prime").orElseThrow().calendar();
    Instant tuesdayNoon = ZonedDateTime.of(2025, 3, 4, 12, 0, 0, 0, BERLIN).toInstant();
    Instant sundayNoon = ZonedDateTime.of(2025, 3, 9, 12, 0, 0, 0, BERLIN).toInstant();
    Instant saturday2130 = ZonedDateTime.of(2025, 3, 8, 21, 30, 0, 0, BERLIN).toInstant();
    assertTrue(prime.isOpen(tuesdayNoon));
    assertFalse(nonPrime.isOpen(tuesdayNoon));
    assertTrue(prime.isOpen(saturday2130));
    assertTrue(nonPrime.isOpen(sundayNoon));
    assertFalse(prime.isOpen(sundayNoon));
  }

  @Test
  void respond_picksTheP1GoalAndPausesWhileWaitingOnTheCustomer() {
    TicketTimerTarget respond = (TicketTimerTarget) SLA.target("respond").orElseThrow();
    Map<String, String> p1Ticket = Map.of("priority", "P1", "status", "waiting-on-customer");
    TimerGoal goal =
        respond.goals().stream().filter(g -> g.when().matches(p1Ticket, Set.of())).findFirst()
            .orElseThrow();
    assertEquals(BusinessDuration.elapsed(Duration.ofMinutes(30)), goal.within());
    assertTrue(respond.pauseWhen().matches(p1Ticket, Set.of()));
    assertTrue(respond.startWhen().matches(p1Ticket, Set.of("created")));
    assertEquals(1, respond.thresholds().get(1).escalationLevel().getAsInt());
  }

  @Test
  void credits_tiersAndCapReadAsAgreed() {
    CreditPolicy policy = SLA.creditPolicy().orElseThrow();
    TargetCredits prime = policy.creditsFor("shop-prime").orElseThrow();
    assertEquals(pct("5"), prime.tierFor(pct("99.5")).orElseThrow().creditPercent());
    assertEquals(pct("15"), prime.tierFor(pct("98")).orElseThrow().creditPercent());
    assertEquals(pct("30"), prime.tierFor(pct("94.99")).orElseThrow().creditPercent());
    assertTrue(prime.tierFor(pct("99.9")).isEmpty());
    assertEquals(pct("30"), policy.capPercent().orElseThrow());
    assertEquals(
        "[[.., 95) -> 30 %, [95, 99) -> 15 %, [99, 99.5) -> 5 %]",
        policy.creditsFor("shop-non-prime").orElseThrow().tiers().toString());
  }

  @Test
  void chain_linksEachSupportingTargetToTheSlaTarget() {
    assertEquals(
        List.of(TargetRef.of("ops-ola", "respond")), CHAIN.supportersOf(SLA.ref("respond")));
    assertEquals(List.of(TargetRef.of("dev-ola", "fix")), CHAIN.supportersOf(SLA.ref("resolve")));
    assertEquals(
        List.of(TargetRef.of("hosting-uc", "hosting")), CHAIN.supportersOf(SLA.ref("shop-prime")));
    assertEquals(List.of(), CHAIN.supportersOf(SLA.ref("report")));
    assertEquals(Set.of(TargetRef.of("ecoshop-sla", "shop-prime")), HOSTING_UC.supportedTargets());
  }

  @Test
  void termination_afterThreeConsecutiveBreachedMonthsOfPrimeAvailability() {
    assertEquals(
        "CUSTOMER may terminate when [shop-prime] is breached in 3 consecutive periods",
        SLA.terminationRules().get(0).toString());
  }

  @Test
  void agreements_readWell() {
    assertEquals(
        "SLA ecoshop-sla 'EcoShop online shop' (ShopIT GmbH (shopit) -> EcoShop AG (ecoshop),"
            + " 2025-01-01/2027-01-01, 5 targets)",
        SLA.toString());
    assertEquals(
        "chain [SLA ecoshop-sla, OLA ops-ola, OLA dev-ola, UNDERPINNING_CONTRACT hosting-uc]",
        CHAIN.toString());
  }
}
