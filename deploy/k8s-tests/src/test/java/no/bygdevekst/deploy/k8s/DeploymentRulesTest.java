package no.bygdevekst.deploy.k8s;

import static no.bygdevekst.deploy.k8s.OverlaysTest.OVERLAYS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Probes, resources, security context, graceful shutdown and images of every Deployment. */
class DeploymentRulesTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void probesUseTheQuarkusHealthEndpoints(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Map<String, Object> deployment : o.ofKind("Deployment")) {
      Map<String, Object> c = Overlay.container(deployment);
      String what = overlay + ": " + Yaml.name(deployment);
      Map.of(
              "startupProbe", "/q/health/started",
              "livenessProbe", "/q/health/live",
              "readinessProbe", "/q/health/ready")
          .forEach(
              (probe, path) -> {
                checks.add(
                    () ->
                        assertEquals(
                            path,
                            Yaml.text(c, probe, "httpGet", "path"),
                            what + " " + probe + " path"));
                checks.add(
                    () ->
                        assertTrue(
                            servesHttpOn(c, Yaml.text(c, probe, "httpGet", "port")),
                            what + " " + probe + " port is not the container's http port"));
              });
      checks.add(
          () -> {
            // The readiness check of Kafka takes up to 3 s: a shorter timeout flaps.
            String timeout = Yaml.text(c, "readinessProbe", "timeoutSeconds");
            assertTrue(
                timeout != null && Integer.parseInt(timeout) >= 4,
                what + " readinessProbe timeoutSeconds " + timeout + " < 4");
          });
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void everyContainerRequestsAndIsLimited(String overlay) {
    List<Executable> checks = new ArrayList<>();
    for (Map<String, Object> deployment : Overlay.of(overlay).ofKind("Deployment")) {
      Map<String, Object> c = Overlay.container(deployment);
      for (String resource : List.of("cpu", "memory")) {
        String what = overlay + ": " + Yaml.name(deployment) + " " + resource;
        checks.add(
            () -> {
              String request = Yaml.text(c, "resources", "requests", resource);
              String limit = Yaml.text(c, "resources", "limits", resource);
              assertNotNull(request, what + " has no request");
              assertNotNull(limit, what + " has no limit");
              BigDecimal r = Quantities.parse(request);
              BigDecimal l = Quantities.parse(limit);
              assertTrue(
                  r.signum() > 0 && r.compareTo(l) <= 0,
                  what + " request " + request + " must be above 0 and at most the limit " + limit);
            });
      }
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void podsRunNonRootReadOnlyWithoutPrivileges(String overlay) {
    List<Executable> checks = new ArrayList<>();
    for (Map<String, Object> deployment : Overlay.of(overlay).ofKind("Deployment")) {
      String what = overlay + ": " + Yaml.name(deployment);
      Map<String, Object> pod = Yaml.map(deployment, "spec", "template", "spec");
      Map<String, Object> c = Overlay.container(deployment);
      checks.add(
          () ->
              assertEquals(
                  "true",
                  Yaml.text(pod, "securityContext", "runAsNonRoot"),
                  what + " pod runAsNonRoot"));
      checks.add(
          () ->
              assertEquals(
                  "RuntimeDefault",
                  Yaml.text(pod, "securityContext", "seccompProfile", "type"),
                  what + " seccompProfile"));
      checks.add(
          () -> {
            String uid = Yaml.text(pod, "securityContext", "runAsUser");
            assertTrue(uid != null && !uid.equals("0"), what + " runAsUser " + uid);
          });
      checks.add(
          () ->
              assertEquals(
                  "false",
                  Yaml.text(c, "securityContext", "allowPrivilegeEscalation"),
                  what + " allowPrivilegeEscalation"));
      checks.add(
          () ->
              assertEquals(
                  "true",
                  Yaml.text(c, "securityContext", "readOnlyRootFilesystem"),
                  what + " readOnlyRootFilesystem"));
      checks.add(
          () ->
              assertEquals(
                  List.of("ALL"),
                  Yaml.list(c, "securityContext", "capabilities", "drop"),
                  what + " capabilities drop"));
      checks.add(
          () ->
              assertTrue(
                  Yaml.list(c, "securityContext", "capabilities", "add").isEmpty(),
                  what + " adds capabilities"));
      checks.add(
          () ->
              assertFalse(
                  "true".equals(Yaml.text(c, "securityContext", "privileged")),
                  what + " is privileged"));
      checks.add(
          () ->
              assertEquals(
                  "false",
                  Yaml.text(pod, "automountServiceAccountToken"),
                  what + " mounts a service account token it never uses"));
      checks.add(
          () -> {
            for (String hostAccess : List.of("hostNetwork", "hostPID", "hostIPC")) {
              assertFalse("true".equals(Yaml.text(pod, hostAccess)), what + " " + hostAccess);
            }
            for (Object volume : Yaml.list(pod, "volumes")) {
              assertFalse(
                  Yaml.map(volume).containsKey("hostPath"), what + " mounts a hostPath volume");
            }
          });
      checks.add(() -> assertTmpIsAnEmptyDir(what, pod, c));
    }
    assertAll(checks);
  }

  private static void assertTmpIsAnEmptyDir(
      String what, Map<String, Object> pod, Map<String, Object> container) {
    String volume =
        Yaml.list(container, "volumeMounts").stream()
            .filter(m -> "/tmp".equals(Yaml.text(m, "mountPath")))
            .map(m -> Yaml.text(m, "name"))
            .findFirst()
            .orElse(null);
    assertNotNull(volume, what + ": the read-only root needs a writable /tmp");
    assertTrue(
        Yaml.list(pod, "volumes").stream()
            .anyMatch(
                v -> volume.equals(Yaml.text(v, "name")) && Yaml.map(v).containsKey("emptyDir")),
        what + ": /tmp must be an emptyDir");
  }

  /**
   * Kubernetes sends SIGTERM after the preStop hook; Quarkus then waits up to {@code
   * quarkus.shutdown.timeout} for requests in flight. Both must fit in the grace period, or the pod
   * is killed while it still answers.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void shutdownIsGraceful(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Map<String, Object> deployment : o.ofKind("Deployment")) {
      String what = overlay + ": " + Yaml.name(deployment);
      checks.add(
          () -> {
            Map<String, Object> c = Overlay.container(deployment);
            List<Object> preStop = Yaml.list(c, "lifecycle", "preStop", "exec", "command");
            assertEquals(2, preStop.size(), what + " needs a preStop [sleep, N]");
            assertEquals("sleep", preStop.get(0), what + " preStop");
            long sleep = Long.parseLong(preStop.get(1).toString());
            String timeout = o.environmentOf(deployment).get("QUARKUS_SHUTDOWN_TIMEOUT");
            assertNotNull(timeout, what + " does not set QUARKUS_SHUTDOWN_TIMEOUT");
            Duration shutdown = Quantities.duration(timeout);
            String grace =
                Yaml.text(deployment, "spec", "template", "spec", "terminationGracePeriodSeconds");
            assertNotNull(grace, what + " has no terminationGracePeriodSeconds");
            long needed = sleep + shutdown.toSeconds() + 5;
            assertTrue(
                Long.parseLong(grace) >= needed,
                what
                    + " terminationGracePeriodSeconds "
                    + grace
                    + " < preStop "
                    + sleep
                    + " s + shutdown "
                    + shutdown.toSeconds()
                    + " s + 5 s");
          });
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void imagesArePinnedAndNeverLatestInProduction(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Map<String, Object> deployment : o.ofKind("Deployment")) {
      String image = Yaml.text(Overlay.container(deployment), "image");
      String what = overlay + ": " + Yaml.name(deployment) + " image " + image;
      checks.add(
          () -> {
            ImageRef ref = ImageRef.parse(image);
            assertTrue(ref.registry() != null, what + " names no registry (set it in the overlay)");
            assertTrue(
                ref.tag() != null || ref.digest() != null,
                what + " has neither tag nor digest: that is latest");
            assertFalse("latest".equals(ref.tag()), what + ": never latest");
            if (o.isProduction()) {
              assertFalse(
                  ref.digest() == null && ref.tag().endsWith("SNAPSHOT"),
                  what + ": production runs released images (a version tag or a digest)");
              assertFalse(
                  "Always".equals(Yaml.text(Overlay.container(deployment), "imagePullPolicy")),
                  what + ": a pinned image needs no pull on every start");
            }
          });
    }
    assertAll(checks);
  }

  private static boolean servesHttpOn(Map<String, Object> container, String port) {
    return Yaml.list(container, "ports").stream()
        .anyMatch(
            p ->
                "http".equals(Yaml.text(p, "name"))
                    && (port.equals("http") || port.equals(Yaml.text(p, "containerPort"))));
  }

  /** registry/repository[:tag][@sha256:digest] */
  record ImageRef(String registry, String repository, String tag, String digest) {
    static ImageRef parse(String image) {
      String digest = null;
      String rest = image;
      int at = rest.indexOf('@');
      if (at >= 0) {
        digest = rest.substring(at + 1);
        rest = rest.substring(0, at);
      }
      String tag = null;
      int colon = rest.lastIndexOf(':');
      if (colon > rest.lastIndexOf('/')) {
        tag = rest.substring(colon + 1);
        rest = rest.substring(0, colon);
      }
      String registry = null;
      int slash = rest.indexOf('/');
      if (slash > 0) {
        String first = rest.substring(0, slash);
        if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
          registry = first;
          rest = rest.substring(slash + 1);
        }
      }
      return new ImageRef(registry, rest, tag, digest);
    }
  }
}
