package dev.servicelevel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.json.DocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EcoShop documents bundled with the service are the example's own (a copy, so the server
 * does not depend on sla-examples), and the service starts from a directory of documents too.
 */
class BundledDocumentsTest {

  static final Path EXAMPLE =
      Path.of("../sla-examples/src/main/resources/dev/servicelevel/examples/ecoshop/agreements");

  @Test
  void bundledCopiesEqualTheExamplesDocuments() throws IOException {
    TreeSet<String> example = new TreeSet<>();
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      files.forEach(f -> example.add(f.getFileName().toString()));
    }
    assertEquals(example, new TreeSet<>(AgreementStore.BUNDLED));
    for (String name : AgreementStore.BUNDLED) {
      try (InputStream in = SlaServer.class.getResourceAsStream("agreements/" + name)) {
        assertEquals(Files.readString(EXAMPLE.resolve(name)),
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), name);
      }
    }
  }

  @Test
  void bundledDocumentsDefineTheEcoShopAgreements() {
    assertEquals(List.of("dev-ola", "ecoshop-sla", "hosting-uc", "ops-ola"),
        Fixtures.CATALOG.all().stream().map(a -> a.id()).toList());
    assertEquals(List.of("calendar prime-time"),
        List.copyOf(Fixtures.CATALOG.calendarTexts().keySet()));
  }

  @Test
  void startsFromADirectoryOfDocuments(@TempDir Path dir) throws IOException {
    Files.copy(EXAMPLE.resolve("calendars.yaml"), dir.resolve("calendars.yaml"));
    Files.copy(EXAMPLE.resolve("ops-ola.yaml"), dir.resolve("ops-ola.yaml"));
    try (SlaServer server = SlaServer.start(ServerOptions.parse("--port", "0", "--agreements",
        dir.toString()))) {
      Http.Response r = new Http(server.port()).get("/v1/agreements");
      assertEquals(1, r.json().get("agreements").size(), r::toString);
      assertEquals("ops-ola", r.json().get("agreements").get(0).get("id").asString());
    }
  }

  @Test
  void refusesToStartOnAnInvalidDocument(@TempDir Path dir) throws IOException {
    Files.copy(EXAMPLE.resolve("ops-ola.yaml"), dir.resolve("ops-ola.yaml"));
    DocumentException e = assertThrows(DocumentException.class, () -> SlaServer.start(
        ServerOptions.parse("--port", "0", "--agreements", dir.toString())));
    assertTrue(e.getMessage().contains("No calendar has this name: prime-time"),
        e::getMessage);
  }
}
