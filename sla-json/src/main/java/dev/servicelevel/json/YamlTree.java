package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a YAML stream (one or more documents) into JSON trees safely: the text is capped in
 * size before the parser sees it; aliases, anchors and explicit tags are rejected (Jackson would
 * give an alias's anchor name as its value, and drop tags); duplicate keys are rejected; numbers
 * become exact decimals, and {@code .inf} / {@code .nan} are rejected. Every value's line and
 * column is kept by JSON pointer, for messages.
 */
final class YamlTree {

  /** The largest YAML text read: {@value} characters; OpenSLO documents are a few KB. */
  static final int MAX_CHARS = 4 << 20;

  private static final YAMLMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(MAX_CHARS)
                          .maxNestingDepth(DataJson.MAX_DEPTH)
                          .maxNumberLength(100)
                          .build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One document of the stream, with the location of each of its values. */
  static final class Doc {
    final JsonNode root;
    final Map<String, String> locations;
    final int index;

    Doc(JsonNode root, Map<String, String> locations, int index) {
      this.root = root;
      this.locations = locations;
      this.index = index;
    }

    /** The line:column of a pointer, or of its nearest located parent. */
    String at(String pointer) {
      String p = pointer;
      while (true) {
        String l = locations.get(p);
        if (l != null || p.isEmpty()) {
          return l == null ? "1:1" : l;
        }
        p = p.substring(0, p.lastIndexOf('/'));
      }
    }
  }

  private YamlTree() {}

  /**
   * Reads every document of a YAML stream.
   *
   * @throws IllegalArgumentException naming the source, line and column, and the rule
   */
  static List<Doc> read(String text, String source) {
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException(
          Limits.shown(source) + ": a YAML text has at most " + MAX_CHARS + " characters: "
              + text.length());
    }
    List<Doc> docs = new ArrayList<>();
    try (JsonParser p = YAML.createParser(text)) {
      while (p.nextToken() != null) {
        Map<String, String> locations = new HashMap<>();
        docs.add(new Doc(value(p, "", locations, source), locations, docs.size()));
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new IllegalArgumentException(
          Limits.shown(source) + where + ": not valid YAML: " + Limits.shown(
              e.getOriginalMessage()));
    }
    return docs;
  }

  private static JsonNode value(
      JsonParser p, String pointer, Map<String, String> locations, String source) {
    TokenStreamLocation loc = p.currentTokenLocation();
    String at = loc.getLineNr() + ":" + loc.getColumnNr();
    locations.put(pointer, at);
    YAMLParser y = (YAMLParser) p;
    if (y.isCurrentAlias() || y.getObjectId() != null) {
      throw bad(source, at, pointer, "YAML anchors and aliases are not accepted");
    }
    if (y.getRawTag() != null) {
      throw bad(source, at, pointer,
          "YAML tags are not accepted: " + Limits.shown(y.getRawTag()));
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          ObjectNode o = NODES.objectNode();
          for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            o.set(name, value(p, pointer + "/" + DataJson.pointerPart(name), locations, source));
          }
          return o;
        }
      case START_ARRAY:
        {
          ArrayNode a = NODES.arrayNode();
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.add(value(p, pointer + "/" + i++, locations, source));
          }
          return a;
        }
      case VALUE_STRING:
        return NODES.stringNode(p.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (p.isNaN()) {
          throw bad(source, at, pointer,
              "a number must be finite: " + Limits.shown(p.getString()));
        }
        return NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw bad(source, at, pointer, "unexpected YAML token " + t);
    }
  }

  private static IllegalArgumentException bad(
      String source, String at, String pointer, String message) {
    return new IllegalArgumentException(
        Limits.shown(source) + ":" + at + " " + (pointer.isEmpty() ? "/" : pointer) + ": "
            + message);
  }
}
