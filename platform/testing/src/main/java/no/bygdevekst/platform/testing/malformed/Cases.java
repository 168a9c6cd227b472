package no.bygdevekst.platform.testing.malformed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BinaryOperator;
import no.bygdevekst.platform.testing.RawHttp;

/**
 * The malformed requests for one write: one malformed value at a time, everything else as a
 * well-formed request has it, so that it is that value the service must refuse.
 */
final class Cases {
  enum Where {
    BODY,
    WHOLE_BODY,
    PATH,
    QUERY,
    HEADER
  }

  /**
   * One malformed request.
   *
   * @param field the body's JSON path or the parameter's name
   * @param target the request target as sent, escapes included
   * @param body the body as sent, or null
   */
  record Case(
      Where where,
      String field,
      String value,
      String target,
      Map<String, String> headers,
      byte[] body) {
    RawHttp.Answer send(WriteOperation write, String token) {
      Map<String, String> all = new LinkedHashMap<>(headers);
      all.put("Authorization", "Bearer " + token);
      return RawHttp.request(write.method(), target, all, body);
    }

    String describe() {
      return where.name().toLowerCase().replace('_', ' ') + " " + field + ": " + value;
    }

    /**
     * Whether the problem detail names this case's field (a 400 for the whole body always does).
     */
    boolean namedBy(String problem) {
      if (where == Where.WHOLE_BODY || where == Where.PATH || where == Where.HEADER) {
        return true;
      }
      try {
        for (JsonNode error : MalformedInputContract.JSON.readTree(problem).path("errors")) {
          String named = error.path("field").asText();
          if (named.equals(field)
              || named.startsWith(field + ".")
              || named.startsWith(field + "[")
              || field.startsWith(named + ".")
              || field.startsWith(named + "[")) {
            return true;
          }
        }
      } catch (JsonProcessingException e) {
        return false;
      }
      return false;
    }
  }

  private static final String LONG = "x".repeat(5_000);

  private final Samples samples;
  private final BinaryOperator<String> pathValues;

  Cases(Samples samples, BinaryOperator<String> pathValues) {
    this.samples = samples;
    this.pathValues = pathValues;
  }

  /**
   * A request that gets past authorization or not, and writes nothing either way: random ids in the
   * path and an unreadable body.
   */
  static RawHttp.Answer probe(WriteOperation write, String token) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + token);
    byte[] body = null;
    if (write.body() != null) {
      headers.put("Content-Type", "application/json");
      body = "[".getBytes(StandardCharsets.UTF_8);
    }
    String target = target(write, (path, name) -> null, Map.of(), Map.of());
    return RawHttp.request(write.method(), target, headers, body);
  }

  List<Case> of(WriteOperation write) {
    List<Case> cases = new ArrayList<>();
    JsonNode sample = write.body() == null ? null : samples.of(write.body());
    Map<String, String> jsonHeaders =
        write.body() == null ? Map.of() : Map.of("Content-Type", "application/json");
    byte[] sampleBody = sample == null ? null : bytes(sample);
    String target = target(write, pathValues, Map.of(), Map.of());
    if (sample != null) {
      for (Samples.Slot slot : samples.slots(sample, write.body())) {
        JsonNode value = at(sample, slot);
        for (Malformed.Value malformed : Malformed.forSlot(slot, value)) {
          cases.add(
              new Case(
                  Where.BODY,
                  slot.path(),
                  malformed.name(),
                  target,
                  jsonHeaders,
                  bytes(replaced(sample, slot, malformed.json()))));
        }
        if (slot.required()) {
          cases.add(
              new Case(
                  Where.BODY,
                  slot.path(),
                  "absent where required",
                  target,
                  jsonHeaders,
                  bytes(replaced(sample, slot, null))));
        }
      }
      wholeBody(sample, target, jsonHeaders, cases);
    }
    for (WriteOperation.Parameter p : write.parameters()) {
      switch (p.in()) {
        case "path" -> {
          for (String raw : pathValues(p)) {
            cases.add(
                new Case(
                    Where.PATH,
                    p.name(),
                    abbreviated(raw),
                    target(write, pathValues, Map.of(p.name(), raw), Map.of()),
                    jsonHeaders,
                    sampleBody));
          }
        }
        case "query" -> {
          for (String raw : queryValues(p)) {
            cases.add(
                new Case(
                    Where.QUERY,
                    p.name(),
                    abbreviated(raw),
                    target(write, pathValues, Map.of(), Map.of(p.name(), raw)),
                    jsonHeaders,
                    sampleBody));
          }
        }
        case "header" -> {
          Map<String, String> headers = new LinkedHashMap<>(jsonHeaders);
          headers.put(p.name(), "x".repeat(25_000));
          cases.add(
              new Case(
                  Where.HEADER,
                  p.name(),
                  "header of 25000 characters",
                  target,
                  headers,
                  sampleBody));
        }
        default -> {}
      }
    }
    return cases;
  }

  private static void wholeBody(
      JsonNode sample, String target, Map<String, String> jsonHeaders, List<Case> cases) {
    String json = new String(bytes(sample), StandardCharsets.UTF_8);
    Map<String, String> wholeBodies = new LinkedHashMap<>();
    wholeBodies.put("a list instead of an object", "[]");
    wholeBodies.put("a string instead of an object", "\"x\"");
    wholeBodies.put("content after the document", json + " {}");
    wholeBodies.put("not JSON", "{");
    if (sample.isObject() && sample.fieldNames().hasNext()) {
      String first = sample.fieldNames().next();
      wholeBodies.put(
          "a field twice",
          "{\""
              + first
              + "\":"
              + new String(bytes(sample.get(first)), StandardCharsets.UTF_8)
              + ","
              + json.substring(1));
    }
    wholeBodies.forEach(
        (name, body) ->
            cases.add(
                new Case(
                    Where.WHOLE_BODY,
                    "body",
                    name,
                    target,
                    jsonHeaders,
                    body.getBytes(StandardCharsets.UTF_8))));
    cases.add(
        new Case(
            Where.WHOLE_BODY,
            "body",
            "sent as text/plain",
            target,
            Map.of("Content-Type", "text/plain"),
            json.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> pathValues(WriteOperation.Parameter p) {
    List<String> values = new ArrayList<>(List.of("a%00b", "%ZZ", LONG));
    if ("uuid".equals(p.schema().path("format").asText())) {
      values.add("not-a-uuid");
    }
    return values;
  }

  private static List<String> queryValues(WriteOperation.Parameter p) {
    List<String> values = new ArrayList<>();
    switch (Schemas.type(p.schema())) {
      case "integer" -> values.addAll(List.of("abc", "1.5", "1e999999999", "99999999999"));
      case "number" -> values.addAll(List.of("1e999999999", "abc"));
      case "boolean" -> values.add("yes");
      default -> {
        switch (p.schema().path("format").asText()) {
          case "date" -> values.addAll(List.of("12345", "%2B999999999-12-31"));
          case "uuid" -> values.add("not-a-uuid");
          default -> {}
        }
      }
    }
    values.addAll(List.of("a%00b", "a%07b", "%ZZ", LONG));
    return values;
  }

  /**
   * The request target: the path with its parameters filled in ({@code raw} values as given, the
   * others from {@code values} or random), and the required query parameters plus {@code query}.
   */
  private static String target(
      WriteOperation write,
      BinaryOperator<String> values,
      Map<String, String> raw,
      Map<String, String> query) {
    String path = write.path();
    Map<String, String> parameters = new LinkedHashMap<>();
    for (WriteOperation.Parameter p : write.parameters()) {
      if (p.in().equals("path")) {
        String value = raw.get(p.name());
        if (value == null) {
          String given = values.apply(write.path(), p.name());
          value = encoded(given != null ? given : fallback(p));
        }
        path = path.replace("{" + p.name() + "}", value);
      } else if (p.in().equals("query")) {
        if (query.containsKey(p.name())) {
          parameters.put(p.name(), query.get(p.name()));
        } else if (p.required()) {
          JsonNode example = Samples.example(p.schema());
          parameters.put(p.name(), encoded(example == null ? fallback(p) : example.asText()));
        }
      }
    }
    StringBuilder target = new StringBuilder(path);
    char separator = '?';
    for (Map.Entry<String, String> q : parameters.entrySet()) {
      target.append(separator).append(encoded(q.getKey())).append('=').append(q.getValue());
      separator = '&';
    }
    return target.toString();
  }

  private static String fallback(WriteOperation.Parameter p) {
    return switch (Schemas.type(p.schema())) {
      case "integer", "number" -> "1";
      default ->
          "uuid".equals(p.schema().path("format").asText())
              ? UUID.randomUUID().toString()
              : "no-such-" + UUID.randomUUID();
    };
  }

  private static JsonNode at(JsonNode sample, Samples.Slot slot) {
    JsonNode node = sample;
    for (Object step : slot.steps()) {
      node = step instanceof Integer i ? node.path(i) : node.path((String) step);
    }
    return node;
  }

  /** A copy of {@code sample} with {@code value} at the slot; null removes the property. */
  private static JsonNode replaced(JsonNode sample, Samples.Slot slot, JsonNode value) {
    JsonNode copy = sample.deepCopy();
    JsonNode parent = copy;
    List<Object> steps = slot.steps();
    for (Object step : steps.subList(0, steps.size() - 1)) {
      parent = step instanceof Integer i ? parent.path(i) : parent.path((String) step);
    }
    Object last = steps.get(steps.size() - 1);
    if (last instanceof Integer i && parent instanceof ArrayNode array) {
      array.set(i, value == null ? array.nullNode() : value);
    } else if (parent instanceof ObjectNode object) {
      if (value == null) {
        object.remove((String) last);
      } else {
        object.set((String) last, value);
      }
    }
    return copy;
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MalformedInputContract.JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviated(String raw) {
    return raw.length() > 40 ? raw.length() + " characters" : raw;
  }
}
