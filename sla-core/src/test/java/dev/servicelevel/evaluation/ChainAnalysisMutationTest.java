package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ChainAnalysisTest.hosting;
import static dev.servicelevel.evaluation.ChainAnalysisTest.respond;
import static dev.servicelevel.evaluation.ChainAnalysisTest.supporting;
import static dev.servicelevel.evaluation.ComplianceFixtures.berlin;
import static dev.servicelevel.evaluation.EcoShop.SLA;
import static dev.servicelevel.evaluation.EcoShop.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.evaluation.chain.ChainAnalysis;
import dev.servicelevel.evaluation.chain.ChainBreach;
import dev.servicelevel.evaluation.chain.WeakLink;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * The chain analysis at its exact edges, found unpinned by mutation testing: figures equal on
 * both sides of a link, one supporter alone, higher-is-better measurements, working-day goals,
 * and breaches that must not count (a supporter that met, another month, another agreement's
 * target of the same id), and supporters of supporters.
 */
class ChainAnalysisMutationTest {

  private static final Instant AFTER_MARCH = Instant.parse("2025-04-01T00:00:00Z");
  private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
  private static final Observations CRASH =
      Observations.builder()
          .outages(
              List.of(
                  Outage.of("INC-1", "shop",
                      Interval.of(berlin("2025-03-04T10:00"), Duration.ofHours(1)))))
          .build();

  private static List<String> reasons(AgreementChain chain) {
    return ChainAnalysis.weakLinks(chain).stream().map(WeakLink::reason).toList();
  }

  // ---- weak links -----------------------------------------------------------------------------

  @Test
  void availability_equalToTheSupportedOneIsNoWeakLink() {
    assertEquals(List.of(), reasons(AgreementChain.of(
        SLA, supporting("dc-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("power", "99.9")))));
  }

  @Test
  void availability_ofOneLowerSupporterIsOneWeakLinkNotASerialOne() {
    AgreementChain chain = AgreementChain.of(
        SLA, supporting("dc-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("power", "99.8")));
    List<WeakLink> weak = ChainAnalysis.weakLinks(chain);
    assertEquals(List.of("availability 99.8 % is lower than 99.9 %"),
        weak.stream().map(WeakLink::reason).toList());
    assertEquals(List.of(TargetRef.of("dc-uc", "power")), weak.get(0).supporting());
  }

  @Test
  void serialAvailability_ofPerfectSupportersIsAPlainHundred() {
    AgreementChain chain =
        AgreementChain.of(
            SLA,
            supporting("dc-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("power", "100")),
            supporting("net-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("network", "100")));
    Optional<BigDecimal> serial = ChainAnalysis.serialAvailability(chain, SLA.ref("shop-prime"));
    assertEquals(Optional.of(new BigDecimal("100")), serial);
    assertEquals("100", serial.orElseThrow().toPlainString());
    assertEquals(List.of(), ChainAnalysis.weakLinks(chain));
  }

  @Test
  void serialAvailability_exactlyTheRequiredOneIsNoWeakLink() {
    // 100 % x 99.9 % is exactly the 99.9 % required
    AgreementChain chain =
        AgreementChain.of(
            SLA,
            supporting("dc-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("power", "100")),
            supporting("net-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("network", "99.9")));
    assertEquals(Optional.of(new BigDecimal("99.9")),
        ChainAnalysis.serialAvailability(chain, SLA.ref("shop-prime")));
    assertEquals(List.of(), reasons(chain));
  }

  private static MeasurementTarget measurement(
      String id, Indicator indicator, Comparison comparison, String objective, TargetRef of) {
    MeasurementTarget.Builder b =
        MeasurementTarget.builder()
            .id(id)
            .service("shop")
            .window("prime")
            .indicator(indicator)
            .comparison(comparison)
            .objective(dec(objective));
    if (of != null) {
      b.addSupports(of);
    }
    return b.build();
  }

  @Test
  void measurements_higherIsBetterEqualOrTighterPassAndLooserIsFlagged() {
    TargetRef top = TargetRef.of("top-sla", "success");
    Agreement sla = supporting("top-sla", AgreementKind.SLA,
        measurement("success", Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "99", null));
    for (String tighterOrEqual : List.of("99", "99.5")) {
      Agreement ola = supporting("ola", AgreementKind.OLA, measurement(
          "success", Indicator.ratio(), Comparison.GREATER_OR_EQUAL, tighterOrEqual, top));
      assertEquals(List.of(), reasons(AgreementChain.of(sla, ola)), tighterOrEqual);
    }
    Agreement looser = supporting("ola", AgreementKind.OLA,
        measurement("success", Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "98.9", top));
    assertEquals(List.of("ratio >= 98.9 is looser than >= 99"),
        reasons(AgreementChain.of(sla, looser)));
  }

  @Test
  void measurements_lowerIsBetterEqualPassesAndOppositeDirectionsCannotBeCompared() {
    Agreement equal = supporting("api-ola", AgreementKind.OLA, measurement("api-latency",
        Indicator.percentile(dec("95")), Comparison.LESS_OR_EQUAL, "300", SLA.ref("latency")));
    assertEquals(List.of(), reasons(AgreementChain.of(SLA, equal)));
    Agreement opposite = supporting("api-ola", AgreementKind.OLA, measurement("api-latency",
        Indicator.percentile(dec("95")), Comparison.GREATER_OR_EQUAL, "300", SLA.ref("latency")));
    assertEquals(List.of("p95 >= cannot be compared with p95 <="),
        reasons(AgreementChain.of(SLA, opposite)));
  }

  @Test
  void timers_equalGoalAndShareAreNoWeakLink() {
    Agreement ola = supporting("ops-ola", AgreementKind.OLA,
        respond("respond", Duration.ofMinutes(30), "95"));
    assertEquals(List.of(), reasons(AgreementChain.of(SLA, ola)));
  }

  private static TicketTimerTarget workingDays(String id, int days, TargetRef of) {
    TicketTimerTarget.Builder b =
        TicketTimerTarget.builder()
            .id(id)
            .service("shop")
            .window("prime")
            .timer(TimerKind.RESOLVE)
            .addGoals(TimerGoal.of(Condition.always(),
                BusinessDuration.workingDaysSameTime(days)))
            .startWhen(Condition.event("created"))
            .stopWhen(Condition.event("solved"))
            .requiredShare(dec("90"));
    if (of != null) {
      b.addSupports(of);
    }
    return b.build();
  }

  @Test
  void timers_inWorkingDaysAreComparedByTheirCount() {
    Agreement sla = supporting("top-sla", AgreementKind.SLA, workingDays("resolve", 2, null));
    TargetRef top = TargetRef.of("top-sla", "resolve");
    assertEquals(List.of(), reasons(AgreementChain.of(
        sla, supporting("ola", AgreementKind.OLA, workingDays("resolve", 2, top)))));
    assertEquals(List.of(), reasons(AgreementChain.of(
        sla, supporting("ola", AgreementKind.OLA, workingDays("resolve", 1, top)))));
    List<String> longer = reasons(AgreementChain.of(
        sla, supporting("ola", AgreementKind.OLA, workingDays("resolve", 3, top))));
    assertEquals(1, longer.size(), longer::toString);
    assertEquals(true, longer.get(0).endsWith(
        BusinessDuration.workingDaysSameTime(3) + " is longer than "
            + BusinessDuration.workingDaysSameTime(2)), longer.get(0));
  }

  // ---- breaches -------------------------------------------------------------------------------

  @Test
  void breaches_ignoreTargetsThatDidNotBreach() {
    Agreement uc = supporting("hosting-uc", AgreementKind.UNDERPINNING_CONTRACT,
        hosting("hosting", "99.95"));
    AgreementChain chain = AgreementChain.of(SLA, uc);
    Observations none = Observations.builder().build();
    PeriodReport slaMet = Compliance.evaluate(SLA, MARCH, AFTER_MARCH, none);
    assertEquals(List.of(), ChainAnalysis.breaches(chain, List.of(slaMet)));
  }

  @Test
  void breaches_countOnlySupportersThatBreachedInAnOverlappingPeriod() {
    Agreement uc = supporting("hosting-uc", AgreementKind.UNDERPINNING_CONTRACT,
        hosting("hosting", "99.95"));
    AgreementChain chain = AgreementChain.of(SLA, uc);
    PeriodReport sla = Compliance.evaluate(SLA, MARCH, AFTER_MARCH, CRASH);
    // the supporter met in March
    PeriodReport ucMet =
        Compliance.evaluate(uc, MARCH, AFTER_MARCH, Observations.builder().build());
    ChainBreach met = ChainAnalysis.breaches(chain, List.of(sla, ucMet)).get(0);
    assertEquals(List.of(TargetRef.of("hosting-uc", "hosting")), met.supporters());
    assertEquals(Set.of(), met.breachedSupporters().keySet());
    // the supporter breached in February, not in March
    Observations february =
        Observations.builder()
            .outages(
                List.of(
                    Outage.of("INC-0", "shop",
                        Interval.of(berlin("2025-02-04T10:00"), Duration.ofHours(1)))))
            .build();
    PeriodReport ucFebruary =
        Compliance.evaluate(uc, LocalDate.of(2025, 2, 1), AFTER_MARCH, february);
    assertEquals(ComplianceStatus.BREACHED, ucFebruary.result("hosting").orElseThrow().status());
    ChainBreach other = ChainAnalysis.breaches(chain, List.of(sla, ucFebruary)).get(0);
    assertEquals(Set.of(), other.breachedSupporters().keySet());
  }

  @Test
  void breaches_readASupportersResultOnlyFromItsOwnAgreementsReport() {
    // the supporter's target has the id of the breached SLA target, in another agreement
    Agreement twin = supporting("twin-uc", AgreementKind.UNDERPINNING_CONTRACT,
        hosting("shop-prime", "99.95"));
    AgreementChain chain = AgreementChain.of(SLA, twin);
    PeriodReport sla = Compliance.evaluate(SLA, MARCH, AFTER_MARCH, CRASH);
    PeriodReport twinMet =
        Compliance.evaluate(twin, MARCH, AFTER_MARCH, Observations.builder().build());
    List<ChainBreach> breaches = ChainAnalysis.breaches(chain, List.of(sla, twinMet));
    assertEquals(1, breaches.size());
    assertEquals(List.of(TargetRef.of("twin-uc", "shop-prime")), breaches.get(0).supporters());
    assertEquals(Set.of(), breaches.get(0).breachedSupporters().keySet());
  }

  @Test
  void breaches_listSupportersOfSupportersToo() {
    Agreement ola = supporting("ops-ola", AgreementKind.OLA, hosting("hosting", "99.95"));
    AvailabilityTarget power =
        AvailabilityTarget.builder()
            .id("power")
            .service("shop")
            .window("prime")
            .minimum(dec("99.99"))
            .addSupports(TargetRef.of("ops-ola", "hosting"))
            .build();
    Agreement uc = supporting("dc-uc", AgreementKind.UNDERPINNING_CONTRACT, power);
    AgreementChain chain = AgreementChain.of(SLA, ola, uc);
    PeriodReport sla = Compliance.evaluate(SLA, MARCH, AFTER_MARCH, CRASH);
    PeriodReport dc = Compliance.evaluate(uc, MARCH, AFTER_MARCH, CRASH);
    ChainBreach breach = ChainAnalysis.breaches(chain, List.of(sla, dc)).get(0);
    assertEquals(
        List.of(TargetRef.of("ops-ola", "hosting"), TargetRef.of("dc-uc", "power")),
        breach.supporters());
    assertEquals(Set.of(TargetRef.of("dc-uc", "power")), breach.breachedSupporters().keySet());
  }
}
