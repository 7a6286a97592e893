package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.PartyRole;
import dev.servicelevel.agreement.TerminationRule;
import java.util.List;
import org.immutables.value.Value;

/**
 * A termination right that arose: which rule fired for which target, from which period, and the
 * breached periods that made it fire.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TerminationFinding {

  TerminationFinding() {}

  static TerminationFinding of(
      TerminationRule rule, String targetId, PeriodRange firedIn, List<String> breachedPeriods) {
    return ImmutableTerminationFinding.of(rule, targetId, firedIn, breachedPeriods);
  }

  /**
   * Gets the rule that fired.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract TerminationRule rule();

  /**
   * Gets the target whose breaches fired the rule.
   *
   * @return the target id, not null
   */
  @Value.Parameter
  public abstract String targetId();

  /**
   * Gets the first period at whose end the rule holds: the right arises from then on.
   *
   * @return the period, not null
   */
  @Value.Parameter
  public abstract PeriodRange firedIn();

  /**
   * Gets the labels of the breached periods among the last N periods up to {@link #firedIn()}.
   *
   * @return the labels in time order, at least K, not null
   */
  @Value.Parameter
  public abstract List<String> breachedPeriods();

  /**
   * Gets the party that may terminate.
   *
   * @return the holder of the right, not null
   */
  public PartyRole holder() {
    return rule().holder();
  }

  /**
   * Outputs the finding, such as {@code "CUSTOMER may terminate from 2025-05: shop-prime breached
   * in [2025-03, 2025-04, 2025-05]"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return holder() + " may terminate from " + firedIn().label() + ": " + targetId()
        + " breached in " + breachedPeriods();
  }
}
