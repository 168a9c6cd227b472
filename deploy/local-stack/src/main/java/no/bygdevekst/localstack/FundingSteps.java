package no.bygdevekst.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.bygdevekst.platform.testing.DevTokens;

/**
 * The scenario's calls to funding-service: the year's appropriation, the grant, the allocations per
 * measure and a partial payout. Each is looked for first and made only when missing; every money
 * command also carries a stable {@code Idempotency-Key}, so that a retry after a lost answer
 * replays the first one instead of moving money twice.
 */
final class FundingSteps {
  private final Api api;
  private final String base;
  private final String agreementId;

  FundingSteps(StackConfig config, Api api, String agreementId) {
    this.api = api;
    this.base = config.url("funding") + "/api/v1";
    this.agreementId = agreementId;
  }

  /** The funding view for the year, or null while funding-service has no approved plan (404). */
  JsonNode view(int year) {
    Api.Reply reply =
        api.get(base + "/agreements/" + agreementId + "/funding?year=" + year, DevTokens.reader());
    if (reply.status() == 404) {
      return null;
    }
    return reply.expect("read the funding view", 200).json();
  }

  JsonNode grant(String grantId) {
    return api.get(base + "/grants/" + grantId, DevTokens.reader())
        .expect("read the grant", 200)
        .json();
  }

  /** The appropriation of the year with this budget decision, recorded if missing. */
  String appropriation(JsonNode wanted) {
    int year = wanted.path("year").asInt();
    String reference = wanted.path("budgetDecisionReference").asText();
    JsonNode page =
        api.get(base + "/appropriations?year=" + year + "&size=100", DevTokens.reader())
            .expect("list appropriations", 200)
            .json();
    for (JsonNode a : page.path("items")) {
      if (reference.equals(a.path("budgetDecisionReference").asText())) {
        return a.path("id").asText();
      }
    }
    String id =
        api.post(base + "/appropriations", DevTokens.kdd(), wanted, key("appropriation-" + year))
            .expect("record the " + year + " appropriation", 201, 200)
            .json()
            .path("id")
            .asText();
    LocalStack.say(
        "  KDD records the %d appropriation: %s", year, nok(wanted.path("amountOre").asLong()));
    return id;
  }

  /** The agreement's grant for the year, awarded if missing. */
  String grant(int year, String appropriationId, JsonNode wanted) {
    JsonNode page =
        api.get(base + "/grants?agreementId=" + agreementId + "&year=" + year, DevTokens.reader())
            .expect("list grants", 200)
            .json();
    if (page.path("items").size() > 0) {
      return page.path("items").get(0).path("id").asText();
    }
    ObjectNode award = Api.JSON.createObjectNode();
    award.put("agreementId", agreementId);
    award.put("year", year);
    award.put("appropriationId", appropriationId);
    award.set("amountOre", wanted.path("amountOre"));
    award.set("conditions", wanted.path("conditions"));
    String id =
        api.post(base + "/grants", DevTokens.kdd(), award, key("grant-" + year))
            .expect("award the " + year + " grant", 201, 200)
            .json()
            .path("id")
            .asText();
    LocalStack.say("  KDD awards a grant of %s", nok(wanted.path("amountOre").asLong()));
    return id;
  }

  /**
   * Allocates grant money and own resources to each measure that has no allocation yet.
   *
   * @param plan the approved plan, for the measures' ids by title
   */
  void allocate(String grantId, JsonNode plan, JsonNode allocations) {
    Set<String> allocated = new HashSet<>();
    for (JsonNode subGoal : grant(grantId).path("subGoals")) {
      subGoal.path("allocations").forEach(a -> allocated.add(a.path("measureId").asText()));
    }
    String municipality = allocations.path("by").asText();
    for (JsonNode line : allocations.path("lines")) {
      String title = line.path("measure").asText();
      JsonNode measure = PlanSteps.measure(plan, title);
      if (measure == null) {
        throw new LocalStack.StackException("The approved plan has no measure " + title);
      }
      String measureId = measure.path("measureId").asText();
      if (allocated.contains(measureId)) {
        continue;
      }
      ObjectNode body = Api.JSON.createObjectNode();
      body.set("subGoalNumber", measure.path("subGoalNumber"));
      body.put("measureId", measureId);
      body.set("grantAmountOre", line.path("grantAmountOre"));
      body.set("ownResourcesOre", line.path("ownResourcesOre"));
      body.set("note", allocations.path("note"));
      api.post(
              base + "/grants/" + grantId + "/allocations",
              DevTokens.municipality(municipality),
              body,
              key("allocation-" + measureId))
          .expect("allocate to " + title, 201, 200);
      LocalStack.say(
          "  %s allocates %s + %s own resources to %s",
          municipality,
          nok(line.path("grantAmountOre").asLong()),
          nok(line.path("ownResourcesOre").asLong()),
          title);
    }
  }

  /**
   * Records the payout unless the grant has one with its reference; returns when it was answered
   * ({@link System#nanoTime()}), or null when it was there already.
   */
  Long disburse(String grantId, JsonNode payout) {
    String reference = payout.path("reference").asText();
    for (JsonNode d : grant(grantId).path("disbursements")) {
      if (reference.equals(d.path("reference").asText())) {
        return null;
      }
    }
    ObjectNode body = payout.deepCopy();
    body.put("final", false);
    api.post(
            base + "/grants/" + grantId + "/disbursements",
            DevTokens.kdd(),
            body,
            key("payout-" + reference))
        .expect("record the payout " + reference, 201, 200);
    long answered = System.nanoTime();
    LocalStack.say("  KDD records the partial payout %s", reference);
    return answered;
  }

  private Map<String, String> key(String what) {
    // Keys are printable ASCII without spaces.
    String safe = (agreementId + "-" + what).replaceAll("[^A-Za-z0-9._/-]", "_");
    return Map.of("Idempotency-Key", "scenario-" + safe);
  }

  static String nok(long ore) {
    return String.format(java.util.Locale.ROOT, "%,d kr", ore / 100).replace(',', ' ');
  }
}
