package dev.servicelevel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.evaluation.Compliance;
import dev.servicelevel.evaluation.Observations;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.json.AgreementDocuments;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;
import tools.jackson.databind.JsonNode;

/** Every endpoint over real HTTP on an ephemeral loopback port, answers checked in process. */
class ServerHttpTest {

  static final Instant NOW = Instant.parse("2025-11-20T12:00:00Z");
  static final String SLA = "/v1/agreements/ecoshop-sla";
  static final Codec CODEC = Fixtures.CODEC;
  static SlaServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = Fixtures.start(Clock.fixed(NOW, ZoneOffset.UTC), "--port", "0");
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode tree(String json) {
    return Json.MAPPER.readTree(json);
  }

  // ---- GET /health, /v1/agreements, /v1/agreements/{id} ----

  @Test
  void health_isUpWithTheAgreementCount() {
    Http.Response r = http.get("/health");
    assertEquals(200, r.status());
    assertEquals("application/json", r.contentType());
    assertEquals("UP", r.json().get("status").asString());
    assertEquals(4, r.json().get("agreements").asInt());
  }

  @Test
  void agreements_listsIdNameKindAndValidity() {
    JsonNode list = http.get("/v1/agreements").json().get("agreements");
    assertEquals(List.of("dev-ola", "ecoshop-sla", "hosting-uc", "ops-ola"),
        Fixtures.list(list).stream().map(a -> a.get("id").asString()).toList());
    JsonNode a = list.get(1);
    assertEquals("ecoshop-sla", a.get("id").asString());
    assertEquals("EcoShop online shop", a.get("name").asString());
    assertEquals("SLA", a.get("kind").asString());
    assertEquals("2025-01-01", a.get("validity").get("start").asString());
    assertEquals("2027-01-01", a.get("validity").get("endExclusive").asString());
  }

  @Test
  void agreement_isItsDocument() {
    Http.Response r = http.get(SLA);
    assertEquals(200, r.status());
    assertEquals(tree(AgreementDocuments.toJson(Fixtures.SLA)), r.json());
    assertEquals(Fixtures.SLA, AgreementDocuments.read(r.body()).agreement("ecoshop-sla")
        .orElseThrow());
  }

  // ---- POST /v1/agreements:validate ----

  static String bundled(String name) throws java.io.IOException {
    try (java.io.InputStream in =
        SlaServer.class.getResourceAsStream("agreements/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void validate_aYamlDocumentNamingTheServersCalendarsGivesItsNormalisedJson()
      throws Exception {
    Http.Response r = http.post("/v1/agreements:validate", "application/yaml",
        bundled("ecoshop-sla.yaml"));
    assertEquals(200, r.status(), r::toString);
    assertEquals(tree(AgreementDocuments.toJson(Fixtures.SLA)), r.json());
  }

  @Test
  void validate_aJsonDocumentGivesItself() {
    String json = http.get(SLA).body();
    Http.Response r = http.post("/v1/agreements:validate", "application/json", json);
    assertEquals(200, r.status(), r::toString);
    assertEquals(tree(json), r.json());
  }

  @Test
  void validate_aYamlStreamGivesEveryDocument() throws Exception {
    Http.Response r = http.post("/v1/agreements:validate", "text/yaml",
        bundled("calendars.yaml").replace("prime-time", "prime-time-2") + "\n---\n"
            + bundled("ops-ola.yaml").replace("calendar: prime-time", "calendar: prime-time-2"));
    assertEquals(200, r.status(), r::toString);
    assertEquals(2, r.json().size(), r::toString);
    assertEquals("Calendar", r.json().get(0).get("kind").asString());
    assertEquals("Agreement", r.json().get(1).get("kind").asString());
  }

  @Test
  void validate_listsEveryProblemWithItsPlace() throws Exception {
    String yaml = bundled("ecoshop-sla.yaml").replace("minimum: 99.9", "minimum: abc")
        .replace("  zone: Europe/Berlin", "  zone: Europe/Berlin\n  colour: red");
    Http.Response r = http.post("/v1/agreements:validate", "application/yaml", yaml);
    assertEquals(422, r.status(), r::toString);
    JsonNode problems = r.json().get("problems");
    assertEquals(2, problems.size(), r::toString);
    assertEquals("/spec/colour", problems.get(0).get("pointer").asString());
    assertEquals("unknown-field", problems.get(0).get("rule").asString());
    assertEquals(25, problems.get(0).get("line").asInt());
    assertEquals("/spec/targets/0/minimum", problems.get(1).get("pointer").asString());
    assertTrue(problems.get(1).get("message").asString().contains("abc"), r::toString);
    assertTrue(r.json().get("detail").asString().startsWith(
        "2 problems in the document; first at line 25, column 3 (/spec/colour): "), r::body);
  }

  // ---- POST /v1/agreements/{id}/timers ----

  @Test
  void timers_oneTicketEqualsInProcessEvaluation() {
    TicketHistory h = Tickets.random(new SplittableRandom(1), "T-1");
    Http.Response r = http.post(SLA + "/timers?asOf=2025-11-30T00:00:00Z", "application/json",
        Tickets.json(h));
    assertEquals(200, r.status(), r::toString);
    JsonNode results = r.json().get("results");
    assertEquals(2, results.size(), "respond and resolve");
    assertEquals(Fixtures.timers(Fixtures.SLA, h, Instant.parse("2025-11-30T00:00:00Z")),
        Fixtures.list(results));
  }

  @Test
  void timers_aListGivesOneResultPerTicketAndTimerTargetInOrder() {
    SplittableRandom random = new SplittableRandom(2);
    List<TicketHistory> tickets = new ArrayList<>();
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < 5; i++) {
      TicketHistory h = Tickets.random(random, "T-" + i);
      tickets.add(h);
      body.append(i == 0 ? "" : ",").append(Tickets.json(h));
    }
    JsonNode results = http.post(SLA + "/timers", "application/json", body + "]").json()
        .get("results");
    List<JsonNode> expected = new ArrayList<>();
    tickets.forEach(h -> expected.addAll(Fixtures.timers(Fixtures.SLA, h, NOW)));
    assertEquals(10, results.size());
    assertEquals(expected, Fixtures.list(results));
  }

  @Test
  void timers_withoutAsOfEvaluateAtTheServersClock() {
    JsonNode r = http.post(SLA + "/timers", "application/json; charset=utf-8", "[]").json();
    assertEquals(NOW.toString(), r.get("asOf").asString());
    assertEquals(0, r.get("results").size());
  }

  // ---- POST /v1/agreements/{id}/reports ----

  static final String OUTAGES_JSON =
      "{\"apiVersion\":\"servicelevel.dev/v1\",\"kind\":\"Observations\",\"records\":["
      + "{\"record\":\"outage\",\"id\":\"o1\",\"service\":\"shop\","
      + "\"start\":\"2025-11-04T10:00:00Z\",\"end\":\"2025-11-04T11:30:00Z\"},"
      + "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-11-04T10:00:00Z\","
      + "\"value\":\"250\"},"
      + "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-11-05T10:00:00Z\","
      + "\"value\":310.5}]}";

  static final String OUTAGES_LINES =
      "{\"record\":\"outage\",\"id\":\"o1\",\"service\":\"shop\","
      + "\"start\":\"2025-11-04T10:00:00Z\",\"end\":\"2025-11-04T11:30:00Z\"}\n"
      + "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-11-04T10:00:00Z\","
      + "\"value\":\"250\"}\r\n\n"
      + "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-11-05T10:00:00Z\","
      + "\"value\":310.5}";

  static PeriodReport inProcess(Instant asOf) {
    Observations o = Observations.builder()
        .outages(List.of(Outage.of("o1", "shop", Interval.of(
            Instant.parse("2025-11-04T10:00:00Z"), Instant.parse("2025-11-04T11:30:00Z")))))
        .build();
    return Compliance.evaluate(Fixtures.SLA, LocalDate.of(2025, 11, 1), asOf, withSamples(o));
  }

  static Observations withSamples(Observations o) {
    Observations.Builder b = Observations.builder();
    o.outages().forEach(b::outages);
    b.samples("latency", List.of(
        dev.servicelevel.evaluation.Sample.of(Instant.parse("2025-11-04T10:00:00Z"),
            new BigDecimal("250")),
        dev.servicelevel.evaluation.Sample.of(Instant.parse("2025-11-05T10:00:00Z"),
            new BigDecimal("310.5"))));
    return b.build();
  }

  @Test
  void report_jsonEqualsInProcessEvaluationAtThePeriodsEnd() {
    Http.Response r = http.post(SLA + "/reports?period=2025-11", "application/json",
        OUTAGES_JSON);
    assertEquals(200, r.status(), r::toString);
    JsonNode report = r.json();
    assertEquals(tree(CODEC.periodReport(inProcess(Instant.parse("2025-11-30T23:00:00Z")))),
        report);
    assertTrue(report.get("complete").asBoolean());
    assertEquals("BREACHED", report.get("results").get(0).get("status").asString());
  }

  @Test
  void report_jsonLinesStreamedEqualTheJsonDocument() {
    HttpRequest request = http.request(SLA + "/reports?period=2025-11")
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
            new ByteArrayInputStream(OUTAGES_LINES.getBytes(StandardCharsets.UTF_8))))
        .build();
    Http.Response lines = http.send(request);
    assertEquals(200, lines.status(), lines::toString);
    assertEquals(http.post(SLA + "/reports?period=2025-11", "application/json", OUTAGES_JSON)
        .json(), lines.json());
  }

  @Test
  void report_asOfBeforeThePeriodsEndIsNotComplete() {
    Instant asOf = Instant.parse("2025-11-10T00:00:00Z");
    JsonNode report = http.post(SLA + "/reports?period=2025-11&asOf=" + asOf,
        "application/json", OUTAGES_JSON).json();
    assertFalse(report.get("complete").asBoolean());
    assertEquals(tree(CODEC.periodReport(inProcess(asOf))), report);
  }

  @Test
  void report_htmlShowsExactFiguresForAcceptTextHtml() {
    Http.Response r = http.post(SLA + "/reports?period=2025-11", "application/json",
        OUTAGES_JSON, "Accept", "text/html, application/json;q=0.5");
    assertEquals(200, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("text/html"), r::toString);
    PeriodReport expected = inProcess(Instant.parse("2025-11-30T23:00:00Z"));
    String achieved = expected.result("shop-prime").orElseThrow().achieved().orElseThrow()
        .toPlainString();
    assertTrue(r.body().contains("<td class=\"BREACHED\">BREACHED</td><td>" + achieved + " %"),
        r::body);
    assertEquals(ReportHtml.render(Fixtures.SLA, expected), r.body());
    assertTrue(r.body().contains("<h1>EcoShop online shop</h1>"), r::body);
  }

  @Test
  void reportHtml_escapesText() {
    assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", ReportHtml.esc("<b> & \"x\" 'y'"));
  }

  // ---- GET /openapi.json ----

  @Test
  void openapi_isJson() {
    Http.Response r = http.get("/openapi.json");
    assertEquals(200, r.status());
    assertEquals("3.1.0", r.json().get("openapi").asString());
  }
}
