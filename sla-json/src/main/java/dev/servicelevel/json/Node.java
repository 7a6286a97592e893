package dev.servicelevel.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a parsed document with its place: a JSON Pointer and the line and column where the
 * value starts. Scalars keep their exact text (numbers are never converted to binary floating
 * point).
 */
final class Node {

  enum Type {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  final Type type;
  /** The text of a scalar; null for objects and arrays. */
  final String text;
  final Map<String, Node> fields;
  final List<Node> items;
  final String pointer;
  final int line;
  final int column;
  /** The name problems in this value are reported under. */
  final String source;
  /** Where this value's key starts, for a member of an object (set once while parsing). */
  int keyLine;
  int keyColumn;

  private Node(
      Type type,
      String text,
      Map<String, Node> fields,
      List<Node> items,
      String pointer,
      int line,
      int column,
      String source) {
    this.type = type;
    this.text = text;
    this.fields = fields;
    this.items = items;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.source = source;
  }

  static Node scalar(
      Type type, String text, String pointer, int line, int column, String source) {
    return new Node(type, text, Map.of(), List.of(), pointer, line, column, source);
  }

  static Node object(
      Map<String, Node> fields, String pointer, int line, int column, String source) {
    return new Node(
        Type.OBJECT,
        null,
        Collections.unmodifiableMap(new LinkedHashMap<>(fields)),
        List.of(),
        pointer,
        line,
        column,
        source);
  }

  static Node array(List<Node> items, String pointer, int line, int column, String source) {
    return new Node(
        Type.ARRAY, null, Map.of(), List.copyOf(items), pointer, line, column, source);
  }

  Node get(String key) {
    return fields.get(key);
  }

  boolean isObject() {
    return type == Type.OBJECT;
  }

  boolean isArray() {
    return type == Type.ARRAY;
  }

  /** The pointer of a member of this object or array (RFC 6901 escaping). */
  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** How a value's type reads in a message. */
  String typeName() {
    switch (type) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "a list";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      default:
        return "null";
    }
  }
}
