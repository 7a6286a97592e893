package dev.servicelevel.evaluation;

import dev.servicelevel.style.Checks;
import java.util.Objects;
import org.immutables.value.Value;
import org.threeten.extra.Interval;

/**
 * Events counted over an interval: how many of all events were counted (good requests, or
 * errors, as the target says), the observation ratio and ratio-timeslice targets are computed
 * from. Monitoring systems report such counts per bucket, such as "between 10:00 and 10:01,
 * 41,873 of 41,890 requests succeeded".
 *
 * <p>A count belongs to the instant its interval starts at: it counts for a period, a window
 * and a time slice when that instant falls in them.
 *
 * <pre>{@code
 * EventCount minute = EventCount.of(
 *     Interval.of(Instant.parse("2025-03-04T10:00:00Z"), Duration.ofMinutes(1)), 41_873, 41_890);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class EventCount {

  EventCount() {}

  /**
   * Obtains a count.
   *
   * @param interval  the interval the events happened in, bounded, not null
   * @param counted  the number of counted events, at least 0 and at most {@code total}
   * @param total  the number of all events, at least 0
   * @return the count, not null
   * @throws NullPointerException naming {@code interval} if it is null
   * @throws IllegalArgumentException if the interval is unbounded or the numbers are negative or
   *     {@code counted} exceeds {@code total}
   */
  public static EventCount of(Interval interval, long counted, long total) {
    Objects.requireNonNull(interval, "interval");
    return ImmutableEventCount.of(interval, counted, total);
  }

  /**
   * Gets the interval the events happened in.
   *
   * @return the interval, bounded, not null
   */
  @Value.Parameter
  public abstract Interval interval();

  /**
   * Gets the number of counted events (good events, or bad ones, as the target says).
   *
   * @return the number, at least 0 and at most {@link #total()}
   */
  @Value.Parameter
  public abstract long counted();

  /**
   * Gets the number of all events.
   *
   * @return the number, at least 0
   */
  @Value.Parameter
  public abstract long total();

  @Value.Check
  void check() {
    Checks.requireArgument(
        !interval().isUnboundedStart() && !interval().isUnboundedEnd(),
        "Event count interval must be bounded",
        interval());
    Checks.requireArgument(
        counted() >= 0 && total() >= 0 && counted() <= total(),
        "Event count must have 0 <= counted <= total",
        Checks.named("counted", counted()),
        Checks.named("total", total()));
  }

  /**
   * Outputs the count, such as {@code "41873/41890 in 2025-03-04T10:00:00Z/2025-03-04T10:01:00Z"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return counted() + "/" + total() + " in " + interval();
  }
}
