package no.bygdevekst.evaluation.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.TestEvents;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Builds the events other services publish, publishes them to the real broker, and waits until this
 * service has applied them.
 */
public final class Fixtures {
  public static final ObjectMapper JSON = new ObjectMapper();
  public static final Duration WAIT = Duration.ofSeconds(30);
  public static final String TANA = "5628";

  /** Deatnu-Tana's organisation number (docs/reference-data.md). */
  public static final String TANA_ORGANISATION = "943505527";

  public static final String BERLEVAG = "5630";
  public static final String OTHER_MUNICIPALITY = "3401";

  public static final List<String> VESTRE_VARANGER_SUB_GOALS =
      List.of(
          "Øke boligbygging og utvikle nye boligtilbud",
          "Øke samarbeid om samfunnsutvikling og planlegging",
          "Styrke næringsutvikling");

  private Fixtures() {}

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An agreement's state as the agreement service publishes it (docs/events.md). */
  public static Map<String, Object> agreementState(
      UUID id, long version, String status, String title, List<String> subGoals) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("agreementId", id.toString());
    state.put("version", version);
    state.put("title", title);
    state.put("pilotArea", "Vestre Varanger");
    state.put("period", Map.of("from", "2024-01-01", "to", "2027-12-30"));
    state.put("status", status);
    state.put(
        "principalParties",
        List.of(
            Map.of(
                "partyId",
                TANA,
                "kind",
                "MUNICIPALITY",
                "name",
                "Deatnu-Tana kommune",
                "organisationNumber",
                TANA_ORGANISATION),
            Map.of("partyId", BERLEVAG, "kind", "MUNICIPALITY", "name", "Berlevåg kommune"),
            Map.of(
                "partyId",
                "KDD",
                "kind",
                "MINISTRY",
                "name",
                "Kommunal- og distriktsdepartementet")));
    state.put("partners", List.of(Map.of("organisationNumber", "986038009", "name", "Husbanken")));
    List<Map<String, Object>> goals = new ArrayList<>();
    for (int i = 0; i < subGoals.size(); i++) {
      goals.add(
          Map.of(
              "number", i + 1,
              "title", subGoals.get(i),
              "partners", List.of("986038009"),
              "coordinator", "986038009",
              "relatedSubGoals", List.of()));
    }
    state.put("subGoals", goals);
    state.put("signatures", List.of());
    state.put("changedAt", "2024-01-10T09:00:00Z");
    state.put("changedBy", "kdd-saksbehandler");
    return state;
  }

  /** Publishes an active Vestre Varanger agreement with Tana and Berlevåg, and waits for it. */
  public static UUID activeAgreement() {
    return agreement("ACTIVE", "AgreementActivated", "Bygdevekstavtale for Vestre Varanger");
  }

  public static UUID agreement(String status, String eventName, String title) {
    UUID id = UUID.randomUUID();
    TestEvents.publish(
        "agreement",
        eventName,
        id,
        json(agreementState(id, 3, status, title, VESTRE_VARANGER_SUB_GOALS)));
    awaitAgreement(id);
    return id;
  }

  /** Waits until the agreement is in the read model. */
  public static void awaitAgreement(UUID id) {
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> asKdd().get("/api/v1/agreements/{id}/indicators", id).then().statusCode(200));
  }

  public static Map<String, Object> planApproved(
      UUID agreementId, int year, int revision, List<Map<String, Object>> measures) {
    Map<Integer, long[]> perSubGoal = new LinkedHashMap<>();
    for (Map<String, Object> m : measures) {
      long[] sums = perSubGoal.computeIfAbsent((Integer) m.get("subGoalNumber"), n -> new long[3]);
      sums[0]++;
      sums[1] += ((Number) m.get("grantRequestedOre")).longValue();
      sums[2] += ((Number) m.get("ownResourcesOre")).longValue();
    }
    List<Map<String, Object>> subGoals = new ArrayList<>();
    perSubGoal.forEach(
        (n, s) ->
            subGoals.add(
                Map.of(
                    "subGoalNumber", n,
                    "measureCount", s[0],
                    "grantRequestedOre", s[1],
                    "ownResourcesOre", s[2])));
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("planId", UUID.randomUUID().toString());
    plan.put("agreementId", agreementId.toString());
    plan.put("year", year);
    plan.put("revision", revision);
    plan.put("supersedesPlanId", null);
    plan.put("supersedesRevision", null);
    plan.put("approvedAt", "2025-03-01T10:00:00Z");
    plan.put("approvedBy", "kdd-saksbehandler");
    plan.put("subGoals", subGoals);
    plan.put("measures", measures);
    plan.put("totalGrantRequestedOre", perSubGoal.values().stream().mapToLong(s -> s[1]).sum());
    plan.put("totalOwnResourcesOre", perSubGoal.values().stream().mapToLong(s -> s[2]).sum());
    return plan;
  }

  public static Map<String, Object> measure(
      int subGoal, String title, long grantOre, long ownOre, String... resultTargets) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("measureId", UUID.randomUUID().toString());
    m.put("subGoalNumber", subGoal);
    m.put("title", title);
    m.put("responsibleParty", TANA);
    m.put("partners", List.of("986038009"));
    m.put("grantRequestedOre", grantOre);
    m.put("ownResourcesOre", ownOre);
    m.put("resultTargets", List.of(resultTargets));
    return m;
  }

  /** A funding event's data: the grant's totals per sub-goal after the change. */
  public static Map<String, Object> grantTotals(
      UUID grantId, UUID agreementId, int year, long grantVersion, long[]... subGoals) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (long[] s : subGoals) {
      lines.add(
          Map.of(
              "subGoalNumber", s[0],
              "allocatedOre", s[1],
              "ownResourcesOre", s[2],
              "disbursedOre", s[3]));
    }
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("grantId", grantId.toString());
    event.put("agreementId", agreementId.toString());
    event.put("year", year);
    event.put("grantVersion", grantVersion);
    event.put("grantedOre", 500_000_000L);
    event.put("subGoals", lines);
    event.put("occurredAt", "2025-04-01T08:00:00Z");
    event.put("actor", "kommune-5628");
    return event;
  }

  /** A UNIT indicator under a sub-goal: baseline in 2023, one target a year 2025 to 2027. */
  public static Map<String, Object> unitIndicator(
      int subGoal, String name, boolean ascending, String baseline, String... targets) {
    List<Map<String, Object>> yearly = new ArrayList<>();
    for (int i = 0; i < targets.length; i++) {
      yearly.add(Map.of("year", 2025 + i, "value", targets[i]));
    }
    Map<String, Object> indicator = new LinkedHashMap<>();
    indicator.put("subGoalNumber", subGoal);
    indicator.put("name", name);
    indicator.put("unit", "antall");
    indicator.put("measureType", "UNIT");
    indicator.put("ascending", ascending);
    indicator.put("baseline", Map.of("value", baseline, "year", 2023));
    indicator.put("targets", yearly);
    indicator.put("source", "Kommunenes fagsystemer");
    return indicator;
  }

  /** Defines an indicator as Tana and returns its id. */
  public static UUID define(UUID agreementId, Map<String, Object> indicator) {
    String id =
        asMunicipality(TANA)
            .body(json(indicator))
            .post("/api/v1/agreements/{id}/indicators", agreementId)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  /** Records a value as Tana and returns the measurement id. */
  public static UUID measure(UUID indicatorId, int year, String value) {
    String id =
        asMunicipality(TANA)
            .body(json(Map.of("year", year, "value", value, "source", "Test")))
            .post("/api/v1/indicators/{id}/measurements", indicatorId)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  public static RequestSpecification asKdd() {
    return as(DevTokens.kdd());
  }

  public static RequestSpecification asReader() {
    return as(DevTokens.reader());
  }

  public static RequestSpecification asMunicipality(String number) {
    return as(DevTokens.municipality(number));
  }

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType("application/json");
  }

  /** Waits for a record about the agreement on one of the evaluation service's topics. */
  public static ConsumerRecord<String, byte[]> awaitRecord(
      String topic, Predicate<ConsumerRecord<String, byte[]>> match) {
    return TopicReader.awaitRecord(
        TestInfrastructure.get().kafkaBootstrapServers(), topic, match, WAIT);
  }

  public static String header(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null
        ? null
        : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
