package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** An outage's copy and text, found unpinned by mutation testing. */
class OutageMutationTest {

  private static final Interval HOUR = Interval.of(utc("2025-06-02T10:00"), Duration.ofHours(1));

  @Test
  void toBuilder_copiesEveryAttribute() {
    Outage partial = Outage.builder().id("INC-1").service("shop").interval(HOUR)
        .impact(dec("0.5")).build();
    assertEquals(partial, partial.toBuilder().build());
    Interval measured = Interval.of(HOUR.getStart(), Duration.ofMinutes(30));
    Outage corrected = partial.toBuilder().interval(measured).build();
    assertEquals(measured, corrected.interval());
    assertEquals(dec("0.5"), corrected.impact());
    assertEquals("INC-1", corrected.id());
  }

  @Test
  void toString_showsAnImpactOnlyWhenItIsNotWhole() {
    Outage whole = Outage.of("INC-1", "shop", HOUR);
    assertEquals("INC-1 shop " + HOUR, whole.toString());
    Outage partial = whole.toBuilder().impact(dec("0.50")).build();
    assertEquals("INC-1 shop " + HOUR + " impact 0.50", partial.toString());
    Outage wholeWritten = whole.toBuilder().impact(dec("1.00")).build();
    assertEquals("INC-1 shop " + HOUR, wholeWritten.toString());
  }

  @Test
  void toString_showsAnAnnouncementInAdvance() {
    Outage planned = Outage.builder().id("CHG-1").service("shop").interval(HOUR)
        .cause(dev.servicelevel.agreement.OutageCause.PLANNED_MAINTENANCE)
        .announcedInAdvance(true).build();
    assertEquals("CHG-1 shop " + HOUR + " " + planned.cause().orElseThrow()
        + " announced in advance", planned.toString());
  }
}
