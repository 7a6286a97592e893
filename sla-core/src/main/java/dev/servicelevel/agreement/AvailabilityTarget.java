package dev.servicelevel.agreement;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A promise that a service is up for at least a share of its window's open time in each
 * period, such as "the shop is available 99.9 % of prime time per month".
 *
 * <p>Downtime is the open time of the window covered by outages; overlapping outages count once.
 * Outages whose cause is among {@link #excludedCauses()} do not count (planned maintenance only
 * when it was announced at least {@link #maintenanceNotice()} ahead), nor do outages shorter
 * than {@link #ignoreOutagesShorterThan()} when that is set.
 *
 * <pre>{@code
 * AvailabilityTarget shop = AvailabilityTarget.builder()
 *     .id("shop-prime").service("shop").window("prime")
 *     .minimum(new BigDecimal("99.9"))
 *     .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE, OutageCause.FORCE_MAJEURE)
 *     .maintenanceNotice(Duration.ofDays(5))
 *     .build();
 * }</pre>
 *
 * <p>Bounds: the minimum is more than 0 and at most 100 %; weight and at-risk threshold as for
 * every target; decimals have at most 18 digits after the point and an absolute value below 10^18
 * ({@link Limits#requireDecimal(String, java.math.BigDecimal)}), checked before any other rule;
 * the maintenance notice and the ignored outage length are durations are positive and at most 500
 * years ({@link Limits#MAX_DURATION}); ids have at most 200 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract non-sealed class AvailabilityTarget implements MetricTarget {

  /**
   * Gets the family of the target: always {@link TargetKind#AVAILABILITY}.
   *
   * @return {@link TargetKind#AVAILABILITY}
   */
  @Override
  public final TargetKind kind() {
    return TargetKind.AVAILABILITY;
  }

  AvailabilityTarget() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the minimum share of the window's open time the service must be up, in percent.
   *
   * @return the share, more than 0 and at most 100, not null
   */
  public abstract BigDecimal minimum();

  /**
   * Gets the outage causes whose outages do not count as downtime.
   *
   * @return the excluded causes, not null
   */
  public abstract Set<OutageCause> excludedCauses();

  /**
   * Gets how far ahead planned maintenance must be announced to be excluded (elapsed time);
   * set only when {@link OutageCause#PLANNED_MAINTENANCE} is excluded.
   *
   * @return the notice, positive; empty when any outage recorded as planned maintenance is
   *     excluded, however late it was announced
   */
  public abstract Optional<Duration> maintenanceNotice();

  /**
   * Gets the length below which an outage is ignored.
   *
   * @return the length, positive; empty when every outage counts
   */
  public abstract Optional<Duration> ignoreOutagesShorterThan();

  @Value.Check
  void check() {
    Checks.requireTargetBasics(this);
    Checks.requireShare("Availability minimum", minimum());
    maintenanceNotice().ifPresent(n -> Checks.requirePositive("Maintenance notice", n));
    Checks.requireArgument(
        maintenanceNotice().isEmpty() || excludedCauses().contains(OutageCause.PLANNED_MAINTENANCE),
        "A maintenance notice needs planned maintenance among the excluded causes",
        id(),
        excludedCauses());
    ignoreOutagesShorterThan().ifPresent(d -> Checks.requirePositive("Ignored outage length", d));
  }

  /**
   * A builder of availability targets; {@code id}, {@code service}, {@code window} and
   * {@code minimum} are required.
   */
  public static final class Builder extends ImmutableAvailabilityTarget.Builder {
    Builder() {}
  }
}
