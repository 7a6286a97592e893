package dev.servicelevel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.evaluation.timer.TicketHistory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 16 clients send 1,000 timer requests each at once over loopback; every answer equals the
 * in-process evaluation of the same ticket. The load is bounded (a fixed number of requests)
 * and stops by itself.
 */
class ConcurrentClientsTest {

  static final int CLIENTS = 16;
  static final int REQUESTS = 1_000;
  static final Instant AS_OF = Instant.parse("2025-11-30T00:00:00Z");

  @Test
  void sixteenClientsGetTheInProcessAnswers() throws Exception {
    try (SlaServer server = Fixtures.start(Clock.systemUTC(), "--port", "0")) {
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      try {
        List<Future<Integer>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          clients.add(pool.submit(() -> {
            Http http = new Http(server.port());
            SplittableRandom random = new SplittableRandom(client);
            int equal = 0;
            for (int i = 0; i < REQUESTS; i++) {
              TicketHistory h = Tickets.random(random, "C" + client + "-" + i);
              Http.Response r = http.post("/v1/agreements/ecoshop-sla/timers?asOf=" + AS_OF,
                  "application/json", Tickets.json(h));
              assertEquals(200, r.status(), r::toString);
              assertEquals(Fixtures.timers(Fixtures.SLA, h, AS_OF),
                  Fixtures.list(r.json().get("results")), h::toString);
              equal++;
            }
            return equal;
          }));
        }
        int total = 0;
        for (Future<Integer> f : clients) {
          total += f.get(10, TimeUnit.MINUTES);
        }
        assertEquals(CLIENTS * REQUESTS, total);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
