package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.json.DataJson.BadValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads observations (outages, ticket histories, samples, event counts) from JSON Lines or from
 * a JSON observations document, as a stream: each record is handed to an
 * {@link ObservationSink} as soon as it is read, and only one record is held at a time, so a file
 * of ten million lines is read in the memory of its longest line. The format is described in
 * {@link ObservationsJson}.
 *
 * <h2>Bad records</h2>
 * A record that cannot be read (not JSON, an unknown field, a value breaking a rule of the format
 * or the model, refused by the sink) is <em>rejected</em>: it is counted, listed with its line and
 * the JSON pointer of the offending value (the first {@link #maxProblemsListed()} of them), and
 * the read goes on with the next record. One bad record never sinks a read. The read stops with
 * an {@link ObservationsException} only when
 * <ul>
 *   <li>more than {@link #maxRejected()} records were rejected (the input is not what it is said
 *       to be), or</li>
 *   <li>a JSON document is not valid JSON, breaks the document's own frame (apiVersion, kind,
 *       records) or is not UTF-8 text: after a syntax error nothing further can be trusted.
 *       JSON Lines recover at the next line.</li>
 * </ul>
 * Records delivered before a stop stay delivered.
 *
 * <pre>{@code
 * ReadSummary s = ObservationReader.defaults()
 *     .withMaxRejected(100)
 *     .readLines(Path.of("march.jsonl"), ObservationSink.of(accumulator));
 * s.rejected();   // 2
 * s.problems();   // [march.jsonl:17 /value: value must have at most 18 digits ...]
 * }</pre>
 *
 * <p>Limits: a line (and in a document, a string) has at most {@link #maxLineChars()}
 * characters, by default {@value #DEFAULT_MAX_LINE_CHARS}; a longer line is rejected without
 * being held. Nesting is at most 64 levels; numbers have at most 100 characters.
 *
 * <p>Speed: JSON Lines samples and event counts in their common form (flat, no escapes, instants
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, decimals of at most 18 digits without exponent) are
 * read straight from the line's characters, without a parser; every other line goes through
 * Jackson's streaming parser. Both give the same records and the same problems.
 *
 * <p>This class is immutable and thread-safe; each read uses its own state.
 */
public final class ObservationReader {

  /** The default longest line: {@value} characters (a ticket of about 100,000 events). */
  public static final int DEFAULT_MAX_LINE_CHARS = 8 << 20;

  /** The default number of problems a summary lists: {@value}. */
  public static final int DEFAULT_MAX_PROBLEMS_LISTED = 100;

  /** The default number of rejected records after which a read stops: {@value}. */
  public static final long DEFAULT_MAX_REJECTED = 10_000;

  private static final ObservationReader DEFAULTS =
      new ObservationReader(
          DEFAULT_MAX_LINE_CHARS, DEFAULT_MAX_PROBLEMS_LISTED, DEFAULT_MAX_REJECTED);

  private final int maxLineChars;
  private final int maxProblemsListed;
  private final long maxRejected;

  private ObservationReader(int maxLineChars, int maxProblemsListed, long maxRejected) {
    this.maxLineChars = maxLineChars;
    this.maxProblemsListed = maxProblemsListed;
    this.maxRejected = maxRejected;
  }

  /**
   * Obtains a reader with the default limits.
   *
   * @return the reader, not null
   */
  public static ObservationReader defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another longest line.
   *
   * @param chars  the most characters of a line, within 1 and 67,108,864 (64 Mi)
   * @return the reader, not null
   * @throws IllegalArgumentException if {@code chars} is out of range
   */
  public ObservationReader withMaxLineChars(int chars) {
    if (chars < 1 || chars > DataJson.MAX_STRING_CHARS * 64) {
      throw new IllegalArgumentException(
          "Longest line must be within 1 and " + DataJson.MAX_STRING_CHARS * 64 + " characters: "
              + chars);
    }
    return new ObservationReader(chars, maxProblemsListed, maxRejected);
  }

  /**
   * Returns a copy that lists another number of problems in a summary.
   *
   * @param problems  the most problems listed, within 0 and 100,000
   * @return the reader, not null
   * @throws IllegalArgumentException if {@code problems} is out of range
   */
  public ObservationReader withMaxProblemsListed(int problems) {
    if (problems < 0 || problems > 100_000) {
      throw new IllegalArgumentException(
          "Problems listed must be within 0 and 100000: " + problems);
    }
    return new ObservationReader(maxLineChars, problems, maxRejected);
  }

  /**
   * Returns a copy that stops after another number of rejected records.
   *
   * @param rejected  the most rejected records a read goes on after, at least 0;
   *     {@link Long#MAX_VALUE} never stops
   * @return the reader, not null
   * @throws IllegalArgumentException if {@code rejected} is negative
   */
  public ObservationReader withMaxRejected(long rejected) {
    if (rejected < 0) {
      throw new IllegalArgumentException("Rejected records must be at least 0: " + rejected);
    }
    return new ObservationReader(maxLineChars, maxProblemsListed, rejected);
  }

  /**
   * Gets the most characters of a line.
   *
   * @return the limit, at least 1
   */
  public int maxLineChars() {
    return maxLineChars;
  }

  /**
   * Gets the most problems a summary lists.
   *
   * @return the limit, at least 0
   */
  public int maxProblemsListed() {
    return maxProblemsListed;
  }

  /**
   * Gets the most rejected records a read goes on after.
   *
   * @return the limit, at least 0
   */
  public long maxRejected() {
    return maxRejected;
  }

  // ---- JSON Lines ----

  /**
   * Reads JSON Lines from a file in UTF-8, see {@link #readLines(Reader, String, ObservationSink)}.
   *
   * @param file  the file, not null
   * @param sink  where the records go, not null
   * @return what was read, not null
   * @throws ObservationsException if the read stops early (too many rejected records, or the
   *     file is not UTF-8 text)
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadSummary readLines(Path file, ObservationSink sink) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sink, "sink");
    try (Reader in = utf8(file)) {
      return readLines(in, file.toString(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads JSON Lines: one record, a JSON object, per line; blank lines are skipped. Each record
   * is handed to the sink before the next line is read. A bad line is rejected and the read goes
   * on (see the class description).
   *
   * @param in  the text, not null; not closed
   * @param source  the name of the source, for problems, not null
   * @param sink  where the records go, not null
   * @return what was read, not null
   * @throws ObservationsException if more than {@link #maxRejected()} records were rejected, or
   *     the input is not UTF-8 text
   * @throws UncheckedIOException if the input cannot be read
   */
  public ReadSummary readLines(Reader in, String source, ObservationSink sink) {
    return readLines(in, source, sink, true);
  }

  /**
   * Reads JSON Lines, with or without the fast path for flat sample and count records (without
   * it only for tests, which check that both give the same records and problems).
   */
  ReadSummary readLines(Reader in, String source, ObservationSink sink, boolean fast) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    Run run = new Run(source);
    LineSource lines = new LineSource(in, maxLineChars);
    ObservationDecoder decoder = new ObservationDecoder();
    FlatRecordScanner scanner = fast ? new FlatRecordScanner() : null;
    while (run.next(lines)) {
      long n = lines.lineNumber();
      if (lines.isTooLong()) {
        run.reject(n, "", "Line is longer than " + maxLineChars + " characters");
        continue;
      }
      if (scanner != null && scanner.scan(lines.chars(), lines.length())) {
        try {
          scanner.deliver(sink);
          run.records++;
        } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
          // as the general path: the sink refused the record, which was read whole
          run.reject(n, "", String.valueOf(e.getMessage()));
        }
        continue;
      }
      if (lines.isBlank()) {
        continue;
      }
      decoder.start("");
      try (JsonParser p = DataJson.MAPPER.createParser(lines.chars(), 0, lines.length())) {
        p.nextToken();
        decoder.read(p, "", sink);
        if (p.nextToken() != null) {
          run.reject(n, "", "A line must hold one JSON object, but more follows it");
          continue;
        }
        run.records++;
      } catch (BadValue e) {
        run.reject(n, decoder.pointer(), e.getMessage());
      } catch (JacksonException e) {
        run.reject(n, decoder.pointer(), notJson(e));
      } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
        run.reject(n, decoder.pointer(), String.valueOf(e.getMessage()));
      }
    }
    return run.summary();
  }

  // ---- JSON document ----

  /**
   * Reads a JSON observations document from a file in UTF-8, see
   * {@link #readDocument(Reader, String, ObservationSink)}.
   *
   * @param file  the file, not null
   * @param sink  where the records go, not null
   * @return what was read, not null
   * @throws ObservationsException if the document is not valid JSON or breaks its frame, or too
   *     many records were rejected
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadSummary readDocument(Path file, ObservationSink sink) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sink, "sink");
    try (Reader in = utf8(file)) {
      return readDocument(in, file.toString(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a JSON observations document, {@code {"apiVersion": "servicelevel.dev/v1", "kind":
   * "Observations", "records": [...]}}, streaming over its records: each is handed to the sink as
   * soon as it is read. {@code apiVersion} and {@code kind} must come before {@code records}.
   * A bad record is rejected and the read goes on; invalid JSON stops it.
   *
   * @param in  the text, not null; not closed
   * @param source  the name of the source, for problems, not null
   * @param sink  where the records go, not null
   * @return what was read, not null
   * @throws ObservationsException if the document is not valid JSON, breaks its frame, is not
   *     UTF-8 text, or more than {@link #maxRejected()} records were rejected
   * @throws UncheckedIOException if the input cannot be read
   */
  public ReadSummary readDocument(Reader in, String source, ObservationSink sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    Run run = new Run(source);
    ObservationDecoder decoder = new ObservationDecoder();
    try (JsonParser p = DataJson.MAPPER.createParser(in)) {
      frame(p, run, decoder, sink);
      run.lines = p.currentLocation().getLineNr();
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      run.stop(at == null ? 1 : Math.max(1, at.getLineNr()), "", notJson(e));
    } catch (BadValue e) {
      run.stop(run.line, run.pointer, e.getMessage());
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        run.stop(Math.max(1, run.line), "", "Input is not UTF-8 text");
      }
      throw e;
    }
    return run.summary();
  }

  private void frame(JsonParser p, Run run, ObservationDecoder decoder, ObservationSink sink) {
    run.line = 1;
    p.nextToken();
    DataJson.expect(p, JsonToken.START_OBJECT, "An observations document");
    boolean version = false;
    boolean kind = false;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      run.line = p.currentTokenLocation().getLineNr();
      run.pointer = "/" + DataJson.pointerPart(name);
      p.nextToken();
      switch (name) {
        case "apiVersion":
          String v = DataJson.text(p, "apiVersion");
          if (!ApiVersion.V1.equals(v)) {
            throw new BadValue(
                "apiVersion must be " + ApiVersion.V1 + ": " + Limits.shown(v));
          }
          version = true;
          break;
        case "kind":
          String k = DataJson.text(p, "kind");
          if (!ObservationsJson.KIND.equals(k)) {
            throw new BadValue("kind must be " + ObservationsJson.KIND + ": " + Limits.shown(k));
          }
          kind = true;
          break;
        case "records":
          if (!version || !kind) {
            throw new BadValue("apiVersion and kind must come before records");
          }
          records(p, run, decoder, sink);
          break;
        default:
          if (!name.startsWith("x-")) {
            throw new BadValue(
                "Unknown field (extensions start with x-): " + Limits.shown(name)
                    + "; an observations document has apiVersion, kind, records");
          }
          p.skipChildren();
      }
    }
    if (!version || !kind) {
      run.pointer = "";
      throw new BadValue("An observations document must have apiVersion and kind");
    }
    if (p.nextToken() != null) {
      throw new BadValue("An observations document must hold one JSON object, but more follows");
    }
  }

  private void records(JsonParser p, Run run, ObservationDecoder decoder, ObservationSink sink) {
    DataJson.expect(p, JsonToken.START_ARRAY, "records");
    int arrayDepth = p.streamReadContext().getNestingDepth();
    long i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      long line = p.currentTokenLocation().getLineNr();
      try {
        decoder.read(p, "/records/" + i, sink);
        run.records++;
      } catch (BadValue | IllegalArgumentException | DateTimeException | NullPointerException e) {
        String pointer = decoder.pointer();
        while (p.streamReadContext().getNestingDepth() > arrayDepth) {
          p.nextToken();
        }
        run.reject(line, pointer, String.valueOf(e.getMessage()));
      }
      i++;
    }
  }

  private static String notJson(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    String where = at == null ? "" : " at column " + at.getColumnNr();
    return "Not valid JSON" + where + ": " + Limits.shown(e.getOriginalMessage());
  }

  private static Reader utf8(Path file) throws IOException {
    return new java.io.InputStreamReader(
        Files.newInputStream(file),
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** The state of one read. */
  private final class Run {
    final String source;
    final List<ObservationProblem> problems = new ArrayList<>();
    long lines;
    long records;
    long rejected;
    long line;
    String pointer = "";

    Run(String source) {
      this.source = source;
    }

    boolean next(LineSource in) {
      try {
        boolean more = in.next();
        lines = in.lineNumber();
        return more;
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          stop(in.lineNumber() + 1, "", "Input is not UTF-8 text");
        }
        throw e;
      }
    }

    void reject(long line, String pointer, String message) {
      rejected++;
      if (problems.size() < maxProblemsListed) {
        problems.add(ObservationProblem.of(source, Math.max(1, line), pointer, message));
      }
      if (rejected > maxRejected) {
        throw new ObservationsException(
            "Read of " + Limits.shown(source) + " stopped at line " + line + ": more than "
                + maxRejected + " records were rejected",
            summary());
      }
    }

    void stop(long line, String pointer, String message) {
      rejected++;
      if (problems.size() < maxProblemsListed) {
        problems.add(ObservationProblem.of(source, Math.max(1, line), pointer, message));
      }
      throw new ObservationsException(
          "Read of " + Limits.shown(source) + " stopped at line " + line + ": " + message,
          summary());
    }

    ReadSummary summary() {
      return new ReadSummary(source, lines, records, rejected, problems);
    }
  }
}
