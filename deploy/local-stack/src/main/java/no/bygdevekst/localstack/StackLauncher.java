package no.bygdevekst.localstack;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.bygdevekst.localstack.LocalStack.StackException;
import no.bygdevekst.platform.testing.infra.LocalPostgres;
import no.bygdevekst.platform.testing.infra.Ports;

/**
 * Starts and stops the parts of the local stack one at a time: PostgreSQL, the Kafka broker in a
 * child JVM ({@link KafkaMain}), and packaged Quarkus applications, the four services or any other
 * (a benchmark's), each with the JVM options of {@link StackConfig} and, for the services, the
 * {@code local} profile and the environment of the run command. {@link LocalStack} starts the whole
 * system with it; the benchmark restarts one service alone with it, or stops Kafka and starts it
 * again on the same port and data.
 *
 * <p>Every process it starts is its own: {@link #close()} stops them all, services first so that
 * they can finish what they are doing, then Kafka, then PostgreSQL. Logs go to {@link
 * StackConfig#logs()}, one file per application; a restart appends to it.
 */
public final class StackLauncher implements AutoCloseable {
  /** From launch to ready, generous for a busy 2-core machine; a service takes 3-8 s there. */
  public static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

  /** Kafka starts in 3-5 s on a quiet machine, more when it recovers its log. */
  static final Duration KAFKA_START_TIMEOUT = Duration.ofSeconds(120);

  static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);
  static final Duration KAFKA_STOP_GRACE = Duration.ofSeconds(60);

  /** How often readiness is asked while waiting: also the resolution of a start-up time. */
  private static final long READY_POLL_MILLIS = 20;

  /** A packaged Quarkus application: its name (also its log's), jar, HTTP port, environment. */
  public record App(String name, Path jar, int port, Map<String, String> environment) {
    public App {
      environment = Map.copyOf(environment);
    }
  }

  private record Running(App app, Process process, long launchedNanos) {}

  private final StackConfig config;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Map<String, Running> apps = new LinkedHashMap<>();
  private final Set<String> logsBegun = new HashSet<>();
  private LocalPostgres postgres;
  private Process kafka;

  public StackLauncher(StackConfig config) {
    this.config = config;
  }

  public StackConfig config() {
    return config;
  }

  /**
   * Throws, naming the variable that moves it, when a port of the stack is taken.
   *
   * @param variablePrefix {@code BYGDEVEKST_} for the run command's variables ({@code
   *     BYGDEVEKST_PG_PORT} ...), or another prefix for a stack of other ports
   */
  public void requirePortsFree(String variablePrefix) {
    Ports.requireFree(config.postgresPort(), "PostgreSQL", variablePrefix + "PG_PORT");
    Ports.requireFree(config.kafkaPort(), "Kafka", variablePrefix + "KAFKA_PORT");
    Ports.requireFree(
        config.kafkaControllerPort(),
        "the Kafka controller",
        variablePrefix + "KAFKA_CONTROLLER_PORT");
    config
        .servicePorts()
        .forEach(
            (service, port) ->
                Ports.requireFree(
                    port,
                    service + "-service",
                    variablePrefix + service.toUpperCase(java.util.Locale.ROOT) + "_PORT"));
  }

  // --- PostgreSQL
  // ----------------------------------------------------------------------------------

  /** Starts PostgreSQL with one database per service; {@code settings} go to the server as is. */
  public void startPostgres(Map<String, String> settings) {
    postgres =
        LocalPostgres.start(
            config.dataDir().resolve("postgres"), config.postgresPort(), false, settings);
    for (String service : StackConfig.SERVICES) {
      postgres.ensureDatabase(service);
    }
  }

  /** Creates another database on the stack's PostgreSQL unless it exists. */
  public void ensureDatabase(String database) {
    postgres.ensureDatabase(database);
  }

  public String jdbcUrl(String database) {
    return LocalPostgres.jdbcUrl(config.postgresPort(), database);
  }

  /** What a Quarkus application needs to reach {@code database} on the stack's PostgreSQL. */
  public Map<String, String> databaseEnvironment(String database) {
    return Map.of(
        "BYGDEVEKST_DB_URL",
        jdbcUrl(database),
        "BYGDEVEKST_DB_USER",
        LocalPostgres.USER,
        "BYGDEVEKST_DB_PASSWORD",
        "");
  }

  // --- Kafka
  // ---------------------------------------------------------------------------------------

  /** Starts the broker in its own JVM on the stack's port and data; returns once it is ready. */
  public void startKafka() throws IOException {
    List<String> command =
        List.of(
            javaBinary(),
            "-Xms128m",
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            KafkaMain.class.getName(),
            config.dataDir().resolve("kafka").toString(),
            Integer.toString(config.kafkaPort()),
            Integer.toString(config.kafkaControllerPort()));
    Path log = log("kafka");
    BufferedWriter writer = openLog("kafka");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + KAFKA_START_TIMEOUT.toNanos();
    String line;
    while ((line = out.readLine()) != null) {
      writer.write(line);
      writer.newLine();
      if (line.startsWith(KafkaMain.READY)) {
        break;
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        writer.close();
        throw new StackException(
            "Kafka did not start within " + KAFKA_START_TIMEOUT.toSeconds() + " s; see " + log);
      }
    }
    if (line == null) {
      writer.close();
      throw new StackException("Kafka stopped while starting; see " + log);
    }
    writer.flush();
    // Keep draining its output into the log, so that the broker never blocks on a full pipe.
    Thread drain =
        new Thread(
            () -> {
              try (writer) {
                String next;
                while ((next = out.readLine()) != null) {
                  writer.write(next);
                  writer.newLine();
                  writer.flush();
                }
              } catch (IOException ignored) {
                // the broker has ended
              }
            },
            "kafka-log");
    drain.setDaemon(true);
    drain.start();
    kafka = process;
  }

  /** Stops the broker cleanly: {@link KafkaMain} shuts down when its input closes. */
  public void stopKafka() {
    if (kafka == null) {
      return;
    }
    try {
      kafka.getOutputStream().close();
    } catch (IOException e) {
      kafka.destroy();
    }
    waitOrKill(kafka, KAFKA_STOP_GRACE);
    kafka = null;
  }

  // --- applications
  // --------------------------------------------------------------------------------

  /** A service as the run command starts it: its packaged jar, port, profile, database, Kafka. */
  public App service(String service) {
    Map<String, String> env = new LinkedHashMap<>(databaseEnvironment(service));
    env.put("QUARKUS_PROFILE", "local");
    env.put("BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS", config.bootstrapServers());
    return new App(
        service,
        config.root().resolve(service + "-service/target/quarkus-app/quarkus-run.jar"),
        config.servicePorts().get(service),
        env);
  }

  /** Launches an application without waiting for it; see {@link #awaitReady}. */
  public void start(App app) throws IOException {
    if (!Files.exists(app.jar())) {
      throw new StackException(app.jar() + " is missing: build first (./bygdevekst run builds it)");
    }
    if (apps.containsKey(app.name())) {
      throw new IllegalStateException(app.name() + " runs already");
    }
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.addAll(List.of(config.serviceJvmOptions().trim().split("\\s+")));
    // Quarkus' empty 400 for a path that is no URI: the platform's RequestGuard answers it instead
    command.add("-Dvertx.disableURIValidation=true");
    command.add("-jar");
    command.add(app.jar().toString());
    Files.createDirectories(config.logs());
    Path log = log(app.name());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                logsBegun.add(app.name())
                    ? ProcessBuilder.Redirect.to(log.toFile())
                    : ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(app.environment());
    builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(app.port()));
    long launched = System.nanoTime();
    apps.put(app.name(), new Running(app, builder.start(), launched));
  }

  /**
   * Waits until the application answers {@code 200} on {@code /q/health/ready}; returns the time
   * from its launch.
   */
  public Duration awaitReady(String name) throws InterruptedException {
    Running running = running(name);
    long deadline = running.launchedNanos() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!running.process().isAlive()) {
        throw new StackException(name + " stopped while starting; see " + log(name));
      }
      if (ready(running.app().port())) {
        return Duration.ofNanos(System.nanoTime() - running.launchedNanos());
      }
      Thread.sleep(READY_POLL_MILLIS);
    }
    throw new StackException(
        name + " was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + log(name));
  }

  /** Launches an application and waits until it is ready; returns the time from launch. */
  public Duration launch(App app) throws IOException, InterruptedException {
    start(app);
    return awaitReady(app.name());
  }

  /** Stops a running application and launches it again as it was; returns launch to ready. */
  public Duration restart(String name) throws IOException, InterruptedException {
    App app = running(name).app();
    stop(name);
    return launch(app);
  }

  /** Stops an application (SIGTERM, then a kill after a grace); nothing if it does not run. */
  public void stop(String name) {
    Running running = apps.remove(name);
    if (running != null) {
      running.process().destroy();
      waitOrKill(running.process(), SERVICE_STOP_GRACE);
    }
  }

  /** Whether whatever listens on {@code port} of 127.0.0.1 answers {@code /q/health/ready}. */
  public boolean ready(int port) {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public long pid(String name) {
    return running(name).process().pid();
  }

  /** The log of an application (or of {@code kafka}). */
  public Path log(String name) {
    return config.logs().resolve(name + ".log");
  }

  /** The process ids of what runs now: Kafka, PostgreSQL, then the applications. */
  public List<Long> pids() {
    List<Long> pids = new ArrayList<>();
    if (kafka != null) {
      pids.add(kafka.pid());
    }
    if (postgres != null) {
      pids.add(postgres.pid());
    }
    apps.values().forEach(r -> pids.add(r.process().pid()));
    return pids;
  }

  /** Stops everything it started: the applications at once, then Kafka, then PostgreSQL. */
  @Override
  public synchronized void close() {
    apps.values().forEach(r -> r.process().destroy());
    for (String name : new ArrayList<>(apps.keySet())) {
      stop(name);
    }
    stopKafka();
    if (postgres != null) {
      try {
        postgres.close();
      } catch (RuntimeException e) {
        System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
      }
      postgres = null;
    }
  }

  private Running running(String name) {
    Running running = apps.get(name);
    if (running == null) {
      throw new IllegalStateException(name + " does not run");
    }
    return running;
  }

  /** The first start of a name in this launcher begins its log afresh; a restart appends. */
  private BufferedWriter openLog(String name) throws IOException {
    Files.createDirectories(config.logs());
    return Files.newBufferedWriter(
        log(name),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.WRITE,
        logsBegun.add(name) ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
  }

  private static void waitOrKill(Process process, Duration grace) {
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The Java that runs this process, so that every child runs on the same JDK. */
  static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
