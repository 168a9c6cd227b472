package no.bygdevekst.platform.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the conditional reads of the public API once, for every service: each GET under {@value
 * #PUBLIC} answers through {@link ConditionalReads#publicRead}, so its operation takes {@code
 * If-None-Match}, answers {@code 304}, and its {@code 200} carries {@code ETag}, {@code
 * Cache-Control} and {@code Vary}. A resource documents only what is its own.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PublicReadsDocumentation implements OASFilter {
  static final String PUBLIC = "/api/v1/public/";

  /** The headers of a public read's 200, in the order the document lists them. */
  private static final Map<String, String> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put("ETag", "Send it back in If-None-Match to get 304 while nothing changed");
    HEADERS.put("Cache-Control", "public, with the max-age the portal may cache for");
    HEADERS.put("Vary", "Origin: a shared cache keeps one copy per origin (CORS)");
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith(PUBLIC) && item.getGET() != null) {
                document(item.getGET());
              }
            });
  }

  private static void document(Operation get) {
    boolean named =
        get.getParameters() != null
            && get.getParameters().stream()
                .anyMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()));
    if (!named) {
      get.addParameter(
          OASFactory.createParameter()
              .name("If-None-Match")
              .in(Parameter.In.HEADER)
              .description(
                  "The ETag of the copy the client holds; answered with 304 when unchanged")
              .schema(text()));
    }
    APIResponse ok = get.getResponses().getAPIResponse("200");
    if (ok != null) {
      HEADERS.forEach(
          (name, description) -> {
            if (ok.getHeaders() == null || !ok.getHeaders().containsKey(name)) {
              ok.addHeader(name, header(description));
            }
          });
    }
    if (get.getResponses().getAPIResponse("304") == null) {
      get.getResponses()
          .addAPIResponse(
              "304",
              OASFactory.createAPIResponse()
                  .description("Unchanged since the ETag in If-None-Match; no body"));
    }
  }

  private static Header header(String description) {
    return OASFactory.createHeader().description(description).schema(text());
  }

  private static Schema text() {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
  }
}
