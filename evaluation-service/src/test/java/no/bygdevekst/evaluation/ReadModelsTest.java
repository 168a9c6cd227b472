package no.bygdevekst.evaluation;

import static no.bygdevekst.evaluation.support.Fixtures.VESTRE_VARANGER_SUB_GOALS;
import static no.bygdevekst.evaluation.support.Fixtures.WAIT;
import static no.bygdevekst.evaluation.support.Fixtures.agreementState;
import static no.bygdevekst.evaluation.support.Fixtures.asKdd;
import static no.bygdevekst.evaluation.support.Fixtures.awaitRecord;
import static no.bygdevekst.evaluation.support.Fixtures.grantTotals;
import static no.bygdevekst.evaluation.support.Fixtures.header;
import static no.bygdevekst.evaluation.support.Fixtures.json;
import static no.bygdevekst.evaluation.support.Fixtures.measure;
import static no.bygdevekst.evaluation.support.Fixtures.planApproved;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import no.bygdevekst.evaluation.funding.FundingProjection;
import no.bygdevekst.evaluation.plan.PlanProjection;
import no.bygdevekst.evaluation.support.Fixtures;
import no.bygdevekst.platform.inbox.Agreements;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.TestEvents;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The read models follow real events on the real broker, idempotently and never backwards. */
@QuarkusTest
class ReadModelsTest {
  private static final String DLQ = "bygdevekst.evaluation.dlq";

  @Inject EventInbox inbox;

  @Test
  void anAgreementIsKeptAtItsHighestVersion() {
    UUID id = UUID.randomUUID();
    publishAgreement(id, "AgreementRegistered", 1, "DRAFT", "Utkast");
    awaitTitle(id, "Utkast");
    publishAgreement(id, "AgreementActivated", 3, "ACTIVE", "Bygdevekstavtale for Vestre Varanger");
    awaitTitle(id, "Bygdevekstavtale for Vestre Varanger");

    UUID stale = publishAgreement(id, "AgreementSigned", 2, "SIGNED", "Gammel versjon");
    await().atMost(WAIT).until(() -> inbox.applied(Agreements.CONSUMER, stale));
    attainment(id, 2025)
        .body("agreementTitle", equalTo("Bygdevekstavtale for Vestre Varanger"))
        .body("agreementStatus", equalTo("ACTIVE"))
        .body("subGoals", hasSize(3))
        .body("subGoals[2].title", equalTo("Styrke næringsutvikling"));
  }

  @Test
  void theLatestApprovedRevisionOfAYearIsInForceAndOtherPlanEventsAreIgnored() {
    UUID id = Fixtures.activeAgreement();
    publishPlan(id, 2025, 1, measure(1, "Boligkoordinator", 100_000_000, 25_000_000));
    publishPlan(
        id,
        2025,
        2,
        measure(1, "Boligkoordinator", 100_000_000, 25_000_000),
        measure(1, "Tomteutvikling", 50_000_000, 15_000_000),
        measure(3, "En vei inn", 20_000_000, 0));
    await()
        .atMost(WAIT)
        .untilAsserted(() -> attainment(id, 2025).body("subGoals[0].measureCount", equalTo(2)));

    UUID staleRevision =
        TestEvents.publish(
            "actionplan",
            "PlanApproved",
            id,
            json(planApproved(id, 2025, 1, List.of(measure(1, "Gammel", 1, 1)))));
    UUID submitted =
        TestEvents.publish(
            "actionplan",
            "PlanSubmitted",
            id,
            json(
                Map.of(
                    "planId",
                    UUID.randomUUID().toString(),
                    "agreementId",
                    id.toString(),
                    "year",
                    2026,
                    "revision",
                    1,
                    "submittedAt",
                    "2026-02-01T10:00:00Z",
                    "submittedBy",
                    "kommune-5628")));
    await()
        .atMost(WAIT)
        .until(
            () ->
                inbox.applied(PlanProjection.CONSUMER, staleRevision)
                    && inbox.applied(PlanProjection.CONSUMER, submitted));
    attainment(id, 2025)
        .body("subGoals[0].measureCount", equalTo(2))
        .body("subGoals[0].money.plannedGrantOre", equalTo(150_000_000))
        .body("subGoals[0].money.plannedOwnResourcesOre", equalTo(40_000_000))
        .body("subGoals[1].measureCount", equalTo(0))
        .body("subGoals[2].measureCount", equalTo(1))
        .body("subGoals[2].money.plannedGrantOre", equalTo(20_000_000));
    attainment(id, 2026).body("subGoals[0].measureCount", equalTo(0));
  }

  @Test
  void fundingIsTheSumOverTheYearsGrantsEachAtItsHighestGrantVersion() {
    UUID id = Fixtures.activeAgreement();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    publishFunding(id, "GrantAwarded", grantTotals(first, id, 2025, 1));
    publishFunding(
        id,
        "FundsAllocated",
        grantTotals(first, id, 2025, 2, new long[] {1, 150_000_000, 40_000_000, 0}));
    publishFunding(
        id,
        "DisbursementRecorded",
        grantTotals(first, id, 2025, 3, new long[] {1, 150_000_000, 40_000_000, 50_000_000}));
    publishFunding(
        id,
        "FundsAllocated",
        grantTotals(
            second, id, 2025, 2, new long[] {1, 10_000_000, 0, 0}, new long[] {2, 5, 0, 0}));
    publishFunding(
        id,
        "FundsAllocated",
        grantTotals(UUID.randomUUID(), id, 2026, 2, new long[] {1, 999_000_000, 0, 0}));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                attainment(id, 2025)
                    .body("subGoals[0].money.allocatedOre", equalTo(160_000_000))
                    .body("subGoals[0].money.allocatedOwnResourcesOre", equalTo(40_000_000))
                    .body("subGoals[0].money.disbursedOre", equalTo(50_000_000))
                    .body("subGoals[1].money.allocatedOre", equalTo(5)));

    // An older version of the first grant arrives late: nothing moves backwards.
    UUID late =
        publishFunding(
            id,
            "FundsAllocated",
            grantTotals(first, id, 2025, 2, new long[] {1, 150_000_000, 40_000_000, 0}));
    await().atMost(WAIT).until(() -> inbox.applied(FundingProjection.CONSUMER, late));
    attainment(id, 2025).body("subGoals[0].money.disbursedOre", equalTo(50_000_000));
    attainment(id, 2026).body("subGoals[0].money.allocatedOre", equalTo(999_000_000));
  }

  @Test
  void anEventDeliveredTwiceIsAppliedOnce() {
    UUID id = Fixtures.activeAgreement();
    UUID grant = UUID.randomUUID();
    UUID eventId = UUID.randomUUID();
    String allocated =
        json(grantTotals(grant, id, 2025, 5, new long[] {2, 70_000_000, 10_000_000, 0}));
    TestEvents.publish(eventId, "funding", "FundsAllocated", 1, id, allocated);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> attainment(id, 2025).body("subGoals[1].money.allocatedOre", equalTo(70_000_000)));

    TestEvents.publish(eventId, "funding", "FundsAllocated", 1, id, allocated);
    UUID next =
        publishFunding(
            id,
            "FundsAllocated",
            grantTotals(UUID.randomUUID(), id, 2025, 1, new long[] {3, 1_000, 0, 0}));
    await().atMost(WAIT).until(() -> inbox.applied(FundingProjection.CONSUMER, next));
    attainment(id, 2025)
        .body("subGoals[1].money.allocatedOre", equalTo(70_000_000))
        .body("subGoals[2].money.allocatedOre", equalTo(1_000));
    assertTrue(
        deadLetters(r -> eventId.toString().equals(header(r, "ce_id"))).isEmpty(),
        "a redelivered event is not a dead letter");
  }

  @Test
  void poisonMessagesAreDeadLetteredWithTheReasonAndTheConsumersGoOn() {
    UUID id = Fixtures.activeAgreement();

    String notACloudEvent = UUID.randomUUID().toString();
    TestEvents.send(
        new ProducerRecord<>(
            "bygdevekst.agreement.events",
            notACloudEvent,
            "{\"hello\":1}".getBytes(StandardCharsets.UTF_8)));
    assertReason(notACloudEvent, "CloudEvents");

    UUID unknown = UUID.randomUUID();
    TestEvents.publish("agreement", "AgreementShredded", unknown, "{}");
    assertReason(
        unknown.toString(), "Unknown event type no.bygdevekst.agreement.AgreementShredded");

    UUID negative = UUID.randomUUID();
    TestEvents.publish(
        "actionplan",
        "PlanApproved",
        negative,
        json(planApproved(negative, 2025, 1, List.of(measure(1, "Minus", -5, 0)))));
    assertReason(negative.toString(), "grantRequestedOre");

    UUID newerSchema = UUID.randomUUID();
    TestEvents.publish(
        UUID.randomUUID(),
        "funding",
        "FundsAllocated",
        2,
        newerSchema,
        json(grantTotals(UUID.randomUUID(), newerSchema, 2025, 1)));
    assertReason(newerSchema.toString(), "Unsupported schema version 2");

    UUID notJson = UUID.randomUUID();
    TestEvents.publish("funding", "GrantAwarded", notJson, "{not json");
    assertReason(notJson.toString(), "not readable");

    UUID otherSubject = UUID.randomUUID();
    TestEvents.publish(
        "agreement",
        "AgreementAmended",
        otherSubject,
        json(agreementState(UUID.randomUUID(), 9, "ACTIVE", "Feil", VESTRE_VARANGER_SUB_GOALS)));
    assertReason(otherSubject.toString(), "has subject");

    publishAgreement(id, "AgreementAmended", 4, "ACTIVE", "Endret etter giftige meldinger");
    awaitTitle(id, "Endret etter giftige meldinger");
  }

  private void assertReason(String key, String reason) {
    var record = awaitRecord(DLQ, r -> key.equals(r.key()));
    assertThat(header(record, "dead-letter-reason"), containsString(reason));
  }

  private static List<ConsumerRecord<String, byte[]>> deadLetters(
      Predicate<ConsumerRecord<String, byte[]>> match) {
    return TopicReader.readAll(TestInfrastructure.get().kafkaBootstrapServers(), DLQ, match);
  }

  private static UUID publishAgreement(
      UUID id, String event, long version, String status, String title) {
    return TestEvents.publish(
        "agreement",
        event,
        id,
        json(agreementState(id, version, status, title, VESTRE_VARANGER_SUB_GOALS)));
  }

  @SafeVarargs
  private static void publishPlan(
      UUID id, int year, int revision, Map<String, Object>... measures) {
    TestEvents.publish(
        "actionplan",
        "PlanApproved",
        id,
        json(planApproved(id, year, revision, List.of(measures))));
  }

  private static UUID publishFunding(UUID id, String event, Map<String, Object> totals) {
    return TestEvents.publish("funding", event, id, json(totals));
  }

  private static void awaitTitle(UUID id, String title) {
    await()
        .atMost(WAIT)
        .untilAsserted(() -> attainment(id, 2025).body("agreementTitle", equalTo(title)));
  }

  private static ValidatableResponse attainment(UUID id, int year) {
    return asKdd()
        .queryParam("year", year)
        .get("/api/v1/agreements/{id}/attainment", id)
        .then()
        .statusCode(200);
  }
}
