package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Strict, located errors: every problem with its pointer, line, column and rule. */
class DocumentProblemsTest {

  static final String HEADER = "apiVersion: servicelevel.dev/v1\nkind: Agreement\n";

  static final String MINIMAL =
      HEADER
          + "metadata:\n"
          + "  id: a\n"
          + "  title: A\n"
          + "spec:\n"
          + "  type: SLA\n"
          + "  provider: {id: p, name: P}\n"
          + "  customer: {id: c, name: C}\n"
          + "  validity: {start: 2025-01-01}\n"
          + "  zone: UTC\n"
          + "  services: [{id: s, name: S}]\n"
          + "  calendars:\n"
          + "    always: {zone: UTC, weekly: [{days: [MONDAY], start: '00:00', end: '00:00'}]}\n"
          + "  windows: [{name: w, calendar: always}]\n"
          + "  targets:\n"
          + "  - id: t\n"
          + "    type: AVAILABILITY\n"
          + "    service: s\n"
          + "    window: w\n"
          + "    minimum: 99.9\n";

  static DocumentException fails(String text) {
    return assertThrows(DocumentException.class, () -> AgreementDocuments.read(text));
  }

  static String rules(DocumentException e) {
    return e.problems().stream().map(Problem::rule).collect(Collectors.joining(","));
  }

  @Test
  void minimal_isRead() {
    assertEquals("a", AgreementDocuments.read(MINIMAL).agreement("a").orElseThrow().id());
  }

  @Test
  void unknownField_isLocated() {
    DocumentException e = fails(MINIMAL + "    minimun: 99.9\n");
    Problem p = e.problems().get(0);
    assertEquals("/spec/targets/0/minimun", p.pointer());
    assertEquals("unknown-field", p.rule());
    assertEquals(22, p.line());
    assertTrue(p.message().contains("minimun"), p.message());
    assertTrue(e.getMessage().contains("text:22:"), e.getMessage());
  }

  @Test
  void extensionKeys_areAllowedAnywhere() {
    AgreementDocuments.read(MINIMAL.replace("metadata:\n", "x-origin: crm\nmetadata:\n")
        + "    x-note: {any: [thing]}\n");
  }

  @Test
  void everyProblem_isListedAtOnce() {
    DocumentException e =
        fails(MINIMAL.replace("zone: UTC\n  services", "zone: Mars/Olympus\n  services")
            .replace("minimum: 99.9", "minimum: lots")
            .replace("window: w", "window: nowhere"));
    assertEquals(
        List.of("/spec/zone", "/spec/targets/0/window", "/spec/targets/0/minimum"),
        e.problems().stream().map(Problem::pointer).collect(Collectors.toList()));
    assertEquals("format,reference,format", rules(e));
  }

  @Test
  void modelMessages_areMappedToTheValue() {
    DocumentException e = fails(MINIMAL.replace("minimum: 99.9", "minimum: 100.5"));
    Problem p = e.problems().get(0);
    assertEquals("/spec/targets/0", p.pointer());
    assertEquals("model", p.rule());
    assertTrue(p.message().contains("Availability minimum must be more than 0 and at most 100 %"),
        p.message());
  }

  @Test
  void rulesAcrossParts_nameTheValueThatBreaksThem() {
    Problem p = fails(MINIMAL.replace("customer: {id: c, name: C}", "customer: {id: p, name: C}"))
        .problems().get(0);
    assertEquals("/spec/customer/id", p.pointer());
    assertEquals("model", p.rule());
    assertTrue(p.message().startsWith("Provider and customer must be different parties"),
        p.message());
    p = fails(MINIMAL + "    supports: [other/t]\n").problems().get(0);
    assertEquals("/spec/targets/0/supports", p.pointer());
    assertTrue(p.message().startsWith("Only OLAs and underpinning contracts support"), p.message());
    p = fails(MINIMAL.replace("type: SLA", "type: OLA") + "    supports: [a/t]\n")
        .problems().get(0);
    assertEquals("/spec/targets/0/supports/0", p.pointer());
    String timer =
        MINIMAL
            + "  - id: r\n    type: TICKET_TIMER\n    service: s\n    window: w\n"
            + "    timer: respond\n    goals: [{when: always, within: {elapsed: PT1H}}]\n"
            + "    startWhen: event = \"a\"\n    stopWhen: event = \"b\"\n"
            + "    thresholds: [{type: ESCALATION, shareOfGoal: 50, escalationLevel: 2}]\n";
    p = fails(timer).problems().get(0);
    assertEquals("/spec/targets/1/thresholds/0/escalationLevel", p.pointer());
    assertEquals(30, p.line());
  }

  @Test
  void conditionErrors_nameTheField() {
    String timer =
        MINIMAL
            + "  - id: r\n    type: TICKET_TIMER\n    service: s\n    window: w\n"
            + "    timer: respond\n    goals: [{when: always, within: {elapsed: PT1H}}]\n"
            + "    startWhen: 'event = '\n    stopWhen: event = \"done\"\n";
    Problem p = fails(timer).problems().get(0);
    assertEquals("/spec/targets/1/startWhen", p.pointer());
    assertEquals("model", p.rule());
  }

  @Test
  void missingFields_areRequired() {
    DocumentException e = fails(HEADER + "metadata: {id: a}\nspec: {}\n");
    assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals("/metadata/title")
        && p.rule().equals("required")), e::getMessage);
    assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals("/spec/type")));
  }

  @Test
  void wrongApiVersion_isADocumentProblem() {
    Problem p = fails(MINIMAL.replace("servicelevel.dev/v1", "servicelevel.dev/v2"))
        .problems().get(0);
    assertEquals("/apiVersion", p.pointer());
    assertEquals("document", p.rule());
    assertEquals(1, p.line());
  }

  @Test
  void decimals_neverGoThroughDoubles() {
    String exact = "99.90000000000000000";
    assertEquals(new java.math.BigDecimal(exact),
        ((dev.servicelevel.agreement.AvailabilityTarget)
            AgreementDocuments.read(MINIMAL.replace("99.9", exact)).agreement("a").orElseThrow()
                .targets().get(0)).minimum());
    assertEquals("format", rules(fails(MINIMAL.replace("99.9", ".inf"))));
    assertEquals("format", rules(fails(MINIMAL.replace("99.9", ".nan"))));
    assertEquals("format", rules(fails(MINIMAL.replace("99.9", "1e999999"))));
  }

  @Test
  void unknownCalendar_isAReference() {
    Problem p = fails(MINIMAL.replace("calendar: always", "calendar: sometimes"))
        .problems().get(0);
    assertEquals("/spec/windows/0/calendar", p.pointer());
    assertEquals("reference", p.rule());
  }

  @Test
  void circularCalendars_areFound() {
    String text = MINIMAL.replace(
        "    always: {zone: UTC",
        "    a1: {complement: a2}\n    a2: {union: [a1, always]}\n    always: {zone: UTC");
    DocumentException e = fails(text);
    assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("circle")), e::getMessage);
  }

  // ---- YAML and JSON safety -------------------------------------------------------------------

  @Test
  void aliases_andAnchors_areRefused() {
    DocumentException e = fails(MINIMAL.replace("  provider: {id: p, name: P}",
        "  provider: &who {id: p, name: P}").replace("  customer: {id: c, name: C}",
        "  customer: *who"));
    assertEquals("alias", e.problems().get(0).rule());
    assertEquals("/spec/provider", e.problems().get(0).pointer());
  }

  @Test
  void aliasOfAScalar_isRefused() {
    // the parser does not show anchors on scalars, but every alias is refused
    DocumentException e = fails(MINIMAL.replace("zone: UTC\n  services", "zone: &z UTC\n  services")
        .replace("calendars:\n    always: {zone: UTC", "calendars:\n    always: {zone: *z"));
    assertEquals("alias", e.problems().get(0).rule());
    assertEquals("/spec/calendars/always/zone", e.problems().get(0).pointer());
  }

  @Test
  void tags_areRefused() {
    DocumentException e = fails(MINIMAL.replace("title: A", "title: !!java.net.URL A"));
    assertEquals("tag", e.problems().get(0).rule());
    assertEquals("/metadata/title", e.problems().get(0).pointer());
  }

  @Test
  void duplicateKeys_nameBothPlaces() {
    DocumentException e = fails(MINIMAL + "    minimum: 10\n");
    Problem p = e.problems().get(0);
    assertEquals("duplicate-key", p.rule());
    assertEquals("/spec/targets/0/minimum", p.pointer());
    assertEquals(22, p.line());
    assertTrue(p.message().contains("first at line 21"), p.message());
  }

  @Test
  void duplicateKeys_inJson() {
    DocumentException e = fails("{\"apiVersion\": \"servicelevel.dev/v1\", \"kind\": \"Calendar\","
        + " \"kind\": \"Agreement\"}");
    assertEquals("duplicate-key", e.problems().get(0).rule());
    assertEquals("/kind", e.problems().get(0).pointer());
  }

  @Test
  void deepNesting_isLocated() {
    String deep = "[".repeat(200) + "]".repeat(200);
    Problem p = fails(deep).problems().get(0);
    assertEquals("depth", p.rule());
    assertEquals(1, p.line());
    assertEquals(Mappers.MAX_DEPTH + 1, p.column());
  }

  @Test
  void deepYamlNesting_isLocated() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      sb.append("  ".repeat(i)).append("k:\n");
    }
    Problem p = fails(sb.toString()).problems().get(0);
    assertEquals("depth", p.rule());
    assertTrue(p.line() > 60, p::toString);
  }

  @Test
  void oversizedDocuments_areRefusedBeforeParsing() {
    String huge = "title: \"" + "x".repeat(Mappers.MAX_DOCUMENT_BYTES) + "\"";
    Problem p = fails(huge).problems().get(0);
    assertEquals("size", p.rule());
    assertEquals(0, p.line());
  }

  @Test
  void longStrings_areRefused() {
    String longName = "x".repeat(Mappers.MAX_STRING_LENGTH + 1);
    assertEquals("syntax", rules(fails(MINIMAL.replace("title: A", "title: " + longName))));
  }

  @Test
  void syntaxErrors_carryTheirPlace() {
    Problem p = fails("{\"apiVersion\": \"servicelevel.dev/v1\",\n \"kind\": }").problems().get(0);
    assertEquals("syntax", p.rule());
    assertEquals(2, p.line());
  }

  @Test
  void everyDocumentOfAStream_isRead() {
    String two = "apiVersion: servicelevel.dev/v1\nkind: Calendar\nmetadata: {name: c1}\n"
        + "spec: {zone: UTC}\n---\n"
        + "apiVersion: servicelevel.dev/v1\nkind: Calendar\nmetadata: {name: c2}\n"
        + "spec: {complement: c1}\n";
    assertEquals(List.of("c1", "c2"),
        List.copyOf(AgreementDocuments.read(two).calendars().keySet()));
    DocumentException e = fails(two.replace("{complement: c1}", "{complement: c3}"));
    assertEquals("text#2", e.problems().get(0).source());
  }

  @Test
  void emptyText_isADocumentProblem() {
    assertEquals("document", rules(fails("")));
    assertEquals("document", rules(fails("# nothing\n")));
  }
}
