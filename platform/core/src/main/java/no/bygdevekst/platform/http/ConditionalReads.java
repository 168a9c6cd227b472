package no.bygdevekst.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * Answers a GET with a strong {@code ETag}, and with {@code 304 Not Modified} and no body when the
 * request's {@code If-None-Match} names it (compared weakly, as RFC 9110 says, so that a tag a
 * proxy weakened still matches): the one way every service does conditional reads.
 *
 * <p>The tag comes first and the body as a supplier, which runs only when the answer is 200. A read
 * whose tag is known before its body (an aggregate's version, see {@link ETags#of(long)}) can
 * therefore answer a revalidation without building or serialising the body; a read whose tag is a
 * digest of its content ({@link #publicRead(Supplier)}) serialises it once, to compute the tag and
 * to send it.
 *
 * <p>Public reads (no token) may be kept by any cache for {@link PublicCacheConfig#maxAge()} and
 * vary by {@code Origin}, since CORS answers each origin with its own headers. Reads behind a token
 * are private and revalidated every time, and vary by {@code Authorization}, so that a browser
 * shared by two people never shows one the other's copy.
 */
@ApplicationScoped
public class ConditionalReads {
  static final String PRIVATE = "private, no-cache";
  private static final String ORIGIN = "Origin";

  private final ObjectMapper mapper;
  private final PublicCacheConfig config;
  private final HttpHeaders request;

  @Inject
  public ConditionalReads(ObjectMapper mapper, PublicCacheConfig config, HttpHeaders request) {
    this.mapper = mapper;
    this.config = config;
    this.request = request;
  }

  /** A public read whose tag is known before its body. */
  public Response publicRead(EntityTag tag, Supplier<?> body) {
    return answer(tag, body, publicCacheControl(), ORIGIN);
  }

  /** A public read tagged by a digest of its JSON, for lists and documents without a version. */
  public Response publicRead(Supplier<?> body) {
    byte[] json = json(body.get());
    return answer(ETags.ofContent(json), () -> json, publicCacheControl(), ORIGIN);
  }

  /**
   * A public read tagged by a digest of its JSON, answered off the request's thread (a long poll
   * that a later event completes), with the request's {@code If-None-Match} read beforehand.
   */
  public Response publicRead(Object body, String ifNoneMatch) {
    byte[] json = json(body);
    return answer(
        ETags.ofContent(json),
        () -> json,
        publicCacheControl(),
        ORIGIN,
        ifNoneMatch == null ? null : List.of(ifNoneMatch));
  }

  /** A read behind a token without a tag: private and never kept. */
  public Response privateRead(Object body) {
    return Response.ok(body)
        .header(HttpHeaders.CACHE_CONTROL, PRIVATE)
        .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
        .build();
  }

  /** A read behind a token whose tag names everything the body shows. */
  public Response privateRead(EntityTag tag, Supplier<?> body) {
    return answer(tag, body, PRIVATE, HttpHeaders.AUTHORIZATION);
  }

  /**
   * A read behind a token whose tag is the aggregate's version, for {@code If-Match}, while its
   * body also shows what the version does not cover (another service's data, other aggregates). It
   * is never answered with 304: that could hide a change the version does not count.
   */
  public Response privateReadOfVersion(EntityTag version, Object body) {
    return Response.ok(body)
        .tag(version)
        .header(HttpHeaders.CACHE_CONTROL, PRIVATE)
        .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
        .build();
  }

  /** The {@code Cache-Control} of public reads. */
  public String publicCacheControl() {
    // public: shared caches (a CDN, the portal's proxy) may keep it too; nothing in it is personal
    return "public, max-age=" + config.maxAge().toSeconds();
  }

  private Response answer(EntityTag tag, Supplier<?> body, String cacheControl, String vary) {
    return answer(
        tag, body, cacheControl, vary, request.getRequestHeader(HttpHeaders.IF_NONE_MATCH));
  }

  private Response answer(
      EntityTag tag, Supplier<?> body, String cacheControl, String vary, List<String> ifNoneMatch) {
    boolean unchanged =
        ifNoneMatch != null && ifNoneMatch.stream().anyMatch(h -> ETags.named(h, tag));
    Response.ResponseBuilder answer = unchanged ? Response.notModified() : ok(body.get());
    return answer
        .tag(tag)
        .header(HttpHeaders.CACHE_CONTROL, cacheControl)
        .header(HttpHeaders.VARY, vary)
        .build();
  }

  private static Response.ResponseBuilder ok(Object body) {
    return body instanceof byte[] json
        ? Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
        : Response.ok(body);
  }

  private byte[] json(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise " + body.getClass().getSimpleName(), e);
    }
  }
}
