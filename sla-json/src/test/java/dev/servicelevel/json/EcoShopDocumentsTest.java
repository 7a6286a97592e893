package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The EcoShop agreements as documents: round trips in YAML and JSON, and golden files of the
 * format, so that a change of the format shows up as a diff. Run with
 * {@code -Dgolden.update=true} to rewrite the golden files after an intended change.
 */
class EcoShopDocumentsTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Agreement> agreements() {
    return EcoShop.ALL.stream();
  }

  // ---- round trips ----------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("agreements")
  void yaml_readsBackToAnEqualAgreement(Agreement a) {
    Documents docs = AgreementDocuments.read(AgreementDocuments.toYaml(a));
    assertEquals(List.of(a.id()), List.copyOf(docs.agreements().keySet()));
    assertEquals(a, docs.agreement(a.id()).orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("agreements")
  void json_readsBackToAnEqualAgreement(Agreement a) {
    String json = AgreementDocuments.toJson(a);
    assertEquals(DocumentFormat.JSON, DocumentFormat.detect(json));
    assertEquals(a, AgreementDocuments.read(json).agreement(a.id()).orElseThrow());
  }

  @Test
  void chain_readsBackWithEmbeddedAgreements() {
    for (String text :
        List.of(
            AgreementDocuments.toYaml("ecoshop", EcoShop.CHAIN),
            AgreementDocuments.toJson("ecoshop", EcoShop.CHAIN))) {
      Documents docs = AgreementDocuments.read(text);
      AgreementChain chain = docs.chain("ecoshop").orElseThrow();
      assertEquals(EcoShop.CHAIN, chain);
      assertEquals(
          List.of("ecoshop-sla", "ops-ola", "dev-ola", "hosting-uc"),
          List.copyOf(docs.agreements().keySet()));
    }
  }

  @Test
  void calendar_readsBackByName() {
    String yaml = AgreementDocuments.toYaml("prime-time", EcoShop.PRIME.calendar());
    assertEquals(EcoShop.PRIME.calendar(), AgreementDocuments.read(yaml).calendar("prime-time")
        .orElseThrow());
    String json = AgreementDocuments.toJson("non-prime", EcoShop.NON_PRIME.calendar());
    assertEquals(EcoShop.NON_PRIME.calendar(), AgreementDocuments.read(json).calendar("non-prime")
        .orElseThrow());
  }

  @Test
  void read_withKnownDocuments_resolvesTheirCalendarsAndAgreements() throws IOException {
    Path examples = RepositoryDocumentsTest.EXAMPLE_AGREEMENTS;
    Documents library = AgreementDocuments.read(examples.resolve("calendars.yaml"));
    String sla = Files.readString(examples.resolve("ecoshop-sla.yaml"));
    DocumentException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class,
        () -> AgreementDocuments.read(sla));
    assertEquals("reference", e.problems().get(0).rule());
    Documents withLibrary = AgreementDocuments.read(sla, DocumentFormat.YAML, "sla.yaml", library);
    assertEquals(EcoShop.SLA, withLibrary.agreement("ecoshop-sla").orElseThrow());
    assertTrue(withLibrary.calendars().isEmpty());
    String chain = "apiVersion: servicelevel.dev/v1\nkind: AgreementChain\nmetadata: {id: c}\n"
        + "spec: {agreements: [ecoshop-sla]}\n";
    Documents chains = AgreementDocuments.read(chain, DocumentFormat.YAML, "chain", withLibrary);
    assertEquals(List.of(EcoShop.SLA), chains.chain("c").orElseThrow().agreements());
    assertTrue(chains.agreements().isEmpty());
  }

  // ---- golden files ---------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("agreements")
  void yaml_matchesItsGoldenFile(Agreement a) throws IOException {
    golden(a.id() + ".yaml", AgreementDocuments.toYaml(a));
  }

  @ParameterizedTest
  @MethodSource("agreements")
  void json_matchesItsGoldenFile(Agreement a) throws IOException {
    golden(a.id() + ".json", AgreementDocuments.toJson(a));
  }

  @Test
  void chain_matchesItsGoldenFile() throws IOException {
    golden("ecoshop-chain.yaml", AgreementDocuments.toYaml("ecoshop", EcoShop.CHAIN));
  }

  @Test
  void goldenFiles_readBackToTheFixture() throws IOException {
    for (Agreement a : EcoShop.ALL) {
      for (String ext : List.of(".yaml", ".json")) {
        Path file = GOLDEN.resolve(a.id() + ext);
        golden(file.getFileName().toString(), ext.equals(".yaml")
            ? AgreementDocuments.toYaml(a) : AgreementDocuments.toJson(a));
        assertEquals(a, AgreementDocuments.read(file).agreement(a.id()).orElseThrow());
      }
    }
    golden("ecoshop-chain.yaml", AgreementDocuments.toYaml("ecoshop", EcoShop.CHAIN));
    assertEquals(EcoShop.CHAIN, AgreementDocuments.read(GOLDEN.resolve("ecoshop-chain.yaml"))
        .chain("ecoshop").orElseThrow());
  }

  static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), file::toString);
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        "the format changed: compare with " + file + " (update with -Dgolden.update=true)");
  }
}
