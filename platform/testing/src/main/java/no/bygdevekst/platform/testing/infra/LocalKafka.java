package no.bygdevekst.platform.testing.infra;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running in this
 * JVM. The storage is formatted once; a later start with the same folder reuses the cluster id and
 * the data.
 */
public final class LocalKafka implements AutoCloseable {
  private final EmbeddedKafkaBroker broker;
  private final int port;
  private final TlsListeners tls;

  private LocalKafka(EmbeddedKafkaBroker broker, int port, TlsListeners tls) {
    this.broker = broker;
    this.port = port;
    this.tls = tls;
  }

  /**
   * Starts the broker on 127.0.0.1.
   *
   * @param folder holds the log folder and the cluster id
   * @param port the client port
   * @param controllerPort the KRaft controller port
   * @param ephemeral true for tests: the folder is wiped on close
   */
  public static LocalKafka start(Path folder, int port, int controllerPort, boolean ephemeral) {
    return start(folder, port, controllerPort, ephemeral, null);
  }

  /**
   * TLS listeners beside the plaintext one, as a secured cluster offers them: {@code SSL} with
   * mutual TLS (a client must present a certificate the test CA signed) and {@code SASL_SSL} with
   * SCRAM-SHA-512 (users made with {@link #createScramUser}). The plaintext listener stays, for the
   * test's own clients and for creating users.
   */
  public record TlsListeners(int sslPort, int saslSslPort, TestCertificates certificates) {}

  /** Starts the broker with the TLS listeners too, when {@code tls} is given. */
  public static LocalKafka start(
      Path folder, int port, int controllerPort, boolean ephemeral, TlsListeners tls) {
    Ports.requireFree(port, "Kafka", "BYGDEVEKST_KAFKA_PORT");
    Ports.requireFree(controllerPort, "the Kafka controller", "BYGDEVEKST_KAFKA_CONTROLLER_PORT");
    try {
      Files.createDirectories(folder);
      Path logs = folder.resolve("logs");
      String clusterId = clusterId(folder.resolve("cluster.id"));
      EmbeddedKafkaBroker broker =
          new EmbeddedKafkaBroker()
              .withNodeId(1)
              .withKafkaHost("127.0.0.1")
              .withKafkaPort(port)
              .withControllerPort(controllerPort)
              .withClusterId(clusterId)
              .withDeleteLogDirsOnClose(ephemeral)
              .withAdditionalProperties(
                  p -> {
                    p.put("log.dirs", logs.toString());
                    p.put("auto.create.topics.enable", "true");
                    p.put("num.partitions", "3");
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("offsets.topic.num.partitions", "3");
                    p.put("transaction.state.log.replication.factor", "1");
                    p.put("transaction.state.log.min.isr", "1");
                    if (tls != null) {
                      tlsSettings(p, tls.certificates());
                    }
                  });
      if (tls != null) {
        Ports.requireFree(tls.sslPort(), "Kafka's SSL listener", "a free port");
        Ports.requireFree(tls.saslSslPort(), "Kafka's SASL_SSL listener", "a free port");
        // Advertised listeners replace the default one: the plaintext listener is named again.
        broker.withAdvertisedListeners(
            EmbeddedKafkaBroker.endpoint(
                "PLAINTEXT", SecurityProtocol.PLAINTEXT, "127.0.0.1", port),
            EmbeddedKafkaBroker.endpoint("SSL", SecurityProtocol.SSL, "127.0.0.1", tls.sslPort()),
            EmbeddedKafkaBroker.endpoint(
                "SASL_SSL", SecurityProtocol.SASL_SSL, "127.0.0.1", tls.saslSslPort()));
      }
      broker.start();
      return new LocalKafka(broker, port, tls);
    } catch (IOException e) {
      throw new UncheckedIOException("Kafka did not start in " + folder, e);
    }
  }

  private static void tlsSettings(Properties p, TestCertificates certificates) {
    p.put("ssl.keystore.type", "PKCS12");
    p.put("ssl.keystore.location", certificates.brokerKeystore().toString());
    p.put("ssl.keystore.password", certificates.password());
    p.put("ssl.key.password", certificates.password());
    p.put("ssl.truststore.type", "PKCS12");
    p.put("ssl.truststore.location", certificates.truststore().toString());
    p.put("ssl.truststore.password", certificates.password());
    p.put("listener.name.ssl.ssl.client.auth", "required");
    p.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
    p.put(
        "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required;");
  }

  /** The SSL listener (mutual TLS), when the broker has TLS listeners. */
  public String sslBootstrapServers() {
    return "127.0.0.1:" + tls.sslPort();
  }

  /** The SASL_SSL listener (SCRAM-SHA-512), when the broker has TLS listeners. */
  public String saslSslBootstrapServers() {
    return "127.0.0.1:" + tls.saslSslPort();
  }

  /**
   * Creates a SCRAM-SHA-512 user through the admin API, as Strimzi's User Operator does, and waits
   * until the SASL_SSL listener lets it in (the broker learns of new credentials a moment later).
   */
  public void createScramUser(String user, String password) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
      admin
          .alterUserScramCredentials(
              List.of(
                  new UserScramCredentialUpsertion(
                      user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)))
          .all()
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("Could not create the SCRAM user " + user, e);
    }
    Map<String, Object> login =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            saslSslBootstrapServers(),
            "security.protocol",
            "SASL_SSL",
            "sasl.mechanism",
            "SCRAM-SHA-512",
            "sasl.jaas.config",
            "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user
                + "\" password=\""
                + password
                + "\";",
            "ssl.truststore.type",
            "PKCS12",
            "ssl.truststore.location",
            tls.certificates().truststore().toString(),
            "ssl.truststore.password",
            tls.certificates().password());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try (Admin admin = Admin.create(login)) {
        admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
        return;
      } catch (Exception e) {
        if (e instanceof InterruptedException || System.nanoTime() > deadline) {
          throw new IllegalStateException("The SCRAM user " + user + " cannot log in", e);
        }
      }
    }
  }

  private static String clusterId(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
    String id = Uuid.randomUuid().toString();
    Files.writeString(file, id, StandardCharsets.UTF_8);
    return id;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Creates the topics that do not exist yet, with {@code partitions} partitions each. */
  public static void ensureTopics(
      String bootstrapServers, Collection<String> topics, int partitions) {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000))) {
      var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String topic : topics) {
        if (!existing.contains(topic)) {
          missing.add(new NewTopic(topic, partitions, (short) 1));
        }
      }
      if (missing.isEmpty()) {
        return;
      }
      try {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("Could not create topics " + topics, e);
    }
  }

  /** Properties a plain client needs to reach this broker. */
  public Properties clientProperties() {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrapServers());
    return p;
  }

  @Override
  public void close() {
    broker.close();
  }
}
