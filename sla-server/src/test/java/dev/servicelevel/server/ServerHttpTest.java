package dev.servicelevel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerHttpTest {

  static final Instant NOW = Instant.parse("2025-11-20T12:00:00Z");
  static SlaServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = SlaServer.start(ServerOptions.parse("--port", "0", "--max-body", "64KB"),
        Catalog.of(List.of(EcoShop.SLA)), new BasicCodec(), Clock.fixed(NOW, ZoneOffset.UTC),
        Optional.empty());
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void explore() {
    System.out.println(http.get("/health"));
    System.out.println(http.get("/nope"));
    System.out.println(http.post("/health", "application/json", "{}"));
    System.out.println(http.get("/v1/agreements"));
    System.out.println(http.get("/v1/agreements/x"));
    System.out.println(http.post("/v1/agreements:validate", "text/plain", "x"));
    System.out.println(http.post("/v1/agreements/ecoshop-sla/timers", "application/json",
        "{\"ticketId\":\"T-1\",\"events\":[{\"at\":\"2025-11-03T09:00:00Z\",\"type\":\"created\","
            + "\"fields\":{\"priority\":\"P1\"}},{\"at\":\"2025-11-03T09:20:00Z\",\"type\":\"agent-reply\"}]}"));
    System.out.println(http.post("/v1/agreements/ecoshop-sla/timers", "application/json", "{\"a\": [1,}"));
    System.out.println(http.post("/v1/agreements/ecoshop-sla/reports?period=2025-11", "application/json", "{}"));
    System.out.println(http.post("/v1/agreements/ecoshop-sla/reports?period=2025-11", "application/json", "{}", "Accept", "text/html"));
    System.out.println(http.post("/v1/agreements/ecoshop-sla/timers", "application/json", "[" + "1,".repeat(40000) + "1]"));
    assertTrue(true);
  }
}
