package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.TimerThreshold;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a warning or escalation threshold of a timer was or will be reached.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ThresholdStatus {

  ThresholdStatus() {}

  /**
   * Gets the threshold of the target.
   *
   * @return the threshold, not null
   */
  @Value.Parameter
  public abstract TimerThreshold threshold();

  /**
   * Gets the instant the threshold was reached, or will be if the clock keeps running without
   * a pause.
   *
   * @return the instant, empty while paused before reaching it, or when the timer stopped or was
   *     cancelled before reaching it
   */
  @Value.Parameter
  public abstract Optional<Instant> at();

  /**
   * Checks if the threshold was reached at or before the evaluation instant.
   *
   * @return true if reached
   */
  @Value.Parameter
  public abstract boolean isReached();

  /**
   * Outputs the status, such as {@code "escalation 1 h before deadline: reached at ..."}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return threshold() + ": " + (isReached() ? "reached at " : "due at ")
        + at().map(Instant::toString).orElse("-");
  }
}
