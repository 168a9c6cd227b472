package no.bygdevekst.platform.openapi;

/**
 * The response headers the services send, as shared components of every OpenAPI document. An
 * operation declares the ones it sends by reference: {@code @APIResponse(responseCode = "200", ...,
 * headers = @Header(ref = ApiHeaders.ETAG))}. {@code Idempotent-Replayed} is declared by the
 * platform on every operation that takes an {@code Idempotency-Key}.
 */
public final class ApiHeaders {
  private ApiHeaders() {}

  /** The version of what the response carries; send it back in If-Match or If-None-Match. */
  public static final String ETAG = "ETag";

  /** Where the created resource is (on a 201). */
  public static final String LOCATION = "Location";

  /** How long, and by whom, a public response may be cached. */
  public static final String CACHE_CONTROL = "Cache-Control";

  /** On public reads: a shared cache keeps one copy per origin (CORS). */
  public static final String VARY = "Vary";

  /** {@code true} when the response is the replay of an earlier one with the same key. */
  public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

  /** On a CSV download: attachment, with the file's name. */
  public static final String CONTENT_DISPOSITION = "Content-Disposition";

  /** The authentication scheme a 401 asks for. */
  public static final String WWW_AUTHENTICATE = "WWW-Authenticate";
}
