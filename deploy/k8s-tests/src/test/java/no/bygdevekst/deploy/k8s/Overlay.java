package no.bygdevekst.deploy.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;

/** The manifests one overlay renders to, parsed; rendered once per test run. */
final class Overlay {
  private static final Map<String, Overlay> RENDERED = new ConcurrentHashMap<>();

  final String name;
  final List<Map<String, Object>> resources;

  private Overlay(String name, List<Map<String, Object>> resources) {
    this.name = name;
    this.resources = resources;
  }

  static Overlay of(String name) {
    return RENDERED.computeIfAbsent(
        name, n -> parse(n, Kustomize.render(Repo.k8s().resolve("overlays").resolve(n))));
  }

  @SuppressWarnings("unchecked")
  static Overlay parse(String name, String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    List<Map<String, Object>> resources = new ArrayList<>();
    for (Object document : new org.yaml.snakeyaml.Yaml(options).loadAll(yaml)) {
      if (document instanceof Map<?, ?> map) {
        resources.add((Map<String, Object>) map);
      }
    }
    return new Overlay(name, List.copyOf(resources));
  }

  boolean isProduction() {
    return name.equals("prod");
  }

  List<Map<String, Object>> ofKind(String kind) {
    return resources.stream().filter(r -> kind.equals(Yaml.kind(r))).toList();
  }

  Optional<Map<String, Object>> find(String kind, String resourceName) {
    return ofKind(kind).stream().filter(r -> resourceName.equals(Yaml.name(r))).findFirst();
  }

  Map<String, Object> get(String kind, String resourceName) {
    return find(kind, resourceName)
        .orElseGet(() -> fail(name + ": no " + kind + " named " + resourceName));
  }

  /**
   * The environment a Deployment's first container starts with: {@code env} entries and the keys of
   * the ConfigMaps it reads with {@code envFrom}. A value from a Secret shows as {@code
   * secret:<name>/<key>}.
   */
  Map<String, String> environmentOf(Map<String, Object> deployment) {
    Map<String, Object> container = container(deployment);
    Map<String, String> environment = new LinkedHashMap<>();
    for (Object source : Yaml.list(container, "envFrom")) {
      String configMap = Yaml.text(source, "configMapRef", "name");
      if (configMap != null) {
        Yaml.map(get("ConfigMap", configMap), "data")
            .forEach((k, v) -> environment.put(k, Objects.toString(v, "")));
      }
      String secret = Yaml.text(source, "secretRef", "name");
      if (secret != null) {
        fail(name + ": envFrom a whole Secret (" + secret + ") hides which variables it sets");
      }
    }
    for (Object entry : Yaml.list(container, "env")) {
      String key = Yaml.text(entry, "name");
      String value = Yaml.text(entry, "value");
      String secret = Yaml.text(entry, "valueFrom", "secretKeyRef", "name");
      if (secret != null) {
        value = "secret:" + secret + "/" + Yaml.text(entry, "valueFrom", "secretKeyRef", "key");
      }
      environment.put(key, value == null ? "" : value);
    }
    return environment;
  }

  static Map<String, Object> container(Map<String, Object> deployment) {
    List<Object> containers = Yaml.list(deployment, "spec", "template", "spec", "containers");
    if (containers.size() != 1) {
      fail(Yaml.name(deployment) + ": expected one container, found " + containers.size());
    }
    return Yaml.map(containers.get(0));
  }
}
