package no.bygdevekst.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.concurrent.TimeUnit;
import no.bygdevekst.platform.testing.infra.Ports;
import org.junit.jupiter.api.Test;

/**
 * The run command's stack, as a newcomer starts it: it comes up with all four services ready and
 * the reference agreement active, goes down on a signal leaving no process behind, and a second
 * start reuses the data of the first.
 */
class LocalStackIT {
  final Path root = Path.of("../..").toAbsolutePath().normalize();
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void comesUpGoesDownCleanlyAndKeepsItsData() throws Exception {
    Path data = Files.createTempDirectory("bygdevekst-stack-it");
    Map<String, String> env = new java.util.HashMap<>();
    env.put("BYGDEVEKST_DATA_DIR", data.toString());
    env.put("BYGDEVEKST_PG_PORT", Integer.toString(Ports.free()));
    env.put("BYGDEVEKST_KAFKA_PORT", Integer.toString(Ports.free()));
    env.put("BYGDEVEKST_KAFKA_CONTROLLER_PORT", Integer.toString(Ports.free()));
    for (String service : StackConfig.SERVICES) {
      env.put("BYGDEVEKST_" + service.toUpperCase() + "_PORT", Integer.toString(Ports.free()));
    }

    String firstOutput = runOnce(env, true);
    assertTrue(firstOutput.contains("Registered the reference agreement"), firstOutput);
    assertTrue(firstOutput.contains("is ACTIVE"), firstOutput);

    String secondOutput = runOnce(env, false); // stopped with the stop command this time
    assertFalse(
        secondOutput.contains("Registered the reference agreement"),
        "a second start finds it: " + secondOutput);
    assertTrue(secondOutput.contains("is ACTIVE"), secondOutput);
  }

  /** Starts the stack, checks it, stops it with SIGTERM, and returns what it printed. */
  private String runOnce(Map<String, String> env, boolean first) throws Exception {
    List<String> command =
        List.of(
            ProcessHandle.current().info().command().orElse("java"),
            "-Dbygdevekst.root=" + root,
            "-cp",
            System.getProperty("java.class.path"),
            LocalStack.class.getName(),
            "up");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    long started = System.nanoTime();
    Process stack = builder.start();
    StringBuilder output = new StringBuilder();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(stack.getInputStream(), StandardCharsets.UTF_8));
    Thread reader =
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
            });
    reader.start();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (!text(output).contains(LocalStack.READY_LINE)) {
      assertTrue(stack.isAlive(), "the stack ended while starting:\n" + text(output));
      assertTrue(System.nanoTime() < deadline, "not ready within 4 minutes:\n" + text(output));
      Thread.sleep(200);
    }
    System.out.printf(
        "Local stack (%s start) ready in %.1f s%n",
        first ? "first" : "second", (System.nanoTime() - started) / 1e9);

    for (String service : StackConfig.SERVICES) {
      String port = env.get("BYGDEVEKST_" + service.toUpperCase() + "_PORT");
      HttpResponse<String> ready =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ready.statusCode(), service + ": " + ready.body());
      assertTrue(ready.body().contains("\"UP\""), ready.body());
    }

    // The stack records what it started; PostgreSQL daemonises, so it is not a descendant.
    List<ProcessHandle> processes = new ArrayList<>(stack.descendants().toList());
    List<String> recorded =
        Files.readAllLines(Path.of(env.get("BYGDEVEKST_DATA_DIR"), "stack-children.pids"));
    assertEquals(6, recorded.size(), "postgres, kafka and four services: " + recorded);
    for (String pid : recorded) {
      ProcessHandle.of(Long.parseLong(pid.trim())).ifPresent(processes::add);
    }
    assertTrue(processes.stream().filter(ProcessHandle::isAlive).count() >= 6);
    if (first) {
      stack.destroy(); // SIGTERM, as Ctrl-C
    } else {
      ProcessBuilder stop =
          new ProcessBuilder(
                  command.get(0),
                  "-Dbygdevekst.root=" + root,
                  "-cp",
                  System.getProperty("java.class.path"),
                  LocalStack.class.getName(),
                  "stop")
              .redirectErrorStream(true);
      stop.environment().putAll(env);
      Process stopping = stop.start();
      String said = new String(stopping.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, stopping.waitFor(), said);
      assertTrue(said.contains("Stopping the stack (pid " + stack.pid() + ")"), said);
    }
    assertTrue(stack.waitFor(90, TimeUnit.SECONDS), "stopped within 90 s:\n" + text(output));
    reader.join(5_000);
    for (ProcessHandle p : processes) {
      p.onExit().get(10, TimeUnit.SECONDS);
      assertFalse(
          p.isAlive(), "left running: " + p.pid() + " " + p.info().commandLine().orElse(""));
    }
    for (String key : env.keySet()) {
      if (key.endsWith("_PORT")) {
        Ports.requireFree(Integer.parseInt(env.get(key)), key, key);
      }
    }
    assertFalse(Files.exists(Path.of(env.get("BYGDEVEKST_DATA_DIR"), "stack.pid")));
    return text(output);
  }

  private static String text(StringBuilder output) {
    synchronized (output) {
      return output.toString();
    }
  }
}
