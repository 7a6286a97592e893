package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.berlin;
import static dev.servicelevel.evaluation.EcoShop.BERLIN;
import static dev.servicelevel.evaluation.EcoShop.P1;
import static dev.servicelevel.evaluation.EcoShop.PRIME;
import static dev.servicelevel.evaluation.EcoShop.SHOP_IT;
import static dev.servicelevel.evaluation.EcoShop.SLA;
import static dev.servicelevel.evaluation.EcoShop.TERM;
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
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.evaluation.chain.ChainAnalysis;
import dev.servicelevel.evaluation.chain.ChainBreach;
import dev.servicelevel.evaluation.chain.WeakLink;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class ChainAnalysisTest {

  static Agreement supporting(String id, AgreementKind kind, MetricTarget... targets) {
    return Agreement.builder()
        .id(id)
        .kind(kind)
        .title(id)
        .provider(Party.of(id + "-team", id))
        .customer(SHOP_IT)
        .validity(TERM)
        .zone(BERLIN)
        .addServices(Service.of("shop", "Shop"))
        .addWindows(PRIME)
        .addTargets(targets)
        .build();
  }

  static TicketTimerTarget respond(String id, Duration p1, String share) {
    return TicketTimerTarget.builder()
        .id(id)
        .service("shop")
        .window("prime")
        .timer(TimerKind.RESPOND)
        .addGoals(TimerGoal.of(P1, BusinessDuration.elapsed(p1)))
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event("agent-reply"))
        .requiredShare(dec(share))
        .addSupports(SLA.ref("respond"))
        .build();
  }

  static AvailabilityTarget hosting(String id, String minimum) {
    return AvailabilityTarget.builder()
        .id(id)
        .service("shop")
        .window("prime")
        .minimum(dec(minimum))
        .addSupports(SLA.ref("shop-prime"))
        .build();
  }

  @Test
  void olaLooserThanItsSla_isFlagged() {
    Agreement ola =
        supporting("ops-ola", AgreementKind.OLA, respond("respond", Duration.ofMinutes(45), "95"));
    List<WeakLink> weak = ChainAnalysis.weakLinks(AgreementChain.of(SLA, ola));
    assertEquals(1, weak.size());
    assertEquals(TargetRef.of("ecoshop-sla", "respond"), weak.get(0).supported());
    assertEquals(
        "ops-ola/respond under ecoshop-sla/respond: goal priority = \"P1\": PT45M elapsed time"
            + " is longer than PT30M elapsed time",
        weak.get(0).toString());
  }

  @Test
  void olaTighterThanItsSla_passes() {
    Agreement ola =
        supporting("ops-ola", AgreementKind.OLA, respond("respond", Duration.ofMinutes(15), "99"));
    assertEquals(List.of(), ChainAnalysis.weakLinks(AgreementChain.of(SLA, ola)));
  }

  @Test
  void olaWithALowerShareOrAnotherBasis_isFlagged() {
    TicketTimerTarget business =
        TicketTimerTarget.builder()
            .id("respond")
            .service("shop")
            .window("prime")
            .timer(TimerKind.RESPOND)
            .addGoals(TimerGoal.of(P1, BusinessDuration.businessMinutes(15)))
            .startWhen(Condition.event("created"))
            .stopWhen(Condition.event("agent-reply"))
            .requiredShare(dec("90"))
            .addSupports(SLA.ref("respond"))
            .build();
    List<WeakLink> weak =
        ChainAnalysis.weakLinks(
            AgreementChain.of(SLA, supporting("ops-ola", AgreementKind.OLA, business)));
    assertEquals(
        List.of(
            "goal priority = \"P1\": PT15M business time cannot be compared with PT30M elapsed"
                + " time",
            "required share 90 % is lower than 95 %"),
        weak.stream().map(WeakLink::reason).toList());
  }

  @Test
  void twoSerialUcsAt9995UnderA999Sla_pass() {
    AgreementChain chain =
        AgreementChain.of(
            SLA,
            supporting("dc-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("power", "99.95")),
            supporting("net-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("network", "99.95")));
    assertEquals(List.of(), ChainAnalysis.weakLinks(chain));
    assertEquals(
        Optional.of(dec("99.900025")),
        ChainAnalysis.serialAvailability(chain, SLA.ref("shop-prime")));
  }

  @Test
  void twoSerialUcsAt9994UnderA999Sla_areAWeakLinkTogether() {
    AgreementChain chain =
        AgreementChain.of(
            SLA,
            supporting("dc-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("power", "99.94")),
            supporting("net-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("network", "99.94")));
    List<WeakLink> weak = ChainAnalysis.weakLinks(chain);
    assertEquals(1, weak.size());
    assertEquals(
        "[dc-uc/power, net-uc/network] under ecoshop-sla/shop-prime: serial availability"
            + " 99.880036 % (product of [99.94 %, 99.94 %]) is lower than 99.9 %",
        weak.get(0).toString());
  }

  @Test
  void ucLessAvailableThanItsSla_isFlagged() {
    AgreementChain chain =
        AgreementChain.of(
            SLA,
            supporting("dc-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("power", "99.5")));
    assertEquals(
        List.of("availability 99.5 % is lower than 99.9 %"),
        ChainAnalysis.weakLinks(chain).stream().map(WeakLink::reason).toList());
  }

  @Test
  void measurements_areComparedOnTheSameIndicatorOnly() {
    MeasurementTarget looser =
        MeasurementTarget.builder()
            .id("api-latency")
            .service("shop")
            .window("prime")
            .indicator(Indicator.percentile(dec("95")))
            .comparison(Comparison.LESS_OR_EQUAL)
            .objective(dec("350"))
            .addSupports(SLA.ref("latency"))
            .build();
    MeasurementTarget other =
        MeasurementTarget.builder()
            .id("api-mean")
            .service("shop")
            .window("prime")
            .indicator(Indicator.mean())
            .comparison(Comparison.LESS_OR_EQUAL)
            .objective(dec("100"))
            .addSupports(SLA.ref("latency"))
            .build();
    List<WeakLink> weak =
        ChainAnalysis.weakLinks(
            AgreementChain.of(SLA, supporting("api-ola", AgreementKind.OLA, looser, other)));
    assertEquals(
        List.of("p95 <= 350 is looser than <= 300", "mean <= cannot be compared with p95 <="),
        weak.stream().map(WeakLink::reason).toList());
  }

  @Test
  void serialAvailability_rejectsOtherTargets() {
    assertRejected(
        "Chain has no availability target with this reference: ecoshop-sla/respond",
        () -> ChainAnalysis.serialAvailability(AgreementChain.of(SLA), SLA.ref("respond")));
    assertEquals(
        Optional.empty(),
        ChainAnalysis.serialAvailability(AgreementChain.of(SLA), SLA.ref("shop-prime")));
  }

  @Test
  void breaches_listTheSupportersThatBreachedToo() {
    Agreement uc =
        supporting("hosting-uc", AgreementKind.UNDERPINNING_CONTRACT, hosting("hosting", "99.95"));
    AgreementChain chain = AgreementChain.of(SLA, uc);
    Outage crash =
        Outage.of("INC-1", "shop", Interval.of(berlin("2025-03-04T10:00"), Duration.ofHours(1)));
    Observations obs = Observations.builder().outages(List.of(crash)).build();
    Instant asOf = Instant.parse("2025-04-01T00:00:00Z");
    PeriodReport slaReport = Compliance.evaluate(SLA, LocalDate.of(2025, 3, 1), asOf, obs);
    PeriodReport ucReport = Compliance.evaluate(uc, LocalDate.of(2025, 3, 1), asOf, obs);
    List<ChainBreach> breaches = ChainAnalysis.breaches(chain, List.of(slaReport, ucReport));
    assertEquals(1, breaches.size());
    assertEquals(
        "ecoshop-sla/shop-prime breached in 2025-03; supporters breached too:"
            + " [hosting-uc/hosting]",
        breaches.get(0).toString());
    assertEquals(List.of(TargetRef.of("hosting-uc", "hosting")), breaches.get(0).supporters());
    // without the UC's report the breach is the provider's own
    assertEquals(
        "ecoshop-sla/shop-prime breached in 2025-03; no supporter breached",
        ChainAnalysis.breaches(chain, List.of(slaReport)).get(0).toString());
  }
}
