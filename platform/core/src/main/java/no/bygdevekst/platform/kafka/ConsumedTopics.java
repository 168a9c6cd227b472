package no.bygdevekst.platform.kafka;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * What the service's Kafka channels consume, read from their {@code mp.messaging.incoming.*}
 * settings with SmallRye's defaults: which consumer group reads which topic, and where failed
 * records go. The lag and dead-letter metrics follow it, wherever the channels are configured.
 *
 * @param subscriptions consumer group and topic of each Kafka channel
 * @param deadLetterTopics the dead-letter topics of channels that dead-letter
 */
public record ConsumedTopics(Set<Subscription> subscriptions, Set<String> deadLetterTopics) {
  private static final String INCOMING = "mp.messaging.incoming.";
  private static final String CONNECTOR_DEFAULTS = "mp.messaging.connector.smallrye-kafka.";
  private static final Pattern CHANNEL = Pattern.compile(Pattern.quote(INCOMING) + "([^.]+)\\..+");

  /** A consumer group reading a topic. */
  public record Subscription(String group, String topic) {}

  public static ConsumedTopics of(Config config, Map<String, Object> defaultBroker) {
    Set<Subscription> subscriptions = new LinkedHashSet<>();
    Set<String> deadLetters = new TreeSet<>();
    Set<String> channels = new TreeSet<>();
    for (String name : config.getPropertyNames()) {
      Matcher m = CHANNEL.matcher(name);
      // The connector may be left out when Kafka's is the only one, as it is here.
      if (m.matches()
          && "smallrye-kafka"
              .equals(setting(config, m.group(1), "connector").orElse("smallrye-kafka"))) {
        channels.add(m.group(1));
      }
    }
    for (String channel : channels) {
      String group =
          setting(config, channel, "group.id")
              .orElseGet(() -> String.valueOf(defaultBroker.get("group.id")));
      for (String topic : topics(config, channel)) {
        subscriptions.add(new Subscription(group, topic));
        if ("dead-letter-queue".equals(setting(config, channel, "failure-strategy").orElse(""))) {
          deadLetters.add(
              setting(config, channel, "dead-letter-queue.topic")
                  .orElse("dead-letter-topic-" + topic));
        }
      }
    }
    return new ConsumedTopics(Set.copyOf(subscriptions), Set.copyOf(deadLetters));
  }

  private static Set<String> topics(Config config, String channel) {
    Optional<String> list = setting(config, channel, "topics");
    Set<String> topics = new TreeSet<>();
    if (list.isPresent()) {
      for (String topic : list.get().split(",")) {
        if (!topic.isBlank()) {
          topics.add(topic.trim());
        }
      }
      return topics;
    }
    topics.add(setting(config, channel, "topic").orElse(channel)); // SmallRye: the channel's name
    return topics;
  }

  /** A channel's setting, else the connector-wide default. */
  private static Optional<String> setting(Config config, String channel, String key) {
    return config
        .getOptionalValue(INCOMING + channel + "." + key, String.class)
        .or(() -> config.getOptionalValue(CONNECTOR_DEFAULTS + key, String.class));
  }
}
