package no.bygdevekst.platform.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The request headers whose meaning the platform defines: an operation declares them, and gets
 * their description and schema here unless it gives its own.
 */
final class KnownParameters {
  static final String IF_MATCH = "If-Match";
  static final String IF_NONE_MATCH = "If-None-Match";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          IF_MATCH,
          "The ETag last read: the change is made only if nobody has changed the resource since",
          IF_NONE_MATCH,
          "The ETag of the copy the client holds: answered with 304 and no body while it is"
              + " current",
          IDEMPOTENCY_KEY,
          "A key unique to this command (1 to 200 visible ASCII characters): a retry with the same"
              + " key and body gets the first answer again, with Idempotent-Replayed: true");

  private KnownParameters() {}

  static void describe(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      if (parameter.getIn() != Parameter.In.HEADER) {
        continue;
      }
      DESCRIPTIONS.forEach(
          (name, description) -> {
            if (name.equalsIgnoreCase(parameter.getName())) {
              if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
                parameter.setDescription(description);
              }
              if (parameter.getSchema() == null) {
                parameter.setSchema(OASFactory.createSchema().type(List.of(SchemaType.STRING)));
              }
            }
          });
    }
  }
}
