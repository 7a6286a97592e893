package dev.servicelevel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deep, long and wide conditions (issue 12, items 3 and 9). */
class ConditionRobustnessTest {

  private static final Condition P1 = Condition.fieldIs("priority", "P1");
  private static final Condition CREATED = Condition.event("created");
  private static final Map<String, String> P1_FIELDS = Map.of("priority", "P1");

  @Test
  void parse_twoThousandNestedParenthesesAroundALeaf() {
    String text = "(".repeat(2_000) + "priority = \"P1\"" + ")".repeat(2_000);
    assertEquals(P1, Condition.parse(text));
  }

  @Test
  void parse_tenThousandChainedNots() {
    assertEquals(P1, Condition.parse("not ".repeat(10_000) + "priority = \"P1\""));
    assertEquals(
        Condition.not(P1), Condition.parse("not ".repeat(10_001) + "priority = \"P1\""));
  }

  @Test
  void parse_notsBeforeParenthesesCancelOut() {
    String text = "not (".repeat(3_000) + "priority = \"P1\"" + ")".repeat(3_000);
    assertEquals(P1, Condition.parse(text));
  }

  @Test
  void parse_unbalancedDeepParentheses_isMalformedNotAStackOverflow() {
    String text = "(".repeat(5_000) + "always";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Condition.parse(text));
    assertTrue(
        e.getMessage().startsWith("Condition is malformed at position 5006, expected ')': ((("),
        e.getMessage());
  }

  @Test
  void parse_rejectsNestingBeyondTheLimit_namingDepthLimitAndPosition() {
    // "a = "1" and (b = "1" or (c = ... alternates and / or: every group adds a level.
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      sb.append(i % 2 == 0 ? "a = \"1\" and (" : "b = \"1\" or (");
    }
    sb.append("always").append(")".repeat(150));
    String text = sb.toString();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Condition.parse(text));
    assertTrue(
        e.getMessage()
            .startsWith(
                "Condition must nest 'and', 'or' and 'not' at most 100 deep, but nests 101 deep"
                    + " at position "),
        e.getMessage());
    assertTrue(e.getMessage().contains("(" + text.length() + " characters)"), e.getMessage());
  }

  @Test
  void parse_acceptsNestingAtTheLimit() {
    Condition c = alternating(Condition.MAX_DEPTH);
    assertEquals(c, Condition.parse(c.toString()));
    assertEquals(c.hashCode(), Condition.parse(c.toString()).hashCode());
  }

  @Test
  void build_rejectsNestingBeyondTheLimit() {
    Condition atLimit = alternating(Condition.MAX_DEPTH);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Condition.not(atLimit));
    assertEquals("Condition must nest 'and', 'or' and 'not' at most 100 deep: 101", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Condition.and(atLimit, P1));
    // An 'or' of the 'or' on top is inlined, so it nests no deeper.
    assertEquals(Condition.MAX_DEPTH, ((Condition.Or) Condition.or(atLimit, P1)).depth());
    assertThrows(IllegalArgumentException.class, () -> Condition.allOf(List.of(P1, atLimit)));
  }

  @Test
  void build_chainedAndsFlattenToOneAnd() {
    Condition c = P1;
    for (int i = 0; i < 2_000; i++) {
      c = Condition.and(c, Condition.fieldIs("f" + i, "x"));
    }
    assertEquals(2_001, ((Condition.And) c).operands().size());
    assertFalse(c.matches(P1_FIELDS, Set.of()));
    assertEquals(c, Condition.parse(c.toString()));
    assertEquals(c.hashCode(), Condition.parse(c.toString()).hashCode());
  }

  @Test
  void build_chainedNotsCancelOut() {
    Condition c = P1;
    for (int i = 0; i < 10_001; i++) {
      c = c.negate();
    }
    assertEquals(Condition.not(P1), c);
    assertEquals("not priority = \"P1\"", c.toString());
  }

  @Test
  void wideCondition_ofFiftyThousandOperands() {
    List<Condition> operands = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      operands.add(Condition.fieldIs("f", Integer.toString(i)));
    }
    Condition c = Condition.anyOf(operands);
    assertTrue(c.matches(Map.of("f", "49999"), Set.of()));
    assertEquals(c, Condition.anyOf(new ArrayList<>(operands)));
    assertEquals(c, Condition.parse(c.toString()));
  }

  @Test
  void parse_rejectsATenMegabyteText_withoutEchoingIt() {
    String text = "priority = \"" + "x".repeat(10_000_000) + "\"";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Condition.parse(text));
    assertTrue(
        e.getMessage().startsWith("Condition text must be at most 1000000 characters long: "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("(10000013 characters)"), e.getMessage());
    assertTrue(e.getMessage().length() < 300, "message length " + e.getMessage().length());
  }

  @Test
  void parse_malformedMessage_escapesControlCharacters() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("a \u001b[31m"));
    assertEquals(
        "Condition is malformed at position 2, expected '=', 'in', 'not in' or 'present':"
            + " a \\u001B[31m",
        e.getMessage());
  }

  @Test
  void equalFieldInConditions_haveOneText() {
    Condition ab = Condition.parse("p in (\"a\", \"b\")");
    Condition ba = Condition.parse("p in (\"b\", \"a\")");
    assertEquals(ab, ba);
    assertEquals(ab.toString(), ba.toString());
    assertEquals("p in (\"a\", \"b\")", ba.toString());
  }

  @Test
  void equalNestedConditions_haveOneText() {
    Condition nested = Condition.and(P1, Condition.and(CREATED, Condition.always()));
    Condition flat = Condition.and(P1, CREATED, Condition.always());
    assertEquals(flat, nested);
    assertEquals(flat.toString(), nested.toString());
    assertEquals(flat, Condition.parse("priority = \"P1\" and (event = \"created\" and always)"));
  }

  @Test
  void nullsAreNamed() {
    Fixtures.assertNullRejected("operand", () -> Condition.not(null));
    Fixtures.assertNullRejected("first", () -> Condition.and(null, P1));
    Fixtures.assertNullRejected("second", () -> Condition.or(P1, null));
    Fixtures.assertNullRejected("more", () -> Condition.or(P1, P1, (Condition) null));
    Fixtures.assertNullRejected("operands", () -> Condition.allOf(null));
    Fixtures.assertNullRejected("operands", () -> Condition.anyOf(nullList()));
    Fixtures.assertNullRejected("values", () -> Condition.fieldIn("p", "a", null));
    Fixtures.assertNullRejected("field", () -> Condition.fieldIn(null, "a"));
    Fixtures.assertNullRejected("text", () -> Condition.parse(null));
  }

  private static List<Condition> nullList() {
    List<Condition> l = new ArrayList<>();
    l.add(P1);
    l.add(null);
    return l;
  }

  /** A condition nesting 'and' and 'or' alternately, {@code depth} deep. */
  static Condition alternating(int depth) {
    Condition c = Condition.fieldIs("leaf", "x");
    for (int i = 0; i < depth; i++) {
      Condition other = Condition.fieldIs("f" + i, "x");
      c = i % 2 == 0 ? Condition.and(other, c) : Condition.or(other, c);
    }
    return c;
  }
}
