package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TimerKindTest {

  @Test
  void of_predefinedNameEqualsTheConstant() {
    assertEquals(TimerKind.RESPOND, TimerKind.of("respond"));
    assertEquals(TimerKind.RESOLVE, TimerKind.of("resolve"));
    assertEquals(TimerKind.UPDATE, TimerKind.of("update"));
    assertEquals(TimerKind.NEXT_REPLY, TimerKind.of("next-reply"));
    assertNotEquals(TimerKind.RESPOND, TimerKind.of("Respond"));
  }

  @Test
  void of_customName() {
    TimerKind ack = TimerKind.of("acknowledge");
    assertEquals("acknowledge", ack.name());
    assertEquals("acknowledge", ack.toString());
  }

  @Test
  void of_rejectsMalformedName() {
    assertRejected(
        "Timer kind must be letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " 'first response'",
        () -> TimerKind.of("first response"));
  }

  @Test
  void equality() {
    assertValueEquality(TimerKind.of("x"), TimerKind.of("x"), TimerKind.of("y"));
  }
}
