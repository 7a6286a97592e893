package dev.servicelevel.server;

import dev.servicelevel.agreement.Limits;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.json.JavalinJackson3;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sla-server application: a small HTTP service that evaluates the agreements it was started
 * with, for callers that do not embed the engine.
 *
 * <pre>{@code
 * java -jar sla-server/target/sla-server.jar --port 8080 --agreements docs/agreements
 * curl -s localhost:8080/v1/agreements
 * }</pre>
 *
 * <p>Endpoints: {@code GET /health}, {@code GET /v1/agreements}, {@code GET /v1/agreements/{id}},
 * {@code POST /v1/agreements:validate}, {@code POST /v1/agreements/{id}/timers},
 * {@code POST /v1/agreements/{id}/reports}, {@code GET /openapi.json} (the OpenAPI 3.1 document
 * describes each). Errors are RFC 9457 {@code application/problem+json}; bad input is never
 * answered with a 500 or a stack trace.
 *
 * <p>Safety: binds to 127.0.0.1 unless told otherwise; with a token file, every endpoint but
 * {@code /health} asks for {@code Authorization: Bearer <token>}, compared in constant time;
 * the agreements are fixed at start; bodies are limited while read; connections idle longer than
 * the timeout are closed; at most {@link ServerOptions#maxConcurrent()} evaluations run at once
 * and Jetty's queue of waiting requests is bounded.
 *
 * <p>This class is thread-safe.
 */
public final class SlaServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SlaServer.class);

  /** A route: an HTTP method and a path in Javalin's syntax ({@code {id}}). */
  record Route(String method, String path) {}

  /** Every route the service answers, as registered; the OpenAPI test checks it both ways. */
  static final List<Route> ROUTES = List.of(
      new Route("GET", "/health"),
      new Route("GET", "/openapi.json"),
      new Route("GET", "/v1/agreements"),
      new Route("GET", "/v1/agreements/{id}"),
      new Route("POST", "/v1/agreements:validate"),
      new Route("POST", "/v1/agreements/{id}/timers"),
      new Route("POST", "/v1/agreements/{id}/reports"));

  private final Javalin app;
  private final Catalog catalog;
  private final ServerOptions options;

  private SlaServer(Javalin app, Catalog catalog, ServerOptions options) {
    this.app = app;
    this.catalog = catalog;
    this.options = options;
  }

  /**
   * Runs the service until the process ends.
   *
   * @param args  the options of {@link ServerOptions#parse(String...)}
   */
  public static void main(String... args) {
    SlaServer server;
    try {
      server = start(ServerOptions.parse(args));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("sla-server: " + e.getMessage());
      System.err.println("usage: java -jar sla-server.jar [--port 8080] [--bind 127.0.0.1]"
          + " [--agreements DIR] [--token-file FILE] [--max-body 50MB]"
          + " [--max-concurrent 8] [--timeout 30]");
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sla-server-stop"));
    System.out.println("sla-server listening on http://" + server.options.bind() + ":"
        + server.port() + "/ with " + server.catalog.all().size() + " agreements");
  }

  /**
   * Starts the service: loads the agreements and the token, binds and listens.
   *
   * @param options  the options, not null
   * @return the running service, not null
   * @throws NullPointerException if options is null
   * @throws dev.servicelevel.json.DocumentException if an agreement document is invalid (the
   *     message lists every problem with its place)
   * @throws IllegalArgumentException if the token file is empty or holds characters a bearer
   *     token cannot have
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalStateException if the port cannot be bound
   */
  public static SlaServer start(ServerOptions options) {
    Objects.requireNonNull(options, "options");
    Codec codec = new SlaJsonCodec();
    Catalog catalog = Catalog.of(AgreementStore.load(options.agreements()));
    Optional<String> token = options.tokenFile().map(SlaServer::readToken);
    return start(options, catalog, codec, Clock.systemUTC(), token);
  }

  static SlaServer start(
      ServerOptions options, Catalog catalog, Codec codec, Clock clock, Optional<String> token) {
    Api api = new Api(catalog, codec, clock, options);
    Optional<byte[]> tokenHash = token.map(SlaServer::sha256);
    int threads = Math.max(16, options.maxConcurrent() + 8);
    QueuedThreadPool pool = new QueuedThreadPool(threads, 4);
    pool.setName("sla-server");
    Javalin app = Javalin.create(cfg -> {
      cfg.jsonMapper(new JavalinJackson3());
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.http.maxRequestSize = options.maxBody();
      cfg.http.prefer405over404 = true;
      cfg.jetty.threadPool = pool;
      cfg.routes.before(ctx -> authorize(ctx, tokenHash));
      cfg.routes.get("/health", api::health);
      cfg.routes.get("/openapi.json", ctx -> ctx.status(200).contentType(Api.JSON)
          .result(OpenApi.document()));
      cfg.routes.get("/v1/agreements", api::list);
      cfg.routes.get("/v1/agreements/{id}", api::get);
      cfg.routes.post("/v1/agreements:validate", api::validate);
      cfg.routes.post("/v1/agreements/{id}/timers", api::timers);
      cfg.routes.post("/v1/agreements/{id}/reports", api::reports);
      cfg.routes.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e));
      cfg.routes.exception(Exception.class, (e, ctx) -> problem(ctx, unexpected(e)));
      Handler notFound = ctx -> {
        if (!isProblem(ctx)) {
          problem(ctx, new HttpProblem(HttpProblem.Type.NOT_FOUND,
              "No endpoint has this path: " + Limits.shown(ctx.path())));
        }
      };
      cfg.routes.error(404, "*", notFound);
      cfg.routes.error(405, "*", ctx -> {
        if (!isProblem(ctx)) {
          problem(ctx, new HttpProblem(HttpProblem.Type.METHOD_NOT_ALLOWED,
              "This endpoint does not take method " + ctx.method() + ": "
                  + Limits.shown(ctx.path())));
        }
      });
    });
    try {
      app.start(options.bind(), options.port());
    } catch (RuntimeException e) {
      app.stop();
      throw new IllegalStateException("Cannot listen on " + options.bind() + " port "
          + options.port() + ": " + e.getMessage(), e);
    }
    for (Connector c : app.jettyServer().server().getConnectors()) {
      if (c instanceof ServerConnector) {
        ((ServerConnector) c).setIdleTimeout(options.timeout().toMillis());
      }
    }
    return new SlaServer(app, catalog, options);
  }

  /**
   * Gets the port the service listens on (the one chosen when started with port 0).
   *
   * @return the port
   */
  public int port() {
    return app.port();
  }

  /** The first connector, for tests of the bound address. */
  Connector connector() {
    return app.jettyServer().server().getConnectors()[0];
  }

  /** Stops the service: no new connections; requests under way are ended. */
  @Override
  public void close() {
    app.stop();
  }

  // ---- safety ----

  private static void authorize(Context ctx, Optional<byte[]> tokenHash) {
    if (tokenHash.isEmpty() || ctx.path().equals("/health")) {
      return;
    }
    String header = ctx.header("Authorization");
    String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring(7).trim() : "";
    // Hashing first makes the comparison's time independent of both lengths.
    if (!MessageDigest.isEqual(tokenHash.get(), sha256(given))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"sla-server\"");
      throw new HttpProblem(HttpProblem.Type.UNAUTHORIZED,
          header == null ? "Authorization: Bearer <token> is required"
              : "The bearer token is not the server's");
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  static String readToken(Path file) {
    String token;
    try {
      if (Files.size(file) > 4096) {
        throw new IllegalArgumentException("Token file is over 4096 bytes: " + file);
      }
      token = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the token file " + file, e);
    }
    if (token.isEmpty()) {
      throw new IllegalArgumentException("Token file is empty: " + file);
    }
    // RFC 6750 b64token characters only: a token is sent in a header as it is.
    if (!token.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c)
        || "-._~+/=".indexOf(c) >= 0))) {
      throw new IllegalArgumentException("Token file holds characters a bearer token cannot "
          + "have (letters, digits and -._~+/= only): " + file);
    }
    return token;
  }

  // ---- problems ----

  private static HttpProblem unexpected(Exception e) {
    HttpProblem p = findProblem(e);
    if (p != null) {
      return p;
    }
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof java.util.concurrent.TimeoutException) {
        return new HttpProblem(HttpProblem.Type.TIMEOUT,
            "The request body did not arrive in time: " + Limits.shown(t.getMessage()));
      }
      if (t instanceof java.io.IOException) {
        // The client went away or broke the body's framing while it was read.
        return new HttpProblem(HttpProblem.Type.MALFORMED,
            "The request body could not be read: " + Limits.shown(t.getMessage()));
      }
    }
    if (e instanceof IllegalArgumentException || e instanceof DateTimeException) {
      // The engine's documented answer to input it cannot take.
      return new HttpProblem(HttpProblem.Type.INVALID, Limits.shown(e.getMessage()));
    }
    String ref = UUID.randomUUID().toString();
    LOG.error("Internal error " + ref, e);
    return new HttpProblem(HttpProblem.Type.INTERNAL,
        "The request could not be answered; the server log names it " + ref);
  }

  private static HttpProblem findProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpProblem) {
        return (HttpProblem) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/problem+json");
  }

  static void problem(Context ctx, HttpProblem e) {
    HttpProblem.Type type = e.type();
    ObjectNode n = Json.NODES.objectNode();
    n.put("type", type.uri());
    n.put("title", type.title);
    n.put("status", type.status);
    n.put("detail", e.getMessage());
    n.put("instance", Limits.shown(ctx.path()));
    if (!e.problems().isEmpty()) {
      ArrayNode list = n.putArray("problems");
      for (HttpProblem.Located p : e.problems()) {
        ObjectNode o = list.addObject();
        o.put("pointer", p.pointer());
        o.put("line", p.line());
        o.put("column", p.column());
        o.put("rule", p.rule());
        o.put("message", p.message());
      }
    }
    if (type == HttpProblem.Type.BUSY) {
      ctx.header("Retry-After", "1");
    }
    dropUnreadBody(ctx);
    ctx.status(type.status).contentType("application/problem+json")
        .result(Json.MAPPER.writeValueAsBytes(n));
  }

  /** Most bytes of a request body left unread that are read and dropped before a problem. */
  static final long MAX_DROPPED_BODY = 2L << 20;

  /**
   * Reads and drops what is left of the request body, up to {@link #MAX_DROPPED_BODY} bytes,
   * before a problem is answered. A problem is often answered before the body is read (a
   * declared length over the limit, a wrong Content-Type, a missing token); a server that then
   * closes the connection with bytes unread makes TCP reset it, and a client still sending its
   * body may lose the answer. Read to its end, the body leaves the connection open for the next
   * request. A longer body, or one that fails to arrive, is left: the connection is closed after
   * the answer. A client that asked for {@code 100-continue} and whose body the service has not
   * started to read has not sent it, and is not asked to.
   */
  private static void dropUnreadBody(Context ctx) {
    String expect = ctx.header("Expect");
    if (expect != null && expect.equalsIgnoreCase("100-continue") && !Bodies.opened(ctx)) {
      ctx.header("Connection", "close");
      return;
    }
    if (ctx.contentLength() > MAX_DROPPED_BODY) {
      ctx.header("Connection", "close");
      return;
    }
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[8192];
      long dropped = 0;
      for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
        dropped += r;
        if (dropped > MAX_DROPPED_BODY) {
          ctx.header("Connection", "close");
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      ctx.header("Connection", "close");
    }
  }
}
