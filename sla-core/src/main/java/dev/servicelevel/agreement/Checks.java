package dev.servicelevel.agreement;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The argument checks shared by the model's {@code @Value.Check} methods, so that every rule is
 * one line; the message shape is the one of {@link dev.servicelevel.style.Checks}, which
 * {@link #requireArgument} and {@link #message} delegate to.
 */
final class Checks {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The longest id: {@value} characters. */
  static final int MAX_ID_LENGTH = 200;

  /** The longest name, title or other free text: {@value} characters. */
  static final int MAX_TEXT_LENGTH = 10_000;

  private Checks() {}

  /**
   * Throws an {@link IllegalArgumentException} with the message and the values unless the
   * condition holds: {@link dev.servicelevel.style.Checks#requireArgument}.
   */
  static void requireArgument(boolean condition, String message, Object... values) {
    dev.servicelevel.style.Checks.requireArgument(condition, message, values);
  }

  /** Formats {@code "message: v1 / v2"}: {@link dev.servicelevel.style.Checks#message}. */
  static String message(String message, Object... values) {
    return dev.servicelevel.style.Checks.message(message, values);
  }

  /**
   * Requires an id of at most {@link #MAX_ID_LENGTH} characters: letters, digits, '.', '_' or
   * '-', starting with a letter or digit.
   */
  static void requireId(String what, String id) {
    requireArgument(
        id.length() <= MAX_ID_LENGTH,
        what + " must be at most " + MAX_ID_LENGTH + " characters long",
        id);
    requireArgument(
        ID.matcher(id).matches(),
        what + " must be letters, digits, '.', '_' or '-', starting with a letter or digit",
        "'" + id + "'");
  }

  /** Requires a text that is not blank and at most {@link #MAX_TEXT_LENGTH} characters long. */
  static void requireText(String what, String text) {
    requireArgument(
        text.length() <= MAX_TEXT_LENGTH,
        what + " must be at most " + MAX_TEXT_LENGTH + " characters long",
        text);
    requireArgument(!text.isBlank(), what + " must not be blank", "'" + text + "'");
  }

  /** Requires a share in percent within (0, 100]. */
  static void requireShare(String what, BigDecimal percent) {
    Limits.requireDecimal(what, percent);
    requireArgument(
        percent.signum() > 0 && percent.compareTo(HUNDRED) <= 0,
        what + " must be more than 0 and at most 100 %",
        percent.toPlainString());
  }

  /** Requires a percentage within [0, 100]. */
  static void requirePercentage(String what, BigDecimal percent) {
    Limits.requireDecimal(what, percent);
    requireArgument(
        percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0,
        what + " must be within 0 and 100 %",
        percent.toPlainString());
  }

  /** Requires a positive number. */
  static void requirePositive(String what, BigDecimal value) {
    Limits.requireDecimal(what, value);
    requireArgument(value.signum() > 0, what + " must be positive", value.toPlainString());
  }

  /** Requires a positive duration of at most {@link Limits#MAX_DURATION}. */
  static void requirePositive(String what, Duration value) {
    requireArgument(!value.isNegative() && !value.isZero(), what + " must be positive", value);
    Limits.requireDuration(what, value);
  }

  /**
   * Requires a list and its elements not to be null, naming the parameter in the
   * {@link NullPointerException}; returns the list.
   */
  static <T> List<T> requireNoNulls(String parameter, List<T> values) {
    Objects.requireNonNull(values, parameter);
    for (T value : values) {
      Objects.requireNonNull(value, parameter);
    }
    return values;
  }

  /** Like {@link #requireNoNulls(String, List)} for an array of arguments. */
  static <T> List<T> requireNoNulls(String parameter, T[] values) {
    return requireNoNulls(parameter, Arrays.asList(Objects.requireNonNull(values, parameter)));
  }

  /** Requires that no two elements of the collection are equal; names the first repeated one. */
  static <T> void requireUnique(String what, Collection<T> values) {
    Set<T> seen = new HashSet<>();
    for (T value : values) {
      requireArgument(seen.add(value), what + " must be unique", value);
    }
  }

  /** Checks the attributes every metric target shares. */
  static void requireTargetBasics(MetricTarget target) {
    requireId("Target id", target.id());
    requireId("Service id", target.service());
    requireId("Window name", target.window());
    requirePositive("Target weight", target.weight());
    requireShare("At-risk threshold", target.atRiskThreshold());
  }
}
