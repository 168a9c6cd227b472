package no.bygdevekst.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import no.bygdevekst.platform.testing.DevTokens;

/**
 * Registers the Vestre Varanger agreement from {@code deploy/reference-data} unless it is there,
 * and signs it for each principal party that has not signed, each with its own token: a newcomer
 * sees a real, active agreement at once. Running it again changes nothing.
 */
final class ReferenceData {
  static final String AGREEMENT = "deploy/reference-data/vestre-varanger-agreement.json";
  static final String SIGNATURES = "deploy/reference-data/vestre-varanger-signatures.json";

  private final StackConfig config;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  ReferenceData(StackConfig config, HttpClient http) {
    this.config = config;
    this.http = http;
  }

  void load() throws IOException, InterruptedException {
    Path file = config.root().resolve(AGREEMENT);
    JsonNode reference = json.readTree(file.toFile());
    String base = config.url("agreement") + "/api/v1/agreements";
    String id = find(base, reference.path("title").asText());
    if (id == null) {
      HttpResponse<String> created = send("POST", base, DevTokens.kdd(), Files.readString(file));
      require(created, 201, "register the reference agreement");
      id = json.readTree(created.body()).path("id").asText();
      LocalStack.say(
          "Registered the reference agreement %s (%s)", reference.path("title").asText(), id);
    }
    JsonNode agreement =
        json.readTree(
            require(send("GET", base + "/" + id, DevTokens.kdd(), null), 200, "read it").body());
    Set<String> signed = new HashSet<>();
    agreement.path("signatures").forEach(s -> signed.add(s.path("partyId").asText()));
    for (JsonNode signature : json.readTree(config.root().resolve(SIGNATURES).toFile())) {
      String party = signature.path("partyId").asText();
      if (signed.contains(party)) {
        continue;
      }
      String token = "KDD".equals(party) ? DevTokens.kdd() : DevTokens.municipality(party);
      ObjectNode body = signature.deepCopy();
      require(
          send("POST", base + "/" + id + "/signatures", token, body.toString()),
          200,
          "sign for " + party);
      LocalStack.say("Signed for party %s", party);
    }
    JsonNode after = json.readTree(send("GET", base + "/" + id, DevTokens.kdd(), null).body());
    LocalStack.say("Reference agreement %s is %s", id, after.path("status").asText());
  }

  private String find(String base, String title) throws IOException, InterruptedException {
    HttpResponse<String> list =
        require(send("GET", base + "?size=200", DevTokens.kdd(), null), 200, "list agreements");
    for (JsonNode item : json.readTree(list.body()).path("items")) {
      if (title.equals(item.path("title").asText())) {
        return item.path("id").asText();
      }
    }
    return null;
  }

  private HttpResponse<String> send(String method, String url, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> require(
      HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new LocalStack.StackException(
          "Could not " + what + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return response;
  }
}
