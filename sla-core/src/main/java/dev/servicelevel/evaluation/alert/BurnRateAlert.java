package dev.servicelevel.evaluation.alert;

import org.immutables.value.Value;

/**
 * One condition evaluated: its two windows' burn rates and whether it fires.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class BurnRateAlert {

  BurnRateAlert() {}

  static BurnRateAlert of(BurnRateCondition condition, WindowBurn longWindow, WindowBurn shortWindow) {
    boolean fires =
        longWindow.burnRate().map(condition::isMetBy).orElse(false)
            && shortWindow.burnRate().map(condition::isMetBy).orElse(false);
    return ImmutableBurnRateAlert.of(condition, longWindow, shortWindow, fires);
  }

  /**
   * Gets the condition.
   *
   * @return the condition, not null
   */
  @Value.Parameter
  public abstract BurnRateCondition condition();

  /**
   * Gets the long window's burn.
   *
   * @return the window, not null
   */
  @Value.Parameter
  public abstract WindowBurn longWindow();

  /**
   * Gets the short window's burn (the same figures as the long one's when the windows are
   * equal).
   *
   * @return the window, not null
   */
  @Value.Parameter
  public abstract WindowBurn shortWindow();

  /**
   * Checks if the condition fires: both windows have a burn rate and both compare with the
   * threshold as the condition says. A window without a burn rate never fires.
   *
   * @return true if it fires
   */
  @Value.Parameter
  public abstract boolean fires();

  /**
   * Outputs the alert, such as {@code "FIRES page-fast: burn rate >= 14.4 over PT1H and PT5M;
   * long PT1H ... burn rate 18 (18); short PT5M ... burn rate 18 (18)"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return (fires() ? "FIRES " : "quiet ") + condition() + "; long " + longWindow()
        + "; short " + shortWindow();
  }
}
