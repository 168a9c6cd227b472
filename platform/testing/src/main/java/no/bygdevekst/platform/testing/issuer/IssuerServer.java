package no.bygdevekst.platform.testing.issuer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves one or more {@link TestIssuer}s on 127.0.0.1, each under its name: {@code GET /<name>/jwk}
 * (or {@code /jwks.json}) is its JWKS, {@code POST /<name>/token} mints a token of its shape from
 * form fields, as a token endpoint answers ({@code access_token}, {@code token_type}, {@code
 * expires_in}). It asks for no client authentication: it exists for tests and a developer's machine
 * only.
 *
 * <p>Maskinporten-shaped: {@code scope} (default {@code kdd:bygdevekst.read}), {@code consumer} (an
 * organisation number), optionally {@code supplier}. Person-shaped: {@code sub}, {@code pid}. Both
 * take {@code expires_in} in seconds.
 */
public final class IssuerServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger jwksRequests = new AtomicInteger();

  private IssuerServer(HttpServer server) {
    this.server = server;
  }

  /** Starts serving the issuers on {@code port} (0: a free one). */
  public static IssuerServer start(int port, List<TestIssuer> issuers, long tokenLifetimeSeconds) {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      IssuerServer server = new IssuerServer(http);
      String base = "http://127.0.0.1:" + http.getAddress().getPort();
      for (TestIssuer issuer : issuers) {
        issuer.mountAt(base);
        http.createContext(
            issuer.jwksPath(),
            exchange -> {
              server.jwksRequests.incrementAndGet();
              respond(exchange, 200, issuer.jwks());
            });
        http.createContext(
            issuer.tokenPath(), exchange -> server.token(exchange, issuer, tokenLifetimeSeconds));
      }
      http.setExecutor(Executors.newFixedThreadPool(2, daemon()));
      http.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the token issuer on port " + port, e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** How many times a JWKS was fetched, by anyone. */
  public int jwksRequests() {
    return jwksRequests.get();
  }

  private void token(HttpExchange exchange, TestIssuer issuer, long defaultLifetime)
      throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      respond(exchange, 405, "{\"error\":\"invalid_request\",\"error_description\":\"POST only\"}");
      return;
    }
    Map<String, String> form =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    try {
      long lifetime =
          form.containsKey("expires_in") ? Long.parseLong(form.get("expires_in")) : defaultLifetime;
      String token = issuer.mint(form, lifetime);
      respond(
          exchange,
          200,
          "{\"access_token\":\""
              + token
              + "\",\"token_type\":\"Bearer\",\"expires_in\":"
              + lifetime
              + (form.containsKey("scope") ? ",\"scope\":\"" + form.get("scope") + "\"" : "")
              + "}");
    } catch (IllegalArgumentException e) {
      respond(
          exchange,
          400,
          "{\"error\":\"invalid_request\",\"error_description\":\""
              + e.getMessage().replace("\"", "'")
              + "\"}");
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      fields.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return fields;
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (var out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "token-issuer");
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
