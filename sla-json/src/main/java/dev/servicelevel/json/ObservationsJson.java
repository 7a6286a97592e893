package dev.servicelevel.json;

import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.Observations;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes observations as JSON Lines or as a JSON observations document; {@link ObservationReader}
 * reads them back. The format, version {@value ApiVersion#V1}:
 *
 * <h2>Records</h2>
 * One JSON object per record. The field {@code record} says what it is; the other fields are
 * exactly these (an unknown field is an error, except names starting with {@code x-}, which are
 * skipped). Instants are RFC 3339 with an offset ({@code 2025-03-04T10:00:00Z}), within 1900 and
 * 2400; decimals are strings ({@code "0.5"}) or exact JSON numbers, never read through a double;
 * counts are whole JSON numbers.
 * <table>
 *   <caption>Fields of a record</caption>
 *   <tr><th>record</th><th>field</th><th>required</th><th>value</th></tr>
 *   <tr><td>{@code outage}</td><td>{@code id}</td><td>yes</td><td>the outage's id, not blank</td></tr>
 *   <tr><td></td><td>{@code service}</td><td>yes</td><td>the id of the service down</td></tr>
 *   <tr><td></td><td>{@code start}, {@code end}</td><td>yes</td>
 *       <td>instants, the half-open interval, end after start</td></tr>
 *   <tr><td></td><td>{@code cause}</td><td>no</td>
 *       <td>{@code PLANNED_MAINTENANCE}, {@code CUSTOMER_CAUSED}, {@code FORCE_MAJEURE} or
 *       {@code THIRD_PARTY}</td></tr>
 *   <tr><td></td><td>{@code announcedAt}</td><td>no</td><td>instant of the announcement</td></tr>
 *   <tr><td></td><td>{@code announcedInAdvance}</td><td>no</td><td>boolean, default false</td></tr>
 *   <tr><td></td><td>{@code impact}</td><td>no</td><td>decimal in (0, 1], default 1</td></tr>
 *   <tr><td>{@code ticket}</td><td>{@code id}</td><td>yes</td><td>the ticket's id</td></tr>
 *   <tr><td></td><td>{@code events}</td><td>yes</td>
 *       <td>array of events in time order: {@code at} (instant, required), {@code type}
 *       (string), {@code fields} (object of string values), {@code cleared} (array of field
 *       names)</td></tr>
 *   <tr><td>{@code sample}</td><td>{@code target}</td><td>yes</td>
 *       <td>the id of the measurement target</td></tr>
 *   <tr><td></td><td>{@code at}</td><td>yes</td><td>instant measured</td></tr>
 *   <tr><td></td><td>{@code value}</td><td>yes</td>
 *       <td>decimal, at most 18 digits after the point, below 10^18</td></tr>
 *   <tr><td>{@code count}</td><td>{@code target}</td><td>yes</td>
 *       <td>the id of the measurement target</td></tr>
 *   <tr><td></td><td>{@code start}, {@code end}</td><td>yes</td><td>instants of the bucket</td></tr>
 *   <tr><td></td><td>{@code counted}, {@code total}</td><td>yes</td>
 *       <td>whole numbers, 0 &lt;= counted &lt;= total</td></tr>
 * </table>
 *
 * <h2>JSON Lines</h2>
 * One record per line ({@code .jsonl}, UTF-8, LF or CRLF); blank lines are skipped:
 * <pre>
 * {"record":"outage","id":"INC-4711","service":"shop","start":"2025-03-04T10:00:00Z","end":"2025-03-04T10:12:00Z"}
 * {"record":"ticket","id":"T-1","events":[{"at":"2025-03-04T09:00:00Z","type":"created","fields":{"priority":"P1"}}]}
 * {"record":"sample","target":"latency","at":"2025-03-04T10:00:00.250Z","value":"212"}
 * {"record":"count","target":"checkout","start":"2025-03-04T10:00:00Z","end":"2025-03-04T10:01:00Z","counted":41873,"total":41890}
 * </pre>
 *
 * <h2>JSON document</h2>
 * <pre>
 * {"apiVersion": "servicelevel.dev/v1", "kind": "Observations", "records": [ ...records... ]}
 * </pre>
 *
 * <p>Writing is exact: decimals as plain strings with their scale ({@code "0.50"} stays
 * {@code "0.50"}), instants as {@link java.time.Instant#toString()}; reading what was written
 * gives equal values.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ObservationsJson {

  /** The {@code kind} of an observations document: {@value}. */
  public static final String KIND = "Observations";

  private ObservationsJson() {}

  /**
   * Writes an outage as one JSON Lines record, without the line end.
   *
   * @param outage  the outage, not null
   * @return the JSON object, not null
   */
  public static String toJsonLine(Outage outage) {
    Objects.requireNonNull(outage, "outage");
    return line(g -> write(g, outage));
  }

  /**
   * Writes a ticket's history as one JSON Lines record, without the line end.
   *
   * @param history  the history, not null
   * @return the JSON object, not null
   */
  public static String toJsonLine(TicketHistory history) {
    Objects.requireNonNull(history, "history");
    return line(g -> write(g, history));
  }

  /**
   * Writes a sample of a measurement target as one JSON Lines record, without the line end.
   *
   * @param targetId  the id of the measurement target, not null
   * @param sample  the sample, not null
   * @return the JSON object, not null
   */
  public static String toJsonLine(String targetId, Sample sample) {
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(sample, "sample");
    return line(g -> write(g, targetId, sample));
  }

  /**
   * Writes an event count of a measurement target as one JSON Lines record, without the line end.
   *
   * @param targetId  the id of the measurement target, not null
   * @param count  the count, not null
   * @return the JSON object, not null
   */
  public static String toJsonLine(String targetId, EventCount count) {
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(count, "count");
    return line(g -> write(g, targetId, count));
  }

  /**
   * Writes every record of observations as JSON Lines, each line ending with LF: outages, then
   * tickets, then samples and event counts by target, each source read once in its order.
   *
   * @param observations  the observations, not null
   * @param out  where to write, not null; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void writeLines(Observations observations, Writer out) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = DataJson.MAPPER.createGenerator(new NoClose(out))) {
      forEach(observations, r -> {
        r.write(g);
        g.flush();
        out.write('\n');
      });
    } catch (JacksonException e) {
      throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    flush(out);
  }

  /**
   * Writes observations as a JSON observations document on one line, records in the order of
   * {@link #writeLines(Observations, Writer)}.
   *
   * @param observations  the observations, not null
   * @param out  where to write, not null; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void writeDocument(Observations observations, Writer out) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = DataJson.MAPPER.createGenerator(new NoClose(out))) {
      g.writeStartObject();
      g.writeStringProperty("apiVersion", ApiVersion.V1);
      g.writeStringProperty("kind", KIND);
      g.writeName("records");
      g.writeStartArray();
      forEach(observations, r -> r.write(g));
      g.writeEndArray();
      g.writeEndObject();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    flush(out);
  }

  private interface Rec {
    void write(JsonGenerator g) throws java.io.IOException;
  }

  private interface RecSink {
    void accept(Rec r) throws java.io.IOException;
  }

  private static void forEach(Observations o, RecSink sink) throws java.io.IOException {
    for (Iterable<Outage> source : o.outages()) {
      for (Outage x : source) {
        sink.accept(g -> write(g, x));
      }
    }
    for (Iterable<TicketHistory> source : o.tickets()) {
      for (TicketHistory x : source) {
        sink.accept(g -> write(g, x));
      }
    }
    for (Map.Entry<String, List<Iterable<Sample>>> e : o.samples().entrySet()) {
      for (Iterable<Sample> source : e.getValue()) {
        for (Sample x : source) {
          sink.accept(g -> write(g, e.getKey(), x));
        }
      }
    }
    for (Map.Entry<String, List<Iterable<EventCount>>> e : o.counts().entrySet()) {
      for (Iterable<EventCount> source : e.getValue()) {
        for (EventCount x : source) {
          sink.accept(g -> write(g, e.getKey(), x));
        }
      }
    }
  }

  private static void write(JsonGenerator g, Outage o) {
    g.writeStartObject();
    g.writeStringProperty("record", "outage");
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("service", o.service());
    g.writeStringProperty("start", o.interval().getStart().toString());
    g.writeStringProperty("end", o.interval().getEnd().toString());
    o.cause().ifPresent(c -> g.writeStringProperty("cause", c.name()));
    o.announcedAt().ifPresent(a -> g.writeStringProperty("announcedAt", a.toString()));
    if (o.announcedInAdvance()) {
      g.writeBooleanProperty("announcedInAdvance", true);
    }
    if (!o.impact().equals(java.math.BigDecimal.ONE)) {
      g.writeStringProperty("impact", DataJson.decimalText(o.impact()));
    }
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, TicketHistory h) {
    g.writeStartObject();
    g.writeStringProperty("record", "ticket");
    g.writeStringProperty("id", h.ticketId());
    g.writeName("events");
    g.writeStartArray();
    for (TicketEvent e : h.events()) {
      g.writeStartObject();
      g.writeStringProperty("at", e.at().toString());
      e.type().ifPresent(t -> g.writeStringProperty("type", t));
      if (!e.fields().isEmpty()) {
        g.writeName("fields");
        g.writeStartObject();
        for (Map.Entry<String, String> f : e.fields().entrySet()) {
          g.writeStringProperty(f.getKey(), f.getValue());
        }
        g.writeEndObject();
      }
      if (!e.clearedFields().isEmpty()) {
        g.writeName("cleared");
        g.writeStartArray();
        for (String c : e.clearedFields()) {
          g.writeString(c);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, String targetId, Sample s) {
    g.writeStartObject();
    g.writeStringProperty("record", "sample");
    g.writeStringProperty("target", targetId);
    g.writeStringProperty("at", s.at().toString());
    g.writeStringProperty("value", DataJson.decimalText(s.value()));
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, String targetId, EventCount c) {
    g.writeStartObject();
    g.writeStringProperty("record", "count");
    g.writeStringProperty("target", targetId);
    g.writeStringProperty("start", c.interval().getStart().toString());
    g.writeStringProperty("end", c.interval().getEnd().toString());
    g.writeNumberProperty("counted", c.counted());
    g.writeNumberProperty("total", c.total());
    g.writeEndObject();
  }

  private static String line(java.util.function.Consumer<JsonGenerator> body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = DataJson.MAPPER.createGenerator(w)) {
      body.accept(g);
    }
    return w.toString();
  }

  private static void flush(Writer out) {
    try {
      out.flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps the generator from closing the caller's writer. */
  private static final class NoClose extends java.io.FilterWriter {
    NoClose(Writer out) {
      super(out);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
