package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.BERLIN;
import static dev.servicelevel.agreement.Fixtures.OFFICE;
import static dev.servicelevel.agreement.Fixtures.assertNullRejected;
import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceWindowTest {

  private static final Instant MONDAY_10 = Instant.parse("2025-03-03T09:00:00Z");
  private static final Instant MONDAY_20 = Instant.parse("2025-03-03T19:00:00Z");

  @Test
  void of_holdsNameAndCalendar() {
    ServiceWindow w = ServiceWindow.of("office", OFFICE);
    assertEquals("office", w.name());
    assertEquals(OFFICE, w.calendar());
    assertEquals("office: " + OFFICE, w.toString());
  }

  @Test
  void complement_isOpenExactlyWhenTheWindowIsClosed() {
    ServiceWindow office = ServiceWindow.of("office", OFFICE);
    ServiceWindow outside = office.complement("outside");
    assertEquals("outside", outside.name());
    assertEquals(OFFICE.complement(), outside.calendar());
    assertTrue(office.calendar().isOpen(MONDAY_10));
    assertFalse(outside.calendar().isOpen(MONDAY_10));
    assertFalse(office.calendar().isOpen(MONDAY_20));
    assertTrue(outside.calendar().isOpen(MONDAY_20));
  }

  @Test
  void alwaysOpen_is24x7() {
    ServiceWindow w = ServiceWindow.alwaysOpen("24x7", BERLIN);
    assertEquals(BusinessCalendar.alwaysOpen(BERLIN), w.calendar());
    assertTrue(w.calendar().isOpen(MONDAY_20));
  }

  @Test
  void of_rejectsMalformedNameAndNull() {
    assertRejected(
        "Window name must be letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " 'prime time'",
        () -> ServiceWindow.of("prime time", OFFICE));
    assertNullRejected("calendar", () -> ServiceWindow.of("office", null));
    assertNullRejected("zone", () -> ServiceWindow.alwaysOpen("a", null));
  }

  @Test
  void equality() {
    assertValueEquality(
        ServiceWindow.of("office", OFFICE),
        ServiceWindow.of("office", OFFICE),
        ServiceWindow.of("office", OFFICE.complement()));
  }
}
