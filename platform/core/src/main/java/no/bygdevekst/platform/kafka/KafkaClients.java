package no.bygdevekst.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one place every Kafka client of a service takes its properties from: the event consumers,
 * their dead-letter producer, the outbox relay, the readiness check and the read-model rebuild.
 *
 * <p>A client starts from every {@code kafka.*} setting of the configuration (also given as {@code
 * KAFKA_*} environment variables), as {@link KafkaClientConfig} collects them in the {@code
 * default-kafka-broker} map (empty values and the settings of unused mechanisms left out): the
 * bootstrap servers, and whatever a cluster needs besides ({@code kafka.security.protocol}, {@code
 * kafka.ssl.*}, {@code kafka.sasl.*}). On top come the few settings the client's own correctness
 * depends on (serialisers, commit mode, acknowledgements). Those never name a connection or
 * security property, so a cluster's settings reach every client unchanged.
 */
@ApplicationScoped
public class KafkaClients {
  private final Map<String, Object> common;

  @Inject
  public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> common) {
    this.common = Map.copyOf(common);
  }

  /** Every {@code kafka.*} setting, then {@code own}. */
  public Map<String, Object> config(Map<String, Object> own) {
    Map<String, Object> config = new HashMap<>(common);
    config.putAll(own);
    return config;
  }

  /** A consumer of events: keys as text, values as the raw bytes of the event's data. */
  public KafkaConsumer<String, byte[]> consumer(Map<String, Object> own) {
    Map<String, Object> config = config(own);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return new KafkaConsumer<>(config);
  }

  /** A producer of events: keys as text, values as the raw bytes of the event's data. */
  public KafkaProducer<String, byte[]> producer(Map<String, Object> own) {
    Map<String, Object> config = withoutGroup(config(own));
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return new KafkaProducer<>(config);
  }

  public Admin admin(Map<String, Object> own) {
    return Admin.create(withoutGroup(config(own)));
  }

  /** The servers the clients connect to first, for health checks and logs. */
  public String bootstrapServers() {
    return String.valueOf(common.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
  }

  /**
   * Quarkus adds the application's name as {@code group.id} for consumers; a producer or an admin
   * client would only log that it does not know the setting.
   */
  private static Map<String, Object> withoutGroup(Map<String, Object> config) {
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    return config;
  }
}
