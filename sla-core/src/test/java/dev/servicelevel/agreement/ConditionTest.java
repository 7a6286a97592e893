package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertNullRejected;
import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ConditionTest {

  private static final Condition P1 = Condition.fieldIs("priority", "P1");
  private static final Condition CREATED = Condition.event("created");
  private static final Condition WAITING = Condition.fieldIn("status", "waiting", "on-hold");
  private static final Condition ASSIGNED = Condition.fieldPresent("assignee");

  // ---- text form -----------------------------------------------------------------------------

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of(P1, "priority = \"P1\""),
        Arguments.of(CREATED, "event = \"created\""),
        Arguments.of(WAITING, "status in (\"on-hold\", \"waiting\")"),
        Arguments.of(ASSIGNED, "assignee present"),
        Arguments.of(Condition.always(), "always"),
        Arguments.of(Condition.never(), "never"),
        Arguments.of(Condition.and(P1, CREATED), "priority = \"P1\" and event = \"created\""),
        Arguments.of(
            Condition.or(P1, Condition.and(CREATED, ASSIGNED)),
            "priority = \"P1\" or (event = \"created\" and assignee present)"),
        Arguments.of(
            Condition.and(Condition.or(P1, CREATED), ASSIGNED),
            "(priority = \"P1\" or event = \"created\") and assignee present"),
        Arguments.of(
            Condition.or(P1, Condition.or(CREATED, ASSIGNED)),
            "priority = \"P1\" or event = \"created\" or assignee present"),
        Arguments.of(Condition.not(P1), "not priority = \"P1\""),
        Arguments.of(Condition.not(Condition.not(P1)), "priority = \"P1\""),
        Arguments.of(
            Condition.not(Condition.and(P1, CREATED)),
            "not (priority = \"P1\" and event = \"created\")"),
        Arguments.of(
            Condition.fieldIs("note", "say \"hi\" \\ bye"), "note = \"say \\\"hi\\\" \\\\ bye\""),
        Arguments.of(Condition.fieldIs("custom_field.x-1", ""), "custom_field.x-1 = \"\""));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void toString_writesTheCanonicalText(Condition condition, String text) {
    assertEquals(text, condition.toString());
  }

  @ParameterizedTest
  @MethodSource("texts")
  void parse_readsTheCanonicalTextBack(Condition condition, String text) {
    assertEquals(condition, Condition.parse(text));
  }

  @Test
  void parse_acceptsSpacingAndRedundantParentheses() {
    assertEquals(
        Condition.and(P1, Condition.not(CREATED)),
        Condition.parse("  ((priority=\"P1\"))and not(event =\"created\")  "));
    assertEquals(WAITING, Condition.parse("status in(\"waiting\",\"on-hold\")"));
  }

  // ---- set syntax ----------------------------------------------------------------------------

  static Stream<Arguments> setTexts() {
    return Stream.of(
        Arguments.of("status in {\"waiting\", \"on-hold\"}", WAITING),
        Arguments.of("status in{\"on-hold\",\"waiting\",\"on-hold\"}", WAITING),
        Arguments.of("status in {\n  \"waiting\",\n  \"on-hold\"\n}", WAITING),
        Arguments.of("status not in {\"waiting\", \"on-hold\"}", Condition.not(WAITING)),
        Arguments.of("status not in (\"waiting\", \"on-hold\")", Condition.not(WAITING)),
        Arguments.of("not status not in {\"waiting\", \"on-hold\"}", WAITING),
        Arguments.of(
            "priority = \"P1\" and status not in {\"waiting\", \"on-hold\"} or assignee present",
            Condition.or(Condition.and(P1, Condition.not(WAITING)), ASSIGNED)),
        Arguments.of("p in {\"}\", \"{\", \",\"}", Condition.fieldIn("p", ",", "{", "}")),
        Arguments.of("notes not in {\"in\"}", Condition.not(Condition.fieldIn("notes", "in"))));
  }

  @ParameterizedTest
  @MethodSource("setTexts")
  void parse_readsSetSyntax(String text, Condition condition) {
    assertEquals(condition, Condition.parse(text));
  }

  @Test
  void toString_writesSetsInParenthesesAndNotInAsNot() {
    assertEquals(
        "not status in (\"on-hold\", \"waiting\")",
        Condition.parse("status not in {\"waiting\", \"on-hold\"}").toString());
    assertEquals(
        "p in (\"a\", \"b\")", Condition.parse("p in {\"b\", \"a\", \"b\"}").toString());
  }

  @Test
  void notIn_holdsWhenTheFieldHasNoneOfTheValuesOrIsAbsent() {
    Condition notWaiting = Condition.parse("status not in {\"waiting\", \"on-hold\"}");
    assertFalse(notWaiting.matches(Map.of("status", "waiting"), Set.of()));
    assertFalse(notWaiting.matches(Map.of("status", "on-hold"), Set.of()));
    assertEquals(true, notWaiting.matches(Map.of("status", "open"), Set.of()));
    assertEquals(true, notWaiting.matches(Map.of(), Set.of()));
  }

  static Stream<Arguments> malformedSets() {
    return Stream.of(
        Arguments.of(
            "status in {}",
            "Condition is malformed at position 11, expected a value in double quotes:"
                + " status in {}"),
        Arguments.of(
            "status in {\"a\")",
            "Condition is malformed at position 14, expected '}': status in {\"a\")"),
        Arguments.of(
            "status in (\"a\"}",
            "Condition is malformed at position 14, expected ')': status in (\"a\"}"),
        Arguments.of(
            "status in {\"a\",}",
            "Condition is malformed at position 15, expected a value in double quotes:"
                + " status in {\"a\",}"),
        Arguments.of(
            "status in {a, b}",
            "Condition is malformed at position 11, expected a value in double quotes:"
                + " status in {a, b}"),
        Arguments.of(
            "status in \"a\"",
            "Condition is malformed at position 10, expected '(' or '{': status in \"a\""),
        Arguments.of(
            "status not present",
            "Condition is malformed at position 10, expected 'in' after 'not':"
                + " status not present"),
        Arguments.of(
            "status in {\"a\" \"b\"}",
            "Condition is malformed at position 15, expected '}': status in {\"a\" \"b\"}"),
        Arguments.of(
            "{\"a\"}",
            "Condition is malformed at position 0, expected a field name, 'event',"
                + " 'not', 'always', 'never' or '(': {\"a\"}"));
  }

  @ParameterizedTest
  @MethodSource("malformedSets")
  void parse_rejectsMalformedSetsWithPosition(String text, String message) {
    assertRejected(message, () -> Condition.parse(text));
  }

  @Test
  void parse_bindsNotTighterThanAndTighterThanOr() {
    assertEquals(
        Condition.or(Condition.and(Condition.not(P1), CREATED), ASSIGNED),
        Condition.parse("not priority = \"P1\" and event = \"created\" or assignee present"));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            "",
            "Condition is malformed at position 0, expected a field name, 'event',"
                + " 'not', 'always', 'never' or '(': "),
        Arguments.of(
            "priority = P1",
            "Condition is malformed at position 11, expected a value in"
                + " double quotes: priority = P1"),
        Arguments.of(
            "priority \"P1\"",
            "Condition is malformed at position 9, expected '=', 'in', 'not in'"
                + " or 'present': priority \"P1\""),
        Arguments.of(
            "and = \"x\"",
            "Condition is malformed at position 0, expected a field name,"
                + " 'event', 'not', 'always', 'never' or '(': and = \"x\""),
        Arguments.of(
            "priority = \"P1",
            "Condition is malformed at position 14, expected a closing"
                + " double quote: priority = \"P1"),
        Arguments.of(
            "priority = \"a\\b\"",
            "Condition is malformed at position 13, expected '\\\"'"
                + " or '\\\\' after a backslash: priority = \"a\\b\""),
        Arguments.of("(always", "Condition is malformed at position 7, expected ')': (always"),
        Arguments.of(
            "always never",
            "Condition is malformed at position 7, expected 'and', 'or'"
                + " or the end: always never"),
        Arguments.of(
            "status in ()",
            "Condition is malformed at position 11, expected a value in"
                + " double quotes: status in ()"),
        Arguments.of(
            "event \"x\"", "Condition is malformed at position 6, expected '=':" + " event \"x\""),
        Arguments.of(
            "event = \" \"",
            "Condition is malformed at position 0 (Event type must not be blank: ' '):"
                + " event = \" \""));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void parse_rejectsMalformedTextWithPosition(String text, String message) {
    assertRejected(message, () -> Condition.parse(text));
  }

  @Test
  void parse_rejectsNull() {
    assertNullRejected("text", () -> Condition.parse(null));
  }

  // ---- matches -------------------------------------------------------------------------------

  static Stream<Arguments> matching() {
    Map<String, String> p1Waiting = Map.of("priority", "P1", "status", "waiting");
    Map<String, String> p2Assigned = Map.of("priority", "P2", "assignee", "kim");
    Set<String> none = Set.of();
    Set<String> created = Set.of("created");
    return Stream.of(
        Arguments.of(P1, p1Waiting, none, true),
        Arguments.of(P1, p2Assigned, none, false),
        Arguments.of(Condition.fieldIs("priority", "p1"), p1Waiting, none, false),
        Arguments.of(P1, Map.of(), none, false),
        Arguments.of(WAITING, p1Waiting, none, true),
        Arguments.of(WAITING, p2Assigned, none, false),
        Arguments.of(ASSIGNED, p2Assigned, none, true),
        Arguments.of(ASSIGNED, p1Waiting, none, false),
        Arguments.of(CREATED, p1Waiting, created, true),
        Arguments.of(CREATED, p1Waiting, none, false),
        Arguments.of(CREATED, p1Waiting, Set.of("closed", "created"), true),
        Arguments.of(Condition.and(P1, CREATED), p1Waiting, created, true),
        Arguments.of(Condition.and(P1, CREATED), p1Waiting, none, false),
        Arguments.of(Condition.or(P1, CREATED), p2Assigned, none, false),
        Arguments.of(Condition.or(P1, CREATED), p2Assigned, created, true),
        Arguments.of(Condition.not(P1), p2Assigned, none, true),
        Arguments.of(Condition.always(), Map.of(), none, true),
        Arguments.of(Condition.never(), p1Waiting, created, false));
  }

  @ParameterizedTest
  @MethodSource("matching")
  void matches_evaluatesFieldsAndEvents(
      Condition condition, Map<String, String> fields, Set<String> events, boolean expected) {
    assertEquals(expected, condition.matches(fields, events));
    assertEquals(!expected, condition.negate().matches(fields, events));
  }

  // ---- factories and validation --------------------------------------------------------------

  @Test
  void allOf_normalisesEmptyAndSingleLists() {
    assertEquals(Condition.always(), Condition.allOf(List.of()));
    assertSame(P1, Condition.allOf(List.of(P1)));
    assertEquals(Condition.and(P1, CREATED), Condition.allOf(List.of(P1, CREATED)));
  }

  @Test
  void anyOf_normalisesEmptyAndSingleLists() {
    assertEquals(Condition.never(), Condition.anyOf(List.of()));
    assertSame(P1, Condition.anyOf(List.of(P1)));
    assertEquals(
        Condition.or(P1, CREATED, ASSIGNED), Condition.anyOf(List.of(P1, CREATED, ASSIGNED)));
  }

  static Stream<Arguments> badFieldNames() {
    return Stream.of(
        Arguments.of(""),
        Arguments.of("1st"),
        Arguments.of("has space"),
        Arguments.of("-x"),
        Arguments.of("and"),
        Arguments.of("event"),
        Arguments.of("present"),
        Arguments.of("a=b"));
  }

  @ParameterizedTest
  @MethodSource("badFieldNames")
  void fieldIs_rejectsMalformedFieldNames(String field) {
    assertRejected(
        "Field name must be a letter or '_' then letters, digits, '_', '.' or '-', and not a"
            + " keyword: '"
            + field
            + "'",
        () -> Condition.fieldIs(field, "x"));
  }

  @Test
  void fieldInAndPresent_checkFieldNamesToo() {
    String rule =
        "Field name must be a letter or '_' then letters, digits, '_', '.' or '-', and"
            + " not a keyword: ";
    assertRejected(rule + "'or'", () -> Condition.fieldIn("or", "x"));
    assertRejected(rule + "'9'", () -> Condition.fieldPresent("9"));
  }

  @Test
  void fieldIn_rejectsNoValues() {
    assertRejected("Field 'in' condition needs a value: status", () -> Condition.fieldIn("status"));
  }

  @Test
  void fieldIn_dropsRepeatedValuesAndSortsThem() {
    Condition c = Condition.fieldIn("status", "b", "a", "b");
    assertEquals("status in (\"a\", \"b\")", c.toString());
    assertEquals(Condition.fieldIn("status", "a", "b"), c);
  }

  @Test
  void event_rejectsBlankType() {
    assertRejected("Event type must not be blank: ''", () -> Condition.event(""));
  }

  @Test
  void andOr_rejectFewerThanTwoOperands() {
    assertRejected(
        "An 'and' condition needs at least two operands: [priority = \"P1\"]",
        () -> ImmutableAnd.of(List.of(P1)));
    assertRejected(
        "An 'or' condition needs at least two operands: []", () -> ImmutableOr.of(List.of()));
  }

  @Test
  void factories_rejectNulls() {
    assertNullRejected("value", () -> Condition.fieldIs("priority", null));
    assertNullRejected("type", () -> Condition.event(null));
    assertNullRejected("operand", () -> Condition.not(null));
    assertNullRejected("second", () -> Condition.and(P1, null));
    assertNullRejected("more", () -> Condition.or(P1, CREATED, (Condition) null));
    assertNullRejected("operands", () -> Condition.allOf(null));
  }

  @Test
  void equality_isStructural() {
    assertValueEquality(
        Condition.and(P1, CREATED), Condition.and(P1, CREATED), Condition.and(CREATED, P1));
    assertValueEquality(
        P1, Condition.parse("priority = \"P1\""), Condition.fieldIs("priority", "P2"));
    assertValueEquality(Condition.always(), Condition.parse("always"), Condition.never());
  }

  @Test
  void variants_exposeTheirParts() {
    assertEquals("priority", ((Condition.FieldIs) P1).field());
    assertEquals("P1", ((Condition.FieldIs) P1).value());
    assertEquals(Set.of("waiting", "on-hold"), ((Condition.FieldIn) WAITING).values());
    assertEquals("created", ((Condition.EventIs) CREATED).type());
    assertEquals(P1, ((Condition.Not) Condition.not(P1)).operand());
    assertEquals(List.of(P1, CREATED), ((Condition.And) Condition.and(P1, CREATED)).operands());
    assertFalse(((Condition.Constant) Condition.never()).value());
  }

  // ---- properties ----------------------------------------------------------------------------

  static Gen<String> values() {
    return Generate.pick(List.of("P1", "P2", "", "waiting \"customer\"", "back\\slash", "ünï"));
  }

  static Gen<Condition> leaves() {
    Gen<String> fields = Generate.pick(List.of("priority", "status", "x.y", "_a-1"));
    Gen<Condition> is = fields.zip(values(), Condition::fieldIs);
    Gen<Condition> in = fields.zip(lists().of(values()).ofSizeBetween(1, 3), Condition::fieldIn);
    Gen<Condition> present = fields.map(Condition::fieldPresent);
    Gen<Condition> event =
        Generate.pick(List.of("created", "agent reply", "x\"y")).map(Condition::event);
    Gen<Condition> constant =
        Generate.booleans().map(b -> b ? Condition.always() : Condition.never());
    return Generate.oneOf(is, in, present, event, constant);
  }

  static Gen<Condition> conditions(int depth) {
    if (depth == 0) {
      return leaves();
    }
    Gen<Condition> sub = conditions(depth - 1);
    Gen<Condition> not = sub.map(Condition::not);
    Gen<Condition> and = lists().of(sub).ofSizeBetween(2, 3).map(Condition::allOf);
    Gen<Condition> or = lists().of(sub).ofSizeBetween(2, 3).map(Condition::anyOf);
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, leaves()),
        org.quicktheories.api.Pair.of(1, not),
        org.quicktheories.api.Pair.of(1, and),
        org.quicktheories.api.Pair.of(1, or));
  }

  @Test
  void parseOfToStringIsIdentity() {
    qt().withExamples(400)
        .forAll(conditions(3))
        .checkAssert(c -> assertEquals(c, Condition.parse(c.toString()), c.toString()));
  }

  @Test
  void negateNegatesOnEveryTicket() {
    Gen<Map<String, String>> tickets =
        integers()
            .between(0, 7)
            .map(
                bits -> {
                  java.util.HashMap<String, String> m = new java.util.HashMap<>();
                  if ((bits & 1) != 0) {
                    m.put("priority", "P1");
                  }
                  if ((bits & 2) != 0) {
                    m.put("status", "waiting \"customer\"");
                  }
                  if ((bits & 4) != 0) {
                    m.put("x.y", "");
                  }
                  return m;
                });
    qt().withExamples(300)
        .forAll(conditions(2), tickets, Generate.booleans())
        .checkAssert(
            (c, fields, created) -> {
              Set<String> events = created ? Set.of("created") : Set.of();
              assertEquals(!c.matches(fields, events), c.negate().matches(fields, events));
            });
  }
}
