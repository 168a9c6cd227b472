package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testsupport.RestartableKafkaResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KafkaOutageTest {

  @Test
  void commandsSucceedWhileKafkaIsDownAndEveryEventArrivesInOrderAfterwards() {
    List<UUID> agreements = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    RestartableKafkaResource.stopBroker();
    try {
      for (int round = 0; round < 10; round++) {
        for (UUID agreement : agreements) {
          OutboxTest.emit(agreement, 1, false, 202);
        }
      }
      for (UUID agreement : agreements) {
        assertEquals(
            10,
            Db.count(
                "select count(*) from outbox_event where record_key = ? and published_at is null",
                agreement.toString()),
            "kept in the outbox while Kafka is down");
      }
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> given().get("/q/health/ready").statusCode() == 503);
      given().get("/q/health/live").then().statusCode(200);
    } finally {
      RestartableKafkaResource.startBroker();
    }
    for (UUID agreement : agreements) {
      await().atMost(Duration.ofSeconds(90)).until(() -> firstArrivals(agreement).size() == 10);
      List<ConsumerRecord<String, byte[]>> records = read(agreement);
      // At least once: a record whose acknowledgement was lost may come twice; consumers skip the
      // repeated id, so what counts is the order of first arrivals.
      List<String> firstArrivals = firstArrivals(agreement);
      assertEquals(10, firstArrivals.size(), "every event arrives");
      List<String> commitOrder =
          Db.query(
                  "select id::text from outbox_event where record_key = ? order by seq",
                  agreement.toString())
              .stream()
              .map(row -> (String) row[0])
              .toList();
      assertEquals(commitOrder, firstArrivals, "order per key");
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  Db.count(
                          "select count(*) from probe_projection where agreement_id = ? and applied = 10",
                          agreement)
                      == 1);
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> given().get("/q/health/ready").statusCode() == 200);
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
}
