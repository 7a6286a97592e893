package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.availability;
import static dev.servicelevel.agreement.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AvailabilityTargetTest {

  @Test
  void builder_setsEveryAttribute() {
    AvailabilityTarget t =
        availability("shop-prime")
            .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE, OutageCause.CUSTOMER_CAUSED)
            .maintenanceNotice(Duration.ofDays(5))
            .ignoreOutagesShorterThan(Duration.ofMinutes(1))
            .period(ReportingPeriod.calendarQuarter())
            .responsibleParty(PartyRole.PROVIDER)
            .build();
    assertEquals(dec("99.9"), t.minimum());
    assertEquals(
        Set.of(OutageCause.PLANNED_MAINTENANCE, OutageCause.CUSTOMER_CAUSED), t.excludedCauses());
    assertEquals(Optional.of(Duration.ofDays(5)), t.maintenanceNotice());
    assertEquals(Optional.of(Duration.ofMinutes(1)), t.ignoreOutagesShorterThan());
    assertEquals(ReportingPeriod.calendarQuarter(), t.period());
  }

  @Test
  void builder_defaultsCountEveryOutage() {
    AvailabilityTarget t = availability("a").build();
    assertEquals(Set.of(), t.excludedCauses());
    assertEquals(Optional.empty(), t.maintenanceNotice());
    assertEquals(Optional.empty(), t.ignoreOutagesShorterThan());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "100.001"})
  void minimum_mustBeAShare(String minimum) {
    assertRejected(
        "Availability minimum must be more than 0 and at most 100 %: " + minimum,
        () ->
            AvailabilityTarget.builder()
                .id("a")
                .service("s")
                .window("w")
                .minimum(dec(minimum))
                .build());
  }

  @Test
  void minimum_hundredIsAllowed() {
    AvailabilityTarget t =
        AvailabilityTarget.builder().id("a").service("s").window("w").minimum(dec("100")).build();
    assertEquals(dec("100"), t.minimum());
  }

  @Test
  void maintenanceNotice_needsPlannedMaintenanceExcluded() {
    assertRejected(
        "A maintenance notice needs planned maintenance among the excluded causes: a /"
            + " [FORCE_MAJEURE]",
        () ->
            availability("a")
                .addExcludedCauses(OutageCause.FORCE_MAJEURE)
                .maintenanceNotice(Duration.ofDays(1))
                .build());
  }

  @Test
  void durations_mustBePositive() {
    assertRejected(
        "Maintenance notice must be positive: PT0S",
        () ->
            availability("a")
                .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE)
                .maintenanceNotice(Duration.ZERO)
                .build());
    assertRejected(
        "Ignored outage length must be positive: PT-1S",
        () -> availability("a").ignoreOutagesShorterThan(Duration.ofSeconds(-1)).build());
  }

  @Test
  void builder_missingRequiredAttribute() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> AvailabilityTarget.builder().id("a").build());
    assertEquals(
        "AvailabilityTarget is missing required fields: service, window, minimum", e.getMessage());
  }

  @Test
  void builder_settingAnAttributeAgainReplacesIt() {
    assertEquals("b", availability("a").id("b").build().id());
  }

  @Test
  void equality() {
    assertValueEquality(
        availability("a").build(), availability("a").build(), availability("b").build());
  }
}
