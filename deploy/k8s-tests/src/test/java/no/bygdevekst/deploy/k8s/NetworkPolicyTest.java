package no.bygdevekst.deploy.k8s;

import static no.bygdevekst.deploy.k8s.OverlaysTest.OVERLAYS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service lets in only named peers on its HTTP port, and reaches only its own database, Kafka,
 * DNS and (evaluation only) SSB over HTTPS.
 */
class NetworkPolicyTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void ingressOnlyFromNamedPeersToTheHttpPort(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Service service : Service.all()) {
      Map<String, Object> policy = o.get("NetworkPolicy", service.name());
      String what = overlay + ": NetworkPolicy " + service.name();
      checks.add(
          () ->
              assertEquals(
                  Set.of("Ingress", "Egress"),
                  Set.copyOf(Yaml.list(policy, "spec", "policyTypes")),
                  what + " policyTypes"));
      List<Object> rules = Yaml.list(policy, "spec", "ingress");
      checks.add(() -> assertFalse(rules.isEmpty(), what + " lets nothing in"));
      for (Object rule : rules) {
        checks.add(
            () -> {
              List<Object> from = Yaml.list(rule, "from");
              assertFalse(from.isEmpty(), what + ": an ingress rule without 'from' lets all in");
              for (Object peer : from) {
                assertFalse(
                    Yaml.map(peer).containsKey("ipBlock"), what + ": ingress by address " + peer);
                assertTrue(
                    !Yaml.map(peer, "podSelector", "matchLabels").isEmpty()
                        || !Yaml.map(peer, "namespaceSelector", "matchLabels").isEmpty(),
                    what + ": a peer that selects everything: " + peer);
                if (Yaml.map(peer).containsKey("namespaceSelector")) {
                  assertFalse(
                      Yaml.map(peer, "namespaceSelector", "matchLabels").isEmpty(),
                      what + ": a peer in every namespace: " + peer);
                }
              }
              assertEquals(
                  List.of("http"),
                  Yaml.list(rule, "ports").stream().map(p -> Yaml.text(p, "port")).toList(),
                  what + ": ingress only to the HTTP port");
            });
      }
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void egressOnlyToDatabaseKafkaDnsAndHttpsApis(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Service service : Service.all()) {
      Map<String, Object> policy = o.get("NetworkPolicy", service.name());
      Map<String, String> env = o.environmentOf(o.get("Deployment", service.name()));
      String database = ConfigurationTest.databaseCluster(env.get("BYGDEVEKST_DB_URL"));
      boolean callsOut =
          env.getOrDefault("BYGDEVEKST_SSB_07459_URL", "").startsWith("https://")
              || ConfigurationTest.ISSUERS.stream()
                  .anyMatch(
                      i ->
                          env.getOrDefault("BYGDEVEKST_" + i + "_JWKS_URL", "")
                              .startsWith("https://"));
      String kafka = KafkaConnection.of(o, o.get("Deployment", service.name())).port();
      String what = overlay + ": NetworkPolicy " + service.name();
      Set<String> reached = new TreeSet<>();
      for (Object rule : Yaml.list(policy, "spec", "egress")) {
        List<Object> to = Yaml.list(rule, "to");
        List<String> ports =
            Yaml.list(rule, "ports").stream().map(p -> Yaml.text(p, "port")).toList();
        checks.add(() -> assertFalse(to.isEmpty(), what + ": an egress rule to anywhere"));
        checks.add(() -> assertFalse(ports.isEmpty(), what + ": an egress rule on every port"));
        for (String port : ports) {
          reached.add(port);
          checks.add(
              () -> {
                switch (port.equals(kafka) ? "kafka" : port) {
                  case "5432" ->
                      assertEquals(
                          List.of(Map.of("cnpg.io/cluster", database)),
                          to.stream().map(p -> Yaml.map(p, "podSelector", "matchLabels")).toList(),
                          what + ": PostgreSQL only of " + database);
                  case "kafka" ->
                      to.forEach(
                          p ->
                              assertTrue(
                                  o.find(
                                          "Kafka",
                                          Yaml.text(
                                              p,
                                              "podSelector",
                                              "matchLabels",
                                              "strimzi.io/cluster"))
                                      .isPresent(),
                                  what
                                      + ": "
                                      + kafka
                                      + " to something else than this overlay's Kafka"));
                  case "53" ->
                      to.forEach(
                          p ->
                              assertEquals(
                                  "kube-system",
                                  Yaml.text(
                                      p,
                                      "namespaceSelector",
                                      "matchLabels",
                                      "kubernetes.io/metadata.name"),
                                  what + ": DNS outside kube-system"));
                  case "443" ->
                      assertTrue(callsOut, what + ": HTTPS out, but it calls no outside API");
                  default -> fail(what + ": egress to port " + port);
                }
              });
        }
      }
      Set<String> expected = new TreeSet<>(Set.of("5432", kafka, "53"));
      if (callsOut) {
        expected.add("443");
      }
      checks.add(() -> assertEquals(expected, reached, what + ": egress ports"));
    }
    assertAll(checks);
  }
}
