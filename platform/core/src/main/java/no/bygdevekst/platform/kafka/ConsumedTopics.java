package no.bygdevekst.platform.kafka;

import java.util.Set;

/**
 * What the service's event consumers read: which consumer group reads which topic, and where
 * records that can never be handled go. The lag and dead-letter metrics follow it; the platform's
 * consumers ({@code inbox.EventConsumers}) produce it from the read models the service declares.
 *
 * @param subscriptions consumer group and topic of each consumer
 * @param deadLetterTopics the dead-letter topics the consumers send to
 */
public record ConsumedTopics(Set<Subscription> subscriptions, Set<String> deadLetterTopics) {
  public ConsumedTopics {
    subscriptions = Set.copyOf(subscriptions);
    deadLetterTopics = Set.copyOf(deadLetterTopics);
  }

  /** A consumer group reading a topic. */
  public record Subscription(String group, String topic) {}
}
