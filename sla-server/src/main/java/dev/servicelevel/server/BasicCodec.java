package dev.servicelevel.server;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.TargetResult;
import dev.servicelevel.evaluation.UnevaluableRecord;
import dev.servicelevel.evaluation.timer.ThresholdStatus;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TimerCycle;
import dev.servicelevel.evaluation.timer.TimerResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.threeten.extra.Interval;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service's own JSON forms of tickets, observations and results, written against Jackson 3
 * directly.
 */
class BasicCodec implements Codec {

  /** At most this many problems are listed in one answer; the count says how many there were. */
  static final int MAX_PROBLEMS = 100;

  static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(1 << 20)
                          .maxNameLength(1 << 16)
                          .maxNestingDepth(64)
                          .maxNumberLength(100)
                          .build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // Checked by parse(), which names the place.
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

  // ---- reading ----

  /** Parses a whole body as one JSON value; malformed text is a 400 with line and column. */
  static JsonNode parse(InputStream body) {
    try (JsonParser p = MAPPER.createParser(body)) {
      return parse(p, 0);
    }
  }

  /** Parses one JSON value and nothing after it, with the parser's location on every error. */
  static JsonNode parse(JsonParser p, long lineOffset) {
    try {
      JsonNode n = MAPPER.readTree(p);
      if (n == null || n.isMissingNode()) {
        throw new HttpProblem(HttpProblem.Type.MALFORMED, "Request body is empty",
            List.of(new HttpProblem.Located("", lineOffset + 1, 1, "json-syntax",
                "Request body is empty")));
      }
      if (p.nextToken() != null) {
        throw malformed("Trailing content after the JSON value", p.currentLocation(),
            lineOffset);
      }
      return n;
    } catch (JacksonException e) {
      HttpProblem inner = find(e);
      if (inner != null) {
        throw inner;
      }
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw malformed(e.getOriginalMessage(), at, lineOffset);
    }
  }

  /** Finds an {@link HttpProblem} (the body limit) that a parser wrapped. */
  static HttpProblem find(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof HttpProblem) {
        return (HttpProblem) t;
      }
    }
    return null;
  }

  static HttpProblem malformed(String message, TokenStreamLocation at, long lineOffset) {
    long line = at == null ? 0 : Math.max(0, at.getLineNr()) + lineOffset;
    long column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String shown = Limits.shown(message == null ? "unreadable" : message);
    return new HttpProblem(
        HttpProblem.Type.MALFORMED,
        "Malformed JSON at line " + line + ", column " + column + ": " + shown,
        List.of(new HttpProblem.Located("", line, column, "json-syntax", shown)));
  }

  @Override
  public void readTickets(InputStream body, Consumer<TicketHistory> sink) {
    JsonNode root = parse(body);
    Problems problems = new Problems(0);
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        TicketHistory h = ticket(root.get(i), "/" + i, problems);
        if (h != null) {
          sink.accept(h);
        }
      }
    } else if (root.isObject()) {
      TicketHistory h = ticket(root, "", problems);
      if (h != null) {
        sink.accept(h);
      }
    } else {
      problems.add("", "ticket", "A ticket history must be an object or an array of them: "
          + kind(root));
    }
    problems.throwIfAny("ticket histories");
  }

  @Override
  public void readObservations(InputStream body, boolean lines, PeriodAccumulator accumulator) {
    if (!lines) {
      JsonNode root = parse(body);
      Problems problems = new Problems(0);
      if (!root.isObject()) {
        problems.add("", "observations", "Observations must be an object: " + kind(root));
      } else {
        fields(root, "", problems, "outages", "tickets", "samples", "counts");
        String[] lists = {"outages", "tickets", "samples", "counts"};
        for (String name : lists) {
          JsonNode list = root.get(name);
          if (list == null) {
            continue;
          }
          if (!list.isArray()) {
            problems.add("/" + name, "observations", name + " must be an array: " + kind(list));
            continue;
          }
          for (int i = 0; i < list.size(); i++) {
            record(name, list.get(i), "/" + name + "/" + i, problems, accumulator);
          }
        }
      }
      problems.throwIfAny("observations");
      return;
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(body,
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)));
    Problems problems = new Problems(0);
    long lineNumber = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try (JsonParser p = MAPPER.createParser(line)) {
          node = parse(p, lineNumber - 1);
        }
        problems.line = lineNumber;
        if (!node.isObject() || !node.path("record").isString()) {
          problems.add("/record", "record", "A line must be an object with a record kind: "
              + "outage, ticket, sample or count");
          continue;
        }
        String kind = node.get("record").asString();
        String list = kind + "s";
        if (!List.of("outages", "tickets", "samples", "counts").contains(list)) {
          problems.add("/record", "record", "Unknown record kind: " + Limits.shown(kind));
          continue;
        }
        ((ObjectNode) node).remove("record");
        record(list, node, "", problems, accumulator);
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new HttpProblem(HttpProblem.Type.MALFORMED,
          "Malformed UTF-8 after line " + lineNumber);
    } catch (IOException e) {
      if (e.getCause() instanceof HttpProblem) {
        throw (HttpProblem) e.getCause();
      }
      throw new UncheckedIOException(e);
    }
    problems.throwIfAny("observations");
  }

  private static void record(
      String list, JsonNode n, String at, Problems problems, PeriodAccumulator accumulator) {
    int before = problems.count;
    try {
      switch (list) {
        case "outages": {
          fields(n, at, problems, "id", "service", "start", "end");
          Outage o = Outage.of(text(n, at, "id", problems), text(n, at, "service", problems),
              interval(n, at, problems));
          if (problems.count == before) {
            accumulator.add(o);
          }
          break;
        }
        case "tickets": {
          TicketHistory h = ticket(n, at, problems);
          if (h != null && problems.count == before) {
            accumulator.add(h);
          }
          break;
        }
        case "samples": {
          fields(n, at, problems, "target", "at", "value");
          String target = text(n, at, "target", problems);
          Instant when = instant(n, at, "at", problems);
          BigDecimal value = decimal(n, at, "value", problems);
          if (problems.count == before) {
            accumulator.add(target, when, value);
          }
          break;
        }
        default: {
          fields(n, at, problems, "target", "start", "end", "counted", "total");
          String target = text(n, at, "target", problems);
          Interval i = interval(n, at, problems);
          long counted = count(n, at, "counted", problems);
          long total = count(n, at, "total", problems);
          if (problems.count == before) {
            accumulator.add(target, EventCount.of(i, counted, total));
          }
          break;
        }
      }
    } catch (Missing m) {
      // already listed
    } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
      problems.add(at, "model", Limits.shown(e.getMessage()));
    }
  }

  private static TicketHistory ticket(JsonNode n, String at, Problems problems) {
    int before = problems.count;
    try {
      fields(n, at, problems, "ticketId", "events");
      String id = text(n, at, "ticketId", problems);
      JsonNode events = n.get("events");
      List<TicketEvent> list = new ArrayList<>();
      if (events == null || !events.isArray()) {
        problems.add(at + "/events", "required", "events must be an array: " + kind(events));
        return null;
      }
      for (int i = 0; i < events.size(); i++) {
        JsonNode e = events.get(i);
        String ea = at + "/events/" + i;
        if (!e.isObject()) {
          problems.add(ea, "type", "An event must be an object: " + kind(e));
          continue;
        }
        try {
          fields(e, ea, problems, "at", "type", "fields", "cleared");
          TicketEvent.Builder b = TicketEvent.builder().at(instant(e, ea, "at", problems));
          if (e.has("type")) {
            b.type(text(e, ea, "type", problems));
          }
          JsonNode f = e.get("fields");
          if (f != null) {
            if (!f.isObject()) {
              problems.add(ea + "/fields", "type", "fields must be an object: " + kind(f));
            } else {
              for (Map.Entry<String, JsonNode> fe : f.properties()) {
                if (!fe.getValue().isString()) {
                  problems.add(ea + "/fields/" + escape(fe.getKey()), "type",
                      "A field value must be a string: " + kind(fe.getValue()));
                } else {
                  b.putFields(fe.getKey(), fe.getValue().asString());
                }
              }
            }
          }
          JsonNode c = e.get("cleared");
          if (c != null) {
            if (!c.isArray()) {
              problems.add(ea + "/cleared", "type", "cleared must be an array: " + kind(c));
            } else {
              for (int j = 0; j < c.size(); j++) {
                if (!c.get(j).isString()) {
                  problems.add(ea + "/cleared/" + j, "type",
                      "A cleared field must be a string: " + kind(c.get(j)));
                } else {
                  b.addClearedFields(c.get(j).asString());
                }
              }
            }
          }
          list.add(b.build());
        } catch (Missing m) {
          // listed
        } catch (IllegalArgumentException | DateTimeException | NullPointerException | 
            IllegalStateException x) {
          problems.add(ea, "model", Limits.shown(x.getMessage()));
        }
      }
      if (problems.count != before) {
        return null;
      }
      return TicketHistory.of(id, list);
    } catch (Missing m) {
      return null;
    } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
      problems.add(at, "model", Limits.shown(e.getMessage()));
      return null;
    }
  }

  /** A required value is missing or of the wrong type; already listed. */
  private static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Missing() {
      super(null, null, false, false);
    }
  }

  private static void fields(JsonNode n, String at, Problems problems, String... known) {
    if (!n.isObject()) {
      problems.add(at, "type", "A record must be an object: " + kind(n));
      throw new Missing();
    }
    for (String name : n.propertyNames()) {
      if (!List.of(known).contains(name)) {
        problems.add(at + "/" + escape(name), "unknown-field",
            "Unknown field: " + Limits.shown(name));
      }
    }
  }

  private static String text(JsonNode n, String at, String name, Problems problems) {
    JsonNode v = n.get(name);
    if (v == null || !v.isString()) {
      problems.add(at + "/" + name, v == null ? "required" : "type",
          name + " must be a string: " + kind(v));
      throw new Missing();
    }
    return v.asString();
  }

  private static Instant instant(JsonNode n, String at, String name, Problems problems) {
    String s = text(n, at, name, problems);
    try {
      return Limits.requireInstant(name, Instant.parse(s));
    } catch (DateTimeParseException e) {
      problems.add(at + "/" + name, "instant",
          name + " must be an RFC 3339 instant such as 2025-11-03T09:00:00Z: " + Limits.shown(s));
      throw new Missing();
    } catch (DateTimeException e) {
      problems.add(at + "/" + name, "range", Limits.shown(e.getMessage()));
      throw new Missing();
    }
  }

  private static Interval interval(JsonNode n, String at, Problems problems) {
    Instant start = instant(n, at, "start", problems);
    Instant end = instant(n, at, "end", problems);
    if (end.isBefore(start)) {
      problems.add(at + "/end", "order", "end must not be before start: " + start + " / " + end);
      throw new Missing();
    }
    return Interval.of(start, end);
  }

  private static BigDecimal decimal(JsonNode n, String at, String name, Problems problems) {
    JsonNode v = n.get(name);
    try {
      BigDecimal d;
      if (v != null && v.isString() && v.asString().length() <= 100) {
        d = new BigDecimal(v.asString());
      } else if (v != null && v.isBigDecimal() || v != null && v.isIntegralNumber()) {
        d = v.decimalValue();
      } else {
        problems.add(at + "/" + name, "decimal",
            name + " must be a decimal string or number: " + kind(v));
        throw new Missing();
      }
      return Limits.requireDecimal(name, d);
    } catch (NumberFormatException e) {
      problems.add(at + "/" + name, "decimal",
          name + " must be a decimal such as \"99.95\": " + Limits.shown(v.asString()));
      throw new Missing();
    } catch (IllegalArgumentException e) {
      problems.add(at + "/" + name, "range", Limits.shown(e.getMessage()));
      throw new Missing();
    }
  }

  private static long count(JsonNode n, String at, String name, Problems problems) {
    JsonNode v = n.get(name);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
      problems.add(at + "/" + name, "count",
          name + " must be a whole number within a long: " + kind(v));
      throw new Missing();
    }
    return v.longValue();
  }

  static String kind(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "missing";
    }
    if (v.isString()) {
      return "\"" + Limits.shown(v.asString()) + "\"";
    }
    if (v.isContainer()) {
      return v.isArray() ? "an array" : "an object";
    }
    return Limits.shown(v.toString());
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The problems found in one body, located by JSON pointer and, for JSON Lines, line. */
  static final class Problems {
    final List<HttpProblem.Located> list = new ArrayList<>();
    int count;
    long line;

    Problems(long line) {
      this.line = line;
    }

    void add(String pointer, String rule, String message) {
      count++;
      if (list.size() < MAX_PROBLEMS) {
        list.add(new HttpProblem.Located(pointer, line, 0, rule, message));
      }
    }

    void throwIfAny(String what) {
      if (count > 0) {
        HttpProblem.Located first = list.get(0);
        throw new HttpProblem(HttpProblem.Type.INVALID,
            count + " problem" + (count == 1 ? "" : "s") + " in the " + what + "; first at "
                + (first.line() > 0 ? "line " + first.line() + " " : "")
                + (first.pointer().isEmpty() ? "the root" : first.pointer()) + ": "
                + first.message(),
            list);
      }
    }
  }

  // ---- writing ----

  @Override
  public String timerResult(TimerResult r) {
    ObjectNode n = NODES.objectNode();
    n.put("ticketId", r.ticketId());
    n.put("targetId", r.targetId());
    n.put("asOf", r.asOf().toString());
    ArrayNode cycles = n.putArray("cycles");
    for (TimerCycle c : r.cycles()) {
      ObjectNode o = cycles.addObject();
      o.put("number", c.number());
      o.put("state", c.state().name());
      put(o, "startedAt", c.startedAt());
      c.goal().ifPresent(g -> o.put("goal", g.toString()));
      o.put("goalReason", c.goalReason());
      put(o, "goalTime", c.goalTime());
      o.put("elapsed", c.elapsed().toString());
      o.put("wallClock", c.wallClock().toString());
      o.put("paused", c.paused().toString());
      put(o, "remaining", c.remaining());
      c.percentUsed().ifPresent(p -> o.put("percentUsed", p.toPlainString()));
      put(o, "deadline", c.deadline());
      put(o, "breachedAt", c.breachedAt());
      put(o, "stoppedAt", c.stoppedAt());
      put(o, "nextChangeAt", c.nextChangeAt());
      ArrayNode resets = o.putArray("resets");
      c.resets().forEach(i -> resets.add(i.toString()));
      ArrayNode thresholds = o.putArray("thresholds");
      for (ThresholdStatus t : c.thresholds()) {
        ObjectNode tn = thresholds.addObject();
        tn.put("threshold", t.threshold().toString());
        tn.put("reached", t.isReached());
        put(tn, "at", t.at());
      }
      ArrayNode changes = o.putArray("goalChanges");
      c.goalChanges().forEach(g -> changes.add(g.toString()));
    }
    return MAPPER.writeValueAsString(n);
  }

  @Override
  public String periodReport(PeriodReport r) {
    ObjectNode n = NODES.objectNode();
    n.put("agreementId", r.agreementId());
    n.put("agreementKind", r.agreementKind().name());
    n.put("date", r.date().toString());
    n.put("asOf", r.asOf().toString());
    n.put("complete", r.isComplete());
    r.score().value().ifPresent(v -> n.put("score", v.toPlainString()));
    ArrayNode results = n.putArray("results");
    for (TargetResult t : r.results()) {
      ObjectNode o = results.addObject();
      o.put("targetId", t.targetId());
      o.put("kind", t.kind().name());
      o.put("service", t.service());
      o.put("window", t.window());
      o.put("metric", t.metric());
      o.put("period", t.period().label());
      o.put("periodStart", t.period().start().toString());
      o.put("periodEnd", t.period().end().toString());
      o.put("status", t.status().name());
      t.achieved().ifPresent(a -> o.put("achieved", a.toPlainString()));
      o.put("required", t.required().toPlainString());
      o.put("comparison", t.comparison().name());
      t.unit().ifPresent(u -> o.put("unit", u));
      t.margin().ifPresent(m -> o.put("margin", m.toPlainString()));
    }
    r.credit().ifPresent(c -> {
      ObjectNode o = n.putObject("credit");
      o.put("percent", c.cappedPercent().toPlainString());
      o.put("amount", c.amount().toPlainString());
      o.put("payable", c.payable().toPlainString());
      o.put("currency", c.currency().getCurrencyCode());
    });
    ArrayNode unevaluable = n.putArray("unevaluable");
    for (UnevaluableRecord u : r.unevaluable()) {
      ObjectNode o = unevaluable.addObject();
      o.put("kind", u.kind().name());
      o.put("id", u.id());
      o.put("targetId", u.targetId());
      o.put("reason", u.reason().name());
      o.put("text", u.text());
    }
    return MAPPER.writeValueAsString(n);
  }

  private static void put(ObjectNode o, String name, Optional<?> value) {
    value.ifPresent(v -> o.put(name, v.toString()));
  }
}
