package dev.servicelevel.agreement;

import java.util.List;
import org.immutables.value.Value;

/**
 * When the parties review the agreement and its results: a cadence (the review follows each
 * period of it) and who takes part.
 *
 * <pre>{@code
 * ReviewSchedule.of(ReportingPeriod.calendarQuarter(), "EcoShop product owner", "Service manager");
 * }</pre>
 *
 * <p>Bounds: names and other texts at most 10,000 characters; no participant is null; a rolling
 * cadence has at most 182,621 days.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ReviewSchedule {

  ReviewSchedule() {}

  /**
   * Obtains a review schedule.
   *
   * @param cadence  the period after each of which a review is held, not null
   * @param participants  who takes part, none blank
   * @return the schedule, not null
   * @throws IllegalArgumentException if a participant is blank
   */
  public static ReviewSchedule of(ReportingPeriod cadence, String... participants) {
    return of(cadence, Checks.requireNoNulls("participants", participants));
  }

  /**
   * Obtains a review schedule.
   *
   * @param cadence  the period after each of which a review is held, not null
   * @param participants  who takes part, none blank
   * @return the schedule, not null
   * @throws IllegalArgumentException if a participant is blank
   */
  public static ReviewSchedule of(ReportingPeriod cadence, List<String> participants) {
    return ImmutableReviewSchedule.of(
        cadence, Checks.requireNoNulls("participants", participants));
  }

  /**
   * Gets the cadence: a review follows each of these periods.
   *
   * @return the cadence, not null
   */
  @Value.Parameter
  public abstract ReportingPeriod cadence();

  /**
   * Gets who takes part in the reviews.
   *
   * @return the participants, possibly empty, not null
   */
  @Value.Parameter
  public abstract List<String> participants();

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this review schedule with another cadence, checked like a built value.
   *
   * @param value  the cadence, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract ReviewSchedule withCadence(ReportingPeriod value);

  /**
   * Returns a copy of this review schedule with another participants, checked like a built
   * value.
   *
   * @param elements  the participants, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract ReviewSchedule withParticipants(String... elements);

  /**
   * Returns a copy of this review schedule with another participants, checked like a built
   * value.
   *
   * @param elements  the participants, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract ReviewSchedule withParticipants(Iterable<String> elements);

  @Value.Check
  void check() {
    participants().forEach(p -> Checks.requireText("Review participant", p));
  }

  /**
   * Outputs the schedule, such as {@code "review after each calendar quarter with [A, B]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "review after each " + cadence() + " with " + participants();
  }
}
