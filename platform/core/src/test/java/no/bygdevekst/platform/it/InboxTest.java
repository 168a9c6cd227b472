package no.bygdevekst.platform.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import no.bygdevekst.platform.testing.TestEvents;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testsupport.RestartableKafkaResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxTest {
  static final String DLQ = "bygdevekst.probe.dlq";

  static String event(UUID agreement, int value) {
    return "{\"agreementId\":\"" + agreement + "\",\"value\":" + value + "}";
  }

  static void awaitApplied(UUID agreement, int applied, int lastValue) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Db.count(
                        "select count(*) from probe_projection where agreement_id = ? and applied = ? and last_value = ?",
                        agreement,
                        applied,
                        lastValue)
                    == 1);
  }

  @Test
  void aRedeliveredEventIsAppliedOnce() {
    UUID agreement = UUID.randomUUID();
    UUID id = UUID.randomUUID();
    TestEvents.publish(id, "probe", "ProbeHappened", 1, agreement, event(agreement, 7));
    TestEvents.publish(id, "probe", "ProbeHappened", 1, agreement, event(agreement, 7));
    TestEvents.publish("probe", "ProbeHappened", agreement, event(agreement, 8));
    awaitApplied(agreement, 2, 8);
    assertEquals(1, Db.count("select count(*) from inbox_event where event_id = ?", id));
  }

  @Test
  void poisonMessagesGoToTheDeadLetterTopicAndTheNextMessageIsApplied() {
    UUID agreement = UUID.randomUUID();
    // not JSON
    TestEvents.publish(UUID.randomUUID(), "probe", "ProbeHappened", 1, agreement, "{not json");
    // unknown type
    TestEvents.publish(
        UUID.randomUUID(), "probe", "ProbeVanished", 1, agreement, event(agreement, 1));
    // unsupported schema version
    TestEvents.publish(
        UUID.randomUUID(), "probe", "ProbeHappened", 9, agreement, event(agreement, 1));
    // fails validation
    TestEvents.publish(
        UUID.randomUUID(), "probe", "ProbeHappened", 1, agreement, event(agreement, -1));
    // not a CloudEvent at all
    TestEvents.send(
        new ProducerRecord<>(
            "bygdevekst.probe.events",
            agreement.toString(),
            "hello".getBytes(StandardCharsets.UTF_8)));
    TestEvents.publish("probe", "ProbeHappened", agreement, event(agreement, 5));

    awaitApplied(agreement, 1, 5);
    var dead =
        TopicReader.awaitRecords(
            RestartableKafkaResource.bootstrapServers(),
            DLQ,
            r -> agreement.toString().equals(r.key()),
            5,
            Duration.ofSeconds(30));
    String reasons = String.join("\n", dead.stream().map(InboxTest::reason).toList());
    assertTrue(reasons.contains("is not readable"), reasons);
    assertTrue(reasons.contains("Unknown event type no.bygdevekst.probe.ProbeVanished"), reasons);
    assertTrue(reasons.contains("Unsupported schema version 9"), reasons);
    assertTrue(reasons.contains("value must be greater than or equal to 0"), reasons);
    assertTrue(reasons.contains("Not a CloudEvents 1.0 message"), reasons);
    ConsumerRecord<String, byte[]> first = dead.get(0);
    assertEquals("bygdevekst.probe.events", header(first, "dead-letter-topic"));
  }

  @Test
  void dataAboutAnotherAgreementThanItsSubjectIsDeadLetteredEvenWhenIgnored() {
    UUID agreement = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    TestEvents.publish("probe", "ProbeHappened", agreement, event(other, 3));
    TestEvents.publish("probe", "ProbeNoticed", agreement, event(other, 3));
    UUID noticed = TestEvents.publish("probe", "ProbeNoticed", agreement, event(agreement, 3));
    TestEvents.publish("probe", "ProbeHappened", agreement, event(agreement, 4));

    awaitApplied(agreement, 1, 4);
    assertEquals(
        1, Db.count("select count(*) from inbox_event where event_id = ?", noticed), "ignored");
    var dead =
        TopicReader.awaitRecords(
            RestartableKafkaResource.bootstrapServers(),
            DLQ,
            r -> agreement.toString().equals(r.key()),
            2,
            Duration.ofSeconds(30));
    for (ConsumerRecord<String, byte[]> r : dead) {
      assertTrue(
          reason(r)
              .contains("has subject " + agreement + " but its data is about agreement " + other),
          reason(r));
      assertEquals("bygdevekst.probe.events", header(r, "dead-letter-topic"));
      assertEquals(
          "no.bygdevekst.platform.inbox.PoisonEventException",
          header(r, "dead-letter-exception-class-name"));
    }
  }

  static String reason(ConsumerRecord<String, byte[]> r) {
    return header(r, "dead-letter-reason");
  }

  static String header(ConsumerRecord<String, byte[]> r, String name) {
    var h = r.headers().lastHeader(name);
    return h == null ? "<no " + name + ">" : new String(h.value(), StandardCharsets.UTF_8);
  }
}
