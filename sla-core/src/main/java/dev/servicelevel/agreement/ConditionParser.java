package dev.servicelevel.agreement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the text form of a {@link Condition} over the grammar in {@link Condition}'s
 * description. It works without recursion, with a stack of open parentheses on the heap, so
 * that no text can overflow the thread's stack; runs of {@code not} are counted rather than
 * nested. One instance parses one text.
 */
final class ConditionParser {

  private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "not", "in", "present", "event", "always", "never");
  private static final String UNARY = "a field name, 'event', 'not', 'always', 'never' or '('";

  private final String text;
  private int pos;

  ConditionParser(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** Checks if a name is a well-formed field name that is not a keyword. */
  static boolean isFieldName(String name) {
    return FIELD.matcher(name).matches() && !KEYWORDS.contains(name);
  }

  /** Gets how deep a condition nests 'and', 'or' and 'not': 0 for a leaf. */
  static int depthOf(Condition c) {
    if (c instanceof Condition.Not) {
      return ((Condition.Not) c).depth();
    }
    if (c instanceof Condition.And) {
      return ((Condition.And) c).depth();
    }
    return c instanceof Condition.Or ? ((Condition.Or) c).depth() : 0;
  }

  /** A parenthesised group being read, or the whole text. */
  private static final class Group {
    final List<Condition> disjuncts = new ArrayList<>();
    List<Condition> conjuncts = new ArrayList<>();
    /** The number of 'not's read before the operand being read. */
    int nots;
  }

  Condition parse() {
    if (text.length() > Condition.MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          Checks.message(
              "Condition text must be at most " + Condition.MAX_TEXT_LENGTH + " characters long",
              text));
    }
    Deque<Group> open = new ArrayDeque<>();
    Group group = new Group();
    while (true) {
      // An operand: 'not's, then an opening parenthesis or a leaf.
      while (acceptWord("not")) {
        group.nots++;
      }
      if (acceptSymbol('(')) {
        open.push(group);
        group = new Group();
        continue;
      }
      Condition operand = negated(group, leaf());
      // After an operand: 'and', 'or', a closing parenthesis or the end.
      while (true) {
        group.conjuncts.add(operand);
        if (acceptWord("and")) {
          break;
        }
        if (acceptWord("or")) {
          group.disjuncts.add(build(group.conjuncts, true));
          group.conjuncts = new ArrayList<>();
          break;
        }
        if (open.isEmpty()) {
          skipSpace();
          if (pos < text.length()) {
            throw malformed("'and', 'or' or the end");
          }
          return finish(group);
        }
        if (!acceptSymbol(')')) {
          throw malformed("')'");
        }
        Condition inner = finish(group);
        group = open.pop();
        operand = negated(group, inner);
      }
    }
  }

  private Condition finish(Group group) {
    group.disjuncts.add(build(group.conjuncts, true));
    return build(group.disjuncts, false);
  }

  /** Applies the group's pending 'not's to an operand: an odd number negates it. */
  private Condition negated(Group group, Condition operand) {
    boolean odd = group.nots % 2 == 1;
    group.nots = 0;
    if (!odd) {
      return operand;
    }
    if (!(operand instanceof Condition.Not)) {
      requireDepth(1 + depthOf(operand));
    }
    return Condition.not(operand);
  }

  /** Builds an 'and' or an 'or' of operands, first checking its depth. */
  private Condition build(List<Condition> operands, boolean and) {
    if (operands.size() > 1) {
      int depth = 0;
      for (Condition c : operands) {
        boolean inlined = and ? c instanceof Condition.And : c instanceof Condition.Or;
        depth = Math.max(depth, inlined ? depthOf(c) : 1 + depthOf(c));
      }
      requireDepth(depth);
    }
    return and ? Condition.allOf(operands) : Condition.anyOf(operands);
  }

  private void requireDepth(int depth) {
    if (depth > Condition.MAX_DEPTH) {
      throw new IllegalArgumentException(
          Checks.message(
              "Condition must nest 'and', 'or' and 'not' at most "
                  + Condition.MAX_DEPTH
                  + " deep, but nests "
                  + depth
                  + " deep at position "
                  + pos,
              text));
    }
  }

  /** Reads a leaf: a constant, an event or a field condition. */
  private Condition leaf() {
    skipSpace();
    int start = pos;
    String word = word();
    if (word.isEmpty()) {
      throw malformed(UNARY);
    }
    switch (word) {
      case "always":
        return Condition.always();
      case "never":
        return Condition.never();
      case "event":
        expectSymbol('=');
        String type = value();
        return leafAt(start, () -> Condition.event(type));
      default:
        break;
    }
    if (!isFieldName(word)) {
      pos = start;
      throw malformed(UNARY);
    }
    if (acceptSymbol('=')) {
      String value = value();
      return leafAt(start, () -> Condition.fieldIs(word, value));
    }
    if (acceptWord("present")) {
      return leafAt(start, () -> Condition.fieldPresent(word));
    }
    if (acceptWord("in")) {
      Set<String> values = set();
      return leafAt(start, () -> Condition.fieldIn(word, values));
    }
    if (acceptWord("not")) {
      if (!acceptWord("in")) {
        throw malformed("'in' after 'not'");
      }
      Set<String> values = set();
      return Condition.not(leafAt(start, () -> Condition.fieldIn(word, values)));
    }
    throw malformed("'=', 'in', 'not in' or 'present'");
  }

  /** Reads a set of values: in parentheses or in braces, comma-separated, at least one. */
  private Set<String> set() {
    char close;
    if (acceptSymbol('(')) {
      close = ')';
    } else if (acceptSymbol('{')) {
      close = '}';
    } else {
      throw malformed("'(' or '{'");
    }
    Set<String> values = new LinkedHashSet<>();
    values.add(value());
    while (acceptSymbol(',')) {
      values.add(value());
    }
    expectSymbol(close);
    return values;
  }

  /**
   * Builds a leaf whose parts are well-formed; a value the model rejects (a blank event type, a
   * field name or value too long) is reported with the position where the leaf starts.
   */
  private Condition leafAt(int start, Supplier<Condition> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          Checks.message(
              "Condition is malformed at position " + start + " (" + e.getMessage() + ")", text),
          e);
    }
  }

  private String value() {
    skipSpace();
    if (pos >= text.length() || text.charAt(pos) != '"') {
      throw malformed("a value in double quotes");
    }
    StringBuilder sb = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\\')) {
          sb.append(text.charAt(pos++));
          continue;
        }
        pos--;
        throw malformed("'\\\"' or '\\\\' after a backslash");
      }
      sb.append(c);
    }
    throw malformed("a closing double quote");
  }

  /** Reads the word at the current position (after spaces); empty if none. */
  private String word() {
    skipSpace();
    int start = pos;
    while (pos < text.length() && isWordChar(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private boolean acceptWord(String keyword) {
    int start = pos;
    if (word().equals(keyword)) {
      return true;
    }
    pos = start;
    return false;
  }

  private boolean acceptSymbol(char symbol) {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == symbol) {
      pos++;
      return true;
    }
    return false;
  }

  private void expectSymbol(char symbol) {
    if (!acceptSymbol(symbol)) {
      throw malformed("'" + symbol + "'");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '-';
  }

  private IllegalArgumentException malformed(String expected) {
    return new IllegalArgumentException(
        Checks.message(
            "Condition is malformed at position " + pos + ", expected " + expected, text));
  }
}
