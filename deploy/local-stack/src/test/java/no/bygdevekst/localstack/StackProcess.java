package no.bygdevekst.localstack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.bygdevekst.platform.testing.infra.Ports;

/**
 * The local stack as the run command starts it, for the tests of the packaged system: a child
 * process {@code LocalStack up} with its own data folder and free ports, its output collected.
 */
final class StackProcess implements AutoCloseable {
  static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  private final Map<String, String> env;
  private final Process process;
  private final StringBuilder output = new StringBuilder();
  private final Thread reader;
  private final long started = System.nanoTime();

  /** Environment variables for a stack of its own: a new data folder and free ports. */
  static Map<String, String> freshEnvironment() throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("BYGDEVEKST_DATA_DIR", Files.createTempDirectory("bygdevekst-stack-it").toString());
    env.put("BYGDEVEKST_PG_PORT", Integer.toString(Ports.free()));
    env.put("BYGDEVEKST_KAFKA_PORT", Integer.toString(Ports.free()));
    env.put("BYGDEVEKST_KAFKA_CONTROLLER_PORT", Integer.toString(Ports.free()));
    env.put("BYGDEVEKST_ISSUER_PORT", Integer.toString(Ports.free()));
    for (String service : StackConfig.SERVICES) {
      env.put("BYGDEVEKST_" + service.toUpperCase() + "_PORT", Integer.toString(Ports.free()));
    }
    return env;
  }

  /** Starts {@code LocalStack up} with these extra arguments; see {@link #awaitReady}. */
  static StackProcess up(Map<String, String> env, String... arguments) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dbygdevekst.root=" + ROOT,
                "-cp",
                System.getProperty("java.class.path"),
                LocalStack.class.getName(),
                "up"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    return new StackProcess(env, builder.start());
  }

  private StackProcess(Map<String, String> env, Process process) {
    this.env = env;
    this.process = process;
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.reader =
        new Thread(
            () -> {
              try {
                String line;
                while ((line = lines.readLine()) != null) {
                  synchronized (output) {
                    output.append(line).append('\n');
                  }
                }
              } catch (IOException ignored) {
                // the stack has ended
              }
            },
            "stack-output");
    reader.start();
  }

  /** Waits for the ready line; fails with the stack's output if it ends or takes too long. */
  Duration awaitReady(Duration timeout) throws InterruptedException {
    long deadline = started + timeout.toNanos();
    while (!output().contains(LocalStack.READY_LINE)) {
      assertTrue(process.isAlive(), "the stack ended while starting:\n" + output());
      assertTrue(
          System.nanoTime() < deadline,
          "not ready within " + timeout.toSeconds() + " s:\n" + output());
      Thread.sleep(200);
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** What the stack has printed so far. */
  String output() {
    synchronized (output) {
      return output.toString();
    }
  }

  Map<String, String> env() {
    return env;
  }

  StackConfig config() {
    return StackConfig.fromEnvironment(ROOT, env);
  }

  Process process() {
    return process;
  }

  /**
   * The processes the stack recorded as its own (PostgreSQL daemonises, so it is no descendant).
   */
  List<String> recordedChildren() throws IOException {
    Path file = config().childPidsFile();
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }

  /** SIGTERM, as Ctrl-C or {@code ./bygdevekst stop}; true if it ended within the grace. */
  boolean stop(Duration grace) throws InterruptedException {
    process.destroy();
    boolean ended = process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
    reader.join(5_000);
    return ended;
  }

  /**
   * Stops the stack with {@code LocalStack stop} from another process, as {@code ./bygdevekst stop}
   * does; returns what that command printed once the stack has ended.
   */
  String stopWithCommand(Duration grace) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dbygdevekst.root=" + ROOT,
                "-cp",
                System.getProperty("java.class.path"),
                LocalStack.class.getName(),
                "stop")
            .redirectErrorStream(true);
    builder.environment().putAll(env);
    Process stopping = builder.start();
    String said = new String(stopping.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(stopping.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS), said);
    assertTrue(process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS), said + output());
    reader.join(5_000);
    return said;
  }

  /** Stops a stack that a failed test left running, forcibly if it does not stop by itself. */
  @Override
  public void close() throws Exception {
    if (!process.isAlive()) {
      return;
    }
    List<String> children = recordedChildren();
    if (!stop(Duration.ofSeconds(90))) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      for (String pid : children) {
        ProcessHandle.of(Long.parseLong(pid.trim())).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }
}
