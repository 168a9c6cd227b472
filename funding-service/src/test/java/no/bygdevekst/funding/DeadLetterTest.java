package no.bygdevekst.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.Fixtures.SubGoal;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.TestEvents;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Messages funding can never handle go to bygdevekst.funding.dlq, and consumption goes on. */
@QuarkusTest
class DeadLetterTest {
  static final String DLQ = "bygdevekst.funding.dlq";

  @Inject EventInbox inbox;

  @Test
  void aMessageThatIsNotACloudEventIsDeadLettered() {
    String key = UUID.randomUUID().toString();
    TestEvents.send(
        new ProducerRecord<>(
            "bygdevekst.actionplan.events", key, "not json".getBytes(StandardCharsets.UTF_8)));
    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
    assertEquals("not json", new String(dead.value(), StandardCharsets.UTF_8));
    assertTrue(header(dead, "dead-letter-reason").contains("Not a CloudEvents 1.0 message"));
    assertEquals("bygdevekst.actionplan.events", header(dead, "dead-letter-topic"));
  }

  @Test
  void aPlanApprovedWithANegativeBudgetIsDeadLetteredAndTheNextEventIsApplied() {
    UUID agreementId = UUID.randomUUID();
    String poison =
        Fixtures.planApprovedJson(
            UUID.randomUUID(),
            agreementId,
            2025,
            1,
            null,
            List.of(new SubGoal(1, -100, 0)),
            List.of());
    TestEvents.publish("actionplan", "PlanApproved", agreementId, poison);
    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(agreementId.toString());
    assertTrue(
        header(dead, "dead-letter-reason").contains("subGoals[0].grantRequestedOre"),
        header(dead, "dead-letter-reason"));

    UUID good = UUID.randomUUID();
    Fixtures.approvePlan(
        inbox,
        agreementId,
        Fixtures.planApprovedJson(
            good, agreementId, 2025, 1, null, List.of(new SubGoal(1, 100, 0)), List.of()));
  }

  @Test
  void anUnknownAgreementEventTypeIsDeadLettered() {
    UUID agreementId = UUID.randomUUID();
    TestEvents.publish(
        "agreement", "AgreementTeleported", agreementId, Fixtures.agreementJson(agreementId, 1));
    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(agreementId.toString());
    assertTrue(header(dead, "dead-letter-reason").contains("Unknown event type"));
    assertEquals("bygdevekst.agreement.events", header(dead, "dead-letter-topic"));
  }

  @Test
  void anAmountWithDecimalsIsDeadLetteredNotRounded() {
    UUID agreementId = UUID.randomUUID();
    String json =
        Fixtures.planApprovedJson(
                UUID.randomUUID(),
                agreementId,
                2025,
                1,
                null,
                List.of(new SubGoal(1, 100, 0)),
                List.of())
            .replace("\"grantRequestedOre\": 100", "\"grantRequestedOre\": 100.5");
    TestEvents.publish("actionplan", "PlanApproved", agreementId, json);
    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(agreementId.toString());
    assertTrue(header(dead, "dead-letter-reason").contains("is not readable"));
  }

  private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
    return TopicReader.awaitRecord(
        TestInfrastructure.get().kafkaBootstrapServers(),
        DLQ,
        r -> key.equals(r.key()),
        Duration.ofSeconds(30));
  }

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    return r.headers().lastHeader(name) == null
        ? ""
        : new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
