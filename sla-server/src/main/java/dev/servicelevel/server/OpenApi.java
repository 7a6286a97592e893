package dev.servicelevel.server;

import dev.servicelevel.json.AgreementSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 document of the service: the resource {@code openapi.json} beside this class,
 * with sla-json's agreement document schema ({@link AgreementSchema#RESOURCE}) put in as the
 * schema {@code AgreementDocument}, so the two never drift apart.
 */
final class OpenApi {

  private static final byte[] DOCUMENT = load();

  private OpenApi() {}

  static byte[] document() {
    return DOCUMENT.clone();
  }

  private static byte[] load() {
    ObjectNode doc = (ObjectNode) read(OpenApi.class, "openapi.json");
    JsonNode schema = read(AgreementSchema.class, AgreementSchema.RESOURCE);
    ((ObjectNode) doc.get("components").get("schemas")).set("AgreementDocument", schema);
    return Json.MAPPER.writeValueAsBytes(doc);
  }

  private static JsonNode read(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Resource is missing: " + resource);
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
