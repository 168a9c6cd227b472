package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.bygdevekst.platform.testsupport.CapturedLog;
import no.bygdevekst.platform.testsupport.SecuredKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * A service whose Kafka settings the broker refuses starts anyway and serves; it says clearly in
 * its log and in the Kafka health group what is wrong, and keeps commands' events in the outbox.
 */
abstract class RefusedKafkaContract {
  /** What the log line and the health check say is wrong. */
  abstract String problem();

  @Test
  void startsServesAndSaysWhatIsWrong() {
    Duration startUp = Duration.between(SecuredKafkaResource.started(), Instant.now());
    assertTrue(
        startUp.compareTo(Duration.ofSeconds(60)) < 0,
        "the start must not wait for Kafka; it took " + startUp);
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

    UUID agreement = UUID.randomUUID();
    OutboxTest.emit(agreement, 2, false, 202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> given().get("/q/health/group/kafka").statusCode() == 503);
    given()
        .get("/q/health/group/kafka")
        .then()
        .statusCode(503)
        .body("checks.find { it.name == 'Kafka' }.status", equalTo("DOWN"))
        .body("checks.find { it.name == 'Kafka' }.data.error", containsString(problem()));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "DOWN"
                    .equals(
                        given()
                            .get("/q/health/group/kafka")
                            .jsonPath()
                            .getString("checks.find { it.name == 'Outbox relay' }.status")));
    assertEquals(
        2,
        Db.count(
            "select count(*) from outbox_event where record_key = ? and published_at is null",
            agreement.toString()),
        "the events wait in the outbox");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                CapturedLog.lines().stream()
                    .anyMatch(l -> l.contains("Kafka is unreachable") && l.contains(problem())));
    assertEquals(0.0, Metrics.value("bygdevekst_kafka_available").orElse(-1));
  }
}
