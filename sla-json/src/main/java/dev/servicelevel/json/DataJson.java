package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 mapper and the exact value readers of the data formats (observations, results,
 * accumulator state, OpenSLO): strict duplicate detection, decimals as {@link BigDecimal}, bounded
 * strings and nesting.
 */
final class DataJson {

  /** The longest string value or name accepted inside a record: {@value} characters. */
  static final int MAX_STRING_CHARS = 1 << 20;

  /** The deepest nesting accepted (records are at most 4 deep; {@code x-} values may nest). */
  static final int MAX_DEPTH = 64;

  static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(MAX_STRING_CHARS)
                          .maxNameLength(MAX_STRING_CHARS)
                          .maxNestingDepth(MAX_DEPTH)
                          .maxNumberLength(100)
                          .build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private DataJson() {}

  /** A value that breaks a rule of the format, located by the reader that catches it. */
  static final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message, null, false, false);
    }
  }

  static String text(JsonParser p, String field) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new BadValue(field + " must be a string: " + shownToken(p));
    }
    return p.getString();
  }

  static String nonBlank(JsonParser p, String field) {
    String s = text(p, field);
    if (s.isBlank()) {
      throw new BadValue(field + " must not be blank: '" + Limits.shown(s) + "'");
    }
    return s;
  }

  static Instant instant(JsonParser p, String field) {
    String s = text(p, field);
    Instant at = fastUtc(s);
    try {
      if (at == null) {
        at = Instant.parse(s);
      }
    } catch (DateTimeParseException e) {
      throw new BadValue(
          field + " must be an RFC 3339 instant with an offset, such as 2025-03-04T10:00:00Z: "
              + Limits.shown(s));
    }
    try {
      return Limits.requireInstant(field, at);
    } catch (DateTimeException e) {
      throw new BadValue(e.getMessage());
    }
  }

  /**
   * Parses the common form {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} without a formatter, or
   * returns null for any other text (which {@link Instant#parse} then reads or rejects). Gives
   * exactly what {@link Instant#parse} gives for the texts it accepts.
   */
  static Instant fastUtc(String s) {
    int n = s.length();
    if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
        || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59
        || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int digits = n - 21;
      if (s.charAt(19) != '.' || digits < 1 || digits > 9) {
        return null;
      }
      nanos = digits(s, 20, digits);
      if (nanos < 0) {
        return null;
      }
      for (int i = digits; i < 9; i++) {
        nanos *= 10;
      }
    } else if (s.charAt(19) != 'Z') {
      return null;
    }
    long days = java.time.LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second, nanos);
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  static Duration duration(JsonParser p, String field) {
    String s = text(p, field);
    try {
      return Limits.requireDuration(field, Duration.parse(s));
    } catch (DateTimeParseException e) {
      throw new BadValue(field + " must be an ISO-8601 duration, such as PT5M: " + Limits.shown(s));
    } catch (IllegalArgumentException e) {
      throw new BadValue(e.getMessage());
    }
  }

  /** A decimal given as a string or as an exact JSON number; never through a double. */
  static BigDecimal decimal(JsonParser p, String field) {
    BigDecimal d;
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getString();
      if (s.length() > 100 || s.isEmpty() || !isDecimalText(s)) {
        throw new BadValue(
            field + " must be a decimal number such as \"0.5\" or 12.25: " + Limits.shown(s));
      }
      d = new BigDecimal(s);
    } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      if (p.isNaN()) {
        throw new BadValue(field + " must be a finite decimal: " + shownToken(p));
      }
      d = p.getDecimalValue();
    } else {
      throw new BadValue(field + " must be a decimal string or number: " + shownToken(p));
    }
    try {
      return Limits.requireDecimal(field, d);
    } catch (IllegalArgumentException e) {
      throw new BadValue(e.getMessage());
    }
  }

  private static boolean isDecimalText(String s) {
    int i = 0;
    int n = s.length();
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      i++;
    }
    int digits = 0;
    boolean point = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else if ((c == 'e' || c == 'E') && digits > 0) {
        return isExponent(s, i + 1);
      } else {
        return false;
      }
    }
    return digits > 0;
  }

  private static boolean isExponent(String s, int from) {
    int i = from;
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    if (i == s.length() || s.length() - i > 4) {
      return false;
    }
    for (; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static long wholeNumber(JsonParser p, String field) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw new BadValue(field + " must be a whole JSON number: " + shownToken(p));
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw new BadValue(
          field + " must be within " + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ": "
              + Limits.shown(p.getString()));
    }
    return p.getLongValue();
  }

  static boolean bool(JsonParser p, String field) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw new BadValue(field + " must be true or false: " + shownToken(p));
    }
    return t == JsonToken.VALUE_TRUE;
  }

  static void expect(JsonParser p, JsonToken expected, String what) {
    if (p.currentToken() != expected) {
      throw new BadValue(what + " must be a JSON " + tokenName(expected) + ": " + shownToken(p));
    }
  }

  static String tokenName(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static String shownToken(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null || t.isStructStart() || t.isStructEnd() || t == JsonToken.VALUE_NULL) {
      return tokenName(t);
    }
    return Limits.shown(p.getString());
  }

  /** Writes a decimal exactly, keeping its scale: plain unless the scale is negative. */
  static String decimalText(BigDecimal d) {
    return d.scale() < 0 ? d.toString() : d.toPlainString();
  }

  /** Escapes a name for a JSON pointer (RFC 6901). */
  static String pointerPart(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }
}
