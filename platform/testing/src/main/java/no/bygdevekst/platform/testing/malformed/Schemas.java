package no.bygdevekst.platform.testing.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The schemas of an OpenAPI 3.1 document, with {@code $ref}s resolved: a property that refers to a
 * component and adds a description or a type beside the reference gets both.
 */
final class Schemas {
  private final JsonNode components;

  Schemas(JsonNode document) {
    this.components = document.path("components").path("schemas");
  }

  /** The schema with its {@code $ref} (and those of {@code allOf}) merged in. */
  JsonNode resolve(JsonNode schema) {
    JsonNode resolved = schema;
    for (int depth = 0; depth < 10 && resolved.has("$ref"); depth++) {
      String ref = resolved.path("$ref").asText();
      JsonNode target = components.path(ref.substring(ref.lastIndexOf('/') + 1));
      ObjectNode merged = target.deepCopy();
      for (Iterator<Map.Entry<String, JsonNode>> it = resolved.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getKey().equals("$ref")) {
          merged.set(field.getKey(), field.getValue());
        }
      }
      resolved = merged;
    }
    if (resolved.has("allOf")) {
      ObjectNode merged = resolved.deepCopy();
      merged.remove("allOf");
      for (JsonNode part : resolved.path("allOf")) {
        JsonNode each = resolve(part);
        each.fields()
            .forEachRemaining(
                f -> {
                  if (!merged.has(f.getKey())) {
                    merged.set(f.getKey(), f.getValue());
                  }
                });
      }
      resolved = merged;
    }
    return resolved;
  }

  /** The schema's type, the first that is not {@code null} when it lists several. */
  static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!"null".equals(t.asText())) {
          return t.asText();
        }
      }
    }
    if (type.isTextual()) {
      return type.asText();
    }
    if (schema.has("properties")) {
      return "object";
    }
    if (schema.has("items")) {
      return "array";
    }
    return schema.has("enum") ? "string" : "";
  }
}
