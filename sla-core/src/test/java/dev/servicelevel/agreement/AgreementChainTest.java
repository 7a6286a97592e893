package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.availability;
import static dev.servicelevel.agreement.Fixtures.measurement;
import static dev.servicelevel.agreement.Fixtures.ola;
import static dev.servicelevel.agreement.Fixtures.sla;
import static dev.servicelevel.agreement.Fixtures.timer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgreementChainTest {

  private static final Agreement SLA =
      sla("sla").addTargets(availability("up").build(), timer("respond").build()).build();

  @Test
  void supportersOf_listsDirectSupportersInOrder() {
    Agreement ops =
        ola("ops").addTargets(timer("respond").addSupports(SLA.ref("respond")).build()).build();
    Agreement hosting =
        ola("hosting")
            .addTargets(
                availability("up").addSupports(SLA.ref("up")).build(),
                availability("dc").addSupports(SLA.ref("up")).build())
            .build();
    AgreementChain chain = AgreementChain.of(SLA, ops, hosting);
    assertEquals(List.of(TargetRef.of("ops", "respond")), chain.supportersOf(SLA.ref("respond")));
    assertEquals(
        List.of(TargetRef.of("hosting", "up"), TargetRef.of("hosting", "dc")),
        chain.supportersOf(SLA.ref("up")));
    assertEquals(List.of(), chain.supportersOf(TargetRef.of("ops", "respond")));
  }

  @Test
  void lookups_findAgreementsAndTargets() {
    AgreementChain chain = AgreementChain.of(SLA);
    assertEquals(Optional.of(SLA), chain.agreement("sla"));
    assertEquals(Optional.empty(), chain.agreement("ops"));
    assertEquals("up", chain.target(TargetRef.of("sla", "up")).orElseThrow().id());
    assertEquals(Optional.empty(), chain.target(TargetRef.of("ops", "up")));
    assertEquals(Optional.empty(), chain.target(TargetRef.of("sla", "down")));
  }

  @Test
  void referencesOutsideTheChain_areLeftUnresolved() {
    Agreement ops =
        ola("ops")
            .addTargets(timer("respond").addSupports(TargetRef.of("other-sla", "r")).build())
            .build();
    assertEquals(2, AgreementChain.of(SLA, ops).agreements().size());
  }

  @Test
  void agreementIds_areUnique() {
    assertRejected("Agreement id must be unique: sla", () -> AgreementChain.of(SLA, SLA));
  }

  @Test
  void references_resolveInsideTheChain() {
    Agreement ops =
        ola("ops")
            .addTargets(timer("respond").addSupports(TargetRef.of("sla", "resolve")).build())
            .build();
    assertRejected(
        "Target supports an unknown target: ops/respond / sla/resolve",
        () -> AgreementChain.of(SLA, ops));
  }

  @Test
  void references_stayWithinTheFamily() {
    Agreement ops =
        ola("ops").addTargets(timer("respond").addSupports(SLA.ref("up")).build()).build();
    assertRejected(
        "A target supports only targets of its own family: ops/respond (ticket timer) / sla/up"
            + " (availability)",
        () -> AgreementChain.of(SLA, ops));
    Agreement metrics =
        ola("metrics")
            .addTargets(measurement("latency").addSupports(SLA.ref("respond")).build())
            .build();
    assertRejected(
        "A target supports only targets of its own family: metrics/latency (measurement) /"
            + " sla/respond (ticket timer)",
        () -> AgreementChain.of(SLA, metrics));
  }

  @Test
  void references_formNoCycle() {
    Agreement a =
        ola("a").addTargets(availability("x").addSupports(TargetRef.of("b", "y")).build()).build();
    Agreement b =
        ola("b").addTargets(availability("y").addSupports(TargetRef.of("a", "x")).build()).build();
    assertRejected(
        "Support references must not form a cycle: [a/x, b/y, a/x]", () -> AgreementChain.of(a, b));
  }

  @Test
  void toStringAndEquality() {
    Agreement ops = ola("ops").build();
    assertEquals("chain [SLA sla, OLA ops]", AgreementChain.of(SLA, ops).toString());
    assertValueEquality(
        AgreementChain.of(SLA, ops),
        AgreementChain.of(List.of(SLA, ops)),
        AgreementChain.of(ops, SLA));
  }
}
