package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.availability;
import static dev.servicelevel.agreement.Fixtures.ola;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long chains of agreements whose targets support one another in a line (issue 12, item 3). */
class AgreementChainRobustnessTest {

  private static final int LENGTH = 3_000;

  /** Agreement i's target supports agreement i-1's; the last one supports the first if asked. */
  private static List<Agreement> line(boolean closed) {
    List<Agreement> agreements = new ArrayList<>();
    for (int i = 0; i < LENGTH; i++) {
      AvailabilityTarget.Builder t = availability("up");
      if (i > 0) {
        t.addSupports(TargetRef.of("a" + (i - 1), "up"));
      } else if (closed) {
        t.addSupports(TargetRef.of("a" + (LENGTH - 1), "up"));
      }
      agreements.add(ola("a" + i).addTargets(t.build()).build());
    }
    return agreements;
  }

  @Test
  void aLineOfThousandsOfSupports_isBuiltComparedHashedAndPrinted() {
    AgreementChain chain = AgreementChain.of(line(false));
    AgreementChain same = AgreementChain.of(line(false));
    assertEquals(chain, same);
    assertEquals(chain.hashCode(), same.hashCode());
    assertTrue(chain.toString().startsWith("chain [OLA a0, OLA a1, "), chain.toString());
    assertEquals(
        List.of(TargetRef.of("a2999", "up")), chain.supportersOf(TargetRef.of("a2998", "up")));
  }

  @Test
  void anAgreementOfTwentyThousandServicesAndTargets_isBuiltWithConstantTimeLookups() {
    Agreement.Builder b = ola("big");
    for (int i = 0; i < 20_000; i++) {
      b.addServices(Service.of("s" + i, "Service " + i));
      b.addTargets(
          AvailabilityTarget.builder()
              .id("t" + i)
              .service("s" + i)
              .window("office")
              .minimum(Fixtures.dec("99.9"))
              .build());
    }
    Agreement a = b.build();
    assertEquals("s19999", a.target("t19999").orElseThrow().service());
    assertEquals("Service 77", a.service("s77").orElseThrow().name());
  }

  @Test
  void aCycleThousandsLong_isRejectedWithoutRecursion() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AgreementChain.of(line(true)));
    assertTrue(
        e.getMessage()
            .startsWith("Support references must not form a cycle: [a0/up, a2999/up, a2998/up"),
        e.getMessage());
    assertTrue(e.getMessage().length() < 400, e.getMessage());
  }
}
