package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertNullRejected;
import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TargetRefTest {

  @Test
  void of_holdsBothIds() {
    TargetRef ref = TargetRef.of("ecoshop-sla", "p1-respond");
    assertEquals("ecoshop-sla", ref.agreementId());
    assertEquals("p1-respond", ref.targetId());
    assertEquals("ecoshop-sla/p1-respond", ref.toString());
  }

  @Test
  void of_rejectsMalformedIds() {
    assertRejected(
        "Agreement id must be letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " 'a/b'",
        () -> TargetRef.of("a/b", "t"));
    assertRejected(
        "Target id must be letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " ''",
        () -> TargetRef.of("a", ""));
    assertNullRejected("agreementId", () -> TargetRef.of(null, "t"));
  }

  @Test
  void equality() {
    assertValueEquality(TargetRef.of("a", "t"), TargetRef.of("a", "t"), TargetRef.of("t", "a"));
  }
}
