package no.bygdevekst.platform.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Schemas as a client generator needs them. The scanner names a component after each Java value
 * type it meets ({@code UUID}, {@code Instant}, {@code LocalDate}, ...): a generator then makes a
 * model of that name, which clashes with the Java type itself. Such components say no more than
 * their type and format, so they are written where they are used instead. A {@code type} beside a
 * {@code $ref} (which annotations with examples produce) is dropped: the referenced schema has it.
 */
final class Schemas {
  private static final String PREFIX = "#/components/schemas/";

  private Schemas() {}

  static void simplify(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> aliases = new HashMap<>();
    openAPI
        .getComponents()
        .getSchemas()
        .forEach(
            (name, schema) -> {
              if (isAlias(schema)) {
                aliases.put(PREFIX + name, schema);
              }
            });
    forEach(
        openAPI,
        schema -> {
          Schema alias = schema.getRef() == null ? null : aliases.get(schema.getRef());
          if (alias != null) {
            Map<String, Object> merged = new LinkedHashMap<>(alias.getAll());
            schema.getAll().forEach((key, value) -> merged.put(key, value));
            merged.remove("$ref");
            schema.setAll(merged);
            schema.setRef(null);
          } else if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
          }
        });
    aliases.keySet().forEach(ref -> openAPI.getComponents().removeSchema(name(ref)));
  }

  /**
   * A component that only names a type and format: no properties, no enumeration, no composition.
   */
  private static boolean isAlias(Schema schema) {
    return schema.getRef() == null
        && isEmpty(schema.getProperties())
        && isEmpty(schema.getEnumeration())
        && isEmpty(schema.getAllOf())
        && isEmpty(schema.getAnyOf())
        && isEmpty(schema.getOneOf())
        && schema.getConstValue() == null;
  }

  /** Every schema of the document, nested ones included, parents before their children. */
  static void forEach(OpenAPI openAPI, Consumer<Schema> action) {
    List<Schema> roots = new ArrayList<>();
    if (openAPI.getComponents() != null) {
      var components = openAPI.getComponents();
      if (components.getSchemas() != null) {
        roots.addAll(components.getSchemas().values());
      }
      if (components.getResponses() != null) {
        components.getResponses().values().forEach(r -> addResponse(roots, r));
      }
      if (components.getHeaders() != null) {
        components.getHeaders().values().forEach(h -> addHeader(roots, h));
      }
      if (components.getParameters() != null) {
        components.getParameters().values().forEach(p -> addParameter(roots, p));
      }
    }
    Operations.each(
        openAPI,
        (path, operation) -> {
          if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> addParameter(roots, p));
          }
          if (operation.getRequestBody() != null) {
            addContent(roots, operation.getRequestBody().getContent());
          }
          if (operation.getResponses() != null
              && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(r -> addResponse(roots, r));
          }
        });
    roots.forEach(root -> visit(root, action));
  }

  static String name(String ref) {
    return ref.startsWith(PREFIX) ? ref.substring(PREFIX.length()) : ref;
  }

  private static void visit(Schema schema, Consumer<Schema> action) {
    action.accept(schema);
    for (Object value : new ArrayList<>(schema.getAll().values())) {
      if (value instanceof Schema child) {
        visit(child, action);
      } else if (value instanceof List<?> list) {
        list.stream().filter(Schema.class::isInstance).forEach(s -> visit((Schema) s, action));
      } else if (value instanceof Map<?, ?> map) {
        map.values().stream()
            .filter(Schema.class::isInstance)
            .forEach(s -> visit((Schema) s, action));
      }
    }
  }

  private static void addResponse(List<Schema> roots, APIResponse response) {
    addContent(roots, response.getContent());
    if (response.getHeaders() != null) {
      response.getHeaders().values().forEach(h -> addHeader(roots, h));
    }
  }

  private static void addHeader(List<Schema> roots, Header header) {
    if (header.getSchema() != null) {
      roots.add(header.getSchema());
    }
  }

  private static void addParameter(List<Schema> roots, Parameter parameter) {
    if (parameter.getSchema() != null) {
      roots.add(parameter.getSchema());
    }
    addContent(roots, parameter.getContent());
  }

  private static void addContent(List<Schema> roots, Content content) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    for (MediaType type : content.getMediaTypes().values()) {
      if (type.getSchema() != null) {
        roots.add(type.getSchema());
      }
    }
  }

  private static boolean isEmpty(Map<?, ?> map) {
    return map == null || map.isEmpty();
  }

  private static boolean isEmpty(List<?> list) {
    return list == null || list.isEmpty();
  }

  /** A schema that refers to a component. */
  static Schema ref(String component) {
    return OASFactory.createSchema().ref(PREFIX + component);
  }
}
