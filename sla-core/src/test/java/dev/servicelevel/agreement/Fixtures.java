package dev.servicelevel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.servicelevel.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.function.Executable;
import org.threeten.extra.LocalDateRange;

/** Small valid values and assertion helpers shared by the model's tests. */
final class Fixtures {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final BusinessCalendar OFFICE =
      BusinessCalendar.builder(BERLIN)
          .open(
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              LocalTime.of(9, 0),
              LocalTime.of(17, 0))
          .build();
  static final LocalDateRange YEAR_2025 =
      LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));

  private Fixtures() {}

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
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

  /** Asserts equals and hashCode for an equal pair and inequality for a different value. */
  static void assertValueEquality(Object a, Object equalToA, Object different) {
    assertEquals(a, a);
    assertEquals(a, equalToA);
    assertEquals(equalToA, a);
    assertEquals(a.hashCode(), equalToA.hashCode());
    assertNotEquals(a, different);
    assertNotEquals(different, a);
    assertNotEquals(a, null);
    assertNotEquals(a, "a string");
  }

  static AvailabilityTarget.Builder availability(String id) {
    return AvailabilityTarget.builder()
        .id(id)
        .service("shop")
        .window("office")
        .minimum(dec("99.9"));
  }

  static TicketTimerTarget.Builder timer(String id) {
    return TicketTimerTarget.builder()
        .id(id)
        .service("shop")
        .window("office")
        .timer(TimerKind.RESPOND)
        .addGoals(TimerGoal.of(Condition.always(), BusinessDuration.businessHours(4)))
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event("agent-reply"));
  }

  static MeasurementTarget.Builder measurement(String id) {
    return MeasurementTarget.builder()
        .id(id)
        .service("shop")
        .window("office")
        .indicator(Indicator.percentile(dec("95")))
        .comparison(Comparison.LESS_OR_EQUAL)
        .objective(dec("300"));
  }

  /** An SLA with one service "shop", one window "office" and no targets yet. */
  static Agreement.Builder sla(String id) {
    return Agreement.builder()
        .id(id)
        .kind(AgreementKind.SLA)
        .title("Shop SLA")
        .provider(Party.of("it", "IT"))
        .customer(Party.of("shop-owner", "Shop owner"))
        .validity(YEAR_2025)
        .zone(BERLIN)
        .addServices(Service.of("shop", "Online shop"))
        .addWindows(ServiceWindow.of("office", OFFICE));
  }

  /** An OLA like {@link #sla(String)}. */
  static Agreement.Builder ola(String id) {
    return Agreement.builder()
        .id(id)
        .kind(AgreementKind.OLA)
        .title("Ops OLA")
        .provider(Party.of("ops", "Ops"))
        .customer(Party.of("it", "IT"))
        .validity(YEAR_2025)
        .zone(BERLIN)
        .addServices(Service.of("shop", "Online shop"))
        .addWindows(ServiceWindow.of("office", OFFICE));
  }
}
