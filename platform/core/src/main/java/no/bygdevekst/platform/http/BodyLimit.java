package no.bygdevekst.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body larger than {@code quarkus.http.limits.max-body-size} with a problem detail (413)
 * before anything reads it. The HTTP layer would refuse it too, but with an empty body.
 */
@Singleton
public class BodyLimit {
  private final long limit;

  public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
    this.limit = limit.asLongValue();
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length != null && tooLong(length)) {
                ctx.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(
                        "{\"type\":\"/problems/content-too-large\",\"title\":\"Content too large\","
                            + "\"status\":413,\"detail\":\"The request body is larger than the "
                            + limit
                            + " bytes this service accepts\",\"instance\":\""
                            + ctx.request().path().replace("\"", "")
                            + "\"}");
              } else {
                ctx.next();
              }
            });
  }

  private boolean tooLong(String length) {
    try {
      return Long.parseLong(length.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
