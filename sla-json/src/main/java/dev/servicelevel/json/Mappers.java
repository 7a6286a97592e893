package dev.servicelevel.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The shared, safely configured Jackson 3 mappers of servicelevel's data formats, and a safe
 * reader of JSON and YAML trees with located problems.
 *
 * <p>Jackson's defaults are not safe for documents from outside: a YAML alias comes back as its
 * anchor's name, the last of two equal keys silently wins, YAML tags are dropped, and a huge
 * scalar exhausts memory before any length limit fires. Hence:
 * <ul>
 *   <li>{@link #readTree(String, DocumentFormat, String)} and {@link #readTrees} refuse
 *       documents over {@value #MAX_DOCUMENT_BYTES} bytes before a parser sees them, strings
 *       over {@value #MAX_STRING_LENGTH} characters, nesting deeper than {@value #MAX_DEPTH}
 *       (with the place), duplicate keys (with both places), YAML anchors, aliases and explicit
 *       tags; numbers are read exactly as {@link BigDecimal} (YAML's {@code .inf} and
 *       {@code .nan} are refused). Every problem is reported at once in a
 *       {@link DocumentException}.</li>
 *   <li>{@link #json()} reads with the same length and depth limits, fails on duplicate keys
 *       and trailing tokens and reads floating-point numbers as {@code BigDecimal}. Use it for
 *       JSON that comes from outside; YAML from outside goes through {@link #readTree}.</li>
 *   <li>{@link #yaml()} writes plain YAML (no document start marker, quotes only where
 *       needed); reading YAML with it directly does not refuse aliases or tags.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe; so are the mappers.
 */
public final class Mappers {

  /** The largest document read, in bytes (4 MiB): {@value}. Checked before parsing. */
  public static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

  /** The longest string value or key read, in characters: {@value}. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** How deep objects and lists may nest in a document: {@value}. */
  public static final int MAX_DEPTH = 64;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_STRING_LENGTH)
          .maxNestingDepth(MAX_DEPTH + 1)
          .maxNumberLength(1000)
          .build();

  /** Parsers for {@link TreeReader}, which finds duplicate keys itself to name both places. */
  private static final JsonFactory TREE_JSON =
      JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private static final YAMLFactory TREE_YAML =
      YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(CONSTRAINTS)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private static final YAMLMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .streamReadConstraints(CONSTRAINTS)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                  .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,1000}");

  private Mappers() {}

  /**
   * Gets the shared JSON mapper: length and depth limits, duplicate keys and trailing tokens
   * are errors, floating-point numbers read as {@code BigDecimal}, output indented.
   *
   * @return the mapper, not null
   */
  public static JsonMapper json() {
    return JSON;
  }

  /**
   * Gets the shared YAML mapper, for writing plain YAML; read outside YAML with
   * {@link #readTree(String, DocumentFormat, String)} instead, which refuses aliases and tags.
   *
   * @return the mapper, not null
   */
  public static YAMLMapper yaml() {
    return YAML;
  }

  /**
   * Reads one document safely into a Jackson tree, numbers as exact {@code BigDecimal}s.
   *
   * <pre>{@code
   * JsonNode body = Mappers.readTree(text, DocumentFormat.JSON, "request body");
   * }</pre>
   *
   * @param text  the text, not null
   * @param format  its format, not null
   * @param source  the name problems are reported under, not null
   * @return the document, not null
   * @throws DocumentException listing every problem (see {@link Problem}), or if the text
   *     holds no document or more than one
   */
  public static JsonNode readTree(String text, DocumentFormat format, String source) {
    List<JsonNode> all = readTrees(text, format, source);
    if (all.size() != 1) {
      throw new DocumentException(
          List.of(
              new Problem(
                  "", 0, 0, "document",
                  "Text must hold exactly one document: " + all.size(), source)));
    }
    return all.get(0);
  }

  /**
   * Reads every document of a text safely (one for JSON; each of a YAML stream).
   *
   * @param text  the text, not null
   * @param format  its format, not null
   * @param source  the name problems are reported under, not null
   * @return the documents in order, at least one, not null
   * @throws DocumentException listing every problem (see {@link Problem})
   */
  public static List<JsonNode> readTrees(String text, DocumentFormat format, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    Problems problems = new Problems();
    List<TreeReader.Parsed> docs = TreeReader.read(text, format, source, problems);
    List<JsonNode> out = new ArrayList<>();
    for (TreeReader.Parsed d : docs) {
      out.add(toJackson(d.root(), d.source(), problems));
    }
    problems.throwIfAny();
    return out;
  }

  /** A parser over a text, with the limits, for {@link TreeReader}. */
  static JsonParser parser(String text, DocumentFormat format) {
    return format == DocumentFormat.JSON
        ? TREE_JSON.createParser(ObjectReadContext.empty(), text)
        : TREE_YAML.createParser(ObjectReadContext.empty(), text);
  }

  static JsonNode toJackson(Node n, String source, Problems problems) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (n.type) {
      case OBJECT:
        {
          ObjectNode o = f.objectNode();
          for (Map.Entry<String, Node> e : n.fields.entrySet()) {
            o.set(e.getKey(), toJackson(e.getValue(), source, problems));
          }
          return o;
        }
      case ARRAY:
        {
          ArrayNode a = f.arrayNode();
          for (Node item : n.items) {
            a.add(toJackson(item, source, problems));
          }
          return a;
        }
      case STRING:
        return f.stringNode(n.text);
      case NUMBER:
        {
          if (INTEGER.matcher(n.text).matches()) {
            return f.numberNode(new BigInteger(n.text));
          }
          BigDecimal d = Decoding.decimalOrNull(n.text);
          if (d == null) {
            problems.add(
                new Problem(n.pointer, n.line, n.column, "format",
                    "Number must be a finite decimal: " + dev.servicelevel.agreement.Limits.shown(
                        n.text), source));
            return f.nullNode();
          }
          return f.numberNode(d);
        }
      case BOOLEAN:
        return f.booleanNode("true".equals(n.text));
      default:
        return f.nullNode();
    }
  }
}
