package dev.servicelevel.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Conversions between durations and exact decimal seconds. */
final class Durations {

  private Durations() {}

  /** The duration as exact decimal seconds. */
  static BigDecimal seconds(Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
  }

  /** The ISO-8601 text of a duration, with one leading minus sign when negative. */
  static String text(Duration d) {
    return d.isNegative() ? "-" + d.negated() : d.toString();
  }

  /** Decimal seconds as a duration, rounded to the nanosecond. */
  static Duration ofSeconds(BigDecimal seconds, RoundingMode rounding) {
    BigDecimal nanos = seconds.setScale(9, rounding);
    BigDecimal whole = nanos.setScale(0, RoundingMode.FLOOR);
    long nanoPart = nanos.subtract(whole).movePointRight(9).longValueExact();
    return Duration.ofSeconds(whole.longValueExact(), nanoPart);
  }
}
