package no.bygdevekst.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The conditional reads of the public API, documented once for every service: each GET under
 * {@value #PUBLIC} answers through {@code http.ConditionalReads.publicRead}, so it takes {@code
 * If-None-Match} (then {@link StandardResponses} adds its 304) and its 200 carries {@code ETag},
 * {@code Cache-Control} and {@code Vary}. A public resource documents only what is its own.
 */
final class PublicReads {
  static final String PUBLIC = "/api/v1/public/";

  private PublicReads() {}

  static void apply(
      String path,
      PathItem.HttpMethod method,
      org.eclipse.microprofile.openapi.models.Operation operation) {
    if (!path.startsWith(PUBLIC) || method != PathItem.HttpMethod.GET) {
      return;
    }
    if (Operations.parameter(operation, Parameter.In.HEADER, KnownParameters.IF_NONE_MATCH)
        == null) {
      operation.addParameter(
          OASFactory.createParameter().name(KnownParameters.IF_NONE_MATCH).in(Parameter.In.HEADER));
    }
    APIResponse ok =
        operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
    if (ok == null) {
      return;
    }
    for (String header : List.of(ApiHeaders.ETAG, ApiHeaders.CACHE_CONTROL, ApiHeaders.VARY)) {
      if (ok.getHeaders() == null || !ok.getHeaders().containsKey(header)) {
        ok.addHeader(header, SharedComponents.ref(header));
      }
    }
  }
}
