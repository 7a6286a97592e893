package dev.servicelevel.evaluation.alert;

import static dev.servicelevel.evaluation.alert.BurnRateAlertsTest.AS_OF;
import static dev.servicelevel.evaluation.alert.BurnRateAlertsTest.PAGE;
import static dev.servicelevel.evaluation.alert.BurnRateAlertsTest.SLA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.evaluation.Observations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A burn-rate report's and a quiet alert's text, found unpinned by mutation testing. */
class BurnRateReportMutationTest {

  @Test
  void toString_showsTheTargetTheInstantAndEachAlertOnItsOwnLine() {
    BurnRateReport report =
        BurnRateAlerts.evaluate(SLA, "avail", AS_OF, Observations.builder().build(),
            List.of(PAGE, PAGE));
    assertEquals(0, report.unevaluable());
    BurnRateAlert alert = report.alerts().get(0);
    assertFalse(alert.fires());
    assertTrue(alert.toString().startsWith("quiet " + PAGE + "; long "), alert.toString());
    String text = report.toString();
    assertTrue(text.startsWith("avail " + report.period().label()
        + " burn-rate alerts as of " + AS_OF + "\n  quiet "), text);
    assertEquals(3, text.split("\n").length, text);
    assertFalse(text.contains("unevaluable"), text);
  }
}
