package dev.servicelevel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Bad requests, one per row: each gets its RFC 9457 problem with the expected status, type and
 * detail, never a 500 or a stack trace, and the service answers the next request.
 */
class BadRequestCatalogueTest {

  static final String SLA = "/v1/agreements/ecoshop-sla";
  static final String TIMERS = SLA + "/timers";
  static final String REPORTS = SLA + "/reports?period=2025-11";
  static final String JSON = "application/json";
  static final String LINES = "application/x-ndjson";
  static final String EVENT = "{\"at\":\"2025-11-03T09:00:00Z\",\"type\":\"created\"}";

  static SlaServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = Fixtures.start(Clock.fixed(Instant.parse("2025-11-20T12:00:00Z"), ZoneOffset.UTC),
        "--port", "0", "--max-body", "64KB");
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /**
   * A bad request and what it must get.
   *
   * @param name  what is wrong
   * @param method  the HTTP method
   * @param path  the path and query
   * @param contentType  the Content-Type, or null for none
   * @param body  the body, or null for none
   * @param chunked  whether the body is sent without a length
   * @param status  the expected status
   * @param type  the expected problem type (last segment)
   * @param detail  a fragment the detail must contain
   * @param pointer  the JSON pointer of the first listed problem, or null if none is listed
   */
  record Case(String name, String method, String path, String contentType, byte[] body,
      boolean chunked, int status, String type, String detail, String pointer) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case post(String name, String path, String type, String body, int status, String slug,
      String detail, String pointer) {
    return new Case(name, "POST", path, type,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8), false, status, slug, detail,
        pointer);
  }

  static Case ticket(String name, String json, String detail, String pointer) {
    return post(name, TIMERS, JSON, json, 422, "invalid", detail, pointer);
  }

  static Case observations(String name, String json, String detail, String pointer) {
    return post(name, REPORTS, JSON, json, 422, "invalid", detail, pointer);
  }

  static Stream<Case> cases() {
    List<Case> c = new ArrayList<>();
    // ---- malformed JSON: 400 with line and column ----
    c.add(post("unclosed object", TIMERS, JSON, "{\"ticketId\": \"T-1\",\n  \"events\": [",
        400, "malformed", "line 2, column", ""));
    c.add(post("trailing comma", TIMERS, JSON, "[1,]", 400, "malformed", "line 1, column 4",
        ""));
    c.add(post("two values", TIMERS, JSON, "{} {}", 400, "malformed", "Trailing content", ""));
    c.add(post("empty body", TIMERS, JSON, "", 400, "malformed", "Request body is empty", ""));
    c.add(new Case("invalid UTF-8", "POST", TIMERS, JSON,
        new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, false, 400,
        "malformed", "UTF-8", ""));
    c.add(post("duplicate key", TIMERS, JSON,
        "{\"ticketId\":\"a\",\"ticketId\":\"b\",\"events\":[]}", 400, "malformed",
        "Duplicate", ""));
    c.add(post("nesting too deep", TIMERS, JSON, "[".repeat(200) + "]".repeat(200), 400,
        "malformed", "nesting depth", ""));
    c.add(post("not JSON at all", TIMERS, JSON, "ticket T-1 created", 400, "malformed",
        "line 1, column", ""));
    c.add(post("malformed JSON line 3", REPORTS, LINES,
        "{\"record\":\"outage\",\"id\":\"o1\",\"service\":\"shop\",\"start\":"
            + "\"2025-11-03T09:00:00Z\",\"end\":\"2025-11-03T09:05:00Z\"}\n\n{\"record\":",
        400, "malformed", "line 3", ""));
    // ---- invalid tickets: 422 with JSON pointers ----
    c.add(ticket("a number, not a ticket", "42", "must be an object", ""));
    c.add(ticket("ticket id missing", "{\"events\":[" + EVENT + "]}", "field id", ""));
    c.add(ticket("events not an array", "{\"id\":\"T-1\",\"events\":{}}", "events",
        "/events"));
    c.add(ticket("instant without offset",
        "{\"id\":\"T-1\",\"events\":[{\"at\":\"2025-11-03T09:00:00\"}]}",
        "RFC 3339", "/events/0/at"));
    c.add(ticket("instant before 1900",
        "{\"id\":\"T-1\",\"events\":[{\"at\":\"1800-01-01T00:00:00Z\"}]}",
        "1800-01-01T00:00:00Z", "/events/0/at"));
    c.add(ticket("unknown field", "{\"id\":\"T-1\",\"events\":[],\"priority\":\"P1\"}",
        "Unknown field", "/priority"));
    c.add(ticket("field value a number",
        "{\"id\":\"T-1\",\"events\":[{\"at\":\"2025-11-03T09:00:00Z\",\"fields\":"
            + "{\"priority\":1}}]}", "priority", "/events/0/fields/priority"));
    c.add(ticket("second ticket of a list bad",
        "[{\"id\":\"T-1\",\"events\":[" + EVENT + "]},{\"id\":7,\"events\":[]}]",
        "/1/id", "/1/id"));
    c.add(ticket("an outage sent as a ticket",
        "{\"record\":\"outage\",\"id\":\"o1\",\"service\":\"shop\",\"start\":"
            + "\"2025-11-03T09:00:00Z\",\"end\":\"2025-11-03T09:05:00Z\"}", "outage", ""));
    // ---- invalid observations: 422 with JSON pointers (and lines) ----
    String doc = "{\"apiVersion\":\"servicelevel.dev/v1\",\"kind\":\"Observations\","
        + "\"records\":[";
    c.add(observations("observations not an object", "[]", "must be a JSON object", ""));
    c.add(observations("unknown field in the frame", "{\"incidents\":[]}", "incidents",
        "/incidents"));
    c.add(observations("outage ends before it starts", doc
        + "{\"record\":\"outage\",\"id\":\"o1\",\"service\":\"shop\","
        + "\"start\":\"2025-11-03T10:00:00Z\",\"end\":\"2025-11-03T09:00:00Z\"}]}",
        "2025-11-03T09:00:00Z", null));
    c.add(observations("sample for a target that takes none", doc
        + "{\"record\":\"sample\",\"target\":\"shop-prime\",\"at\":\"2025-11-03T10:00:00Z\","
        + "\"value\":\"12\"}]}", "shop-prime", null));
    c.add(observations("sample value not a decimal", doc
        + "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-11-03T10:00:00Z\","
        + "\"value\":\"NaN\"}]}", "NaN", null));
    c.add(observations("sample value beyond the decimal bounds", doc
        + "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-11-03T10:00:00Z\","
        + "\"value\":\"1e400\"}]}", "value", null));
    c.add(observations("count with more counted than total", doc
        + "{\"record\":\"count\",\"target\":\"latency\",\"start\":\"2025-11-03T10:00:00Z\","
        + "\"end\":\"2025-11-03T11:00:00Z\",\"counted\":5,\"total\":3}]}", "5", null));
    c.add(post("bad JSON line 2", REPORTS, LINES,
        "{\"record\":\"outage\",\"id\":\"o1\",\"service\":\"shop\",\"start\":"
            + "\"2025-11-03T09:00:00Z\",\"end\":\"2025-11-03T09:05:00Z\"}\n"
            + "{\"record\":\"incident\"}\n", 422, "invalid", "line 2", null));
    // ---- agreement documents ----
    String validate = "/v1/agreements:validate";
    c.add(post("YAML syntax error", validate, "application/yaml",
        "apiVersion: servicelevel.dev/v1\nkind: Agreement\nmetadata:\n  title: [x\n", 400,
        "malformed", "line 4", ""));
    c.add(post("JSON document syntax error", validate, JSON, "{\"apiVersion\": }", 400,
        "malformed", "line 1", ""));
    c.add(post("YAML alias", validate, "application/yaml",
        "apiVersion: &v servicelevel.dev/v1\nkind: *v\n", 422, "invalid",
        "YAML aliases are not accepted: *v", null));
    c.add(post("YAML tag", validate, "application/yaml",
        "apiVersion: !!java.net.URL servicelevel.dev/v1\n", 422, "invalid", "tags", null));
    c.add(post("document of an unknown kind", validate, "application/yaml",
        "apiVersion: servicelevel.dev/v1\nkind: Contract\nmetadata: {id: x}\nspec: {}\n",
        422, "invalid", "Contract", "/kind"));
    c.add(post("document of another version", validate, JSON,
        "{\"apiVersion\":\"servicelevel.dev/v9\",\"kind\":\"Agreement\"}", 422, "invalid",
        "v9", "/apiVersion"));
    c.add(new Case("document not UTF-8", "POST", validate, "application/yaml",
        new byte[] {'a', ':', ' ', (byte) 0xFF}, false, 400, "malformed", "UTF-8", ""));
    // ---- parameters ----
    c.add(post("period missing", SLA + "/reports", JSON, "{}", 400, "bad-parameter",
        "period is required", null));
    c.add(post("period month 13", SLA + "/reports?period=2025-13", JSON, "{}", 400,
        "bad-parameter", "2025-13", null));
    c.add(post("period outside validity", SLA + "/reports?period=2030-01", JSON, "{}", 422,
        "invalid", "outside the validity", null));
    c.add(post("asOf not an instant", TIMERS + "?asOf=yesterday", JSON, "[]", 400,
        "bad-parameter", "yesterday", null));
    c.add(post("asOf after 2400", TIMERS + "?asOf=2500-01-01T00:00:00Z", JSON, "[]", 422,
        "invalid", "2500-01-01T00:00:00Z", null));
    // ---- unknown things: 404, 405 ----
    c.add(post("unknown agreement (timers)", "/v1/agreements/nope/timers", JSON, "[]", 404,
        "not-found", "nope", null));
    c.add(post("unknown agreement (reports)", "/v1/agreements/nope/reports?period=2025-11",
        JSON, "{}", 404, "not-found", "nope", null));
    c.add(new Case("unknown agreement (document)", "GET", "/v1/agreements/nope", null, null,
        false, 404, "not-found", "nope", null));
    c.add(new Case("unknown path", "GET", "/v2/agreements", null, null, false, 404,
        "not-found", "/v2/agreements", null));
    c.add(new Case("control characters in an id are shown escaped", "GET",
        "/v1/agreements/a%0Ab", null, null, false, 404, "not-found", "a\\u000Ab", null));
    c.add(new Case("wrong method", "DELETE", "/v1/agreements", null, null, false, 405,
        "method-not-allowed", "DELETE", null));
    // ---- media types: 415, 406 ----
    c.add(post("text/plain ticket", TIMERS, "text/plain", "[]", 415, "unsupported-media-type",
        "text/plain", null));
    c.add(post("no Content-Type", TIMERS, null, "[]", 415, "unsupported-media-type",
        "Content-Type is required", null));
    c.add(post("latin-1 charset", TIMERS, "application/json; charset=ISO-8859-1", "[]", 415,
        "unsupported-media-type", "UTF-8", null));
    c.add(post("document as text/plain", "/v1/agreements:validate", "text/plain", "x", 415,
        "unsupported-media-type", "text/plain", null));
    c.add(post("JSON Lines for timers", TIMERS, LINES, "{}", 415, "unsupported-media-type",
        "application/x-ndjson", null));
    // ---- size: 413 ----
    String big = "[" + "1,".repeat(40_000) + "1]";
    c.add(post("body over the limit, length declared", TIMERS, JSON, big, 413, "too-large",
        "declares 80003 bytes", null));
    c.add(new Case("body over the limit, chunked", "POST", TIMERS, JSON,
        big.getBytes(StandardCharsets.UTF_8), true, 413, "too-large", "has more", null));
    c.add(new Case("JSON Lines over the limit, chunked", "POST", REPORTS, LINES,
        ("{\"record\":\"outage\",\"x-pad\":\"" + "a".repeat(70_000) + "\"}\n")
            .getBytes(StandardCharsets.UTF_8), true, 413, "too-large", "limit of 65536 bytes",
        null));
    return c.stream();
  }

  /**
   * Sends raw bytes on a new connection, a pause of 300 ms after each part but the last (so that
   * the server answers while the body is still on its way), and reads the answers until the
   * server closes the connection.
   */
  private static String exchange(byte[]... parts) throws IOException, InterruptedException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      for (int i = 0; i < parts.length; i++) {
        out.write(parts[i]);
        out.flush();
        if (i < parts.length - 1) {
          Thread.sleep(300);
        }
      }
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] postHead(long length, String extra) {
    return ascii("POST " + TIMERS + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + extra + "Content-Length: " + length + "\r\n\r\n");
  }

  /**
   * A client that sends a body over the limit whole, as java.net.http does, reads the 413 every
   * time, and its connection serves the next request. Before the service read and dropped the
   * rest of the body, about one such request in thirteen lost its answer to a reset connection
   * ("header parser received no bytes"); 100 in a row all answered.
   */
  @Test
  void aBodyOverTheLimitSentWhole_getsItsAnswerEveryTime() {
    byte[] body = ascii("[" + "1,".repeat(40_000) + "1]");
    for (int i = 0; i < 100; i++) {
      Http.Response r = http.send(http.request(TIMERS)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .header("Content-Type", JSON).build());
      assertEquals(413, r.status(), r::toString);
      assertEquals(200, http.get("/health").status());
    }
  }

  @Test
  void aWrongContentTypeWithALargeBody_getsItsAnswerEveryTime() {
    byte[] body = ascii("x".repeat(60_000));
    for (int i = 0; i < 100; i++) {
      Http.Response r = http.send(http.request(TIMERS)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .header("Content-Type", "text/plain").build());
      assertEquals(415, r.status(), r::toString);
    }
  }

  @Test
  void aDeclaredBodyOverTwoMebibytes_isNotRead_andTheConnectionCloses() throws Exception {
    String answer = exchange(postHead(SlaServer.MAX_DROPPED_BODY + 1, ""), ascii("[1,"));
    assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
    assertTrue(answer.contains("Connection: close"), answer);
    assertTrue(answer.contains("declares " + (SlaServer.MAX_DROPPED_BODY + 1) + " bytes"), answer);
  }

  @Test
  void aClientThatExpects100Continue_isAnsweredWithoutSendingItsBody() throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(postHead(80_003, "Expect: 100-continue\r\n"));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] head = new byte[12];
      int n = 0;
      while (n < head.length) {
        int r = in.read(head, n, head.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      assertEquals("HTTP/1.1 413", new String(head, 0, n, StandardCharsets.US_ASCII),
          "the answer comes without a 100 Continue, and no body was sent");
    }
  }

  @Test
  void catalogueHasAtLeastThirtyCases() {
    assertTrue(cases().count() >= 30, "cases: " + cases().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersWithItsProblem(Case c) {
    HttpRequest.Builder b = http.request(c.path());
    HttpRequest.BodyPublisher publisher = c.body() == null
        ? HttpRequest.BodyPublishers.noBody()
        : c.chunked()
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(c.body()))
            : HttpRequest.BodyPublishers.ofByteArray(c.body());
    b.method(c.method(), publisher);
    if (c.contentType() != null) {
      b.header("Content-Type", c.contentType());
    }
    Http.Response r = http.send(b.build());
    assertEquals(c.status(), r.status(), r::toString);
    assertEquals("application/problem+json", r.contentType(), r::toString);
    JsonNode p = r.json();
    assertEquals("https://servicelevel.dev/problems/" + c.type(), p.get("type").asString());
    assertEquals(c.status(), p.get("status").asInt());
    String detail = p.get("detail").asString();
    assertTrue(detail.contains(c.detail()), () -> "detail: " + detail);
    assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r::toString);
    if (c.pointer() != null) {
      assertEquals(c.pointer(), p.get("problems").get(0).get("pointer").asString(),
          r::toString);
    }
    if (c.status() == 400 && p.has("problems")
        && p.get("problems").get(0).get("rule").asString().endsWith("syntax")) {
      assertTrue(p.get("problems").get(0).get("line").asLong() > 0, r::toString);
    }
    assertEquals(200, http.get("/health").status(), "the service keeps answering");
  }
}
