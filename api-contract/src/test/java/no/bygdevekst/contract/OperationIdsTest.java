package no.bygdevekst.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Operation ids are unique across the four services, not only within each document (which the lint
 * checks): a system that uses clients of several services, or searches the documents for an
 * operation, never finds two of the same name.
 */
class OperationIdsTest {
  static final List<String> SERVICES = List.of("agreement", "actionplan", "funding", "evaluation");

  @Test
  void operationIdsAreUniqueAcrossTheFourServices() throws Exception {
    Map<String, List<String>> where = new TreeMap<>();
    for (String service : SERVICES) {
      Path document = Path.of("..", service + "-service", "target", "openapi", "openapi.json");
      assertTrue(Files.exists(document), document + " is written by the service's build");
      JsonNode paths = new ObjectMapper().readTree(document.toFile()).path("paths");
      assertTrue(paths.size() > 0, document + " has paths");
      paths
          .properties()
          .forEach(
              path ->
                  path.getValue()
                      .properties()
                      .forEach(
                          operation -> {
                            String id = operation.getValue().path("operationId").asText("");
                            where
                                .computeIfAbsent(id, k -> new ArrayList<>())
                                .add(service + " " + operation.getKey() + " " + path.getKey());
                          }));
    }
    Map<String, List<String>> twice = new TreeMap<>();
    where.forEach(
        (id, operations) -> {
          if (id.isEmpty() || operations.size() > 1) {
            twice.put(id, operations);
          }
        });
    assertEquals(Map.of(), twice, "operation ids missing or used twice");
  }
}
