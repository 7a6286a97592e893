package dev.servicelevel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The condition parser at its edges: nesting exactly at and one past the depth limit (for
 * 'and', 'or', 'not', inlined operands and parentheses that group nothing), the longest text,
 * values and escapes that end with the text, and the characters a word may contain.
 */
class ConditionParserEdgeTest {

  /** A condition nesting 'and' and 'or' alternately {@code depth} deep, 'and' outermost. */
  private static String nested(int depth) {
    String s = "a = \"1\"";
    for (int level = depth; level >= 1; level--) {
      String op = level % 2 == 1 ? "and" : "or";
      s = level == depth ? s + " " + op + " b = \"2\"" : "(" + s + ") " + op + " b = \"2\"";
    }
    return s;
  }

  private static IllegalArgumentException rejected(String text) {
    return assertThrows(IllegalArgumentException.class, () -> Condition.parse(text));
  }

  private static void assertMessage(IllegalArgumentException e, String... fragments) {
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), () -> "'" + f + "' not in: " + e.getMessage());
    }
  }

  @Test
  void depth_ofTheDeepestAcceptedConditionIsTheLimit() {
    Condition deepest = Condition.parse(nested(Condition.MAX_DEPTH));
    assertEquals(Condition.MAX_DEPTH, ConditionParser.depthOf(deepest));
    assertTrue(deepest instanceof Condition.And, deepest::toString);
    assertMessage(rejected(nested(Condition.MAX_DEPTH + 1)),
        "at most 100 deep, but nests 101 deep");
  }

  @Test
  void depth_countsNotOnceForAnOddRunAndNeverForAnEvenOne() {
    assertEquals(1, ConditionParser.depthOf(Condition.parse("not a = \"1\"")));
    assertEquals(0, ConditionParser.depthOf(Condition.parse("not not a = \"1\"")));
    String deepest = nested(Condition.MAX_DEPTH);
    assertMessage(rejected("not (" + deepest + ")"), "but nests 101 deep");
    assertMessage(rejected("not not not (" + deepest + ")"), "but nests 101 deep");
    assertEquals(Condition.MAX_DEPTH,
        ConditionParser.depthOf(Condition.parse("not not (" + deepest + ")")));
    String ninetyNine = nested(Condition.MAX_DEPTH - 1);
    assertEquals(Condition.MAX_DEPTH,
        ConditionParser.depthOf(Condition.parse("not (" + ninetyNine + ")")));
    assertEquals(Condition.MAX_DEPTH - 1,
        ConditionParser.depthOf(Condition.parse("not (not (" + ninetyNine + "))")));
  }

  @Test
  void depth_ofParenthesesThatGroupNothingOrOperandsThatInlineDoesNotGrow() {
    String deepest = nested(Condition.MAX_DEPTH);
    assertEquals(Condition.MAX_DEPTH,
        ConditionParser.depthOf(Condition.parse("((" + deepest + "))")));
    // 'and' of an 'and': its operands join the outer one
    assertEquals(Condition.MAX_DEPTH,
        ConditionParser.depthOf(Condition.parse("(" + deepest + ") and c = \"3\"")));
    assertEquals(Condition.MAX_DEPTH,
        ConditionParser.depthOf(Condition.parse("c = \"3\" and (" + deepest + ")")));
    assertMessage(rejected("(" + deepest + ") or c = \"3\""), "but nests 101 deep");
    String orOutermost = nested(Condition.MAX_DEPTH - 1) + " or d = \"4\"";
    assertEquals(Condition.MAX_DEPTH,
        ConditionParser.depthOf(Condition.parse("(" + orOutermost + ") or c = \"3\"")));
  }

  @Test
  void text_ofTheLargestLengthIsRead() {
    String condition = "a = \"1\"";
    String longest = condition + " ".repeat(Condition.MAX_TEXT_LENGTH - condition.length());
    assertEquals(Condition.parse(condition), Condition.parse(longest));
    assertMessage(rejected(longest + " "), "at most 1000000 characters long");
  }

  @Test
  void values_andEscapesThatEndWithTheText() {
    assertMessage(rejected("a ="), "position 3, expected a value in double quotes");
    assertMessage(rejected("a = \"x\\"), "expected '\\\"' or '\\\\' after a backslash");
    assertMessage(rejected("a = \"x"), "expected a closing double quote");
    assertEquals(Condition.fieldIs("a", "x\"y\\"), Condition.parse("a = \"x\\\"y\\\\\""));
  }

  @Test
  void leaf_errorsPointPastLeadingSpaces() {
    assertMessage(rejected("   9lives = \"1\""), "malformed at position 3");
    assertMessage(rejected("a = \"1\" and    "), "malformed at position 15");
  }

  @Test
  void words_consistOfLettersDigitsAndUnderscoreDotHyphen() {
    for (String name : new String[] {"az", "zz", "aAZ", "aZ", "a0", "a9", "a_.-b"}) {
      assertEquals(Condition.fieldIs(name, "1"), Condition.parse(name + " = \"1\""), name);
    }
    for (String name : new String[] {"a`", "a{", "a@", "a[", "a/", "a:"}) {
      IllegalArgumentException e = rejected(name + " = \"1\"");
      assertMessage(e, "malformed at position 1");
    }
  }
}
