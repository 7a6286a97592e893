package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertNullRejected;
import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.availability;
import static dev.servicelevel.agreement.Fixtures.sla;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutageCauseTest {

  private static final OutageCause POWER_CUT =
      OutageCause.of("regional-power-cut", true, "A regional power cut");
  private static final OutageCause CUSTOMER_CHANGE =
      OutageCause.of("customer-change", false, "A change the customer made");

  // ---- predefined ----------------------------------------------------------------------------

  @Test
  void predefined_areTheFourFormerConstantsAndExcludeNothingByThemselves() {
    assertEquals(
        List.of(
            OutageCause.PLANNED_MAINTENANCE,
            OutageCause.CUSTOMER_CAUSED,
            OutageCause.FORCE_MAJEURE,
            OutageCause.THIRD_PARTY),
        OutageCause.predefined());
    for (OutageCause c : OutageCause.predefined()) {
      assertFalse(c.excluded(), c::name);
      assertTrue(c.isPredefined(), c::name);
      assertEquals(c.name(), c.toString());
      assertEquals(Optional.of(c), OutageCause.predefined(c.name()));
    }
    assertEquals("PLANNED_MAINTENANCE", OutageCause.PLANNED_MAINTENANCE.name());
    assertEquals(Optional.empty(), OutageCause.predefined("planned_maintenance"));
    assertFalse(POWER_CUT.isPredefined());
  }

  // ---- of ------------------------------------------------------------------------------------

  @Test
  void of_keepsNameExclusionAndDescription() {
    assertEquals("regional-power-cut", POWER_CUT.name());
    assertTrue(POWER_CUT.excluded());
    assertEquals("A regional power cut", POWER_CUT.description());
    assertValueEquality(
        POWER_CUT,
        OutageCause.of("regional-power-cut", true, "A regional power cut"),
        OutageCause.of("regional-power-cut", false, "A regional power cut"));
  }

  @Test
  void of_rejectsPredefinedNamesMalformedNamesAndBlankDescriptions() {
    assertRejected(
        "Outage cause name is predefined: FORCE_MAJEURE",
        () -> OutageCause.of("FORCE_MAJEURE", true, "Acts of God"));
    assertRejected(
        "Outage cause name must be letters, digits, '.', '_' or '-', starting with a letter or"
            + " digit: 'power cut'",
        () -> OutageCause.of("power cut", true, "x"));
    assertRejected(
        "Outage cause description must not be blank: ' '", () -> OutageCause.of("x", true, " "));
    assertNullRejected("name", () -> OutageCause.of(null, true, "x"));
    assertNullRejected("description", () -> OutageCause.of("x", true, null));
  }

  // ---- in the agreement ----------------------------------------------------------------------

  @Test
  void agreement_definesItsCausesBesideThePredefinedOnes() {
    Agreement a = sla("s").addOutageCauses(POWER_CUT, CUSTOMER_CHANGE).build();
    assertEquals(List.of(POWER_CUT, CUSTOMER_CHANGE), a.outageCauses());
    assertEquals(Optional.of(POWER_CUT), a.outageCause("regional-power-cut"));
    assertEquals(Optional.of(OutageCause.THIRD_PARTY), a.outageCause("THIRD_PARTY"));
    assertEquals(Optional.empty(), a.outageCause("flood"));
    assertTrue(a.defines(POWER_CUT));
    assertTrue(a.defines(OutageCause.FORCE_MAJEURE));
    assertFalse(a.defines(OutageCause.of("regional-power-cut", false, "A regional power cut")));
    assertFalse(sla("s").build().defines(POWER_CUT));
    assertEquals(List.of(), sla("s").build().outageCauses());
  }

  @Test
  void agreement_rejectsRepeatedAndPredefinedDefinitions() {
    assertRejected(
        "Outage cause name must be unique: regional-power-cut",
        () ->
            sla("s")
                .addOutageCauses(
                    POWER_CUT, OutageCause.of("regional-power-cut", false, "Another"))
                .build());
    assertRejected(
        "Predefined outage causes need no definition: THIRD_PARTY",
        () -> sla("s").addOutageCauses(OutageCause.THIRD_PARTY).build());
  }

  @Test
  void agreement_rejectsTargetsThatExcludeCausesItDoesNotDefine() {
    AvailabilityTarget t = availability("a").addExcludedCauses(POWER_CUT).build();
    assertRejected(
        "Target excludes an outage cause the agreement does not define: a / regional-power-cut",
        () -> sla("s").addTargets(t).build());
    assertRejected(
        "Target excludes an outage cause the agreement does not define: a / regional-power-cut",
        () ->
            sla("s")
                .addOutageCauses(
                    OutageCause.of("regional-power-cut", false, "A regional power cut"))
                .addTargets(t)
                .build());
    Agreement ok = sla("s").addOutageCauses(POWER_CUT).addTargets(t).build();
    assertEquals(List.of(t), ok.targets());
    Agreement predefined =
        sla("s")
            .addTargets(availability("b").addExcludedCauses(OutageCause.FORCE_MAJEURE).build())
            .build();
    assertEquals(1, predefined.targets().size());
  }

  @Test
  void agreement_copiesAndRebuildsItsCauses() {
    Agreement a = sla("s").addOutageCauses(POWER_CUT).build();
    assertEquals(a, a.toBuilder().build());
    assertEquals(List.of(CUSTOMER_CHANGE), a.withOutageCauses(CUSTOMER_CHANGE).outageCauses());
    assertEquals(List.of(), a.withOutageCauses(List.of()).outageCauses());
  }
}
