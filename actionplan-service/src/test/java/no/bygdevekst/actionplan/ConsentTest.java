package no.bygdevekst.actionplan;

import static no.bygdevekst.actionplan.AgreementFixture.FYLKESKOMMUNE;
import static no.bygdevekst.actionplan.AgreementFixture.HUSBANKEN;
import static no.bygdevekst.actionplan.AgreementFixture.INNOVASJON_NORGE;
import static no.bygdevekst.actionplan.AgreementFixture.STRANGER;
import static no.bygdevekst.actionplan.AgreementFixture.TANA;
import static no.bygdevekst.actionplan.Api.addMeasure;
import static no.bygdevekst.actionplan.Api.as;
import static no.bygdevekst.actionplan.Api.consent;
import static no.bygdevekst.actionplan.Api.kdd;
import static no.bygdevekst.actionplan.Api.measure;
import static no.bygdevekst.actionplan.Api.measureTag;
import static no.bygdevekst.actionplan.Api.partner;
import static no.bygdevekst.actionplan.Api.plan;
import static no.bygdevekst.actionplan.Api.tana;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Partners consent to the sub-goals they are named under, for the content they saw. */
@QuarkusTest
class ConsentTest {
  private static final String CONSENTS = "/api/v1/action-plans/{id}/consents";
  private static final String MEASURE = "/api/v1/action-plans/{id}/measures/{m}";

  @Test
  void aPartnerDecidesOnlyOnSubGoalsItIsNamedUnderThatHaveMeasures() {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID plan = Api.startPlan(agreement, 2025);
    addMeasure(plan, measure(1, "Boliger", TANA, List.of(), 0L, 0L, List.of()));
    Map<String, Object> one = Map.of("subGoalNumbers", List.of(1), "decision", "CONSENT");

    as(partner(STRANGER))
        .body(one)
        .post(CONSENTS, plan)
        .then()
        .statusCode(403)
        .body("detail", containsString("is not a partner here"));
    consent(plan, INNOVASJON_NORGE, 1)
        .statusCode(403)
        .body("detail", containsString("not named as a partner under sub-goal 1"));
    as(tana()).body(one).post(CONSENTS, plan).then().statusCode(403);
    as(kdd()).body(one).post(CONSENTS, plan).then().statusCode(403);
    consent(plan, FYLKESKOMMUNE, 2)
        .statusCode(409)
        .body("detail", containsString("Sub-goal 2 has no measures"));
    consent(plan, FYLKESKOMMUNE, 9)
        .statusCode(400)
        .body("errors[0].field", equalTo("subGoalNumbers"));
    as(partner(FYLKESKOMMUNE))
        .body(Map.of("subGoalNumbers", List.of(1), "decision", "OBJECT"))
        .post(CONSENTS, plan)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("comment"));
    as(partner(FYLKESKOMMUNE))
        .body(Map.of("subGoalNumbers", List.of(1), "decision", "MAYBE"))
        .post(CONSENTS, plan)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("decision"));
    as(partner(FYLKESKOMMUNE))
        .body("{\"subGoalNumbers\": [1, null], \"decision\": \"CONSENT\"}")
        .post(CONSENTS, plan)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("subGoalNumbers[1]"));
    as(partner(FYLKESKOMMUNE))
        .body(Map.of("subGoalNumbers", List.of(), "decision", "CONSENT"))
        .post(CONSENTS, plan)
        .then()
        .statusCode(400);
    consent(UUID.randomUUID(), FYLKESKOMMUNE, 1).statusCode(404);
    plan(plan).body("consents", empty());

    // A new decision replaces the partner's earlier one.
    as(partner(FYLKESKOMMUNE))
        .body(Map.of("subGoalNumbers", List.of(1), "decision", "OBJECT", "comment", "Uklart"))
        .post(CONSENTS, plan)
        .then()
        .statusCode(200)
        .body("consents[0].decision", equalTo("OBJECT"));
    consent(plan, FYLKESKOMMUNE, 1)
        .statusCode(200)
        .body("consents", hasSize(1))
        .body("consents[0].decision", equalTo("CONSENT"))
        .body("consents[0].givenBy", equalTo("partner-" + FYLKESKOMMUNE));
  }

  @Test
  void changingAddingOrRemovingAMeasureVoidsTheConsentsOnItsSubGoal() {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID plan = Api.consentedPlan(agreement); // sub-goal 1, consented by both its partners
    Map<String, Object> business =
        measure(3, "Næringshage", TANA, List.of(INNOVASJON_NORGE), 5L, 0L, List.of());
    UUID onThree = addMeasure(plan, business);
    consent(plan, FYLKESKOMMUNE, 3).statusCode(200);
    consent(plan, INNOVASJON_NORGE, 3).statusCode(200);
    plan(plan).body("consents", hasSize(4)).body("readiness.ready", equalTo(true));

    // The same content again changes nothing, and voids nothing.
    as(tana())
        .header("If-Match", measureTag(plan, onThree))
        .body(business)
        .put(MEASURE, plan, onThree)
        .then()
        .statusCode(200);
    plan(plan).body("consents", hasSize(4));

    // Adding a measure under sub-goal 1 voids the consents on 1, not on 3.
    UUID onOne = addMeasure(plan, measure(1, "Tomter", TANA, List.of(), 1L, 0L, List.of()));
    plan(plan)
        .body("consents.subGoalNumber", contains(3, 3))
        .body("readiness.missingConsents.subGoalNumber", contains(1, 1));
    Api.submit(plan).statusCode(409).body("missingConsents", hasSize(2));
    consent(plan, HUSBANKEN, 1).statusCode(200);
    consent(plan, FYLKESKOMMUNE, 1).statusCode(200);

    // Moving a measure from sub-goal 3 to 1 voids both.
    Map<String, Object> moved = measure(1, "Næringshage", TANA, List.of(), 5L, 0L, List.of());
    as(tana())
        .header("If-Match", measureTag(plan, onThree))
        .body(moved)
        .put(MEASURE, plan, onThree)
        .then()
        .statusCode(200);
    plan(plan).body("consents", empty()).body("subGoals.subGoalNumber", contains(1));
    consent(plan, HUSBANKEN, 1).statusCode(200);
    consent(plan, FYLKESKOMMUNE, 1).statusCode(200);

    // Removing one voids them again.
    as(tana())
        .header("If-Match", measureTag(plan, onOne))
        .delete(MEASURE, plan, onOne)
        .then()
        .statusCode(204);
    plan(plan).body("consents", empty());
    as(kdd())
        .get("/api/v1/action-plans/{id}/audit?size=100", plan)
        .then()
        .body(
            "items.findAll { it.action == 'measure.removed' }[0].details.voidedConsents",
            hasSize(2))
        .body(
            "items.findAll { it.action == 'measure.changed' }[0].details.movedFromSubGoalNumber",
            equalTo(3));
    consent(plan, HUSBANKEN, 1).statusCode(200);
    consent(plan, FYLKESKOMMUNE, 1).statusCode(200);
    Api.submit(plan).statusCode(200);
  }
}
