package no.bygdevekst.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import no.bygdevekst.platform.testing.infra.TestCertificates;
import org.junit.jupiter.api.Test;

/**
 * The platform's Kafka settings as a deployment's environment fills them in: the real {@code
 * microprofile-config.properties}, with the variables beside it as the environment would give them.
 */
class KafkaClientConfigTest {
  static final TestCertificates CERTIFICATES = TestCertificates.in(Path.of("target", "test-tls"));

  static KafkaClientConfig with(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    env.putIfAbsent("BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS", "kafka:9093");
    try {
      URL platform =
          KafkaClientConfig.class.getResource("/META-INF/microprofile-config.properties");
      SmallRyeConfig config =
          new SmallRyeConfigBuilder()
              .addDefaultInterceptors() // expands ${...} as at run time
              .withSources(new PropertiesConfigSource(platform, 100))
              .withSources(new PropertiesConfigSource(env, "environment", 300))
              .withDefaultValue("quarkus.application.name", "funding-service")
              .build();
      return new KafkaClientConfig(config);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void plaintextByDefaultWithNothingOfTlsOrSasl() {
    KafkaClientConfig config = with(Map.of());
    Map<String, Object> settings = config.forClient("relay", Map.of());
    assertEquals("kafka:9093", settings.get("bootstrap.servers"));
    assertEquals("PLAINTEXT", settings.get("security.protocol"));
    assertEquals("relay", settings.get("client.id"));
    assertTrue(
        settings.keySet().stream().noneMatch(k -> k.startsWith("ssl.") || k.startsWith("sasl.")),
        settings.toString());
    assertEquals("PLAINTEXT", config.describe());
  }

  @Test
  void scramOverTlsTakesTheUserThePasswordAndTheClusterCa() {
    KafkaClientConfig config =
        with(
            Map.of(
                "BYGDEVEKST_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "BYGDEVEKST_KAFKA_TRUSTSTORE_LOCATION", CERTIFICATES.truststore().toString(),
                "BYGDEVEKST_KAFKA_TRUSTSTORE_PASSWORD", CERTIFICATES.password(),
                "BYGDEVEKST_KAFKA_SASL_USERNAME", "funding-service",
                "BYGDEVEKST_KAFKA_SASL_PASSWORD", "s3cret"));
    Map<String, Object> settings = config.forClient("relay", Map.of());
    assertEquals("SASL_SSL", settings.get("security.protocol"));
    assertEquals("SCRAM-SHA-512", settings.get("sasl.mechanism"));
    assertEquals(
        "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"funding-service\" password=\"s3cret\";",
        settings.get("sasl.jaas.config"));
    assertEquals(CERTIFICATES.truststore().toString(), settings.get("ssl.truststore.location"));
    assertEquals("PKCS12", settings.get("ssl.truststore.type"));
    assertFalse(settings.containsKey("ssl.keystore.location"), "no client certificate: not \"\"");
    assertEquals("SASL_SSL, SCRAM-SHA-512 as funding-service", config.describe());
  }

  @Test
  void mutualTlsTakesTheClientCertificate() {
    KafkaClientConfig config =
        with(
            Map.of(
                "BYGDEVEKST_KAFKA_SECURITY_PROTOCOL", "SSL",
                "BYGDEVEKST_KAFKA_TRUSTSTORE_LOCATION", CERTIFICATES.truststore().toString(),
                "BYGDEVEKST_KAFKA_TRUSTSTORE_PASSWORD", CERTIFICATES.password(),
                "BYGDEVEKST_KAFKA_KEYSTORE_LOCATION", CERTIFICATES.clientKeystore().toString(),
                "BYGDEVEKST_KAFKA_KEYSTORE_PASSWORD", CERTIFICATES.password()));
    Map<String, Object> settings = config.forClient("relay", Map.of());
    assertEquals(CERTIFICATES.clientKeystore().toString(), settings.get("ssl.keystore.location"));
    assertFalse(settings.containsKey("sasl.jaas.config"));
    assertEquals("SSL, client certificate", config.describe());
  }

  @Test
  void theChannelsShareTheSettingsAndJoinTheApplicationsGroup() {
    KafkaClientConfig config = with(Map.of());
    assertEquals("funding-service", config.defaultBroker().get("group.id"));
    assertEquals("kafka:9093", config.defaultBroker().get("bootstrap.servers"));
    assertFalse(config.forClient("admin", Map.of()).containsKey("group.id"));
  }

  @Test
  void settingsThatCouldNeverConnectStopTheStartNamingTheVariable() {
    assertRefused(
        Map.of("BYGDEVEKST_KAFKA_SECURITY_PROTOCOL", "TLS"), "BYGDEVEKST_KAFKA_SECURITY_PROTOCOL");
    assertRefused(
        Map.of(
            "BYGDEVEKST_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
            "BYGDEVEKST_KAFKA_SASL_USERNAME", "funding-service"),
        "BYGDEVEKST_KAFKA_SASL_PASSWORD");
    assertRefused(
        Map.of(
            "BYGDEVEKST_KAFKA_SECURITY_PROTOCOL", "SSL",
            "BYGDEVEKST_KAFKA_TRUSTSTORE_LOCATION", "/nowhere/ca.p12",
            "BYGDEVEKST_KAFKA_TRUSTSTORE_PASSWORD", "x"),
        "BYGDEVEKST_KAFKA_TRUSTSTORE_LOCATION names /nowhere/ca.p12, which does not exist");
    assertRefused(
        Map.of(
            "BYGDEVEKST_KAFKA_SECURITY_PROTOCOL", "SSL",
            "BYGDEVEKST_KAFKA_TRUSTSTORE_LOCATION", CERTIFICATES.truststore().toString(),
            "BYGDEVEKST_KAFKA_TRUSTSTORE_PASSWORD", "wrong"),
        "BYGDEVEKST_KAFKA_TRUSTSTORE_PASSWORD does not open");
    assertRefused(
        Map.of(
            "BYGDEVEKST_KAFKA_SECURITY_PROTOCOL",
            "SSL",
            "BYGDEVEKST_KAFKA_KEYSTORE_LOCATION",
            CERTIFICATES.clientKeystore().toString()),
        "BYGDEVEKST_KAFKA_KEYSTORE_PASSWORD is not");
  }

  private static void assertRefused(Map<String, String> environment, String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> with(environment));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
