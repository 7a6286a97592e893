package dev.servicelevel.evaluation.chain;

import dev.servicelevel.agreement.TargetRef;
import java.util.List;
import org.immutables.value.Value;

/**
 * A target of an agreement chain whose supporting targets cannot add up to it: an OLA slower
 * than its SLA, a supplier less available, serial suppliers whose combined availability falls
 * short, or goals that cannot be compared.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class WeakLink {

  WeakLink() {}

  static WeakLink of(TargetRef supported, List<TargetRef> supporting, String reason) {
    return ImmutableWeakLink.of(supported, supporting, reason);
  }

  /**
   * Gets the supported target (usually an SLA's).
   *
   * @return the reference, not null
   */
  @Value.Parameter
  public abstract TargetRef supported();

  /**
   * Gets the supporting targets that fall short: one, or all serial suppliers together.
   *
   * @return the references, not null, not empty
   */
  @Value.Parameter
  public abstract List<TargetRef> supporting();

  /**
   * Gets why the link is weak, with the values compared.
   *
   * @return the reason, not null
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * Outputs the weak link, such as {@code "ops-ola/respond under ecoshop-sla/respond: goal
   * priority = "P1": PT45M elapsed time is longer than PT30M elapsed time"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    String who =
        supporting().size() == 1 ? supporting().get(0).toString() : supporting().toString();
    return who + " under " + supported() + ": " + reason();
  }
}
