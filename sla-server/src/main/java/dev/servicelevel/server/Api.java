package dev.servicelevel.server;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.json.AgreementDocuments;
import dev.servicelevel.json.DocumentFormat;
import dev.servicelevel.json.Documents;
import dev.servicelevel.json.Mappers;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The handlers of the v1 endpoints: each reads its request through {@link Bodies} and the
 * {@link Codec}, evaluates with sla-core, and writes JSON (or HTML); every bad input ends in an
 * {@link HttpProblem}.
 *
 * <p>This class is thread-safe: it holds only read-only state and a semaphore.
 */
final class Api {

  static final String JSON = "application/json";
  static final Set<String> DOCUMENT_TYPES =
      Set.of(JSON, "application/yaml", "application/x-yaml", "text/yaml");
  static final Set<String> JSON_TYPES = Set.of(JSON);
  static final Set<String> OBSERVATION_TYPES =
      Set.of(JSON, "application/jsonl", "application/x-ndjson", "application/ndjson");

  /** Agreement documents are small: the YAML parser never sees more than this many bytes. */
  static final long MAX_DOCUMENT_BYTES = Mappers.MAX_DOCUMENT_BYTES;

  private final Catalog catalog;
  private final Codec codec;
  private final Clock clock;
  private final long maxBody;
  private final Semaphore slots;
  private final long slotWaitMillis;

  Api(Catalog catalog, Codec codec, Clock clock, ServerOptions options) {
    this.catalog = catalog;
    this.codec = codec;
    this.clock = clock;
    this.maxBody = options.maxBody();
    this.slots = new Semaphore(options.maxConcurrent(), true);
    this.slotWaitMillis = options.timeout().toMillis();
  }

  // ---- GET /health, GET /v1/agreements, GET /v1/agreements/{id} ----

  void health(Context ctx) {
    ObjectNode n = Json.NODES.objectNode();
    n.put("status", "UP");
    n.put("agreements", catalog.all().size());
    json(ctx, 200, n);
  }

  void list(Context ctx) {
    ObjectNode n = Json.NODES.objectNode();
    ArrayNode list = n.putArray("agreements");
    for (Agreement a : catalog.all()) {
      ObjectNode o = list.addObject();
      o.put("id", a.id());
      o.put("name", a.title());
      o.put("kind", a.kind().name());
      ObjectNode v = o.putObject("validity");
      v.put("start", a.validity().getStart().toString());
      v.put("endExclusive", a.validity().getEnd().toString());
    }
    json(ctx, 200, n);
  }

  void get(Context ctx) {
    raw(ctx, AgreementDocuments.toJson(catalog.require(ctx.pathParam("id"))));
  }

  // ---- POST /v1/agreements:validate ----

  void validate(Context ctx) {
    String type = Bodies.requireMediaType(ctx.contentType(), DOCUMENT_TYPES);
    DocumentFormat format = type.equals(JSON) ? DocumentFormat.JSON : DocumentFormat.YAML;
    byte[] body = Bodies.readAll(ctx, Math.min(maxBody, MAX_DOCUMENT_BYTES));
    Documents docs = withSlot(() -> AgreementStore.validate(body, format, catalog));
    List<String> out = new ArrayList<>();
    docs.calendars().forEach((name, c) -> {
      if (!catalog.calendarTexts().containsKey("calendar " + name)) {
        out.add(AgreementDocuments.toJson(name, c));
      }
    });
    docs.agreements().values().forEach(a -> out.add(AgreementDocuments.toJson(a)));
    docs.chains().forEach((id, c) -> out.add(AgreementDocuments.toJson(id, c)));
    raw(ctx, out.size() == 1 ? out.get(0) : "[" + String.join(",", out) + "]");
  }

  // ---- POST /v1/agreements/{id}/timers ----

  void timers(Context ctx) {
    Agreement agreement = catalog.require(ctx.pathParam("id"));
    Bodies.requireMediaType(ctx.contentType(), JSON_TYPES);
    String asOfText = ctx.queryParam("asOf");
    Instant asOf = asOfText == null ? clock.instant() : instant("asOf", asOfText);
    List<TicketTimerTarget> targets = new ArrayList<>();
    for (MetricTarget t : agreement.targets()) {
      if (t instanceof TicketTimerTarget) {
        targets.add((TicketTimerTarget) t);
      }
    }
    InputStream body = Bodies.open(ctx, maxBody);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("agreementId", agreement.id());
      g.writeStringProperty("asOf", asOf.toString());
      g.writeArrayPropertyStart("results");
      withSlot(() -> {
        codec.readTickets(body, h -> {
          for (TicketTimerTarget t : targets) {
            String result;
            try {
              result = codec.timerResult(TicketTimers.evaluate(h, agreement, t.id(), asOf));
            } catch (DateTimeException e) {
              // A ticket that cannot be evaluated is listed with its reason, never dropped.
              g.writeStartObject();
              g.writeStringProperty("ticketId", h.ticketId());
              g.writeStringProperty("targetId", t.id());
              g.writeStringProperty("error", Limits.shown(e.getMessage()));
              g.writeEndObject();
              continue;
            }
            g.writeRawValue(result);
          }
        });
        return null;
      });
      g.writeEndArray();
      g.writeEndObject();
    }
    ctx.status(200).contentType(JSON).result(out.toByteArray());
  }

  // ---- POST /v1/agreements/{id}/reports?period=2025-11 ----

  void reports(Context ctx) {
    Agreement agreement = catalog.require(ctx.pathParam("id"));
    boolean html = wantsHtml(ctx.header("Accept"));
    String type = Bodies.requireMediaType(ctx.contentType(), OBSERVATION_TYPES);
    LocalDate date = period(ctx.queryParam("period"));
    if (!agreement.validity().contains(date)) {
      throw new HttpProblem(HttpProblem.Type.INVALID,
          "Period is outside the validity " + agreement.validity() + " of agreement "
              + Limits.shown(agreement.id()) + ": " + date);
    }
    String asOfText = ctx.queryParam("asOf");
    Instant asOf = asOfText == null ? periodEnd(agreement, date) : instant("asOf", asOfText);
    InputStream body = Bodies.open(ctx, maxBody);
    PeriodReport report = withSlot(() -> {
      PeriodAccumulator acc = PeriodAccumulator.of(agreement, date, asOf);
      codec.readObservations(body, !type.equals(JSON), acc);
      return acc.report();
    });
    if (html) {
      ctx.status(200).contentType("text/html; charset=utf-8")
          .result(ReportHtml.render(agreement, report));
    } else {
      raw(ctx, codec.periodReport(report));
    }
  }

  /** The end of the latest target period holding the date: the default asOf of a report. */
  static Instant periodEnd(Agreement agreement, LocalDate date) {
    Instant end = Instant.MIN;
    for (MetricTarget t : agreement.targets()) {
      Instant e = PeriodRange.of(t.period(), date, agreement.zone()).end();
      end = e.isAfter(end) ? e : end;
    }
    return end.equals(Instant.MIN) ? agreement.validity().getEnd()
        .atStartOfDay(agreement.zone()).toInstant() : end.isAfter(Limits.LATEST)
        ? Limits.LATEST : end;
  }

  static LocalDate period(String text) {
    if (text == null) {
      throw new HttpProblem(HttpProblem.Type.BAD_PARAMETER,
          "Query parameter period is required, a month such as 2025-11 or a date such as "
              + "2025-11-15");
    }
    try {
      if (text.length() <= 8) {
        return YearMonth.parse(text).atDay(1);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new HttpProblem(HttpProblem.Type.BAD_PARAMETER,
          "Query parameter period must be a month such as 2025-11 or a date such as "
              + "2025-11-15: " + Limits.shown(text));
    }
  }

  static Instant instant(String name, String text) {
    Instant at;
    try {
      at = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new HttpProblem(HttpProblem.Type.BAD_PARAMETER, "Query parameter " + name
          + " must be an RFC 3339 instant such as 2025-11-03T09:00:00Z: " + Limits.shown(text));
    }
    try {
      return Limits.requireInstant(name, at);
    } catch (DateTimeException e) {
      throw new HttpProblem(HttpProblem.Type.INVALID, e.getMessage());
    }
  }

  /**
   * Decides between JSON and HTML from an Accept header: the first listed type that either
   * answers decides (quality values are not weighed); no header means JSON.
   */
  static boolean wantsHtml(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    for (String part : accept.split(",")) {
      String t = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
      if (t.equals("text/html")) {
        return true;
      }
      if (t.equals(JSON) || t.equals("application/*") || t.equals("*/*")
          || t.equals("application/problem+json")) {
        return false;
      }
    }
    throw new HttpProblem(HttpProblem.Type.NOT_ACCEPTABLE,
        "A report is given as application/json or text/html: " + Limits.shown(accept));
  }

  interface Work<T> {
    T run();
  }

  /** Runs an evaluation in one of the bounded slots, or answers 503 if none frees in time. */
  <T> T withSlot(Work<T> work) {
    boolean acquired;
    try {
      acquired = slots.tryAcquire(slotWaitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new HttpProblem(HttpProblem.Type.BUSY,
          "Every evaluation slot stayed busy for " + slotWaitMillis + " ms");
    }
    try {
      return work.run();
    } finally {
      slots.release();
    }
  }

  static void raw(Context ctx, String json) {
    ctx.status(200).contentType(JSON).result(json.getBytes(StandardCharsets.UTF_8));
  }

  static void json(Context ctx, int status, JsonNode node) {
    ctx.status(status).contentType(JSON).result(Json.MAPPER.writeValueAsBytes(node));
  }
}
