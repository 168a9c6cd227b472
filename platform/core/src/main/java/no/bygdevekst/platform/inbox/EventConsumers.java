package no.bygdevekst.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.bygdevekst.platform.events.EventsConfig;
import no.bygdevekst.platform.kafka.ConsumedTopics;
import no.bygdevekst.platform.kafka.KafkaClients;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.jboss.logging.Logger;

/**
 * Runs the service's event consumers: at start-up, one {@link TopicConsumer} for each topic that a
 * declared {@link ReadModel} reads, in the consumer group {@code <service>-service}, reading a new
 * group's topics from the start; at shutdown it lets each finish the record in hand and commit. A
 * service that declares no read model starts none.
 */
@ApplicationScoped
public class EventConsumers {
  private static final Logger LOG = Logger.getLogger(EventConsumers.class);
  private static final Duration GRACE = Duration.ofSeconds(10);

  private final ReadModels readModels;
  private final EventInbox inbox;
  private final DeadLetters deadLetters;
  private final KafkaClients kafka;
  private final EventsConfig config;
  private final Event<Consumer<?, ?>> clients;
  private final List<TopicConsumer> running = new ArrayList<>();

  @Inject
  public EventConsumers(
      ReadModels readModels,
      EventInbox inbox,
      DeadLetters deadLetters,
      KafkaClients kafka,
      EventsConfig config,
      Event<Consumer<?, ?>> clients) {
    this.readModels = readModels;
    this.inbox = inbox;
    this.deadLetters = deadLetters;
    this.kafka = kafka;
    this.config = config;
    this.clients = clients;
  }

  /** The consumer group of this service, as before the platform ran the consumers. */
  public String group() {
    return config.service() + "-service";
  }

  /** What this service consumes, for the lag and dead-letter metrics. */
  @Produces
  @Singleton
  ConsumedTopics consumedTopics() {
    Set<ConsumedTopics.Subscription> subscriptions = new LinkedHashSet<>();
    readModels
        .byTopic()
        .keySet()
        .forEach(topic -> subscriptions.add(new ConsumedTopics.Subscription(group(), topic)));
    return new ConsumedTopics(
        subscriptions, subscriptions.isEmpty() ? Set.of() : Set.of(deadLetters.topic()));
  }

  /** The topics consumed, with whether each consumer is running. */
  public Map<String, Boolean> topics() {
    synchronized (running) {
      Map<String, Boolean> topics = new LinkedHashMap<>();
      running.forEach(c -> topics.put(c.topic(), c.alive()));
      return topics;
    }
  }

  void start(@Observes StartupEvent event) {
    synchronized (running) {
      readModels
          .byTopic()
          .forEach(
              (topic, models) -> {
                TopicConsumer consumer =
                    new TopicConsumer(
                        topic, models, settings(topic), kafka, inbox, deadLetters, clients);
                running.add(consumer);
                consumer.start();
                LOG.infof(
                    "Consuming %s for %s", topic, models.stream().map(ReadModel::name).toList());
              });
    }
  }

  /** Before the other shutdown observers, so that nothing a consumer needs has gone yet. */
  void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
    synchronized (running) {
      running.forEach(c -> c.stop(GRACE));
      running.clear();
    }
    deadLetters.close();
  }

  private Map<String, Object> settings(String topic) {
    return Map.of(
        ConsumerConfig.GROUP_ID_CONFIG,
        group(),
        ConsumerConfig.CLIENT_ID_CONFIG,
        group() + "-" + topic,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
        false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
        "earliest");
  }
}
