package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The generators as {@code Function<java.util.Random, T>}, the shape other property libraries
 * (jqwik's {@code Arbitraries.randomValue}) take: the README's adapter compiles and replays a
 * value from a seed.
 */
class RandomFunctionAdapterTest {

  @Test
  void generatorsFitAFunctionOfRandomAndReplayFromASeed() {
    Function<Random, Agreement> agreements = AgreementGens::agreement;
    Function<Random, AgreementChain> chains = AgreementGens::chain;
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(agreements.apply(new Random(seed)), agreements.apply(new Random(seed)));
      assertEquals(chains.apply(new Random(seed)), chains.apply(new Random(seed)));
    }
  }

  @Test
  void differentSeedsGiveDifferentAgreements() {
    Function<Random, Agreement> agreements = AgreementGens::agreement;
    assertNotEquals(agreements.apply(new Random(1)), agreements.apply(new Random(2)));
  }
}
