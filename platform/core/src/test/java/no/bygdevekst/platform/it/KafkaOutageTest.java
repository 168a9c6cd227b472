package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testsupport.RestartableKafkaResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Kafka away for a minute while the service is used: it stays ready and answers reads and writes,
 * the outbox holds the events (and its age metric shows it), and when Kafka is back every event
 * arrives, in order per agreement, and is applied once.
 */
@QuarkusTest
class KafkaOutageTest {
  static final Duration OUTAGE = Duration.ofSeconds(60);
  static final String AGE = "bygdevekst_outbox_oldest_unpublished_age_seconds";

  @Test
  void aMinuteWithoutKafkaUnderSteadyReadsAndWrites() {
    String probe =
        given()
            .auth()
            .oauth2(DevTokens.kdd())
            .contentType("application/json")
            .body(ProblemDetailsTest.VALID)
            .post("/api/v1/probes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    List<UUID> agreements = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    int[] written = new int[agreements.size()];
    List<String> failures = new ArrayList<>();
    double highestAge = 0;
    long slowestReadinessMillis = 0;

    RestartableKafkaResource.stopBroker();
    long until = System.nanoTime() + OUTAGE.toNanos();
    try {
      for (int round = 0; System.nanoTime() < until; round++) {
        int i = round % agreements.size();
        int write =
            given()
                .auth()
                .oauth2(DevTokens.kdd())
                .post("/api/v1/probes/events/" + agreements.get(i))
                .statusCode();
        if (write == 202) {
          written[i]++;
        } else {
          failures.add("write " + round + ": " + write);
        }
        int read =
            given().auth().oauth2(DevTokens.reader()).get("/api/v1/probes/" + probe).statusCode();
        if (read != 200) {
          failures.add("read " + round + ": " + read);
        }
        Response ready = given().get("/q/health/ready");
        slowestReadinessMillis = Math.max(slowestReadinessMillis, ready.time());
        if (ready.statusCode() != 200) {
          failures.add("readiness " + round + ": " + ready.asString());
        }
        if (round % 20 == 0) {
          highestAge = Math.max(highestAge, Metrics.value(AGE).orElse(0));
        }
        sleep(200);
      }
      highestAge = Math.max(highestAge, Metrics.value(AGE).orElse(0));
      assertEquals(503, given().get("/q/health/group/kafka").statusCode(), "Kafka's own group");
    } finally {
      RestartableKafkaResource.startBroker();
    }
    assertEquals(List.of(), failures, "reads, writes and readiness during the outage");
    assertTrue(slowestReadinessMillis < 2_000, "readiness answered in " + slowestReadinessMillis);
    assertTrue(highestAge >= OUTAGE.toSeconds() - 15, "the outbox age rose to " + highestAge);

    for (int i = 0; i < agreements.size(); i++) {
      UUID agreement = agreements.get(i);
      int count = written[i];
      await().atMost(Duration.ofSeconds(120)).until(() -> firstArrivals(agreement).size() == count);
      // At least once: a record whose acknowledgement was lost may come twice; consumers skip the
      // repeated id, so what counts is the order of first arrivals.
      List<String> commitOrder =
          Db.query(
                  "select id::text from outbox_event where record_key = ? order by seq",
                  agreement.toString())
              .stream()
              .map(row -> (String) row[0])
              .toList();
      assertEquals(commitOrder, firstArrivals(agreement), "every event, in order per key");
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  Db.count(
                          "select count(*) from probe_projection where agreement_id = ? and applied = ?",
                          agreement,
                          count)
                      == 1);
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> Metrics.value(AGE).orElse(-1) == 0.0);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> given().get("/q/health/group/kafka").statusCode() == 200);
    System.out.printf(
        "Kafka outage of %d s: %d writes accepted, outbox age up to %.0f s, readiness at most %d ms%n",
        OUTAGE.toSeconds(),
        written[0] + written[1] + written[2],
        highestAge,
        slowestReadinessMillis);
  }

  private static List<ConsumerRecord<String, byte[]>> read(UUID agreement) {
    return TopicReader.readAll(
        RestartableKafkaResource.bootstrapServers(),
        OutboxTest.TOPIC,
        r -> agreement.toString().equals(r.key()));
  }

  private static List<String> firstArrivals(UUID agreement) {
    return read(agreement).stream().map(r -> OutboxTest.header(r, "ce_id")).distinct().toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
