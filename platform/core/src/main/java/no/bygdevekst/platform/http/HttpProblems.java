package no.bygdevekst.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import no.bygdevekst.platform.problem.Problem;
import no.bygdevekst.platform.problem.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem details for what the HTTP layer refuses before a resource is found: the guards of this
 * package, and any 4xx that Vert.x itself fails a request with (an unreadable path, a body over the
 * limit). Without it such answers would have an empty body.
 */
@Singleton
public class HttpProblems {
  static final long DRAIN_MILLIS = 5_000;

  private final ObjectMapper json;
  private final long bodyLimit;

  public HttpProblems(
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize bodyLimit) {
    this.json = json;
    this.bodyLimit = bodyLimit.asLongValue();
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
  }

  /** Answers a 4xx failure of the router that nothing has answered yet; leaves the rest. */
  private void failed(RoutingContext ctx) {
    int status = ctx.statusCode();
    if (status < 400 || status >= 500 || ctx.response().headWritten()) {
      ctx.next();
      return;
    }
    if (status == 413) {
      contentTooLarge(ctx);
      return;
    }
    String title = HttpResponseStatus.valueOf(status).reasonPhrase();
    String detail =
        status == 400
            ? "The request could not be read: check its path, escapes and headers"
            : title;
    refuse(ctx, status, slug(title), title, detail, List.of());
  }

  /** 413: the body is over {@code quarkus.http.limits.max-body-size}. */
  void contentTooLarge(RoutingContext ctx) {
    refuse(
        ctx,
        413,
        "content-too-large",
        "Content too large",
        "The request body is larger than the " + bodyLimit + " bytes this service accepts",
        List.of());
  }

  /**
   * Ends the request with a problem detail. The connection is closed after a refusal of size, since
   * the rest of what the client sends is not read.
   */
  void refuse(
      RoutingContext ctx,
      int status,
      String slug,
      String title,
      String detail,
      List<Problem.FieldError> errors) {
    Problem problem =
        new Problem(Problems.type(slug), title, status, detail, instance(ctx), errors, null);
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A problem detail is always serialisable", e);
    }
    drain(ctx);
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(body);
  }

  private static void drain(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (request.isEnded()) {
      return;
    }
    long timer = ctx.vertx().setTimer(DRAIN_MILLIS, t -> request.connection().close());
    request.handler(dropped -> {});
    request.exceptionHandler(closed -> ctx.vertx().cancelTimer(timer));
    request.endHandler(ended -> ctx.vertx().cancelTimer(timer));
    request.resume();
  }

  /** The request's path, if it is short and printable enough to echo back. */
  private static String instance(RoutingContext ctx) {
    String path = ctx.request().path();
    if (path == null || path.length() > 200 || !path.chars().allMatch(c -> c > 32 && c < 127)) {
      return null;
    }
    return path;
  }

  static String slug(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
