package dev.servicelevel.evaluation;

import dev.servicelevel.style.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a target allows to go wrong in a period, how much of it went wrong and what is left:
 * downtime in seconds for availability, late tickets for ticket timers, bad samples, events or
 * slices for measurements.
 *
 * <p>Amounts are exact decimals and may be fractional: 99.9 % of a 31-day month allows
 * 2678.4 seconds (44 min 38.4 s); 95 % of 37 tickets allows 1.85 late tickets. For availability
 * the allowance is the whole period's, also while the period runs, so {@link #left()} is what
 * the rest of the period may still use; for the other targets it is the allowance of the
 * records counted so far. {@link #left()} is negative once the budget is overspent.
 *
 * <pre>{@code
 * ErrorBudget b = result.budget().orElseThrow();
 * b.allowedTime();   // Optional[PT43M12S]
 * b.usedTime();      // Optional[PT21M36S]
 * b.usedPercent();   // Optional[50]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ErrorBudget {

  /** What an error budget counts. */
  public enum Unit {
    /** Seconds of downtime. */
    SECONDS,
    /** Tickets that missed their goal. */
    TICKETS,
    /** Samples that miss the objective or threshold. */
    SAMPLES,
    /** Events on the wrong side of the ratio. */
    EVENTS,
    /** Time slices that are not good. */
    SLICES
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  ErrorBudget() {}

  static ErrorBudget of(Unit unit, BigDecimal allowed, BigDecimal used) {
    return ImmutableErrorBudget.of(unit, ExactValue.plain(allowed), ExactValue.plain(used));
  }

  /**
   * Gets what the amounts count.
   *
   * @return the unit, not null
   */
  @Value.Parameter
  public abstract Unit unit();

  /**
   * Gets the amount the target allows to go wrong.
   *
   * @return the allowance, at least 0, not null
   */
  @Value.Parameter
  public abstract BigDecimal allowed();

  /**
   * Gets the amount that went wrong.
   *
   * @return the amount used, at least 0, not null
   */
  @Value.Parameter
  public abstract BigDecimal used();

  /**
   * Gets the amount left: allowed minus used, negative when overspent.
   *
   * @return the amount left, not null
   */
  public BigDecimal left() {
    return allowed().subtract(used());
  }

  /**
   * Gets the share of the allowance used, in percent, rounded up to two decimals.
   *
   * @return the share, above 100 when overspent; empty when nothing is allowed
   */
  public Optional<BigDecimal> usedPercent() {
    if (allowed().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        ExactValue.plain(used().multiply(HUNDRED).divide(allowed(), 2, RoundingMode.CEILING)));
  }

  /**
   * Gets the allowance as a duration, rounded down to the nanosecond.
   *
   * @return the duration for {@link Unit#SECONDS}, empty for other units
   */
  public Optional<Duration> allowedTime() {
    return time(allowed(), RoundingMode.FLOOR);
  }

  /**
   * Gets the amount used as a duration, rounded up to the nanosecond.
   *
   * @return the duration for {@link Unit#SECONDS}, empty for other units
   */
  public Optional<Duration> usedTime() {
    return time(used(), RoundingMode.CEILING);
  }

  /**
   * Gets the amount left as a duration, rounded down to the nanosecond; negative when overspent.
   *
   * @return the duration for {@link Unit#SECONDS}, empty for other units
   */
  public Optional<Duration> leftTime() {
    return time(left(), RoundingMode.FLOOR);
  }

  private Optional<Duration> time(BigDecimal seconds, RoundingMode rounding) {
    if (unit() != Unit.SECONDS) {
      return Optional.empty();
    }
    return Optional.of(Durations.ofSeconds(seconds, rounding));
  }

  @Value.Check
  void check() {
    Checks.requireArgument(
        allowed().signum() >= 0 && used().signum() >= 0,
        "Error budget amounts must be at least 0",
        allowed(),
        used());
  }

  /**
   * Outputs the budget, such as {@code "allowed PT43M12S, used PT21M36S (50 %), left PT21M36S"}
   * or {@code "allowed 1.85 tickets, used 1 (54.06 %), left 0.85"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    String used = usedPercent().map(p -> " (" + p.toPlainString() + " %)").orElse("");
    if (unit() == Unit.SECONDS) {
      return "allowed " + allowedTime().orElseThrow() + ", used " + usedTime().orElseThrow()
          + used + ", left " + Durations.text(leftTime().orElseThrow());
    }
    return "allowed " + allowed().toPlainString() + " " + unit().name().toLowerCase(Locale.ROOT)
        + ", used " + used().toPlainString() + used + ", left " + left().toPlainString();
  }
}
