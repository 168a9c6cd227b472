package no.bygdevekst.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import no.bygdevekst.platform.testing.DevTokens;

/**
 * The scenario's calls to evaluation-service: result targets (indicators) with a measured value
 * each, the status report, its publication, and the attainment the public sees. Each write is made
 * only when missing.
 */
final class EvaluationSteps {
  private final Api api;
  private final String base;
  private final String agreementId;

  EvaluationSteps(StackConfig config, Api api, String agreementId) {
    this.api = api;
    this.base = config.url("evaluation") + "/api/v1";
    this.agreementId = agreementId;
  }

  /** Attainment for the year, or null while evaluation-service has not heard of the agreement. */
  JsonNode attainment(int year) {
    Api.Reply reply =
        api.get(base + "/agreements/" + agreementId + "/attainment?year=" + year, DevTokens.kdd());
    if (reply.status() == 404) {
      return null;
    }
    return reply.expect("read the attainment", 200).json();
  }

  JsonNode statusReport(int year) {
    return api.get(
            base + "/agreements/" + agreementId + "/reports/status?year=" + year, DevTokens.kdd())
        .expect("read the status report", 200)
        .json();
  }

  String statusReportCsv(int year) {
    return api.get(
            base + "/agreements/" + agreementId + "/reports/status?year=" + year,
            DevTokens.kdd(),
            "text/csv")
        .expect("read the status report as CSV", 200)
        .text();
  }

  /**
   * Defines each indicator not defined yet, and records its measurement unless the year has one.
   */
  void enterIndicators(JsonNode indicators) {
    String token = DevTokens.municipality(indicators.path("by").asText());
    Map<String, String> existing = new HashMap<>();
    JsonNode page =
        api.get(base + "/agreements/" + agreementId + "/indicators?size=100", DevTokens.kdd())
            .expect("list indicators", 200)
            .json();
    for (JsonNode i : page.path("items")) {
      existing.put(
          i.path("subGoalNumber").asInt() + "/" + i.path("name").asText(), i.path("id").asText());
    }
    for (JsonNode wanted : indicators.path("items")) {
      String name = wanted.path("name").asText();
      String id = existing.get(wanted.path("subGoalNumber").asInt() + "/" + name);
      if (id == null) {
        ObjectNode definition = wanted.deepCopy();
        definition.remove("measurement");
        id =
            api.post(base + "/agreements/" + agreementId + "/indicators", token, definition)
                .expect("define the indicator " + name, 201)
                .json()
                .path("id")
                .asText();
        LocalStack.say(
            "  result target under sub-goal %d: %s", wanted.path("subGoalNumber").asInt(), name);
      }
      JsonNode measurement = wanted.path("measurement");
      if (!hasValue(id, measurement.path("year").asInt())) {
        api.post(base + "/indicators/" + id + "/measurements", token, measurement)
            .expect("record a value of " + name, 201);
        LocalStack.say(
            "    %d: %s",
            measurement.path("year").asInt(),
            measurement.has("value")
                ? measurement.path("value").asText()
                : measurement.path("assessment").asText());
      }
    }
  }

  /** Publishes the year's status report unless one is published; true if it published now. */
  boolean publishStatus(int year) {
    JsonNode published =
        api.get(base + "/agreements/" + agreementId + "/reports/publications", DevTokens.kdd())
            .expect("list publications", 200)
            .json();
    for (JsonNode p : published) {
      if ("STATUS".equals(p.path("kind").asText()) && p.path("year").asInt() == year) {
        return false;
      }
    }
    api.post(
            base + "/agreements/" + agreementId + "/reports/status/publication?year=" + year,
            DevTokens.kdd(),
            null)
        .expect("publish the " + year + " status report", 201);
    LocalStack.say("  KDD publishes the %d status report", year);
    return true;
  }

  /** What the portal sees (no token): the answer, 404 while nothing is published. */
  Api.Reply publicAttainment() {
    return api.get(base + "/public/agreements/" + agreementId + "/attainment", null);
  }

  private boolean hasValue(String indicatorId, int year) {
    JsonNode indicator =
        api.get(base + "/indicators/" + indicatorId, DevTokens.kdd())
            .expect("read an indicator", 200)
            .json();
    for (JsonNode m : indicator.path("measurements")) {
      if (m.path("year").asInt() == year && m.path("current").asBoolean()) {
        return true;
      }
    }
    return false;
  }
}
