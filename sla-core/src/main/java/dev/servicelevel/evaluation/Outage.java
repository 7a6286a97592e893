package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.style.Checks;
import dev.servicelevel.style.MissingFieldException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.Interval;

/**
 * A span of time in which a service was down, wholly or in part: the observation availability
 * targets count as downtime.
 *
 * <p>An outage names its service by id and covers a half-open interval of instants. Its
 * {@link #impact()} is the share of the service that was down, from just above 0 to 1 (the
 * default): an outage of 20 minutes at impact 0.5 costs 10 minutes of downtime. Where outages
 * overlap, the larger impact counts, once. A {@link #cause()} lets a target exclude the outage
 * ({@link AvailabilityTarget#excludedCauses()}); planned maintenance is excluded only when it
 * was announced early enough, which the outage records either as the instant of the
 * announcement ({@link #announcedAt()}) or, for hosts that only keep a flag, as
 * {@link #announcedInAdvance()}.
 *
 * <pre>{@code
 * Outage crash = Outage.of("INC-4711", "shop",
 *     Interval.of(Instant.parse("2025-03-04T10:00:00Z"), Instant.parse("2025-03-04T10:12:00Z")));
 * Outage upgrade = Outage.builder()
 *     .id("CHG-88").service("shop")
 *     .interval(Interval.of(Instant.parse("2025-03-09T02:00:00Z"), Duration.ofHours(2)))
 *     .cause(OutageCause.PLANNED_MAINTENANCE)
 *     .announcedAt(Instant.parse("2025-03-01T09:00:00Z"))
 *     .build();
 * Outage slowSearch = Outage.builder()
 *     .id("INC-4712").service("shop").interval(interval).impact(new BigDecimal("0.5")).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Outage {

  Outage() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a builder that holds this outage's attributes, to build a changed copy: setting an
   * attribute replaces it.
   *
   * <pre>{@code
   * Outage corrected = outage.toBuilder().interval(measured).build();
   * }</pre>
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    return new Builder().mergeFrom(this);
  }

  /**
   * Obtains a full outage (impact 1) without a recorded cause.
   *
   * @param id  the outage's id in the host, such as an incident number, not blank
   * @param service  the id of the service that was down, not blank
   * @param interval  when it was down, bounded and not empty, not null
   * @return the outage, not null
   * @throws IllegalArgumentException if an id is blank or the interval is unbounded or empty
   */
  public static Outage of(String id, String service, Interval interval) {
    return builder().id(id).service(service).interval(interval).build();
  }

  /**
   * Gets the outage's id in the host, such as an incident number; explanations name it.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Gets the id of the service that was down.
   *
   * @return the service id, not null
   */
  public abstract String service();

  /**
   * Gets when the service was down, a half-open interval.
   *
   * @return the interval, bounded and not empty, not null
   */
  public abstract Interval interval();

  /**
   * Gets the recorded cause, which a target may exclude.
   *
   * @return the cause, empty when none was recorded (the outage then always counts)
   */
  public abstract Optional<OutageCause> cause();

  /**
   * Gets the instant planned maintenance was announced; a target with a maintenance notice
   * excludes the outage only when this is at least the notice before the outage's start.
   *
   * @return the instant, empty when unknown or not announced
   */
  public abstract Optional<Instant> announcedAt();

  /**
   * Checks if the host judged the planned maintenance as announced in time, for hosts that record
   * a flag rather than the instant; false unless set. A target with a maintenance notice excludes
   * such an outage whatever the notice.
   *
   * @return true if announced in advance by the host's own judgement
   */
  @Value.Default
  public boolean announcedInAdvance() {
    return false;
  }

  /**
   * Gets the share of the service that was down; 1 (a full outage) unless set.
   *
   * @return the impact, more than 0 and at most 1, not null
   */
  @Value.Default
  public BigDecimal impact() {
    return BigDecimal.ONE;
  }

  @Value.Check
  void check() {
    String id = Limits.shown(id());
    Checks.requireArgument(!id().isBlank(), "Outage id must not be blank", "'" + id + "'");
    Checks.requireArgument(
        !service().isBlank(),
        "Outage service must not be blank",
        Checks.named("outage", id()),
        Checks.named("service", "'" + service() + "'"));
    Limits.requireDecimal("Outage " + id + " impact", impact());
    Checks.requireArgument(
        !interval().isUnboundedStart() && !interval().isUnboundedEnd(),
        "Outage interval must be bounded",
        Checks.named("outage", id()),
        Checks.named("interval", interval()));
    Checks.requireArgument(
        !interval().isEmpty(),
        "Outage interval must not be empty",
        Checks.named("outage", id()),
        Checks.named("interval", interval()));
    Checks.requireArgument(
        impact().signum() > 0 && impact().compareTo(BigDecimal.ONE) <= 0,
        "Outage impact must be more than 0 and at most 1",
        Checks.named("outage", id()),
        Checks.named("impact", impact().toPlainString()));
    Checks.requireArgument(
        announcedAt().isEmpty() || !announcedInAdvance(),
        "Outage gives both an announcement instant and an announced-in-advance flag",
        id);
    Checks.requireArgument(
        (announcedAt().isEmpty() && !announcedInAdvance())
            || cause().equals(Optional.of(OutageCause.PLANNED_MAINTENANCE)),
        "Only planned maintenance is announced",
        Checks.named("outage", id()),
        Checks.named("cause", cause().map(Object::toString).orElse("no cause")));
  }

  /**
   * Outputs the outage, such as
   * {@code "INC-4711 shop 2025-03-04T10:00:00Z/2025-03-04T10:12:00Z"} followed by its cause,
   * announcement and impact when set.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(id()).append(' ').append(service()).append(' ');
    sb.append(interval());
    cause().ifPresent(c -> sb.append(' ').append(c));
    announcedAt().ifPresent(a -> sb.append(" announced ").append(a));
    if (announcedInAdvance()) {
      sb.append(" announced in advance");
    }
    if (impact().compareTo(BigDecimal.ONE) != 0) {
      sb.append(" impact ").append(impact().toPlainString());
    }
    return sb.toString();
  }

  /** A builder of outages; {@code id}, {@code service} and {@code interval} are required. */
  public static final class Builder extends ImmutableOutage.Builder {
    Builder() {}

    /**
     * Builds the outage.
     *
     * @return the outage, not null
     * @throws IllegalStateException naming the type and the fields if a required field is missing
     * @throws IllegalArgumentException if the value breaks a rule
     */
    @Override
    public Outage build() {
      return MissingFieldException.build(super::build);
    }
  }
}
