package no.bygdevekst.deploy.k8s;

import java.util.List;
import java.util.Map;

/** Reading parsed YAML (maps, lists, scalars) by path, with null for whatever is absent. */
final class Yaml {
  private Yaml() {}

  static Object at(Object node, String... path) {
    Object current = node;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, String... path) {
    Object value = at(node, path);
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node, String... path) {
    Object value = at(node, path);
    return value instanceof List<?> ? (List<Object>) value : List.of();
  }

  /** A scalar as text (numbers and booleans included), or null. */
  static String text(Object node, String... path) {
    Object value = at(node, path);
    return value == null || value instanceof Map || value instanceof List ? null : value.toString();
  }

  static String name(Object resource) {
    return text(resource, "metadata", "name");
  }

  static String kind(Object resource) {
    return text(resource, "kind");
  }
}
