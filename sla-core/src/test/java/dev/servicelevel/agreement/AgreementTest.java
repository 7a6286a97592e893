package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.OFFICE;
import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.availability;
import static dev.servicelevel.agreement.Fixtures.dec;
import static dev.servicelevel.agreement.Fixtures.ola;
import static dev.servicelevel.agreement.Fixtures.sla;
import static dev.servicelevel.agreement.Fixtures.timer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class AgreementTest {

  private static CreditPolicy credits(String targetId) {
    return CreditPolicy.builder()
        .fee(dec("100"))
        .currency(Currency.getInstance("EUR"))
        .addTargets(TargetCredits.of(targetId, CreditTier.below(dec("99.9"), dec("10"))))
        .build();
  }

  // ---- building and reading ------------------------------------------------------------------

  @Test
  void builder_minimalAgreement() {
    Agreement a = sla("sla").build();
    assertEquals("sla", a.id());
    assertEquals(AgreementKind.SLA, a.kind());
    assertEquals("Shop SLA", a.title());
    assertEquals(Party.of("it", "IT"), a.provider());
    assertEquals(Fixtures.YEAR_2025, a.validity());
    assertEquals(Fixtures.BERLIN, a.zone());
    assertEquals(List.of(), a.targets());
    assertEquals(Optional.empty(), a.creditPolicy());
    assertEquals(Optional.empty(), a.reviewSchedule());
    assertEquals(List.of(), a.terminationRules());
    assertEquals(List.of(), a.responsibilities());
    assertEquals(List.of(), a.escalation());
  }

  @Test
  void lookups_findByIdOrName() {
    Agreement a = sla("sla").addTargets(availability("up").build()).build();
    assertEquals("Online shop", a.service("shop").orElseThrow().name());
    assertEquals(OFFICE, a.window("office").orElseThrow().calendar());
    assertEquals("up", a.target("up").orElseThrow().id());
    assertEquals(Optional.empty(), a.service("up"));
    assertEquals(Optional.empty(), a.window("shop"));
    assertEquals(Optional.empty(), a.target("shop"));
  }

  @Test
  void ref_namesATargetOfThisAgreement() {
    Agreement a = sla("sla").addTargets(availability("up").build()).build();
    assertEquals(TargetRef.of("sla", "up"), a.ref("up"));
    assertRejected("Agreement has no target with this id: sla / down", () -> a.ref("down"));
  }

  @Test
  void supportedTargets_collectsEveryTargetsSupports() {
    Agreement o =
        ola("ola")
            .addTargets(
                availability("a").addSupports(TargetRef.of("sla", "up")).build(),
                timer("b")
                    .addSupports(TargetRef.of("sla", "respond"), TargetRef.of("sla2", "r"))
                    .build())
            .build();
    assertEquals(
        List.of(
            TargetRef.of("sla", "up"), TargetRef.of("sla", "respond"), TargetRef.of("sla2", "r")),
        List.copyOf(o.supportedTargets()));
  }

  @Test
  void withers_copyAndValidate() {
    Agreement a = sla("sla").addTargets(availability("up").build()).build();
    Agreement more =
        a.withTargets(List.of(availability("up").build(), availability("up2").build()));
    assertEquals(2, more.targets().size());
    assertRejected(
        "Target id must be unique: up",
        () -> a.withTargets(List.of(availability("up").build(), availability("up").build())));
    assertRejected(
        "Target names an unknown window: up / office",
        () -> a.withWindows(List.of(ServiceWindow.of("other", OFFICE))));
    assertRejected(
        "Target names an unknown service: up / shop",
        () -> a.withServices(List.of(Service.of("other", "Other"))));
    assertRejected(
        "Credit tiers name an unknown target: down", () -> a.withCreditPolicy(credits("down")));
    assertRejected(
        "Termination rule names an unknown target: down",
        () -> a.withTerminationRules(List.of(TerminationRule.consecutiveBreaches(2, "down"))));
    assertEquals(1, a.withEscalation(List.of(EscalationLevel.of("L1", "x"))).escalation().size());
  }

  @Test
  void toString_summarises() {
    assertEquals(
        "SLA sla 'Shop SLA' (IT (it) -> Shop owner (shop-owner), 2025-01-01/2026-01-01, 0"
            + " targets)",
        sla("sla").build().toString());
  }

  @Test
  void equality() {
    assertValueEquality(
        sla("sla").build(),
        sla("sla").build(),
        sla("sla").addTargets(availability("up").build()).build());
  }

  // ---- rules -----------------------------------------------------------------------------------

  @Test
  void id_andTitle() {
    assertRejected(
        "Agreement id must be letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " 'my sla'",
        () -> sla("my sla").build());
    assertRejected(
        "Agreement title must not be blank: ''",
        () ->
            Agreement.builder()
                .id("a")
                .kind(AgreementKind.SLA)
                .title("")
                .provider(Party.of("p", "P"))
                .customer(Party.of("c", "C"))
                .validity(Fixtures.YEAR_2025)
                .zone(Fixtures.BERLIN)
                .addServices(Service.of("s", "S"))
                .build());
  }

  @Test
  void parties_mustDiffer() {
    assertRejected(
        "Provider and customer must be different parties: it",
        () ->
            Agreement.builder()
                .id("a")
                .kind(AgreementKind.SLA)
                .title("A")
                .provider(Party.of("it", "IT"))
                .customer(Party.of("it", "IT again"))
                .validity(Fixtures.YEAR_2025)
                .zone(Fixtures.BERLIN)
                .addServices(Service.of("s", "S"))
                .build());
  }

  @Test
  void validity_mustNotBeEmpty() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    assertRejected(
        "Validity must not be empty: 2025-01-01/2025-01-01",
        () ->
            Agreement.builder()
                .id("a")
                .kind(AgreementKind.SLA)
                .title("A")
                .provider(Party.of("p", "P"))
                .customer(Party.of("c", "C"))
                .validity(LocalDateRange.of(d, d))
                .zone(Fixtures.BERLIN)
                .addServices(Service.of("s", "S"))
                .build());
  }

  @Test
  void validity_mayBeOpenEnded() {
    LocalDateRange open = LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.MAX);
    Agreement a =
        Agreement.builder()
            .id("a")
            .kind(AgreementKind.SLA)
            .title("A")
            .provider(Party.of("p", "P"))
            .customer(Party.of("c", "C"))
            .validity(open)
            .zone(Fixtures.BERLIN)
            .addServices(Service.of("s", "S"))
            .build();
    assertTrue(a.validity().isUnboundedEnd());
  }

  @Test
  void services_atLeastOne() {
    assertRejected(
        "An agreement needs at least one service: a",
        () ->
            Agreement.builder()
                .id("a")
                .kind(AgreementKind.SLA)
                .title("A")
                .provider(Party.of("p", "P"))
                .customer(Party.of("c", "C"))
                .validity(Fixtures.YEAR_2025)
                .zone(Fixtures.BERLIN)
                .build());
  }

  @Test
  void builder_reportsMissingAttributes() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Agreement.builder().id("a").build());
    assertEquals(
        "Agreement is missing required fields: kind, title, provider, customer, validity, zone",
        e.getMessage());
  }

  @Test
  void ids_areUnique() {
    assertRejected(
        "Service id must be unique: shop",
        () -> sla("a").addServices(Service.of("shop", "Again")).build());
    assertRejected(
        "Window name must be unique: office",
        () -> sla("a").addWindows(ServiceWindow.of("office", OFFICE.complement())).build());
    assertRejected(
        "Target id must be unique: up",
        () -> sla("a").addTargets(availability("up").build(), timer("up").build()).build());
    assertRejected(
        "Escalation level name must be unique: L1",
        () ->
            sla("a")
                .addEscalation(EscalationLevel.of("L1", "x"), EscalationLevel.of("L1", "y"))
                .build());
  }

  @Test
  void targets_referToServiceAndWindow() {
    assertRejected(
        "Target names an unknown service: up / web",
        () ->
            sla("a")
                .addTargets(
                    AvailabilityTarget.builder()
                        .id("up")
                        .service("web")
                        .window("office")
                        .minimum(dec("99"))
                        .build())
                .build());
    assertRejected(
        "Target names an unknown window: up / prime",
        () ->
            sla("a")
                .addTargets(
                    AvailabilityTarget.builder()
                        .id("up")
                        .service("shop")
                        .window("prime")
                        .minimum(dec("99"))
                        .build())
                .build());
  }

  @Test
  void supports_onlyInSupportingAgreements() {
    assertRejected(
        "Only OLAs and underpinning contracts support other targets: up / [other/x]",
        () ->
            sla("a")
                .addTargets(availability("up").addSupports(TargetRef.of("other", "x")).build())
                .build());
  }

  @Test
  void supports_notInTheSameAgreement() {
    assertRejected(
        "A target cannot support a target of its own agreement: up / ola/x",
        () ->
            ola("ola")
                .addTargets(availability("up").addSupports(TargetRef.of("ola", "x")).build())
                .build());
  }

  @Test
  void escalationThresholds_referToExistingLevels() {
    TicketTimerTarget t =
        timer("respond").addThresholds(TimerThreshold.escalationAt(dec("90")).atLevel(2)).build();
    assertRejected(
        "Timer threshold names an escalation level the agreement lacks: respond / escalation at"
            + " 90 % of goal to level 2 / 1 levels",
        () -> sla("a").addTargets(t).addEscalation(EscalationLevel.of("L1", "x")).build());
    Agreement ok =
        sla("a")
            .addTargets(t)
            .addEscalation(EscalationLevel.of("L1", "x"), EscalationLevel.of("L2", "y"))
            .build();
    assertEquals(2, ok.escalation().size());
  }

  @Test
  void creditTiers_referToTargetsReportedPerBillingPeriod() {
    assertRejected(
        "Credit tiers name an unknown target: up",
        () -> sla("a").creditPolicy(credits("up")).build());
    assertRejected(
        "A target with credit tiers must be reported per billing period: up / calendar quarter /"
            + " calendar month",
        () ->
            sla("a")
                .addTargets(availability("up").period(ReportingPeriod.calendarQuarter()).build())
                .creditPolicy(credits("up"))
                .build());
    Agreement ok =
        sla("a").addTargets(availability("up").build()).creditPolicy(credits("up")).build();
    assertEquals(Set.of("up"), Set.of(ok.creditPolicy().orElseThrow().targets().get(0).targetId()));
  }

  @Test
  void terminationRules_referToTargets() {
    assertRejected(
        "Termination rule names an unknown target: down",
        () ->
            sla("a")
                .addTargets(availability("up").build())
                .addTerminationRules(TerminationRule.breachesWithin(2, 3, "up", "down"))
                .build());
  }

  @Test
  void customerObligations_areTargetsToo() {
    Agreement a =
        sla("a").addTargets(timer("answer").responsibleParty(PartyRole.CUSTOMER).build()).build();
    assertEquals(PartyRole.CUSTOMER, a.target("answer").orElseThrow().responsibleParty());
  }
}
