package dev.servicelevel.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema (draft 2020-12) of agreement documents, shipped as the resource
 * {@value #RESOURCE} of this module (module {@code dev.servicelevel.json}), and a validator
 * over it.
 *
 * <p>On the class path the resource can be read as any other; on the module path the package
 * is not opened, so read the schema with {@link #text()}.
 *
 * <p>The schema describes every field, its type and format and the defaults of fields left out;
 * editors and other languages can use it. {@link AgreementDocuments} checks more than a schema
 * can (references, the model's rules, safety limits), so a document that validates may still be
 * refused, never the other way round.
 *
 * <pre>{@code
 * List<Problem> problems = AgreementSchema.validate(text, DocumentFormat.YAML, "sla.yaml");
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class AgreementSchema {

  /** The schema's resource path: {@value}. */
  public static final String RESOURCE = "/dev/servicelevel/json/agreement.schema.json";

  private static final String TEXT = load();

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              b ->
                  b.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(TEXT);

  private AgreementSchema() {}

  /**
   * Gets the schema's text.
   *
   * @return the JSON text of the schema, not null
   */
  public static String text() {
    return TEXT;
  }

  /**
   * Validates the documents of a text against the schema.
   *
   * @param text  the text, not null
   * @param format  its format, not null
   * @param source  the name problems are reported under, not null
   * @return the schema's problems (rule {@code schema}), with pointer, line and column; empty
   *     when every document validates
   * @throws DocumentException if the text cannot be read as documents at all (syntax, size,
   *     depth, aliases, tags, duplicate keys)
   */
  public static List<Problem> validate(String text, DocumentFormat format, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    Problems problems = new Problems();
    List<TreeReader.Parsed> docs = TreeReader.read(text, format, source, problems);
    List<JsonNode> trees = new ArrayList<>();
    for (TreeReader.Parsed d : docs) {
      trees.add(Mappers.toJackson(d.root(), d.source(), problems));
    }
    problems.throwIfAny();
    List<Problem> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      TreeReader.Parsed d = docs.get(i);
      for (Error e : SCHEMA.validate(trees.get(i))) {
        String pointer = e.getInstanceLocation().toString();
        Node at = find(d.root(), pointer);
        out.add(
            new Problem(pointer, at.line, at.column, "schema", e.getMessage(), d.source()));
      }
    }
    return out;
  }

  /** The deepest node on a pointer's path (the place of a problem). */
  private static Node find(Node root, String pointer) {
    Node at = root;
    if (pointer.isEmpty() || pointer.equals("/")) {
      return at;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String key = raw.replace("~1", "/").replace("~0", "~");
      Node next = null;
      if (at.isObject()) {
        next = at.get(key);
      } else if (at.isArray()) {
        try {
          int i = Integer.parseInt(key);
          next = i >= 0 && i < at.items.size() ? at.items.get(i) : null;
        } catch (NumberFormatException e) {
          next = null;
        }
      }
      if (next == null) {
        return at;
      }
      at = next;
    }
    return at;
  }

  private static String load() {
    try (InputStream in = AgreementSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The schema resource is missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the schema resource " + RESOURCE, e);
    }
  }
}
