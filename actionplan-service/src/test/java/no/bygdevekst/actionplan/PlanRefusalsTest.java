package no.bygdevekst.actionplan;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.actionplan.AgreementFixture.FYLKESKOMMUNE;
import static no.bygdevekst.actionplan.AgreementFixture.HUSBANKEN;
import static no.bygdevekst.actionplan.AgreementFixture.INNOVASJON_NORGE;
import static no.bygdevekst.actionplan.AgreementFixture.OTHER_MUNICIPALITY;
import static no.bygdevekst.actionplan.AgreementFixture.TANA;
import static no.bygdevekst.actionplan.Api.addMeasure;
import static no.bygdevekst.actionplan.Api.as;
import static no.bygdevekst.actionplan.Api.consent;
import static no.bygdevekst.actionplan.Api.kdd;
import static no.bygdevekst.actionplan.Api.measure;
import static no.bygdevekst.actionplan.Api.measureTag;
import static no.bygdevekst.actionplan.Api.municipality;
import static no.bygdevekst.actionplan.Api.partner;
import static no.bygdevekst.actionplan.Api.plan;
import static no.bygdevekst.actionplan.Api.tana;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

/** Every way starting, submitting, approving, returning and revising a plan is refused. */
@QuarkusTest
class PlanRefusalsTest {

  @Test
  void startingAPlanIsRefusedToTheWrongCallerAndOutsideTheAgreement() {
    AgreementFixture agreement = AgreementFixture.signed();
    String path = "/api/v1/agreements/{a}/action-plans";
    Map<String, Integer> year = Map.of("year", 2025);

    given()
        .contentType("application/json")
        .body(year)
        .post(path, agreement.id)
        .then()
        .statusCode(401);
    as(DevTokens.token("gone", "municipality", TANA, null, java.time.Duration.ofMinutes(-5)))
        .body(year)
        .post(path, agreement.id)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    as(kdd()).body(year).post(path, agreement.id).then().statusCode(403);
    as(partner(HUSBANKEN)).body(year).post(path, agreement.id).then().statusCode(403);
    as(Api.reader()).body(year).post(path, agreement.id).then().statusCode(403);
    as(municipality(OTHER_MUNICIPALITY))
        .body(year)
        .post(path, agreement.id)
        .then()
        .statusCode(403)
        .body("detail", containsString("5601 is not a principal party"));
    as(tana()).body(year).post(path, UUID.randomUUID()).then().statusCode(404);
    as(tana())
        .body(Map.of("year", 2030))
        .post(path, agreement.id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("year"))
        .body("errors[0].message", containsString("2024 to 2027"));
    as(tana()).body(Map.of()).post(path, agreement.id).then().statusCode(400);
    as(tana()).body("{\"year\": \"next\"}").post(path, agreement.id).then().statusCode(400);

    UUID plan = Api.startPlan(agreement, 2025);
    as(municipality(AgreementFixture.BATSFJORD))
        .body(year)
        .post(path, agreement.id)
        .then()
        .statusCode(409)
        .body("existingPlanId", equalTo(plan.toString()));

    AgreementFixture draft = AgreementFixture.registered();
    as(tana())
        .body(year)
        .post(path, draft.id)
        .then()
        .statusCode(409)
        .body("detail", containsString("is DRAFT"));
    agreement.conclude();
    as(tana())
        .body(Map.of("year", 2026))
        .post(path, agreement.id)
        .then()
        .statusCode(409)
        .body("detail", containsString("is CONCLUDED"));
    as(tana()).get("/api/v1/action-plans/{id}", UUID.randomUUID()).then().statusCode(404);
    as(tana()).get("/api/v1/action-plans/{id}/audit", UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void submissionNeedsMeasuresTheRightCallerAndEveryConsent() {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID plan = Api.startPlan(agreement, 2025);
    Api.submit(plan).statusCode(409).body("detail", containsString("has no measures"));

    addMeasure(
        plan, measure(1, "Boligkoordinator", TANA, List.of(HUSBANKEN), 1_000_000L, 0L, List.of()));
    consent(plan, HUSBANKEN, 1).statusCode(200);
    as(partner(FYLKESKOMMUNE))
        .body(Map.of("subGoalNumbers", List.of(1), "decision", "OBJECT", "comment", "For dyrt"))
        .post("/api/v1/action-plans/{id}/consents", plan)
        .then()
        .statusCode(200);
    Api.submit(plan)
        .statusCode(409)
        .body("missingConsents", hasSize(1))
        .body("missingConsents[0].subGoalNumber", equalTo(1))
        .body("missingConsents[0].organisationNumber", equalTo(FYLKESKOMMUNE))
        .body("objections[0].comment", equalTo("For dyrt"))
        .body("detail", containsString("1 objection"));
    consent(plan, FYLKESKOMMUNE, 1).statusCode(200);

    String submission = "/api/v1/action-plans/{id}/submission";
    as(kdd()).post(submission, plan).then().statusCode(403);
    as(partner(HUSBANKEN)).post(submission, plan).then().statusCode(403);
    as(municipality(OTHER_MUNICIPALITY)).post(submission, plan).then().statusCode(403);
    as(tana()).header("If-Match", "\"0\"").post(submission, plan).then().statusCode(412);

    as(kdd()).post("/api/v1/action-plans/{id}/approval", plan).then().statusCode(409);
    as(kdd())
        .body(Map.of("reason", "Nei"))
        .post("/api/v1/action-plans/{id}/return", plan)
        .then()
        .statusCode(409);

    Api.submit(plan).statusCode(200);
    Api.submit(plan).statusCode(409).body("detail", containsString("is SUBMITTED"));
    // A submitted plan does not change.
    as(tana())
        .body(measure(1, "Sent", TANA, List.of(), 0L, 0L, List.of()))
        .post("/api/v1/action-plans/{id}/measures", plan)
        .then()
        .statusCode(409);
    consent(plan, HUSBANKEN, 1).statusCode(409);

    as(tana()).post("/api/v1/action-plans/{id}/approval", plan).then().statusCode(403);
    as(partner(HUSBANKEN)).post("/api/v1/action-plans/{id}/approval", plan).then().statusCode(403);
    as(tana())
        .body(Map.of("reason", "Vi trekker den"))
        .post("/api/v1/action-plans/{id}/return", plan)
        .then()
        .statusCode(403);
    as(kdd())
        .body(Map.of("reason", " "))
        .post("/api/v1/action-plans/{id}/return", plan)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    as(kdd())
        .header("If-Match", "\"1\"")
        .post("/api/v1/action-plans/{id}/approval", plan)
        .then()
        .statusCode(412);

    Api.approve(plan).statusCode(200);
    Api.approve(plan).statusCode(409);
    as(kdd())
        .body(Map.of("reason", "For sent"))
        .post("/api/v1/action-plans/{id}/return", plan)
        .then()
        .statusCode(409);
  }

  @Test
  void anAmendmentThatRemovesASubGoalInUseBlocksSubmissionUntilFixed() {
    AgreementFixture agreement = AgreementFixture.signed().activate();
    UUID plan = Api.consentedPlan(agreement);
    UUID business =
        addMeasure(
            plan,
            measure(3, "Næringshage", TANA, List.of(INNOVASJON_NORGE), 5_000_000L, 0L, List.of()));
    consent(plan, FYLKESKOMMUNE, 3).statusCode(200);
    consent(plan, INNOVASJON_NORGE, 3).statusCode(200);

    agreement.subGoals.remove(3);
    agreement.amend();

    plan(plan)
        .body("readiness.ready", equalTo(false))
        .body("readiness.invalidMeasures", hasSize(1));
    Api.submit(plan)
        .statusCode(409)
        .body("detail", containsString("Sub-goal 3 is no longer in the agreement"))
        .body("invalidMeasures[0].measureId", equalTo(business.toString()))
        .body("invalidMeasures[0].subGoalNumber", equalTo(3));

    as(tana())
        .header("If-Match", measureTag(plan, business))
        .delete("/api/v1/action-plans/{id}/measures/{m}", plan, business)
        .then()
        .statusCode(204);
    Api.submit(plan).statusCode(200);
  }

  @Test
  void anAmendmentThatRemovesAPartnerInUseBlocksSubmissionUntilFixed() {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID plan = Api.consentedPlan(agreement); // its measure names Husbanken under sub-goal 1
    UUID measure = UUID.fromString(plan(plan).extract().path("measures[0].measureId"));

    agreement.subGoals.put(1, List.of(FYLKESKOMMUNE));
    agreement.amend();

    Api.submit(plan)
        .statusCode(409)
        .body("detail", containsString("No longer partners of sub-goal 1: " + HUSBANKEN))
        .body("invalidMeasures", hasSize(1));
    as(tana())
        .header("If-Match", measureTag(plan, measure))
        .body(measure(1, "Felles boligkoordinator", TANA, List.of(), 100_000_000L, 0L, List.of()))
        .put("/api/v1/action-plans/{id}/measures/{m}", plan, measure)
        .then()
        .statusCode(200);
    Api.submit(plan)
        .statusCode(409)
        .body("missingConsents.organisationNumber", contains(FYLKESKOMMUNE));
    consent(plan, FYLKESKOMMUNE, 1).statusCode(200);
    Api.submit(plan).statusCode(200);
  }

  @Test
  void onlyTheApprovedRevisionInForceIsRevisedAndOneAtATime() {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID first = Api.consentedPlan(agreement);
    String revisions = "/api/v1/action-plans/{id}/revisions";
    as(tana())
        .post(revisions, first)
        .then()
        .statusCode(409)
        .body("detail", containsString("DRAFT"));
    Api.submit(first).statusCode(200);
    Api.approve(first).statusCode(200);

    as(kdd()).post(revisions, first).then().statusCode(403);
    as(municipality(OTHER_MUNICIPALITY)).post(revisions, first).then().statusCode(403);
    UUID second =
        UUID.fromString(
            as(tana()).post(revisions, first).then().statusCode(201).extract().path("id"));
    as(tana())
        .post(revisions, first)
        .then()
        .statusCode(409)
        .body("openPlanId", equalTo(second.toString()));
    as(tana())
        .body(Map.of("year", 2025))
        .post("/api/v1/agreements/{a}/action-plans", agreement.id)
        .then()
        .statusCode(409);

    consent(second, HUSBANKEN, 1).statusCode(200);
    consent(second, FYLKESKOMMUNE, 1).statusCode(200);
    Api.submit(second).statusCode(200);
    Api.approve(second).statusCode(200);
    as(tana())
        .post(revisions, first)
        .then()
        .statusCode(409)
        .body("detail", containsString("superseded by revision 2"))
        .body("inForcePlanId", equalTo(second.toString()));
    as(tana()).post(revisions, second).then().statusCode(201).body("revision", equalTo(3));
  }
}
