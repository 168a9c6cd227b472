package no.bygdevekst.actionplan;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.bygdevekst.actionplan.agreement.Agreement;
import no.bygdevekst.actionplan.agreement.AgreementReadModel;
import no.bygdevekst.platform.inbox.Agreements;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.TestEvents;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The agreement read model, built from real events on the real broker. */
@QuarkusTest
class AgreementReadModelTest {
  private static final String CONSUMER = Agreements.CONSUMER;

  @Inject AgreementReadModel readModel;
  @Inject EventInbox inbox;

  @Test
  void theReadModelFollowsTheAgreementsEvents() {
    AgreementFixture fixture = AgreementFixture.signed();
    Agreement agreement = readModel.find(fixture.id).orElseThrow();
    assertEquals(2, agreement.version());
    assertEquals("SIGNED", agreement.status());
    assertEquals(
        Set.of(
            AgreementFixture.TANA,
            AgreementFixture.NESSEBY,
            AgreementFixture.BERLEVAG,
            AgreementFixture.BATSFJORD),
        agreement.municipalityNumbers());
    assertEquals(6, agreement.subGoals().size());
    assertEquals(
        List.of(AgreementFixture.HUSBANKEN, AgreementFixture.FYLKESKOMMUNE),
        agreement.subGoal(1).orElseThrow().partners());

    fixture.activate();
    fixture.subGoals.remove(6);
    fixture.amend();
    Agreement amended = readModel.find(fixture.id).orElseThrow();
    assertEquals(4, amended.version());
    assertEquals("ACTIVE", amended.status());
    assertTrue(amended.subGoal(6).isEmpty(), "the amendment removed sub-goal 6");
  }

  @Test
  void aLostReadModelIsRebuiltFromTheAgreementTopic() throws SQLException {
    AgreementFixture fixture = AgreementFixture.signed();
    fixture.activate();
    try (Connection c = AgreementFixture.connection();
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from agreement_view");
    }
    assertTrue(readModel.find(fixture.id).isEmpty());
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(no.bygdevekst.platform.testing.DevTokens.kdd())
        .post("/api/v1/admin/read-models/agreements/rebuild")
        .then()
        .statusCode(200);
    Agreement rebuilt = readModel.find(fixture.id).orElseThrow();
    assertEquals(3, rebuilt.version());
    assertEquals("ACTIVE", rebuilt.status());
  }

  @Test
  void anOlderVersionNeverMovesTheReadModelBack() {
    AgreementFixture fixture = AgreementFixture.signed();
    String stale = versionOf(fixture, 1, "DRAFT", "AgreementRegistered");
    UUID staleId = TestEvents.publish("agreement", "AgreementRegistered", fixture.id, stale);
    awaitApplied(staleId);
    Agreement agreement = readModel.find(fixture.id).orElseThrow();
    assertEquals(2, agreement.version());
    assertEquals("SIGNED", agreement.status());
  }

  @Test
  void aRedeliveredEventIsAppliedOnce() throws SQLException {
    AgreementFixture fixture = AgreementFixture.registered();
    UUID signedId = UUID.randomUUID();
    fixture.version = 2;
    fixture.status = "SIGNED";
    TestEvents.publish(
        signedId, "agreement", "AgreementSigned", 1, fixture.id, fixture.json("AgreementSigned"));
    fixture.awaitVersion(2);

    // The same event again, exactly as first sent: the inbox already holds its id.
    TestEvents.publish(
        signedId, "agreement", "AgreementSigned", 1, fixture.id, fixture.json("AgreementSigned"));
    // The same id once more, carrying a higher version: were it applied, it would stick, and the
    // next event (same version) would then be ignored. The inbox must skip it by its id alone.
    String forged = versionOf(fixture, 3, "CONCLUDED", "AgreementSigned");
    TestEvents.publish(signedId, "agreement", "AgreementSigned", 1, fixture.id, forged);
    fixture.version = 2;
    fixture.activate(); // version 3, ACTIVE: after the redeliveries on the same partition

    Agreement agreement = readModel.find(fixture.id).orElseThrow();
    assertEquals(3, agreement.version());
    assertEquals("ACTIVE", agreement.status());
    assertEquals(1, inboxRows(signedId));
  }

  @Test
  void poisonMessagesGoToTheDeadLetterTopicAndTheConsumerGoesOn() {
    AgreementFixture fixture = AgreementFixture.registered();
    String key = fixture.id.toString();

    RecordHeaders headers = new RecordHeaders();
    header(headers, "ce_specversion", "1.0");
    header(headers, "ce_id", UUID.randomUUID().toString());
    header(headers, "ce_source", "/bygdevekst/agreement-service");
    header(headers, "ce_type", "no.bygdevekst.agreement.AgreementSigned");
    header(headers, "ce_subject", key);
    header(headers, "ce_time", Instant.now().toString());
    header(headers, "ce_schemaversion", "1");
    TestEvents.send(
        new ProducerRecord<>(
            "bygdevekst.agreement.events",
            null,
            key,
            "{not json".getBytes(StandardCharsets.UTF_8),
            headers));
    String noPeriod = fixture.json("AgreementSigned").replaceFirst("\"period\":\\{[^}]*\\},", "");
    TestEvents.publish("agreement", "AgreementSigned", fixture.id, noPeriod);
    TestEvents.publish("agreement", "AgreementRenamed", fixture.id, fixture.json("x"));

    fixture.sign(); // a good event after the poison is still applied

    List<ConsumerRecord<String, byte[]>> dead =
        TopicReader.awaitRecords(
            TestInfrastructure.get().kafkaBootstrapServers(),
            "bygdevekst.actionplan.dlq",
            r -> key.equals(r.key()),
            3,
            Duration.ofSeconds(30));
    assertEquals(3, dead.size());
    List<String> reasons = dead.stream().map(r -> text(r, "dead-letter-reason")).toList();
    assertTrue(reasons.get(0).contains("is not readable"), reasons.get(0));
    assertTrue(reasons.get(1).contains("period"), reasons.get(1));
    assertTrue(reasons.get(2).contains("Unknown event type"), reasons.get(2));
    assertEquals("{not json", new String(dead.get(0).value(), StandardCharsets.UTF_8));
    assertEquals(2, readModel.find(fixture.id).orElseThrow().version());
  }

  private void awaitApplied(UUID eventId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> inbox.applied(CONSUMER, eventId));
  }

  private static String versionOf(
      AgreementFixture fixture, long version, String status, String event) {
    long keptVersion = fixture.version;
    String keptStatus = fixture.status;
    fixture.version = version;
    fixture.status = status;
    String json = fixture.json(event);
    fixture.version = keptVersion;
    fixture.status = keptStatus;
    return json;
  }

  private static long inboxRows(UUID eventId) throws SQLException {
    try (Connection c = AgreementFixture.connection();
        PreparedStatement q =
            c.prepareStatement(
                "select count(*) from inbox_event where consumer = ? and event_id = ?")) {
      q.setString(1, CONSUMER);
      q.setObject(2, eventId);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void header(RecordHeaders headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertNotNull(header, "header " + name);
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
