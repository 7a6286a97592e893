package dev.servicelevel.style;

/**
 * Argument checks shared by sla-core's packages, so that every message has the same shape: a
 * plain sentence, a colon, the values.
 *
 * <p><b>Internal.</b> This package is not exported by the module {@code dev.servicelevel.core};
 * on the class path the class is public only so that sla-core's own packages can share it. It is
 * not part of the API and may change without notice.
 *
 * <pre>{@code
 * Checks.requireArgument(n > 0, "A count must be positive", n);  // "...: -1"
 * }</pre>
 */
public final class Checks {

  private Checks() {}

  /**
   * Throws an {@link IllegalArgumentException} with the message and the values unless the
   * condition holds.
   *
   * @param condition the rule that must hold
   * @param message the rule as a plain sentence, without trailing period
   * @param values the offending values, appended as {@code ": v1 / v2"}
   * @throws IllegalArgumentException if the condition does not hold
   */
  public static void requireArgument(boolean condition, String message, Object... values) {
    if (!condition) {
      StringBuilder sb = new StringBuilder(message);
      for (int i = 0; i < values.length; i++) {
        sb.append(i == 0 ? ": " : " / ").append(values[i]);
      }
      throw new IllegalArgumentException(sb.toString());
    }
  }
}
