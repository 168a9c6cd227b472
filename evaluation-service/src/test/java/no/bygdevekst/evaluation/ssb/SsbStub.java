package no.bygdevekst.evaluation.ssb;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for SSB's statistics API: a JDK HTTP server on a free port that answers every
 * POST to the table's path with the sample JSON-stat2 answer shipped with the tests ({@code
 * ssb/07459-sample.json}: made-up values, not real statistics), and keeps the queries it received.
 * The service's SSB client is pointed at it, so the real HTTP and parsing code runs.
 */
public class SsbStub implements QuarkusTestResourceLifecycleManager {
  static final String PATH = "/api/v0/no/table/07459";
  static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();

  private HttpServer server;

  /** A query the stub received. */
  public record Request(String method, String contentType, String body) {}

  @Override
  public Map<String, String> start() {
    try {
      byte[] sample;
      try (InputStream in = SsbStub.class.getResourceAsStream("/ssb/07459-sample.json")) {
        sample = in.readAllBytes();
      }
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          PATH,
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            REQUESTS.add(
                new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body));
            boolean post = "POST".equals(exchange.getRequestMethod());
            byte[] answer =
                post ? sample : "{\"error\":\"POST a query\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(post ? 200 : 405, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(answer);
            }
          });
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("The SSB stub could not start", e);
    }
    return Map.of(
        "quarkus.rest-client.ssb-07459.url",
        "http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
