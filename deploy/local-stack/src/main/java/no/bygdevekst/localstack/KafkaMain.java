package no.bygdevekst.localstack;

import java.io.IOException;
import java.nio.file.Path;
import no.bygdevekst.platform.testing.infra.KnownTopics;
import no.bygdevekst.platform.testing.infra.LocalKafka;

/**
 * The local stack's Kafka broker, in a JVM of its own. It stops when its standard input closes,
 * which happens when the stack that started it ends, however it ends: no broker outlives its stack.
 */
public final class KafkaMain {
  static final String READY = "KAFKA READY";

  private KafkaMain() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    int controllerPort = Integer.parseInt(args[2]);
    LocalKafka kafka = LocalKafka.start(folder, port, controllerPort, false);
    Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "kafka-stop"));
    LocalKafka.ensureTopics(kafka.bootstrapServers(), KnownTopics.ALL, KnownTopics.PARTITIONS);
    System.out.println(READY + " " + kafka.bootstrapServers());
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the stack to close our input
    }
    System.exit(0);
  }
}
