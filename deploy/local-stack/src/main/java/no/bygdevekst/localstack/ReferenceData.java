package no.bygdevekst.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private static final int PAGE_SIZE = 200;

  /**
   * The agreement as loaded.
   *
   * @param lastWriteNanos {@link System#nanoTime()} when its last registration or signature was
   *     answered, or null when it was all there already
   */
  record Loaded(String agreementId, String status, Long lastWriteNanos) {}

  private final StackConfig config;
  private final Api api;

  ReferenceData(StackConfig config, Api api) {
    this.config = config;
    this.api = api;
  }

  Loaded load() throws IOException {
    Path file = config.root().resolve(AGREEMENT);
    JsonNode reference = Api.JSON.readTree(file.toFile());
    String base = config.url("agreement") + "/api/v1/agreements";
    Long lastWrite = null;
    String id = find(base, reference);
    if (id == null) {
      id =
          api.post(base, DevTokens.kdd(), Files.readString(file))
              .expect("register the reference agreement", 201)
              .json()
              .path("id")
              .asText();
      lastWrite = System.nanoTime();
      LocalStack.say(
          "Registered the reference agreement %s (%s)", reference.path("title").asText(), id);
    }
    JsonNode agreement = api.get(base + "/" + id, DevTokens.kdd()).expect("read it", 200).json();
    Set<String> signed = new HashSet<>();
    agreement.path("signatures").forEach(s -> signed.add(s.path("partyId").asText()));
    for (JsonNode signature : Api.JSON.readTree(config.root().resolve(SIGNATURES).toFile())) {
      String party = signature.path("partyId").asText();
      if (signed.contains(party)) {
        continue;
      }
      String token = "KDD".equals(party) ? DevTokens.kdd() : DevTokens.municipality(party);
      api.post(base + "/" + id + "/signatures", token, signature).expect("sign for " + party, 200);
      lastWrite = System.nanoTime();
      LocalStack.say("Signed for party %s", party);
    }
    String status =
        api.get(base + "/" + id, DevTokens.kdd())
            .expect("read it", 200)
            .json()
            .path("status")
            .asText();
    LocalStack.say("Reference agreement %s is %s", id, status);
    return new Loaded(id, status, lastWrite);
  }

  /**
   * The id of the reference agreement if it is registered: an agreement of the same title among
   * those of its first municipality, on every page of them. A municipality takes part in one open
   * agreement at a time, so there are few, however many agreements the stack holds.
   */
  private String find(String base, JsonNode reference) {
    String title = reference.path("title").asText();
    String query = "?size=" + PAGE_SIZE;
    for (JsonNode party : reference.path("principalParties")) {
      if ("MUNICIPALITY".equals(party.path("kind").asText())) {
        query += "&municipality=" + party.path("partyId").asText();
        break;
      }
    }
    int pages = 1;
    for (int page = 0; page < pages; page++) {
      JsonNode list =
          api.get(base + query + "&page=" + page, DevTokens.kdd())
              .expect("list the agreements", 200)
              .json();
      for (JsonNode item : list.path("items")) {
        if (title.equals(item.path("title").asText())) {
          return item.path("id").asText();
        }
      }
      pages = list.path("totalPages").asInt(0);
    }
    return null;
  }
}
