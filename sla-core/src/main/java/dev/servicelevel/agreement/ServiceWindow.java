package dev.servicelevel.agreement;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.ZoneId;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A named span of coverage, such as prime time (Mon–Sat 08:00–22:00) and non-prime time
 * (everything else): a name and the {@link BusinessCalendar} that says when the window is open.
 * Targets count business time, and availability, on their window's calendar.
 *
 * <p>Non-prime time is naturally the complement of prime time:
 * <pre>{@code
 * ServiceWindow prime = ServiceWindow.of("prime", BusinessCalendar.builder(berlin)
 *     .open(EnumSet.range(MONDAY, SATURDAY), LocalTime.of(8, 0), LocalTime.of(22, 0))
 *     .build());
 * ServiceWindow nonPrime = prime.complement("non-prime");
 * }</pre>
 *
 * <p>Bounds: ids have at most 200 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class ServiceWindow {

  ServiceWindow() {}

  /**
   * Obtains a window.
   *
   * @param name  the window's name, unique within its agreement: letters, digits, '.', '_' or
   *     '-'
   * @param calendar  the calendar of the window's open time, not null
   * @return the window, not null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ServiceWindow of(String name, BusinessCalendar calendar) {
    return ImmutableServiceWindow.of(name, calendar);
  }

  /**
   * Obtains a window that is always open (24×7, no holidays).
   *
   * @param name  the window's name, letters, digits, '.', '_' or '-'
   * @param zone  the zone of the window's calendar, not null
   * @return the window, not null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ServiceWindow alwaysOpen(String name, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return of(name, BusinessCalendar.alwaysOpen(zone));
  }

  /**
   * Gets the window's name.
   *
   * @return the name, not null
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Gets the calendar of the window's open time.
   *
   * @return the calendar, not null
   */
  @Value.Parameter
  public abstract BusinessCalendar calendar();

  /**
   * Obtains the window that is open exactly when this one is closed, such as non-prime time from
   * prime time.
   *
   * @param name  the new window's name, letters, digits, '.', '_' or '-'
   * @return the complementary window, not null
   * @throws IllegalArgumentException if the name is malformed
   */
  public ServiceWindow complement(String name) {
    return of(name, calendar().complement());
  }

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this service window with another name, checked like a built value.
   *
   * @param value  the name, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract ServiceWindow withName(String value);

  /**
   * Returns a copy of this service window with another calendar, checked like a built value.
   *
   * @param value  the calendar, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract ServiceWindow withCalendar(BusinessCalendar value);

  @Value.Check
  void check() {
    Checks.requireId("Window name", name());
  }

  /**
   * Outputs the window as {@code name: calendar}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return name() + ": " + calendar();
  }
}
