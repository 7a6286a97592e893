package dev.servicelevel.evaluation.timer;

import dev.servicelevel.style.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of one ticket's timer for one target as of an instant: one {@link TimerCycle} per
 * start of the timer (one for single-cycle timers; a not-started cycle when it never started).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TimerResult {

  TimerResult() {}

  static TimerResult of(String ticketId, String targetId, Instant asOf, List<TimerCycle> cycles) {
    return ImmutableTimerResult.of(ticketId, targetId, asOf, cycles);
  }

  /**
   * Gets the ticket's id.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract String ticketId();

  /**
   * Gets the id of the ticket-timer target evaluated.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract String targetId();

  /**
   * Gets the instant the result is as of; events after it were ignored.
   *
   * @return the instant, not null
   */
  @Value.Parameter
  public abstract Instant asOf();

  /**
   * Gets the cycles in start order, at least one.
   *
   * @return the cycles, not null, not empty
   */
  @Value.Parameter
  public abstract List<TimerCycle> cycles();

  /**
   * Gets the latest cycle: the one a help desk shows.
   *
   * @return the latest cycle, not null
   */
  public TimerCycle current() {
    return cycles().get(cycles().size() - 1);
  }

  /**
   * Gets the earliest {@link TimerCycle#nextChangeAt()} of all cycles.
   *
   * @return the instant, empty when nothing changes without new events
   */
  public Optional<Instant> nextChangeAt() {
    Instant min = null;
    for (TimerCycle c : cycles()) {
      if (c.nextChangeAt().isPresent() && (min == null || c.nextChangeAt().get().isBefore(min))) {
        min = c.nextChangeAt().get();
      }
    }
    return Optional.ofNullable(min);
  }

  @Value.Check
  void check() {
    Checks.requireArgument(
        !cycles().isEmpty(), "A timer result has at least one cycle", ticketId());
  }

  /**
   * Outputs the result, such as {@code "T-1 respond-p1 as of ...: RUNNING ..."}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return ticketId() + " " + targetId() + " as of " + asOf() + ": " + current();
  }
}
