package no.bygdevekst.deploy.k8s;

import static no.bygdevekst.deploy.k8s.OverlaysTest.OVERLAYS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.bygdevekst.platform.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A Strimzi KafkaTopic for every topic of the system, replicated and retained as decided. */
class KafkaTopicsTest {

  @Test
  void everyTopicAServiceUsesIsAPlatformTopic() {
    List<Executable> checks = new ArrayList<>();
    for (Service service : Service.all()) {
      for (String topic : service.consumed()) {
        checks.add(
            () ->
                assertTrue(
                    Topics.all().contains(topic),
                    service.name() + " consumes " + topic + ", which Topics.all() lacks"));
      }
      for (String topic : service.dlq()) {
        checks.add(
            () ->
                assertEquals(
                    Topics.deadLetterOf(service.shortName()),
                    topic,
                    service.name() + " dead-letters to another service's topic"));
      }
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void everyTopicHasAKafkaTopic(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (String topic : Topics.all()) {
      checks.add(() -> topic(o, topic));
    }
    for (Map<String, Object> t : o.ofKind("KafkaTopic")) {
      checks.add(
          () -> {
            String cluster = Yaml.text(t, "metadata", "labels", "strimzi.io/cluster");
            assertTrue(
                o.find("Kafka", cluster).isPresent(),
                overlay
                    + ": KafkaTopic "
                    + Yaml.name(t)
                    + " belongs to no Kafka ("
                    + cluster
                    + ")");
          });
    }
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void topicsAreReplicatedInProductionAndRetainedAsDecided(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (String name : Topics.all()) {
      checks.add(
          () -> {
            Map<String, Object> t = topic(o, name);
            String what = overlay + ": topic " + name;
            int partitions = Integer.parseInt(Yaml.text(t, "spec", "partitions"));
            assertTrue(partitions >= 1, what + " partitions");
            if (o.isProduction()) {
              assertEquals("3", Yaml.text(t, "spec", "replicas"), what + " replicas");
              assertEquals(
                  "2",
                  Yaml.text(t, "spec", "config", "min.insync.replicas"),
                  what + " min.insync.replicas");
            }
            assertEquals(
                "delete", Yaml.text(t, "spec", "config", "cleanup.policy"), what + " cleanup");
            if (name.endsWith(".events")) {
              // The source for rebuilding read models: nothing may expire.
              assertEquals("-1", Yaml.text(t, "spec", "config", "retention.ms"), what);
              assertEquals("-1", Yaml.text(t, "spec", "config", "retention.bytes"), what);
              assertTrue(partitions >= 2, what + ": one partition caps every consumer at 1 pod");
            } else {
              long retention = Long.parseLong(Yaml.text(t, "spec", "config", "retention.ms"));
              assertTrue(
                  retention >= 30L * 24 * 3600 * 1000,
                  what + ": keep dead letters at least 30 days, long enough to notice them");
            }
          });
    }
    assertAll(checks);
  }

  static Map<String, Object> topic(Overlay o, String topic) {
    Optional<Map<String, Object>> found =
        o.ofKind("KafkaTopic").stream()
            .filter(
                t ->
                    topic.equals(
                        Optional.ofNullable(Yaml.text(t, "spec", "topicName"))
                            .orElse(Yaml.name(t))))
            .findFirst();
    return found.orElseGet(() -> fail(o.name + ": no KafkaTopic for " + topic));
  }

  static int partitions(Overlay o, String topic) {
    return Integer.parseInt(Yaml.text(topic(o, topic), "spec", "partitions"));
  }
}
