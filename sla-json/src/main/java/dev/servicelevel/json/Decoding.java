package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Typed reads of {@link Node}s that report every problem with its place instead of throwing.
 * A read that fails returns null after adding a problem; callers compare
 * {@link Problems#count()} before and after a part to know whether to build it.
 */
final class Decoding {

  final Problems problems;

  Decoding(Problems problems) {
    this.problems = problems;
  }

  int count() {
    return problems.count();
  }

  void problem(Node at, String rule, String message) {
    problems.add(new Problem(at.pointer, at.line, at.column, rule, message, at.source));
  }

  /** A problem placed at the value's key when it has one (an unknown field names its key). */
  void problemAtKey(Node at, String rule, String message) {
    int line = at.keyLine > 0 ? at.keyLine : at.line;
    int column = at.keyLine > 0 ? at.keyColumn : at.column;
    problems.add(new Problem(at.pointer, line, column, rule, message, at.source));
  }

  /**
   * Checks that a node is an object with only the given keys (and {@code x-} extensions);
   * reports every other key. False when it is not an object.
   */
  boolean object(Node n, String what, String... keys) {
    if (!n.isObject()) {
      problem(n, "type", what + " must be an object, not " + n.typeName());
      return false;
    }
    Set<String> allowed = new HashSet<>(Arrays.asList(keys));
    n.fields.forEach(
        (k, v) -> {
          if (!allowed.contains(k) && !k.startsWith("x-")) {
            problemAtKey(
                v,
                "unknown-field",
                what + " has no field " + Limits.shown(k) + "; known fields: "
                    + String.join(", ", keys));
          }
        });
    return true;
  }

  /** A field that may be absent (or null); null when absent. */
  Node optional(Node obj, String key) {
    Node v = obj.get(key);
    return v == null || v.type == Node.Type.NULL ? null : v;
  }

  /** A field that must be present and not null; null (with a problem) when missing. */
  Node required(Node obj, String key, String what) {
    Node v = optional(obj, key);
    if (v == null) {
      problems.add(
          new Problem(
              Node.child(obj.pointer, key),
              obj.line,
              obj.column,
              "required",
              what + " needs the field " + key,
              obj.source));
    }
    return v;
  }

  String string(Node n) {
    if (n.type != Node.Type.STRING) {
      problem(n, "type", "Value must be a string (in YAML: quote it), not " + n.typeName());
      return null;
    }
    return n.text;
  }

  String requiredString(Node obj, String key, String what) {
    Node v = required(obj, key, what);
    return v == null ? null : string(v);
  }

  String optionalString(Node obj, String key) {
    Node v = optional(obj, key);
    return v == null ? null : string(v);
  }

  /** A decimal from an exact JSON number or a string; never through binary floating point. */
  BigDecimal decimal(Node n) {
    if (n.type != Node.Type.NUMBER && n.type != Node.Type.STRING) {
      problem(n, "type", "Value must be a decimal number or a string, not " + n.typeName());
      return null;
    }
    BigDecimal d = decimalOrNull(n.text);
    if (d == null) {
      problem(n, "format", "Value must be a finite decimal number: " + Limits.shown(n.text));
      return null;
    }
    if (!Limits.isBounded(d)) {
      try {
        Limits.requireDecimal("Value", d);
      } catch (IllegalArgumentException e) {
        problem(n, "format", e.getMessage());
      }
      return null;
    }
    return d;
  }

  /** The decimal a text spells, or null: digits, an optional sign, point and exponent. */
  static BigDecimal decimalOrNull(String text) {
    if (text == null || text.isEmpty() || text.length() > 1000) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return null;
      }
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  Integer integer(Node n) {
    if (n.type != Node.Type.NUMBER) {
      problem(n, "type", "Value must be a whole number, not " + n.typeName());
      return null;
    }
    BigDecimal d = decimalOrNull(n.text);
    try {
      if (d != null && d.scale() <= 0 && d.precision() - d.scale() <= 10) {
        return d.intValueExact();
      }
    } catch (ArithmeticException e) {
      // not an int: reported below
    }
    problem(n, "format", "Value must be a whole number within the int range: "
        + Limits.shown(n.text));
    return null;
  }

  <T> T parsed(Node n, String what, Function<String, T> parse) {
    String s = string(n);
    if (s == null) {
      return null;
    }
    try {
      return parse.apply(s);
    } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
      problem(n, "format", what + " is not valid: " + Limits.shown(s));
      return null;
    }
  }

  /** An ISO-8601 duration within {@link Limits#MAX_DURATION}. */
  Duration duration(Node n) {
    Duration d = parsed(n, "ISO-8601 duration", Duration::parse);
    if (d == null) {
      return null;
    }
    try {
      return Limits.requireDuration("Duration", d);
    } catch (IllegalArgumentException e) {
      problem(n, "format", e.getMessage());
      return null;
    }
  }

  LocalDate date(Node n) {
    return parsed(n, "ISO date (yyyy-mm-dd)", LocalDate::parse);
  }

  LocalTime time(Node n) {
    return parsed(n, "ISO local time (hh:mm or hh:mm:ss)", LocalTime::parse);
  }

  LocalDateTime dateTime(Node n) {
    return parsed(n, "ISO local date-time (yyyy-mm-ddThh:mm)", LocalDateTime::parse);
  }

  ZoneId zone(Node n) {
    return parsed(n, "Time zone (an IANA id such as Europe/Berlin)", ZoneId::of);
  }

  <E extends Enum<E>> E enumValue(Node n, Class<E> type) {
    String s = string(n);
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    problem(n, "format", "Value must be one of " + names + ": " + Limits.shown(s));
    return null;
  }

  /** The items of a list; null (with a problem) when not a list. */
  List<Node> list(Node n) {
    if (!n.isArray()) {
      problem(n, "type", "Value must be a list, not " + n.typeName());
      return null;
    }
    return n.items;
  }

  /** The items of an optional list field; empty when absent. */
  List<Node> optionalList(Node obj, String key) {
    Node v = optional(obj, key);
    if (v == null) {
      return List.of();
    }
    List<Node> items = list(v);
    return items == null ? List.of() : items;
  }

  /** Strings of a list field; null entries are reported and left out. */
  List<String> strings(Node obj, String key) {
    List<String> out = new ArrayList<>();
    for (Node item : optionalList(obj, key)) {
      String s = string(item);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Builds a model value, reporting its own validation message at the node's place instead of
   * throwing.
   */
  <T> T model(Node at, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException
        | IllegalStateException
        | DateTimeException
        | NullPointerException
        | ArithmeticException e) {
      String m = e.getMessage();
      problem(at, "model", m == null ? e.getClass().getSimpleName() : m);
      return null;
    }
  }
}
