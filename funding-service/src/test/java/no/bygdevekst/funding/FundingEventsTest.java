package no.bygdevekst.funding;

import static no.bygdevekst.funding.Fixtures.allocate;
import static no.bygdevekst.funding.Fixtures.allocationJson;
import static no.bygdevekst.funding.Fixtures.disburse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.Fixtures.Measure;
import no.bygdevekst.funding.Fixtures.SubGoal;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What funding publishes on the real topic, in the contract's shape (docs/events.md). */
@QuarkusTest
class FundingEventsTest {
  static final int YEAR = 2025;

  @Inject EventInbox inbox;
  @Inject ObjectMapper mapper;

  @Test
  void everyMovementIsPublishedWithTheGrantsTotalsAndARisingGrantVersion() throws Exception {
    UUID agreementId = Fixtures.agreement(inbox);
    Measure measure = Measure.of(1, "Felles boligkoordinator", 300_000_00L, 0);
    UUID planId =
        Fixtures.approvePlan(
            inbox,
            agreementId,
            YEAR,
            List.of(new SubGoal(1, 300_000_00L, 50_000_00L), new SubGoal(2, 200_000_00L, 0)),
            List.of(measure));
    UUID appropriationId = Fixtures.appropriation(YEAR, 1_000_000_00L);
    UUID grantId = Fixtures.grant(agreementId, YEAR, appropriationId, 400_000_00L);
    String tana = DevTokens.municipality(Fixtures.TANA);
    allocate(tana, grantId, allocationJson(1, measure.measureId(), 200_000_00L, 40_000_00L))
        .then()
        .statusCode(201);
    allocate(tana, grantId, allocationJson(2, null, 100_000_00L, 0)).then().statusCode(201);
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(tana)
        .contentType(ContentType.JSON)
        .body(
            """
            { "fromSubGoalNumber": 1, "fromMeasureId": "%s", "toSubGoalNumber": 2,
              "amountOre": 5000000, "reason": "Omprioritert" }
            """
                .formatted(measure.measureId()))
        .post("/api/v1/grants/{id}/reallocations", grantId)
        .then()
        .statusCode(201);
    disburse(
            DevTokens.kdd(),
            grantId,
            "{ \"lines\": [ { \"subGoalNumber\": 2, \"amountOre\": 3000000 } ], \"final\": true }")
        .then()
        .statusCode(201);
    Fixtures.award(Fixtures.awardJson(agreementId, YEAR, appropriationId, 1, true))
        .then()
        .statusCode(409);

    List<ConsumerRecord<String, byte[]>> records =
        TopicReader.awaitRecords(
            TestInfrastructure.get().kafkaBootstrapServers(),
            "bygdevekst.funding.events",
            r -> agreementId.toString().equals(r.key()),
            5,
            Duration.ofSeconds(30));
    assertEquals(5, records.size(), "nothing published for the refused addition");
    List<String> types = new ArrayList<>();
    List<JsonNode> data = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : records) {
      types.add(header(r, "ce_type"));
      assertEquals("1.0", header(r, "ce_specversion"));
      assertEquals("/bygdevekst/funding-service", header(r, "ce_source"));
      assertEquals(agreementId.toString(), header(r, "ce_subject"));
      assertEquals("1", header(r, "ce_schemaversion"));
      data.add(mapper.readTree(new String(r.value(), StandardCharsets.UTF_8)));
    }
    assertEquals(
        List.of(
            "no.bygdevekst.funding.GrantAwarded",
            "no.bygdevekst.funding.FundsAllocated",
            "no.bygdevekst.funding.FundsAllocated",
            "no.bygdevekst.funding.FundsReallocated",
            "no.bygdevekst.funding.DisbursementRecorded"),
        types);
    for (int i = 0; i < data.size(); i++) {
      JsonNode d = data.get(i);
      assertEquals(grantId.toString(), d.get("grantId").asText());
      assertEquals(agreementId.toString(), d.get("agreementId").asText());
      assertEquals(YEAR, d.get("year").asInt());
      assertEquals(i + 1, d.get("grantVersion").asLong(), "grantVersion rises by one per change");
      assertEquals(40_000_000L, d.get("grantedOre").asLong());
      assertTrue(d.get("occurredAt").asText().endsWith("Z"));
    }

    JsonNode awarded = data.get(0);
    assertEquals(appropriationId.toString(), awarded.get("appropriationId").asText());
    assertEquals(40_000_000L, awarded.get("amountOre").asLong());
    assertEquals(false, awarded.get("addition").asBoolean());
    assertEquals(planId.toString(), awarded.get("planId").asText());
    assertEquals(1, awarded.get("planRevision").asInt());
    assertEquals("kdd-saksbehandler", awarded.get("actor").asText());
    assertEquals(0, awarded.get("subGoals").size());

    JsonNode allocated = data.get(2);
    assertTrue(allocated.get("entryId").isTextual());
    assertEquals(2, allocated.get("subGoalNumber").asInt());
    assertTrue(
        allocated.has("measureId") && allocated.get("measureId").isNull(), "measureId: null");
    assertEquals(10_000_000L, allocated.get("grantAmountOre").asLong());
    assertEquals("kommune-5628", allocated.get("actor").asText());
    assertEquals(
        mapper.readTree(
            """
            [ { "subGoalNumber": 1, "allocatedOre": 20000000, "ownResourcesOre": 4000000, "disbursedOre": 0 },
              { "subGoalNumber": 2, "allocatedOre": 10000000, "ownResourcesOre": 0, "disbursedOre": 0 } ]
            """),
        allocated.get("subGoals"));

    JsonNode reallocated = data.get(3);
    assertEquals(1, reallocated.get("fromSubGoalNumber").asInt());
    assertEquals(measure.measureId().toString(), reallocated.get("fromMeasureId").asText());
    assertEquals(2, reallocated.get("toSubGoalNumber").asInt());
    assertTrue(reallocated.get("toMeasureId").isNull());
    assertEquals(5_000_000L, reallocated.get("amountOre").asLong());
    assertEquals(15_000_000L, reallocated.get("subGoals").get(0).get("allocatedOre").asLong());
    assertEquals(15_000_000L, reallocated.get("subGoals").get(1).get("allocatedOre").asLong());

    JsonNode disbursed = data.get(4);
    assertEquals(true, disbursed.get("final").asBoolean());
    assertTrue(!disbursed.has("finalDisbursement"), "the contract's name only: " + disbursed);
    assertEquals(3_000_000L, disbursed.get("amountOre").asLong());
    assertEquals(
        mapper.readTree("[ { \"subGoalNumber\": 2, \"amountOre\": 3000000 } ]"),
        disbursed.get("lines"));
    assertEquals(3_000_000L, disbursed.get("subGoals").get(1).get("disbursedOre").asLong());
    assertTrue(disbursed.get("disbursementId").isTextual());
  }

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
