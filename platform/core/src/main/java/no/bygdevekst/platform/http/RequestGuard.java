package no.bygdevekst.platform.http;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import no.bygdevekst.platform.json.InputBounds;
import no.bygdevekst.platform.problem.Problem;

/**
 * Refuses, with a problem detail and before any resource runs, a request whose line or headers the
 * services cannot use: a path and query longer than {@value #MAX_TARGET} characters (414), headers
 * of more than {@value #MAX_HEADER_BYTES} bytes together (431), a malformed percent escape such as
 * {@code %ZZ} or another path that is not a URI (400), or a control character in the path or a
 * query parameter (400 naming it). A control character in a header value never gets here: the HTTP
 * decoder refuses it itself.
 *
 * <p>The HTTP decoder's own limits ({@code quarkus.http.limits.max-initial-line-length} and {@code
 * max-header-size}) are set well above these, so that it is this guard that answers; the decoder
 * closes the connection with an empty 414 or 431 only beyond them (docs/problems.md).
 */
@Singleton
public class RequestGuard {
  static final int MAX_TARGET = 4096;
  static final int MAX_HEADER_BYTES = 20 * 1024;

  private final HttpProblems problems;

  public RequestGuard(HttpProblems problems) {
    this.problems = problems;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
  }

  private void check(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (request.uri().length() > MAX_TARGET) {
      problems.refuse(
          ctx,
          414,
          "uri-too-long",
          "URI too long",
          "The path and query are longer than the " + MAX_TARGET + " characters this service reads",
          List.of());
      return;
    }
    if (headerBytes(request) > MAX_HEADER_BYTES) {
      problems.refuse(
          ctx,
          431,
          "request-header-fields-too-large",
          "Request header fields too large",
          "The headers are larger than the " + MAX_HEADER_BYTES + " bytes this service reads",
          List.of());
      return;
    }
    String path = request.path() == null ? "" : request.path();
    String decodedPath;
    Map<String, List<String>> query;
    try {
      new URI(request.uri()); // what Quarkus' own check would refuse with an empty 400
      decodedPath = QueryStringDecoder.decodeComponent(path.replace("+", "%2B"));
      query = new QueryStringDecoder(request.uri()).parameters();
    } catch (URISyntaxException | IllegalArgumentException e) {
      unreadable(ctx);
      return;
    }
    if (hasControl(decodedPath)) {
      invalid(ctx, "path", "must not hold control characters");
      return;
    }
    for (var parameter : query.entrySet()) {
      if (hasControl(parameter.getKey())
          || parameter.getValue().stream().anyMatch(RequestGuard::hasControl)) {
        invalid(ctx, parameter.getKey(), "must not hold control characters");
        return;
      }
    }
    ctx.next();
  }

  private void unreadable(RoutingContext ctx) {
    problems.refuse(
        ctx,
        400,
        "bad-request",
        "Bad request",
        "The path or query is not a valid URI: a malformed percent escape (such as %ZZ), or a"
            + " character that must be percent-encoded (a space, a quote, a brace); write % itself"
            + " as %25",
        List.of());
  }

  private void invalid(RoutingContext ctx, String field, String message) {
    String name = hasControl(field) || field.length() > 100 ? "query" : field;
    problems.refuse(
        ctx,
        400,
        "validation",
        "Validation failed",
        name + ": " + message,
        List.of(new Problem.FieldError(name, message)));
  }

  private static boolean hasControl(String text) {
    return text.chars().anyMatch(c -> InputBounds.isControl((char) c));
  }

  private static long headerBytes(HttpServerRequest request) {
    long bytes = 0;
    for (var header : request.headers()) {
      bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
    }
    return bytes;
  }
}
