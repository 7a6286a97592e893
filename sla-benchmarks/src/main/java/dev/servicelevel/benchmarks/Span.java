package dev.servicelevel.benchmarks;

import java.time.Duration;

/**
 * How far a benchmarked query reaches in wall-clock time: {@code between(t, t + span)},
 * and for {@code plus} and {@code minus} the business time such a span holds.
 */
public enum Span {

  /** One hour. */
  ONE_HOUR("1 h", Duration.ofHours(1)),
  /** Seven days. */
  ONE_WEEK("1 week", Duration.ofDays(7)),
  /** 365 days. */
  ONE_YEAR("1 year", Duration.ofDays(365)),
  /** 3,652 days. */
  TEN_YEARS("10 years", Duration.ofDays(3652));

  private final String label;
  private final Duration wall;

  Span(String label, Duration wall) {
    this.label = label;
    this.wall = wall;
  }

  /**
   * Gets a short description for result tables, such as {@code "1 week"}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /** The wall-clock length of the span. */
  Duration wall() {
    return wall;
  }

  /**
   * The business time a calendar holds in this span from {@link Scenario#REFERENCE}, a Monday
   * 09:00 when every scenario is open: 1 h, then about 40 h, 2,000 h and 20,000 h for the office.
   * {@code plus} and {@code minus} move by this much, so they cover about the span's wall-clock
   * length.
   */
  Duration businessTime(NaiveCalendar calendar) {
    return calendar.between(Scenario.REFERENCE, Scenario.REFERENCE.plus(wall));
  }
}
