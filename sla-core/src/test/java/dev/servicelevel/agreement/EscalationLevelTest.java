package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationLevelTest {

  @Test
  void of_holdsNameAndContactsInOrder() {
    EscalationLevel level = EscalationLevel.of("Service manager", "sm@it.example", "+49 30 1");
    assertEquals("Service manager", level.name());
    assertEquals(List.of("sm@it.example", "+49 30 1"), level.contacts());
    assertEquals("Service manager [sm@it.example, +49 30 1]", level.toString());
  }

  @Test
  void of_rejectsBrokenRules() {
    assertRejected(
        "Escalation level name must not be blank: ''", () -> EscalationLevel.of("", "a"));
    assertRejected(
        "An escalation level needs a contact: Head of IT", () -> EscalationLevel.of("Head of IT"));
    assertRejected(
        "Escalation contact must not be blank: ' '", () -> EscalationLevel.of("L1", " "));
  }

  @Test
  void equality() {
    assertValueEquality(
        EscalationLevel.of("L1", "a"),
        EscalationLevel.of("L1", List.of("a")),
        EscalationLevel.of("L1", "a", "b"));
  }
}
