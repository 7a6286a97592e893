package dev.servicelevel.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a YAML stream (one or more documents) into Jackson trees through the safe reader of
 * {@link Mappers} (size cap before parsing, no anchors, aliases or tags, duplicate keys refused,
 * exact numbers), keeping the line and column of each value by JSON pointer for messages.
 */
final class YamlTree {

  /** One document of the stream, with the location of each of its values. */
  static final class Doc {
    final JsonNode root;
    final Map<String, int[]> locations;
    final int index;
    final String source;

    Doc(JsonNode root, Map<String, int[]> locations, int index, String source) {
      this.root = root;
      this.locations = locations;
      this.index = index;
      this.source = source;
    }

    /** The line and column of a pointer, or of its nearest located parent. */
    int[] at(String pointer) {
      String p = pointer;
      while (true) {
        int[] l = locations.get(p);
        if (l != null || p.isEmpty()) {
          return l == null ? new int[] {0, 0} : l;
        }
        p = p.substring(0, p.lastIndexOf('/'));
      }
    }
  }

  private YamlTree() {}

  /**
   * Reads every document of a YAML stream.
   *
   * @throws DocumentException listing every problem of the text
   */
  static List<Doc> read(String text, String source) {
    Problems problems = new Problems();
    List<TreeReader.Parsed> parsed = TreeReader.read(text, DocumentFormat.YAML, source, problems);
    List<Doc> docs = new ArrayList<>();
    for (TreeReader.Parsed d : parsed) {
      Map<String, int[]> locations = new HashMap<>();
      locate(d.root(), locations);
      docs.add(
          new Doc(
              Mappers.toJackson(d.root(), d.source(), problems), locations, docs.size(),
              d.source()));
    }
    problems.throwIfAny();
    return docs;
  }

  private static void locate(Node n, Map<String, int[]> locations) {
    locations.put(n.pointer, new int[] {n.line, n.column});
    n.fields.values().forEach(c -> locate(c, locations));
    n.items.forEach(c -> locate(c, locations));
  }
}
