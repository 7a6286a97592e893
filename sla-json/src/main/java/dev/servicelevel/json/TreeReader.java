package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses a text into {@link Node}s safely: the size is capped before any parser sees the text,
 * nesting is capped with the place where it goes too deep, duplicate keys are reported with both
 * places, and YAML aliases, anchors and explicit tags are refused (Jackson would hand back an
 * alias as the anchor's name and drop tags silently). The parser does not show an anchor on a
 * scalar; such an anchor is harmless because every alias is refused.
 */
final class TreeReader {

  /** A document of a text and the name its problems are reported under. */
  record Parsed(Node root, String source) {}

  private String source;
  private final Problems problems;
  private JsonParser parser;
  private boolean failed;

  private TreeReader(String source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  /** Decodes UTF-8 strictly after checking the size; null (with a problem) when impossible. */
  static String text(byte[] bytes, String source, Problems problems) {
    if (bytes.length > Mappers.MAX_DOCUMENT_BYTES) {
      problems.add(sizeProblem(bytes.length, source));
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(new Problem("", 0, 0, "encoding", "Document is not UTF-8 text", source));
      return null;
    }
  }

  static Problem sizeProblem(long bytes, String source) {
    return new Problem(
        "",
        0,
        0,
        "size",
        "Document must have at most " + Mappers.MAX_DOCUMENT_BYTES + " bytes: " + bytes,
        source);
  }

  /**
   * Reads every document of a text: one for JSON, each of a YAML stream. Problems go to the
   * list; documents with problems are left out (the caller fails when there are problems).
   */
  static List<Parsed> read(String text, DocumentFormat format, String source, Problems problems) {
    List<Parsed> out = new ArrayList<>();
    if (text.length() > Mappers.MAX_DOCUMENT_BYTES) {
      // a char takes at least one byte in UTF-8
      problems.add(sizeProblem(text.length(), source));
      return out;
    }
    TreeReader r = new TreeReader(source, problems);
    try (JsonParser p = Mappers.parser(text, format)) {
      r.parser = p;
      JsonToken t = p.nextToken();
      if (t == null) {
        problems.add(new Problem("", 1, 1, "document", "Document is empty", source));
        return out;
      }
      int index = 1;
      while (t != null && !r.failed) {
        r.source = index == 1 ? source : source + "#" + index;
        Node root = r.value(t, "", 1);
        if (!r.failed) {
          out.add(new Parsed(root, r.source));
        }
        t = r.failed ? null : p.nextToken();
        if (t != null && format == DocumentFormat.JSON) {
          r.problem("", "syntax", "Trailing content after the JSON document");
          break;
        }
        index++;
      }
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
      int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
      problems.add(
          new Problem("", line, line == 0 ? 0 : column, "syntax", syntaxMessage(e), r.source));
    }
    return out;
  }

  private static String syntaxMessage(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    return Limits.shown(m);
  }

  private Node value(JsonToken t, String pointer, int depth) {
    TokenStreamLocation loc = parser.currentTokenLocation();
    int line = Math.max(0, loc.getLineNr());
    int column = line == 0 ? 0 : Math.max(0, loc.getColumnNr());
    if (parser instanceof YAMLParser) {
      YAMLParser y = (YAMLParser) parser;
      if (y.isCurrentAlias()) {
        fail(pointer, line, column, "alias", "YAML aliases are not accepted: *"
            + Limits.shown(parser.getString()));
        return null;
      }
      Object anchor = y.getObjectId();
      if (anchor != null) {
        fail(pointer, line, column, "alias", "YAML anchors are not accepted: &"
            + Limits.shown(anchor));
        return null;
      }
      String tag = y.getRawTag();
      if (tag != null) {
        fail(pointer, line, column, "tag", "YAML tags are not accepted: "
            + Limits.shown(tag));
        return null;
      }
    }
    switch (t) {
      case START_OBJECT:
        return object(pointer, depth, line, column);
      case START_ARRAY:
        return array(pointer, depth, line, column);
      case VALUE_STRING:
        return Node.scalar(Node.Type.STRING, parser.getString(), pointer, line, column, source);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Node.scalar(Node.Type.NUMBER, parser.getString(), pointer, line, column, source);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Node.scalar(
            Node.Type.BOOLEAN,
            t == JsonToken.VALUE_TRUE ? "true" : "false",
            pointer,
            line,
            column,
            source);
      case VALUE_NULL:
        return Node.scalar(Node.Type.NULL, null, pointer, line, column, source);
      default:
        fail(pointer, line, column, "syntax", "Unexpected content: " + t);
        return null;
    }
  }

  private Node object(String pointer, int depth, int line, int column) {
    if (depth > Mappers.MAX_DEPTH) {
      fail(pointer, line, column, "depth",
          "Document nests deeper than " + Mappers.MAX_DEPTH + " levels");
      return null;
    }
    Map<String, Node> fields = new LinkedHashMap<>();
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      TokenStreamLocation keyLoc = parser.currentTokenLocation();
      String childPointer = Node.child(pointer, key);
      Node v = value(parser.nextToken(), childPointer, depth + 1);
      if (failed) {
        return null;
      }
      v.keyLine = Math.max(0, keyLoc.getLineNr());
      v.keyColumn = v.keyLine == 0 ? 0 : Math.max(0, keyLoc.getColumnNr());
      Node earlier = fields.get(key);
      if (earlier != null) {
        int l = Math.max(0, keyLoc.getLineNr());
        problems.add(
            new Problem(
                childPointer,
                l,
                l == 0 ? 0 : Math.max(0, keyLoc.getColumnNr()),
                "duplicate-key",
                "Key is given twice, first at line "
                    + earlier.line
                    + ":"
                    + earlier.column
                    + ": "
                    + Limits.shown(key),
                source));
        continue;
      }
      fields.put(key, v);
    }
    if (t != JsonToken.END_OBJECT) {
      fail(pointer, line, column, "syntax", "Object is not closed");
      return null;
    }
    return Node.object(fields, pointer, line, column, source);
  }

  private Node array(String pointer, int depth, int line, int column) {
    if (depth > Mappers.MAX_DEPTH) {
      fail(pointer, line, column, "depth",
          "Document nests deeper than " + Mappers.MAX_DEPTH + " levels");
      return null;
    }
    List<Node> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        fail(pointer, line, column, "syntax", "List is not closed");
        return null;
      }
      Node v = value(t, Node.child(pointer, items.size()), depth + 1);
      if (failed) {
        return null;
      }
      items.add(v);
    }
    return Node.array(items, pointer, line, column, source);
  }

  private void problem(String pointer, String rule, String message) {
    TokenStreamLocation loc = parser.currentTokenLocation();
    int line = Math.max(0, loc.getLineNr());
    fail(pointer, line, line == 0 ? 0 : Math.max(0, loc.getColumnNr()), rule, message);
  }

  private void fail(String pointer, int line, int column, String rule, String message) {
    failed = true;
    problems.add(new Problem(pointer, line, column, rule, message, source));
  }
}
