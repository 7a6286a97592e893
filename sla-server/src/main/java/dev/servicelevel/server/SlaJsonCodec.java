package dev.servicelevel.server;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TimerResult;
import dev.servicelevel.json.ObservationProblem;
import dev.servicelevel.json.ObservationReader;
import dev.servicelevel.json.ObservationSink;
import dev.servicelevel.json.ObservationsException;
import dev.servicelevel.json.ReadSummary;
import dev.servicelevel.json.ResultsJson;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data forms of sla-json (docs/json-formats.md): ticket records and observations read with
 * {@link ObservationReader}, results written with {@link ResultsJson}. The service is stricter
 * than the reader: any rejected record fails the request with every problem listed, because a
 * caller that sent a bad record wants to know, not a report without it.
 *
 * <p>This class is stateless and thread-safe.
 */
final class SlaJsonCodec implements Codec {

  /** After this many rejected records a read stops; the answer lists the first 100. */
  static final long MAX_REJECTED = 100;

  private static final ObservationReader READER =
      ObservationReader.defaults().withMaxRejected(MAX_REJECTED);

  private static final Pattern COLUMN = Pattern.compile("^Not valid JSON at column (\\d+)");

  @Override
  public void readTickets(InputStream body, Consumer<TicketHistory> sink) {
    JsonNode root = Json.parse(body);
    List<JsonNode> records = new ArrayList<>();
    boolean list = root.isArray();
    if (list) {
      root.forEach(records::add);
    } else {
      records.add(root);
    }
    List<HttpProblem.Located> problems = new ArrayList<>();
    List<TicketHistory> tickets = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      JsonNode r = records.get(i);
      String at = list ? "/" + i : "";
      if (!r.isObject()) {
        problems.add(new HttpProblem.Located(at, 0, 0, "record",
            "A ticket must be an object (a ticket record): " + Json.kind(r)));
        continue;
      }
      ObjectNode record = (ObjectNode) r;
      if (!record.has("record")) {
        // The kind is implied here; it may be left out.
        ObjectNode withKind = Json.NODES.objectNode();
        withKind.put("record", "ticket");
        withKind.setAll(record);
        record = withKind;
      }
      String line = Json.MAPPER.writeValueAsString(record);
      ReadSummary s = READER.readLines(new StringReader(line), "request body",
          ObservationSink.tickets(tickets::add));
      for (ObservationProblem p : s.problems()) {
        problems.add(new HttpProblem.Located(at + p.pointer(), 0, 0, "record", p.message()));
      }
    }
    throwIfAny(problems, "ticket histories", false);
    tickets.forEach(sink);
  }

  @Override
  public void readObservations(InputStream body, boolean lines, PeriodAccumulator accumulator) {
    Reader in = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    ObservationSink sink = ObservationSink.of(accumulator);
    ReadSummary summary;
    try {
      summary = lines ? READER.readLines(in, "request body", sink)
          : READER.readDocument(in, "request body", sink);
    } catch (ObservationsException e) {
      HttpProblem limit = Json.find(e);
      if (limit != null) {
        throw limit;
      }
      summary = e.summary();
      if (summary == null || summary.problems().isEmpty()) {
        throw new HttpProblem(HttpProblem.Type.MALFORMED, Limits.shown(e.getMessage()));
      }
      throwIfAny(located(summary), "observations", false);
      throw new IllegalStateException("a stopped read lists its problems");
    }
    throwIfAny(located(summary), "observations", false);
  }

  private static List<HttpProblem.Located> located(ReadSummary summary) {
    List<HttpProblem.Located> out = new ArrayList<>();
    for (ObservationProblem p : summary.problems()) {
      Matcher m = COLUMN.matcher(p.message());
      boolean syntax = m.find() || p.message().startsWith("Not valid JSON")
          || p.message().startsWith("Input is not UTF-8");
      long column = m.find(0) ? Long.parseLong(m.group(1)) : 0;
      out.add(new HttpProblem.Located(p.pointer(), p.line(), column,
          syntax ? "json-syntax" : "record", p.message()));
    }
    return out;
  }

  /**
   * Fails with every problem: 400 if a problem is that the text is not JSON (with line and
   * column), otherwise 422 with JSON pointers.
   */
  private static void throwIfAny(
      List<HttpProblem.Located> problems, String what, boolean malformed) {
    if (problems.isEmpty()) {
      return;
    }
    boolean syntax = malformed
        || problems.stream().anyMatch(p -> p.rule().equals("json-syntax"));
    HttpProblem.Located first = problems.stream()
        .filter(p -> !syntax || p.rule().equals("json-syntax")).findFirst()
        .orElse(problems.get(0));
    String where = (first.line() > 0 ? "line " + first.line()
        + (first.column() > 0 ? ", column " + first.column() : "") + " " : "")
        + (first.pointer().isEmpty() ? (first.line() > 0 ? "" : "the root") : first.pointer());
    throw new HttpProblem(syntax ? HttpProblem.Type.MALFORMED : HttpProblem.Type.INVALID,
        problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the " + what
            + "; first at " + where.strip() + ": " + Limits.shown(first.message()),
        problems);
  }

  @Override
  public String timerResult(TimerResult result) {
    return ResultsJson.toJsonLine(result);
  }

  @Override
  public String periodReport(PeriodReport report) {
    return ResultsJson.toJson(report);
  }
}
