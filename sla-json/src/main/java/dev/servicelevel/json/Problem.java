package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import java.util.Objects;

/**
 * One problem found in a document: where (source, JSON Pointer, line and column), which rule it
 * breaks and a message naming the offending value.
 *
 * <p>The pointer is an RFC 6901 JSON Pointer into the document ({@code ""} is the whole
 * document, {@code /spec/targets/2/minimum} a field); in a YAML stream of several documents it
 * points into the document named by {@code source} ({@code file.yaml#2} for the second). Line
 * and column count from 1 and are 0 when the problem has no place in the text (a document too
 * large to read). Rules are short stable codes:
 * <table>
 *   <caption>Rules</caption>
 *   <tr><td>{@code size}</td><td>the document exceeds {@link Mappers#MAX_DOCUMENT_BYTES}</td></tr>
 *   <tr><td>{@code encoding}</td><td>the bytes are not UTF-8</td></tr>
 *   <tr><td>{@code syntax}</td><td>not well-formed YAML or JSON, or over a length limit</td></tr>
 *   <tr><td>{@code depth}</td><td>nested deeper than {@link Mappers#MAX_DEPTH}</td></tr>
 *   <tr><td>{@code alias}, {@code tag}</td><td>YAML anchors, aliases and explicit tags are not
 *       accepted</td></tr>
 *   <tr><td>{@code duplicate-key}</td><td>a key given twice in one object</td></tr>
 *   <tr><td>{@code unknown-field}</td><td>a field the format does not define (outside
 *       {@code x-} extension keys)</td></tr>
 *   <tr><td>{@code required}</td><td>a field that must be present is missing</td></tr>
 *   <tr><td>{@code type}</td><td>a value of the wrong JSON type</td></tr>
 *   <tr><td>{@code format}</td><td>a value that does not parse (date, duration, decimal, zone,
 *       condition, ...)</td></tr>
 *   <tr><td>{@code reference}</td><td>an unknown, repeated or circular name or id</td></tr>
 *   <tr><td>{@code model}</td><td>the agreement model rejects the value (its message)</td></tr>
 *   <tr><td>{@code document}</td><td>wrong {@code apiVersion} or {@code kind}, or an empty
 *       document</td></tr>
 *   <tr><td>{@code limit}</td><td>more problems than one exception lists</td></tr>
 * </table>
 *
 * @param pointer  the JSON Pointer of the offending value, not null
 * @param line  the line of the value in the text, from 1, or 0 if unknown
 * @param column  the column of the value in the text, from 1, or 0 if unknown
 * @param rule  the code of the rule broken, not null
 * @param message  a plain sentence naming the value, not null
 * @param source  the name of the document's source (a file name, or what the caller gave), not
 *     null
 */
public record Problem(
    String pointer, int line, int column, String rule, String message, String source) {

  /**
   * Checks the parts of a problem.
   *
   * @throws IllegalArgumentException if line or column is negative
   */
  public Problem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "Line and column must not be negative: " + line + ":" + column);
    }
  }

  /**
   * Outputs the problem as {@code source:line:column pointer: message [rule]}, without the
   * line and column when unknown; characters that could confuse a terminal are escaped.
   *
   * @return the problem in one line, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(Limits.shown(source));
    if (line > 0) {
      sb.append(':').append(line).append(':').append(column);
    }
    sb.append(' ').append(pointer.isEmpty() ? "/" : Limits.shown(pointer));
    sb.append(": ").append(message).append(" [").append(rule).append(']');
    return sb.toString();
  }
}
