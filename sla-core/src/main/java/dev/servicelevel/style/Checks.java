package dev.servicelevel.style;

import dev.servicelevel.calendar.SafeText;

/**
 * The one argument check of sla-core's packages, so that every message has the same shape: a
 * plain sentence, a colon, the values, each shown safely ({@link SafeText#shown(Object)}: control
 * characters escaped, long texts cut). A new message names each value in its sentence where one
 * could be mistaken for another ({@code "Target weight must be positive: 0"}).
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
      throw new IllegalArgumentException(message(message, values));
    }
  }

  /**
   * Formats {@code "message: v1 / v2"}, or just the message when there are no values.
   *
   * @param message the rule as a plain sentence, without trailing period
   * @param values the offending values, each shown safely
   * @return the text, not null
   */
  public static String message(String message, Object... values) {
    if (values.length == 0) {
      return message;
    }
    StringBuilder sb = new StringBuilder(message).append(": ");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(" / ");
      }
      sb.append(SafeText.shown(values[i]));
    }
    return sb.toString();
  }
}
