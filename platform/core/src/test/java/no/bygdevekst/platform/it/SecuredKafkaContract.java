package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.TestEvents;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * What the probe application does over a secured listener, with every Kafka client it has: the
 * outbox relay publishes, the channel consumes and dead-letters, the rebuild replays, the checks
 * and the lag metrics read the cluster. The test's own clients use the plaintext listener.
 */
abstract class SecuredKafkaContract {
  /** How the application says it connects (health data, log lines). */
  abstract String security();

  @Test
  void everyClientPublishesAndConsumesOverTheSecuredListener() {
    UUID agreement = UUID.randomUUID();
    OutboxTest.emit(agreement, 3, false, 202);
    // The relay is the only producer of the probe topic: these records came through its connection.
    var records =
        TopicReader.awaitRecords(
            TestInfrastructure.get().kafkaBootstrapServers(),
            OutboxTest.TOPIC,
            r -> agreement.toString().equals(r.key()),
            3,
            Duration.ofSeconds(60));
    assertEquals(3, records.size());
    InboxTest.awaitApplied(agreement, 3, 2); // consumed through the channel's connection

    // A poison record goes to the dead-letter topic through the channel's dead-letter producer.
    TestEvents.send(
        TestInfrastructure.get().kafkaBootstrapServers(),
        new ProducerRecord<>(
            OutboxTest.TOPIC,
            agreement.toString(),
            "not an event".getBytes(StandardCharsets.UTF_8)));
    TopicReader.awaitRecord(
        TestInfrastructure.get().kafkaBootstrapServers(),
        InboxTest.DLQ,
        r -> agreement.toString().equals(r.key()),
        Duration.ofSeconds(60));

    // The rebuild replays through a consumer of its own.
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .post("/api/v1/admin/read-models/probes/rebuild")
        .then()
        .statusCode(200)
        .body("applied", greaterThanOrEqualTo(3));
    InboxTest.awaitApplied(agreement, 3, 2);

    given()
        .get("/q/health/group/kafka")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'Kafka' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'Kafka' }.data.security", equalTo(security()));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("Database connections health check"));
    // The lag is read through the admin client's connection.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                !Metrics.lines(
                        "bygdevekst_kafka_consumer_lag",
                        "group=\"probe-service\"",
                        "topic=\"bygdevekst.probe.events\"")
                    .isEmpty());
    assertTrue(Metrics.value("bygdevekst_kafka_available").orElse(0) == 1.0);
  }
}
