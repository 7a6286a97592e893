package dev.servicelevel.server;

import java.util.List;
import java.util.Objects;

/**
 * A request the service answers with an RFC 9457 problem: the status, a short stable type, a
 * title, a detail sentence naming the offending value and the rule, and, for documents and
 * observations, every problem with its location.
 *
 * <p>Thrown by the handlers and turned into an {@code application/problem+json} response by
 * {@link SlaServer}; never carries a stack trace to the client.
 */
final class HttpProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The stable problem types, each the last segment of the type URI, with status and title. */
  enum Type {
    MALFORMED(400, "malformed", "Malformed request body"),
    BAD_PARAMETER(400, "bad-parameter", "Bad query parameter"),
    UNAUTHORIZED(401, "unauthorized", "Missing or wrong bearer token"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    TIMEOUT(408, "timeout", "Request timeout"),
    TOO_LARGE(413, "too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    INVALID(422, "invalid", "Invalid content"),
    BUSY(503, "busy", "Server busy"),
    INTERNAL(500, "internal", "Internal error");

    final int status;
    final String slug;
    final String title;

    Type(int status, String slug, String title) {
      this.status = status;
      this.slug = slug;
      this.title = title;
    }

    /** The type URI of RFC 9457. */
    String uri() {
      return "https://servicelevel.dev/problems/" + slug;
    }
  }

  /**
   * One problem at a location of the request body.
   *
   * @param pointer  the JSON pointer of the offending value ("" for the whole body)
   * @param line  the 1-based line, 0 if unknown
   * @param column  the 1-based column, 0 if unknown
   * @param rule  a short name of the rule broken
   * @param message  the message, naming the value and the rule
   */
  record Located(String pointer, long line, long column, String rule, String message) {
    Located {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(message, "message");
    }
  }

  private final Type type;
  private final transient List<Located> problems;

  HttpProblem(Type type, String detail) {
    this(type, detail, List.of());
  }

  HttpProblem(Type type, String detail, List<Located> problems) {
    super(Objects.requireNonNull(detail, "detail"), null, false, false);
    this.type = Objects.requireNonNull(type, "type");
    this.problems = List.copyOf(problems);
  }

  Type type() {
    return type;
  }

  List<Located> problems() {
    return problems;
  }
}
