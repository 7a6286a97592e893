package dev.servicelevel.evaluation;

import java.util.Objects;

/**
 * Thrown when an {@link AccumulatorState} cannot be read or restored: truncated or corrupt
 * bytes, unknown magic bytes, another format version, a part of the wrong type or out of its
 * bounds, or a state that belongs to another scope (agreement, date, instant, options or
 * targets) than the one it is restored for. The message names the offending value and the rule;
 * {@link #pointer()} locates the part in the state's tree ({@link AccumulatorState#tree()}).
 *
 * <pre>{@code
 * try {
 *   AccumulatorState.fromBytes(bytes);
 * } catch (AccumulatorStateException e) {
 *   e.getMessage();   // "Accumulator state has format version 2; this library reads version 1"
 * }
 * }</pre>
 */
public final class AccumulatorStateException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the offending part; empty for the whole state. */
  private final String pointer;

  /**
   * Creates an exception.
   *
   * @param pointer  the JSON pointer of the offending part, empty for the whole state, not null
   * @param message  the message, not null
   * @throws NullPointerException naming the parameter if one is null
   */
  public AccumulatorStateException(String pointer, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * Gets where in the state's tree the problem lies, as a JSON pointer (RFC 6901) such as
   * {@code "/targets/0/met"}; empty when it concerns the whole state (its bytes, its scope).
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return pointer;
  }
}
