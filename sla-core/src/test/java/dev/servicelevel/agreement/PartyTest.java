package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertNullRejected;
import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartyTest {

  @Test
  void of_holdsIdAndName() {
    Party p = Party.of("ops", "Operations team");
    assertEquals("ops", p.id());
    assertEquals("Operations team", p.name());
    assertEquals("Operations team (ops)", p.toString());
  }

  @Test
  void of_rejectsMalformedIdAndBlankName() {
    assertRejected(
        "Party id must be letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " '_ops'",
        () -> Party.of("_ops", "Ops"));
    assertRejected("Party name must not be blank: '  '", () -> Party.of("ops", "  "));
    assertNullRejected("name", () -> Party.of("ops", null));
  }

  @Test
  void equality() {
    assertValueEquality(Party.of("a", "A"), Party.of("a", "A"), Party.of("a", "B"));
  }
}
