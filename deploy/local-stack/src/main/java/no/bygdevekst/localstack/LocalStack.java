package no.bygdevekst.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.infra.LocalPostgres;
import no.bygdevekst.platform.testing.infra.Ports;

/**
 * The whole system on one machine: PostgreSQL (one database per service), a Kafka broker in KRaft
 * mode and the four packaged services, all started by this process and all stopped with it.
 *
 * <pre>
 * up       start everything, wait until all four services are ready, load the reference
 *          agreement, print the URLs, and run until Ctrl-C or 'stop'
 * up --with-scenario
 *          the same, and load the whole Vestre Varanger 2025 year ({@link Scenario})
 * stop     stop a running stack (the one whose pid is in the data folder)
 * status   print each service's readiness
 * </pre>
 */
public final class LocalStack {
  static final String READY_LINE = "Bygdevekst is ready.";

  static final String WITH_SCENARIO = "--with-scenario";

  private final StackConfig config;
  private final boolean withScenario;
  private final List<Process> services = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private LocalPostgres postgres;
  private Process kafka;
  private LocalIssuer issuer;

  LocalStack(StackConfig config, boolean withScenario) {
    this.config = config;
    this.withScenario = withScenario;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("bygdevekst.root", ".")).toAbsolutePath().normalize();
    StackConfig config = StackConfig.fromEnvironment(root);
    String command = args.length > 0 ? args[0] : "up";
    List<String> options = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
    boolean scenario = options.contains(WITH_SCENARIO);
    if (!List.of(WITH_SCENARIO).containsAll(options) || (scenario && !command.equals("up"))) {
      command = "usage";
    }
    try {
      switch (command) {
        case "up" -> new LocalStack(config, scenario).up();
        case "stop" -> System.exit(stop(config) ? 0 : 1);
        case "status" -> System.exit(new LocalStack(config, false).status() ? 0 : 1);
        default -> {
          System.err.println("usage: LocalStack up [" + WITH_SCENARIO + "] | stop | status");
          System.exit(2);
        }
      }
    } catch (Ports.PortInUseException | StackException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
  }

  void up() throws Exception {
    Files.createDirectories(config.logs());
    refuseIfRunning();
    checkPortsFree();
    Files.writeString(config.pidFile(), Long.toString(ProcessHandle.current().pid()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  shutdown();
                  stopped.countDown();
                },
                "stack-stop"));
    long started = System.nanoTime();
    say(
        "Starting PostgreSQL on 127.0.0.1:%d (data in %s)",
        config.postgresPort(), config.dataDir().resolve("postgres"));
    postgres =
        LocalPostgres.start(config.dataDir().resolve("postgres"), config.postgresPort(), false);
    for (String service : StackConfig.SERVICES) {
      postgres.ensureDatabase(service);
    }
    say("Starting Kafka on %s", config.bootstrapServers());
    kafka = startKafka();
    issuer = LocalIssuer.start(config.issuerPort());
    say("Token issuers (Maskinporten- and ID-porten-shaped) on %s", issuer.url());
    for (String service : StackConfig.SERVICES) {
      services.add(startService(service));
    }
    recordChildren();
    for (String service : StackConfig.SERVICES) {
      awaitReady(service, Duration.ofSeconds(180));
    }
    DevTokens.main(new String[] {config.tokensFile().toString()});
    issuer.appendTokens(config.tokensFile());
    String agreementId =
        withScenario
            ? new Scenario(config, http).run().agreementId()
            : new ReferenceData(config, new Api(http)).load().agreementId();
    printWelcome(Duration.ofNanos(System.nanoTime() - started), agreementId);
    stopped.await();
  }

  private void refuseIfRunning() throws IOException {
    Optional<ProcessHandle> running = runningStack(config);
    if (running.isPresent()) {
      throw new StackException(
          "A stack is already running (pid "
              + running.get().pid()
              + "). Stop it with ./bygdevekst stop, or use another BYGDEVEKST_DATA_DIR.");
    }
  }

  private void checkPortsFree() {
    Ports.requireFree(config.postgresPort(), "PostgreSQL", "BYGDEVEKST_PG_PORT");
    Ports.requireFree(config.kafkaPort(), "Kafka", "BYGDEVEKST_KAFKA_PORT");
    Ports.requireFree(
        config.kafkaControllerPort(), "the Kafka controller", "BYGDEVEKST_KAFKA_CONTROLLER_PORT");
    Ports.requireFree(config.issuerPort(), "the local token issuer", "BYGDEVEKST_ISSUER_PORT");
    config
        .servicePorts()
        .forEach(
            (service, port) ->
                Ports.requireFree(
                    port, service + "-service", "BYGDEVEKST_" + service.toUpperCase() + "_PORT"));
  }

  private Process startKafka() throws IOException, InterruptedException {
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
    Path log = config.logs().resolve("kafka.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    try (var writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = out.readLine()) != null) {
        writer.write(line);
        writer.newLine();
        if (line.startsWith(KafkaMain.READY)) {
          break;
        }
        if (System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new StackException("Kafka did not start within 90 s; see " + log);
        }
      }
      if (line == null) {
        throw new StackException("Kafka stopped while starting; see " + log);
      }
    }
    // Keep draining its output into the log, so that the broker never blocks on a full pipe.
    Thread drain =
        new Thread(
            () -> {
              try (var writer =
                  Files.newBufferedWriter(
                      log, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
                String line;
                while ((line = out.readLine()) != null) {
                  writer.write(line);
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
    return process;
  }

  private Process startService(String service) throws IOException {
    Path app = config.root().resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(app)) {
      throw new StackException(app + " is missing: build first (./bygdevekst run builds it)");
    }
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.addAll(List.of(config.serviceJvmOptions().trim().split("\\s+")));
    command.add("-jar");
    command.add(app.toString());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(config.logs().resolve(service + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("QUARKUS_PROFILE", "local");
    env.put("QUARKUS_HTTP_PORT", Integer.toString(config.servicePorts().get(service)));
    env.put("BYGDEVEKST_DB_URL", LocalPostgres.jdbcUrl(config.postgresPort(), service));
    env.put("BYGDEVEKST_DB_USER", LocalPostgres.USER);
    env.put("BYGDEVEKST_DB_PASSWORD", "");
    env.put("BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS", config.bootstrapServers());
    env.putAll(issuer.serviceEnvironment());
    say("Starting %s-service on port %d", service, config.servicePorts().get(service));
    return builder.start();
  }

  private void recordChildren() throws IOException {
    List<String> pids = new ArrayList<>();
    pids.add(Long.toString(kafka.pid()));
    pids.add(Long.toString(postgres.pid()));
    services.forEach(p -> pids.add(Long.toString(p.pid())));
    Files.write(config.childPidsFile(), pids);
  }

  private void awaitReady(String service, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Process process = services.get(List.of(StackConfig.SERVICES).indexOf(service));
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new StackException(
            service
                + "-service stopped while starting; see "
                + config.logs().resolve(service + ".log"));
      }
      if (ready(service)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new StackException(
        service
            + "-service was not ready within "
            + timeout.toSeconds()
            + " s; see "
            + config.logs().resolve(service + ".log"));
  }

  boolean ready(String service) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(config.url(service) + "/q/health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  boolean status() {
    boolean all = true;
    for (String service : StackConfig.SERVICES) {
      boolean up = ready(service);
      all &= up;
      System.out.printf(
          "%-20s %-28s %s%n",
          service + "-service", config.url(service), up ? "ready" : "not ready");
    }
    return all;
  }

  private void printWelcome(Duration took, String agreementId) {
    StringBuilder out = new StringBuilder();
    out.append('\n')
        .append(READY_LINE)
        .append(" (")
        .append(took.toMillis() / 1000.0)
        .append(" s)\n\n");
    out.append(String.format("  %-20s %-24s %s%n", "service", "URL", "Swagger UI"));
    for (String service : StackConfig.SERVICES) {
      out.append(
          String.format(
              "  %-20s %-24s %s%n",
              service + "-service", config.url(service), config.url(service) + "/q/swagger-ui"));
    }
    out.append(
        String.format(
            "%n  PostgreSQL  127.0.0.1:%d (user postgres, databases %s)%n",
            config.postgresPort(), String.join(", ", StackConfig.SERVICES)));
    out.append(String.format("  Kafka       %s%n", config.bootstrapServers()));
    out.append(
        String.format(
            "  Issuer      %s (POST /maskinporten/token, /idporten/token)%n", issuer.url()));
    out.append(String.format("  Logs        %s%n", config.logs()));
    out.append(String.format("  Tokens      source %s%n%n", config.tokensFile()));
    out.append(tryIt(agreementId));
    out.append("\nStop with Ctrl-C, or ./bygdevekst stop from another terminal.\n");
    System.out.print(out);
    System.out.flush();
  }

  /**
   * A few curl commands against what was just loaded, with its real ids; each line that starts with
   * {@code curl} works as printed once the token file is sourced.
   */
  String tryIt(String agreementId) {
    String a = config.url("agreement") + "/api/v1";
    String p = config.url("actionplan") + "/api/v1";
    String f = config.url("funding") + "/api/v1";
    String e = config.url("evaluation") + "/api/v1";
    String reader = "-H \"Authorization: Bearer $READER_TOKEN\" ";
    List<String> lines = new ArrayList<>();
    lines.add("# the Vestre Varanger agreement, as the portal and as KDD see it");
    lines.add("curl -s " + a + "/public/agreements/" + agreementId);
    lines.add(
        "curl -s -H \"Authorization: Bearer $KDD_TOKEN\" "
            + a
            + "/agreements/"
            + agreementId
            + "/versions");
    lines.add("# the same as another government system, with a Maskinporten-shaped token");
    lines.add(
        "curl -s -H \"Authorization: Bearer $MASKINPORTEN_READER_TOKEN\" "
            + a
            + "/agreements/"
            + agreementId);
    lines.add("# its action plans, all years and revisions");
    lines.add("curl -s " + reader + p + "/agreements/" + agreementId + "/action-plans");
    if (withScenario) {
      lines.add(
          "# 2025: money per sub-goal (with the flags after revision 2), and goal attainment");
      lines.add(
          "curl -s " + reader + "'" + f + "/agreements/" + agreementId + "/funding?year=2025'");
      lines.add(
          "curl -s " + reader + "'" + e + "/agreements/" + agreementId + "/attainment?year=2025'");
      lines.add(
          "curl -s "
              + reader
              + "-H 'Accept: text/csv' '"
              + e
              + "/agreements/"
              + agreementId
              + "/reports/status?year=2025'");
      lines.add("# what the Distriktssenteret portal sees (no token)");
      lines.add("curl -s " + e + "/public/agreements/" + agreementId + "/attainment");
    } else {
      lines.add("# load the whole 2025 year too: ./bygdevekst run " + WITH_SCENARIO);
    }
    StringBuilder out =
        new StringBuilder("Try:\n  source ").append(config.tokensFile()).append('\n');
    lines.forEach(l -> out.append("  ").append(l).append('\n'));
    return out.toString();
  }

  /** Stops services first, so that they can finish in-flight work, then Kafka, then PostgreSQL. */
  private synchronized void shutdown() {
    say("Stopping Bygdevekst ...");
    for (Process service : services) {
      service.destroy();
    }
    for (Process service : services) {
      waitOrKill(service, Duration.ofSeconds(20));
    }
    if (issuer != null) {
      issuer.close();
    }
    if (kafka != null) {
      try {
        OutputStream in = kafka.getOutputStream();
        in.close(); // KafkaMain exits when its input closes
      } catch (IOException ignored) {
        kafka.destroy();
      }
      waitOrKill(kafka, Duration.ofSeconds(30));
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (RuntimeException e) {
        System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
    try {
      Files.deleteIfExists(config.childPidsFile());
      Files.deleteIfExists(config.pidFile());
    } catch (IOException ignored) {
      // nothing to clean
    }
    say("Stopped.");
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

  static Optional<ProcessHandle> runningStack(StackConfig config) throws IOException {
    if (!Files.exists(config.pidFile())) {
      return Optional.empty();
    }
    String text = Files.readString(config.pidFile()).trim();
    // A pid is reused once its process has ended: the stack started before it wrote the file, a
    // later process with the same pid after. (Its command line cannot tell: Linux gives Java only
    // the first 4096 characters, and the class path alone is longer.)
    java.time.Instant written =
        Files.getLastModifiedTime(config.pidFile()).toInstant().plusSeconds(2);
    try {
      return ProcessHandle.of(Long.parseLong(text))
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().startInstant().map(s -> !s.isAfter(written)).orElse(true));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Stops the stack that runs from this data folder, and any child it left behind. */
  static boolean stop(StackConfig config) throws IOException, InterruptedException {
    Optional<ProcessHandle> stack = runningStack(config);
    List<Long> children = new ArrayList<>();
    if (Files.exists(config.childPidsFile())) {
      for (String line : Files.readAllLines(config.childPidsFile())) {
        if (!line.isBlank()) {
          children.add(Long.parseLong(line.trim()));
        }
      }
    }
    if (stack.isEmpty() && children.isEmpty()) {
      System.out.println("No stack is running from " + config.dataDir());
      return true;
    }
    if (stack.isPresent()) {
      System.out.println("Stopping the stack (pid " + stack.get().pid() + ") ...");
      stack.get().destroy();
      try {
        stack.get().onExit().get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        System.out.println("The stack did not stop within 60 s; stopping it forcibly");
        stack.get().destroyForcibly();
      }
    }
    // The stack stops its children itself; a child whose stack was killed outright is stopped here.
    for (Long pid : children) {
      ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .ifPresent(
              p -> {
                System.out.println("Stopping left-over process " + pid);
                p.destroy();
              });
    }
    Files.deleteIfExists(config.childPidsFile());
    Files.deleteIfExists(config.pidFile());
    System.out.println("Stopped.");
    return true;
  }

  static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  static void say(String format, Object... args) {
    System.out.printf(format + "%n", args);
    System.out.flush();
  }

  /** A failure of the stack that a person can act on; printed without a stack trace. */
  static final class StackException extends RuntimeException {
    StackException(String message) {
      super(message);
    }
  }
}
