package dev.servicelevel.server;

import dev.servicelevel.agreement.Limits;
import java.io.InputStream;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The service's one Jackson 3 mapper (strict duplicate detection, decimals exact, bounded
 * strings, names, numbers and nesting) and the parsing of a request body with the place of
 * every syntax error.
 */
final class Json {

  private Json() {}

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

}
