package no.bygdevekst.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.eclipse.microprofile.config.Config;

/**
 * The connection settings every Kafka client of a service shares: the bootstrap servers and the
 * security settings, read from the {@code kafka.*} properties, which the platform sets from the
 * {@code BYGDEVEKST_KAFKA_*} environment variables (see {@code microprofile-config.properties}).
 *
 * <p>Every client a service makes (the event consumers and their dead-letter producer, the outbox
 * relay, the Kafka checks, the read-model rebuild) is built by {@link KafkaClients} from the
 * {@value #DEFAULT_BROKER} map produced here. So every connection a service makes is secured in the
 * same way, from one place.
 *
 * <p>This replaces Quarkus' own producer of that map, which passes a property whose value is empty
 * as {@code ""}: the optional settings are written {@code ${VAR:}} and must then be absent, since
 * Kafka takes an empty keystore location for a file to open. Settings of a mechanism the protocol
 * does not use ({@code ssl.*} under PLAINTEXT, {@code sasl.*} without SASL) are left out too.
 */
@Singleton
public class KafkaClientConfig {
  /** The name Quarkus gives the shared client settings; {@link KafkaClients} injects them by it. */
  public static final String DEFAULT_BROKER = "default-kafka-broker";

  private final Map<String, Object> connection;
  private final Optional<String> applicationName;

  @Inject
  public KafkaClientConfig(Config config) {
    this(read(config), config.getOptionalValue("quarkus.application.name", String.class));
  }

  KafkaClientConfig(Map<String, Object> connection, Optional<String> applicationName) {
    KafkaSecurityCheck.validate(connection);
    this.connection = Map.copyOf(connection);
    this.applicationName = applicationName;
  }

  /** The settings every Kafka client of the service starts from ({@link KafkaClients}). */
  @Produces
  @Identifier(DEFAULT_BROKER)
  @Singleton
  Map<String, Object> defaultBroker() {
    Map<String, Object> settings = new HashMap<>(connection);
    // As Quarkus does: consumers join the group of the application unless they name their own.
    applicationName.ifPresent(name -> settings.putIfAbsent("group.id", name));
    return settings;
  }

  /** The shared settings with a client's own on top, for a client the platform creates itself. */
  public Map<String, Object> forClient(String clientId, Map<String, Object> own) {
    Map<String, Object> settings = new HashMap<>(connection);
    settings.remove("group.id"); // a consumer setting: producers and admin clients would warn
    settings.putAll(own);
    settings.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
    return settings;
  }

  public String bootstrapServers() {
    return String.valueOf(connection.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
  }

  public SecurityProtocol protocol() {
    return KafkaSecurityCheck.protocol(connection);
  }

  /** How this service connects, for logs and health data: never a password. */
  public String describe() {
    SecurityProtocol protocol = protocol();
    StringBuilder out = new StringBuilder(protocol.name);
    if (protocol == SecurityProtocol.SASL_SSL || protocol == SecurityProtocol.SASL_PLAINTEXT) {
      out.append(", ").append(connection.get(SaslConfigs.SASL_MECHANISM));
      KafkaSecurityCheck.jaasUser(connection).ifPresent(user -> out.append(" as ").append(user));
    }
    if (connection.containsKey("ssl.keystore.location")) {
      out.append(", client certificate");
    }
    return out.toString();
  }

  /**
   * Every {@code kafka.*} property with a value, without the prefix, as Quarkus reads them: a
   * variable named {@code KAFKA_SSL_TRUSTSTORE_TYPE} in the environment counts as {@code
   * kafka.ssl.truststore.type}.
   */
  static Map<String, Object> read(Config config) {
    Map<String, Object> all = new TreeMap<>();
    for (String name : config.getPropertyNames()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!(lower.startsWith("kafka.") || lower.startsWith("kafka_"))) {
        continue;
      }
      String key = lower.substring("kafka.".length()).replace('_', '.');
      config
          .getOptionalValue(name, String.class)
          .filter(value -> !value.isBlank())
          .ifPresent(value -> all.put(key, value));
    }
    return KafkaSecurityCheck.withoutUnusedMechanisms(all);
  }
}
