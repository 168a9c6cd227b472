package no.bygdevekst.evaluation.indicator;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.evaluation.support.Fixtures.BERLEVAG;
import static no.bygdevekst.evaluation.support.Fixtures.OTHER_MUNICIPALITY;
import static no.bygdevekst.evaluation.support.Fixtures.TANA;
import static no.bygdevekst.evaluation.support.Fixtures.as;
import static no.bygdevekst.evaluation.support.Fixtures.asKdd;
import static no.bygdevekst.evaluation.support.Fixtures.asMunicipality;
import static no.bygdevekst.evaluation.support.Fixtures.asReader;
import static no.bygdevekst.evaluation.support.Fixtures.awaitRecord;
import static no.bygdevekst.evaluation.support.Fixtures.define;
import static no.bygdevekst.evaluation.support.Fixtures.header;
import static no.bygdevekst.evaluation.support.Fixtures.json;
import static no.bygdevekst.evaluation.support.Fixtures.measure;
import static no.bygdevekst.evaluation.support.Fixtures.unitIndicator;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.bygdevekst.evaluation.support.Fixtures;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

/** Defining result targets and recording values, by the roles that may and may not. */
@QuarkusTest
class IndicatorsTest {
  private static final String EVENTS = "bygdevekst.evaluation.events";

  @Test
  void aMunicipalityOfTheAgreementDefinesAnIndicatorAndItIsAnnounced() throws IOException {
    UUID agreement = Fixtures.activeAgreement();
    String id =
        asMunicipality(TANA)
            .body(json(unitIndicator(1, "Nye boliger ferdigstilt", true, "4", "6", "8", "10")))
            .post("/api/v1/agreements/{id}/indicators", agreement)
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/indicators/"))
            .body("subGoalNumber", equalTo(1))
            .body("measureType", equalTo("UNIT"))
            .body("baseline.value", equalTo(4))
            .body("targets.year", contains(2025, 2026, 2027))
            .body("createdBy", equalTo("kommune-5628"))
            .extract()
            .path("id");

    var record = awaitRecord(EVENTS, r -> id.equals(field(r.value(), "indicatorId")));
    assertEquals(agreement.toString(), record.key());
    assertEquals("no.bygdevekst.evaluation.IndicatorDefined", header(record, "ce_type"));
    JsonNode data = Fixtures.JSON.readTree(record.value());
    assertEquals("4", data.path("baseline").path("value").asText());
    assertEquals("10", data.path("targets").get(2).path("value").asText());

    asReader()
        .get("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].name", equalTo("Nye boliger ferdigstilt"));
    asKdd().get("/api/v1/indicators/{id}", id).then().statusCode(200).header("ETag", "\"0\"");
    asMunicipality(BERLEVAG)
        .get("/api/v1/indicators/{id}/audit", id)
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("indicator.defined"));
  }

  @Test
  void rolesAndScopeAreEnforced() {
    UUID agreement = Fixtures.activeAgreement();
    String body = json(unitIndicator(1, "Innbyggere", true, "100", "110"));
    given()
        .contentType("application/json")
        .body(body)
        .post("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    as(DevTokens.token("x", "municipality", TANA, null, Duration.ofMinutes(-5)))
        .get("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(401);
    asMunicipality(OTHER_MUNICIPALITY)
        .body(body)
        .post("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(403)
        .body("detail", containsString(OTHER_MUNICIPALITY));
    asKdd().body(body).post("/api/v1/agreements/{id}/indicators", agreement).then().statusCode(403);
    asReader()
        .body(body)
        .post("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(403);
    asMunicipality(OTHER_MUNICIPALITY)
        .get("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(403);
    as(DevTokens.partner("986038009"))
        .get("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(403);
    asMunicipality(TANA)
        .body(body)
        .post("/api/v1/agreements/{id}/indicators", UUID.randomUUID())
        .then()
        .statusCode(404);

    UUID indicator = define(agreement, unitIndicator(1, "Innbyggere", true, "100", "110"));
    asMunicipality(OTHER_MUNICIPALITY)
        .body(json(Map.of("year", 2025, "value", 105, "source", "x")))
        .post("/api/v1/indicators/{id}/measurements", indicator)
        .then()
        .statusCode(403);
    asMunicipality(OTHER_MUNICIPALITY)
        .get("/api/v1/indicators/{id}", indicator)
        .then()
        .statusCode(403);
    asMunicipality(BERLEVAG)
        .body(json(Map.of("year", 2025, "value", 105, "source", "Berlevåg")))
        .post("/api/v1/indicators/{id}/measurements", indicator)
        .then()
        .statusCode(201)
        .body("recordedBy", equalTo("kommune-5630"));
  }

  @Test
  void invalidIndicatorsAreRefusedWithTheFieldsInError() {
    UUID agreement = Fixtures.activeAgreement();
    Map<String, Object> noSuchSubGoal = unitIndicator(7, "Ukjent delmål", true, "1", "2");
    refused(agreement, noSuchSubGoal, "subGoalNumber", "agreement has no sub-goal 7");

    refused(
        agreement,
        unitIndicator(1, "Feil retning", true, "10", "8"),
        "targets[0].value",
        "must be above the baseline 10");
    refused(
        agreement,
        unitIndicator(1, "Ledige stillinger", false, "40", "45"),
        "targets[0].value",
        "must be below the baseline 40");

    Map<String, Object> outsidePeriod = unitIndicator(1, "For sent", true, "1", "2");
    outsidePeriod.put("targets", List.of(Map.of("year", 2031, "value", 5)));
    refused(agreement, outsidePeriod, "targets[0].year", "within the agreement's period 2024-2027");

    Map<String, Object> qualitative = unitIndicator(2, "Felles plankontor", true, "0", "1");
    qualitative.put("measureType", "QUALITATIVE");
    refused(agreement, qualitative, "assessmentScale", "needs its assessment scale");

    Map<String, Object> badType = unitIndicator(1, "Type", true, "1", "2");
    badType.put("measureType", "FLOAT");
    asMunicipality(TANA)
        .body(json(badType))
        .post("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("measureType"));

    Map<String, Object> noName = unitIndicator(1, "", true, "1", "2");
    asMunicipality(TANA)
        .body(json(noName))
        .post("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("name"));

    define(agreement, unitIndicator(1, "Dobbel", true, "1", "2"));
    asMunicipality(TANA)
        .body(json(unitIndicator(1, "dobbel", true, "1", "3")))
        .post("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(409);
  }

  /**
   * A baseline, target or measured value of {@code 1e999999999} once took the whole heap (its
   * digits were written out for a message); it is refused from its precision and scale alone.
   */
  @Test
  void hugeExponentsAndOverlongNumbersAreRefusedBeforeAnyArithmetic() {
    UUID agreement = Fixtures.activeAgreement();
    for (String huge : List.of("1e999999999", "-1e999999999", "1e-999999999", "1234567890123456")) {
      Map<String, Object> baseline = unitIndicator(1, "Enorm", true, "1", "2");
      baseline.put("baseline", Map.of("value", new java.math.BigDecimal(huge), "year", 2023));
      refused(agreement, baseline, "baseline.value", "at most 15 digits");
      Map<String, Object> target = unitIndicator(1, "Enorm", true, "1", "2");
      target.put("targets", List.of(Map.of("year", 2025, "value", huge)));
      refused(agreement, target, "targets[0].value", "at most 15 digits");
    }
    UUID indicator = define(agreement, unitIndicator(1, "Vanlig", true, "1", "2"));
    for (String huge : List.of("1e999999999", "0.1234567", "99999999999999999999")) {
      asMunicipality(TANA)
          .body(json(Map.of("year", 2025, "value", huge, "source", "Test")))
          .post("/api/v1/indicators/{id}/measurements", indicator)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("value"));
    }
    asKdd()
        .get("/api/v1/indicators/{id}/audit", indicator)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1)); // defined, and no value recorded
  }

  @Test
  void aConcludedAgreementTakesNoNewIndicators() {
    UUID agreement =
        Fixtures.agreement("CONCLUDED", "AgreementConcluded", "Avsluttet bygdevekstavtale");
    asMunicipality(TANA)
        .body(json(unitIndicator(1, "Sent", true, "1", "2")))
        .post("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(409)
        .body("detail", containsString("concluded"));
  }

  @Test
  void aCorrectionKeepsTheEarlierValueInTheHistory() throws IOException {
    UUID agreement = Fixtures.activeAgreement();
    UUID indicator = define(agreement, unitIndicator(1, "Boliger", true, "4", "6", "8", "10"));
    UUID first = measure(indicator, 2025, "5");

    asMunicipality(TANA)
        .body(json(Map.of("year", 2025, "value", "5.5", "source", "Ny telling")))
        .post("/api/v1/indicators/{id}/measurements", indicator)
        .then()
        .statusCode(409)
        .body("currentMeasurementId", equalTo(first.toString()));

    String correction =
        asMunicipality(TANA)
            .body(
                json(
                    Map.of(
                        "year",
                        2025,
                        "value",
                        "5.50",
                        "source",
                        "Byggesaksregisteret, rettet",
                        "correctsMeasurementId",
                        first.toString())))
            .post("/api/v1/indicators/{id}/measurements", indicator)
            .then()
            .statusCode(201)
            .body("value", equalTo(5.50f))
            .extract()
            .path("id");

    asKdd()
        .get("/api/v1/indicators/{id}", indicator)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("measurements", hasSize(2))
        .body("measurements[0].id", equalTo(first.toString()))
        .body("measurements[0].value", equalTo(5))
        .body("measurements[0].current", equalTo(false))
        .body("measurements[0].correctedBy", equalTo(correction))
        .body("measurements[1].id", equalTo(correction))
        .body("measurements[1].correctsMeasurementId", equalTo(first.toString()))
        .body("measurements[1].current", equalTo(true));

    // The corrected value is outdated: correcting it again would fork the history.
    asMunicipality(TANA)
        .body(
            json(
                Map.of(
                    "year",
                    2025,
                    "value",
                    6,
                    "source",
                    "x",
                    "correctsMeasurementId",
                    first.toString())))
        .post("/api/v1/indicators/{id}/measurements", indicator)
        .then()
        .statusCode(409)
        .body("currentMeasurementId", equalTo(correction));
    asMunicipality(TANA)
        .body(
            json(
                Map.of(
                    "year", 2026, "value", 6, "source", "x", "correctsMeasurementId", correction)))
        .post("/api/v1/indicators/{id}/measurements", indicator)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("year"));

    var record = awaitRecord(EVENTS, r -> correction.equals(field(r.value(), "measurementId")));
    assertEquals("no.bygdevekst.evaluation.MeasurementRecorded", header(record, "ce_type"));
    JsonNode data = Fixtures.JSON.readTree(record.value());
    assertEquals("5.50", data.path("value").asText());
    assertEquals(first.toString(), data.path("correctsMeasurementId").asText());
    assertEquals("kommune-5628", data.path("recordedBy").asText());
    assertEquals(1, data.path("subGoalNumber").asInt());
  }

  @Test
  void twoValuesForOneYearAtOnceGiveOneSuccessAndOneConflict() throws Exception {
    UUID agreement = Fixtures.activeAgreement();
    UUID indicator = define(agreement, unitIndicator(1, "Samtidig", true, "4", "6"));
    Callable<Integer> post =
        () ->
            asMunicipality(TANA)
                .body(json(Map.of("year", 2025, "value", 5, "source", "x")))
                .post("/api/v1/indicators/{id}/measurements", indicator)
                .then()
                .extract()
                .statusCode();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = pool.invokeAll(List.of(post, post));
      List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
      assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
      assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aQualitativeIndicatorTakesAnAssessmentOnItsScaleWithANarrative() {
    UUID agreement = Fixtures.activeAgreement();
    Map<String, Object> plankontor = new LinkedHashMap<>();
    plankontor.put("subGoalNumber", 2);
    plankontor.put("name", "Felles plankontor etablert");
    plankontor.put("measureType", "QUALITATIVE");
    plankontor.put("ascending", true);
    plankontor.put("baseline", Map.of("year", 2023));
    plankontor.put("assessmentScale", List.of("Ikke startet", "Startet", "Godt i gang", "Oppnådd"));
    plankontor.put("targets", List.of(Map.of("year", 2027, "assessment", "Oppnådd")));
    plankontor.put("source", "Statsforvalterens vurdering");
    UUID indicator = define(agreement, plankontor);
    asKdd()
        .get("/api/v1/indicators/{id}", indicator)
        .then()
        .body("baseline.assessment", equalTo("Ikke startet"))
        .body("baseline.value", nullValue())
        .body("assessmentScale", hasSize(4));

    asMunicipality(TANA)
        .body(json(Map.of("year", 2025, "value", 2, "source", "x")))
        .post("/api/v1/indicators/{id}/measurements", indicator)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("assessment", "narrative", "value"));
    asMunicipality(TANA)
        .body(
            json(
                Map.of(
                    "year", 2025,
                    "assessment", "Kanskje",
                    "narrative", "Uklart",
                    "source", "x")))
        .post("/api/v1/indicators/{id}/measurements", indicator)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("Ikke startet"));
    asMunicipality(TANA)
        .body(
            json(
                Map.of(
                    "year", 2025,
                    "assessment", "Godt i gang",
                    "narrative", "Avtale om felles plankontor vedtatt i alle fire kommuner.",
                    "source", "Kommunestyrevedtak")))
        .post("/api/v1/indicators/{id}/measurements", indicator)
        .then()
        .statusCode(201)
        .body("assessment", equalTo("Godt i gang"))
        .body("value", nullValue());
  }

  private static void refused(
      UUID agreement, Map<String, Object> indicator, String field, String message) {
    asMunicipality(TANA)
        .body(json(indicator))
        .post("/api/v1/agreements/{id}/indicators", agreement)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field))
        .body("errors.message", hasItem(containsString(message)));
  }

  private static String field(byte[] json, String name) {
    try {
      return Fixtures.JSON.readTree(json).path(name).asText(null);
    } catch (IOException e) {
      return null;
    }
  }
}
