package dev.servicelevel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@link Condition#parse(String)} (issue 18, item 2). Plain test runs replay the inputs
 * in {@code ConditionFuzzTestInputs/parse}; {@code JAZZER_FUZZ=1} searches for new ones.
 *
 * <p>Laws: an accepted text reads back from its canonical form to an equal condition that
 * matches alike; a rejected text fails with an {@link IllegalArgumentException} giving the
 * position; nothing else escapes (no stack overflow, no other exception).
 */
class ConditionFuzzTest {

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({
    " and ", " or ", "not ", "(", ")", "always", "never", "event = ", " = ", " in (",
    " present", "\"", "\\\"", "\\\\", ", ", "priority", "status"
  })
  void parse(FuzzedDataProvider data) {
    String fieldsAndEvents = data.consumeString(40);
    String text = data.consumeRemainingAsString();
    Condition c;
    try {
      c = Condition.parse(text);
    } catch (IllegalArgumentException e) {
      assertTrue(
          e.getMessage().startsWith("Condition ") && e.getMessage().contains(" position "),
          e.getMessage());
      return;
    }
    String canonical = c.toString();
    Condition again = Condition.parse(canonical);
    assertEquals(c, again, canonical);
    assertEquals(canonical, again.toString());
    assertEquals(c.hashCode(), again.hashCode());

    // Both match alike, and the negation matches the opposite, on fields and events taken from
    // the input.
    Map<String, String> fields = new HashMap<>();
    Set<String> events = new HashSet<>();
    String[] words = fieldsAndEvents.split(" ");
    for (int i = 0; i + 1 < words.length; i += 2) {
      fields.put(words[i], words[i + 1]);
      events.add(words[i + 1]);
    }
    boolean matches = c.matches(fields, events);
    assertEquals(matches, again.matches(fields, events));
    assertEquals(!matches, c.negate().matches(fields, events));
    assertEquals(c, c.negate().negate());
  }

  // Findings of the fuzzer, as examples.

  /** crash-f6279ba0: a value the model rejects was reported without its position. */
  @Test
  void parse_blankEventType_givesThePosition() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> Condition.parse("priority = \"P1\" and event = \"\""));
    assertEquals(
        "Condition is malformed at position 20 (Event type must not be blank: ''):"
            + " priority = \"P1\" and event = \"\"",
        e.getMessage());
  }

  @Test
  void parse_overlongFieldNameAndValue_giveThePosition() {
    String name = "f".repeat(201);
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> Condition.parse("always or " + name + " present"));
    assertTrue(
        e.getMessage().startsWith(
            "Condition is malformed at position 10 (Field name must be at most 200 characters"),
        e.getMessage());
    String value = "v".repeat(10_001);
    e = assertThrows(
        IllegalArgumentException.class,
        () -> Condition.parse("p in (\"a\", \"" + value + "\")"));
    assertTrue(
        e.getMessage().startsWith(
            "Condition is malformed at position 0 (Field value must be at most 10000 characters"),
        e.getMessage());
  }
}
