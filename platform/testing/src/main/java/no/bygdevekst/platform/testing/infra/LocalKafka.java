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
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running in this
 * JVM. The storage is formatted once; a later start with the same folder reuses the cluster id and
 * the data.
 */
public final class LocalKafka implements AutoCloseable {
  private final EmbeddedKafkaBroker broker;
  private final int port;

  private LocalKafka(EmbeddedKafkaBroker broker, int port) {
    this.broker = broker;
    this.port = port;
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
                  });
      broker.start();
      return new LocalKafka(broker, port);
    } catch (IOException e) {
      throw new UncheckedIOException("Kafka did not start in " + folder, e);
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
