package dev.servicelevel.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared message helpers, found unpinned by mutation testing: a rule without values is its
 * own message, named values are shown by name and separated by commas, and a builder's single
 * reason that is no field name is kept as the reason.
 */
class StyleMutationTest {

  @Test
  void message_withoutValues_isTheRuleAlone() {
    assertEquals("Rule", Checks.message("Rule"));
  }

  @Test
  void message_namedValuesShowTheirNames() {
    assertEquals("Rule: target a\\u000Ab, id 7",
        Checks.message("Rule", Checks.named("target", "a\nb"), Checks.named("id", 7)));
    assertEquals("Rule: 1 / x", Checks.message("Rule", 1, "x"));
    // a long named value is cut once, after its name, not again as a whole
    String message = Checks.message("Rule", Checks.named("target", "x".repeat(300)));
    assertEquals("Rule: target " + "x".repeat(120) + "\u2026 (300 characters)", message);
  }

  @Test
  void missingField_aReasonThatIsNoFieldName_isKept() {
    assertEquals("Window cannot be built: attributes depend on each other",
        MissingFieldException.message("Window", List.of("attributes depend on each other")));
    assertEquals("Window is missing required field: start",
        MissingFieldException.message("Window", List.of("start")));
    assertEquals("Window is missing required fields: start, end",
        MissingFieldException.message("Window", List.of("start", "end")));
    assertEquals("Window is missing required fields: a b, c d",
        MissingFieldException.message("Window", List.of("a b", "c d")));
  }
}
