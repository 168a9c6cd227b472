package no.bygdevekst.funding;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.funding.Fixtures.allocate;
import static no.bygdevekst.funding.Fixtures.allocationJson;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.Fixtures.Measure;
import no.bygdevekst.funding.Fixtures.SubGoal;
import no.bygdevekst.funding.plan.PlanProjection;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

/** Approved plans as funding reads them: once per event, the latest revision in force. */
@QuarkusTest
class PlanRevisionTest {
  static final int YEAR = 2025;
  static final String TANA = DevTokens.municipality(Fixtures.TANA);

  @Inject EventInbox inbox;
  @Inject EntityManager em;

  @Test
  void aPlanApprovedDeliveredTwiceIsAppliedOnce() {
    UUID agreementId = Fixtures.agreement(inbox);
    UUID planId = UUID.randomUUID();
    String json =
        Fixtures.planApprovedJson(
            planId, agreementId, YEAR, 1, null, List.of(new SubGoal(1, 100_000_00L, 0)), List.of());
    UUID eventId = UUID.randomUUID();
    TestEvents.publish(eventId, "actionplan", "PlanApproved", 1, agreementId, json);
    TestEvents.publish(eventId, "actionplan", "PlanApproved", 1, agreementId, json);
    // A later event of the same agreement, on the same partition: once it is applied, both
    // deliveries before it have been handled.
    UUID marker =
        TestEvents.publish(
            "actionplan",
            "PlanSubmitted",
            agreementId,
            """
            { "planId": "%s", "agreementId": "%s", "year": 2026, "revision": 1,
              "submittedAt": "2026-02-01T10:00:00Z", "submittedBy": "kommune-5628" }
            """
                .formatted(UUID.randomUUID(), agreementId));
    Fixtures.awaitApplied(inbox, PlanProjection.CONSUMER, marker);

    assertEquals(1L, count("select count(*) from inbox_event where event_id = ?1", eventId));
    assertEquals(1L, count("select count(*) from approved_plan where plan_id = ?1", planId));
    assertEquals(
        1L, count("select count(*) from approved_plan_sub_goal where plan_id = ?1", planId));
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .queryParam("year", YEAR)
        .get("/api/v1/agreements/{id}/funding", agreementId)
        .then()
        .statusCode(200)
        .body("plan.planId", equalTo(planId.toString()))
        .body("subGoals", hasSize(1))
        .body("subGoals[0].budgetOre", equalTo(10_000_000));
  }

  @Test
  void aRevisedPlanFlagsAllocationsThatNoLongerFitAndAReallocationClearsTheMeasureFlag() {
    UUID agreementId = Fixtures.agreement(inbox);
    Measure kept = Measure.of(1, "Felles boligkoordinator", 200_000_00L, 0);
    Measure dropped = Measure.of(1, "Tomtesalg", 100_000_00L, 0);
    UUID revision1 =
        Fixtures.approvePlan(
            inbox,
            agreementId,
            YEAR,
            List.of(new SubGoal(1, 300_000_00L, 0), new SubGoal(2, 200_000_00L, 0)),
            List.of(kept, dropped));
    UUID grantId =
        Fixtures.grant(agreementId, YEAR, Fixtures.appropriation(YEAR, 1_000_000_00L), 500_000_00L);
    allocate(TANA, grantId, allocationJson(1, kept.measureId(), 150_000_00L, 0))
        .then()
        .statusCode(201);
    allocate(TANA, grantId, allocationJson(1, dropped.measureId(), 80_000_00L, 10_000_00L))
        .then()
        .statusCode(201);
    allocate(TANA, grantId, allocationJson(2, null, 150_000_00L, 0)).then().statusCode(201);
    funding(agreementId).body("needsReallocation", equalTo(false));

    // Revision 2 drops a measure of sub-goal 1 and lowers sub-goal 2's budget to 100 000 kr.
    UUID revision2 = UUID.randomUUID();
    Fixtures.approvePlan(
        inbox,
        agreementId,
        Fixtures.planApprovedJson(
            revision2,
            agreementId,
            YEAR,
            2,
            revision1,
            List.of(new SubGoal(1, 200_000_00L, 0), new SubGoal(2, 100_000_00L, 0)),
            List.of(new Measure(kept.measureId(), 1, kept.title(), 200_000_00L, 0))));

    funding(agreementId)
        .body("plan.planId", equalTo(revision2.toString()))
        .body("plan.revision", equalTo(2))
        .body("needsReallocation", equalTo(true))
        .body("subGoals[0].flags.code", contains("MEASURE_NOT_IN_PLAN", "ABOVE_PLAN_BUDGET"))
        .body("subGoals[0].flags[0].measureId", equalTo(dropped.measureId().toString()))
        .body("subGoals[0].flags[0].amountOre", equalTo(8_000_000))
        .body("subGoals[0].flags[1].amountOre", equalTo(3_000_000))
        .body(
            "subGoals[0].measures.find { it.measureId == '" + dropped.measureId() + "' }.inPlan",
            equalTo(false))
        .body(
            "subGoals[0].measures.find { it.measureId == '" + dropped.measureId() + "' }.title",
            equalTo("Tomtesalg"))
        .body("subGoals[1].budgetOre", equalTo(10_000_000))
        .body("subGoals[1].grantedOre", equalTo(15_000_000))
        .body("subGoals[1].flags.code", contains("ABOVE_PLAN_BUDGET"))
        .body("subGoals[1].flags[0].amountOre", equalTo(5_000_000));
    // Nothing was changed or deleted: the ledger still holds every allocation as it was made.
    given()
        .auth()
        .oauth2(TANA)
        .get("/api/v1/grants/{id}/ledger", grantId)
        .then()
        .body("items.type", contains("GRANT_AWARDED", "ALLOCATED", "ALLOCATED", "ALLOCATED"));
    // New allocations follow revision 2: the dropped measure is no longer a target.
    allocate(TANA, grantId, allocationJson(1, dropped.measureId(), 1L, 0))
        .then()
        .statusCode(409)
        .body("detail", containsString("revision 2"));

    reallocate(
        grantId,
        """
        { "fromSubGoalNumber": 1, "fromMeasureId": "%s", "toSubGoalNumber": 1,
          "toMeasureId": "%s", "amountOre": 5000000, "reason": "Tiltaket utgikk i revisjon 2" }
        """
            .formatted(dropped.measureId(), kept.measureId()));
    reallocate(
        grantId,
        """
        { "fromSubGoalNumber": 1, "fromMeasureId": "%s", "toSubGoalNumber": 3,
          "amountOre": 3000000, "reason": "Tiltaket utgikk i revisjon 2" }
        """
            .formatted(dropped.measureId()),
        409);
    reallocate(
        grantId,
        """
        { "fromSubGoalNumber": 1, "fromMeasureId": "%s", "toSubGoalNumber": 1,
          "amountOre": 3000000, "reason": "Tiltaket utgikk i revisjon 2" }
        """
            .formatted(dropped.measureId()));
    funding(agreementId)
        .body("subGoals[0].flags.code", contains("ABOVE_PLAN_BUDGET"))
        .body("subGoals[0].grantedOre", equalTo(23_000_000));
    reallocate(
        grantId,
        """
        { "fromSubGoalNumber": 1, "toSubGoalNumber": 2, "amountOre": 3000000, "reason": "r" }
        """,
        409); // sub-goal 2 is over its new budget already
    given()
        .auth()
        .oauth2(TANA)
        .contentType(ContentType.JSON)
        .body(
            """
            { "fromSubGoalNumber": 2, "toSubGoalNumber": 1, "toMeasureId": "%s",
              "amountOre": 5000000, "reason": "Lavere budsjett i revisjon 2" }
            """
                .formatted(kept.measureId()))
        .post("/api/v1/grants/{id}/reallocations", grantId)
        .then()
        .statusCode(409); // sub-goal 1 cannot take it either: 230 000 + 50 000 > 200 000
  }

  @Test
  void anOlderRevisionArrivingLateDoesNotReplaceTheOneInForce() {
    UUID agreementId = Fixtures.agreement(inbox);
    UUID revision2 = UUID.randomUUID();
    UUID revision1 = UUID.randomUUID();
    Fixtures.approvePlan(
        inbox,
        agreementId,
        Fixtures.planApprovedJson(
            revision2,
            agreementId,
            YEAR,
            2,
            revision1,
            List.of(new SubGoal(1, 200, 0)),
            List.of()));
    Fixtures.approvePlan(
        inbox,
        agreementId,
        Fixtures.planApprovedJson(
            revision1, agreementId, YEAR, 1, null, List.of(new SubGoal(1, 100, 0)), List.of()));
    funding(agreementId)
        .body("plan.revision", equalTo(2))
        .body("subGoals[0].budgetOre", equalTo(200))
        .body("subGoals[0].flags", empty());
  }

  @Test
  void anOlderAgreementVersionDoesNotReplaceANewerOne() {
    UUID agreementId = UUID.randomUUID();
    UUID v2 =
        TestEvents.publish(
            "agreement",
            "AgreementAmended",
            agreementId,
            Fixtures.agreementJson(agreementId, 2).replace("5630", "5632"));
    Fixtures.awaitApplied(inbox, "agreement-read-model", v2);
    UUID v1 =
        TestEvents.publish(
            "agreement",
            "AgreementRegistered",
            agreementId,
            Fixtures.agreementJson(agreementId, 1));
    Fixtures.awaitApplied(inbox, "agreement-read-model", v1);
    assertEquals(
        1L,
        count(
            "select count(*) from agreement_view_party where agreement_id = ?1 and party_id = '5632'",
            agreementId));
    assertEquals(
        2L, count("select version from agreement_view where agreement_id = ?1", agreementId));
  }

  private io.restassured.response.ValidatableResponse funding(UUID agreementId) {
    return given()
        .auth()
        .oauth2(DevTokens.reader())
        .queryParam("year", YEAR)
        .get("/api/v1/agreements/{id}/funding", agreementId)
        .then()
        .statusCode(200);
  }

  private void reallocate(UUID grantId, String json) {
    reallocate(grantId, json, 201);
  }

  private void reallocate(UUID grantId, String json, int status) {
    given()
        .auth()
        .oauth2(TANA)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/grants/{id}/reallocations", grantId)
        .then()
        .statusCode(status);
  }

  @Transactional
  long count(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }
}
