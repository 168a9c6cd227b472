package no.bygdevekst.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.bygdevekst.platform.testing.DevTokens;

/**
 * The scenario's calls to actionplan-service: a plan revision is started, filled with measures,
 * consented to by each named partner, submitted and approved. Each call is made only if the plan
 * has not got that far yet.
 */
final class PlanSteps {
  private final Api api;
  private final String base;
  private final String agreementId;

  PlanSteps(StackConfig config, Api api, String agreementId) {
    this.api = api;
    this.base = config.url("actionplan") + "/api/v1";
    this.agreementId = agreementId;
  }

  /** The revision of the agreement's plan for the year, as a summary, or null. */
  JsonNode find(int year, int revision) {
    JsonNode page =
        api.get(
                base + "/agreements/" + agreementId + "/action-plans?year=" + year + "&size=100",
                DevTokens.reader())
            .expect("list the action plans", 200)
            .json();
    for (JsonNode plan : page.path("items")) {
      if (plan.path("revision").asInt() == revision) {
        return plan;
      }
    }
    return null;
  }

  JsonNode view(String planId) {
    return api.get(base + "/action-plans/" + planId, DevTokens.reader())
        .expect("read plan " + planId, 200)
        .json();
  }

  /**
   * Tries to start the plan for a year: 201 once actionplan-service knows the agreement as signed,
   * 404 or 409 before (the caller tries again).
   */
  Api.Reply tryStart(int year, String municipality) {
    Api.Reply reply =
        api.post(
            base + "/agreements/" + agreementId + "/action-plans",
            DevTokens.municipality(municipality),
            Map.of("year", year));
    if (reply.status() == 201) {
      LocalStack.say("  %s starts the %d action plan", municipality, year);
    } else {
      reply.expect("start the " + year + " action plan", 404, 409);
    }
    return reply;
  }

  /** Adds each measure whose title the plan does not have yet, as its responsible party. */
  void addMissingMeasures(String planId, JsonNode measures) {
    Set<String> present = titles(view(planId));
    for (JsonNode measure : measures) {
      String title = measure.path("title").asText();
      if (present.contains(title)) {
        continue;
      }
      String party = measure.path("responsibleParty").asText();
      api.post(base + "/action-plans/" + planId + "/measures", tokenOf(party), measure)
          .expect("add the measure " + title, 201);
      LocalStack.say(
          "  measure under sub-goal %d: %s", measure.path("subGoalNumber").asInt(), title);
    }
  }

  /** Removes the measure with this title, if the plan still has it. */
  void removeMeasure(String planId, String title, String municipality) {
    JsonNode measure = measure(view(planId), title);
    if (measure == null) {
      return;
    }
    String url =
        base + "/action-plans/" + planId + "/measures/" + measure.path("measureId").asText();
    String etag = api.get(url, DevTokens.reader()).expect("read " + title, 200).header("etag");
    api.delete(url, DevTokens.municipality(municipality), Map.of("If-Match", etag))
        .expect("remove the measure " + title, 204);
    LocalStack.say("  removed the measure %s", title);
  }

  /** Replaces the fields given in {@code change} on the measure with its title, if they differ. */
  void changeMeasure(String planId, JsonNode change, String municipality) {
    String title = change.path("title").asText();
    JsonNode measure = measure(view(planId), title);
    if (measure == null) {
      throw new LocalStack.StackException("The plan has no measure " + title + " to change");
    }
    ObjectNode wanted = Api.JSON.createObjectNode();
    for (String field :
        List.of(
            "subGoalNumber",
            "title",
            "description",
            "responsibleParty",
            "partners",
            "grantRequestedOre",
            "ownResourcesOre",
            "resultTargets")) {
      wanted.set(field, change.has(field) ? change.get(field) : measure.get(field));
    }
    if (wanted.equals(project(measure, wanted))) {
      return;
    }
    String url =
        base + "/action-plans/" + planId + "/measures/" + measure.path("measureId").asText();
    String etag = api.get(url, DevTokens.reader()).expect("read " + title, 200).header("etag");
    api.put(url, DevTokens.municipality(municipality), wanted, Map.of("If-Match", etag))
        .expect("change the measure " + title, 200);
    LocalStack.say("  changed the measure %s: %s", title, change);
  }

  /** Each partner whose consent is missing consents, for all its sub-goals at once. */
  void consentWhereMissing(String planId) {
    Map<String, List<Integer>> missing = new TreeMap<>();
    for (JsonNode m : view(planId).path("readiness").path("missingConsents")) {
      missing
          .computeIfAbsent(m.path("organisationNumber").asText(), k -> new ArrayList<>())
          .add(m.path("subGoalNumber").asInt());
    }
    missing.forEach(
        (org, subGoals) -> {
          api.post(
                  base + "/action-plans/" + planId + "/consents",
                  DevTokens.partner(org),
                  Map.of("subGoalNumbers", subGoals, "decision", "CONSENT"))
              .expect("consent for " + org, 200);
          LocalStack.say("  partner %s consents to sub-goals %s", org, subGoals);
        });
  }

  void submit(String planId, String municipality) {
    api.post(
            base + "/action-plans/" + planId + "/submission",
            DevTokens.municipality(municipality),
            null)
        .expect("submit plan " + planId, 200);
    LocalStack.say("  submitted by %s", municipality);
  }

  /** Approves as KDD; returns when the approval was answered ({@link System#nanoTime()}). */
  long approve(String planId) {
    api.post(base + "/action-plans/" + planId + "/approval", DevTokens.kdd(), null)
        .expect("approve plan " + planId, 200);
    long answered = System.nanoTime();
    LocalStack.say("  approved by KDD");
    return answered;
  }

  /** Starts the next revision of an approved plan; returns the new draft's id. */
  String revise(String planId, String municipality) {
    return api.post(
            base + "/action-plans/" + planId + "/revisions",
            DevTokens.municipality(municipality),
            null)
        .expect("start a revision of " + planId, 201)
        .json()
        .path("id")
        .asText();
  }

  /** The approved plans the public sees (no token). */
  JsonNode publicPlans() {
    return api.get(base + "/public/agreements/" + agreementId + "/action-plans", null)
        .expect("read the public action plans", 200)
        .json();
  }

  static JsonNode measure(JsonNode plan, String title) {
    for (JsonNode m : plan.path("measures")) {
      if (title.equals(m.path("title").asText())) {
        return m;
      }
    }
    return null;
  }

  private static Set<String> titles(JsonNode plan) {
    Set<String> titles = new java.util.HashSet<>();
    plan.path("measures").forEach(m -> titles.add(m.path("title").asText()));
    return titles;
  }

  private static ObjectNode project(JsonNode measure, ObjectNode like) {
    ObjectNode out = Api.JSON.createObjectNode();
    like.fieldNames().forEachRemaining(f -> out.set(f, measure.get(f)));
    return out;
  }

  private static String tokenOf(String party) {
    return "KDD".equals(party) ? DevTokens.kdd() : DevTokens.municipality(party);
  }
}
