package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResponsibilityTest {

  @Test
  void of_holdsPartyAndDuty() {
    Responsibility r = Responsibility.of(PartyRole.CUSTOMER, "Name an incident contact");
    assertEquals(PartyRole.CUSTOMER, r.party());
    assertEquals("Name an incident contact", r.description());
    assertEquals("CUSTOMER: Name an incident contact", r.toString());
  }

  @Test
  void of_rejectsBlankDuty() {
    assertRejected(
        "Responsibility must not be blank: ''", () -> Responsibility.of(PartyRole.PROVIDER, ""));
  }

  @Test
  void equality() {
    assertValueEquality(
        Responsibility.of(PartyRole.PROVIDER, "x"),
        Responsibility.of(PartyRole.PROVIDER, "x"),
        Responsibility.of(PartyRole.CUSTOMER, "x"));
  }
}
