package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.evaluation.EventCount;
import java.math.BigDecimal;
import java.time.Instant;
import org.threeten.extra.Interval;

/**
 * The fast path of {@link ObservationReader#readLines}: reads the common JSON Lines records,
 * {@code sample} and {@code count}, straight from the line's characters, with no parser, no tree
 * and no text copied out of the line but the target id (reused from the previous line when it is
 * the same).
 *
 * <p>It takes only what it can read exactly as the general path would, and gives the same values:
 * a flat object of the record's own fields, each once, names and strings without escapes or
 * control characters, instants in the form {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, decimals
 * {@code -?digits[.digits]} of at most 18 digits (a string, or a JSON number in JSON's own
 * grammar), counts JSON whole numbers of at most 18 digits, values within {@link Limits}, and
 * nothing after the object but white space. For anything else (another record kind, an
 * extension field, an escape, an exponent, an unknown or missing field, a value breaking a rule,
 * invalid JSON) {@link #scan} answers false, delivers nothing, and the reader reads the line
 * with the general path, which finds the same record or names the problem with its location.
 *
 * <p>Not thread-safe: one per read.
 */
final class FlatRecordScanner {

  private static final int RECORD = 1;
  private static final int TARGET = 1 << 1;
  private static final int AT = 1 << 2;
  private static final int VALUE = 1 << 3;
  private static final int START = 1 << 4;
  private static final int END = 1 << 5;
  private static final int COUNTED = 1 << 6;
  private static final int TOTAL = 1 << 7;

  private static final int SAMPLE = RECORD | TARGET | AT | VALUE;
  private static final int COUNT = RECORD | TARGET | START | END | COUNTED | TOTAL;

  private static final long[] TEN = new long[19];

  static {
    TEN[0] = 1;
    for (int i = 1; i < TEN.length; i++) {
      TEN[i] = TEN[i - 1] * 10;
    }
  }

  private char[] c;
  private int pos;
  private int end;

  /** Set by {@link #string()}: the characters of the string just read, quotes excluded. */
  private int strFrom;

  private int strTo;

  private boolean isSample;
  private String target;
  private Instant at;
  private Instant start;
  private Instant endAt;
  private BigDecimal value;
  private long counted;
  private long total;

  /** The last target id read (never blank), reused while lines name the same target. */
  private String lastTarget = "";

  /** What {@link #scan} found, to hand to the sink. */
  private EventCount count;

  /**
   * Reads a line when it is a sample or count record the fast path takes.
   *
   * @return true if the record was read (then {@link #deliver} hands it on), false if the line
   *     must go through the general path
   */
  boolean scan(char[] chars, int length) {
    c = chars;
    pos = 0;
    end = length;
    try {
      return object();
    } catch (RuntimeException e) {
      // A value the model refuses: the general path names it with its location.
      return false;
    }
  }

  /** Hands the record {@link #scan} read to the sink; the sink's exceptions pass through. */
  void deliver(ObservationSink sink) {
    if (isSample) {
      sink.sample(target, at, value);
    } else {
      sink.count(target, count);
    }
  }

  private boolean object() {
    skipSpace();
    if (pos >= end || c[pos] != '{') {
      return false;
    }
    pos++;
    int seen = 0;
    skipSpace();
    if (pos < end && c[pos] == '}') {
      return false;
    }
    while (true) {
      skipSpace();
      if (!string()) {
        return false;
      }
      int bit = field(strFrom, strTo - strFrom);
      if (bit == 0 || (seen & bit) != 0) {
        return false;
      }
      seen |= bit;
      skipSpace();
      if (pos >= end || c[pos] != ':') {
        return false;
      }
      pos++;
      skipSpace();
      if (!value(bit)) {
        return false;
      }
      skipSpace();
      if (pos >= end) {
        return false;
      }
      char ch = c[pos++];
      if (ch == '}') {
        break;
      }
      if (ch != ',') {
        return false;
      }
    }
    skipSpace();
    if (pos != end) {
      return false;
    }
    if (isSample) {
      return seen == SAMPLE;
    }
    if (seen != COUNT || endAt.isBefore(start)) {
      return false;
    }
    count = EventCount.of(Interval.of(start, endAt), counted, total);
    return true;
  }

  private boolean value(int bit) {
    switch (bit) {
      case RECORD:
        if (!string()) {
          return false;
        }
        if (is("sample")) {
          isSample = true;
          return true;
        }
        if (is("count")) {
          isSample = false;
          return true;
        }
        return false;
      case TARGET:
        return string() && target();
      case AT:
        at = instant("at");
        return at != null;
      case START:
        start = instant("start");
        return start != null;
      case END:
        endAt = instant("end");
        return endAt != null;
      case VALUE:
        value = decimal();
        return value != null;
      case COUNTED:
        counted = whole();
        return counted >= 0;
      case TOTAL:
        total = whole();
        return total >= 0;
      default:
        return false;
    }
  }

  private int field(int from, int n) {
    switch (n) {
      case 2:
        return c[from] == 'a' && c[from + 1] == 't' ? AT : 0;
      case 3:
        return matches(from, n, "end") ? END : 0;
      case 5:
        if (matches(from, n, "value")) {
          return VALUE;
        }
        if (matches(from, n, "start")) {
          return START;
        }
        return matches(from, n, "total") ? TOTAL : 0;
      case 6:
        if (matches(from, n, "record")) {
          return RECORD;
        }
        return matches(from, n, "target") ? TARGET : 0;
      case 7:
        return matches(from, n, "counted") ? COUNTED : 0;
      default:
        return 0;
    }
  }

  private boolean matches(int from, int n, String name) {
    for (int i = 0; i < n; i++) {
      if (c[from + i] != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean is(String text) {
    return strTo - strFrom == text.length() && matches(strFrom, text.length(), text);
  }

  private boolean target() {
    int n = strTo - strFrom;
    if (n == 0) {
      return false;
    }
    if (n == lastTarget.length() && matches(strFrom, n, lastTarget)) {
      target = lastTarget;
      return true;
    }
    String s = new String(c, strFrom, n);
    if (s.isBlank()) {
      return false;
    }
    lastTarget = s;
    target = s;
    return true;
  }

  /**
   * Reads a string with no escapes and no control characters, of at most the longest string the
   * general path accepts; leaves its bounds in strFrom and strTo.
   */
  private boolean string() {
    if (pos >= end || c[pos] != '"') {
      return false;
    }
    int i = pos + 1;
    int limit = Math.min(end, i + DataJson.MAX_STRING_CHARS);
    while (i < limit) {
      char ch = c[i];
      if (ch == '"') {
        strFrom = pos + 1;
        strTo = i;
        pos = i + 1;
        return true;
      }
      if (ch == '\\' || ch < 0x20) {
        return false;
      }
      i++;
    }
    return false;
  }

  /** An instant in the form yyyy-MM-ddTHH:mm:ss[.fraction]Z within the supported range. */
  private Instant instant(String field) {
    if (!string()) {
      return null;
    }
    int from = strFrom;
    int n = strTo - strFrom;
    if (n < 20 || n > 30 || c[from + n - 1] != 'Z' || c[from + 4] != '-' || c[from + 7] != '-'
        || c[from + 10] != 'T' || c[from + 13] != ':' || c[from + 16] != ':') {
      return null;
    }
    int year = digits(from, 4);
    int month = digits(from + 5, 2);
    int day = digits(from + 8, 2);
    int hour = digits(from + 11, 2);
    int minute = digits(from + 14, 2);
    int second = digits(from + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int count = n - 21;
      if (c[from + 19] != '.' || count < 1 || count > 9) {
        return null;
      }
      nanos = digits(from + 20, count);
      if (nanos < 0) {
        return null;
      }
      nanos *= (int) TEN[9 - count];
    }
    long seconds = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
    return Limits.requireInstant(field, Instant.ofEpochSecond(seconds, nanos));
  }

  private int digits(int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char ch = c[i];
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }

  private static int monthLength(int year, int month) {
    if (month == 2) {
      boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days from 1970-01-01 to a valid date of years 0 to 9999, as LocalDate.toEpochDay. */
  static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y;
    total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
      if (!leap) {
        total--;
      }
    }
    return total - 719_528L;
  }

  /**
   * A decimal {@code -?digits[.digits]} of at most 18 digits, as a string (digits may start
   * with zeros) or a JSON number (no leading zeros); null for any other form.
   */
  private BigDecimal decimal() {
    boolean quoted = pos < end && c[pos] == '"';
    int from;
    int to;
    if (quoted) {
      if (!string()) {
        return null;
      }
      from = strFrom;
      to = strTo;
    } else {
      from = pos;
      to = numberEnd(pos);
      pos = to;
    }
    int i = from;
    boolean negative = i < to && c[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    int intDigits = 0;
    for (; i < to; i++) {
      char ch = c[i];
      if (ch >= '0' && ch <= '9') {
        if (++digits > 18) {
          return null;
        }
        unscaled = unscaled * 10 + (ch - '0');
        if (point) {
          scale++;
        } else {
          intDigits++;
        }
      } else if (ch == '.' && !point && intDigits > 0) {
        point = true;
      } else {
        return null;
      }
    }
    if (intDigits == 0 || (point && scale == 0)) {
      return null;
    }
    if (!quoted && intDigits > 1 && c[negative ? from + 1 : from] == '0') {
      return null; // JSON allows no leading zeros
    }
    return Limits.requireDecimal("value", BigDecimal.valueOf(negative ? -unscaled : unscaled, scale));
  }

  /** A JSON whole number of at most 18 digits, or -1 for any other value (negatives included). */
  private long whole() {
    int to = numberEnd(pos);
    int n = to - pos;
    if (n < 1 || n > 18 || (n > 1 && c[pos] == '0')) {
      return -1;
    }
    long v = 0;
    for (int i = pos; i < to; i++) {
      char ch = c[i];
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    pos = to;
    return v;
  }

  /** The end of a bare token: the next structural character or white space. */
  private int numberEnd(int from) {
    int i = from;
    while (i < end) {
      char ch = c[i];
      if (ch == ',' || ch == '}' || ch == ']' || ch == ' ' || ch == '\t' || ch == '\r'
          || ch == '\n') {
        break;
      }
      i++;
    }
    return i;
  }

  private void skipSpace() {
    while (pos < end) {
      char ch = c[pos];
      if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') {
        return;
      }
      pos++;
    }
  }
}
