package dev.servicelevel.evaluation;

import java.util.List;
import org.immutables.value.Value;

/**
 * The same measure of one service side by side across service windows, such as the shop's
 * availability in prime and in non-prime time.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class WindowComparison {

  WindowComparison() {}

  static WindowComparison of(String service, String metric, List<TargetResult> results) {
    return ImmutableWindowComparison.of(service, metric, results);
  }

  /**
   * Gets the service.
   *
   * @return the service id, not null
   */
  @Value.Parameter
  public abstract String service();

  /**
   * Gets the measure, as {@link TargetResult#metric()} names it.
   *
   * @return the metric, not null
   */
  @Value.Parameter
  public abstract String metric();

  /**
   * Gets the results of the measure's targets, one per window, in the agreement's order.
   *
   * @return the results, at least two, not null
   */
  @Value.Parameter
  public abstract List<TargetResult> results();

  /**
   * Outputs the comparison, such as {@code "shop availability: prime MET 99.95 % | non-prime
   * MET 100 %"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(service()).append(' ').append(metric()).append(':');
    String sep = " ";
    for (TargetResult r : results()) {
      sb.append(sep).append(r.window()).append(' ').append(r.status());
      r.achieved().ifPresent(a -> sb.append(' ').append(a.toPlainString()));
      r.unit().ifPresent(u -> sb.append(' ').append(u));
      sep = " | ";
    }
    return sb.toString();
  }
}
