package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.ReportingPeriod;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenSloImportTest {

  private static final Path DIR = Path.of("src", "test", "resources", "openslo");

  private static OpenSloImport example(String name) {
    return OpenSloImport.read(DIR.resolve(name), "always");
  }

  private static String notes(OpenSloImport i) {
    return String.join("\n", i.notes());
  }

  private static Problem rejected(String yaml) {
    DocumentException e =
        assertThrows(
            DocumentException.class, () -> OpenSloImport.read(yaml, "t.yaml", "always"));
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  // ---- the specification's examples ----

  @Test
  void occurrencesOverAThresholdMetric_isAShareOfSamples() {
    OpenSloImport i = example("occurences-slo.yaml");
    MeasurementTarget t = i.targets().get(0);
    assertEquals(1, i.targets().size());
    assertEquals("search-slo", t.id());
    assertEquals("web-shop", t.service());
    assertEquals("always", t.window());
    assertEquals(Indicator.samplesMeeting(Comparison.LESS_THAN, new BigDecimal("500")),
        t.indicator());
    assertEquals(Comparison.GREATER_OR_EQUAL, t.comparison());
    assertEquals(new BigDecimal("99"), t.objective().stripTrailingZeros());
    assertEquals(ReportingPeriod.rollingDays(14), t.period());
    assertTrue(notes(i).contains("kept as metadata: alertPolicies of search-slo"), notes(i));
    Map<String, String> meta = i.metadata().get("search-slo");
    assertTrue(meta.get(DIR.resolve("occurences-slo.yaml") + "#0/spec/indicator")
        .contains("\"query\":\"Any\""), meta.toString());
    assertTrue(meta.containsKey(DIR.resolve("occurences-slo.yaml") + "#0/spec/description"));
  }

  @Test
  void ratioTimeslices_isTheMeanOfTheSlicesRatios() {
    OpenSloImport i = example("ratio-timeslices.yaml");
    assertEquals(1, i.targets().size(), notes(i));
    MeasurementTarget t = i.targets().get(0);
    assertEquals(Indicator.ratioTimeslices(Duration.ofMinutes(1)), t.indicator());
    assertEquals(Comparison.GREATER_OR_EQUAL, t.comparison());
    assertEquals(0, new BigDecimal("99").compareTo(t.objective()), t.objective().toPlainString());
    assertEquals(1, i.notes().size(), notes(i));
    assertTrue(i.notes().get(0).contains("kept as metadata: op of objective main-page"));
  }

  @Test
  void monthMeantAsOneMinute_isNotGuessed() {
    // The example writes "duration: 1m" for a month; in OpenSLO m is minutes.
    OpenSloImport i = example("timeslices-slo.yaml");
    assertEquals(List.of(), i.targets());
    assertEquals(3, i.notes().size(), notes(i));
    assertTrue(i.notes().get(0).contains("kept as metadata: alertPolicies"), notes(i));
    assertTrue(i.notes().get(2).contains("not imported: objective 2"), notes(i));
    assertTrue(
        i.notes().get(1).contains(":27:17 /spec/timeWindow/0/duration: not imported: objective 1"
            + " of service-availability: a calendar window of 1m has no counterpart here:"
            + " calendar periods are 1w, 1M, 1Q or 1Y (m is minutes; months are M)"),
        notes(i));
  }

  @Test
  void timeslicesOverARatio_isAShareOfGoodSlicesInACalendarWeek() {
    OpenSloImport i = example("low-traffic-timeslices-slo.yaml");
    MeasurementTarget t = i.targets().get(0);
    assertEquals("service-availability", t.id());
    assertEquals(
        Indicator.timeslices(
            Duration.ofMinutes(1), Comparison.GREATER_OR_EQUAL, new BigDecimal("95")),
        t.indicator());
    assertEquals(0, new BigDecimal("99.95").compareTo(t.objective()));
    assertEquals("99.95", t.objective().toPlainString());
    assertEquals(ReportingPeriod.calendarWeek(), t.period());
    assertEquals(Map.of("service-availability", ZoneId.of("America/New_York")), i.zones());
    assertTrue(notes(i).contains("kept as metadata: op of objective service-availability"),
        notes(i));
    assertTrue(notes(i).contains("kept as metadata: calendar.startTime"), notes(i));
  }

  @Test
  void inlineSliFromTheSpecification_lacksTheRequiredBudgetingMethodAndIsRejected() {
    // The specification's own inline example omits budgetingMethod, which the same
    // specification calls required: we do not guess Occurrences.
    DocumentException e =
        assertThrows(DocumentException.class, () -> example("readme-inline-sli.yaml"));
    assertEquals(
        List.of(
            new Problem("/spec/budgetingMethod", 7, 3, "required",
                "budgetingMethod must be a non-blank string, and is required",
                DIR.resolve("readme-inline-sli.yaml").toString())),
        e.problems());
  }

  @Test
  void inlineSliWithABudgetingMethod_withoutTimeWindowGetsTheDefaultPeriodNoted() throws Exception {
    String text =
        java.nio.file.Files.readString(DIR.resolve("readme-inline-sli.yaml"))
            .replace("  service: foo\n", "  service: foo\n  budgetingMethod: Occurrences\n");
    OpenSloImport i = OpenSloImport.read(text, "inline.yaml", "always");
    MeasurementTarget t = i.targets().get(0);
    assertEquals(Indicator.ratio(), t.indicator());
    assertEquals("98", t.objective().toPlainString());
    assertEquals(ReportingPeriod.calendarMonth(), t.period());
    assertTrue(notes(i).contains("foo-slo has no timeWindow: its targets get the default period"),
        notes(i));
    assertTrue(
        i.metadata().get("foo-slo").values().stream()
            .anyMatch(v -> v.contains("sum:trace.http.request.hits.by_http_status{*}")));
  }

  @Test
  void indicatorRefBadTotalAndSeveralObjectives() {
    OpenSloImport i = example("sli-ref.yaml");
    assertEquals(2, i.targets().size());
    MeasurementTarget sla = i.targets().get(0);
    MeasurementTarget internal = i.targets().get(1);
    assertEquals("checkout-1", sla.id());
    assertEquals("checkout-2", internal.id());
    assertEquals(Comparison.LESS_OR_EQUAL, sla.comparison());
    assertEquals("0.5", sla.objective().toPlainString());
    assertEquals("0.1", internal.objective().toPlainString());
    assertEquals(new BigDecimal("2"), internal.weight());
    assertEquals(ReportingPeriod.calendarMonth(), sla.period());
    assertEquals(ZoneId.of("Europe/Berlin"), i.zones().get("checkout-1"));
    assertTrue(notes(i).contains("not imported: kind DataSource prometheus"), notes(i));
    assertTrue(
        i.metadata().get("checkout-2").values().stream()
            .anyMatch(v -> v.contains("checkout_requests_total{code=~")),
        i.metadata().toString());
  }

  // ---- strictness ----

  private static final String HEAD =
      "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: s\nspec:\n  service: shop\n"
          + "  budgetingMethod: Occurrences\n"
          + "  timeWindow:\n    - duration: 28d\n      isRolling: true\n";
  private static final String SLI =
      "  indicator:\n    metadata:\n      name: i\n    spec:\n      ratioMetric:\n"
          + "        good: {metricSource: {type: Any}}\n        total: {metricSource: {type: Any}}\n";

  @Test
  void wellFormed_importsAsOneTarget() {
    OpenSloImport i = OpenSloImport.read(HEAD + SLI + "  objectives:\n    - target: 0.999\n",
        "t.yaml", "prime");
    assertEquals("99.9", i.targets().get(0).objective().toPlainString());
    assertEquals(ReportingPeriod.rollingDays(28), i.targets().get(0).period());
  }

  @Test
  void problems_areListedWithLineColumnPointerAndRule() {
    assertEquals(
        new Problem("/spec/objectives/0/tagret", 20, 15, "unknown-field",
            "unknown field of an objective tagret; an objective has [compositeWeight,"
                + " displayName, indicator, indicatorRef, op, target, targetPercent,"
                + " timeSliceTarget, timeSliceWindow, value]",
            "t.yaml"),
        rejected(HEAD + SLI + "  objectives:\n    - target: 0.5\n      tagret: 0.9\n"));

    Problem p = rejected(HEAD + SLI + "  objectives:\n    - target: 1.5\n");
    assertEquals("/spec/objectives/0/target", p.pointer());
    assertEquals("target must be within [0, 1): 1.5", p.message());

    p = rejected(HEAD.replace("openslo/v1", "openslo/v2alpha") + SLI + "  objectives: []\n");
    assertEquals("document", p.rule());
    assertEquals("apiVersion must be openslo/v1: openslo/v2alpha", p.message());
  }

  @Test
  void unsafeYaml_isRejectedByTheSharedSafeReader() {
    assertEquals("alias",
        rejected(HEAD + SLI + "  objectives:\n    - &a {target: 0.9}\n    - *a\n").rule());
    assertEquals("tag", rejected(HEAD + SLI + "  objectives:\n    - target: !!float 0.9\n")
        .rule());
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> OpenSloImport.read(
                HEAD + SLI + "  service: again\n  objectives:\n    - target: 0.9\n",
                "t.yaml", "always"));
    assertEquals("duplicate-key", e.problems().get(0).rule());
  }

  @Test
  void missingSliReference_namesTheSlisThere() {
    Problem p = rejected(HEAD + "  indicatorRef: nope\n  objectives:\n    - target: 0.9\n");
    assertEquals(new Problem("/spec/indicatorRef", 11, 17, "reference",
        "no SLI document named nope in t.yaml; SLIs here: []", "t.yaml"), p);
  }

  @Test
  void badArguments_areNamed() {
    assertEquals("window",
        assertThrows(NullPointerException.class, () -> OpenSloImport.read("", "t", null))
            .getMessage());
    assertEquals("Window must not be blank: ' '",
        assertThrows(IllegalArgumentException.class, () -> OpenSloImport.read("", "t", " "))
            .getMessage());
  }
}
