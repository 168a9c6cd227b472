package no.bygdevekst.funding;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.funding.Fixtures.allocate;
import static no.bygdevekst.funding.Fixtures.allocationJson;
import static no.bygdevekst.funding.Fixtures.disburse;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.Fixtures.SubGoal;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DisbursementTest {
  static final int YEAR = 2025;
  static final String KDD = DevTokens.kdd();
  static final String TANA = DevTokens.municipality(Fixtures.TANA);

  @Inject EventInbox inbox;

  UUID agreementId;
  UUID appropriationId;
  UUID grantId;

  /** 500 000 kr granted; 300 000 kr allocated to sub-goal 1 and 100 000 kr to sub-goal 2. */
  @BeforeEach
  void allocatedGrant() {
    agreementId = Fixtures.agreement(inbox);
    Fixtures.approvePlan(
        inbox,
        agreementId,
        YEAR,
        List.of(new SubGoal(1, 300_000_00L, 0), new SubGoal(2, 200_000_00L, 0)),
        List.of());
    appropriationId = Fixtures.appropriation(YEAR, 5_000_000_00L);
    grantId = Fixtures.grant(agreementId, YEAR, appropriationId, 500_000_00L);
    allocate(TANA, grantId, allocationJson(1, null, 300_000_00L, 0)).then().statusCode(201);
    allocate(TANA, grantId, allocationJson(2, null, 100_000_00L, 0)).then().statusCode(201);
  }

  @Test
  void partialPayoutsThenAFinalOneCloseTheGrantAndShowWhatWasNotPaidOut() {
    disburse(
            KDD,
            grantId,
            """
            { "lines": [ { "subGoalNumber": 1, "amountOre": 10000000 },
                         { "subGoalNumber": 2, "amountOre": 5000000 } ],
              "final": false, "reference": "Bilag 2025-17" }
            """)
        .then()
        .statusCode(201)
        .body("final", equalTo(false))
        .body("amountOre", equalTo(15_000_000))
        .body("grantStatus", equalTo("OPEN"))
        .body("disbursedOre", equalTo(15_000_000))
        .body("notPaidOutOre", nullValue());
    disburse(
            KDD,
            grantId,
            """
            { "lines": [ { "subGoalNumber": 1, "amountOre": 15000000 } ], "final": true }
            """)
        .then()
        .statusCode(201)
        .body("final", equalTo(true))
        .body("grantStatus", equalTo("CLOSED"))
        .body("disbursedOre", equalTo(30_000_000))
        .body("notPaidOutOre", equalTo(20_000_000));

    given()
        .auth()
        .oauth2(DevTokens.reader())
        .get("/api/v1/grants/{id}", grantId)
        .then()
        .body("status", equalTo("CLOSED"))
        .body("closedBy", equalTo("kdd-saksbehandler"))
        .body("remainingOre", equalTo(20_000_000))
        .body("notPaidOutOre", equalTo(20_000_000))
        .body("disbursements.final", contains(false, true))
        .body("disbursements[0].lines.subGoalNumber", contains(1, 2))
        .body("disbursements[0].reference", equalTo("Bilag 2025-17"));
    given()
        .auth()
        .oauth2(TANA)
        .queryParam("year", YEAR)
        .get("/api/v1/agreements/{id}/funding", agreementId)
        .then()
        .statusCode(200)
        .body("grantStatus", equalTo("CLOSED"))
        .body("disbursedOre", equalTo(30_000_000))
        .body("notPaidOutOre", equalTo(20_000_000))
        .body("subGoals[0].disbursedOre", equalTo(25_000_000))
        .body("subGoals[0].notPaidOutOre", equalTo(5_000_000))
        .body("subGoals[1].disbursedOre", equalTo(5_000_000))
        .body("subGoals[1].notPaidOutOre", equalTo(5_000_000));
    given()
        .auth()
        .oauth2(KDD)
        .get("/api/v1/grants/{id}/ledger", grantId)
        .then()
        .body(
            "items.type",
            contains(
                "GRANT_AWARDED",
                "ALLOCATED",
                "ALLOCATED",
                "DISBURSED",
                "DISBURSED",
                "DISBURSED_FINAL",
                "NOT_PAID_OUT"))
        .body("items[6].grantAmountOre", equalTo(20_000_000));

    allocate(TANA, grantId, allocationJson(2, null, 1_00L, 0))
        .then()
        .statusCode(409)
        .body("detail", containsString("is closed"));
    disburse(KDD, grantId, "{ \"lines\": [ { \"subGoalNumber\": 2, \"amountOre\": 100 } ] }")
        .then()
        .statusCode(409);
    Fixtures.award(Fixtures.awardJson(agreementId, YEAR, appropriationId, 100L, true))
        .then()
        .statusCode(409);
  }

  @Test
  void neverBeyondWhatIsAllocatedToTheSubGoal() {
    disburse(KDD, grantId, "{ \"lines\": [ { \"subGoalNumber\": 2, \"amountOre\": 10000001 } ] }")
        .then()
        .statusCode(409)
        .body("allocatedOre", equalTo(10_000_000))
        .body("disbursedOre", equalTo(0));
    disburse(KDD, grantId, "{ \"lines\": [ { \"subGoalNumber\": 2, \"amountOre\": 10000000 } ] }")
        .then()
        .statusCode(201);
    disburse(KDD, grantId, "{ \"lines\": [ { \"subGoalNumber\": 2, \"amountOre\": 1 } ] }")
        .then()
        .statusCode(409)
        .body("disbursedOre", equalTo(10_000_000));
    disburse(KDD, grantId, "{ \"lines\": [ { \"subGoalNumber\": 3, \"amountOre\": 1 } ] }")
        .then()
        .statusCode(409);
  }

  @Test
  void aFinalPayoutWithoutLinesClosesTheGrant() {
    disburse(
            KDD, grantId, "{ \"lines\": [], \"final\": true, \"note\": \"Sluttrapport godkjent\" }")
        .then()
        .statusCode(201)
        .body("amountOre", equalTo(0))
        .body("notPaidOutOre", equalTo(50_000_000));
  }

  @Test
  void badInputAndWrongRolesAreRefused() {
    disburse(KDD, grantId, "{ \"lines\": [] }").then().statusCode(400);
    disburse(
            KDD,
            grantId,
            """
            { "lines": [ { "subGoalNumber": 1, "amountOre": 1 }, { "subGoalNumber": 1, "amountOre": 2 } ] }
            """)
        .then()
        .statusCode(400)
        .body("detail", containsString("appears twice"));
    disburse(KDD, grantId, "{ \"lines\": [ { \"subGoalNumber\": 1, \"amountOre\": 0 } ] }")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("lines[0].amountOre"));
    for (String token : List.of(TANA, DevTokens.reader())) {
      disburse(token, grantId, "{ \"lines\": [ { \"subGoalNumber\": 1, \"amountOre\": 1 } ] }")
          .then()
          .statusCode(403);
    }
  }

  @Test
  void theSameKeyReplaysThePayoutOnce() {
    String key = UUID.randomUUID().toString();
    String json = "{ \"lines\": [ { \"subGoalNumber\": 1, \"amountOre\": 5000 } ] }";
    for (int i = 0; i < 2; i++) {
      given()
          .auth()
          .oauth2(KDD)
          .header("Idempotency-Key", key)
          .contentType(ContentType.JSON)
          .body(json)
          .post("/api/v1/grants/{id}/disbursements", grantId)
          .then()
          .statusCode(201)
          .body("disbursedOre", equalTo(5000));
    }
    given()
        .auth()
        .oauth2(KDD)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body("{ \"lines\": [ { \"subGoalNumber\": 1, \"amountOre\": 6000 } ] }")
        .post("/api/v1/grants/{id}/disbursements", grantId)
        .then()
        .statusCode(422);
    given()
        .auth()
        .oauth2(KDD)
        .get("/api/v1/grants/{id}", grantId)
        .then()
        .body("disbursedOre", equalTo(5000));
  }
}
