package dev.servicelevel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcoShopDataGeneratorTest {

  @TempDir
  static Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"outages.csv", "tickets.csv", "samples.csv"})
  void write_reproducesTheBundledFileExactly(String name) throws IOException {
    if (!Files.exists(dir.resolve(name))) {
      EcoShopDataGenerator.write(dir);
    }
    String generated = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    try (InputStream in = EcoShopData.class.getResourceAsStream(EcoShopData.BUNDLED + name)) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), generated);
    }
  }
}
