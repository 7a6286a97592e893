package dev.servicelevel.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A condition over a ticket: its fields (string values by field name) and the events happening
 * to it. Ticket timers use conditions to start, pause, stop, cancel and reset their clocks and
 * to pick their goals.
 *
 * <p>The language is deliberately tiny, with no scripting and no reflection: a field equals a
 * value, a field's value is one of a set of values (or none of them), a field is present, an
 * event of a type happens, and {@code and}, {@code or}, {@code not}, plus the constants
 * {@code always} and {@code never}. Every condition has a canonical text form, its
 * {@link Object#toString() toString}, which {@link #parse(String)} reads back to an equal
 * condition, so conditions can be stored and sent as text:
 *
 * <pre>{@code
 * Condition p1Created = Condition.and(
 *     Condition.fieldIs("priority", "P1"), Condition.event("created"));
 * p1Created.toString();   // priority = "P1" and event = "created"
 * Condition.parse("status in {\"waiting-on-customer\", \"on-hold\"}");
 * Condition.parse("status not in {\"closed\"}");   // not status in ("closed")
 * }</pre>
 *
 * <p>The complete grammar of the text form, in EBNF (ISO/IEC 14977: {@code ,} concatenates,
 * {@code |} separates alternatives, {@code [ ]} is optional, <code>{ }</code> repeats zero or
 * more times, quoted text is literal). Spaces, tabs and line breaks may stand between any two
 * symbols and must separate a keyword or field name from a following word; keywords are lower
 * case.
 * <pre>
 * condition   = conjunction , { "or" , conjunction } ;
 * conjunction = unary , { "and" , unary } ;
 * unary       = "not" , unary
 *             | "(" , condition , ")"
 *             | "always" | "never"
 *             | "event" , "=" , value
 *             | field , "=" , value
 *             | field , "present"
 *             | field , [ "not" ] , "in" , set ;
 * set         = "(" , values , ")" | "{" , values , "}" ;
 * values      = value , { "," , value } ;
 * value       = '"' , { character - ( '"' | "\" ) | "\" , '"' | "\" , "\" } , '"' ;
 * field       = first , { first | digit | "." | "-" } ;   (* not a keyword *)
 * first       = letter | "_" ;                             (* ASCII letters *)
 * keyword     = "and" | "or" | "not" | "in" | "present" | "event" | "always" | "never" ;
 * </pre>
 *
 * <p>{@code not} binds tighter than {@code and}, which binds tighter than {@code or}. A set may
 * be written in parentheses (the canonical form) or in braces; both read to the same
 * {@link FieldIn}. {@code field not in set} is shorthand for {@code not field in set}: it holds
 * when the field has none of the values, and also when the field is absent (as {@code not}
 * of {@code in} does), and its canonical text is the {@code not} form. Values are always
 * quoted: a bare word where a value is expected is rejected.
 *
 * <p>Conditions compare structurally: {@code and(a, b)} and {@code and(b, a)} are different
 * values that always match alike. The factories build a normal form, so that equal conditions
 * have one canonical text and {@code parse(c.toString())} equals {@code c}:
 * <ul>
 *   <li>an {@code and} of {@code and}s is one n-ary {@code and} (likewise {@code or}), so
 *       {@code and(a, and(b, c))} equals {@code and(a, b, c)};</li>
 *   <li>a {@code not} of a {@code not} is its operand, so any chain of {@code not}s is
 *       at most one {@code not};</li>
 *   <li>the values of a {@code field in (...)} are a set written in ascending order
 *       ({@link String#compareTo(String)}) in parentheses: {@code p in ("b", "a")} and
 *       <code>p in {"b", "a", "b"}</code> are written {@code p in ("a", "b")};</li>
 *   <li>{@code field not in set} is written {@code not field in set}.</li>
 * </ul>
 *
 * <p>Bounds: a condition nests {@code and}, {@code or} and {@code not} at most
 * {@link #MAX_DEPTH} deep (parentheses that group nothing do not count); a deeper one is
 * rejected when built or parsed with an {@link IllegalArgumentException} naming the depth, the
 * limit and, when parsing, the position. {@link #parse(String)} reads texts of at most
 * {@link #MAX_TEXT_LENGTH} characters; field names have at most 200 characters and field
 * values and event types at most 10,000. Parsing works without recursion and every operation
 * on a condition recurses at most {@link #MAX_DEPTH} deep, so no input can overflow the
 * stack; the number of operands is bounded only by memory.
 *
 * <p>All implementations are immutable and thread-safe.
 */
@SuppressWarnings("exports")
public sealed interface Condition {

  /** How deep {@code and}, {@code or} and {@code not} may nest: {@value}. */
  int MAX_DEPTH = 100;

  /** The longest text {@link #parse(String)} reads: {@value} characters. */
  int MAX_TEXT_LENGTH = 1_000_000;

  /**
   * Checks if the condition holds for a ticket's fields and the events happening to it at the
   * moment of evaluation. Field values compare exactly (case-sensitive).
   *
   * @param fields  the ticket's field values by field name, not null
   * @param events  the types of the events happening at this moment, empty when evaluating the
   *     ticket's state between events, not null
   * @return true if the condition holds
   */
  boolean matches(Map<String, String> fields, Set<String> events);

  /**
   * Obtains a condition that holds when a field has a value.
   *
   * @param field  the field name: a letter or '_', then letters, digits, '_', '.' or '-'; not a
   *     keyword
   * @param value  the value, not null
   * @return the condition, not null
   * @throws NullPointerException naming the parameter if an argument is null
   * @throws IllegalArgumentException if the field name is malformed
   */
  static Condition fieldIs(String field, String value) {
    return ImmutableFieldIs.of(field, value);
  }

  /**
   * Obtains a condition that holds when a field has one of several values.
   *
   * @param field  the field name, see {@link #fieldIs(String, String)}
   * @param values  the values, at least one, not null
   * @return the condition, not null
   * @throws NullPointerException naming the parameter if an argument or a value is null
   * @throws IllegalArgumentException if the field name is malformed or no value is given
   */
  static Condition fieldIn(String field, String... values) {
    return fieldIn(field, Arrays.asList(Objects.requireNonNull(values, "values")));
  }

  /**
   * Obtains a condition that holds when a field has one of several values.
   *
   * @param field  the field name, see {@link #fieldIs(String, String)}
   * @param values  the values, at least one, not null; repeated values count once
   * @return the condition, not null
   * @throws NullPointerException naming the parameter if an argument or a value is null
   * @throws IllegalArgumentException if the field name is malformed or no value is given
   */
  static Condition fieldIn(String field, Collection<String> values) {
    Objects.requireNonNull(field, "field");
    for (String v : Objects.requireNonNull(values, "values")) {
      Objects.requireNonNull(v, "values");
    }
    return ImmutableFieldIn.of(field, values);
  }

  /**
   * Obtains a condition that holds when a field has any value.
   *
   * @param field  the field name, see {@link #fieldIs(String, String)}
   * @return the condition, not null
   * @throws NullPointerException naming the parameter if it is null
   * @throws IllegalArgumentException if the field name is malformed
   */
  static Condition fieldPresent(String field) {
    return ImmutableFieldPresent.of(field);
  }

  /**
   * Obtains a condition that holds while an event of a type happens.
   *
   * @param type  the event type, such as {@code "created"}, not blank
   * @return the condition, not null
   * @throws NullPointerException naming the parameter if it is null
   * @throws IllegalArgumentException if the type is blank
   */
  static Condition event(String type) {
    return ImmutableEventIs.of(type);
  }

  /**
   * Obtains the negation of a condition: the operand's operand if it is itself a {@code not}.
   *
   * @param operand  the condition to negate, not null
   * @return the condition, not null
   * @throws NullPointerException naming the parameter if it is null
   * @throws IllegalArgumentException if the result would nest deeper than {@link #MAX_DEPTH}
   */
  static Condition not(Condition operand) {
    Objects.requireNonNull(operand, "operand");
    if (operand instanceof Not) {
      return ((Not) operand).operand();
    }
    return ImmutableNot.of(operand);
  }

  /**
   * Obtains a condition that holds when all of two or more conditions hold.
   *
   * @param first  the first operand, not null
   * @param second  the second operand, not null
   * @param more  further operands, not null
   * @return the condition, not null; operands that are {@code and}s are inlined
   * @throws NullPointerException naming the parameter if an operand is null
   * @throws IllegalArgumentException if the result would nest deeper than {@link #MAX_DEPTH}
   */
  static Condition and(Condition first, Condition second, Condition... more) {
    return allOf(operands(first, second, more));
  }

  /**
   * Obtains a condition that holds when at least one of two or more conditions holds.
   *
   * @param first  the first operand, not null
   * @param second  the second operand, not null
   * @param more  further operands, not null
   * @return the condition, not null; operands that are {@code or}s are inlined
   * @throws NullPointerException naming the parameter if an operand is null
   * @throws IllegalArgumentException if the result would nest deeper than {@link #MAX_DEPTH}
   */
  static Condition or(Condition first, Condition second, Condition... more) {
    return anyOf(operands(first, second, more));
  }

  /**
   * Obtains a condition that holds when all of a list of conditions hold: {@link #always()} for
   * an empty list, the condition itself for a list of one.
   *
   * @param operands  the conditions, none null, not null
   * @return the condition, not null; operands that are {@code and}s are inlined
   * @throws NullPointerException naming the parameter if the list or an operand is null
   * @throws IllegalArgumentException if the result would nest deeper than {@link #MAX_DEPTH}
   */
  static Condition allOf(List<? extends Condition> operands) {
    List<Condition> flat = flatten(operands, And.class);
    if (flat.isEmpty()) {
      return always();
    }
    return flat.size() == 1 ? flat.get(0) : ImmutableAnd.of(flat);
  }

  /**
   * Obtains a condition that holds when at least one of a list of conditions holds:
   * {@link #never()} for an empty list, the condition itself for a list of one.
   *
   * @param operands  the conditions, none null, not null
   * @return the condition, not null; operands that are {@code or}s are inlined
   * @throws NullPointerException naming the parameter if the list or an operand is null
   * @throws IllegalArgumentException if the result would nest deeper than {@link #MAX_DEPTH}
   */
  static Condition anyOf(List<? extends Condition> operands) {
    List<Condition> flat = flatten(operands, Or.class);
    if (flat.isEmpty()) {
      return never();
    }
    return flat.size() == 1 ? flat.get(0) : ImmutableOr.of(flat);
  }

  /**
   * Obtains the condition that always holds.
   *
   * @return the condition, not null
   */
  static Condition always() {
    return ImmutableConstant.of(true);
  }

  /**
   * Obtains the condition that never holds, such as the pause condition of a timer that never
   * pauses.
   *
   * @return the condition, not null
   */
  static Condition never() {
    return ImmutableConstant.of(false);
  }

  /**
   * Obtains a condition from its text form (see the grammar in the class description).
   *
   * @param text  the text, such as {@code priority = "P1" and not event = "closed"}, not null
   * @return the condition, not null
   * @throws NullPointerException naming the parameter if it is null
   * @throws IllegalArgumentException if the text is longer than {@link #MAX_TEXT_LENGTH}, is
   *     not a well-formed condition or nests deeper than {@link #MAX_DEPTH}; the message gives
   *     the position and what was expected, and shows at most the start of the text
   */
  static Condition parse(String text) {
    return new ConditionParser(text).parse();
  }

  /**
   * Obtains the negation of this condition.
   *
   * @return {@code not(this)}, not null
   */
  default Condition negate() {
    return not(this);
  }

  private static List<Condition> operands(Condition first, Condition second, Condition... more) {
    List<Condition> all = new ArrayList<>(2 + more.length);
    all.add(Objects.requireNonNull(first, "first"));
    all.add(Objects.requireNonNull(second, "second"));
    for (Condition c : more) {
      all.add(Objects.requireNonNull(c, "more"));
    }
    return all;
  }

  /** Copies the operands, inlining those of the kind given (an and's into an and). */
  private static List<Condition> flatten(
      List<? extends Condition> operands, Class<? extends Condition> kind) {
    Objects.requireNonNull(operands, "operands");
    List<Condition> flat = new ArrayList<>(operands.size());
    for (Condition c : operands) {
      Objects.requireNonNull(c, "operands");
      if (kind.isInstance(c)) {
        flat.addAll(c instanceof And ? ((And) c).operands() : ((Or) c).operands());
      } else {
        flat.add(c);
      }
    }
    return flat;
  }

  /** Checks that a composite condition of this depth is within {@link #MAX_DEPTH}. */
  private static void checkDepth(int depth) {
    Checks.requireArgument(
        depth <= MAX_DEPTH,
        "Condition must nest 'and', 'or' and 'not' at most " + MAX_DEPTH + " deep",
        depth);
  }

  private static void checkField(String field) {
    Checks.requireArgument(
        field.length() <= Checks.MAX_ID_LENGTH,
        "Field name must be at most " + Checks.MAX_ID_LENGTH + " characters long",
        field);
    // Keywords are excluded so that every condition's text form parses back.
    Checks.requireArgument(
        ConditionParser.isFieldName(field),
        "Field name must be a letter or '_' then letters, digits, '_', '.' or '-', and not a"
            + " keyword",
        "'" + field + "'");
  }

  private static void checkValue(String value) {
    Checks.requireArgument(
        value.length() <= Checks.MAX_TEXT_LENGTH,
        "Field value must be at most " + Checks.MAX_TEXT_LENGTH + " characters long",
        value);
  }

  private static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Writes an operand of and / or / not, in parentheses when it is itself an and / or. */
  private static String nested(Condition c) {
    return c instanceof And || c instanceof Or ? "(" + c + ")" : c.toString();
  }

  private static String join(List<Condition> operands, String keyword) {
    StringBuilder sb = new StringBuilder();
    for (Condition c : operands) {
      if (sb.length() > 0) {
        sb.append(' ').append(keyword).append(' ');
      }
      sb.append(nested(c));
    }
    return sb.toString();
  }

  /**
   * A condition that holds when a field has a value: {@code priority = "P1"}.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  abstract non-sealed class FieldIs implements Condition {

    FieldIs() {}

    /**
     * Gets the field name.
     *
     * @return the field, not null
     */
    @Value.Parameter
    public abstract String field();

    /**
     * Gets the value the field must have.
     *
     * @return the value, not null
     */
    @Value.Parameter
    public abstract String value();

    @Value.Check
    void check() {
      checkField(field());
      checkValue(value());
    }

    @Override
    public boolean matches(Map<String, String> fields, Set<String> events) {
      return value().equals(fields.get(field()));
    }

    @Override
    public String toString() {
      return field() + " = " + quote(value());
    }
  }

  /**
   * A condition that holds when a field has one of several values:
   * {@code priority in ("P1", "P2")}.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  abstract non-sealed class FieldIn implements Condition {

    FieldIn() {}

    /**
     * Gets the field name.
     *
     * @return the field, not null
     */
    @Value.Parameter
    public abstract String field();

    /**
     * Gets the values in ascending order.
     *
     * @return the values, at least one, not null
     */
    @Value.Parameter
    @Value.NaturalOrder
    public abstract SortedSet<String> values();

    @Value.Check
    void check() {
      checkField(field());
      Checks.requireArgument(!values().isEmpty(), "Field 'in' condition needs a value", field());
      for (String v : values()) {
        checkValue(v);
      }
    }

    @Override
    public boolean matches(Map<String, String> fields, Set<String> events) {
      String v = fields.get(field());
      return v != null && values().contains(v);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(field()).append(" in (");
      boolean first = true;
      for (String v : values()) {
        sb.append(first ? "" : ", ").append(quote(v));
        first = false;
      }
      return sb.append(')').toString();
    }
  }

  /**
   * A condition that holds when a field has any value: {@code assignee present}.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  abstract non-sealed class FieldPresent implements Condition {

    FieldPresent() {}

    /**
     * Gets the field name.
     *
     * @return the field, not null
     */
    @Value.Parameter
    public abstract String field();

    @Value.Check
    void check() {
      checkField(field());
    }

    @Override
    public boolean matches(Map<String, String> fields, Set<String> events) {
      return fields.containsKey(field());
    }

    @Override
    public String toString() {
      return field() + " present";
    }
  }

  /**
   * A condition that holds while an event of a type happens: {@code event = "created"}.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  abstract non-sealed class EventIs implements Condition {

    EventIs() {}

    /**
     * Gets the event type.
     *
     * @return the type, not blank
     */
    @Value.Parameter
    public abstract String type();

    @Value.Check
    void check() {
      Checks.requireText("Event type", type());
    }

    @Override
    public boolean matches(Map<String, String> fields, Set<String> events) {
      return events.contains(type());
    }

    @Override
    public String toString() {
      return "event = " + quote(type());
    }
  }

  /**
   * The negation of a condition: {@code not event = "closed"}.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  abstract non-sealed class Not implements Condition {

    Not() {}

    /**
     * Gets the negated condition.
     *
     * @return the operand, not null
     */
    @Value.Parameter
    public abstract Condition operand();

    /** How deep this condition nests: 1 more than its operand. */
    @Value.Derived
    @Value.Auxiliary
    int depth() {
      return 1 + ConditionParser.depthOf(operand());
    }

    @Value.Check
    void check() {
      Checks.requireArgument(
          !(operand() instanceof Not), "A 'not' of a 'not' must be its operand", this);
      checkDepth(depth());
    }

    @Override
    public boolean matches(Map<String, String> fields, Set<String> events) {
      return !operand().matches(fields, events);
    }

    @Override
    public String toString() {
      return "not " + nested(operand());
    }
  }

  /**
   * A condition that holds when all of its two or more operands hold.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  abstract non-sealed class And implements Condition {

    And() {}

    /**
     * Gets the operands in order.
     *
     * @return the operands, at least two, not null
     */
    @Value.Parameter
    public abstract List<Condition> operands();

    /** How deep this condition nests: 1 more than its deepest operand. */
    @Value.Derived
    @Value.Auxiliary
    int depth() {
      int deepest = 0;
      for (Condition c : operands()) {
        deepest = Math.max(deepest, ConditionParser.depthOf(c));
      }
      return 1 + deepest;
    }

    @Value.Check
    void check() {
      Checks.requireArgument(
          operands().size() >= 2, "An 'and' condition needs at least two operands", operands());
      for (Condition c : operands()) {
        Checks.requireArgument(
            !(c instanceof And), "An operand of an 'and' must not be an 'and'", c);
      }
      checkDepth(depth());
    }

    @Override
    public boolean matches(Map<String, String> fields, Set<String> events) {
      for (Condition c : operands()) {
        if (!c.matches(fields, events)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return join(operands(), "and");
    }
  }

  /**
   * A condition that holds when at least one of its two or more operands holds.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  abstract non-sealed class Or implements Condition {

    Or() {}

    /**
     * Gets the operands in order.
     *
     * @return the operands, at least two, not null
     */
    @Value.Parameter
    public abstract List<Condition> operands();

    /** How deep this condition nests: 1 more than its deepest operand. */
    @Value.Derived
    @Value.Auxiliary
    int depth() {
      int deepest = 0;
      for (Condition c : operands()) {
        deepest = Math.max(deepest, ConditionParser.depthOf(c));
      }
      return 1 + deepest;
    }

    @Value.Check
    void check() {
      Checks.requireArgument(
          operands().size() >= 2, "An 'or' condition needs at least two operands", operands());
      for (Condition c : operands()) {
        Checks.requireArgument(
            !(c instanceof Or), "An operand of an 'or' must not be an 'or'", c);
      }
      checkDepth(depth());
    }

    @Override
    public boolean matches(Map<String, String> fields, Set<String> events) {
      for (Condition c : operands()) {
        if (c.matches(fields, events)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return join(operands(), "or");
    }
  }

  /**
   * The condition that always holds ({@code always}) or never holds ({@code never}).
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  abstract non-sealed class Constant implements Condition {

    Constant() {}

    /**
     * Gets the constant's value.
     *
     * @return true for {@code always}, false for {@code never}
     */
    @Value.Parameter
    public abstract boolean value();

    @Override
    public boolean matches(Map<String, String> fields, Set<String> events) {
      return value();
    }

    @Override
    public String toString() {
      return value() ? "always" : "never";
    }
  }
}
