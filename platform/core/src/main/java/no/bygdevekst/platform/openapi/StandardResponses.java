package no.bygdevekst.platform.openapi;

import static no.bygdevekst.platform.openapi.SharedComponents.BAD_REQUEST;
import static no.bygdevekst.platform.openapi.SharedComponents.CONTENT_TOO_LARGE;
import static no.bygdevekst.platform.openapi.SharedComponents.FORBIDDEN;
import static no.bygdevekst.platform.openapi.SharedComponents.IDEMPOTENCY_KEY_REUSED;
import static no.bygdevekst.platform.openapi.SharedComponents.INTERNAL_ERROR;
import static no.bygdevekst.platform.openapi.SharedComponents.NOT_ACCEPTABLE;
import static no.bygdevekst.platform.openapi.SharedComponents.NOT_FOUND;
import static no.bygdevekst.platform.openapi.SharedComponents.PRECONDITION_FAILED;
import static no.bygdevekst.platform.openapi.SharedComponents.PRECONDITION_REQUIRED;
import static no.bygdevekst.platform.openapi.SharedComponents.UNAUTHORIZED;
import static no.bygdevekst.platform.openapi.SharedComponents.UNSUPPORTED_MEDIA_TYPE;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The responses an operation has because of what it takes, which the platform, not the operation,
 * produces: problems for a bad request, a missing or weak token, an unknown id, a stale or missing
 * If-Match, a reused Idempotency-Key, an unacceptable Accept, a body that is too large or not JSON,
 * and an unexpected failure; 304 for an If-None-Match; Idempotent-Replayed on the answers of an
 * idempotent command. An operation's own description of a status wins; every error response gets a
 * problem-detail body if it has none.
 */
final class StandardResponses {
  /** The descriptions Quarkus gives the 401 and 403 it adds to a secured operation. */
  private static final Set<String> GENERIC = Set.of("Not Authorized", "Not Allowed");

  private static final Set<String> CONDITIONAL = Set.of(KnownParameters.IF_MATCH, "If-None-Match");

  private StandardResponses() {}

  static void apply(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    replaceGeneric(responses, "401", UNAUTHORIZED);
    replaceGeneric(responses, "403", FORBIDDEN);

    boolean body = operation.getRequestBody() != null;
    boolean secured = operation.getSecurity() == null;
    Parameter ifMatch =
        Operations.parameter(operation, Parameter.In.HEADER, KnownParameters.IF_MATCH);
    Parameter ifNoneMatch =
        Operations.parameter(operation, Parameter.In.HEADER, KnownParameters.IF_NONE_MATCH);
    boolean idempotent =
        Operations.parameter(operation, Parameter.In.HEADER, KnownParameters.IDEMPOTENCY_KEY)
            != null;

    if (ifNoneMatch != null) {
      add(responses, "304", notModified(responses));
    }
    if (body || readsParameters(operation)) {
      add(responses, "400", SharedComponents.response(BAD_REQUEST));
    }
    if (secured) {
      add(responses, "401", SharedComponents.response(UNAUTHORIZED));
      add(responses, "403", SharedComponents.response(FORBIDDEN));
    }
    if (Operations.hasParameterIn(operation, Parameter.In.PATH)) {
      add(responses, "404", SharedComponents.response(NOT_FOUND));
    }
    if (hasSuccessContent(responses)) {
      add(responses, "406", SharedComponents.response(NOT_ACCEPTABLE));
    }
    if (ifMatch != null) {
      add(responses, "412", SharedComponents.response(PRECONDITION_FAILED));
      if (Boolean.TRUE.equals(ifMatch.getRequired())) {
        add(responses, "428", SharedComponents.response(PRECONDITION_REQUIRED));
      }
    }
    if (body) {
      add(responses, "413", SharedComponents.response(CONTENT_TOO_LARGE));
      add(responses, "415", SharedComponents.response(UNSUPPORTED_MEDIA_TYPE));
    }
    if (idempotent) {
      add(responses, "422", SharedComponents.response(IDEMPOTENCY_KEY_REUSED));
      successes(responses)
          .values()
          .forEach(
              r ->
                  r.addHeader(
                      ApiHeaders.IDEMPOTENT_REPLAYED,
                      SharedComponents.ref(ApiHeaders.IDEMPOTENT_REPLAYED)));
    }
    add(responses, "500", SharedComponents.response(INTERNAL_ERROR));

    for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
      APIResponse response = entry.getValue();
      if (isError(entry.getKey()) && response.getRef() == null && response.getContent() == null) {
        response.setContent(SharedComponents.problemContent(ProblemSchemas.PROBLEM));
      }
    }
    sort(responses);
  }

  /** Query and header parameters other than the conditional headers can be refused with 400. */
  private static boolean readsParameters(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(
                p ->
                    p.getIn() == Parameter.In.QUERY
                        || (p.getIn() == Parameter.In.HEADER
                            && CONDITIONAL.stream()
                                .noneMatch(h -> h.equalsIgnoreCase(p.getName()))));
  }

  /** 304 carries the ETag again, and the caching rule when the 200 has one. */
  private static APIResponse notModified(APIResponses responses) {
    APIResponse notModified =
        OASFactory.createAPIResponse()
            .description(
                "Not modified: the copy whose ETag was sent in If-None-Match is still current")
            .addHeader(ApiHeaders.ETAG, SharedComponents.ref(ApiHeaders.ETAG));
    APIResponse ok = responses.getAPIResponse("200");
    if (ok != null
        && ok.getHeaders() != null
        && ok.getHeaders().containsKey(ApiHeaders.CACHE_CONTROL)) {
      notModified.addHeader(
          ApiHeaders.CACHE_CONTROL, SharedComponents.ref(ApiHeaders.CACHE_CONTROL));
    }
    return notModified;
  }

  private static void replaceGeneric(APIResponses responses, String status, String shared) {
    APIResponse response = responses.getAPIResponse(status);
    if (response != null
        && response.getContent() == null
        && GENERIC.contains(response.getDescription())) {
      responses.addAPIResponse(status, SharedComponents.response(shared));
    }
  }

  private static void add(APIResponses responses, String status, APIResponse response) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, response);
    }
  }

  private static boolean hasSuccessContent(APIResponses responses) {
    return successes(responses).values().stream().anyMatch(r -> r.getContent() != null);
  }

  private static Map<String, APIResponse> successes(APIResponses responses) {
    Map<String, APIResponse> out = new TreeMap<>();
    responses
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("2") && response.getRef() == null) {
                out.put(status, response);
              }
            });
    return out;
  }

  private static boolean isError(String status) {
    return status.startsWith("4") || status.startsWith("5") || status.equals("default");
  }

  /** In status order, as a reader expects them. */
  private static void sort(APIResponses responses) {
    Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
    responses.setAPIResponses(new java.util.LinkedHashMap<>(sorted));
  }
}
