package no.bygdevekst.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsumedTopicsTest {

  @Test
  void channelsAreReadWithSmallRyesDefaults() {
    Map<String, String> properties =
        Map.of(
            "mp.messaging.incoming.agreement-events.connector", "smallrye-kafka",
            "mp.messaging.incoming.agreement-events.topic", "bygdevekst.agreement.events",
            "mp.messaging.incoming.agreement-events.group.id", "funding-service",
            "mp.messaging.incoming.agreement-events.dead-letter-queue.topic",
                "bygdevekst.funding.dlq",
            // no connector (the only one there is), no group (the application's), no DLQ topic
            "mp.messaging.incoming.actionplan-events.topics", "a.events, b.events",
            "mp.messaging.connector.smallrye-kafka.failure-strategy", "dead-letter-queue",
            "mp.messaging.incoming.other.connector", "smallrye-in-memory");
    var config =
        new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(properties, "test", 100))
            .build();
    ConsumedTopics consumed = ConsumedTopics.of(config, Map.of("group.id", "application"));
    assertEquals(
        Set.of(
            new ConsumedTopics.Subscription("funding-service", "bygdevekst.agreement.events"),
            new ConsumedTopics.Subscription("application", "a.events"),
            new ConsumedTopics.Subscription("application", "b.events")),
        consumed.subscriptions());
    assertEquals(
        Set.of(
            "bygdevekst.funding.dlq", "dead-letter-topic-a.events", "dead-letter-topic-b.events"),
        consumed.deadLetterTopics());
  }
}
