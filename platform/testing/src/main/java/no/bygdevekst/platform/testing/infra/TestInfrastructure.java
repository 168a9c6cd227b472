package no.bygdevekst.platform.testing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL server and Kafka broker that tests of this JVM use, started at most once.
 *
 * <p>When the environment names a running pair ({@value #PG_PORT_ENV} and {@value #KAFKA_ENV}, as
 * the project's test command sets them), tests use it, so that one PostgreSQL and one Kafka serve
 * every module of a test run. Otherwise, as when one test runs from an IDE or with {@code ./mvnw
 * -pl}, the first test that asks starts both in this JVM, with throw-away data, and a shutdown hook
 * stops them.
 */
public final class TestInfrastructure {
  public static final String PG_PORT_ENV = "BYGDEVEKST_TEST_PG_PORT";
  public static final String KAFKA_ENV = "BYGDEVEKST_TEST_KAFKA_BOOTSTRAP";

  private static TestInfrastructure instance;

  private final int pgPort;
  private final String kafkaBootstrap;

  private TestInfrastructure(int pgPort, String kafkaBootstrap) {
    this.pgPort = pgPort;
    this.kafkaBootstrap = kafkaBootstrap;
  }

  /** The shared instance, started on first use. */
  public static synchronized TestInfrastructure get() {
    if (instance == null) {
      instance = locateOrStart();
      LocalKafka.ensureTopics(instance.kafkaBootstrap, KnownTopics.ALL, KnownTopics.PARTITIONS);
    }
    return instance;
  }

  private static TestInfrastructure locateOrStart() {
    String port = System.getenv(PG_PORT_ENV);
    String kafka = System.getenv(KAFKA_ENV);
    if (port != null && !port.isBlank() && kafka != null && !kafka.isBlank()) {
      return new TestInfrastructure(Integer.parseInt(port.trim()), kafka.trim());
    }
    try {
      Path folder = Files.createTempDirectory("bygdevekst-test-infra");
      LocalPostgres postgres = LocalPostgres.start(folder.resolve("postgres"), Ports.free(), true);
      LocalKafka kafkaBroker =
          LocalKafka.start(folder.resolve("kafka"), Ports.free(), Ports.free(), true);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    kafkaBroker.close();
                    postgres.close();
                  },
                  "test-infrastructure-stop"));
      return new TestInfrastructure(postgres.port(), kafkaBroker.bootstrapServers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int postgresPort() {
    return pgPort;
  }

  public String kafkaBootstrapServers() {
    return kafkaBootstrap;
  }

  /** The JDBC URL of {@code database}, created if missing. */
  public String database(String database) {
    LocalPostgres.ensureDatabase(pgPort, database);
    return LocalPostgres.jdbcUrl(pgPort, database);
  }
}
