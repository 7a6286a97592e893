package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Decoding is total: any text, however broken, gives documents or a {@link DocumentException},
 * never another exception. Texts are valid documents mutated at random (the fuzz-friendly entry
 * is {@link AgreementDocuments#read(java.io.InputStream, String)} on arbitrary bytes).
 */
class DecodingRobustnessTest {

  static final String PALETTE = "{}[],:&*!|>-?#'\"\\\n\t %@`~0123456789.eE+xP";

  static final List<String> SEEDS =
      List.of(
          AgreementDocuments.toYaml(EcoShop.SLA),
          AgreementDocuments.toJson(EcoShop.SLA),
          AgreementDocuments.toYaml("ecoshop", EcoShop.CHAIN),
          AgreementDocuments.toYaml("non-prime", EcoShop.NON_PRIME.calendar()),
          DocumentProblemsTest.MINIMAL);

  /** A seed text with a few random edits: deletions, insertions, repeats and swaps. */
  static String mutate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(SEEDS.get(r.nextInt(SEEDS.size())));
    int edits = 1 + r.nextInt(4);
    for (int e = 0; e < edits && sb.length() > 0; e++) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(5)) {
        case 0:
          sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(20)));
          break;
        case 1:
          for (int i = r.nextInt(4); i >= 0; i--) {
            sb.insert(at, PALETTE.charAt(r.nextInt(PALETTE.length())));
          }
          break;
        case 2:
          {
            int end = Math.min(sb.length(), at + 1 + r.nextInt(40));
            sb.insert(end, sb.substring(at, end));
            break;
          }
        case 3:
          sb.setCharAt(at, PALETTE.charAt(r.nextInt(PALETTE.length())));
          break;
        default:
          {
            int line = sb.indexOf("\n", at);
            if (line > 0) {
              sb.insert(line + 1, "  x: y\n");
            }
            break;
          }
      }
    }
    return sb.toString();
  }

  static void readsOrRefuses(String text) {
    try {
      AgreementDocuments.read(text);
    } catch (DocumentException e) {
      assertFalse(e.problems().isEmpty());
      assertFalse(e.getMessage().isEmpty());
    } catch (RuntimeException | StackOverflowError e) {
      fail("Decoding threw " + e + " for:\n" + text, e);
    }
  }

  @Test
  void mutatedDocuments_readOrGiveADocumentException() {
    qt().withExamples(1500).forAll(longs().all()).checkAssert(seed -> readsOrRefuses(mutate(seed)));
  }

  @Test
  void arbitraryBytes_readOrGiveADocumentException() {
    qt().withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              byte[] bytes = mutate(seed).getBytes(StandardCharsets.UTF_8);
              for (int i = r.nextInt(3); i >= 0 && bytes.length > 0; i--) {
                bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
              }
              try {
                AgreementDocuments.read(new ByteArrayInputStream(bytes), "bytes");
              } catch (DocumentException e) {
                assertFalse(e.problems().isEmpty());
              } catch (RuntimeException e) {
                fail("Decoding threw " + e, e);
              }
            });
  }

  @Test
  void deeplyNestedCalendars_areADocumentProblem() {
    StringBuilder spec = new StringBuilder("{zone: UTC}");
    for (int i = 0; i < 40; i++) {
      spec.insert(0, "{complement: ").append('}');
    }
    String text = "apiVersion: servicelevel.dev/v1\nkind: Calendar\nmetadata: {name: c}\nspec: "
        + spec + "\n";
    readsOrRefuses(text);
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      chain.append("---\napiVersion: servicelevel.dev/v1\nkind: Calendar\nmetadata: {name: c")
          .append(i).append("}\nspec: {complement: c").append(i + 1).append("}\n");
    }
    chain.append("---\napiVersion: servicelevel.dev/v1\nkind: Calendar\nmetadata: {name: c200}\n"
        + "spec: {zone: UTC}\n");
    DocumentException e =
        assertThrows(DocumentException.class, () -> AgreementDocuments.read(chain.toString()));
    assertEquals("depth", e.problems().get(0).rule());
  }

  @Test
  void manyProblems_areCappedWithANote() {
    StringBuilder sb = new StringBuilder(DocumentProblemsTest.MINIMAL);
    for (int i = 0; i < 300; i++) {
      sb.append("    unknown").append(i).append(": 1\n");
    }
    DocumentException e =
        assertThrows(DocumentException.class, () -> AgreementDocuments.read(sb.toString()));
    assertEquals(DocumentException.MAX_PROBLEMS, e.problems().size());
    assertEquals("limit", e.problems().get(DocumentException.MAX_PROBLEMS - 1).rule());
  }
}
