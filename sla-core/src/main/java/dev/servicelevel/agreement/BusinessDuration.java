package dev.servicelevel.agreement;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * A goal or offset length that says how it is counted: business time on the window's calendar,
 * plain elapsed time, or working days in one of two explicit flavours. There is no ambiguous
 * "day".
 *
 * <p>The meaning of each basis for a clock that starts at instant {@code s} on a window whose
 * calendar is {@code c} (the calendar methods are those of
 * {@link dev.servicelevel.calendar.BusinessCalendar}):
 * <ul>
 *   <li>{@link Basis#BUSINESS_TIME}: the deadline is {@code c.plus(s, time())}; only open time
 *       counts.</li>
 *   <li>{@link Basis#ELAPSED_TIME}: the deadline is {@code s.plus(time())}; every instant
 *       counts, open or not ("24×7").</li>
 *   <li>{@link Basis#WORKING_DAYS_SAME_TIME}: "the same local time n working days later". With
 *       {@code o = c.nextOpen(s)} (the clock starts when coverage opens), the deadline is the
 *       local time of {@code o} on the date {@code c.plusWorkingDays(date(o), n)}, in the
 *       calendar's zone.</li>
 *   <li>{@link Basis#END_OF_WORKING_DAY}: "by the end of the n-th working day after the start's
 *       working day". With {@code o = c.nextOpen(s)} and {@code d = c.plusWorkingDays(date(o), n)},
 *       the deadline is the end of the last open interval that starts on {@code d}. So
 *       {@code n = 0} is "by the end of today's working day" (or of the next working day when the
 *       ticket arrives after closing) and {@code n = 1} "by the end of the next working day".</li>
 * </ul>
 * Pauses extend a deadline by the business time (or elapsed time) spent paused; the evaluators
 * in {@code dev.servicelevel.evaluation} apply that.
 *
 * <pre>{@code
 * BusinessDuration.businessHours(4);          // 4 h of open time on the window's calendar
 * BusinessDuration.elapsed(Duration.ofMinutes(30));  // 30 min around the clock
 * BusinessDuration.workingDaysSameTime(1);    // Tue 10:15 -> Wed 10:15
 * BusinessDuration.endOfWorkingDay(1);        // Tue 10:15 -> Wed at closing
 * }</pre>
 *
 * <p>Bounds: a time-based duration is positive and at most {@link Limits#MAX_DURATION} (500
 * years, the length of the supported range 1900..2399), so {@code businessHours} takes 1 to
 * 4,382,904 hours and {@code businessMinutes} 1 to 262,974,240 minutes; anything longer is
 * rejected with an {@link IllegalArgumentException} naming the value and the range. Working
 * days are any non-negative {@code int}; a count that reaches beyond the supported range makes
 * the deadline unevaluable rather than failing here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class BusinessDuration {

  /** How a business duration is counted. */
  public enum Basis {
    /** Open time on the window's calendar, measured by {@link BusinessDuration#time()}. */
    BUSINESS_TIME,
    /** Elapsed time whether open or not, measured by {@link BusinessDuration#time()}. */
    ELAPSED_TIME,
    /** The same local time a number of working days later. */
    WORKING_DAYS_SAME_TIME,
    /** The end of the working day a number of working days after the start's working day. */
    END_OF_WORKING_DAY
  }

  private static final long MAX_HOURS = Limits.MAX_DURATION.toHours();
  private static final long MAX_MINUTES = Limits.MAX_DURATION.toMinutes();

  BusinessDuration() {}

  /**
   * Obtains a length of business time: open time on the window's calendar.
   *
   * @param time  the business time, positive
   * @return the duration, not null
   * @throws IllegalArgumentException if {@code time} is zero, negative or longer than
   *     {@link Limits#MAX_DURATION}
   */
  public static BusinessDuration businessTime(Duration time) {
    return ImmutableBusinessDuration.of(Basis.BUSINESS_TIME, time, 0);
  }

  /**
   * Obtains a number of business hours: open time on the window's calendar.
   *
   * @param hours  the number of hours, positive
   * @return the duration, not null
   * @throws IllegalArgumentException if {@code hours} is not within 1 and 4,382,904 (500 years)
   */
  public static BusinessDuration businessHours(long hours) {
    Checks.requireArgument(
        hours >= 1 && hours <= MAX_HOURS,
        "Business hours must be within 1 and " + MAX_HOURS + " (500 years)",
        hours);
    return businessTime(Duration.ofHours(hours));
  }

  /**
   * Obtains a number of business minutes: open time on the window's calendar.
   *
   * @param minutes  the number of minutes, positive
   * @return the duration, not null
   * @throws IllegalArgumentException if {@code minutes} is not within 1 and 262,974,240 (500
   *     years)
   */
  public static BusinessDuration businessMinutes(long minutes) {
    Checks.requireArgument(
        minutes >= 1 && minutes <= MAX_MINUTES,
        "Business minutes must be within 1 and " + MAX_MINUTES + " (500 years)",
        minutes);
    return businessTime(Duration.ofMinutes(minutes));
  }

  /**
   * Obtains a length of elapsed time, counted around the clock whether the window is open or
   * not.
   *
   * @param time  the elapsed time, positive
   * @return the duration, not null
   * @throws IllegalArgumentException if {@code time} is zero, negative or longer than
   *     {@link Limits#MAX_DURATION}
   */
  public static BusinessDuration elapsed(Duration time) {
    return ImmutableBusinessDuration.of(Basis.ELAPSED_TIME, time, 0);
  }

  /**
   * Obtains "the same local time a number of working days later" (see the class description).
   *
   * @param workingDays  the number of working days, at least 1
   * @return the duration, not null
   * @throws IllegalArgumentException if {@code workingDays} is less than 1
   */
  public static BusinessDuration workingDaysSameTime(int workingDays) {
    return ImmutableBusinessDuration.of(Basis.WORKING_DAYS_SAME_TIME, Duration.ZERO, workingDays);
  }

  /**
   * Obtains "by the end of the working day a number of working days after the start's working
   * day" (see the class description): 0 is the end of the same working day, 1 the end of the
   * next.
   *
   * @param workingDays  the number of working days after the start's working day, at least 0
   * @return the duration, not null
   * @throws IllegalArgumentException if {@code workingDays} is negative
   */
  public static BusinessDuration endOfWorkingDay(int workingDays) {
    return ImmutableBusinessDuration.of(Basis.END_OF_WORKING_DAY, Duration.ZERO, workingDays);
  }

  /**
   * Gets how this duration is counted.
   *
   * @return the basis, not null
   */
  @Value.Parameter
  public abstract Basis basis();

  /**
   * Gets the length of time for the time bases.
   *
   * @return the time for {@link Basis#BUSINESS_TIME} and {@link Basis#ELAPSED_TIME}, positive;
   *     {@link Duration#ZERO} for the working-day bases
   */
  @Value.Parameter
  public abstract Duration time();

  /**
   * Gets the number of working days for the working-day bases.
   *
   * @return the working days for {@link Basis#WORKING_DAYS_SAME_TIME} (at least 1) and
   *     {@link Basis#END_OF_WORKING_DAY} (at least 0); 0 for the time bases
   */
  @Value.Parameter
  public abstract int workingDays();

  /**
   * Checks if this duration is a length of time (business or elapsed) rather than a count of
   * working days.
   *
   * @return true for {@link Basis#BUSINESS_TIME} and {@link Basis#ELAPSED_TIME}
   */
  public boolean isTimeBased() {
    return basis() == Basis.BUSINESS_TIME || basis() == Basis.ELAPSED_TIME;
  }

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this business duration with another basis, checked like a built value.
   *
   * @param value  the basis, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract BusinessDuration withBasis(BusinessDuration.Basis value);

  /**
   * Returns a copy of this business duration with another time, checked like a built value.
   *
   * @param value  the time, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract BusinessDuration withTime(Duration value);

  /**
   * Returns a copy of this business duration with another working days, checked like a built
   * value.
   *
   * @param value  the working days
   * @return the copy, not null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract BusinessDuration withWorkingDays(int value);

  @Value.Check
  void check() {
    if (isTimeBased()) {
      Checks.requirePositive("Duration", time());
      Checks.requireArgument(
          workingDays() == 0, "A time-based duration has no working days", workingDays());
    } else {
      Checks.requireArgument(time().isZero(), "A working-day duration has no time part", time());
      int least = basis() == Basis.WORKING_DAYS_SAME_TIME ? 1 : 0;
      Checks.requireArgument(
          workingDays() >= least,
          "Working days must be at least " + least + " for " + basis(),
          workingDays());
    }
  }

  /**
   * Outputs the duration, such as {@code "PT4H business time"}, {@code "PT30M elapsed time"},
   * {@code "same time +1 working days"} or {@code "end of working day +0"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    switch (basis()) {
      case BUSINESS_TIME:
        return time() + " business time";
      case ELAPSED_TIME:
        return time() + " elapsed time";
      case WORKING_DAYS_SAME_TIME:
        return "same time +" + workingDays() + " working days";
      case END_OF_WORKING_DAY:
        return "end of working day +" + workingDays();
      default:
        throw new AssertionError(basis());
    }
  }
}
