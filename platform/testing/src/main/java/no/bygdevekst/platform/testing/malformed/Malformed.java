package no.bygdevekst.platform.testing.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The malformed values for a place of a given type: what a careless or hostile client sends, and
 * what every service must refuse with a 4xx problem detail whatever the endpoint.
 */
final class Malformed {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One malformed value: a short name for the report, and the JSON to put in its place. */
  record Value(String name, JsonNode json) {}

  private Malformed() {}

  /** The values for {@code slot}, given the well-formed {@code sample} value found there. */
  static List<Value> forSlot(Samples.Slot slot, JsonNode sample) {
    JsonNode schema = slot.schema();
    List<Value> values = new ArrayList<>();
    String leaf = leafName(slot);
    switch (Schemas.type(schema)) {
      case "string" -> {
        if (schema.has("enum")) {
          values.add(new Value("unknown enum value", NODES.textNode("NOT_ONE_OF_THEM")));
          values.add(new Value("enum as a number", NODES.numberNode(0)));
        } else {
          switch (schema.path("format").asText()) {
            case "date" -> dates(values);
            case "date-time" -> moments(values);
            case "uuid" -> uuids(values);
            default -> texts(values, schema);
          }
        }
      }
      case "integer" -> wholeNumbers(values, schema, leaf.endsWith("Ore"));
      case "number" -> decimals(values);
      case "boolean" -> {
        values.add(new Value("boolean as text", NODES.textNode("yes")));
        values.add(new Value("boolean as a number", NODES.numberNode(1)));
      }
      case "array" -> {
        values.add(new Value("list as text", NODES.textNode("x")));
        values.add(new Value("list as an object", NODES.objectNode()));
        ArrayNode huge = NODES.arrayNode();
        JsonNode element =
            sample.isArray() && !sample.isEmpty() ? sample.get(0) : NODES.numberNode(1);
        for (int i = 0; i < 1_001; i++) {
          huge.add(element.deepCopy());
        }
        values.add(new Value("list of 1001 elements", huge));
      }
      case "object" -> {
        values.add(new Value("object as text", NODES.textNode("x")));
        values.add(new Value("object as a number", NODES.numberNode(1)));
        values.add(new Value("object as a list", NODES.arrayNode()));
      }
      default -> {}
    }
    if (slot.required()) {
      values.add(new Value("null where required", NODES.nullNode()));
    }
    return values;
  }

  private static void texts(List<Value> values, JsonNode schema) {
    values.add(new Value("text with NUL", NODES.textNode("a\u0000b")));
    values.add(new Value("text with BEL", NODES.textNode("a\u0007b")));
    values.add(new Value("text with ESC", NODES.textNode("a\u001bb")));
    values.add(new Value("text with DEL", NODES.textNode("a\u007fb")));
    values.add(new Value("text with an unpaired surrogate", NODES.textNode("a\ud800b")));
    values.add(new Value("text of 10001 characters", NODES.textNode("x".repeat(10_001))));
    int max = schema.path("maxLength").asInt(0);
    if (max > 0 && max < 10_000) {
      values.add(new Value("text over its maxLength", NODES.textNode("x".repeat(max + 1))));
    }
    values.add(new Value("text as a number", NODES.numberNode(5)));
    values.add(new Value("text as an object", NODES.objectNode()));
  }

  private static void dates(List<Value> values) {
    values.add(new Value("date as a number", NODES.numberNode(12_345)));
    values.add(new Value("date in year 999999999", NODES.textNode("+999999999-12-31")));
    values.add(new Value("date before 1900", NODES.textNode("1899-12-31")));
    values.add(new Value("date after 2200", NODES.textNode("2201-01-01")));
    values.add(new Value("date that does not exist", NODES.textNode("2025-02-30")));
    values.add(new Value("date in another format", NODES.textNode("10.03.2025")));
  }

  private static void moments(List<Value> values) {
    values.add(new Value("date-time as a number", NODES.numberNode(0)));
    values.add(
        new Value("date-time in year 999999999", NODES.textNode("+999999999-12-31T00:00:00Z")));
    values.add(new Value("date-time without offset", NODES.textNode("2025-03-10T09:00:00")));
    values.add(new Value("date-time as words", NODES.textNode("now")));
  }

  private static void uuids(List<Value> values) {
    values.add(new Value("UUID that is none", NODES.textNode("not-a-uuid")));
    values.add(new Value("UUID with NUL", NODES.textNode("\u0000")));
    values.add(new Value("UUID as a number", NODES.numberNode(5)));
  }

  private static void wholeNumbers(List<Value> values, JsonNode schema, boolean money) {
    values.add(new Value("whole number with decimals", NODES.numberNode(new BigDecimal("10.5"))));
    values.add(
        new Value("whole number 1e999999999", NODES.numberNode(new BigDecimal("1e999999999"))));
    values.add(
        new Value(
            "whole number beyond a long", NODES.numberNode(new BigInteger("9223372036854775808"))));
    values.add(new Value("whole number as text", NODES.textNode("12")));
    if ("int32".equals(schema.path("format").asText())) {
      values.add(new Value("whole number beyond an int", NODES.numberNode(2_147_483_648L)));
    }
    if (money) {
      values.add(new Value("øre at the largest long", NODES.numberNode(Long.MAX_VALUE)));
      values.add(new Value("øre above 10 billion kr", NODES.numberNode(1_000_000_000_001L)));
    }
    if (schema.has("minimum") || schema.path("exclusiveMinimum").isNumber()) {
      long min =
          schema.has("minimum")
              ? schema.path("minimum").asLong()
              : schema.path("exclusiveMinimum").asLong() + 1;
      values.add(new Value("whole number below its minimum", NODES.numberNode(min - 1)));
    }
    if (schema.has("maximum")) {
      values.add(
          new Value(
              "whole number above its maximum",
              NODES.numberNode(schema.path("maximum").asLong() + 1)));
    }
  }

  private static void decimals(List<Value> values) {
    values.add(new Value("decimal 1e999999999", NODES.numberNode(new BigDecimal("1e999999999"))));
    values.add(new Value("decimal 1e-999999999", NODES.numberNode(new BigDecimal("1e-999999999"))));
    values.add(new Value("decimal \"1e999999999\" as text", NODES.textNode("1e999999999")));
    values.add(
        new Value(
            "decimal of 16 integer digits",
            NODES.numberNode(new BigDecimal("1234567890123456.5"))));
    values.add(new Value("decimal of 7 decimals", NODES.numberNode(new BigDecimal("0.1234567"))));
    values.add(new Value("decimal as words", NODES.textNode("twelve")));
  }

  private static String leafName(Samples.Slot slot) {
    for (int i = slot.steps().size() - 1; i >= 0; i--) {
      if (slot.steps().get(i) instanceof String name) {
        return name;
      }
    }
    return "";
  }
}
