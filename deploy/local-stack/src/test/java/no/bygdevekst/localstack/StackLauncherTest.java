package no.bygdevekst.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import no.bygdevekst.platform.testing.infra.Ports;
import org.junit.jupiter.api.Test;

/**
 * What the launcher does before it starts anything; starting the whole stack through it is {@link
 * LocalStackIT}'s part.
 */
class StackLauncherTest {
  static final Path ROOT = Path.of("/nowhere/bygdevekst");

  static StackConfig config(Map<String, String> env) {
    return StackConfig.fromEnvironment(ROOT, env);
  }

  @Test
  void aServiceStartsAsTheRunCommandStartsIt() {
    StackLauncher launcher =
        new StackLauncher(
            config(Map.of("BYGDEVEKST_PG_PORT", "15432", "BYGDEVEKST_KAFKA_PORT", "19092")));
    StackLauncher.App app = launcher.service("funding");
    assertEquals("funding", app.name());
    assertEquals(8083, app.port());
    assertEquals(ROOT.resolve("funding-service/target/quarkus-app/quarkus-run.jar"), app.jar());
    assertEquals(
        Map.of(
            "QUARKUS_PROFILE", "local",
            "BYGDEVEKST_DB_URL", "jdbc:postgresql://127.0.0.1:15432/funding",
            "BYGDEVEKST_DB_USER", "postgres",
            "BYGDEVEKST_DB_PASSWORD", "",
            "BYGDEVEKST_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"),
        app.environment());
  }

  @Test
  void aTakenPortIsNamedWithTheVariableThatMovesIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      StackLauncher launcher =
          new StackLauncher(
              config(
                  Map.of(
                      "BYGDEVEKST_PG_PORT", Integer.toString(Ports.free()),
                      "BYGDEVEKST_KAFKA_PORT", Integer.toString(Ports.free()),
                      "BYGDEVEKST_KAFKA_CONTROLLER_PORT", Integer.toString(Ports.free()),
                      "BYGDEVEKST_EVALUATION_PORT", Integer.toString(taken.getLocalPort()))));
      Ports.PortInUseException e =
          assertThrows(Ports.PortInUseException.class, () -> launcher.requirePortsFree("BENCH_"));
      assertTrue(e.getMessage().contains("evaluation-service"), e.getMessage());
      assertTrue(e.getMessage().contains("BENCH_EVALUATION_PORT"), e.getMessage());
    }
  }

  @Test
  void aMissingJarSaysToBuildFirstAndNothingRuns() {
    StackLauncher launcher = new StackLauncher(config(Map.of()));
    LocalStack.StackException e =
        assertThrows(
            LocalStack.StackException.class, () -> launcher.start(launcher.service("agreement")));
    assertTrue(e.getMessage().contains("build first"), e.getMessage());
    assertTrue(launcher.pids().isEmpty());
    assertThrows(IllegalStateException.class, () -> launcher.awaitReady("agreement"));
    assertFalse(launcher.ready(Ports.free()));
    launcher.close(); // nothing to stop
  }
}
