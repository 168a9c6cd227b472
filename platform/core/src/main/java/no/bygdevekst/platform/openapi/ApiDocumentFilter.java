package no.bygdevekst.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Makes every service's OpenAPI document one that a generated client can use as it is, by the
 * conventions of docs/api-documents.md: problem details on every error response, the responses and
 * headers that follow from an operation's parameters, one bearer requirement for the whole API, and
 * schemas free of Java library types. It runs at build time, so the document written to {@code
 * target/openapi/} and the one served at {@code /q/openapi} are the same.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    String service =
        config().getOptionalValue("bygdevekst.events.service", String.class).orElse("");
    Schemas.simplify(openAPI);
    ProblemSchemas.install(openAPI);
    Operations.eachWithMethod(openAPI, PublicReads::apply);
    Operations.each(
        openAPI,
        (path, operation) -> {
          OperationIds.resolve(operation, service);
          KnownParameters.describe(operation);
          SecurityRequirements.apply(operation);
          StandardResponses.apply(operation);
        });
    SecurityRequirements.requireBearerByDefault(openAPI);
    SharedComponents.install(openAPI);
    servers(openAPI);
  }

  /**
   * The local stack's address, which a reader can try at once; Quarkus would also list 0.0.0.0,
   * which no client can call. A deployment's clients set their own base URI.
   */
  private static void servers(OpenAPI openAPI) {
    int port = config().getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
    openAPI.setServers(
        List.of(
            OASFactory.createServer()
                .url("http://localhost:" + port)
                .description("The local stack (./bygdevekst run)")));
  }

  private static Config config() {
    return ConfigProvider.getConfig();
  }
}
