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
    try (LocalPostgres postgres =
            LocalPostgres.start(folder.resolve("postgres"), Ports.free(), true);
        LocalKafka kafka =
            LocalKafka.start(folder.resolve("kafka"), Ports.free(), Ports.free(), true)) {
      LocalKafka.ensureTopics(kafka.bootstrapServers(), KnownTopics.ALL, KnownTopics.PARTITIONS);
      System.out.printf(
          "Test infrastructure up in %d ms: PostgreSQL on 127.0.0.1:%d, Kafka on %s%n",
          (System.nanoTime() - started) / 1_000_000, postgres.port(), kafka.bootstrapServers());
      ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
      pb.environment().put(TestInfrastructure.PG_PORT_ENV, Integer.toString(postgres.port()));
      pb.environment().put(TestInfrastructure.KAFKA_ENV, kafka.bootstrapServers());
      Process process = pb.start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> process.descendants().forEach(ProcessHandle::destroy)));
      exit = process.waitFor();
    }
    System.exit(exit);
  }
}
