package no.bygdevekst.funding;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.bygdevekst.funding.plan.PlanProjection;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.TestEvents;

/**
 * Sets up what funding needs to know, the way production does: agreement and plan events published
 * to the real broker in the contract's shape (docs/events.md), and appropriations and grants
 * through the API.
 */
public final class Fixtures {
  public static final String TANA = "5628";
  public static final String BERLEVAG = "5630";
  public static final String NESSEBY = "5636";
  public static final Duration EVENTS = Duration.ofSeconds(30);

  private Fixtures() {}

  /** A measure in a PlanApproved event. */
  public record Measure(
      UUID measureId, int subGoalNumber, String title, long grantOre, long ownOre) {
    public static Measure of(int subGoalNumber, String title, long grantOre, long ownOre) {
      return new Measure(UUID.randomUUID(), subGoalNumber, title, grantOre, ownOre);
    }
  }

  /** A sub-goal budget in a PlanApproved event. */
  public record SubGoal(int number, long grantOre, long ownOre) {}

  /**
   * Publishes AgreementRegistered for a new agreement of Tana and Berlevåg (and KDD) with sub-goals
   * 1 to 3, and waits until funding has applied it.
   */
  public static UUID agreement(EventInbox inbox) {
    UUID agreementId = UUID.randomUUID();
    UUID eventId =
        TestEvents.publish(
            "agreement", "AgreementRegistered", agreementId, agreementJson(agreementId, 1));
    awaitApplied(inbox, "agreement-read-model", eventId);
    return agreementId;
  }

  public static String agreementJson(UUID agreementId, long version) {
    return """
        {
          "agreementId": "%s",
          "version": %d,
          "title": "Bygdevekstavtale for Vestre Varanger",
          "pilotArea": "Vestre Varanger",
          "period": { "from": "2024-01-01", "to": "2027-12-30" },
          "status": "DRAFT",
          "principalParties": [
            { "partyId": "5628", "kind": "MUNICIPALITY", "name": "Deatnu-Tana kommune" },
            { "partyId": "5630", "kind": "MUNICIPALITY", "name": "Berlevåg kommune" },
            { "partyId": "KDD", "kind": "MINISTRY", "name": "Kommunal- og distriktsdepartementet" }
          ],
          "partners": [ { "organisationNumber": "986038009", "name": "Husbanken" } ],
          "subGoals": [
            { "number": 1, "title": "Øke boligbygging og utvikle nye boligtilbud",
              "partners": ["986038009"], "coordinator": "986038009", "relatedSubGoals": [2] },
            { "number": 2, "title": "Øke samarbeid om samfunnsutvikling og planlegging",
              "partners": [], "coordinator": null, "relatedSubGoals": [4, 5] },
            { "number": 3, "title": "Styrke næringsutvikling",
              "partners": [], "coordinator": null, "relatedSubGoals": [] }
          ],
          "signatures": [],
          "changedAt": "2024-01-10T09:00:00Z",
          "changedBy": "kdd-saksbehandler"
        }
        """
        .formatted(agreementId, version);
  }

  /** The JSON of PlanApproved, in the contract's shape. */
  public static String planApprovedJson(
      UUID planId,
      UUID agreementId,
      int year,
      int revision,
      UUID supersedesPlanId,
      List<SubGoal> subGoals,
      List<Measure> measures) {
    String subGoalJson =
        subGoals.stream()
            .map(
                s ->
                    """
                    { "subGoalNumber": %d, "measureCount": %d, "grantRequestedOre": %d, "ownResourcesOre": %d }"""
                        .formatted(
                            s.number(),
                            measures.stream().filter(m -> m.subGoalNumber() == s.number()).count(),
                            s.grantOre(),
                            s.ownOre()))
            .collect(Collectors.joining(",\n"));
    String measureJson =
        measures.stream()
            .map(
                m ->
                    """
                    { "measureId": "%s", "subGoalNumber": %d, "title": "%s",
                      "responsibleParty": "5628", "partners": ["986038009"],
                      "grantRequestedOre": %d, "ownResourcesOre": %d,
                      "resultTargets": ["Nye boliger ferdigstilt"] }"""
                        .formatted(
                            m.measureId(), m.subGoalNumber(), m.title(), m.grantOre(), m.ownOre()))
            .collect(Collectors.joining(",\n"));
    return """
        {
          "planId": "%s",
          "agreementId": "%s",
          "year": %d,
          "revision": %d,
          "supersedesPlanId": %s,
          "supersedesRevision": %s,
          "approvedAt": "%d-03-01T10:00:00Z",
          "approvedBy": "kdd-saksbehandler",
          "subGoals": [ %s ],
          "measures": [ %s ],
          "totalGrantRequestedOre": %d,
          "totalOwnResourcesOre": %d
        }
        """
        .formatted(
            planId,
            agreementId,
            year,
            revision,
            supersedesPlanId == null ? "null" : "\"" + supersedesPlanId + "\"",
            supersedesPlanId == null ? "null" : Integer.toString(revision - 1),
            year,
            subGoalJson,
            measureJson,
            subGoals.stream().mapToLong(SubGoal::grantOre).sum(),
            subGoals.stream().mapToLong(SubGoal::ownOre).sum());
  }

  /** Publishes PlanApproved and waits until funding has applied it; returns the event id. */
  public static UUID approvePlan(EventInbox inbox, UUID agreementId, String json) {
    UUID eventId = TestEvents.publish("actionplan", "PlanApproved", agreementId, json);
    awaitApplied(inbox, PlanProjection.CONSUMER, eventId);
    return eventId;
  }

  /** An approved first revision with the given budgets; returns its plan id. */
  public static UUID approvePlan(
      EventInbox inbox,
      UUID agreementId,
      int year,
      List<SubGoal> subGoals,
      List<Measure> measures) {
    UUID planId = UUID.randomUUID();
    approvePlan(
        inbox,
        agreementId,
        planApprovedJson(planId, agreementId, year, 1, null, subGoals, measures));
    return planId;
  }

  public static void awaitApplied(EventInbox inbox, String consumer, UUID eventId) {
    await()
        .atMost(EVENTS)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> inbox.applied(consumer, eventId));
  }

  /** Records an appropriation through the API and returns its id. */
  public static UUID appropriation(int year, long amountOre) {
    String id =
        given()
            .auth()
            .oauth2(DevTokens.kdd())
            .contentType(ContentType.JSON)
            .body(
                """
                { "year": %d, "amountOre": %d, "budgetDecisionReference": "Prop. 1 S %s",
                  "description": "Tilskudd til bygdevekstavtaler" }
                """
                    .formatted(year, amountOre, UUID.randomUUID()))
            .post("/api/v1/appropriations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  public static String awardJson(
      UUID agreementId, int year, UUID appropriationId, long amountOre, boolean addition) {
    return """
        { "agreementId": "%s", "year": %d, "appropriationId": "%s", "amountOre": %d,
          "conditions": "Tilskuddet skal brukes etter godkjent handlingsplan.", "addition": %s }
        """
        .formatted(agreementId, year, appropriationId, amountOre, addition);
  }

  public static Response award(String json) {
    return given()
        .auth()
        .oauth2(DevTokens.kdd())
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/grants");
  }

  /** Awards a grant through the API and returns its id. */
  public static UUID grant(UUID agreementId, int year, UUID appropriationId, long amountOre) {
    String id =
        award(awardJson(agreementId, year, appropriationId, amountOre, false))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  public static Response allocate(String token, UUID grantId, String json) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/grants/{id}/allocations", grantId);
  }

  public static String allocationJson(int subGoal, UUID measureId, long grantOre, long ownOre) {
    return """
        { "subGoalNumber": %d, "measureId": %s, "grantAmountOre": %d, "ownResourcesOre": %d }
        """
        .formatted(subGoal, measureId == null ? "null" : "\"" + measureId + "\"", grantOre, ownOre);
  }

  public static Response disburse(String token, UUID grantId, String json) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/grants/{id}/disbursements", grantId);
  }
}
