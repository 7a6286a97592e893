package dev.servicelevel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bearer token, the bound address, the evaluation slots and the idle timeout. */
class SafetyTest {

  static SlaServer start(Optional<String> token, String... args) {
    return SlaServer.start(ServerOptions.parse(args), Fixtures.CATALOG, Fixtures.CODEC,
        Clock.systemUTC(), token);
  }

  // ---- bearer token ----

  @Test
  void token_guardsEverythingButHealth() {
    try (SlaServer server = start(Optional.of("s3cr3t-Token"), "--port", "0")) {
      Http http = new Http(server.port());
      assertEquals(200, http.get("/health").status());
      Http.Response none = http.get("/v1/agreements");
      assertEquals(401, none.status(), none::toString);
      assertEquals("application/problem+json", none.contentType());
      assertTrue(none.body().contains("Authorization: Bearer <token> is required"), none::body);
      assertEquals("Bearer realm=\"sla-server\"",
          none.raw.headers().firstValue("WWW-Authenticate").orElse(""));
      Http.Response wrong = http.get("/v1/agreements", "Authorization", "Bearer s3cr3t-Toke");
      assertEquals(401, wrong.status());
      assertTrue(wrong.body().contains("not the server's"), wrong::body);
      assertEquals(401, http.get("/openapi.json", "Authorization", "Basic s3cr3t-Token")
          .status());
      assertEquals(401, http.post("/v1/agreements/ecoshop-sla/timers", "application/json", "[]",
          "Authorization", "Bearer s3cr3t-Token2").status());
      assertEquals(401, http.get("/nowhere").status(), "unknown paths are guarded too");
      assertEquals(200, http.get("/v1/agreements", "Authorization", "Bearer s3cr3t-Token")
          .status());
      assertEquals(200, http.post("/v1/agreements/ecoshop-sla/timers", "application/json",
          "[]", "Authorization", "bearer s3cr3t-Token").status());
    }
  }

  @Test
  void tokenFile_isReadStrippedAndChecked(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("token");
    Files.writeString(file, "abc.DEF-123_~+/=\n");
    assertEquals("abc.DEF-123_~+/=", SlaServer.readToken(file));
    Files.writeString(file, "  \n");
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> SlaServer.readToken(file));
    assertTrue(empty.getMessage().startsWith("Token file is empty: "), empty::getMessage);
    Files.writeString(file, "two words");
    IllegalArgumentException space =
        assertThrows(IllegalArgumentException.class, () -> SlaServer.readToken(file));
    assertTrue(space.getMessage().contains("characters a bearer token cannot have"));
    Files.writeString(file, "x".repeat(5000));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SlaServer.readToken(file))
        .getMessage().startsWith("Token file is over 4096 bytes"));
    assertThrows(UncheckedIOException.class, () -> SlaServer.readToken(dir.resolve("none")));
  }

  // ---- binding ----

  @Test
  void bindsToLoopbackByDefault() {
    assertEquals("127.0.0.1", ServerOptions.defaults().bind());
    try (SlaServer server = start(Optional.empty(), "--port", "0")) {
      String host = ((org.eclipse.jetty.server.ServerConnector) server.connector()).getHost();
      assertEquals("127.0.0.1", host);
    }
  }

  // ---- bounded concurrency ----

  @Test
  void busy_aRequestThatFindsNoSlotInTimeGets503AndTheServiceRecovers() throws Exception {
    try (SlaServer server = start(Optional.empty(), "--port", "0", "--max-concurrent", "1",
        "--timeout", "1")) {
      Http http = new Http(server.port());
      PipedOutputStream feed = new PipedOutputStream();
      PipedInputStream body = new PipedInputStream(feed);
      HttpRequest slow = http.request("/v1/agreements/ecoshop-sla/timers")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
          .build();
      CompletableFuture<HttpResponse<String>> held =
          http.client.sendAsync(slow, HttpResponse.BodyHandlers.ofString());
      feed.write('[');
      feed.flush();
      // Whitespace keeps the slow request from idling out while the others ask.
      java.util.concurrent.atomic.AtomicBoolean feeding =
          new java.util.concurrent.atomic.AtomicBoolean(true);
      Thread feeder = new Thread(() -> {
        try {
          while (feeding.get()) {
            feed.write(' ');
            feed.flush();
            Thread.sleep(100);
          }
          feed.write(']');
          feed.close();
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      feeder.start();
      // The slow request holds the only slot once the server has read its first byte; until
      // then the other request may take the slot first, so ask until one is refused.
      Http.Response refused = null;
      for (int i = 0; i < 50 && refused == null; i++) {
        Http.Response r = http.post("/v1/agreements/ecoshop-sla/timers", "application/json",
            "[]");
        if (r.status() == 503) {
          refused = r;
        } else {
          assertEquals(200, r.status(), r::toString);
        }
      }
      assertTrue(refused != null, "no request was refused");
      assertEquals("1", refused.raw.headers().firstValue("Retry-After").orElse(""));
      assertTrue(refused.body().contains("Every evaluation slot stayed busy for 1000 ms"),
          refused::body);
      feeding.set(false);
      feeder.join();
      assertEquals(200, held.get().statusCode());
      assertEquals(200, http.post("/v1/agreements/ecoshop-sla/timers", "application/json", "[]")
          .status());
    }
  }

  // ---- timeouts ----

  @Test
  void timeout_aClientThatStopsSendingIsCutOffAndOthersAreServed() throws Exception {
    try (SlaServer server = start(Optional.empty(), "--port", "0", "--timeout", "1")) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        s.setSoTimeout(30_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /v1/agreements/ecoshop-sla/timers HTTP/1.1\r\nHost: x\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n[")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // Nothing more is sent: the server must end the exchange by itself (an answer or a
        // closed connection), not wait for ever.
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[4096];
        int n;
        StringBuilder answer = new StringBuilder();
        while ((n = in.read(buffer)) > 0) {
          answer.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
        }
        assertTrue(answer.length() == 0 || !answer.toString().contains(" 200 "),
            answer::toString);
      }
      assertEquals(200, new Http(server.port()).get("/health").status());
    }
  }
}
