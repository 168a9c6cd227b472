package no.bygdevekst.funding;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.funding.Fixtures.allocate;
import static no.bygdevekst.funding.Fixtures.allocationJson;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
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
class AllocationTest {
  static final int YEAR = 2025;
  static final String TANA = DevTokens.municipality(Fixtures.TANA);

  @Inject EventInbox inbox;

  UUID agreementId;
  UUID grantId;
  Measure coordinator;
  Measure housing;

  /** A grant of 500 000 kr against a plan budgeting 300 000 kr for sub-goal 1, 200 000 kr for 2. */
  @BeforeEach
  void grant() {
    agreementId = Fixtures.agreement(inbox);
    coordinator = Measure.of(1, "Felles boligkoordinator", 200_000_00L, 50_000_00L);
    housing = Measure.of(1, "Utleieboliger", 100_000_00L, 0);
    Fixtures.approvePlan(
        inbox,
        agreementId,
        YEAR,
        List.of(new SubGoal(1, 300_000_00L, 50_000_00L), new SubGoal(2, 200_000_00L, 0)),
        List.of(coordinator, housing));
    grantId =
        Fixtures.grant(agreementId, YEAR, Fixtures.appropriation(YEAR, 5_000_000_00L), 500_000_00L);
  }

  @Test
  void aPrincipalMunicipalityAllocatesGrantAndOwnResourcesToASubGoalAndAMeasure() {
    allocate(TANA, grantId, allocationJson(1, coordinator.measureId(), 150_000_00L, 40_000_00L))
        .then()
        .statusCode(201)
        .body("grantVersion", equalTo(2))
        .body("subGoalNumber", equalTo(1))
        .body("measureId", equalTo(coordinator.measureId().toString()))
        .body("grantAmountOre", equalTo(15_000_000))
        .body("ownResourcesOre", equalTo(4_000_000))
        .body("subGoalAllocatedOre", equalTo(15_000_000))
        .body("unallocatedOre", equalTo(35_000_000))
        .body("allocatedBy", equalTo("kommune-5628"));
    allocate(
            DevTokens.municipality(Fixtures.BERLEVAG),
            grantId,
            allocationJson(2, null, 100_000_00L, 0))
        .then()
        .statusCode(201)
        .body("measureId", nullValue())
        .body("unallocatedOre", equalTo(25_000_000));

    given()
        .auth()
        .oauth2(DevTokens.reader())
        .get("/api/v1/grants/{id}", grantId)
        .then()
        .statusCode(200)
        .body("allocatedOre", equalTo(25_000_000))
        .body("unallocatedOre", equalTo(25_000_000))
        .body("ownResourcesOre", equalTo(4_000_000))
        .body("subGoals.subGoalNumber", contains(1, 2))
        .body("subGoals[0].allocations[0].measureId", equalTo(coordinator.measureId().toString()))
        .body("subGoals[0].allocations[0].grantAmountOre", equalTo(15_000_000));
    given()
        .auth()
        .oauth2(DevTokens.partner("986038009"))
        .queryParam("year", YEAR)
        .get("/api/v1/agreements/{id}/funding", agreementId)
        .then()
        .statusCode(200)
        .body("grantedOre", equalTo(50_000_000))
        .body("needsReallocation", equalTo(false))
        .body("subGoals[0].title", equalTo("Øke boligbygging og utvikle nye boligtilbud"))
        .body("subGoals[0].budgetOre", equalTo(30_000_000))
        .body("subGoals[0].grantedOre", equalTo(15_000_000))
        .body("subGoals[0].ownResourcesOre", equalTo(4_000_000))
        .body("subGoals[0].allocatedOre", equalTo(19_000_000))
        .body("subGoals[0].remainingOre", equalTo(15_000_000))
        .body("subGoals[0].measures.title", contains("Felles boligkoordinator", "Utleieboliger"))
        .body("subGoals[1].grantedOre", equalTo(10_000_000));
  }

  @Test
  void theSumOfAllocationsNeverExceedsTheGrant() {
    allocate(TANA, grantId, allocationJson(1, null, 300_000_00L, 0)).then().statusCode(201);
    allocate(TANA, grantId, allocationJson(2, null, 200_000_00L, 0)).then().statusCode(201);
    allocate(TANA, grantId, allocationJson(2, null, 1L, 0))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("unallocatedOre", equalTo(0));
    allocate(TANA, grantId, allocationJson(2, null, 0, 10_000_00L))
        .then()
        .statusCode(201); // own resources are the municipalities' own: the grant does not cap them
  }

  @Test
  void aSubGoalNeverGetsMoreThanItsBudgetInThePlan() {
    allocate(TANA, grantId, allocationJson(2, null, 200_000_01L, 0))
        .then()
        .statusCode(409)
        .body("budgetOre", equalTo(20_000_000))
        .body("detail", containsString("more than its budget"));
  }

  @Test
  void onlySubGoalsAndMeasuresOfTheApprovedPlan() {
    allocate(TANA, grantId, allocationJson(3, null, 100L, 0))
        .then()
        .statusCode(409)
        .body("detail", containsString("Sub-goal 3 is not in the approved plan"));
    allocate(TANA, grantId, allocationJson(1, UUID.randomUUID(), 100L, 0))
        .then()
        .statusCode(409)
        .body("detail", containsString("is not under sub-goal 1"));
    allocate(TANA, grantId, allocationJson(2, coordinator.measureId(), 100L, 0))
        .then()
        .statusCode(409)
        .body("detail", containsString("is not under sub-goal 2"));
  }

  @Test
  void badInputIsRefusedWithTheFieldNamed() {
    allocate(TANA, grantId, allocationJson(1, null, 0, 0))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("grantAmountOre"));
    allocate(TANA, grantId, allocationJson(1, null, -5, 0))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("grantAmountOre"));
    allocate(
            TANA,
            grantId,
            "{ \"subGoalNumber\": 1, \"grantAmountOre\": 99.99, \"ownResourcesOre\": 0 }")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("grantAmountOre"));
    allocate(TANA, grantId, "{ \"grantAmountOre\": 5 }")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("subGoalNumber", "ownResourcesOre"));
  }

  /**
   * {@code ownResourcesOre: 9223372036854775807} once passed, and the next summing of the ledger
   * failed with a 500 ("Bad value for type long"): every amount is now bounded at 10 billion kr.
   */
  @Test
  void amountsBeyondTenBillionKronerAreRefusedAndTheLedgerStaysReadable() {
    allocate(TANA, grantId, allocationJson(1, null, 0, Long.MAX_VALUE))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("ownResourcesOre"))
        .body("errors[0].message", containsString("10 000 000 000 kr"));
    allocate(TANA, grantId, allocationJson(1, null, 0, 1_000_000_000_001L))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ownResourcesOre"));
    allocate(
            TANA,
            grantId,
            "{ \"subGoalNumber\": 1, \"grantAmountOre\": 0, \"ownResourcesOre\": 9223372036854775808 }")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ownResourcesOre"));
    allocate(TANA, grantId, allocationJson(1, null, 0, 1_000_000_000_000L)).then().statusCode(201);
    allocate(TANA, grantId, allocationJson(1, null, 0, 1_000_000_000_000L)).then().statusCode(201);
    given().auth().oauth2(TANA).get("/api/v1/grants/{id}", grantId).then().statusCode(200);
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .get("/api/v1/agreements/{id}/funding?year=" + YEAR, agreementId)
        .then()
        .statusCode(200);
  }

  /**
   * Should the ledger ever hold more than a {@code long} of own resources (written before amounts
   * were bounded), its sum is read as numeric and the next allocation is refused with a 409, not a
   * 500.
   */
  @Test
  void aLedgerWhoseSumsExceedALongRefusesTheNextAllocationWithAConflict() throws Exception {
    String url =
        org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getValue("quarkus.datasource.jdbc.url", String.class);
    try (var c =
            java.sql.DriverManager.getConnection(
                url, no.bygdevekst.platform.testing.infra.LocalPostgres.USER, "");
        var insert =
            c.prepareStatement(
                "insert into ledger_entry (id, grant_id, entry_number, grant_version, type,"
                    + " sub_goal_number, grant_amount_ore, own_resources_ore, reference_id, actor,"
                    + " occurred_at) values (?, ?, ?, 1, 'ALLOCATED', 2, 0, ?, ?, 'legacy', now())")) {
      for (int n : new int[] {1000, 1001}) {
        insert.setObject(1, UUID.randomUUID());
        insert.setObject(2, grantId);
        insert.setInt(3, n);
        insert.setLong(4, Long.MAX_VALUE);
        insert.setObject(5, UUID.randomUUID());
        insert.executeUpdate();
      }
    }
    allocate(TANA, grantId, allocationJson(1, null, 100, 0))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("add up to more than"));
  }

  @Test
  void anotherMunicipalityAndOtherRolesAreRefused() {
    String json = allocationJson(1, null, 100L, 0);
    allocate(DevTokens.municipality(Fixtures.NESSEBY), grantId, json)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("5636 is not a principal party"));
    for (String token :
        List.of(DevTokens.kdd(), DevTokens.reader(), DevTokens.partner("986038009"))) {
      allocate(token, grantId, json).then().statusCode(403);
    }
    allocate(TANA, UUID.randomUUID(), json).then().statusCode(404);
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .get("/api/v1/grants/{id}/ledger", grantId)
        .then()
        .body("totalItems", equalTo(1));
  }

  @Test
  void theSameKeyAndBodyReplaysTheAllocationAndAnotherBodyIs422() {
    String key = UUID.randomUUID().toString();
    String json = allocationJson(1, housing.measureId(), 50_000_00L, 5_000_00L);
    String entryId =
        given()
            .auth()
            .oauth2(TANA)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(json)
            .post("/api/v1/grants/{id}/allocations", grantId)
            .then()
            .statusCode(201)
            .extract()
            .path("entryId");
    given()
        .auth()
        .oauth2(TANA)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/grants/{id}/allocations", grantId)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("entryId", equalTo(entryId));
    given()
        .auth()
        .oauth2(TANA)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(allocationJson(1, housing.measureId(), 60_000_00L, 5_000_00L))
        .post("/api/v1/grants/{id}/allocations", grantId)
        .then()
        .statusCode(422);
    given()
        .auth()
        .oauth2(TANA)
        .get("/api/v1/grants/{id}/ledger", grantId)
        .then()
        .body("totalItems", equalTo(2))
        .body("items.type", contains("GRANT_AWARDED", "ALLOCATED"))
        .body("items[1].entryId", equalTo(entryId));
    given()
        .auth()
        .oauth2(TANA)
        .get("/api/v1/grants/{id}/ledger/{entry}", grantId, entryId)
        .then()
        .statusCode(200)
        .body("grantAmountOre", equalTo(5_000_000))
        .body("actor", equalTo("kommune-5628"));
  }

  @Test
  void aReallocationIsTwoEntriesAndChangesNothingRecordedBefore() {
    allocate(TANA, grantId, allocationJson(1, coordinator.measureId(), 200_000_00L, 0))
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(TANA)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(
            """
            { "fromSubGoalNumber": 1, "fromMeasureId": "%s", "toSubGoalNumber": 2,
              "amountOre": 5000000, "reason": "Flyttet til plankontoret" }
            """
                .formatted(coordinator.measureId()))
        .post("/api/v1/grants/{id}/reallocations", grantId)
        .then()
        .statusCode(201)
        .body("grantVersion", equalTo(3))
        .body("amountOre", equalTo(5_000_000));
    io.restassured.path.json.JsonPath ledger =
        given()
            .auth()
            .oauth2(TANA)
            .get("/api/v1/grants/{id}/ledger", grantId)
            .then()
            .body(
                "items.type",
                contains("GRANT_AWARDED", "ALLOCATED", "REALLOCATED_OUT", "REALLOCATED_IN"))
            .body("items[1].grantAmountOre", equalTo(20_000_000))
            .body("items[2].grantAmountOre", equalTo(-5_000_000))
            .body("items[2].subGoalNumber", equalTo(1))
            .body("items[3].grantAmountOre", equalTo(5_000_000))
            .body("items[3].subGoalNumber", equalTo(2))
            .body("items[3].note", equalTo("Flyttet til plankontoret"))
            .extract()
            .jsonPath();
    org.junit.jupiter.api.Assertions.assertEquals(
        ledger.getString("items[2].referenceId"), ledger.getString("items[3].referenceId"));
    given()
        .auth()
        .oauth2(TANA)
        .get("/api/v1/grants/{id}", grantId)
        .then()
        .body("subGoals[0].allocatedOre", equalTo(15_000_000))
        .body("subGoals[1].allocatedOre", equalTo(5_000_000));
  }

  @Test
  void aReallocationIsRefusedBeyondWhatIsThereOrTheTargetsBudget() {
    allocate(TANA, grantId, allocationJson(1, null, 100_000_00L, 0)).then().statusCode(201);
    allocate(TANA, grantId, allocationJson(2, null, 150_000_00L, 0)).then().statusCode(201);
    String over =
        """
        { "fromSubGoalNumber": 1, "toSubGoalNumber": 2, "amountOre": %d, "reason": "r" }
        """;
    reallocate(over.formatted(100_000_01L))
        .then()
        .statusCode(409)
        .body("availableOre", equalTo(10_000_000));
    reallocate(over.formatted(60_000_00L))
        .then()
        .statusCode(409)
        .body("budgetOre", equalTo(20_000_000));
    reallocate(
            """
            { "fromSubGoalNumber": 1, "toSubGoalNumber": 1, "amountOre": 5, "reason": "r" }
            """)
        .then()
        .statusCode(400);
    reallocate(
            """
            { "fromSubGoalNumber": 1, "toSubGoalNumber": 3, "amountOre": 5, "reason": "r" }
            """)
        .then()
        .statusCode(409)
        .body("detail", containsString("Sub-goal 3 is not in the approved plan"));
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .contentType(ContentType.JSON)
        .body(over.formatted(5))
        .post("/api/v1/grants/{id}/reallocations", grantId)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TANA)
        .get("/api/v1/grants/{id}/ledger", grantId)
        .then()
        .body("items", hasSize(3));
  }

  @Test
  void everyAllocationIsAudited() {
    allocate(TANA, grantId, allocationJson(1, null, 100L, 0)).then().statusCode(201);
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .get("/api/v1/grants/{id}/audit", grantId)
        .then()
        .body("items.action", contains("GrantAwarded", "FundsAllocated"))
        .body("items[1].actor", equalTo("kommune-5628"))
        .body("items[1].municipality", equalTo("5628"))
        .body("items[1].details.grantAmountOre", equalTo(100));
  }

  private io.restassured.response.Response reallocate(String json) {
    return given()
        .auth()
        .oauth2(TANA)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/grants/{id}/reallocations", grantId);
  }
}
