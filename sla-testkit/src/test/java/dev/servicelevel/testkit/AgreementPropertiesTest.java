package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TicketTimerTarget;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The laws of the agreement generators: every generated value is valid and equal to its copy
 * rebuilt through the public API, condition texts read back to equal conditions, and every
 * support reference of a generated chain resolves to a target of its own family.
 */
class AgreementPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 200);

  /** Asserts that two values are equal both ways, with equal hash codes and texts. */
  static void assertSameValue(Object expected, Object actual) {
    assertEquals(expected, actual);
    assertEquals(actual, expected);
    assertEquals(expected.hashCode(), actual.hashCode(), () -> "hashCode of " + expected);
    assertEquals(expected.toString(), actual.toString());
  }

  @Test
  void generatedAgreementsAreValidAndEqualTheirRebuiltCopies() {
    qt().withExamples(EXAMPLES).forAll(QuickTheoriesGens.agreementChains()).checkAssert(chain -> {
      for (Agreement a : chain.agreements()) {
        Agreement copy = Rebuild.agreement(a);
        // the parts first, so that a failure names the attribute that differs
        for (int i = 0; i < a.targets().size(); i++) {
          assertSameValue(a.targets().get(i), copy.targets().get(i));
        }
        assertSameValue(a.services(), copy.services());
        assertSameValue(a.creditPolicy(), copy.creditPolicy());
        assertSameValue(a.terminationRules(), copy.terminationRules());
        assertSameValue(a, copy);
        assertSameValue(a, a.withTargets(copy.targets()).withServices(copy.services()));
        assertSameValue(a, a.toBuilder().build());
        for (MetricTarget t : a.targets()) {
          assertSameValue(t, toBuilder(t));
        }
        a.creditPolicy().ifPresent(p -> assertSameValue(p, p.toBuilder().build()));
        a.services().forEach(s -> assertSameValue(s, s.toBuilder().build()));
      }
      assertSameValue(chain, Rebuild.chain(chain));
    });
  }

  @Test
  void generatedChainsResolveEverySupportReferenceToATargetOfItsFamily() {
    qt().withExamples(EXAMPLES).forAll(QuickTheoriesGens.agreementChains()).checkAssert(chain -> {
      assertEquals(1, chain.agreements().stream().filter(a -> a.kind() == AgreementKind.SLA).count());
      for (Agreement a : chain.agreements()) {
        for (MetricTarget t : a.targets()) {
          assertTrue(t.supports().isEmpty() || a.kind().isSupporting(), t::toString);
          for (TargetRef ref : t.supports()) {
            if (chain.agreement(ref.agreementId()).isEmpty()) {
              assertEquals(AgreementGens.OUTSIDE_AGREEMENT, ref.agreementId());
              continue;
            }
            Optional<MetricTarget> supported = chain.target(ref);
            assertTrue(supported.isPresent(), ref::toString);
            assertEquals(family(t), family(supported.get()), ref::toString);
            assertTrue(chain.supportersOf(ref).contains(TargetRef.of(a.id(), t.id())), ref::toString);
          }
        }
      }
    });
  }

  private static MetricTarget toBuilder(MetricTarget t) {
    if (t instanceof AvailabilityTarget) {
      return ((AvailabilityTarget) t).toBuilder().build();
    }
    return t instanceof TicketTimerTarget
        ? ((TicketTimerTarget) t).toBuilder().build()
        : ((MeasurementTarget) t).toBuilder().build();
  }

  private static String family(MetricTarget t) {
    if (t instanceof AvailabilityTarget) {
      return "availability";
    }
    return t instanceof TicketTimerTarget ? "ticket timer" : "measurement";
  }

  @Test
  void conditionTextReadsBackToAnEqualCondition() {
    qt().withExamples(EXAMPLES).forAll(QuickTheoriesGens.conditions()).checkAssert(c -> {
      Condition parsed = Condition.parse(c.toString());
      assertSameValue(c, parsed);
    });
  }

  /** A condition and another spelling of its text. */
  record Spelling(Condition condition, String text) {}

  @Test
  void everySpellingOfAConditionReadsBackToTheCondition() {
    Gen<Spelling> spellings = QuickTheoriesGens.of(r -> {
      Condition c = AgreementGens.condition(r);
      return new Spelling(c, AgreementGens.conditionText(r, c));
    });
    qt().withExamples(EXAMPLES).forAll(spellings).checkAssert(s -> {
      Condition parsed = Condition.parse(s.text());
      assertSameValue(s.condition(), parsed);
      assertEquals(s.condition().toString(), parsed.toString(), s::text);
    });
  }

  @Test
  void spellingsUseSetSyntax() {
    SplittableRandom random = new SplittableRandom(7);
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < 400; i++) {
      String text = AgreementGens.conditionText(random, AgreementGens.condition(random));
      for (String form : List.of(" in {", " in(", "{")) {
        if (text.contains(form)) {
          seen.add(form);
        }
      }
      if (text.matches("(?s).*\\snot\\s+in[\\s({].*")) {
        seen.add("not in");
      }
    }
    assertEquals(Set.of(" in {", " in(", "{", "not in"), seen);
  }

  @Test
  void conditionTextOfEveryTimerTargetReadsBack() {
    qt().withExamples(EXAMPLES).forAll(QuickTheoriesGens.metricTargets()).checkAssert(t -> {
      if (t instanceof TicketTimerTarget) {
        TicketTimerTarget timer = (TicketTimerTarget) t;
        for (Condition c : List.of(timer.startWhen(), timer.stopWhen(), timer.pauseWhen(),
            timer.cancelWhen(), timer.resetWhen())) {
          assertSameValue(c, Condition.parse(c.toString()));
        }
        timer.goals().forEach(g -> assertSameValue(g.when(), Condition.parse(g.when().toString())));
      }
    });
  }

  /** A generator and the copy that must equal each value it generates. */
  record Rebuilds<T>(Gen<T> gen, UnaryOperator<T> rebuild) {
    void check() {
      qt().withExamples(EXAMPLES).forAll(gen).checkAssert(v -> assertSameValue(v, rebuild.apply(v)));
    }
  }

  static Stream<Arguments> valueGenerators() {
    return Stream.of(
        Arguments.of("parties", new Rebuilds<>(QuickTheoriesGens.parties(), Rebuild::party)),
        Arguments.of("services", new Rebuilds<>(QuickTheoriesGens.services(), Rebuild::service)),
        Arguments.of("conditions", new Rebuilds<>(QuickTheoriesGens.conditions(), Rebuild::condition)),
        Arguments.of("business durations",
            new Rebuilds<>(QuickTheoriesGens.businessDurations(), Rebuild::duration)),
        Arguments.of("timer goals", new Rebuilds<>(QuickTheoriesGens.timerGoals(), Rebuild::goal)),
        Arguments.of("timer thresholds",
            new Rebuilds<>(QuickTheoriesGens.timerThresholds(), Rebuild::threshold)),
        Arguments.of("reporting periods",
            new Rebuilds<>(QuickTheoriesGens.reportingPeriods(), Rebuild::period)),
        Arguments.of("indicators", new Rebuilds<>(QuickTheoriesGens.indicators(), Rebuild::indicator)),
        Arguments.of("metric targets",
            new Rebuilds<>(QuickTheoriesGens.metricTargets(), Rebuild::target)),
        Arguments.of("target credits",
            new Rebuilds<>(QuickTheoriesGens.targetCredits(), Rebuild::targetCredits)),
        Arguments.of("credit policies",
            new Rebuilds<>(QuickTheoriesGens.creditPolicies(), Rebuild::creditPolicy)),
        Arguments.of("termination rules",
            new Rebuilds<>(QuickTheoriesGens.terminationRules(), Rebuild::terminationRule)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueGenerators")
  void generatedValuesEqualTheirRebuiltCopies(String name, Rebuilds<?> rebuilds) {
    rebuilds.check();
  }

  @Test
  void describe_namesEveryTargetAndTheCreditPolicy() {
    Agreement sla = AgreementGens.sla(new SplittableRandom(7));
    String text = AgreementGens.describe(sla);
    assertTrue(text.startsWith(sla.toString() + "\n"), text);
    for (MetricTarget t : sla.targets()) {
      assertTrue(text.contains("  target " + t + "\n"), text);
    }
    assertEquals(sla.creditPolicy().isPresent(), text.contains("  credits "), text);
  }

  @Test
  void generators_reachEveryCase() {
    SplittableRandom random = new SplittableRandom(2025);
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < 300; i++) {
      AgreementChain chain = AgreementGens.chain(random);
      if (chain.agreements().get(0).kind() != AgreementKind.SLA) {
        seen.add("chain in reverse");
      }
      chain.agreements().forEach(a -> Coverage.agreement(a, chain, seen));
    }
    Set<String> missing = new TreeSet<>(Coverage.ALL);
    missing.removeAll(seen);
    assertEquals(Set.of(), missing);
  }
}
