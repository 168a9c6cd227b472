package no.bygdevekst.platform.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * Refuses, at start, Kafka security settings that could never connect, with the name of the
 * variable to fix: an unknown protocol, SASL without a user or password, a keystore or truststore
 * that is missing or that its password does not open. What only the broker can judge (a wrong
 * password, a certificate it does not trust) shows in the Kafka health check instead.
 */
final class KafkaSecurityCheck {
  private KafkaSecurityCheck() {}

  private static final Pattern JAAS_USER = Pattern.compile("username=\"([^\"]*)\"");
  private static final Pattern JAAS_PASSWORD = Pattern.compile("password=\"([^\"]*)\"");

  static SecurityProtocol protocol(Map<String, Object> settings) {
    Object value =
        settings.getOrDefault(
            CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.PLAINTEXT);
    try {
      return SecurityProtocol.forName(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "BYGDEVEKST_KAFKA_SECURITY_PROTOCOL (kafka.security.protocol) is '"
              + value
              + "': use PLAINTEXT, SSL or SASL_SSL");
    }
  }

  static boolean usesTls(SecurityProtocol protocol) {
    return protocol == SecurityProtocol.SSL || protocol == SecurityProtocol.SASL_SSL;
  }

  static boolean usesSasl(SecurityProtocol protocol) {
    return protocol == SecurityProtocol.SASL_SSL || protocol == SecurityProtocol.SASL_PLAINTEXT;
  }

  /** Drops the settings of a mechanism the protocol does not use, so no client warns of them. */
  static Map<String, Object> withoutUnusedMechanisms(Map<String, Object> settings) {
    SecurityProtocol protocol = protocol(settings);
    Map<String, Object> kept = new TreeMap<>();
    settings.forEach(
        (key, value) -> {
          if ((key.startsWith("ssl.") && !usesTls(protocol))
              || (key.startsWith("sasl.") && !usesSasl(protocol))) {
            return;
          }
          kept.put(key, value);
        });
    return kept;
  }

  static Optional<String> jaasUser(Map<String, Object> settings) {
    return jaas(settings, JAAS_USER).filter(user -> !user.isEmpty());
  }

  static void validate(Map<String, Object> settings) {
    if (!settings.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
      throw new IllegalStateException(
          "BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS (kafka.bootstrap.servers) is not set");
    }
    SecurityProtocol protocol = protocol(settings);
    if (usesSasl(protocol)) {
      validateSasl(settings);
    }
    if (usesTls(protocol)) {
      store(settings, "truststore", "BYGDEVEKST_KAFKA_TRUSTSTORE");
      store(settings, "keystore", "BYGDEVEKST_KAFKA_KEYSTORE");
    }
  }

  private static void validateSasl(Map<String, Object> settings) {
    if (!settings.containsKey(SaslConfigs.SASL_JAAS_CONFIG)) {
      throw new IllegalStateException("SASL needs kafka.sasl.jaas.config");
    }
    Optional<String> user = jaas(settings, JAAS_USER);
    Optional<String> password = jaas(settings, JAAS_PASSWORD);
    if (user.isPresent() && user.get().isEmpty()) {
      throw new IllegalStateException(
          "SASL needs a user: set BYGDEVEKST_KAFKA_SASL_USERNAME (the KafkaUser's name)");
    }
    if (password.isPresent() && password.get().isEmpty()) {
      throw new IllegalStateException(
          "SASL needs a password: set BYGDEVEKST_KAFKA_SASL_PASSWORD (key 'password' of the"
              + " KafkaUser's Secret)");
    }
    String jaas = String.valueOf(settings.get(SaslConfigs.SASL_JAAS_CONFIG));
    if (jaas.chars().filter(c -> c == '"').count() % 2 != 0 || jaas.contains("\\")) {
      throw new IllegalStateException(
          "BYGDEVEKST_KAFKA_SASL_USERNAME and BYGDEVEKST_KAFKA_SASL_PASSWORD may not contain '\"'"
              + " or '\\' (Strimzi's generated passwords never do)");
    }
  }

  private static void store(Map<String, Object> settings, String kind, String variable) {
    Object location = settings.get("ssl." + kind + ".location");
    if (location == null) {
      return; // no truststore: the JVM's own CAs; no keystore: no client certificate
    }
    Object password = settings.get("ssl." + kind + ".password");
    if (password == null) {
      throw new IllegalStateException(
          variable + "_LOCATION is set, but " + variable + "_PASSWORD is not");
    }
    Path file = Path.of(location.toString());
    if (!Files.isReadable(file)) {
      throw new IllegalStateException(
          variable + "_LOCATION names " + file + ", which does not exist or cannot be read");
    }
    String type =
        String.valueOf(
            settings.getOrDefault("ssl." + kind + ".type", SslConfigs.DEFAULT_SSL_KEYSTORE_TYPE));
    if (type.equalsIgnoreCase("PEM")) {
      return; // no password to check against
    }
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore.getInstance(type).load(in, password.toString().toCharArray());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          variable
              + "_PASSWORD does not open "
              + file
              + " as "
              + type
              + " ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  private static Optional<String> jaas(Map<String, Object> settings, Pattern pattern) {
    Object jaas = settings.get(SaslConfigs.SASL_JAAS_CONFIG);
    if (jaas == null) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(jaas.toString());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
