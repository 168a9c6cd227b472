package no.bygdevekst.actionplan;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.platform.testing.DevTokens;

/** Calls of the API as each role would make them, with real tokens. */
final class Api {
  private Api() {}

  static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  static String municipality(String number) {
    return DevTokens.municipality(number);
  }

  static String tana() {
    return DevTokens.municipality(AgreementFixture.TANA);
  }

  static String partner(String org) {
    return DevTokens.partner(org);
  }

  static String reader() {
    return DevTokens.reader();
  }

  static String kdd() {
    return DevTokens.kdd();
  }

  static UUID startPlan(AgreementFixture agreement, int year) {
    String id =
        as(tana())
            .body(Map.of("year", year))
            .post("/api/v1/agreements/{a}/action-plans", agreement.id)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  static Map<String, Object> measure(
      int subGoal,
      String title,
      String responsible,
      List<String> partners,
      long grantOre,
      long ownOre,
      List<String> targets) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subGoalNumber", subGoal);
    body.put("title", title);
    body.put("description", "Beskrivelse av " + title);
    body.put("responsibleParty", responsible);
    body.put("partners", partners);
    body.put("grantRequestedOre", grantOre);
    body.put("ownResourcesOre", ownOre);
    body.put("resultTargets", targets);
    return body;
  }

  static UUID addMeasure(UUID plan, Map<String, Object> body) {
    String id =
        as(tana())
            .body(body)
            .post("/api/v1/action-plans/{id}/measures", plan)
            .then()
            .statusCode(201)
            .extract()
            .path("measureId");
    return UUID.fromString(id);
  }

  static ValidatableResponse consent(UUID plan, String org, Integer... subGoals) {
    return as(partner(org))
        .body(Map.of("subGoalNumbers", List.of(subGoals), "decision", "CONSENT"))
        .post("/api/v1/action-plans/{id}/consents", plan)
        .then();
  }

  static ValidatableResponse submit(UUID plan) {
    return as(tana()).post("/api/v1/action-plans/{id}/submission", plan).then();
  }

  static ValidatableResponse approve(UUID plan) {
    return as(kdd()).post("/api/v1/action-plans/{id}/approval", plan).then();
  }

  static ValidatableResponse plan(UUID plan) {
    return as(kdd()).get("/api/v1/action-plans/{id}", plan).then().statusCode(200);
  }

  /** The ETag of a measure, as sent back in If-Match. */
  static String measureTag(UUID plan, UUID measure) {
    return as(tana())
        .get("/api/v1/action-plans/{id}/measures/{m}", plan, measure)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /** A plan for 2025 with one measure under sub-goal 1, which both its partners consented to. */
  static UUID consentedPlan(AgreementFixture agreement) {
    UUID plan = startPlan(agreement, 2025);
    addCoordinatorMeasure(plan);
    consent(plan, AgreementFixture.HUSBANKEN, 1).statusCode(200);
    consent(plan, AgreementFixture.FYLKESKOMMUNE, 1).statusCode(200);
    return plan;
  }

  /** Adds the measure Felles boligkoordinator under sub-goal 1, with Husbanken as its partner. */
  static UUID addCoordinatorMeasure(UUID plan) {
    return addMeasure(
        plan,
        measure(
            1,
            "Felles boligkoordinator",
            AgreementFixture.TANA,
            List.of(AgreementFixture.HUSBANKEN),
            100_000_000L,
            25_000_000L,
            List.of("Nye boliger ferdigstilt")));
  }
}
