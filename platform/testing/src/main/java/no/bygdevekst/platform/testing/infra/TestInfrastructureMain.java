package no.bygdevekst.platform.testing.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Starts one throw-away PostgreSQL and Kafka, runs the given command with {@value
 * TestInfrastructure#PG_PORT_ENV} and {@value TestInfrastructure#KAFKA_ENV} set, stops both, and
 * exits with the command's exit code. The project's test command runs the whole Maven build inside
 * it, so that every module's tests share one PostgreSQL and one Kafka.
 */
public final class TestInfrastructureMain {
  private TestInfrastructureMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    List<String> command = Arrays.asList(args);
    if (command.isEmpty()) {
      System.err.println("usage: TestInfrastructureMain <command> [args...]");
      System.exit(2);
    }
    Path folder = Files.createTempDirectory("bygdevekst-test-run");
    int exit;
    long started = System.nanoTime();
    TestInfrastructure.RunBroker broker = null;
    try (LocalPostgres postgres =
        LocalPostgres.start(folder.resolve("postgres"), Ports.free(), true)) {
      broker = TestInfrastructure.startKafka(folder);
      System.out.printf(
          "Test infrastructure up in %d ms: PostgreSQL on 127.0.0.1:%d, Kafka on %s"
              + " (TLS on %s, SCRAM on %s)%n",
          (System.nanoTime() - started) / 1_000_000,
          postgres.port(),
          broker.kafka().bootstrapServers(),
          broker.secured().ssl(),
          broker.secured().saslSsl());
      ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
      pb.environment().put(TestInfrastructure.PG_PORT_ENV, Integer.toString(postgres.port()));
      pb.environment().putAll(broker.environment());
      Process process = pb.start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> process.descendants().forEach(ProcessHandle::destroy)));
      exit = process.waitFor();
    } finally {
      if (broker != null) {
        broker.kafka().close();
      }
    }
    System.exit(exit);
  }
}
