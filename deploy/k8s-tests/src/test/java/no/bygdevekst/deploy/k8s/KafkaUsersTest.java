package no.bygdevekst.deploy.k8s;

import static no.bygdevekst.deploy.k8s.OverlaysTest.OVERLAYS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.bygdevekst.platform.events.Topics;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's KafkaUser may do exactly what the service does: write its own events topic and its
 * dead-letter topic, read the topics it consumes in its own consumer group; the cluster checks
 * those ACLs.
 */
class KafkaUsersTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource(OVERLAYS)
  void theAclsAreWhatTheServiceDoes(String overlay) {
    Overlay o = Overlay.of(overlay);
    List<Executable> checks = new ArrayList<>();
    for (Map<String, Object> kafka : o.ofKind("Kafka")) {
      checks.add(
          () ->
              assertEquals(
                  "simple",
                  Yaml.text(kafka, "spec", "kafka", "authorization", "type"),
                  overlay + ": the cluster must check ACLs"));
    }
    for (Service service : Service.all()) {
      Map<String, Object> deployment = o.get("Deployment", service.name());
      String user = o.environmentOf(deployment).get("BYGDEVEKST_KAFKA_SASL_USERNAME");
      Map<String, Object> kafkaUser = o.get("KafkaUser", user);
      Set<String> expected = new TreeSet<>();
      expected.add("topic " + Topics.eventsOf(service.shortName()) + " Describe,Write");
      service.consumed().forEach(t -> expected.add("topic " + t + " Describe,Read"));
      service.dlq().forEach(t -> expected.add("topic " + t + " Describe,Write"));
      service.groups().forEach(g -> expected.add("group " + g + " Describe,Read"));
      Set<String> actual = new TreeSet<>();
      for (Object acl : Yaml.list(kafkaUser, "spec", "authorization", "acls")) {
        String pattern = Yaml.text(acl, "resource", "patternType");
        checks.add(
            () ->
                assertEquals(
                    "literal", pattern, overlay + ": " + user + " ACLs name resources exactly"));
        List<String> operations =
            Yaml.list(acl, "operations").stream().map(Object::toString).sorted().toList();
        actual.add(
            Yaml.text(acl, "resource", "type")
                + " "
                + Yaml.text(acl, "resource", "name")
                + " "
                + String.join(",", operations));
      }
      checks.add(
          () ->
              assertEquals(expected, actual, overlay + ": ACLs of " + user + " (" + service + ")"));
    }
    assertAll(checks);
  }
}
