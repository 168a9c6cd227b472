package no.bygdevekst.platform.testing.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A write of the OpenAPI document: a POST, PUT, PATCH or DELETE with what it takes.
 *
 * @param roles the roles its security requirements name (a hint for choosing a token)
 * @param body the JSON body schema, or null when it takes none
 */
record WriteOperation(
    String method, String path, List<Parameter> parameters, JsonNode body, Set<String> roles) {
  static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

  /** A path, query or header parameter, with its schema resolved. */
  record Parameter(String name, String in, JsonNode schema, boolean required) {}

  /** Every write of {@code document}, in the document's order. */
  static List<WriteOperation> of(JsonNode document, Schemas schemas) {
    List<WriteOperation> writes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : iterable(document.path("paths"))) {
      for (Map.Entry<String, JsonNode> method : iterable(path.getValue())) {
        if (!WRITES.contains(method.getKey())) {
          continue;
        }
        JsonNode operation = method.getValue();
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : path.getValue().path("parameters")) {
          parameters.add(parameter(p, schemas));
        }
        for (JsonNode p : operation.path("parameters")) {
          parameters.add(parameter(p, schemas));
        }
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode body = null;
        for (Map.Entry<String, JsonNode> media : iterable(content)) {
          if (media.getKey().toLowerCase(Locale.ROOT).contains("json")) {
            body = media.getValue().path("schema");
          }
        }
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode requirement : operation.path("security")) {
          requirement.forEach(scopes -> scopes.forEach(role -> roles.add(role.asText())));
        }
        writes.add(
            new WriteOperation(
                method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters, body, roles));
      }
    }
    return writes;
  }

  String name() {
    return method + " " + path;
  }

  private static Parameter parameter(JsonNode p, Schemas schemas) {
    return new Parameter(
        p.path("name").asText(),
        p.path("in").asText(),
        schemas.resolve(p.path("schema")),
        p.path("required").asBoolean(false));
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    return object::fields;
  }
}
