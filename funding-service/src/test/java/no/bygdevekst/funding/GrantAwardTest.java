package no.bygdevekst.funding;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.funding.Fixtures.award;
import static no.bygdevekst.funding.Fixtures.awardJson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.Fixtures.Measure;
import no.bygdevekst.funding.Fixtures.SubGoal;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GrantAwardTest {
  static final int YEAR = 2025;

  @Inject EventInbox inbox;

  UUID agreementId;
  UUID planId;

  @BeforeEach
  void approvedPlan() {
    agreementId = Fixtures.agreement(inbox);
    planId =
        Fixtures.approvePlan(
            inbox,
            agreementId,
            YEAR,
            List.of(new SubGoal(1, 300_000_00L, 50_000_00L), new SubGoal(2, 200_000_00L, 0)),
            List.of(Measure.of(1, "Felles boligkoordinator", 300_000_00L, 50_000_00L)));
  }

  @Test
  void appropriationShowsWhatRemainsAfterAnAward() {
    UUID appropriationId = Fixtures.appropriation(YEAR, 1_000_000_00L);
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .get("/api/v1/appropriations/{id}", appropriationId)
        .then()
        .statusCode(200)
        .body("year", equalTo(YEAR))
        .body("amountOre", equalTo(100_000_000))
        .body("remainingOre", equalTo(100_000_000))
        .body("budgetDecisionReference", containsString("Prop. 1 S"));

    Fixtures.grant(agreementId, YEAR, appropriationId, 400_000_00L);

    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .get("/api/v1/appropriations/{id}", appropriationId)
        .then()
        .statusCode(200)
        .body("awardedOre", equalTo(40_000_000))
        .body("remainingOre", equalTo(60_000_000));
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .queryParam("year", YEAR)
        .queryParam("size", 200)
        .get("/api/v1/appropriations")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.id == '" + appropriationId + "' }.remainingOre", equalTo(60_000_000));
  }

  @Test
  void appropriationRefusals() {
    String body =
        """
        { "year": 2025, "amountOre": 1000, "budgetDecisionReference": "Prop. 1 S dup %s" }
        """
            .formatted(UUID.randomUUID());
    given()
        .auth()
        .oauth2(DevTokens.municipality(Fixtures.TANA))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/appropriations")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/appropriations")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/appropriations")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/appropriations")
        .then()
        .statusCode(409);
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .contentType(ContentType.JSON)
        .body("{ \"year\": 2025, \"amountOre\": 10.5, \"budgetDecisionReference\": \"x\" }")
        .post("/api/v1/appropriations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("amountOre"));
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .contentType(ContentType.JSON)
        .body("{ \"year\": 2025, \"amountOre\": -1 }")
        .post("/api/v1/appropriations")
        .then()
        .statusCode(400)
        .body(
            "errors.field", org.hamcrest.Matchers.hasItems("amountOre", "budgetDecisionReference"));
    // a NUL byte was a 500: PostgreSQL refuses it in any text
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .contentType(ContentType.JSON)
        .body("{ \"year\": 2025, \"amountOre\": 100, \"budgetDecisionReference\": \"a\\u0000b\" }")
        .post("/api/v1/appropriations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("budgetDecisionReference"));
  }

  @Test
  void awardsAGrantWithItsConditionsAgainstTheApprovedPlan() {
    UUID appropriationId = Fixtures.appropriation(YEAR, 1_000_000_00L);
    String location =
        award(awardJson(agreementId, YEAR, appropriationId, 500_000_00L, false))
            .then()
            .statusCode(201)
            .header("ETag", "\"1\"")
            .body("agreementId", equalTo(agreementId.toString()))
            .body("status", equalTo("OPEN"))
            .body("grantVersion", equalTo(1))
            .body("grantedOre", equalTo(50_000_000))
            .body("unallocatedOre", equalTo(50_000_000))
            .body("remainingOre", equalTo(50_000_000))
            .body("notPaidOutOre", nullValue())
            .body("plan.planId", equalTo(planId.toString()))
            .body("awards", hasSize(1))
            .body("awards[0].conditions", containsString("godkjent handlingsplan"))
            .body("awards[0].planRevision", equalTo(1))
            .body("awards[0].awardedBy", equalTo("kdd-saksbehandler"))
            .extract()
            .header("Location");
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .get(location)
        .then()
        .statusCode(200)
        .body("grantedOre", equalTo(50_000_000));
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .queryParam("agreementId", agreementId)
        .get("/api/v1/grants")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].year", equalTo(YEAR));
  }

  @Test
  void refusedWithoutAnApprovedPlanForThatYear() {
    UUID appropriationId = Fixtures.appropriation(2026, 1_000_000_00L);
    award(awardJson(agreementId, 2026, appropriationId, 100L, false))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("no approved action plan for 2026"));
  }

  @Test
  void refusedBeyondWhatTheAppropriationHasLeft() {
    UUID appropriationId = Fixtures.appropriation(YEAR, 100_000_00L);
    award(awardJson(agreementId, YEAR, appropriationId, 100_000_01L, false))
        .then()
        .statusCode(409)
        .body("remainingOre", equalTo(10_000_000));
    award(awardJson(agreementId, YEAR, appropriationId, 100_000_00L, false)).then().statusCode(201);
    award(awardJson(agreementId, YEAR, appropriationId, 1L, true))
        .then()
        .statusCode(409)
        .body("remainingOre", equalTo(0));
  }

  @Test
  void aSecondGrantForTheYearIsRefusedUnlessItIsAnExplicitAddition() {
    UUID appropriationId = Fixtures.appropriation(YEAR, 1_000_000_00L);
    UUID grantId = Fixtures.grant(agreementId, YEAR, appropriationId, 300_000_00L);
    award(awardJson(agreementId, YEAR, appropriationId, 100_000_00L, false))
        .then()
        .statusCode(409)
        .body("grantId", equalTo(grantId.toString()))
        .body("detail", containsString("\"addition\": true"));
    award(awardJson(agreementId, YEAR, appropriationId, 100_000_00L, true))
        .then()
        .statusCode(200)
        .body("id", equalTo(grantId.toString()))
        .body("grantedOre", equalTo(40_000_000))
        .body("grantVersion", equalTo(2))
        .body("awards", hasSize(2))
        .body("awards[1].addition", equalTo(true));
  }

  @Test
  void anAdditionNeedsAGrantToAddTo() {
    UUID appropriationId = Fixtures.appropriation(YEAR, 1_000_000_00L);
    award(awardJson(agreementId, YEAR, appropriationId, 100L, true))
        .then()
        .statusCode(409)
        .body("detail", containsString("no grant for 2025 to add to"));
  }

  @Test
  void theAppropriationMustBeOfTheGrantsYearAndExist() {
    UUID appropriation2024 = Fixtures.appropriation(2024, 1_000_000_00L);
    award(awardJson(agreementId, YEAR, appropriation2024, 100L, false))
        .then()
        .statusCode(409)
        .body("detail", containsString("budget for 2024"));
    award(awardJson(agreementId, YEAR, UUID.randomUUID(), 100L, false))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("appropriationId"));
  }

  @Test
  void badInputAndWrongRolesAreRefused() {
    UUID appropriationId = Fixtures.appropriation(YEAR, 1_000_000_00L);
    String json = awardJson(agreementId, YEAR, appropriationId, 100L, false);
    for (String token :
        List.of(
            DevTokens.municipality(Fixtures.TANA),
            DevTokens.reader(),
            DevTokens.partner("986038009"))) {
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(json)
          .post("/api/v1/grants")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    award(
            """
            { "agreementId": "%s", "year": 2025, "appropriationId": "%s", "amountOre": 0,
              "conditions": " " }
            """
                .formatted(agreementId, appropriationId))
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItems("amountOre", "conditions"));
    award("{ not json").then().statusCode(400);
  }

  @Test
  void theSameIdempotencyKeyReplaysTheAwardAndAnotherBodyIsRefused() {
    UUID appropriationId = Fixtures.appropriation(YEAR, 1_000_000_00L);
    String key = UUID.randomUUID().toString();
    String json = awardJson(agreementId, YEAR, appropriationId, 200_000_00L, false);
    String first =
        given()
            .auth()
            .oauth2(DevTokens.kdd())
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(json)
            .post("/api/v1/grants")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/grants")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", notNullValue())
        .body("id", equalTo(first))
        .body("grantedOre", equalTo(20_000_000));
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(awardJson(agreementId, YEAR, appropriationId, 300_000_00L, false))
        .post("/api/v1/grants")
        .then()
        .statusCode(422);
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .get("/api/v1/grants/{id}/ledger", first)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].type", equalTo("GRANT_AWARDED"));
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .get("/api/v1/appropriations/{id}", appropriationId)
        .then()
        .body("awardedOre", equalTo(20_000_000));
  }

  @Test
  void everyAwardIsAudited() {
    UUID appropriationId = Fixtures.appropriation(YEAR, 1_000_000_00L);
    UUID grantId = Fixtures.grant(agreementId, YEAR, appropriationId, 100_000_00L);
    award(awardJson(agreementId, YEAR, appropriationId, 1_000_00L, true)).then().statusCode(200);
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .get("/api/v1/grants/{id}/audit", grantId)
        .then()
        .statusCode(200)
        .body("items.action", org.hamcrest.Matchers.contains("GrantAwarded", "GrantAdded"))
        .body("items[0].actor", equalTo("kdd-saksbehandler"))
        .body("items[0].role", equalTo("kdd"));
  }

  @Test
  void anUnknownGrantIs404() {
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .get("/api/v1/grants/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
