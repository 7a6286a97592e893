package dev.servicelevel.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Golden files of the whole-result matrices: the expected text of every case, kept as data
 * beside the test class rather than as string literals. A file holds one entry per case: a line
 * with the case's key, a line with its expected text, then a blank line. When a result's text
 * changes on purpose, the failing test names the first case that differs and shows both texts,
 * and the file is edited in the same commit.
 */
public final class GoldenFiles {

  private GoldenFiles() {}

  /**
   * Reads a golden file from the test resources beside a class.
   *
   * @param owner  the test class the file belongs to
   * @param name  the file's name in the owner's package, such as {@code "timer-matrix.txt"}
   * @return the expected texts by key, in the file's order
   */
  public static Map<String, String> read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No golden file " + name + " beside " + owner.getName());
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      Map<String, String> expected = new LinkedHashMap<>();
      for (int i = 0; i + 1 < lines.length; i += 3) {
        if (expected.put(lines[i], lines[i + 1]) != null) {
          throw new IllegalStateException("Key " + lines[i] + " twice in golden file " + name);
        }
        if (i + 2 < lines.length && !lines[i + 2].isEmpty()) {
          throw new IllegalStateException(
              "Golden file " + name + ": line " + (i + 3) + " should be blank");
        }
      }
      return expected;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that the actual texts are exactly the golden file's: the same keys, and for each
   * key the same text (a difference names its key).
   *
   * @param owner  the test class the file belongs to
   * @param name  the file's name in the owner's package
   * @param actual  the actual texts by key
   */
  public static void assertMatches(Class<?> owner, String name, Map<String, String> actual) {
    Map<String, String> expected = read(owner, name);
    assertEquals(expected.keySet(), actual.keySet(), "the cases of " + name);
    expected.forEach((key, text) -> assertEquals(text, actual.get(key), key));
  }
}
