package dev.servicelevel.evaluation.chain;

import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.evaluation.TargetResult;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A breached target of a period together with its supporting targets (OLAs, underpinning
 * contracts, and theirs in turn) and those of them that breached too in an overlapping period:
 * where a breach came from, or that it came from no supplier.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ChainBreach {

  ChainBreach() {}

  static ChainBreach of(
      TargetRef target,
      TargetResult result,
      List<TargetRef> supporters,
      Map<TargetRef, TargetResult> breachedSupporters) {
    return ImmutableChainBreach.of(target, result, supporters, breachedSupporters);
  }

  /**
   * Gets the breached target.
   *
   * @return the reference, not null
   */
  @Value.Parameter
  public abstract TargetRef target();

  /**
   * Gets the breached target's result.
   *
   * @return the result, not null
   */
  @Value.Parameter
  public abstract TargetResult result();

  /**
   * Gets every target of the chain that supports it, directly or through others.
   *
   * @return the references, depth first in the chain's order, not null
   */
  @Value.Parameter
  public abstract List<TargetRef> supporters();

  /**
   * Gets the supporters that breached in a period overlapping the target's, with their results.
   *
   * @return the breached supporters, in the order of {@link #supporters()}, not null
   */
  @Value.Parameter
  public abstract Map<TargetRef, TargetResult> breachedSupporters();

  /**
   * Outputs the breach, such as {@code "ecoshop-sla/shop-prime breached in 2025-03; supporters
   * breached too: [hosting-uc/hosting]"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return target() + " breached in " + result().period().label()
        + (breachedSupporters().isEmpty()
            ? "; no supporter breached"
            : "; supporters breached too: " + breachedSupporters().keySet());
  }
}
