package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.testkit.CalendarSpecs;
import dev.servicelevel.testkit.QuickTheoriesGens;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Round trips over the testkit's generators: {@code read(write(x))} equals {@code x} in YAML
 * and JSON, and every written document validates against the schema.
 */
class RoundTripPropertiesTest {

  static final int EXAMPLES = 150;

  /** Calendars of rules and of algebra over them (union, intersection, complement, versions). */
  static BusinessCalendar calendar(RandomGenerator r, int depth) {
    int pick = depth >= 3 ? 0 : r.nextInt(6);
    switch (pick) {
      case 1:
        return calendar(r, depth + 1).union(calendar(r, depth + 1));
      case 2:
        return calendar(r, depth + 1).intersection(calendar(r, depth + 1));
      case 3:
        return calendar(r, depth + 1).complement();
      case 4:
        return calendar(r, depth + 1)
            .replacedFrom(LocalDate.of(2000 + r.nextInt(50), 1 + r.nextInt(12), 1),
                calendar(r, depth + 1));
      default:
        return CalendarSpecs.calendar(r).build();
    }
  }

  static Gen<BusinessCalendar> calendars() {
    return QuickTheoriesGens.of(r -> calendar(r, 0));
  }

  static void assertSchemaValid(String text, DocumentFormat format) {
    assertEquals(List.of(), AgreementSchema.validate(text, format, "generated"), text);
  }

  @Test
  void agreements_readBackEqual_inYamlAndJson() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.agreements())
        .checkAssert(
            a -> {
              String yaml = AgreementDocuments.toYaml(a);
              assertEquals(a, AgreementDocuments.read(yaml).agreement(a.id()).orElseThrow(), yaml);
              String json = AgreementDocuments.toJson(a);
              assertEquals(a, AgreementDocuments.read(json).agreement(a.id()).orElseThrow(), json);
            });
  }

  @Test
  void agreements_encodeToSchemaValidDocuments() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.agreements())
        .checkAssert(
            a -> {
              assertSchemaValid(AgreementDocuments.toYaml(a), DocumentFormat.YAML);
              assertSchemaValid(AgreementDocuments.toJson(a), DocumentFormat.JSON);
            });
  }

  @Test
  void chains_readBackEqual_andValidate() {
    qt().withExamples(EXAMPLES / 3)
        .forAll(QuickTheoriesGens.agreementChains())
        .checkAssert(
            chain -> {
              String yaml = AgreementDocuments.toYaml("chain", chain);
              AgreementChain back = AgreementDocuments.read(yaml).chain("chain").orElseThrow();
              assertEquals(chain, back);
              String json = AgreementDocuments.toJson("chain", chain);
              assertEquals(chain, AgreementDocuments.read(json).chain("chain").orElseThrow());
              assertSchemaValid(json, DocumentFormat.JSON);
              for (Agreement a : chain.agreements()) {
                assertEquals(a, AgreementDocuments.read(AgreementDocuments.toJson(a))
                    .agreement(a.id()).orElseThrow());
              }
            });
  }

  @Test
  void calendars_readBackEqual_andValidate() {
    qt().withExamples(EXAMPLES)
        .forAll(calendars())
        .checkAssert(
            c -> {
              String yaml = AgreementDocuments.toYaml("c", c);
              assertEquals(c, AgreementDocuments.read(yaml).calendar("c").orElseThrow(), yaml);
              String json = AgreementDocuments.toJson("c", c);
              assertEquals(c, AgreementDocuments.read(json).calendar("c").orElseThrow(), json);
              assertSchemaValid(yaml, DocumentFormat.YAML);
            });
  }
}
