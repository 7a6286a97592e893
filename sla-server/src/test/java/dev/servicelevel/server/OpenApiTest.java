package dev.servicelevel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI 3.1 document against the real routes (both ways), and real answers against
 * the schemas it declares for them.
 */
class OpenApiTest {

  static SlaServer server;
  static Http http;
  static JsonNode openapi;

  @BeforeAll
  static void start() {
    server = Fixtures.start(Clock.fixed(Instant.parse("2025-11-20T12:00:00Z"), ZoneOffset.UTC),
        "--port", "0");
    http = new Http(server.port());
    openapi = http.get("/openapi.json").json();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static TreeSet<String> documented() {
    TreeSet<String> ops = new TreeSet<>();
    for (Map.Entry<String, JsonNode> p : openapi.get("paths").properties()) {
      for (String method : p.getValue().propertyNames()) {
        ops.add(method.toUpperCase(Locale.ROOT) + " " + p.getKey());
      }
    }
    return ops;
  }

  @Test
  void document_isOpenApi31() {
    assertEquals("3.1.0", openapi.get("openapi").asString());
    assertEquals("https://json-schema.org/draft/2020-12/schema",
        openapi.get("jsonSchemaDialect").asString());
  }

  @Test
  void document_namesExactlyTheRegisteredRoutes() {
    TreeSet<String> routes = new TreeSet<>();
    SlaServer.ROUTES.forEach(r -> routes.add(r.method() + " " + r.path()));
    assertEquals(routes, documented());
  }

  @Test
  void everyDocumentedOperationIsAnsweredByARoute() {
    for (String op : documented()) {
      String method = op.substring(0, op.indexOf(' '));
      String path = op.substring(op.indexOf(' ') + 1).replace("{id}", "ecoshop-sla");
      HttpRequest.Builder b = http.request(path);
      b.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString("{}"));
      b.header("Content-Type", "application/json");
      Http.Response r = http.send(b.build());
      assertNotEquals(405, r.status(), op);
      assertFalse(r.body().contains("No endpoint has this path"), op + " " + r);
      assertTrue(openapi.get("paths").get(op.substring(op.indexOf(' ') + 1))
          .get(method.toLowerCase(Locale.ROOT)).get("responses").has(
              Integer.toString(r.status())), () -> op + " does not list " + r);
    }
  }

  /** Validates an answer against the schema the document declares for its route and status. */
  static void assertConforms(String path, String method, Http.Response r) {
    JsonNode response = openapi.get("paths").get(path).get(method).get("responses")
        .get(Integer.toString(r.status()));
    assertTrue(response != null, () -> path + " " + method + " does not list " + r.status());
    String type = r.contentType().split(";")[0];
    List<Error> errors = errors(response.get("content").get(type).get("schema"), r.json());
    assertEquals(List.of(), errors, () -> path + " " + r);
  }

  static List<Error> errors(JsonNode schema, JsonNode answer) {
    ObjectNode root = (ObjectNode) openapi.deepCopy();
    root.remove("paths");
    root.set("$ref", Json.NODES.stringNode("#/x-answer"));
    root.set("x-answer", schema);
    Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(root);
    return s.validate(answer);
  }

  @Test
  void schemas_rejectAnswersThatDoNotConform() {
    JsonNode document = openapi.get("components").get("schemas").get("AgreementDocument");
    ObjectNode broken = (ObjectNode) http.get("/v1/agreements/ecoshop-sla").json().deepCopy();
    broken.put("apiVersion", "servicelevel.dev/v0");
    assertFalse(errors(document, broken).isEmpty());
    JsonNode health = openapi.get("paths").get("/health").get("get").get("responses").get("200")
        .get("content").get("application/json").get("schema");
    assertEquals(List.of(), errors(health, Json.MAPPER.readTree(
        "{\"status\":\"UP\",\"agreements\":1}")));
    assertEquals(1, errors(health, Json.MAPPER.readTree(
        "{\"status\":\"UP\",\"agreements\":1,\"x\":2}")).size());
    assertEquals(1, errors(health, Json.MAPPER.readTree("{\"status\":\"UP\"}")).size());
  }

  @Test
  void agreementDocumentSchema_isSlaJsonsSchema() throws Exception {
    try (java.io.InputStream in = dev.servicelevel.json.AgreementSchema.class
        .getResourceAsStream(dev.servicelevel.json.AgreementSchema.RESOURCE)) {
      assertEquals(Json.MAPPER.readTree(in),
          openapi.get("components").get("schemas").get("AgreementDocument"));
    }
  }

  @Test
  void answers_conformToTheirDeclaredSchemas() {
    assertConforms("/health", "get", http.get("/health"));
    for (String id : List.of("ecoshop-sla", "ops-ola", "dev-ola", "hosting-uc")) {
      assertConforms("/v1/agreements/{id}", "get", http.get("/v1/agreements/" + id));
    }
    assertConforms("/v1/agreements:validate", "post", http.post("/v1/agreements:validate",
        "application/json", http.get("/v1/agreements/ecoshop-sla").body()));
    assertConforms("/v1/agreements", "get", http.get("/v1/agreements"));
    String ticket = Tickets.json(Tickets.random(new SplittableRandom(3), "T-3"));
    assertConforms("/v1/agreements/{id}/timers", "post",
        http.post("/v1/agreements/ecoshop-sla/timers", "application/json", "[" + ticket + "]"));
    assertConforms("/v1/agreements/{id}/reports", "post",
        http.post("/v1/agreements/ecoshop-sla/reports?period=2025-11", "application/json",
            ServerHttpTest.OUTAGES_JSON));
    List<Http.Response> problems = new ArrayList<>();
    problems.add(http.post("/v1/agreements/ecoshop-sla/timers", "application/json", "{"));
    problems.add(http.post("/v1/agreements/ecoshop-sla/timers", "application/json", "7"));
    problems.add(http.post("/v1/agreements/ecoshop-sla/timers", "text/plain", "7"));
    problems.add(http.post("/v1/agreements/nope/timers", "application/json", "[]"));
    for (Http.Response p : problems) {
      assertConforms("/v1/agreements/{id}/timers", "post", p);
    }
  }
}
