package no.bygdevekst.platform.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.bygdevekst.platform.testing.infra.LocalKafka;
import no.bygdevekst.platform.testing.infra.Ports;

/**
 * A Kafka broker of this test JVM's own that a test may stop and start again on the same port and
 * data, to see what an outage does to the outbox relay.
 */
public class RestartableKafkaResource implements QuarkusTestResourceLifecycleManager {
  public static final List<String> TOPICS =
      List.of("bygdevekst.probe.events", "bygdevekst.probe.dlq");

  private static Path folder;
  private static int port;
  private static int controllerPort;
  private static LocalKafka broker;

  @Override
  public Map<String, String> start() {
    try {
      folder = Files.createTempDirectory("bygdevekst-restartable-kafka");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    port = Ports.free();
    controllerPort = Ports.free();
    startBroker();
    LocalKafka.ensureTopics(bootstrapServers(), TOPICS, 3);
    return Map.of("kafka.bootstrap.servers", bootstrapServers());
  }

  public static synchronized void startBroker() {
    if (broker == null) {
      broker = LocalKafka.start(folder, port, controllerPort, false);
    }
  }

  public static synchronized void stopBroker() {
    if (broker != null) {
      broker.close();
      broker = null;
    }
  }

  public static String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void stop() {
    stopBroker();
  }
}
