package no.bygdevekst.localstack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.bygdevekst.platform.testing.DevTokens;
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
  private final StackLauncher launcher;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private LocalIssuer issuer;

  LocalStack(StackConfig config, boolean withScenario) {
    this.config = config;
    this.withScenario = withScenario;
    this.launcher = new StackLauncher(config);
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
    launcher.requirePortsFree("BYGDEVEKST_");
    Ports.requireFree(config.issuerPort(), "the local token issuer", "BYGDEVEKST_ISSUER_PORT");
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
    launcher.startPostgres(Map.of());
    say("Starting Kafka on %s", config.bootstrapServers());
    launcher.startKafka();
    issuer = LocalIssuer.start(config.issuerPort());
    say("Token issuers (Maskinporten- and ID-porten-shaped) on %s", issuer.url());
    for (String service : StackConfig.SERVICES) {
      say("Starting %s-service on port %d", service, config.servicePorts().get(service));
      StackLauncher.App app = launcher.service(service);
      Map<String, String> env = new LinkedHashMap<>(app.environment());
      env.putAll(issuer.serviceEnvironment());
      launcher.start(new StackLauncher.App(app.name(), app.jar(), app.port(), env));
    }
    Files.write(config.childPidsFile(), launcher.pids().stream().map(String::valueOf).toList());
    for (String service : StackConfig.SERVICES) {
      launcher.awaitReady(service);
    }
    DevTokens.main(new String[] {config.tokensFile().toString()});
    issuer.appendTokens(config.tokensFile());
    String agreementId = loadReferenceData().orElse(null);
    printWelcome(Duration.ofNanos(System.nanoTime() - started), agreementId);
    stopped.await();
  }

  /**
   * Loads the reference agreement (and with {@value #WITH_SCENARIO} its year), and answers its id.
   * A failure is told, never fatal: the services are up, and a stack that stopped for its reference
   * data would take them down with it.
   */
  Optional<String> loadReferenceData() {
    try {
      return Optional.of(
          withScenario
              ? new Scenario(config, http).run().agreementId()
              : new ReferenceData(config, new Api(http)).load().agreementId());
    } catch (IOException | RuntimeException e) {
      say("Could not load the reference data: %s", e.getMessage());
      say(
          "The services are up and keep running. See their logs in %s; the next start tries"
              + " again.",
          config.logs());
      return Optional.empty();
    }
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

  boolean status() {
    boolean all = true;
    for (String service : StackConfig.SERVICES) {
      boolean up = launcher.ready(config.servicePorts().get(service));
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
   * {@code curl} works as printed once the token file is sourced. Without a loaded agreement
   * (null), the list of agreements.
   */
  String tryIt(String agreementId) {
    if (agreementId == null) {
      return "Try:\n  source "
          + config.tokensFile()
          + "\n  curl -s "
          + config.url("agreement")
          + "/api/v1/public/agreements\n";
    }
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
    launcher.close();
    if (issuer != null) {
      issuer.close();
    }
    try {
      Files.deleteIfExists(config.childPidsFile());
      Files.deleteIfExists(config.pidFile());
    } catch (IOException ignored) {
      // nothing to clean
    }
    say("Stopped.");
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

  static void say(String format, Object... args) {
    System.out.printf(format + "%n", args);
    System.out.flush();
  }

  /** A failure of the stack that a person can act on; printed without a stack trace. */
  public static final class StackException extends RuntimeException {
    public StackException(String message) {
      super(message);
    }
  }
}
