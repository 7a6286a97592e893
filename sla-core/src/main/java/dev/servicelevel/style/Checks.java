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
    boolean labelled = false;
    for (Object value : values) {
      labelled |= value instanceof Named;
    }
    StringBuilder sb = new StringBuilder(message).append(": ");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(labelled ? ", " : " / ");
      }
      sb.append(values[i] instanceof Named ? values[i].toString() : SafeText.shown(values[i]));
    }
    return sb.toString();
  }

  /**
   * A value with the name it has in a message, so that several values cannot be mistaken for one
   * another: {@code named("date", d)} shows as {@code "date 2024-12-31"}, and the values of a
   * message with names are separated by commas.
   *
   * <pre>{@code
   * Checks.requireArgument(ok, "Date is outside the agreement's validity",
   *     named("agreement", id), named("date", date), named("validity", range));
   * // "Date is outside the agreement's validity: agreement ecoshop-sla, date 2024-12-31,
   * //  validity 2025-01-01/2027-01-01"
   * }</pre>
   *
   * @param name the value's name in the sentence, not null
   * @param value the value, shown safely
   * @return the named value, for {@link #requireArgument} and {@link #message}
   */
  public static Object named(String name, Object value) {
    return new Named(name, value);
  }

  private record Named(String name, Object value) {
    @Override
    public String toString() {
      return name + " " + SafeText.shown(value);
    }
  }
}
