package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testsupport.RestartableKafkaResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {
  static final String TOPIC = "bygdevekst.probe.events";

  static void emit(UUID agreement, int count, boolean fail, int expectedStatus) {
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .queryParam("count", count)
        .queryParam("fail", fail)
        .when()
        .post("/api/v1/probes/events/" + agreement)
        .then()
        .statusCode(expectedStatus);
  }

  /** Waits until {@code count} events of the agreement are marked published. */
  static void awaitPublished(UUID agreement, int count, Duration timeout) {
    await()
        .atMost(timeout)
        .until(
            () ->
                Db.count(
                        "select count(*) from outbox_event where record_key = ? and published_at is not null",
                        agreement.toString())
                    == count);
  }

  static String header(ConsumerRecord<String, byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  @Test
  void aRolledBackTransactionPublishesNothing() {
    UUID rolledBack = UUID.randomUUID();
    UUID marker = UUID.randomUUID();
    emit(rolledBack, 3, true, 409);
    emit(marker, 1, false, 202);
    TopicReader.awaitRecord(
        RestartableKafkaResource.bootstrapServers(),
        TOPIC,
        r -> marker.toString().equals(r.key()),
        Duration.ofSeconds(30));
    assertEquals(
        0,
        Db.count("select count(*) from outbox_event where record_key = ?", rolledBack.toString()));
    assertTrue(
        TopicReader.readAll(
                RestartableKafkaResource.bootstrapServers(),
                TOPIC,
                r -> rolledBack.toString().equals(r.key()))
            .isEmpty());
  }

  @Test
  void eventsArriveAsCloudEventsInOrderPerAgreementAndAreAppliedOnce() {
    UUID agreement = UUID.randomUUID();
    emit(agreement, 20, false, 202);
    List<ConsumerRecord<String, byte[]>> records =
        TopicReader.awaitRecords(
            RestartableKafkaResource.bootstrapServers(),
            TOPIC,
            r -> agreement.toString().equals(r.key()),
            20,
            Duration.ofSeconds(30));
    for (int i = 0; i < 20; i++) {
      ConsumerRecord<String, byte[]> r = records.get(i);
      assertEquals(
          "{\"value\": " + i + ", \"agreementId\": \"" + agreement + "\"}",
          new String(r.value(), StandardCharsets.UTF_8));
      assertEquals("1.0", header(r, "ce_specversion"));
      assertEquals("no.bygdevekst.probe.ProbeHappened", header(r, "ce_type"));
      assertEquals("/bygdevekst/probe-service", header(r, "ce_source"));
      assertEquals(agreement.toString(), header(r, "ce_subject"));
      assertEquals("1", header(r, "ce_schemaversion"));
      assertEquals("application/json", header(r, "content-type"));
      UUID.fromString(header(r, "ce_id"));
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Db.count(
                        "select count(*) from probe_projection where agreement_id = ? and applied = 20",
                        agreement)
                    == 1);
    assertEquals(
        19,
        ((Number)
                Db.query(
                        "select last_value from probe_projection where agreement_id = ?", agreement)
                    .get(0)[0])
            .intValue());
  }

  @Test
  void whileAnotherReplicaRelaysThisOneWaits() throws Exception {
    UUID agreement = UUID.randomUUID();
    try (Connection other = Db.connect()) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.execute("select pg_advisory_xact_lock(" + 0x6f7574626f78L + ")");
      }
      emit(agreement, 1, false, 202);
      Thread.sleep(1500);
      assertEquals(
          1,
          Db.count(
              "select count(*) from outbox_event where record_key = ? and published_at is null",
              agreement.toString()),
          "not published while another relay holds the lock");
      other.commit();
    }
    awaitPublished(agreement, 1, Duration.ofSeconds(10));
  }

  /** Prints commit-to-acknowledgement latency; a benchmark, not a pass/fail timing. */
  @Test
  void commitToPublishLatencyIsMeasured() {
    UUID agreement = UUID.randomUUID();
    for (int i = 0; i < 100; i++) {
      emit(agreement, 1, false, 202);
    }
    awaitPublished(agreement, 100, Duration.ofSeconds(30));
    List<Double> millis = new ArrayList<>();
    for (Object[] row :
        Db.query(
            "select extract(epoch from (published_at - created_at)) * 1000 from outbox_event where record_key = ?",
            agreement.toString())) {
      millis.add(((Number) row[0]).doubleValue());
    }
    Collections.sort(millis);
    double p50 = millis.get(49);
    double p99 = millis.get(98);
    System.out.printf(
        "Outbox commit-to-publish latency over 100 events: p50 %.1f ms, p99 %.1f ms%n", p50, p99);
    assertFalse(millis.isEmpty());
  }
}
