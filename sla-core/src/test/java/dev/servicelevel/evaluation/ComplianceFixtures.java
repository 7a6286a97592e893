package dev.servicelevel.evaluation;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/** Calendars, periods, targets and records shared by the compliance tests. */
final class ComplianceFixtures {

  static final ZoneId UTC = ZoneOffset.UTC;
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final BusinessCalendar ALWAYS_UTC = BusinessCalendar.alwaysOpen(UTC);

  /** EcoShop's prime time: Mon–Sat 08:00–22:00 Berlin. */
  static final BusinessCalendar PRIME =
      BusinessCalendar.builder(BERLIN)
          .open(EnumSet.range(MONDAY, SATURDAY), LocalTime.of(8, 0), LocalTime.of(22, 0))
          .build();

  static final BusinessCalendar NON_PRIME = PRIME.complement();

  /** June 2025 in UTC: 30 days. */
  static final PeriodRange JUNE = month(2025, 6, UTC);

  /** July 2025 in UTC: 31 days. */
  static final PeriodRange JULY = month(2025, 7, UTC);

  /** March 2025 in Berlin. */
  static final PeriodRange MARCH = month(2025, 3, BERLIN);

  /** Weekdays 08:00–18:00 UTC, the window of the verdict matrices. */
  static final BusinessCalendar WEEKDAYS_8_TO_18 =
      BusinessCalendar.builder(UTC)
          .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0))
          .build();

  /** The first week of June 2025 in UTC, Monday 2 to Monday 9. */
  static final PeriodRange JUNE_WEEK =
      PeriodRange.of("week", Interval.of(utc("2025-06-02T00:00"), Duration.ofDays(7)));

  private ComplianceFixtures() {}

  static PeriodRange month(int year, int month, ZoneId zone) {
    return PeriodRange.of(ReportingPeriod.calendarMonth(), LocalDate.of(year, month, 1), zone);
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static Instant utc(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(UTC).toInstant();
  }

  static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  static Interval interval(Instant start, Duration length) {
    return Interval.of(start, length);
  }

  static AvailabilityTarget.Builder availability(String minimum) {
    return AvailabilityTarget.builder()
        .id("shop-avail")
        .service("shop")
        .window("all")
        .minimum(dec(minimum));
  }

  static Outage outage(String id, Instant start, Duration length) {
    return Outage.of(id, "shop", Interval.of(start, length));
  }

  /** Respond within 30 min (P1) or 2 h (P2), elapsed; "created" starts, "agent-reply" stops. */
  static TicketTimerTarget.Builder respond() {
    return TicketTimerTarget.builder()
        .id("respond")
        .service("shop")
        .window("all")
        .timer(TimerKind.RESPOND)
        .addGoals(
            TimerGoal.of(
                Condition.fieldIs("priority", "P1"),
                BusinessDuration.elapsed(Duration.ofMinutes(30))),
            TimerGoal.of(
                Condition.fieldIs("priority", "P2"), BusinessDuration.elapsed(Duration.ofHours(2))))
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event("agent-reply"))
        .cancelWhen(Condition.event("withdrawn"));
  }

  /** A ticket created at {@code created} with a priority, answered {@code replyAfter} later. */
  static TicketHistory ticket(String id, String priority, Instant created, Duration replyAfter) {
    List<TicketEvent> events = new ArrayList<>();
    events.add(TicketEvent.of(created, "created", Map.of("priority", priority)));
    if (replyAfter != null) {
      events.add(TicketEvent.of(created.plus(replyAfter), "agent-reply"));
    }
    return TicketHistory.of(id, events);
  }

  /**
   * An SLA in a zone with the service "shop" and the window "all", always open in that zone, for
   * targets built by {@link #measurement} and {@link #availability}.
   */
  static Agreement alwaysOpenAgreement(
      String id, ZoneId zone, LocalDateRange validity, MetricTarget... targets) {
    return Agreement.builder()
        .id(id)
        .kind(AgreementKind.SLA)
        .title(id)
        .provider(Party.of("p", "Provider"))
        .customer(Party.of("c", "Customer"))
        .validity(validity)
        .zone(zone)
        .addServices(Service.of("shop", "Shop"))
        .addWindows(ServiceWindow.of("all", BusinessCalendar.alwaysOpen(zone)))
        .addTargets(targets)
        .build();
  }

  static MeasurementTarget.Builder measurement(
      Indicator indicator, Comparison c, String objective) {
    return measurement("latency", indicator, c, objective);
  }

  static MeasurementTarget.Builder measurement(
      String id, Indicator indicator, Comparison c, String objective) {
    return MeasurementTarget.builder()
        .id(id)
        .service("shop")
        .window("all")
        .indicator(indicator)
        .comparison(c)
        .objective(dec(objective));
  }

  /** Asserts that the code throws an IllegalArgumentException with exactly this message. */
  static void assertRejected(String message, Executable code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, code);
    assertEquals(message, e.getMessage());
  }

  /** Asserts that the code throws a NullPointerException naming the parameter. */
  static void assertNullRejected(String parameter, Executable code) {
    NullPointerException e = assertThrows(NullPointerException.class, code);
    assertEquals(parameter, e.getMessage());
  }
}
