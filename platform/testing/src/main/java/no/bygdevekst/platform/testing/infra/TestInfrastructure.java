package no.bygdevekst.platform.testing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

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
  public static final String KAFKA_SSL_ENV = "BYGDEVEKST_TEST_KAFKA_SSL";
  public static final String KAFKA_SASL_SSL_ENV = "BYGDEVEKST_TEST_KAFKA_SASL_SSL";
  public static final String TLS_DIR_ENV = "BYGDEVEKST_TEST_TLS_DIR";
  public static final String SCRAM_PASSWORD_ENV = "BYGDEVEKST_TEST_SCRAM_PASSWORD";

  /** The SCRAM user of the broker's SASL_SSL listener. */
  public static final String SCRAM_USER = "probe-service";

  private static TestInfrastructure instance;

  private final int pgPort;
  private final String kafkaBootstrap;
  private final SecuredKafka securedKafka;

  /**
   * The broker's TLS listeners, for tests of secured connections: SSL with mutual TLS (a client
   * certificate of the test CA), and SASL_SSL with a SCRAM-SHA-512 user.
   */
  public record SecuredKafka(
      String ssl, String saslSsl, TestCertificates certificates, String user, String password) {}

  private TestInfrastructure(int pgPort, String kafkaBootstrap, SecuredKafka securedKafka) {
    this.pgPort = pgPort;
    this.kafkaBootstrap = kafkaBootstrap;
    this.securedKafka = securedKafka;
  }

  /** A broker started by {@link #startKafka}, with its TLS listeners. */
  public record RunBroker(LocalKafka kafka, SecuredKafka secured) {
    /** The environment that hands this broker to another process's tests. */
    public Map<String, String> environment() {
      return Map.of(
          KAFKA_ENV, kafka.bootstrapServers(),
          KAFKA_SSL_ENV, secured.ssl(),
          KAFKA_SASL_SSL_ENV, secured.saslSsl(),
          TLS_DIR_ENV, secured.certificates().folder().toString(),
          SCRAM_PASSWORD_ENV, secured.password());
    }
  }

  /**
   * Starts the test run's broker in {@code folder}: plaintext for the services' tests, TLS
   * listeners and a SCRAM user (made here, with the JDK's keytool and Kafka's admin API) for the
   * platform's tests of secured connections. Every topic the services use exists after it.
   */
  public static RunBroker startKafka(Path folder) {
    // Made once and kept in target/ for ten days: keytool is a JVM start per step.
    TestCertificates certificates = TestCertificates.in(Path.of("target", "test-tls"));
    LocalKafka kafka =
        LocalKafka.start(
            folder.resolve("kafka"),
            Ports.free(),
            Ports.free(),
            true,
            new LocalKafka.TlsListeners(Ports.free(), Ports.free(), certificates));
    LocalKafka.ensureTopics(kafka.bootstrapServers(), KnownTopics.ALL, KnownTopics.PARTITIONS);
    String password = "scram-" + UUID.randomUUID();
    kafka.createScramUser(SCRAM_USER, password);
    return new RunBroker(
        kafka,
        new SecuredKafka(
            kafka.sslBootstrapServers(),
            kafka.saslSslBootstrapServers(),
            certificates,
            SCRAM_USER,
            password));
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
      SecuredKafka secured =
          new SecuredKafka(
              System.getenv(KAFKA_SSL_ENV),
              System.getenv(KAFKA_SASL_SSL_ENV),
              TestCertificates.madeIn(Path.of(System.getenv(TLS_DIR_ENV))),
              SCRAM_USER,
              System.getenv(SCRAM_PASSWORD_ENV));
      return new TestInfrastructure(Integer.parseInt(port.trim()), kafka.trim(), secured);
    }
    try {
      Path folder = Files.createTempDirectory("bygdevekst-test-infra");
      LocalPostgres postgres = LocalPostgres.start(folder.resolve("postgres"), Ports.free(), true);
      RunBroker broker = startKafka(folder);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    broker.kafka().close();
                    postgres.close();
                  },
                  "test-infrastructure-stop"));
      return new TestInfrastructure(
          postgres.port(), broker.kafka().bootstrapServers(), broker.secured());
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

  public SecuredKafka securedKafka() {
    return securedKafka;
  }

  /** The JDBC URL of {@code database}, created if missing. */
  public String database(String database) {
    LocalPostgres.ensureDatabase(pgPort, database);
    return LocalPostgres.jdbcUrl(pgPort, database);
  }
}
