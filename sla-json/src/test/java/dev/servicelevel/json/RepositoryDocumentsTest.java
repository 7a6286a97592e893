package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every document of the repository (files with {@code apiVersion: servicelevel.dev/v1} outside
 * build output) validates against the schema and reads; the example's EcoShop documents equal
 * the Java fixture they replaced.
 */
class RepositoryDocumentsTest {

  static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  static final Path EXAMPLE_AGREEMENTS =
      REPOSITORY.resolve(
          "sla-examples/src/main/resources/dev/servicelevel/examples/ecoshop/agreements");

  /** The start of a document of ours: an apiVersion key with our version. */
  static final Pattern DOCUMENT =
      Pattern.compile("(^|\n|\\{)\\s*\"?apiVersion\"?\\s*:\\s*\"?" + Pattern.quote(ApiVersion.V1));

  /** A kind of document this schema describes (other formats may share the apiVersion). */
  static final Pattern KIND =
      Pattern.compile("\"?kind\"?\\s*:\\s*\"?(Agreement|AgreementChain|Calendar)\\b");

  static List<Path> documents() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(REPOSITORY, 12)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> DocumentFormat.ofFileName(p).isPresent())
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .filter(p -> !p.toString().contains("/node_modules/"))
          .sorted()
          .forEach(out::add);
    }
    List<Path> docs = new ArrayList<>();
    for (Path p : out) {
      if (Files.size(p) < Mappers.MAX_DOCUMENT_BYTES
          && !p.getFileName().toString().endsWith(".schema.json")
          && DOCUMENT.matcher(Files.readString(p, StandardCharsets.UTF_8)).find()
          && KIND.matcher(Files.readString(p, StandardCharsets.UTF_8)).find()) {
        docs.add(p);
      }
    }
    return docs;
  }

  @Test
  void everyDocument_validatesAgainstTheSchema() throws IOException {
    List<Path> docs = documents();
    assertTrue(docs.size() >= 10, docs::toString);
    for (Path p : docs) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      DocumentFormat format = DocumentFormat.ofFileName(p).orElseThrow();
      assertEquals(List.of(), AgreementSchema.validate(text, format, p.toString()), p::toString);
    }
  }

  @Test
  void exampleDocuments_equalTheJavaFixture() {
    Documents docs = AgreementDocuments.readAll(EXAMPLE_AGREEMENTS);
    assertEquals(List.of("ecoshop-sla", "ops-ola", "dev-ola", "hosting-uc"),
        EcoShop.ALL.stream().map(Agreement::id).toList());
    for (Agreement a : EcoShop.ALL) {
      assertEquals(a, docs.agreement(a.id()).orElseThrow(), a.id());
    }
    assertEquals(EcoShop.CHAIN, docs.chain("ecoshop").orElseThrow());
    assertEquals(EcoShop.PRIME.calendar(), docs.calendar("prime-time").orElseThrow());
  }
}
