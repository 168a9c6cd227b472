package no.bygdevekst.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body larger than {@code quarkus.http.limits.max-body-size} with a problem detail (413)
 * before anything reads it. A body with a length is judged by its header; a chunked one, whose
 * length is known only at its end, is read here up to the limit, so that the REST layer never meets
 * the limit itself (it would answer an empty 413 and log an error).
 */
@Singleton
public class BodyLimit {
  private final long limit;
  private final HttpProblems problems;
  private final BodyHandler chunked;

  public BodyLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
      HttpProblems problems) {
    this.limit = limit.asLongValue();
    this.problems = problems;
    this.chunked = BodyHandler.create(false).setBodyLimit(this.limit);
  }

  void install(@Observes Router router) {
    // After RequestGuard, which refuses an unreadable request line or headers first.
    router.route().order(Integer.MIN_VALUE + 2).handler(this::check);
  }

  private void check(RoutingContext ctx) {
    String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && tooLong(length)) {
      problems.contentTooLarge(ctx);
    } else if (length == null && isChunked(ctx.request())) {
      chunked.handle(ctx); // fails the request with 413 past the limit: HttpProblems answers it
    } else {
      ctx.next();
    }
  }

  /**
   * A chunked HTTP/1.1 body. (An HTTP/2 body without a length is left to the REST layer: once read
   * here, its request can no longer be paused, which the REST layer does.)
   */
  private static boolean isChunked(HttpServerRequest request) {
    String transferEncoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
    return transferEncoding != null && transferEncoding.toLowerCase().contains("chunked");
  }

  private boolean tooLong(String length) {
    try {
      return Long.parseLong(length.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
