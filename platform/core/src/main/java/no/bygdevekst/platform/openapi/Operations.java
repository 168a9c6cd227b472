package no.bygdevekst.platform.openapi;

import java.util.Map;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Walking the operations of a document, and asking an operation about its parameters. */
final class Operations {
  private Operations() {}

  static void each(OpenAPI openAPI, BiConsumer<String, Operation> action) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
      if (operations != null) {
        operations.values().forEach(operation -> action.accept(path.getKey(), operation));
      }
    }
  }

  /** Each operation of the document, with its path and method. */
  static void eachWithMethod(OpenAPI openAPI, MethodAction action) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
      if (operations != null) {
        operations.forEach((method, operation) -> action.accept(path.getKey(), method, operation));
      }
    }
  }

  /** What {@link #eachWithMethod} does with each operation. */
  @FunctionalInterface
  interface MethodAction {
    void accept(String path, PathItem.HttpMethod method, Operation operation);
  }

  /** The operation's parameter of that name and place, or null. */
  static Parameter parameter(Operation operation, Parameter.In in, String name) {
    if (operation.getParameters() == null) {
      return null;
    }
    for (Parameter parameter : operation.getParameters()) {
      if (parameter.getIn() == in && name.equalsIgnoreCase(parameter.getName())) {
        return parameter;
      }
    }
    return null;
  }

  static boolean hasParameterIn(Operation operation, Parameter.In in) {
    return operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> p.getIn() == in);
  }
}
