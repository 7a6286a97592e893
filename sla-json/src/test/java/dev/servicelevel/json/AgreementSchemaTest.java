package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementSchemaTest {

  static List<Problem> validate(String text) {
    return AgreementSchema.validate(text, DocumentFormat.detect(text), "doc");
  }

  @Test
  void text_isTheResource() {
    assertTrue(AgreementSchema.text()
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    assertTrue(AgreementSchema.RESOURCE.endsWith("agreement.schema.json"));
  }

  @Test
  void validDocument_hasNoProblems() {
    assertEquals(List.of(), validate(DocumentProblemsTest.MINIMAL));
  }

  @Test
  void unknownField_isASchemaProblemWithItsPlace() {
    List<Problem> problems = validate(DocumentProblemsTest.MINIMAL + "    minimun: 99.9\n");
    assertFalse(problems.isEmpty());
    Problem p = problems.get(0);
    assertEquals("schema", p.rule());
    assertEquals("/spec/targets/0", p.pointer());
    assertEquals(17, p.line());
    assertTrue(p.message().contains("minimun"), p.message());
  }

  @Test
  void wrongTypesAndFormats_areSchemaProblems() {
    List<Problem> problems =
        validate(DocumentProblemsTest.MINIMAL.replace("start: 2025-01-01", "start: 2025-13-01")
            .replace("minimum: 99.9", "minimum: lots"));
    assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/spec/validity/start")),
        problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/spec/targets/0/minimum")),
        problems::toString);
  }

  @Test
  void extensionKeys_validate() {
    assertEquals(List.of(), validate(DocumentProblemsTest.MINIMAL + "    x-note: anything\n"));
  }

  @Test
  void unreadableText_isADocumentException() {
    assertThrows(DocumentException.class, () -> validate("a: &x 1\nb: *x\n"));
  }
}
