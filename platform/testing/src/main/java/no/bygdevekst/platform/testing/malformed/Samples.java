package no.bygdevekst.platform.testing.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A well-formed body for a schema, built from its examples where the document has them and from the
 * types and bounds where not, and the places in it that a malformed value can take: every property,
 * nested objects and lists included.
 */
final class Samples {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 8;

  /**
   * A place in a body.
   *
   * @param path the JSON path as problem details name it: {@code subGoals[0].partners[0]}
   * @param steps the property names and list indexes leading to it
   * @param required whether its object requires it (a null or an absence is then malformed)
   */
  record Slot(String path, List<Object> steps, JsonNode schema, boolean required) {}

  private final Schemas schemas;

  Samples(Schemas schemas) {
    this.schemas = schemas;
  }

  JsonNode of(JsonNode schema) {
    return of(schemas.resolve(schema), 0);
  }

  private JsonNode of(JsonNode schema, int depth) {
    JsonNode example = example(schema);
    String type = Schemas.type(schema);
    if (example != null && !"object".equals(type)) {
      return example.deepCopy();
    }
    if (schema.has("enum") && !schema.path("enum").isEmpty()) {
      return schema.path("enum").get(0).deepCopy();
    }
    switch (type) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        if (depth < MAX_DEPTH) {
          schema
              .path("properties")
              .fields()
              .forEachRemaining(
                  p -> object.set(p.getKey(), of(schemas.resolve(p.getValue()), depth + 1)));
        }
        return object;
      }
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        if (depth < MAX_DEPTH) {
          int count = Math.max(1, schema.path("minItems").asInt(1));
          for (int i = 0; i < count; i++) {
            array.add(of(schemas.resolve(schema.path("items")), depth + 1));
          }
        }
        return array;
      }
      case "integer" -> {
        return NODES.numberNode(lowest(schema, 1));
      }
      case "number" -> {
        return NODES.numberNode(lowest(schema, 1));
      }
      case "boolean" -> {
        return NODES.booleanNode(true);
      }
      default -> {
        return NODES.textNode(text(schema));
      }
    }
  }

  /** Every place of {@code sample}, which {@link #of} built for {@code schema}. */
  List<Slot> slots(JsonNode sample, JsonNode schema) {
    List<Slot> slots = new ArrayList<>();
    collect(sample, schemas.resolve(schema), "", new ArrayList<>(), slots, 0);
    return slots;
  }

  private void collect(
      JsonNode node,
      JsonNode schema,
      String path,
      List<Object> steps,
      List<Slot> slots,
      int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    String type = Schemas.type(schema);
    if ("object".equals(type) && node.isObject()) {
      Set<String> required = new HashSet<>();
      schema.path("required").forEach(r -> required.add(r.asText()));
      schema
          .path("properties")
          .fields()
          .forEachRemaining(
              p -> {
                if (!node.has(p.getKey())) {
                  return;
                }
                JsonNode propertySchema = schemas.resolve(p.getValue());
                String childPath = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
                List<Object> childSteps = new ArrayList<>(steps);
                childSteps.add(p.getKey());
                slots.add(
                    new Slot(childPath, childSteps, propertySchema, required.contains(p.getKey())));
                collect(
                    node.get(p.getKey()), propertySchema, childPath, childSteps, slots, depth + 1);
              });
    } else if ("array".equals(type) && node.isArray() && !node.isEmpty()) {
      JsonNode itemSchema = schemas.resolve(schema.path("items"));
      String childPath = path + "[0]";
      List<Object> childSteps = new ArrayList<>(steps);
      childSteps.add(0);
      slots.add(new Slot(childPath, childSteps, itemSchema, false));
      collect(node.get(0), itemSchema, childPath, childSteps, slots, depth + 1);
    }
  }

  static JsonNode example(JsonNode schema) {
    if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
      return schema.path("examples").get(0);
    }
    return schema.has("example") ? schema.get("example") : null;
  }

  private static long lowest(JsonNode schema, long fallback) {
    if (schema.has("minimum")) {
      return schema.path("minimum").asLong();
    }
    if (schema.has("exclusiveMinimum") && schema.path("exclusiveMinimum").isNumber()) {
      return schema.path("exclusiveMinimum").asLong() + 1;
    }
    return fallback;
  }

  private static String text(JsonNode schema) {
    return switch (schema.path("format").asText()) {
      case "date" -> "2025-03-10";
      case "date-time" -> "2025-03-10T09:00:00Z";
      case "uuid" -> UUID.randomUUID().toString();
      default -> "Tekst";
    };
  }
}
