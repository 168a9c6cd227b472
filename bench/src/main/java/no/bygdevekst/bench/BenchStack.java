package no.bygdevekst.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.bygdevekst.localstack.KafkaMain;
import no.bygdevekst.localstack.StackConfig;
import no.bygdevekst.platform.testing.infra.LocalPostgres;
import no.bygdevekst.platform.testing.infra.Ports;

/**
 * The local stack as the run command starts it (same packaged services, same {@code local}
 * profile, same environment variables, the same JVM options from {@link StackConfig}, the same
 * Kafka child JVM {@link KafkaMain}), but on the benchmark's own ports and data folder, and with
 * each process under the benchmark's control: a service can be restarted alone to time its
 * start-up, and Kafka can be stopped and started again on the same port and data for the outage.
 */
final class BenchStack implements AutoCloseable {
  static final String HELLO = "hello";

  private final Path root;
  private final Path data;
  private final StackConfig config;
  private final int helloPort;
  private final String classPath = System.getProperty("java.class.path");
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final Map<String, Process> apps = new LinkedHashMap<>();
  private final Map<String, Integer> starts = new LinkedHashMap<>();
  private LocalPostgres postgres;
  private Process kafka;

  BenchStack(Path root, Path data) {
    this.root = root;
    this.data = data;
    Map<String, String> env = System.getenv();
    StackConfig defaults = StackConfig.fromEnvironment(root);
    Map<String, Integer> ports = new LinkedHashMap<>();
    int base = 24081; // below the ephemeral range (32768-60999), where clients take ports
    for (String service : StackConfig.SERVICES) {
      ports.put(
          service, intOf(env, "BENCH_" + service.toUpperCase(java.util.Locale.ROOT) + "_PORT", base++));
    }
    this.config =
        new StackConfig(
            root,
            data,
            intOf(env, "BENCH_PG_PORT", 24432),
            intOf(env, "BENCH_KAFKA_PORT", 24092),
            intOf(env, "BENCH_KAFKA_CONTROLLER_PORT", 24093),
            defaults.issuerPort(), // the bench calls with development tokens: no issuer runs
            ports,
            defaults.serviceJvmOptions());
    this.helloPort = intOf(env, "BENCH_HELLO_PORT", 24090);
  }

  /**
   * The port named by the environment variable; else the default when it is free; else a free
   * port the system picks, so that a shared machine where someone holds the default still runs.
   */
  private static int intOf(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value != null && !value.isBlank()) {
      return Integer.parseInt(value.trim());
    }
    try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
      probe.setReuseAddress(true); // as servers bind: connections in TIME_WAIT do not count
      probe.bind(new java.net.InetSocketAddress(fallback));
      return fallback;
    } catch (IOException taken) {
      try (java.net.ServerSocket any = new java.net.ServerSocket(0)) {
        return any.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  String ports() {
    return String.format(
        "PostgreSQL %d, Kafka %d (controller %d), services %s, ceiling %d",
        config.postgresPort(),
        config.kafkaPort(),
        config.kafkaControllerPort(),
        config.servicePorts(),
        helloPort);
  }

  StackConfig config() {
    return config;
  }

  String jvmOptions() {
    return config.serviceJvmOptions();
  }

  String url(String app) {
    return "http://127.0.0.1:" + port(app);
  }

  int port(String app) {
    return HELLO.equals(app) ? helloPort : config.servicePorts().get(app);
  }

  long pid(String app) {
    return apps.get(app).pid();
  }

  long kafkaPid() {
    return kafka.pid();
  }

  Path logs() {
    return config.logs();
  }

  void checkPortsFree() {
    Ports.requireFree(config.postgresPort(), "PostgreSQL", "BENCH_PG_PORT");
    Ports.requireFree(config.kafkaPort(), "Kafka", "BENCH_KAFKA_PORT");
    Ports.requireFree(config.kafkaControllerPort(), "Kafka controller", "BENCH_KAFKA_CONTROLLER_PORT");
    config.servicePorts().forEach((s, p) -> Ports.requireFree(p, s, "BENCH_" + s.toUpperCase(java.util.Locale.ROOT) + "_PORT"));
    Ports.requireFree(helloPort, "hello", "BENCH_HELLO_PORT");
  }

  void startPostgres() {
    postgres = LocalPostgres.start(data.resolve("postgres"), config.postgresPort(), false);
    for (String service : StackConfig.SERVICES) {
      postgres.ensureDatabase(service);
    }
  }

  String jdbcUrl(String database) {
    return LocalPostgres.jdbcUrl(config.postgresPort(), database);
  }

  /** Starts the broker in its own JVM, as the local stack does; returns once it is ready. */
  void startKafka() throws IOException {
    List<String> command =
        List.of(
            javaBinary(),
            "-Xms128m",
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-cp",
            classPath,
            KafkaMain.class.getName(),
            data.resolve("kafka").toString(),
            Integer.toString(config.kafkaPort()),
            Integer.toString(config.kafkaControllerPort()));
    Files.createDirectories(logs());
    Path log = logs().resolve("kafka.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    String line;
    try (var writer =
        Files.newBufferedWriter(
            log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      while ((line = out.readLine()) != null) {
        writer.write(line);
        writer.newLine();
        if (line.startsWith("KAFKA READY")) {
          break;
        }
        if (System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new IllegalStateException("Kafka did not start within 120 s; see " + log);
        }
      }
    }
    if (line == null) {
      throw new IllegalStateException("Kafka stopped while starting; see " + log);
    }
    Thread drain =
        new Thread(
            () -> {
              try (var writer =
                  Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
                String l;
                while ((l = out.readLine()) != null) {
                  writer.write(l);
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

  /** Stops the broker as the local stack does: closing its input makes it shut down cleanly. */
  void stopKafka() {
    if (kafka == null) {
      return;
    }
    try {
      kafka.getOutputStream().close();
    } catch (IOException e) {
      kafka.destroy();
    }
    waitOrKill(kafka, Duration.ofSeconds(60));
    kafka = null;
  }

  /** Starts an application and waits until it reports ready; returns the time from launch. */
  Duration start(String app) throws IOException, InterruptedException {
    Path jar =
        HELLO.equals(app)
            ? root.resolve("bench/hello/target/quarkus-app/quarkus-run.jar")
            : root.resolve(app + "-service/target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: build first");
    }
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.addAll(List.of(config.serviceJvmOptions().trim().split("\\s+")));
    command.add("-jar");
    command.add(jar.toString());
    int n = starts.merge(app, 1, Integer::sum);
    Path log = logs().resolve(app + "-" + n + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port(app)));
    if (!HELLO.equals(app)) {
      env.put("QUARKUS_PROFILE", "local");
      env.put("BYGDEVEKST_DB_URL", jdbcUrl(app));
      env.put("BYGDEVEKST_DB_USER", LocalPostgres.USER);
      env.put("BYGDEVEKST_DB_PASSWORD", "");
      env.put("BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS", config.bootstrapServers());
    }
    long launched = System.nanoTime();
    Process process = builder.start();
    apps.put(app, process);
    long deadline = launched + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(app + " stopped while starting; see " + log);
      }
      if (ready(app)) {
        return Duration.ofNanos(System.nanoTime() - launched);
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException(app + " was not ready within 180 s; see " + log);
  }

  boolean ready(String app) {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url(app) + "/q/health/ready"))
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

  /** The start-up time Quarkus itself logs ("started in 1.234s"), in seconds, or NaN. */
  double loggedStartSeconds(String app) {
    String log = Proc.read(logs().resolve(app + "-" + starts.get(app) + ".log"));
    var m = java.util.regex.Pattern.compile("started in ([0-9.]+)s").matcher(log);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  void stop(String app) {
    Process process = apps.remove(app);
    if (process != null) {
      process.destroy();
      waitOrKill(process, Duration.ofSeconds(30));
    }
  }

  @Override
  public synchronized void close() {
    for (String app : new ArrayList<>(apps.keySet())) {
      Process p = apps.get(app);
      if (p != null) {
        p.destroy();
      }
    }
    for (String app : new ArrayList<>(apps.keySet())) {
      stop(app);
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

  static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
