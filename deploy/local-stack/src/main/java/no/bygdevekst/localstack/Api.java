package no.bygdevekst.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JSON over HTTP to the four services, as any client of theirs would call them: a bearer token,
 * JSON bodies, and the answers read as trees. It counts the writes it sends, so that a second run
 * of an idempotent loader can show that it wrote nothing.
 */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final AtomicInteger writes = new AtomicInteger();

  Api(HttpClient http) {
    this.http = http;
  }

  /** An answer: its status, its body as JSON (missing when empty or not JSON), its headers. */
  record Reply(String method, String url, int status, String text, Map<String, String> headers) {
    JsonNode json() {
      if (text == null || text.isBlank()) {
        return MissingNode.getInstance();
      }
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        return MissingNode.getInstance();
      }
    }

    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The answer, or a failure naming the request and the answer when the status differs. */
    Reply expect(String what, int... statuses) {
      if (Arrays.stream(statuses).noneMatch(s -> s == status)) {
        throw new LocalStack.StackException(
            "Could not " + what + ": " + method + " " + url + " answered " + status + " " + text);
      }
      return this;
    }
  }

  Reply get(String url, String token) {
    return send("GET", url, token, null, Map.of());
  }

  Reply get(String url, String token, String accept) {
    return send("GET", url, token, null, Map.of("Accept", accept));
  }

  Reply post(String url, String token, Object body) {
    return send("POST", url, token, body, Map.of());
  }

  Reply post(String url, String token, Object body, Map<String, String> headers) {
    return send("POST", url, token, body, headers);
  }

  Reply put(String url, String token, Object body, Map<String, String> headers) {
    return send("PUT", url, token, body, headers);
  }

  Reply delete(String url, String token, Map<String, String> headers) {
    return send("DELETE", url, token, null, headers);
  }

  /** How many writes (anything but GET) this client has sent. */
  int writes() {
    return writes.get();
  }

  /**
   * Sends one request. {@code body} is a JSON string, a Jackson tree or any object Jackson writes;
   * {@code token} may be null for the public endpoints.
   */
  Reply send(String method, String url, String token, Object body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (!headers.containsKey("Accept")) {
      request.header("Accept", "application/json");
    }
    headers.forEach(request::header);
    if (body != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(text(body)));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    if (!"GET".equals(method)) {
      writes.incrementAndGet();
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> answerHeaders = new java.util.HashMap<>();
      response
          .headers()
          .map()
          .forEach(
              (k, v) ->
                  answerHeaders.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
      return new Reply(method, url, response.statusCode(), response.body(), answerHeaders);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + url + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LocalStack.StackException("Interrupted during " + method + " " + url);
    }
  }

  private static String text(Object body) {
    if (body instanceof String s) {
      return s;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
