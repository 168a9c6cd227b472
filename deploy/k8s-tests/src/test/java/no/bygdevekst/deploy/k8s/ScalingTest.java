package no.bygdevekst.deploy.k8s;

import static no.bygdevekst.deploy.k8s.OverlaysTest.OVERLAYS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Autoscaling stays within what the partitions, the disruption budget and the database allow. */
class ScalingTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void consumersScaleNoFurtherThanTheirPartitions(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Service service : Service.all()) {
      Map<String, Object> hpa = o.get("HorizontalPodAutoscaler", service.name());
      int max = Integer.parseInt(Yaml.text(hpa, "spec", "maxReplicas"));
      int min = Integer.parseInt(Yaml.text(hpa, "spec", "minReplicas"));
      String what = overlay + ": " + service.name();
      checks.add(() -> assertTrue(1 <= min && min <= max, what + " replicas " + min + ".." + max));
      if (o.isProduction()) {
        checks.add(() -> assertTrue(min >= 2, what + ": production keeps two pods at least"));
      }
      for (String topic : service.consumed()) {
        checks.add(
            () -> {
              int partitions = KafkaTopicsTest.partitions(o, topic);
              assertTrue(
                  max <= partitions,
                  what
                      + " maxReplicas "
                      + max
                      + " > "
                      + partitions
                      + " partitions of "
                      + topic
                      + ": the extra pods would get no partition");
            });
      }
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void aDrainCanAlwaysEvictOnePod(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Service service : Service.all()) {
      Map<String, Object> pdb = o.get("PodDisruptionBudget", service.name());
      int min =
          Integer.parseInt(
              Yaml.text(o.get("HorizontalPodAutoscaler", service.name()), "spec", "minReplicas"));
      String what = overlay + ": " + service.name() + " PodDisruptionBudget";
      checks.add(
          () -> {
            String maxUnavailable = Yaml.text(pdb, "spec", "maxUnavailable");
            String minAvailable = Yaml.text(pdb, "spec", "minAvailable");
            assertTrue(
                maxUnavailable == null ^ minAvailable == null, what + ": set exactly one bound");
            if (maxUnavailable != null) {
              assertTrue(!maxUnavailable.equals("0"), what + " maxUnavailable 0 blocks drains");
            } else {
              assertTrue(
                  !minAvailable.endsWith("%") && Integer.parseInt(minAvailable) < min,
                  what + " minAvailable " + minAvailable + " blocks drains at " + min + " pods");
            }
          });
    }
    assertAll(checks);
  }

  /**
   * At the HPA's maximum plus one surge pod of a rolling update, the connection pools must fit in
   * the database's max_connections, with ten left for the operator, replication and people.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void connectionPoolsFitTheDatabase(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Service service : Service.all()) {
      String what = overlay + ": " + service.name();
      checks.add(
          () -> {
            Map<String, String> env = o.environmentOf(o.get("Deployment", service.name()));
            String pool = env.get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            assertNotNull(pool, what + " leaves the pool size to the default");
            int max =
                Integer.parseInt(
                    Yaml.text(
                        o.get("HorizontalPodAutoscaler", service.name()), "spec", "maxReplicas"));
            String cluster = ConfigurationTest.databaseCluster(env.get("BYGDEVEKST_DB_URL"));
            String maxConnections =
                Yaml.text(
                    o.get("Cluster", cluster),
                    "spec",
                    "postgresql",
                    "parameters",
                    "max_connections");
            assertNotNull(maxConnections, what + ": set max_connections on " + cluster);
            int needed = (max + 1) * Integer.parseInt(pool) + 10;
            assertTrue(
                needed <= Integer.parseInt(maxConnections),
                what
                    + " may open "
                    + needed
                    + " connections, "
                    + cluster
                    + " allows "
                    + maxConnections);
          });
    }
    assertAll(checks);
  }
}
