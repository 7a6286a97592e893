package dev.servicelevel.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the text form of a {@link Condition} by recursive descent over the grammar in
 * {@link Condition}'s description. One instance parses one text.
 */
final class ConditionParser {

  private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "not", "in", "present", "event", "always", "never");

  private final String text;
  private int pos;

  ConditionParser(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** Checks if a name is a well-formed field name that is not a keyword. */
  static boolean isFieldName(String name) {
    return FIELD.matcher(name).matches() && !KEYWORDS.contains(name);
  }

  Condition parse() {
    Condition c = disjunction();
    skipSpace();
    if (pos < text.length()) {
      throw malformed("'and', 'or' or the end");
    }
    return c;
  }

  private Condition disjunction() {
    List<Condition> operands = new ArrayList<>();
    operands.add(conjunction());
    while (acceptWord("or")) {
      operands.add(conjunction());
    }
    return Condition.anyOf(operands);
  }

  private Condition conjunction() {
    List<Condition> operands = new ArrayList<>();
    operands.add(unary());
    while (acceptWord("and")) {
      operands.add(unary());
    }
    return Condition.allOf(operands);
  }

  private Condition unary() {
    skipSpace();
    if (acceptSymbol('(')) {
      Condition c = disjunction();
      expectSymbol(')');
      return c;
    }
    int start = pos;
    String word = word();
    if (word.isEmpty()) {
      throw malformed("a field name, 'event', 'not', 'always', 'never' or '('");
    }
    switch (word) {
      case "not":
        return Condition.not(unary());
      case "always":
        return Condition.always();
      case "never":
        return Condition.never();
      case "event":
        expectSymbol('=');
        return Condition.event(value());
      default:
        break;
    }
    if (!isFieldName(word)) {
      pos = start;
      throw malformed("a field name, 'event', 'not', 'always', 'never' or '('");
    }
    if (acceptSymbol('=')) {
      return Condition.fieldIs(word, value());
    }
    if (acceptWord("present")) {
      return Condition.fieldPresent(word);
    }
    if (acceptWord("in")) {
      expectSymbol('(');
      Set<String> values = new LinkedHashSet<>();
      values.add(value());
      while (acceptSymbol(',')) {
        values.add(value());
      }
      expectSymbol(')');
      return Condition.fieldIn(word, values);
    }
    throw malformed("'=', 'in' or 'present'");
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
