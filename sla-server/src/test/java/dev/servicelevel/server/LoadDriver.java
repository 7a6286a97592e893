package dev.servicelevel.server;

import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A small, bounded load driver: timer evaluations per second over HTTP (loopback) with p50 and
 * p99 latency, beside the same evaluations in process. Sends a fixed number of requests and
 * stops by itself.
 *
 * <pre>{@code
 * java -cp sla-server/target/test-classes:sla-server/target/sla-server.jar \
 *     dev.servicelevel.server.LoadDriver [clients 16] [requests per client 2000] [port]
 * }</pre>
 * Without a port it starts a server in its own JVM (EcoShop SLA in code); with one it calls
 * that server, which must serve the EcoShop agreement {@code ecoshop-sla}.
 */
public final class LoadDriver {

  static final Instant AS_OF = Instant.parse("2025-11-30T00:00:00Z");

  /** The EcoShop SLA's ticket-timer targets: each request evaluates both. */
  static final List<String> TARGETS = List.of("respond", "resolve");

  private LoadDriver() {}

  public static void main(String... args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    SlaServer own = null;
    int port;
    if (args.length > 2) {
      port = Integer.parseInt(args[2]);
    } else {
      own = Fixtures.start(Clock.systemUTC(), "--port", "0");
      port = own.port();
    }
    try {
      List<String> bodies = new ArrayList<>();
      List<TicketHistory> tickets = new ArrayList<>();
      SplittableRandom random = new SplittableRandom(42);
      for (int i = 0; i < 4096; i++) {
        TicketHistory h = Tickets.random(random, "T-" + i);
        tickets.add(h);
        bodies.add(Tickets.json(h));
      }
      // Warm-up: both paths, then the measured runs.
      http(port, clients, Math.max(1, requests / 4), bodies);
      inProcess(tickets, 100_000);
      long[] latencies = new long[clients * requests];
      long start = System.nanoTime();
      http(port, clients, requests, bodies, latencies);
      double seconds = (System.nanoTime() - start) / 1e9;
      Arrays.sort(latencies);
      System.out.printf(Locale.ROOT, "HTTP: %d clients x %d requests of one ticket: %.0f "
          + "requests/s = %.0f timer evaluations/s, latency p50 %.2f ms, p99 %.2f ms, "
          + "max %.2f ms%n", clients, requests, latencies.length / seconds,
          2 * latencies.length / seconds, pct(latencies, 50), pct(latencies, 99),
          latencies[latencies.length - 1] / 1e6);
      int n = 500_000;
      long t0 = System.nanoTime();
      long checksum = inProcess(tickets, n);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "in process, one thread: %.0f timer evaluations/s (%d)%n",
          2 * n / s, checksum);
      Codec codec = Fixtures.CODEC;
      t0 = System.nanoTime();
      long bytes = 0;
      for (int i = 0; i < n / 10; i++) {
        for (String target : TARGETS) {
          bytes += codec.timerResult(TicketTimers.evaluate(
              tickets.get(i & 4095), Fixtures.SLA, target, AS_OF)).length();
        }
      }
      s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT,
          "in process with JSON encoding, one thread: %.0f timer evaluations/s (%d bytes)%n",
          2 * n / 10 / s, bytes);
    } finally {
      if (own != null) {
        own.close();
      }
    }
  }

  static long inProcess(List<TicketHistory> tickets, int n) {
    long checksum = 0;
    for (int i = 0; i < n; i++) {
      for (String target : TARGETS) {
        TimerResult r = TicketTimers.evaluate(tickets.get(i & 4095), Fixtures.SLA, target, AS_OF);
        checksum += r.current().elapsed().getSeconds();
      }
    }
    return checksum;
  }

  static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }

  static void http(int port, int clients, int requests, List<String> bodies) throws Exception {
    http(port, clients, requests, bodies, new long[clients * requests]);
  }

  static void http(int port, int clients, int requests, List<String> bodies, long[] latencies)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> all = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        all.add(pool.submit(() -> {
          Http http = new Http(port);
          for (int i = 0; i < requests; i++) {
            String body = bodies.get((client * requests + i) & 4095);
            long t = System.nanoTime();
            Http.Response r = http.post("/v1/agreements/ecoshop-sla/timers?asOf=" + AS_OF,
                "application/json", body);
            latencies[client * requests + i] = System.nanoTime() - t;
            if (r.status() != 200) {
              throw new IllegalStateException(r.toString());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : all) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
