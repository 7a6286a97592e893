package dev.servicelevel.benchmarks;

import java.util.Objects;

/**
 * Guards every benchmark's setup: a ratio between two implementations only means something when
 * both give the same answers, so a trial stops when they do not.
 */
final class Agreement {

  /** How many of a workload's queries the span benchmarks check before measuring. */
  static final int SAMPLE = 16;

  private Agreement() {}

  /** Throws when the calendar and the baseline answer a query, such as "isOpen(t)", differently. */
  static void check(String query, Object fast, Object naive) {
    if (!Objects.equals(fast, naive)) {
      throw new IllegalStateException(
          "BusinessCalendar and the day-by-day baseline disagree on " + query + ": " + fast
              + " / " + naive);
    }
  }
}
