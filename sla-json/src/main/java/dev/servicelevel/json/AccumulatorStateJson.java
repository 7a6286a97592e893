package dev.servicelevel.json;

import dev.servicelevel.evaluation.AccumulatorState;
import dev.servicelevel.evaluation.AccumulatorStateException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an {@link AccumulatorState}: the state's tree
 * ({@link AccumulatorState#tree()}) as a JSON object, part by part, after a {@code format}
 * field. Counts are JSON numbers; decimals are strings in their exact text form (scale kept:
 * {@code "0.50"} stays {@code "0.50"}); instants are RFC 3339 strings; dates ISO; everything
 * else strings and booleans. Field names and their order are those of the tree.
 *
 * <pre>{@code
 * {
 *   "format" : "servicelevel.dev/accumulator-state/v1",
 *   "agreement" : "ecoshop-sla",
 *   "digest" : "5f0c...",
 *   "date" : "2025-03-01",
 *   "asOf" : "2025-04-01T00:00:00Z",
 *   "worstRecords" : 10, "explanationPage" : 0, "unevaluableRecords" : 100,
 *   "targets" : [ { "target" : "shop-prime", "kind" : "availability", ... } ]
 * }
 * }</pre>
 *
 * <p>Reading is strict: a missing or unknown field, a value of the wrong type (a decimal must
 * be a string, a count a whole number), a value out of its bounds, or another {@code format}
 * fails with a {@link DocumentException} whose problem gives the JSON pointer, line and column
 * and the rule ({@code required}, {@code unknown-field}, {@code type}, {@code format},
 * {@code document}); reading checks exactly what {@link AccumulatorState#fromBytes} checks.
 * Binary states ({@link AccumulatorState#toBytes()}) are smaller and faster; this form is for
 * people and for stores that hold JSON.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AccumulatorStateJson {

  /** The value of the {@code format} field this version writes and reads: {@value}. */
  public static final String FORMAT = "servicelevel.dev/accumulator-state/v1";

  private static final String SOURCE = "accumulator state";

  private AccumulatorStateJson() {}

  /**
   * Writes a state as indented JSON.
   *
   * @param state  the state, not null
   * @return the JSON text, not null
   * @throws NullPointerException if the state is null
   */
  public static String write(AccumulatorState state) {
    return Mappers.json().writeValueAsString(tree(state));
  }

  /**
   * Writes a state as JSON on one line, without indentation.
   *
   * @param state  the state, not null
   * @return the JSON text, one line, not null
   * @throws NullPointerException if the state is null
   */
  public static String writeLine(AccumulatorState state) {
    return Mappers.json()
        .writer()
        .without(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(tree(state));
  }

  /**
   * Writes a state as UTF-8 JSON on one line.
   *
   * @param state  the state, not null
   * @return the bytes, not null
   * @throws NullPointerException if the state is null
   */
  public static byte[] writeBytes(AccumulatorState state) {
    return Mappers.json()
        .writer()
        .without(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsBytes(tree(state));
  }

  static ObjectNode tree(AccumulatorState state) {
    Objects.requireNonNull(state, "state");
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    state.tree().forEach((k, v) -> root.set(k, node(v)));
    return root;
  }

  private static tools.jackson.databind.JsonNode node(Object v) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (v instanceof Map) {
      ObjectNode o = f.objectNode();
      ((Map<?, ?>) v).forEach((k, x) -> o.set((String) k, node(x)));
      return o;
    }
    if (v instanceof List) {
      ArrayNode a = f.arrayNode();
      ((List<?>) v).forEach(x -> a.add(node(x)));
      return a;
    }
    if (v instanceof Long) {
      return f.numberNode((Long) v);
    }
    if (v instanceof Boolean) {
      return f.booleanNode((Boolean) v);
    }
    if (v instanceof BigDecimal) {
      // toString keeps the exact scale (1E+3 stays 1E+3, 0.50 stays 0.50)
      return f.stringNode(v.toString());
    }
    if (v instanceof Instant) {
      return f.stringNode(v.toString());
    }
    return f.stringNode((String) v);
  }

  /**
   * Reads a state from JSON.
   *
   * @param json  the JSON text, not null
   * @return the state, not null
   * @throws NullPointerException if the text is null
   * @throws DocumentException if the text is not one JSON object of this format, or a part is
   *     missing, unknown, of the wrong type or out of its bounds (see the class description)
   */
  public static AccumulatorState read(String json) {
    Objects.requireNonNull(json, "json");
    Problems problems = new Problems();
    List<TreeReader.Parsed> docs = TreeReader.read(json, DocumentFormat.JSON, SOURCE, problems);
    problems.throwIfAny();
    return read(docs.get(0).root());
  }

  /**
   * Reads a state from UTF-8 JSON.
   *
   * @param json  the JSON bytes, not null
   * @return the state, not null
   * @throws NullPointerException if the bytes are null
   * @throws DocumentException if the bytes are not UTF-8, or for the reasons of
   *     {@link #read(String)}
   */
  public static AccumulatorState read(byte[] json) {
    Objects.requireNonNull(json, "json");
    Problems problems = new Problems();
    String text = TreeReader.text(json, SOURCE, problems);
    problems.throwIfAny();
    return read(text);
  }

  private static AccumulatorState read(Node root) {
    if (root.type != Node.Type.OBJECT) {
      throw problem(root, "type", "Accumulator state must be a JSON object");
    }
    Node format = root.fields.get("format");
    if (format == null) {
      throw problem(root, "required",
          "Accumulator state lacks the part /format, which is required: " + FORMAT);
    }
    if (format.type != Node.Type.STRING || !FORMAT.equals(format.text)) {
      throw problem(format, "document",
          "Accumulator state has format " + dev.servicelevel.agreement.Limits.shown(format.text)
              + "; this library reads " + FORMAT);
    }
    Map<String, Node> index = new LinkedHashMap<>();
    Map<String, Object> tree = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : root.fields.entrySet()) {
      if (!e.getKey().equals("format")) {
        tree.put(e.getKey(), value(e.getValue(), index));
      }
    }
    try {
      return AccumulatorState.fromTree(tree);
    } catch (AccumulatorStateException e) {
      Node at = index.get(e.pointer());
      String pointer = e.pointer();
      while (at == null && !pointer.isEmpty()) {
        pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        at = pointer.isEmpty() ? root : index.get(pointer);
      }
      Node place = at == null ? root : at;
      throw new DocumentException(List.of(new Problem(
          e.pointer(), place.line, place.column, rule(e.getMessage()), e.getMessage(), SOURCE)));
    }
  }

  /** The rule an accumulator state's message names. */
  private static String rule(String message) {
    if (message.contains(" lacks the part ")) {
      return "required";
    }
    if (message.contains(" does not define")) {
      return "unknown-field";
    }
    if (message.contains(" must be a whole number") || message.contains(" must be a map")
        || message.contains(" must be a list") || message.contains(" must be a string")
        || message.contains(" must be true or false")
        || message.contains(" must be a decimal in text form")) {
      return "type";
    }
    return "format";
  }

  private static Object value(Node n, Map<String, Node> index) {
    index.put(n.pointer, n);
    switch (n.type) {
      case OBJECT:
        {
          Map<String, Object> m = new LinkedHashMap<>();
          n.fields.forEach((k, v) -> m.put(k, value(v, index)));
          return m;
        }
      case ARRAY:
        {
          List<Object> l = new ArrayList<>(n.items.size());
          n.items.forEach(v -> l.add(value(v, index)));
          return l;
        }
      case STRING:
        return n.text;
      case BOOLEAN:
        return Boolean.valueOf(n.text);
      case NUMBER:
        {
          BigDecimal d = new BigDecimal(n.text);
          try {
            return d.longValueExact();
          } catch (ArithmeticException e) {
            throw problem(n, "type", "Accumulator state part " + n.pointer + " must be a whole"
                + " number from 0 to " + Long.MAX_VALUE + " (decimals are strings): "
                + dev.servicelevel.agreement.Limits.shown(n.text));
          }
        }
      default:
        throw problem(n, "type",
            "Accumulator state part " + n.pointer + " must not be null");
    }
  }

  private static DocumentException problem(Node n, String rule, String message) {
    return new DocumentException(
        List.of(new Problem(n.pointer, n.line, n.column, rule, message, SOURCE)));
  }
}
