package no.bygdevekst.deploy.k8s;

import static no.bygdevekst.deploy.k8s.OverlaysTest.OVERLAYS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.bygdevekst.platform.metrics.PlatformMetrics;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The alert rules, the dashboard and the scrape of every overlay: the alerts the operations guide
 * explains, each with its runbook there, and every query on metrics the services really export.
 */
class MonitoringTest {
  static final Pattern OUR_METRIC = Pattern.compile("\\bbygdevekst_[a-z0-9_]+");
  static final Pattern ANY_METRIC = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\s*[{\\[]");

  /** Series of others the queries may use: kube-state-metrics and Quarkus' own. */
  static final List<String> OTHERS =
      List.of("kube_pod_status_ready", "http_server_requests_seconds_count");

  static final Set<String> FUNCTIONS =
      Set.of("rate", "increase", "delta", "changes", "min_over_time", "max_over_time", "by");

  /** The alert, and what the issue that asked for it says it must watch. */
  static final Map<String, String> REQUIRED =
      Map.of(
          "BygdevekstOutboxStale", "bygdevekst_outbox_oldest_unpublished_age_seconds) > 300",
          "BygdevekstDeadLetter", "increase(bygdevekst_kafka_dead_letters_total[",
          "BygdevekstConsumerLagGrowing", "bygdevekst_kafka_consumer_lag[10m]",
          "BygdevekstReadinessFlapping", "changes(kube_pod_status_ready{");

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void theAlertsAreThereWithTheirRunbooks(String overlay) {
    Map<String, Map<String, Object>> alerts = alerts(Overlay.of(overlay));
    String operations = read("docs/operations.md");
    Set<String> anchors = anchors(operations);
    List<Executable> checks = new ArrayList<>();
    REQUIRED.forEach(
        (name, watches) ->
            checks.add(
                () -> {
                  Map<String, Object> rule = alerts.get(name);
                  assertNotNull(rule, overlay + ": no alert " + name);
                  String expr = Yaml.text(rule, "expr").replaceAll("\\s+", " ");
                  assertTrue(expr.contains(watches), name + " watches " + watches + ": " + expr);
                }));
    alerts.forEach(
        (name, rule) -> {
          String what = overlay + ": alert " + name;
          checks.add(
              () ->
                  assertTrue(
                      List.of("critical", "warning")
                          .contains(Yaml.text(rule, "labels", "severity")),
                      what + " severity"));
          for (String annotation : List.of("summary", "description", "runbook")) {
            checks.add(
                () ->
                    assertNotNull(
                        Yaml.text(rule, "annotations", annotation),
                        what + " has no " + annotation));
          }
          checks.add(
              () -> {
                String runbook = Yaml.text(rule, "annotations", "runbook");
                assertEquals("docs/operations.md#" + name.toLowerCase(Locale.ROOT), runbook, what);
                assertTrue(
                    anchors.contains(name.toLowerCase(Locale.ROOT)),
                    what + ": docs/operations.md has no section " + name);
              });
          checks.add(() -> assertQuery(what, Yaml.text(rule, "expr")));
        });
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void theDashboardShowsWhatTheAlertsWatch(String overlay) {
    Overlay o = Overlay.of(overlay);
    Map<String, Object> configMap =
        o.ofKind("ConfigMap").stream()
            .filter(c -> "1".equals(Yaml.text(c, "metadata", "labels", "grafana_dashboard")))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError(overlay + ": no ConfigMap for Grafana's sidecar"));
    Map<String, Object> data = Yaml.map(configMap, "data");
    assertEquals(1, data.size(), overlay + ": one dashboard");
    Map<String, Object> dashboard = json(data.values().iterator().next().toString());
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertNotNull(Yaml.text(dashboard, "uid")));
    checks.add(() -> assertNotNull(Yaml.text(dashboard, "title")));
    Set<Object> ids = new HashSet<>();
    StringBuilder queries = new StringBuilder();
    for (Object panel : Yaml.list(dashboard, "panels")) {
      String title = Yaml.text(panel, "title");
      checks.add(() -> assertTrue(ids.add(Yaml.text(panel, "id")), "panel ids unique: " + title));
      if ("row".equals(Yaml.text(panel, "type"))) {
        continue;
      }
      List<Object> targets = Yaml.list(panel, "targets");
      checks.add(() -> assertFalse(targets.isEmpty(), "panel " + title + " shows nothing"));
      checks.add(
          () ->
              assertEquals(
                  "${datasource}",
                  Yaml.text(panel, "datasource", "uid"),
                  "panel " + title + ": the data source chosen on the dashboard"));
      for (Object target : targets) {
        String expr = Yaml.text(target, "expr");
        queries.append(expr).append('\n');
        checks.add(() -> assertQuery(overlay + ": panel " + title, expr));
        checks.add(
            () ->
                assertTrue(
                    expr.contains("namespace=\"$namespace\""),
                    "panel " + title + ": one environment at a time"));
      }
    }
    for (String shown :
        List.of(
            "bygdevekst_outbox_oldest_unpublished_age_seconds",
            "rate(bygdevekst_outbox_published_total",
            "bygdevekst_kafka_dead_letters_total",
            "bygdevekst_kafka_consumer_lag",
            "outcome=\"applied\"",
            "outcome=\"refused\"")) {
      checks.add(
          () ->
              assertTrue(
                  queries.toString().contains(shown), overlay + ": dashboard shows " + shown));
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void prometheusScrapesEveryService(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Map<String, Object>> monitors = o.ofKind("PodMonitor");
    assertEquals(1, monitors.size(), overlay + ": one PodMonitor");
    Map<String, Object> monitor = monitors.get(0);
    Set<String> selected = new HashSet<>();
    for (Object expression : Yaml.list(monitor, "spec", "selector", "matchExpressions")) {
      assertEquals("app.kubernetes.io/name", Yaml.text(expression, "key"));
      assertEquals("In", Yaml.text(expression, "operator"));
      Yaml.list(expression, "values").forEach(v -> selected.add(v.toString()));
    }
    assertEquals(
        Service.all().stream().map(Service::name).collect(Collectors.toSet()),
        selected,
        overlay + ": the PodMonitor selects every service's pods");
    Object endpoint = Yaml.list(monitor, "spec", "podMetricsEndpoints").get(0);
    assertEquals("http", Yaml.text(endpoint, "port"));
    assertEquals("/q/metrics", Yaml.text(endpoint, "path"));
  }

  /** Balanced, and on series that exist: the platform's own, or the few others allowed. */
  static void assertQuery(String what, String expr) {
    assertNotNull(expr, what + ": no query");
    assertTrue(balanced(expr), what + ": unbalanced brackets in " + expr);
    Matcher ours = OUR_METRIC.matcher(expr);
    while (ours.find()) {
      String name = ours.group().replaceFirst("_(count|sum|max|bucket)$", "");
      assertTrue(
          PlatformMetrics.PROMETHEUS_NAMES.contains(name),
          what + ": " + ours.group() + " is no metric the services export");
    }
    Matcher any = ANY_METRIC.matcher(expr);
    while (any.find()) {
      String name = any.group(1);
      if (!name.startsWith("bygdevekst_") && !FUNCTIONS.contains(name)) {
        assertTrue(OTHERS.contains(name), what + ": " + name + " is not a known series");
      }
    }
  }

  static boolean balanced(String expr) {
    String open = "([{";
    String close = ")]}";
    StringBuilder stack = new StringBuilder();
    boolean quoted = false;
    for (char c : expr.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && open.indexOf(c) >= 0) {
        stack.append(c);
      } else if (!quoted && close.indexOf(c) >= 0) {
        if (stack.length() == 0
            || open.indexOf(stack.charAt(stack.length() - 1)) != close.indexOf(c)) {
          return false;
        }
        stack.setLength(stack.length() - 1);
      }
    }
    return stack.length() == 0 && !quoted;
  }

  static Map<String, Map<String, Object>> alerts(Overlay o) {
    Map<String, Map<String, Object>> alerts = new LinkedHashMap<>();
    for (Map<String, Object> rules : o.ofKind("PrometheusRule")) {
      for (Object group : Yaml.list(rules, "spec", "groups")) {
        for (Object rule : Yaml.list(group, "rules")) {
          alerts.put(Yaml.text(rule, "alert"), Yaml.map(rule));
        }
      }
    }
    return alerts;
  }

  /** The anchors GitHub gives the headings of a Markdown document. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    for (String line : markdown.split("\n")) {
      if (line.startsWith("#")) {
        String heading = line.replaceFirst("^#+\\s*", "").trim().toLowerCase(Locale.ROOT);
        anchors.add(heading.replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String text) {
    return (Map<String, Object>) new org.yaml.snakeyaml.Yaml().load(text);
  }

  static String read(String path) {
    try {
      return Files.readString(Repo.root().resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
