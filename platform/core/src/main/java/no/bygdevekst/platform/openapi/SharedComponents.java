package no.bygdevekst.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import no.bygdevekst.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The responses and headers every service shares, added to a document's components when one of its
 * operations refers to them (an unused component is a lint warning).
 */
final class SharedComponents {
  static final String BAD_REQUEST = "BadRequest";
  static final String UNAUTHORIZED = "Unauthorized";
  static final String FORBIDDEN = "Forbidden";
  static final String NOT_FOUND = "NotFound";
  static final String NOT_ACCEPTABLE = "NotAcceptable";
  static final String PRECONDITION_FAILED = "PreconditionFailed";
  static final String CONTENT_TOO_LARGE = "ContentTooLarge";
  static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
  static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";
  static final String PRECONDITION_REQUIRED = "PreconditionRequired";
  static final String INTERNAL_ERROR = "InternalError";

  private static final String RESPONSES = "#/components/responses/";
  private static final String HEADERS = "#/components/headers/";

  private static final Map<String, Supplier<APIResponse>> RESPONSE_DEFINITIONS =
      new LinkedHashMap<>();
  private static final Map<String, Supplier<Header>> HEADER_DEFINITIONS = new LinkedHashMap<>();

  static {
    problem(
        BAD_REQUEST,
        "The request is not valid (/problems/validation, with each field in errors) or cannot be"
            + " read (/problems/bad-request)");
    RESPONSE_DEFINITIONS.put(
        UNAUTHORIZED,
        () ->
            problemResponse(
                    "No bearer token, or one that is expired, malformed or not signed by a"
                        + " trusted issuer",
                    ProblemSchemas.PROBLEM)
                .addHeader(ApiHeaders.WWW_AUTHENTICATE, ref(ApiHeaders.WWW_AUTHENTICATE)));
    problem(
        FORBIDDEN,
        "The token's role may not do this, or the caller is not a party of this agreement");
    problem(NOT_FOUND, "Nothing with that id, or nothing at that path");
    problem(NOT_ACCEPTABLE, "None of the media types in Accept can be produced here");
    problem(
        PRECONDITION_FAILED,
        "If-Match names a version that is no longer current, or someone else changed the resource"
            + " at the same moment: read it again and retry with its new ETag");
    problem(CONTENT_TOO_LARGE, "The body is larger than 1 MB");
    problem(UNSUPPORTED_MEDIA_TYPE, "The body is not application/json");
    problem(
        IDEMPOTENCY_KEY_REUSED,
        "The Idempotency-Key was used before with a different body (/problems/unprocessable)");
    problem(PRECONDITION_REQUIRED, "If-Match is missing: send the ETag you read");
    RESPONSE_DEFINITIONS.put(
        INTERNAL_ERROR,
        () ->
            problemResponse(
                "An unexpected failure; quote the incident when reporting it",
                ProblemSchemas.INCIDENT_PROBLEM));

    header(
        ApiHeaders.ETAG,
        "The version of what the response carries: send it back in If-Match to change it, or in"
            + " If-None-Match to be told (304) that it has not changed",
        () -> text().examples(List.of("\"3\"")));
    header(
        ApiHeaders.LOCATION,
        "Where the created resource is",
        () -> text().format("uri-reference").examples(List.of("/api/v1/grants/{id}")));
    header(
        ApiHeaders.CACHE_CONTROL,
        "public, with how long the response may be cached (seconds)",
        () -> text().examples(List.of("public, max-age=60")));
    header(
        ApiHeaders.VARY,
        "Origin: a shared cache keeps one copy per origin (CORS)",
        () -> text().examples(List.of("Origin")));
    header(
        ApiHeaders.IDEMPOTENT_REPLAYED,
        "true when this is the stored answer to an earlier request with the same Idempotency-Key;"
            + " nothing was changed again",
        () -> OASFactory.createSchema().type(List.of(SchemaType.BOOLEAN)));
    header(
        ApiHeaders.CONTENT_DISPOSITION,
        "With text/csv: attachment, and the name to save the file under",
        () -> text().examples(List.of("attachment; filename=\"statusrapport-2025.csv\"")));
    header(
        ApiHeaders.WWW_AUTHENTICATE,
        "The authentication scheme to use",
        () -> text().examples(List.of("Bearer")));
  }

  private SharedComponents() {}

  /** A reference to a shared response. */
  static APIResponse response(String name) {
    if (!RESPONSE_DEFINITIONS.containsKey(name)) {
      throw new IllegalArgumentException("No shared response " + name);
    }
    return OASFactory.createAPIResponse().ref(RESPONSES + name);
  }

  /** A reference to a shared header. */
  static Header ref(String name) {
    return OASFactory.createHeader().ref(HEADERS + name);
  }

  /** A problem-detail body of the schema given. */
  static org.eclipse.microprofile.openapi.models.media.Content problemContent(String schema) {
    return OASFactory.createContent()
        .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(Schemas.ref(schema)));
  }

  /** Adds the shared responses and headers the document refers to. */
  static void install(OpenAPI openAPI) {
    Set<String> responses = new TreeSet<>();
    Set<String> headers = new TreeSet<>();
    Operations.each(
        openAPI,
        (path, operation) -> {
          if (operation.getResponses() == null
              || operation.getResponses().getAPIResponses() == null) {
            return;
          }
          for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            if (response.getRef() != null && response.getRef().startsWith(RESPONSES)) {
              responses.add(response.getRef().substring(RESPONSES.length()));
            }
            collectHeaders(response, headers);
          }
        });
    for (String name : responses) {
      Supplier<APIResponse> definition = RESPONSE_DEFINITIONS.get(name);
      if (definition != null) {
        APIResponse response = definition.get();
        openAPI.getComponents().addResponse(name, response);
        collectHeaders(response, headers);
      }
    }
    for (String name : headers) {
      Supplier<Header> definition = HEADER_DEFINITIONS.get(name);
      if (definition != null) {
        openAPI.getComponents().addHeader(name, definition.get());
      }
    }
  }

  private static void collectHeaders(APIResponse response, Set<String> into) {
    if (response.getHeaders() == null) {
      return;
    }
    for (Header header : response.getHeaders().values()) {
      if (header.getRef() != null && header.getRef().startsWith(HEADERS)) {
        into.add(header.getRef().substring(HEADERS.length()));
      }
    }
  }

  private static void problem(String name, String description) {
    RESPONSE_DEFINITIONS.put(name, () -> problemResponse(description, ProblemSchemas.PROBLEM));
  }

  private static APIResponse problemResponse(String description, String schema) {
    return OASFactory.createAPIResponse().description(description).content(problemContent(schema));
  }

  private static void header(String name, String description, Supplier<Schema> schema) {
    HEADER_DEFINITIONS.put(
        name, () -> OASFactory.createHeader().description(description).schema(schema.get()));
  }

  private static Schema text() {
    return OASFactory.createSchema().type(List.of(SchemaType.STRING));
  }
}
