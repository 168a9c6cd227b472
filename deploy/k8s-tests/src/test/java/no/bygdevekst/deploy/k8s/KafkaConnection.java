package no.bygdevekst.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/**
 * How a Deployment connects to Kafka, read from its environment, against the Strimzi Kafka of the
 * overlay: the bootstrap Service and a listener's port, a security protocol that listener speaks,
 * the cluster CA as truststore (mounted from Strimzi's Secret), and for SCRAM a KafkaUser of the
 * cluster with its password from the Secret Strimzi makes for it.
 */
record KafkaConnection(
    Overlay overlay, Map<String, Object> deployment, Map<String, String> env, String cluster) {

  static KafkaConnection of(Overlay overlay, Map<String, Object> deployment) {
    Map<String, String> env = overlay.environmentOf(deployment);
    String bootstrap = env.getOrDefault("BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS", "");
    String cluster = bootstrap.replaceFirst("-kafka-bootstrap(\\.[^:]*)?:.*$", "");
    return new KafkaConnection(overlay, deployment, env, cluster);
  }

  /** The port of BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS. */
  String port() {
    String bootstrap = env.getOrDefault("BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS", "");
    return bootstrap.substring(bootstrap.lastIndexOf(':') + 1);
  }

  Map<String, Object> listener() {
    Map<String, Object> kafka =
        overlay
            .find("Kafka", cluster)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS names no Kafka of the overlay: "
                            + env.get("BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS")));
    return Yaml.list(kafka, "spec", "kafka", "listeners").stream()
        .map(Yaml::map)
        .filter(l -> port().equals(Yaml.text(l, "port")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(cluster + " has no listener on port " + port()));
  }

  void check(String what) {
    Map<String, Object> listener = listener();
    boolean tls = "true".equals(Yaml.text(listener, "tls"));
    String authentication = Yaml.text(listener, "authentication", "type");
    String protocol = env.get("BYGDEVEKST_KAFKA_SECURITY_PROTOCOL");
    String expected =
        "scram-sha-512".equals(authentication)
            ? (tls ? "SASL_SSL" : "SASL_PLAINTEXT")
            : (tls ? "SSL" : "PLAINTEXT");
    assertEquals(
        expected, protocol, what + ": the protocol of listener " + Yaml.text(listener, "name"));
    assertNotNull(authentication, what + ": a listener without authentication lets anyone in");
    if (tls) {
      assertEquals(
          "secret:" + cluster + "-cluster-ca-cert/ca.password",
          env.get("BYGDEVEKST_KAFKA_TRUSTSTORE_PASSWORD"),
          what + ": the truststore password of Strimzi's cluster CA Secret");
      assertMountedFrom(
          env.get("BYGDEVEKST_KAFKA_TRUSTSTORE_LOCATION"),
          cluster + "-cluster-ca-cert",
          "ca.p12",
          what);
    }
    if ("scram-sha-512".equals(authentication)) {
      String user = env.get("BYGDEVEKST_KAFKA_SASL_USERNAME");
      Map<String, Object> kafkaUser =
          overlay
              .find("KafkaUser", user)
              .orElseThrow(() -> new AssertionError(what + ": no KafkaUser " + user));
      assertEquals(cluster, Yaml.text(kafkaUser, "metadata", "labels", "strimzi.io/cluster"));
      assertEquals("scram-sha-512", Yaml.text(kafkaUser, "spec", "authentication", "type"));
      assertEquals(
          "secret:" + user + "/password",
          env.get("BYGDEVEKST_KAFKA_SASL_PASSWORD"),
          what + ": the password of the Secret Strimzi makes for " + user);
    }
    if ("tls".equals(authentication)) {
      assertFalse(env.getOrDefault("BYGDEVEKST_KAFKA_KEYSTORE_LOCATION", "").isEmpty(), what);
    }
  }

  /** The file is in a volume of the pod made from that key of that Secret. */
  private void assertMountedFrom(String file, String secret, String key, String what) {
    assertNotNull(file, what + ": no truststore");
    Map<String, Object> container = Overlay.container(deployment);
    Map<String, Object> mount =
        Yaml.list(container, "volumeMounts").stream()
            .map(Yaml::map)
            .filter(m -> file.startsWith(Yaml.text(m, "mountPath") + "/"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(what + ": nothing is mounted at " + file));
    String relative = file.substring(Yaml.text(mount, "mountPath").length() + 1);
    Map<String, Object> volume =
        Yaml.list(deployment, "spec", "template", "spec", "volumes").stream()
            .map(Yaml::map)
            .filter(v -> Yaml.text(mount, "name").equals(Yaml.text(v, "name")))
            .findFirst()
            .orElseThrow();
    assertEquals(secret, Yaml.text(volume, "secret", "secretName"), what + ": " + file);
    List<Object> items = Yaml.list(volume, "secret", "items");
    assertTrue(
        items.isEmpty()
            ? relative.equals(key)
            : items.stream()
                .anyMatch(
                    i -> key.equals(Yaml.text(i, "key")) && relative.equals(Yaml.text(i, "path"))),
        what + ": " + file + " is not the key " + key + " of " + secret);
  }
}
