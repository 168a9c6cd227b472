package no.bygdevekst.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The data the benchmark measures, created through the services' APIs as their users would:
 * agreements shaped like the Vestre Varanger reference agreement (six sub-goals, four partners,
 * commitments), each with its own four municipalities so that they never overlap; yearly plans with
 * measures, the partners' consents, submission and approval; result targets with values;
 * appropriations, grants and allocations.
 */
final class Fixtures {
  static final int[] YEARS = {2024, 2025, 2026, 2027};
  private static final String[] REFERENCE_MUNICIPALITIES = {"5636", "5628", "5630", "5632"};

  private final Api api;
  private final String template;
  private final Map<Integer, List<String>> subGoalPartners = new LinkedHashMap<>();
  private final AtomicInteger nextMunicipality = new AtomicInteger(1000);
  private final Map<Integer, String> appropriations = new LinkedHashMap<>();

  record Agreement(String id, List<String> municipalities) {
    String lead() {
      return municipalities.get(0);
    }
  }

  record Measure(String measureId, int subGoal, long grantRequestedOre) {}

  record Plan(Agreement agreement, int year, String id, List<Measure> measures) {}

  Fixtures(Api api, Path root) throws IOException {
    this.api = api;
    this.template =
        Files.readString(root.resolve("deploy/reference-data/vestre-varanger-agreement.json"));
    for (JsonNode goal : Api.JSON.readTree(template).path("subGoals")) {
      List<String> partners = new ArrayList<>();
      goal.path("partners").forEach(p -> partners.add(p.asText()));
      subGoalPartners.put(goal.path("number").asInt(), partners);
    }
  }

  Api api() {
    return api;
  }

  int subGoalCount() {
    return subGoalPartners.size();
  }

  /** The reference agreement itself, with its real municipalities. */
  Agreement referenceAgreement() {
    return register(template, List.of(REFERENCE_MUNICIPALITIES));
  }

  /** An agreement like the reference one, for four municipality numbers of its own. */
  Agreement agreement(String title) {
    List<String> municipalities = new ArrayList<>();
    String body = template;
    for (String old : REFERENCE_MUNICIPALITIES) {
      String number = Integer.toString(nextMunicipality.getAndIncrement());
      municipalities.add(number);
      body = body.replace("\"" + old + "\"", "\"" + number + "\"");
    }
    try {
      ObjectNode json = (ObjectNode) Api.JSON.readTree(body);
      json.put("title", title);
      json.put("pilotArea", title);
      return register(json.toString(), municipalities);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Agreement register(String body, List<String> municipalities) {
    String id =
        api.require(201, "POST", "agreement", "/api/v1/agreements", api.kdd(), body)
            .json()
            .path("id")
            .asText();
    String path = "/api/v1/agreements/" + id + "/signatures";
    for (String m : municipalities) {
      api.require(200, "POST", "agreement", path, api.municipality(m), signature(m));
    }
    api.require(200, "POST", "agreement", path, api.kdd(), signature("KDD"));
    return new Agreement(id, municipalities);
  }

  private static ObjectNode signature(String party) {
    return Api.object()
        .put("partyId", party)
        .put("politicalDecisionDate", "2023-12-14")
        .put("signedBy", "Ordfører");
  }

  /** Starts the plan for a year, once action plan service has heard of the signed agreement. */
  Plan startPlan(Agreement a, int year) {
    String id =
        api.eventually(
                201,
                "POST",
                "actionplan",
                "/api/v1/agreements/" + a.id() + "/action-plans",
                api.municipality(a.lead()),
                Api.object().put("year", year))
            .json()
            .path("id")
            .asText();
    return new Plan(a, year, id, new ArrayList<>());
  }

  /** The body of the n-th measure: sub-goals in turn, the sub-goal's partners, its indicator. */
  ObjectNode measureBody(Agreement a, int n) {
    int subGoal = 1 + n % subGoalPartners.size();
    ArrayNode partners = Api.array();
    subGoalPartners.get(subGoal).forEach(partners::add);
    ObjectNode body =
        Api.object()
            .put("subGoalNumber", subGoal)
            .put("title", "Tiltak " + (n + 1) + " under delmål " + subGoal)
            .put(
                "description",
                "Et tiltak i handlingsplanen, med ansvarlig kommune, samarbeidsparter og budsjett.")
            .put("responsibleParty", a.lead())
            .put("grantRequestedOre", 100_000_000L)
            .put("ownResourcesOre", 25_000_000L);
    body.set("partners", partners);
    body.set("resultTargets", Api.array().add(indicatorName(subGoal)));
    return body;
  }

  static String indicatorName(int subGoal) {
    return "Resultatmål for delmål " + subGoal;
  }

  Measure addMeasure(Plan plan, int n) {
    ObjectNode body = measureBody(plan.agreement(), n);
    JsonNode created =
        api.require(
                201,
                "POST",
                "actionplan",
                "/api/v1/action-plans/" + plan.id() + "/measures",
                api.municipality(plan.agreement().lead()),
                body)
            .json();
    Measure m =
        new Measure(
            created.path("measureId").asText(),
            body.path("subGoalNumber").asInt(),
            body.path("grantRequestedOre").asLong());
    plan.measures().add(m);
    return m;
  }

  /** Every partner consents to the sub-goals it is named under that have measures; then submit. */
  void consentAndSubmit(Plan plan) {
    Set<Integer> withMeasures = new TreeSet<>();
    plan.measures().forEach(m -> withMeasures.add(m.subGoal()));
    Map<String, Set<Integer>> byPartner = new LinkedHashMap<>();
    for (int goal : withMeasures) {
      for (String org : subGoalPartners.get(goal)) {
        byPartner.computeIfAbsent(org, k -> new LinkedHashSet<>()).add(goal);
      }
    }
    byPartner.forEach(
        (org, goals) -> {
          ArrayNode numbers = Api.array();
          goals.forEach(numbers::add);
          ObjectNode body = Api.object().put("decision", "CONSENT");
          body.set("subGoalNumbers", numbers);
          api.require(
              200,
              "POST",
              "actionplan",
              "/api/v1/action-plans/" + plan.id() + "/consents",
              api.partner(org),
              body);
        });
    api.require(
        200,
        "POST",
        "actionplan",
        "/api/v1/action-plans/" + plan.id() + "/submission",
        api.municipality(plan.agreement().lead()),
        null);
  }

  Api.Response approve(Plan plan) {
    return api.require(
        200,
        "POST",
        "actionplan",
        "/api/v1/action-plans/" + plan.id() + "/approval",
        api.kdd(),
        null);
  }

  /** A plan for the year with {@code measures} measures, consented, submitted and approved. */
  Plan approvedPlan(Agreement a, int year, int measures) {
    Plan plan = startPlan(a, year);
    for (int n = 0; n < measures; n++) {
      addMeasure(plan, n);
    }
    consentAndSubmit(plan);
    approve(plan);
    return plan;
  }

  /** One appropriation per year, far larger than all the grants the benchmark awards. */
  synchronized String appropriation(int year) {
    return appropriations.computeIfAbsent(
        year,
        y ->
            api.require(
                    201,
                    "POST",
                    "funding",
                    "/api/v1/appropriations",
                    api.kdd(),
                    Api.object()
                        .put("year", y)
                        .put("amountOre", 1_000_000_000_000_000L)
                        .put("budgetDecisionReference", "Prop. 1 S, kap. 553 post 65 (benchmark)"),
                    Api.idempotencyKey())
                .json()
                .path("id")
                .asText());
  }

  /** Awards the year's grant once funding service has the approved plan. */
  String award(Plan plan, long amountOre) {
    String appropriation = appropriation(plan.year());
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      Api.Response r =
          api.send(
              "POST",
              "funding",
              "/api/v1/grants",
              api.kdd(),
              Api.object()
                  .put("agreementId", plan.agreement().id())
                  .put("year", plan.year())
                  .put("appropriationId", appropriation)
                  .put("amountOre", amountOre)
                  .put("conditions", "Etter godkjent handlingsplan " + plan.year()),
              Api.idempotencyKey());
      if (r.status() == 201) {
        return r.json().path("id").asText();
      }
      if (r.status() != 409 || System.nanoTime() > deadline) {
        throw new IllegalStateException("award: HTTP " + r.status() + " " + r.body());
      }
      Api.sleep(50);
    }
  }

  ObjectNode allocationBody(int subGoal, String measureId, long grantOre, long ownOre) {
    ObjectNode body =
        Api.object()
            .put("subGoalNumber", subGoal)
            .put("grantAmountOre", grantOre)
            .put("ownResourcesOre", ownOre);
    if (measureId != null) {
      body.put("measureId", measureId);
    }
    return body;
  }

  Api.Response allocate(Plan plan, String grantId, ObjectNode body) {
    return api.send(
        "POST",
        "funding",
        "/api/v1/grants/" + grantId + "/allocations",
        api.municipality(plan.agreement().lead()),
        body,
        Api.idempotencyKey());
  }

  /** One result target per sub-goal, named as the measures name them, with values for years. */
  void indicators(Agreement a, int... measuredYears) {
    String token = api.municipality(a.lead());
    for (int goal : subGoalPartners.keySet()) {
      ObjectNode body =
          Api.object()
              .put("subGoalNumber", goal)
              .put("name", indicatorName(goal))
              .put("unit", "antall")
              .put("measureType", "UNIT")
              .put("ascending", true)
              .put("source", "Kommunenes registre");
      body.set("baseline", Api.object().put("value", 10).put("year", 2023));
      ArrayNode targets = Api.array();
      targets.add(Api.object().put("year", 2025).put("value", 20));
      targets.add(Api.object().put("year", 2027).put("value", 30));
      body.set("targets", targets);
      String id =
          api.eventually(
                  201,
                  "POST",
                  "evaluation",
                  "/api/v1/agreements/" + a.id() + "/indicators",
                  token,
                  body)
              .json()
              .path("id")
              .asText();
      for (int year : measuredYears) {
        api.require(
            201,
            "POST",
            "evaluation",
            "/api/v1/indicators/" + id + "/measurements",
            token,
            Api.object()
                .put("year", year)
                .put("value", Integer.toString(10 + goal + 3 * (year - 2023)))
                .put("source", "Kommunenes registre"));
      }
    }
  }
}
