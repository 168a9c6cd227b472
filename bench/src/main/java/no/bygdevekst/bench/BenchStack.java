package no.bygdevekst.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.bygdevekst.localstack.StackConfig;
import no.bygdevekst.localstack.StackLauncher;
import no.bygdevekst.platform.testing.infra.KnownTopics;
import no.bygdevekst.platform.testing.infra.Ports;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The local stack as the run command starts it, through its own launcher ({@link StackLauncher}:
 * the same packaged services, {@code local} profile, environment, JVM options and Kafka child JVM),
 * on the benchmark's own ports and data folder, plus the two reference applications: the ceiling
 * ({@code bench/hello}) and the same-stack peer ({@code bench/peer}).
 */
final class BenchStack implements AutoCloseable {
  static final String HELLO = "hello";
  static final String PEER = "peer";

  /**
   * PostgreSQL records when each transaction committed, so that propagation can be timed from the
   * approval's commit ({@code pg_xact_commit_timestamp}); it costs a few bytes per transaction.
   */
  static final Map<String, String> POSTGRES_SETTINGS = Map.of("track_commit_timestamp", "on");

  private final Path root;
  private final StackLauncher launcher;
  private final int helloPort;
  private final int peerPort;

  BenchStack(Path root, Path data) {
    this.root = root;
    Map<String, String> env = System.getenv();
    Map<String, Integer> ports = new LinkedHashMap<>();
    int base = 24081; // below the ephemeral range (32768-60999), where clients take ports
    for (String service : StackConfig.SERVICES) {
      ports.put(service, port(env, variable(service), base++));
    }
    StackConfig config =
        new StackConfig(
            root,
            data,
            port(env, "BENCH_PG_PORT", 24432),
            port(env, "BENCH_KAFKA_PORT", 24092),
            port(env, "BENCH_KAFKA_CONTROLLER_PORT", 24093),
            StackConfig.fromEnvironment(root).issuerPort(), // development tokens: no issuer runs
            ports,
            StackConfig.fromEnvironment(root).serviceJvmOptions());
    this.launcher = new StackLauncher(config);
    this.helloPort = port(env, "BENCH_HELLO_PORT", 24090);
    this.peerPort = port(env, "BENCH_PEER_PORT", 24091);
  }

  private static String variable(String service) {
    return "BENCH_" + service.toUpperCase(Locale.ROOT) + "_PORT";
  }

  /**
   * The port named by the environment variable; else the default when it is free; else a free port
   * the system picks, so that a shared machine where someone holds the default still runs.
   */
  static int port(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value != null && !value.isBlank()) {
      return Integer.parseInt(value.trim());
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true); // as servers bind: connections in TIME_WAIT do not count
      probe.bind(new InetSocketAddress(fallback));
      return fallback;
    } catch (IOException taken) {
      return Ports.free();
    }
  }

  String ports() {
    StackConfig c = config();
    return String.format(
        "PostgreSQL %d, Kafka %d (controller %d), services %s, ceiling %d, peer %d",
        c.postgresPort(),
        c.kafkaPort(),
        c.kafkaControllerPort(),
        c.servicePorts(),
        helloPort,
        peerPort);
  }

  StackConfig config() {
    return launcher.config();
  }

  String jvmOptions() {
    return config().serviceJvmOptions();
  }

  String url(String app) {
    return "http://127.0.0.1:" + port(app);
  }

  int port(String app) {
    return switch (app) {
      case HELLO -> helloPort;
      case PEER -> peerPort;
      default -> config().servicePorts().get(app);
    };
  }

  long pid(String app) {
    return launcher.pid(app);
  }

  void checkPortsFree() {
    launcher.requirePortsFree("BENCH_");
    Ports.requireFree(helloPort, "the ceiling (bench/hello)", "BENCH_HELLO_PORT");
    Ports.requireFree(peerPort, "the peer (bench/peer)", "BENCH_PEER_PORT");
  }

  /** PostgreSQL with the services' databases and the peer's, its one row in place. */
  void startPostgres() {
    launcher.startPostgres(POSTGRES_SETTINGS);
    launcher.ensureDatabase(PEER);
    PeerData.create(jdbcUrl(PEER));
  }

  String jdbcUrl(String database) {
    return launcher.jdbcUrl(database);
  }

  /**
   * Starts Kafka (again, on the same port and data); its topics stamp each record with the broker's
   * append time, so that propagation shows when the broker had the event ({@link Hops}). Nothing in
   * the services reads record timestamps.
   */
  void startKafka() throws IOException {
    launcher.startKafka();
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config().bootstrapServers()))) {
      AlterConfigOp brokerTime =
          new AlterConfigOp(
              new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"),
              AlterConfigOp.OpType.SET);
      Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
      KnownTopics.ALL.forEach(
          t -> changes.put(new ConfigResource(ConfigResource.Type.TOPIC, t), List.of(brokerTime)));
      admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not set the topics' timestamp type", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void stopKafka() {
    launcher.stopKafka();
  }

  /** Launches an application for the first time and waits until it is ready. */
  Duration start(String app) throws IOException, InterruptedException {
    return launcher.launch(spec(app));
  }

  /** Stops an application and launches it again; returns launch to ready. */
  Duration restart(String app) throws IOException, InterruptedException {
    return launcher.restart(app);
  }

  private StackLauncher.App spec(String app) {
    return switch (app) {
      case HELLO -> reference(HELLO, Map.of());
      case PEER -> reference(PEER, launcher.databaseEnvironment(PEER));
      default -> launcher.service(app);
    };
  }

  private StackLauncher.App reference(String name, Map<String, String> env) {
    Path jar = root.resolve("bench/" + name + "/target/quarkus-app/quarkus-run.jar");
    return new StackLauncher.App(name, jar, port(name), env);
  }

  private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

  /** The start-up time Quarkus itself logged at the latest start ("started in 1.234s"), or NaN. */
  double loggedStartSeconds(String app) {
    Matcher m = STARTED_IN.matcher(Proc.read(launcher.log(app)));
    double last = Double.NaN;
    while (m.find()) {
      last = Double.parseDouble(m.group(1));
    }
    return last;
  }

  @Override
  public void close() {
    launcher.close();
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
