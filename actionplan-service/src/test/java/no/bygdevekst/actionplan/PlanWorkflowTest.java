package no.bygdevekst.actionplan;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.actionplan.AgreementFixture.BERLEVAG;
import static no.bygdevekst.actionplan.AgreementFixture.FYLKESKOMMUNE;
import static no.bygdevekst.actionplan.AgreementFixture.HUSBANKEN;
import static no.bygdevekst.actionplan.AgreementFixture.INNOVASJON_NORGE;
import static no.bygdevekst.actionplan.AgreementFixture.NESSEBY;
import static no.bygdevekst.actionplan.AgreementFixture.TANA;
import static no.bygdevekst.actionplan.Api.addMeasure;
import static no.bygdevekst.actionplan.Api.as;
import static no.bygdevekst.actionplan.Api.consent;
import static no.bygdevekst.actionplan.Api.kdd;
import static no.bygdevekst.actionplan.Api.measure;
import static no.bygdevekst.actionplan.Api.measureTag;
import static no.bygdevekst.actionplan.Api.municipality;
import static no.bygdevekst.actionplan.Api.plan;
import static no.bygdevekst.actionplan.Api.tana;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The whole life of a plan over REST, with a token for each role, and its events. */
@QuarkusTest
class PlanWorkflowTest {
  private static final String TOPIC = "bygdevekst.actionplan.events";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void fromDraftThroughConsentsAndAReturnToApproval() throws IOException {
    AgreementFixture agreement = AgreementFixture.signed().activate();

    Response started =
        as(tana())
            .body(Map.of("year", 2025))
            .post("/api/v1/agreements/{a}/action-plans", agreement.id);
    started
        .then()
        .statusCode(201)
        .header("ETag", equalTo("\"0\""))
        .body("status", equalTo("DRAFT"))
        .body("revision", equalTo(1))
        .body("year", equalTo(2025))
        .body("createdBy", equalTo("kommune-5628"))
        .body("readiness.ready", equalTo(false))
        .body("readiness.problems", contains("The plan has no measures"));
    UUID plan = UUID.fromString(started.path("id"));
    assertTrue(started.header("Location").endsWith("/api/v1/action-plans/" + plan));

    UUID coordinator =
        addMeasure(
            plan,
            measure(
                1,
                "Felles boligkoordinator",
                TANA,
                List.of(HUSBANKEN),
                100_000_000L,
                25_000_000L,
                List.of("Nye boliger ferdigstilt")));
    // Any municipality of the agreement writes the plan.
    String housingPlan =
        as(municipality(NESSEBY))
            .body(
                measure(
                    1,
                    "Boligsosial handlingsplan",
                    NESSEBY,
                    List.of(HUSBANKEN, FYLKESKOMMUNE),
                    50_000_000L,
                    15_000_000L,
                    List.of("Nye boliger ferdigstilt", "Utleieboliger")))
            .post("/api/v1/action-plans/{id}/measures", plan)
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/action-plans/" + plan + "/measures/"))
            .extract()
            .path("measureId");
    UUID business =
        addMeasure(
            plan,
            measure(
                3,
                "En vei inn",
                BERLEVAG,
                List.of(INNOVASJON_NORGE),
                30_000_000L,
                10_000_000L,
                List.of("Nye arbeidsplasser")));

    plan(plan)
        .body("measures", hasSize(3))
        .body("subGoals.subGoalNumber", contains(1, 3))
        .body("subGoals[0].measureCount", equalTo(2))
        .body("subGoals[0].grantRequestedOre", equalTo(150_000_000))
        .body("subGoals[0].partners", contains(HUSBANKEN, FYLKESKOMMUNE))
        .body("totalGrantRequestedOre", equalTo(180_000_000))
        .body("totalOwnResourcesOre", equalTo(50_000_000))
        .body("readiness.missingConsents", hasSize(4));

    as(tana())
        .post("/api/v1/action-plans/{id}/submission", plan)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("missingConsents.subGoalNumber", contains(1, 1, 3, 3))
        .body(
            "missingConsents.organisationNumber",
            contains(FYLKESKOMMUNE, HUSBANKEN, FYLKESKOMMUNE, INNOVASJON_NORGE));

    consent(plan, HUSBANKEN, 1).statusCode(200).body("consents", hasSize(1));
    consent(plan, FYLKESKOMMUNE, 1, 3).statusCode(200);
    consent(plan, INNOVASJON_NORGE, 3)
        .statusCode(200)
        .body("consents", hasSize(4))
        .body("readiness.ready", equalTo(true))
        .body("readiness.missingConsents", empty());

    as(tana())
        .post("/api/v1/action-plans/{id}/submission", plan)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("submittedBy", equalTo("kommune-5628"))
        .body("readiness", nullValue());

    as(kdd())
        .body(Map.of("reason", "Delmål 3 trenger høyere egenandel"))
        .post("/api/v1/action-plans/{id}/return", plan)
        .then()
        .statusCode(200)
        .body("status", equalTo("RETURNED"))
        .body("returnReason", equalTo("Delmål 3 trenger høyere egenandel"))
        .body("returnedBy", equalTo("kdd-saksbehandler"));

    // Returned: editable again. A change under sub-goal 3 voids the consents on 3 only.
    as(tana())
        .header("If-Match", measureTag(plan, business))
        .body(
            measure(
                3,
                "En vei inn",
                BERLEVAG,
                List.of(INNOVASJON_NORGE),
                30_000_000L,
                15_000_000L,
                List.of("Nye arbeidsplasser")))
        .put("/api/v1/action-plans/{id}/measures/{m}", plan, business)
        .then()
        .statusCode(200)
        .body("ownResourcesOre", equalTo(15_000_000));
    plan(plan)
        .body("consents.subGoalNumber", contains(1, 1))
        .body("readiness.missingConsents.subGoalNumber", contains(3, 3));
    consent(plan, FYLKESKOMMUNE, 3).statusCode(200);
    consent(plan, INNOVASJON_NORGE, 3).statusCode(200);
    Api.submit(plan).statusCode(200).body("status", equalTo("SUBMITTED"));

    String tag = plan(plan).extract().header("ETag");
    as(kdd())
        .header("If-Match", tag)
        .post("/api/v1/action-plans/{id}/approval", plan)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("inForce", equalTo(true))
        .body("approvedBy", equalTo("kdd-saksbehandler"));

    JsonNode approved = event(agreement.id, "PlanApproved", plan);
    JsonNode expected =
        JSON.readTree(
            """
            {
              "planId": "%s", "agreementId": "%s", "year": 2025, "revision": 1,
              "supersedesPlanId": null, "supersedesRevision": null,
              "subGoals": [
                {"subGoalNumber": 1, "measureCount": 2,
                 "grantRequestedOre": 150000000, "ownResourcesOre": 40000000},
                {"subGoalNumber": 3, "measureCount": 1,
                 "grantRequestedOre": 30000000, "ownResourcesOre": 15000000}
              ],
              "measures": [
                {"measureId": "%s", "subGoalNumber": 1, "title": "Felles boligkoordinator",
                 "responsibleParty": "5628", "partners": ["986038009"],
                 "grantRequestedOre": 100000000, "ownResourcesOre": 25000000,
                 "resultTargets": ["Nye boliger ferdigstilt"]},
                {"measureId": "%s", "subGoalNumber": 1, "title": "Boligsosial handlingsplan",
                 "responsibleParty": "5636", "partners": ["986038009", "830090282"],
                 "grantRequestedOre": 50000000, "ownResourcesOre": 15000000,
                 "resultTargets": ["Nye boliger ferdigstilt", "Utleieboliger"]},
                {"measureId": "%s", "subGoalNumber": 3, "title": "En vei inn",
                 "responsibleParty": "5630", "partners": ["986399445"],
                 "grantRequestedOre": 30000000, "ownResourcesOre": 15000000,
                 "resultTargets": ["Nye arbeidsplasser"]}
              ],
              "totalGrantRequestedOre": 180000000,
              "totalOwnResourcesOre": 55000000
            }
            """
                .formatted(plan, agreement.id, coordinator, housingPlan, business));
    expected.fieldNames().forEachRemaining(f -> assertEquals(expected.get(f), approved.get(f), f));
    assertEquals("kdd-saksbehandler", approved.get("approvedBy").asText());
    assertTrue(approved.get("approvedAt").asText().endsWith("Z"), approved.toString());

    JsonNode submitted = event(agreement.id, "PlanSubmitted", plan);
    assertEquals(1, submitted.get("revision").asInt());
    assertEquals("kommune-5628", submitted.get("submittedBy").asText());
    assertEquals(
        "Delmål 3 trenger høyere egenandel",
        event(agreement.id, "PlanReturned", plan).get("reason").asText());
    assertEquals(2, events(agreement.id, "PlanSubmitted", plan, 2).size());

    as(kdd())
        .get("/api/v1/action-plans/{id}/audit?size=50", plan)
        .then()
        .statusCode(200)
        .body(
            "items.action",
            contains(
                "plan.started",
                "measure.added",
                "measure.added",
                "measure.added",
                "consent.consent",
                "consent.consent",
                "consent.consent",
                "plan.submitted",
                "plan.returned",
                "measure.changed",
                "consent.consent",
                "consent.consent",
                "plan.submitted",
                "plan.approved"))
        .body(
            "items.actor",
            hasItems("kommune-5628", "kommune-5636", "partner-986038009", "kdd-saksbehandler"))
        .body(
            "items[9].details.voidedConsents.organisationNumber",
            contains(FYLKESKOMMUNE, INNOVASJON_NORGE));
  }

  @Test
  void aRevisionCopiesTheMeasuresAndItsApprovalSupersedesTheEarlierRevision() throws IOException {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID first = Api.consentedPlan(agreement);
    UUID extra =
        addMeasure(
            first, measure(1, "Tomteutvikling", TANA, List.of(), 20_000_000L, 0L, List.of()));
    consent(first, HUSBANKEN, 1).statusCode(200);
    consent(first, FYLKESKOMMUNE, 1).statusCode(200);
    Api.submit(first).statusCode(200);
    Api.approve(first).statusCode(200);

    Response revised = as(tana()).post("/api/v1/action-plans/{id}/revisions", first);
    revised
        .then()
        .statusCode(201)
        .body("revision", equalTo(2))
        .body("status", equalTo("DRAFT"))
        .body("revisedFromPlanId", equalTo(first.toString()))
        .body("revisedFromRevision", equalTo(1))
        .body("measures", hasSize(2))
        .body("consents", empty())
        .body("readiness.missingConsents", hasSize(2));
    UUID second = UUID.fromString(revised.path("id"));
    assertTrue(revised.header("Location").endsWith("/api/v1/action-plans/" + second));
    List<String> firstIds = plan(first).extract().path("measures.measureId");
    List<String> secondIds = plan(second).extract().path("measures.measureId");
    assertEquals(firstIds, secondIds, "a revision keeps the identity of its measures");

    JsonNode revisedEvent = event(agreement.id, "PlanRevised", second);
    assertEquals(first.toString(), revisedEvent.get("revisedFromPlanId").asText());
    assertEquals(1, revisedEvent.get("revisedFromRevision").asInt());
    assertEquals(2, revisedEvent.get("revision").asInt());

    as(tana())
        .header("If-Match", measureTag(second, extra))
        .delete("/api/v1/action-plans/{id}/measures/{m}", second, extra)
        .then()
        .statusCode(204);
    plan(first).body("measures", hasSize(2)); // the approved revision is untouched
    consent(second, HUSBANKEN, 1).statusCode(200);
    consent(second, FYLKESKOMMUNE, 1).statusCode(200);
    Api.submit(second).statusCode(200);
    Api.approve(second)
        .statusCode(200)
        .body("supersedesPlanId", equalTo(first.toString()))
        .body("supersedesRevision", equalTo(1))
        .body("inForce", equalTo(true));

    plan(first)
        .body("status", equalTo("APPROVED"))
        .body("inForce", equalTo(false))
        .body("supersededByPlanId", equalTo(second.toString()))
        .body("supersededByRevision", equalTo(2));
    JsonNode approved = event(agreement.id, "PlanApproved", second);
    assertEquals(first.toString(), approved.get("supersedesPlanId").asText());
    assertEquals(1, approved.get("supersedesRevision").asInt());
    assertEquals(2, approved.get("revision").asInt());
    assertEquals(100_000_000L, approved.get("totalGrantRequestedOre").asLong());
    assertEquals(1, approved.get("measures").size());

    as(Api.reader())
        .get("/api/v1/agreements/{a}/action-plans", agreement.id)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items.revision", contains(1, 2))
        .body("items.inForce", contains(false, true))
        .body("items[1].measureCount", equalTo(1))
        .body("items[1].totalGrantRequestedOre", equalTo(100_000_000));
    as(kdd())
        .get("/api/v1/agreements/{a}/action-plans?year=2026", agreement.id)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    as(kdd())
        .get("/api/v1/agreements/{a}/action-plans?status=DRAFT&size=1", agreement.id)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    as(kdd())
        .get("/api/v1/agreements/{a}/action-plans?status=approved&page=1&size=1", agreement.id)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("totalPages", equalTo(2))
        .body("items[0].id", equalTo(second.toString()));
    as(kdd())
        .get("/api/v1/agreements/{a}/action-plans?status=FINISHED", agreement.id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    as(kdd())
        .get("/api/v1/agreements/{a}/action-plans?year=neste", agreement.id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("year"));
    as(kdd())
        .get("/api/v1/agreements/{a}/action-plans?size=500", agreement.id)
        .then()
        .statusCode(400);
    as(kdd()).get("/api/v1/agreements/{a}/action-plans", UUID.randomUUID()).then().statusCode(404);
    as(kdd())
        .get("/api/v1/action-plans/{id}/audit", first)
        .then()
        .statusCode(200)
        .body("items.action", hasItems("plan.revision-started", "plan.superseded"));
  }

  @Test
  void thePublicSeesApprovedRevisionsOnlyAndMayCacheThem() {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID approved = Api.consentedPlan(agreement);
    Api.submit(approved).statusCode(200);
    Api.approve(approved).statusCode(200);
    UUID draft = Api.startPlan(agreement, 2026);

    Response first = given().get("/api/v1/public/agreements/{a}/action-plans", agreement.id);
    first
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("public, max-age=60"))
        .body("totalItems", equalTo(1))
        .body("items[0].id", equalTo(approved.toString()))
        .body("items[0].inForce", equalTo(true))
        .body("items[0].measures[0].title", equalTo("Felles boligkoordinator"))
        .body("items[0].totalGrantRequestedOre", equalTo(100_000_000));
    String tag = first.header("ETag");
    given()
        .header("If-None-Match", tag)
        .get("/api/v1/public/agreements/{a}/action-plans", agreement.id)
        .then()
        .statusCode(304);
    given()
        .get("/api/v1/public/agreements/{a}/action-plans", UUID.randomUUID())
        .then()
        .statusCode(404);
    given().get("/api/v1/action-plans/{id}", draft).then().statusCode(401);
  }

  @Test
  void thePortalsOriginMayReadApprovedPlansFromABrowser() {
    UUID agreement = UUID.randomUUID();
    given()
        .header("Origin", "https://portal.example.test")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "if-none-match")
        .options("/api/v1/public/agreements/{a}/action-plans", agreement)
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "https://portal.example.test")
        .header("Access-Control-Allow-Methods", containsString("GET"));
    given()
        .header("Origin", "https://portal.example.test")
        .get("/api/v1/public/agreements/{a}/action-plans", agreement)
        .then()
        .statusCode(404)
        .header("Access-Control-Allow-Origin", "https://portal.example.test")
        .header("Access-Control-Expose-Headers", containsString("ETag"));
    given()
        .header("Origin", "https://elsewhere.example")
        .get("/api/v1/public/agreements/{a}/action-plans", agreement)
        .then()
        .statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
  }

  private static JsonNode event(UUID agreementId, String type, UUID planId) throws IOException {
    return events(agreementId, type, planId, 1).get(0);
  }

  private static List<JsonNode> events(UUID agreementId, String type, UUID planId, int count)
      throws IOException {
    List<ConsumerRecord<String, byte[]>> records =
        TopicReader.awaitRecords(
            TestInfrastructure.get().kafkaBootstrapServers(),
            TOPIC,
            r ->
                agreementId.toString().equals(r.key())
                    && ("no.bygdevekst.actionplan." + type).equals(header(r, "ce_type"))
                    && planId.toString().equals(planIdOf(r)),
            count,
            Duration.ofSeconds(30));
    List<JsonNode> nodes = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : records) {
      assertEquals(agreementId.toString(), header(r, "ce_subject"));
      assertEquals("/bygdevekst/actionplan-service", header(r, "ce_source"));
      assertEquals("1", header(r, "ce_schemaversion"));
      nodes.add(JSON.readTree(r.value()));
    }
    return nodes;
  }

  private static String planIdOf(ConsumerRecord<String, byte[]> r) {
    try {
      return JSON.readTree(r.value()).path("planId").asText();
    } catch (IOException e) {
      return null;
    }
  }

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    var h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
