package dev.servicelevel.evaluation.alert;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.evaluation.Fraction;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One alert condition on an error budget's burn rate: a long and a short window looking back
 * from the evaluation instant, and a threshold; the condition fires when the burn rate over
 * <em>both</em> windows compares with the threshold as {@link #comparison()} says (at or above it
 * unless set otherwise). The long window makes the alert significant, the short one makes it
 * stop soon after the burning stops (the SRE workbook, "Alerting on SLOs", multiwindow,
 * multi-burn-rate alerts).
 *
 * <p>A burn rate of 1 uses up the period's error budget exactly by the period's end; 14.4 over an
 * hour of a 30-day period uses 2 % of the budget in that hour.
 *
 * <h2>OpenSLO</h2>
 * An OpenSLO {@code AlertCondition} of {@code kind: burnrate} maps as follows:
 * <ul>
 *   <li>{@code op} ({@code lt}, {@code lte}, {@code gte}, {@code gt}) is {@link #comparison()}
 *       ({@link Comparison#LESS_THAN}, {@link Comparison#LESS_OR_EQUAL},
 *       {@link Comparison#GREATER_OR_EQUAL}, {@link Comparison#GREATER_THAN});</li>
 *   <li>{@code threshold} is {@link #threshold()};</li>
 *   <li>{@code lookbackWindow} is both {@link #longWindow()} and {@link #shortWindow()}: OpenSLO
 *       checks one window, which is a pair of equal windows here
 *       ({@link #openSlo(String, String, BigDecimal, Duration)});</li>
 *   <li>{@code alertAfter}, how long the condition must hold before it alerts, is state across
 *       evaluations, which a pure function does not keep: the host fires when every evaluation
 *       over the last {@code alertAfter} found the condition firing (with {@code alertAfter} 0,
 *       at once);</li>
 *   <li>{@code severity} and the metadata name: {@link #name()} carries the host's label.</li>
 * </ul>
 *
 * <pre>{@code
 * BurnRateCondition page = BurnRateCondition.of("page",
 *     Duration.ofHours(1), Duration.ofMinutes(5), new BigDecimal("14.4"));
 * BurnRateCondition.sreWorkbook();   // page 14.4 1h/5m, page 6 6h/30m, ticket 1 3d/6h
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class BurnRateCondition {

  /** The longest name: {@value} characters. */
  public static final int MAX_NAME_LENGTH = 200;

  private static final List<BurnRateCondition> SRE_WORKBOOK =
      List.of(
          of("page-fast", Duration.ofHours(1), Duration.ofMinutes(5), new BigDecimal("14.4")),
          of("page-slow", Duration.ofHours(6), Duration.ofMinutes(30), new BigDecimal("6")),
          of("ticket", Duration.ofDays(3), Duration.ofHours(6), BigDecimal.ONE));

  BurnRateCondition() {}

  /**
   * Obtains a condition that fires when both windows burn at or above the threshold.
   *
   * @param name  the host's label for the condition, such as {@code page}, not blank
   * @param longWindow  the long window, positive, at most {@link Limits#MAX_DURATION}, not null
   * @param shortWindow  the short window, positive, at most the long one, not null
   * @param threshold  the burn rate, at least 0, within {@link Limits#requireDecimal}, not null
   * @return the condition, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws IllegalArgumentException if the name is blank or longer than
   *     {@link #MAX_NAME_LENGTH}, a window is not positive or too long, the short window is
   *     longer than the long one, or the threshold is negative or out of bounds
   */
  public static BurnRateCondition of(
      String name, Duration longWindow, Duration shortWindow, BigDecimal threshold) {
    return of(name, longWindow, shortWindow, Comparison.GREATER_OR_EQUAL, threshold);
  }

  /**
   * Obtains a condition that fires when both windows' burn rates compare with the threshold as
   * the comparison says.
   *
   * @param name  the host's label for the condition, not blank
   * @param longWindow  the long window, positive, at most {@link Limits#MAX_DURATION}, not null
   * @param shortWindow  the short window, positive, at most the long one, not null
   * @param comparison  how a burn rate is compared with the threshold, not null
   * @param threshold  the burn rate, at least 0, within {@link Limits#requireDecimal}, not null
   * @return the condition, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws IllegalArgumentException as {@link #of(String, Duration, Duration, BigDecimal)}
   */
  public static BurnRateCondition of(
      String name,
      Duration longWindow,
      Duration shortWindow,
      Comparison comparison,
      BigDecimal threshold) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(longWindow, "longWindow");
    Objects.requireNonNull(shortWindow, "shortWindow");
    Objects.requireNonNull(comparison, "comparison");
    Limits.requireDecimal("threshold", threshold);
    return ImmutableBurnRateCondition.of(name, longWindow, shortWindow, comparison, threshold);
  }

  /**
   * Obtains the condition of an OpenSLO {@code AlertCondition} of kind {@code burnrate}: one
   * look-back window, so the long and the short window are the same (see the class description
   * for {@code alertAfter}).
   *
   * <pre>{@code
   * BurnRateCondition.openSlo("cpu-usage-breach", "gte", new BigDecimal("2"), Duration.ofHours(1));
   * }</pre>
   *
   * @param name  the condition's metadata name, not blank
   * @param op  OpenSLO's operator: {@code lt}, {@code lte}, {@code gte} or {@code gt}, not null
   * @param threshold  the burn rate, at least 0, not null
   * @param lookbackWindow  the window, positive, not null
   * @return the condition, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws IllegalArgumentException if the operator is not one of the four, or as
   *     {@link #of(String, Duration, Duration, BigDecimal)}
   */
  public static BurnRateCondition openSlo(
      String name, String op, BigDecimal threshold, Duration lookbackWindow) {
    Objects.requireNonNull(op, "op");
    Comparison comparison;
    switch (op) {
      case "lt":
        comparison = Comparison.LESS_THAN;
        break;
      case "lte":
        comparison = Comparison.LESS_OR_EQUAL;
        break;
      case "gte":
        comparison = Comparison.GREATER_OR_EQUAL;
        break;
      case "gt":
        comparison = Comparison.GREATER_THAN;
        break;
      default:
        throw new IllegalArgumentException(
            "OpenSLO operator must be lt, lte, gte or gt: '" + Limits.shown(op) + "'");
    }
    return of(name, lookbackWindow, lookbackWindow, comparison, threshold);
  }

  /**
   * Gets the three conditions the SRE workbook recommends for a 30-day budget: {@code page-fast}
   * (14.4 over 1 hour and 5 minutes, 2 % of the budget in an hour), {@code page-slow} (6 over
   * 6 hours and 30 minutes, 5 % in 6 hours) and {@code ticket} (1 over 3 days and 6 hours, 10 %
   * in 3 days).
   *
   * @return the conditions, in that order, not null
   */
  public static List<BurnRateCondition> sreWorkbook() {
    return SRE_WORKBOOK;
  }

  /**
   * Gets the host's label for the condition.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Gets the long window, looking back from the evaluation instant.
   *
   * @return the window, positive, not null
   */
  @Value.Parameter
  public abstract Duration longWindow();

  /**
   * Gets the short window, looking back from the evaluation instant.
   *
   * @return the window, positive, at most the long one, not null
   */
  @Value.Parameter
  public abstract Duration shortWindow();

  /**
   * Gets how a window's burn rate is compared with the threshold: at or above it
   * ({@link Comparison#GREATER_OR_EQUAL}) unless set otherwise.
   *
   * @return the comparison, not null
   */
  @Value.Parameter
  public abstract Comparison comparison();

  /**
   * Gets the burn rate the windows are compared with.
   *
   * @return the threshold, at least 0, not null
   */
  @Value.Parameter
  public abstract BigDecimal threshold();

  /**
   * Checks if a burn rate meets the condition's comparison with its threshold, exactly.
   *
   * @param burnRate  the burn rate, not null
   * @return true if it compares with the threshold as {@link #comparison()} says
   * @throws NullPointerException naming {@code burnRate} if it is null
   */
  public boolean isMetBy(Fraction burnRate) {
    Objects.requireNonNull(burnRate, "burnRate");
    int c = burnRate.compareTo(threshold());
    switch (comparison()) {
      case LESS_THAN:
        return c < 0;
      case LESS_OR_EQUAL:
        return c <= 0;
      case GREATER_OR_EQUAL:
        return c >= 0;
      case GREATER_THAN:
        return c > 0;
      default:
        throw new AssertionError(comparison());
    }
  }

  @Value.Check
  void check() {
    if (name().length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "Condition name must be at most " + MAX_NAME_LENGTH + " characters long: "
              + Limits.shown(name()));
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException(
          "Condition name must not be blank: '" + Limits.shown(name()) + "'");
    }
    requirePositive("Long window", longWindow());
    requirePositive("Short window", shortWindow());
    if (shortWindow().compareTo(longWindow()) > 0) {
      throw new IllegalArgumentException(
          "Short window must be at most the long window: " + shortWindow() + " / "
              + longWindow());
    }
    if (threshold().signum() < 0) {
      throw new IllegalArgumentException(
          "Burn-rate threshold must be at least 0: " + threshold().toPlainString());
    }
  }

  private static void requirePositive(String what, Duration window) {
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive: " + window);
    }
    Limits.requireDuration(what, window);
  }

  /**
   * Outputs the condition, such as {@code "page-fast: burn rate >= 14.4 over PT1H and PT5M"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    String windows =
        longWindow().equals(shortWindow())
            ? longWindow().toString()
            : longWindow() + " and " + shortWindow();
    return Limits.shown(name()) + ": burn rate " + comparison().symbol() + " "
        + threshold().toPlainString() + " over " + windows;
  }
}
