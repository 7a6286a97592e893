package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.calendar.BusinessCalendar;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * Fuzzes the decoding of agreement documents (YAML or JSON, detected) from arbitrary bytes
 * (issue 18, item 2). Plain test runs replay the inputs in {@code DocumentFuzzTestInputs/read},
 * among them three golden documents as seeds; {@code JAZZER_FUZZ=1} searches for new ones.
 *
 * <p>Laws: bytes are either read or refused with a {@link DocumentException} listing at least one
 * problem; nothing else escapes. What is read writes back to documents that read to equal
 * values (agreements in YAML and JSON, calendars in YAML).
 */
class DocumentFuzzTest {

  @FuzzTest(maxDuration = "10m")
  // Printable ASCII without line breaks, which libFuzzer's dictionary format does not take.
  @DictionaryEntries({
    "apiVersion: servicelevel.dev/v1", "kind: Agreement", "kind: Calendar",
    "kind: AgreementChain", "metadata:", "spec:", "---", "  ", "- ", ": ", "{", "}",
    "[", "]", "\"", "'", "&a ", "*a", "!!str ", "#", "zone: Europe/Berlin", "PT1H", "P1D",
    "2025-01-01", "2025-01-01T00:00:00Z", "99.9", "1e400", ".inf", "x-"
  })
  void read(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    Documents documents;
    try {
      documents = AgreementDocuments.read(new ByteArrayInputStream(bytes), "fuzz");
    } catch (DocumentException e) {
      assertFalse(e.problems().isEmpty(), e::getMessage);
      assertFalse(e.getMessage().isBlank());
      return;
    }
    for (Map.Entry<String, Agreement> a : documents.agreements().entrySet()) {
      Agreement agreement = a.getValue();
      String yaml;
      String json;
      try {
        yaml = AgreementDocuments.toYaml(agreement);
        json = AgreementDocuments.toJson(agreement);
      } catch (IllegalArgumentException e) {
        // documented: a window's calendar nesting operations too deep for a document
        assertTrue(e.getMessage().contains("deep"), e.getMessage());
        continue;
      }
      assertEquals(agreement, AgreementDocuments.read(yaml).agreement(a.getKey()).orElseThrow(),
          yaml);
      assertEquals(agreement, AgreementDocuments.read(json).agreement(a.getKey()).orElseThrow(),
          json);
    }
    for (Map.Entry<String, BusinessCalendar> c : documents.calendars().entrySet()) {
      String yaml;
      try {
        yaml = AgreementDocuments.toYaml(c.getKey(), c.getValue());
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage().contains("deep"), e.getMessage());
        continue;
      }
      assertEquals(c.getValue(),
          AgreementDocuments.read(yaml).calendar(c.getKey()).orElseThrow(), yaml);
    }
  }
}
