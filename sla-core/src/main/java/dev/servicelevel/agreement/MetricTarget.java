package dev.servicelevel.agreement;

import java.math.BigDecimal;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What an agreement promises, measured how, over which service window and reporting period: an
 * {@link AvailabilityTarget}, a {@link TicketTimerTarget} or a {@link MeasurementTarget}.
 *
 * <p>Every target names the service it is about and the window whose calendar counts (both by
 * id, resolved by the {@link Agreement} that holds the target), the period it is reported over,
 * its weight in an overall score, the error budget share that makes a period "at risk", the
 * party responsible for meeting it (a customer's obligation is a target too), and, in an OLA or
 * underpinning contract, the targets of other agreements it supports.
 *
 * <p>All implementations are immutable and thread-safe.
 */
@SuppressWarnings("exports")
public sealed interface MetricTarget
    permits AvailabilityTarget, TicketTimerTarget, MeasurementTarget {

  /**
   * Gets the target's id, unique within its agreement.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Gets the id of the service the target is about.
   *
   * @return the service id, not null
   */
  String service();

  /**
   * Gets the name of the service window whose calendar the target counts on.
   *
   * @return the window name, not null
   */
  String window();

  /**
   * Gets the period the target is reported over; a calendar month unless set.
   *
   * @return the period, not null
   */
  @Value.Default
  default ReportingPeriod period() {
    return ReportingPeriod.calendarMonth();
  }

  /**
   * Gets the target's weight in an overall score, relative to the other targets of its service;
   * 1 unless set.
   *
   * @return the weight, positive, not null
   */
  @Value.Default
  default BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /**
   * Gets the share of a period's error budget, in percent, whose use makes a period that still
   * meets the target "at risk"; 80 unless set. The error budget is what the target allows to
   * go wrong: downtime for availability, late tickets for timers, bad samples, events or slices
   * for measurements.
   *
   * @return the share in percent, more than 0 and at most 100, not null
   */
  @Value.Default
  default BigDecimal atRiskThreshold() {
    return BigDecimal.valueOf(80);
  }

  /**
   * Gets the party responsible for meeting the target: the provider unless set; a customer's
   * obligation (such as answering questions in time) is a target with
   * {@link PartyRole#CUSTOMER}.
   *
   * @return the responsible party, not null
   */
  @Value.Default
  default PartyRole responsibleParty() {
    return PartyRole.PROVIDER;
  }

  /**
   * Gets the targets of other agreements this target supports (for OLAs and underpinning
   * contracts); empty for an SLA's targets.
   *
   * @return the supported targets, not null
   */
  Set<TargetRef> supports();

  /**
   * Gets the family of the target, one constant per implementation, so that code can
   * {@code switch} on it instead of testing {@code instanceof}.
   *
   * <pre>{@code
   * switch (target.kind()) {
   *   case AVAILABILITY: return ((AvailabilityTarget) target).minimum();
   *   default: return BigDecimal.ZERO;
   * }
   * }</pre>
   *
   * @return the family, not null
   */
  TargetKind kind();
}
