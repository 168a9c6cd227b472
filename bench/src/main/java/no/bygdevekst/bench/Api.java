package no.bygdevekst.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.bygdevekst.platform.testing.DevTokens;

/** The services' HTTP APIs as the benchmark calls them: plain JSON over HTTP/1.1 with tokens. */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();

  private final BenchStack stack;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  Api(BenchStack stack) {
    this.stack = stack;
  }

  String kdd() {
    return tokens.computeIfAbsent("kdd", k -> DevTokens.kdd());
  }

  String reader() {
    return tokens.computeIfAbsent("reader", k -> DevTokens.reader());
  }

  String municipality(String number) {
    return tokens.computeIfAbsent("m" + number, k -> DevTokens.municipality(number));
  }

  String partner(String org) {
    return tokens.computeIfAbsent("p" + org, k -> DevTokens.partner(org));
  }

  /** One response: status, body, headers, and the time from sending to the whole body. */
  record Response(int status, String body, HttpResponse<String> raw, long nanos) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Response send(String method, String app, String path, String token, Object body) {
    return send(method, app, path, token, body, Map.of());
  }

  Response send(
      String method,
      String app,
      String path,
      String token,
      Object body,
      Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(stack.url(app) + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, text/plain;q=0.9");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    if (body != null) {
      String text;
      try {
        text = body instanceof String s ? s : JSON.writeValueAsString(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(text));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response, System.nanoTime() - t0);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + app + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends and requires the status; a refusal stops the benchmark with the problem detail. */
  Response require(int status, String method, String app, String path, String token, Object body) {
    return require(status, method, app, path, token, body, Map.of());
  }

  Response require(
      int status,
      String method,
      String app,
      String path,
      String token,
      Object body,
      Map<String, String> headers) {
    Response r = send(method, app, path, token, body, headers);
    if (r.status() != status) {
      throw unexpected(status, method, app, path, r);
    }
    return r;
  }

  /**
   * Retries while the service has not yet heard of something another service published (404, or 409
   * while a read model lags), for at most 60 s.
   */
  Response eventually(
      int status, String method, String app, String path, String token, Object body) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Response r;
    do {
      r = send(method, app, path, token, body);
      if (r.status() == status) {
        return r;
      }
      if (r.status() != 404 && r.status() != 409) {
        break;
      }
      sleep(50);
    } while (System.nanoTime() < deadline);
    throw unexpected(status, method, app, path, r);
  }

  private static IllegalStateException unexpected(
      int status, String method, String app, String path, Response r) {
    return new IllegalStateException(
        String.format(
            "%s %s%s: expected %d, got %d %s", method, app, path, status, r.status(), r.body()));
  }

  static Map<String, String> idempotencyKey() {
    return Map.of("Idempotency-Key", UUID.randomUUID().toString());
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static ArrayNode array() {
    return JSON.createArrayNode();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
