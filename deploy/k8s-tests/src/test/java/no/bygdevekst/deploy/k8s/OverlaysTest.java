package no.bygdevekst.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each overlay renders, holds every service's objects, and labels and selects them consistently.
 */
class OverlaysTest {
  static final String OVERLAYS = "no.bygdevekst.deploy.k8s.Repo#overlays";
  private static final List<String> PER_SERVICE =
      List.of(
          "Deployment",
          "Service",
          "ServiceAccount",
          "PodDisruptionBudget",
          "HorizontalPodAutoscaler",
          "NetworkPolicy");

  @Test
  void thereIsADevAndAProdOverlay() {
    assertTrue(Repo.overlays().containsAll(List.of("dev", "prod")), "overlays: " + Repo.overlays());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void everyServiceHasItsObjects(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Service service : Service.all()) {
      for (String kind : PER_SERVICE) {
        checks.add(
            () ->
                assertTrue(
                    o.find(kind, service.name()).isPresent(),
                    overlay + ": no " + kind + " " + service.name()));
      }
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void noSecretIsCommitted(String overlay) {
    assertEquals(
        List.of(),
        Overlay.of(overlay).ofKind("Secret").stream().map(Yaml::name).toList(),
        overlay
            + ": Secrets are created in the cluster (or by the operators), never rendered from"
            + " this repository");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void everyObjectIsLabelledAndNamespaced(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Map<String, Object> r : o.resources) {
      String what = overlay + ": " + Yaml.kind(r) + " " + Yaml.name(r);
      checks.add(
          () ->
              assertEquals(
                  "bygdevekst",
                  Yaml.text(r, "metadata", "labels", "app.kubernetes.io/part-of"),
                  what + " lacks app.kubernetes.io/part-of: bygdevekst"));
      checks.add(
          () ->
              assertNotNull(
                  Yaml.text(r, "metadata", "namespace"), what + " has no namespace (overlay)"));
      checks.add(
          () ->
              assertNotNull(
                  Yaml.text(r, "metadata", "labels", "app.kubernetes.io/name"),
                  what + " lacks app.kubernetes.io/name"));
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void selectorsFindTheServicesPods(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Service service : Service.all()) {
      String name = service.name();
      Map<String, Object> deployment = o.get("Deployment", name);
      Map<String, Object> podLabels =
          Yaml.map(deployment, "spec", "template", "metadata", "labels");
      Map<String, Object> expected = Map.of("app.kubernetes.io/name", name);
      checks.add(
          () ->
              assertEquals(
                  expected,
                  Yaml.map(deployment, "spec", "selector", "matchLabels"),
                  overlay + ": Deployment " + name + " selector"));
      checks.add(
          () ->
              assertEquals(
                  expected, Yaml.map(o.get("Service", name), "spec", "selector"), "Service"));
      checks.add(
          () ->
              assertEquals(
                  expected,
                  Yaml.map(o.get("PodDisruptionBudget", name), "spec", "selector", "matchLabels"),
                  overlay + ": PodDisruptionBudget " + name + " selector"));
      checks.add(
          () ->
              assertEquals(
                  expected,
                  Yaml.map(o.get("NetworkPolicy", name), "spec", "podSelector", "matchLabels"),
                  overlay + ": NetworkPolicy " + name + " podSelector"));
      checks.add(
          () ->
              assertEquals(
                  name, podLabels.get("app.kubernetes.io/name"), overlay + ": pod labels"));
      checks.add(
          () ->
              assertEquals(
                  "bygdevekst",
                  podLabels.get("app.kubernetes.io/part-of"),
                  overlay
                      + ": "
                      + name
                      + " pods lack app.kubernetes.io/part-of (Kafka lets in"
                      + " only such pods)"));
      checks.add(
          () ->
              assertEquals(
                  Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", name),
                  Yaml.map(o.get("HorizontalPodAutoscaler", name), "spec", "scaleTargetRef"),
                  overlay + ": HorizontalPodAutoscaler " + name + " target"));
      checks.add(
          () ->
              assertEquals(
                  name,
                  Yaml.text(deployment, "spec", "template", "spec", "serviceAccountName"),
                  overlay + ": " + name + " service account"));
      checks.add(
          () ->
              assertFalse(
                  Yaml.map(deployment, "spec").containsKey("replicas"),
                  overlay + ": " + name + " sets replicas, which the autoscaler owns"));
    }
    assertAll(checks);
  }
}
