package dev.servicelevel.examples;

import dev.servicelevel.agreement.Limits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How the example writes figures for people: durations as "1 h 20 min", shares with a fixed
 * number of decimals, money with thousands separators, instants in the agreement's zone. Every
 * format is locale-independent (English), so the report reads the same on every machine.
 */
final class Formats {

  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter WEEKDAY_TIME =
      DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private Formats() {}

  /**
   * Makes a text safe for any output (a terminal, XHTML, a log): each character
   * {@link Limits#isUnsafe} finds (C0 and C1 controls, DEL, bidi embeddings, overrides and
   * isolates), each noncharacter U+FFFE and U+FFFF and each unpaired surrogate becomes a visible
   * {@code \}{@code uXXXX} escape. Every line the example writes goes through here, so data
   * such as a ticket id cannot move the cursor, recolour the terminal, reorder the text or make
   * the XHTML report ill-formed.
   *
   * @param text  the text, not null
   * @return the text, unchanged when it holds no such character
   */
  static String safe(String text) {
    int i = 0;
    while (i < text.length() && !unsafeAt(text, i)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafeAt(text, i)) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean unsafeAt(String text, int i) {
    char c = text.charAt(i);
    if (Limits.isUnsafe(c) || c == '\uFFFE' || c == '\uFFFF') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /**
   * Writes a duration for people: {@code 45 s}, {@code 12 min}, {@code 1 h 20 min},
   * {@code 2 d 3 h}; seconds are shown only under ten minutes, and only when not zero.
   *
   * @param d  the duration, negative durations get a minus sign
   * @return the text
   */
  static String duration(Duration d) {
    if (d.isNegative()) {
      return "-" + duration(d.negated());
    }
    long seconds = d.getSeconds() + (d.getNano() >= 500_000_000 ? 1 : 0);
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3600;
    long minutes = seconds % 3600 / 60;
    long secs = seconds % 60;
    if (days > 0) {
      return days + " d " + hours + " h";
    }
    if (hours > 0) {
      return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }
    if (minutes >= 10 || secs == 0) {
      return minutes + " min";
    }
    return minutes == 0 ? secs + " s" : minutes + " min " + secs + " s";
  }

  /**
   * Writes a long duration in hours, such as {@code 378 h} or {@code 367 h 30 min}.
   *
   * @param d  the duration
   * @return the text
   */
  static String hours(Duration d) {
    long minutes = d.toMinutes();
    return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
  }

  /**
   * Writes a share in percent with a number of decimals, rounding half up, such as
   * {@code 99.9118 %}.
   *
   * @param percent  the share in percent
   * @param decimals  the decimals to show
   * @return the text
   */
  static String percent(BigDecimal percent, int decimals) {
    return percent.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  /**
   * Writes a number without trailing zeros, such as {@code 99.9} or {@code 300}.
   *
   * @param value  the number
   * @return the text
   */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * Writes an amount of money with thousands separators and the currency's decimals, such as
   * {@code 3,000.00 EUR}.
   *
   * @param amount  the amount
   * @param currency  the currency
   * @return the text
   */
  static String money(BigDecimal amount, Currency currency) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    DecimalFormat f = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
        DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(amount) + " " + currency.getCurrencyCode();
  }

  /**
   * Writes an instant as a day and time in a zone, such as {@code Fri 28 Nov 20:15}.
   *
   * @param t  the instant
   * @param zone  the zone
   * @return the text
   */
  static String dayTime(Instant t, ZoneId zone) {
    return DAY_TIME.format(t.atZone(zone));
  }

  /**
   * Writes an instant as a weekday and time in a zone, such as {@code Sat 09:50}.
   *
   * @param t  the instant
   * @param zone  the zone
   * @return the text
   */
  static String weekdayTime(Instant t, ZoneId zone) {
    return WEEKDAY_TIME.format(t.atZone(zone));
  }

  /**
   * Writes an instant as a time of day in a zone, such as {@code 20:15}.
   *
   * @param t  the instant
   * @param zone  the zone
   * @return the text
   */
  static String time(Instant t, ZoneId zone) {
    return TIME.format(t.atZone(zone));
  }

  /**
   * Cuts a text to a width, ending it with "..." when cut.
   *
   * @param text  the text
   * @param width  the width, at least 4
   * @return the text, at most {@code width} characters
   */
  static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }
}
