package no.bygdevekst.platform.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import no.bygdevekst.platform.metrics.PlatformMetrics;
import no.bygdevekst.platform.testing.TestEvents;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The metrics the alerts and the dashboard read are served, with the figures they should have. */
@QuarkusTest
class PlatformMetricsTest {

  @Test
  void everyMetricTheAlertsReadIsServed() {
    UUID agreement = UUID.randomUUID();
    OutboxTest.emit(agreement, 1, false, 202);
    InboxTest.awaitApplied(agreement, 1, 0);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                PlatformMetrics.PROMETHEUS_NAMES.stream()
                    .allMatch(name -> !Metrics.lines(name).isEmpty()));
    assertTrue(Metrics.value("bygdevekst_kafka_available").orElse(0) == 1.0);
    assertTrue(
        !Metrics.lines("bygdevekst_outbox_pending", "application=\"").isEmpty(),
        "every metric names its application");
  }

  @Test
  void consumedEventsAreCountedByTypeAndOutcomeAndDeadLettersByTopic() {
    UUID agreement = UUID.randomUUID();
    UUID id = UUID.randomUUID();
    String[] applied = {
      "consumer=\"probe-projection\"",
      "outcome=\"applied\"",
      "type=\"no.bygdevekst.probe.ProbeHappened\""
    };
    double appliedBefore = counter(applied);
    double deadBefore = deadLetters();
    TestEvents.publish(id, "probe", "ProbeHappened", 1, agreement, InboxTest.event(agreement, 1));
    TestEvents.publish(id, "probe", "ProbeHappened", 1, agreement, InboxTest.event(agreement, 1));
    TestEvents.publish(
        UUID.randomUUID(), "probe", "ProbeVanished", 1, agreement, InboxTest.event(agreement, 2));
    TestEvents.send(
        new ProducerRecord<>(
            OutboxTest.TOPIC, agreement.toString(), "hello".getBytes(StandardCharsets.UTF_8)));
    TestEvents.publish("probe", "ProbeHappened", agreement, InboxTest.event(agreement, 5));
    InboxTest.awaitApplied(agreement, 2, 5);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertTrue(
                    counter(applied) >= appliedBefore + 2,
                    appliedBefore
                        + " before; now "
                        + Metrics.lines("bygdevekst_inbox_events_total")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                counter("outcome=\"duplicate\"", "type=\"no.bygdevekst.probe.ProbeHappened\"") >= 1
                    && counter("outcome=\"refused\"", "type=\"no.bygdevekst.probe.ProbeVanished\"")
                        >= 1
                    && counter("outcome=\"refused\"", "type=\"none\"") >= 1);
    // Read from the brokers: the two refused records are in the dead-letter topic.
    await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters() >= deadBefore + 2);
  }

  private static double deadLetters() {
    return Metrics.value("bygdevekst_kafka_dead_letters_total", "topic=\"bygdevekst.probe.dlq\"")
        .orElse(0);
  }

  private static double counter(String... labels) {
    return Metrics.value("bygdevekst_inbox_events_total", labels).orElse(0);
  }
}
