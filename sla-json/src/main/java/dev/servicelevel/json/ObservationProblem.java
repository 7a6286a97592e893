package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import java.util.Objects;

/**
 * A record of an observation file that could not be read or was rejected: where it is (source,
 * line, JSON pointer inside the record) and why.
 *
 * <pre>{@code
 * problem.toString();
 * // observations.jsonl:17 /events/2/at: events[].at must be an RFC 3339 instant ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObservationProblem {

  private final String source;
  private final long line;
  private final String pointer;
  private final String message;

  private ObservationProblem(String source, long line, String pointer, String message) {
    this.source = source;
    this.line = line;
    this.pointer = pointer;
    this.message = message;
  }

  /**
   * Obtains a problem.
   *
   * @param source  the name of the source, such as a file name, not null
   * @param line  the line the record starts on, 1 for the first
   * @param pointer  the JSON pointer of the offending value inside the record ({@code ""} for the
   *     whole record), not null
   * @param message  what is wrong, naming the value and the rule, not null
   * @return the problem, not null
   * @throws IllegalArgumentException if the line is below 1
   */
  public static ObservationProblem of(String source, long line, String pointer, String message) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException("Line must be at least 1: " + line);
    }
    return new ObservationProblem(source, line, pointer, message);
  }

  /**
   * Gets the name of the source.
   *
   * @return the source name, not null
   */
  public String source() {
    return source;
  }

  /**
   * Gets the line the record starts on (in a JSON document: the line of the offending token).
   *
   * @return the line, 1 for the first
   */
  public long line() {
    return line;
  }

  /**
   * Gets the JSON pointer (RFC 6901) of the offending value; relative to the line in JSON Lines,
   * from the document's root in a JSON document.
   *
   * @return the pointer, {@code ""} for the whole record or line, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Gets what is wrong, naming the value (cut and escaped, {@link Limits#shown(Object)}) and the
   * rule.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ObservationProblem)) {
      return false;
    }
    ObservationProblem p = (ObservationProblem) o;
    return line == p.line
        && source.equals(p.source)
        && pointer.equals(p.pointer)
        && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, pointer, message);
  }

  /**
   * Outputs the problem as {@code source:line pointer: message}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return Limits.shown(source) + ":" + line + (pointer.isEmpty() ? "" : " " + pointer) + ": "
        + message;
  }
}
