package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.agreement.Agreement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;
import org.threeten.extra.LocalDateRange;

/**
 * Every mutation that breaks a rule of the agreement model is rejected: each named mutation is
 * applied, with its own random choices, to agreements of generated chains through the public API,
 * and the build must throw the exception of the rule with a message naming the offending value.
 */
class AgreementMutationsTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.mutationExamples", 200);

  static List<Mutation> mutations() {
    List<Mutation> all = new ArrayList<>(AgreementMutations.all());
    all.addAll(TargetMutations.all());
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void mutationIsRejected(Mutation mutation) {
    qt().withExamples(EXAMPLES).forAll(mutation.cases()).checkAssert(c -> c.breakage().assertRejected());
  }

  @Test
  void mutations_haveDistinctNames() {
    Set<String> names = new HashSet<>();
    mutations().forEach(m -> assertTrue(names.add(m.name()), m.name()));
  }

  @Test
  void assertRejected_failsWhenTheBuildSucceeds() {
    Agreement sla = AgreementGens.sla(new SplittableRandom(1));
    Mutation.Breakage nothingBroken =
        Mutation.rejected("nothing broken", "Agreement id must be unique: x", () -> Rebuild.agreement(sla));
    assertThrows(AssertionFailedError.class, nothingBroken::assertRejected);
  }

  @Test
  void assertRejected_failsOnAnotherMessage() {
    Agreement sla = AgreementGens.sla(new SplittableRandom(1));
    Mutation.Breakage otherRule = Mutation.rejected("validity empty", "Agreement id must be unique: x",
        () -> Rebuild.builder(sla, "validity")
            .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1))).build());
    assertThrows(AssertionFailedError.class, otherRule::assertRejected);
  }
}
