package no.bygdevekst.evaluation.ssb;

import static no.bygdevekst.evaluation.support.Fixtures.OTHER_MUNICIPALITY;
import static no.bygdevekst.evaluation.support.Fixtures.TANA;
import static no.bygdevekst.evaluation.support.Fixtures.asKdd;
import static no.bygdevekst.evaluation.support.Fixtures.asMunicipality;
import static no.bygdevekst.evaluation.support.Fixtures.define;
import static no.bygdevekst.evaluation.support.Fixtures.json;
import static no.bygdevekst.evaluation.support.Fixtures.measure;
import static no.bygdevekst.evaluation.support.Fixtures.unitIndicator;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.evaluation.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Population from SSB table 07459 becomes measurements, through the real REST client against a
 * local stub that serves a sample JSON-stat2 answer (sample values, not real statistics).
 */
@QuarkusTest
@QuarkusTestResource(SsbStub.class)
class SsbPopulationTest {

  @Test
  void populationIsSummedOverTheMunicipalitiesAndRecordedOnceAYear() throws Exception {
    UUID agreement = Fixtures.activeAgreement();
    Map<String, Object> population = unitIndicator(1, "Folketall", true, "3700", "3800");
    population.put("unit", "personer");
    population.put("source", "SSB tabell 07459");
    UUID indicator = define(agreement, population);
    // Someone typed a wrong figure for 2024 before the import: SSB's figure corrects it.
    UUID typed = measure(indicator, 2024, "3800");

    SsbStub.REQUESTS.clear();
    asMunicipality(TANA)
        .body(json(Map.of("years", List.of(2026, 2024, 2025))))
        .post("/api/v1/indicators/{id}/measurements/ssb-population", indicator)
        .then()
        .statusCode(200)
        .body("municipalities", contains("5628", "5630"))
        .body("source", containsString("tabell 07459"))
        .body("source", containsString("oppdatert 2025-02-20T07:00:00Z"))
        .body("years.year", contains(2024, 2025, 2026))
        .body("years.outcome", contains("CORRECTED", "RECORDED", "MISSING"))
        .body("years[0].value", equalTo(3730))
        .body("years[1].value", equalTo(3733));

    assertEquals(1, SsbStub.REQUESTS.size());
    SsbStub.Request request = SsbStub.REQUESTS.get(0);
    assertEquals("POST", request.method());
    JsonNode query = Fixtures.JSON.readTree(request.body());
    assertEquals("json-stat2", query.path("response").path("format").asText());
    assertEquals("Region", query.path("query").get(0).path("code").asText());
    assertEquals(
        "agg:KommSummer", query.path("query").get(0).path("selection").path("filter").asText());
    assertEquals(
        "[\"K-5628\",\"K-5630\"]",
        query.path("query").get(0).path("selection").path("values").toString());
    assertEquals(
        "Personer1", query.path("query").get(1).path("selection").path("values").get(0).asText());
    assertEquals(
        "[\"2024\",\"2025\",\"2026\"]",
        query.path("query").get(2).path("selection").path("values").toString());

    asKdd()
        .get("/api/v1/indicators/{id}", indicator)
        .then()
        .body("measurements", hasSize(3))
        .body("measurements[0].id", equalTo(typed.toString()))
        .body("measurements[0].current", equalTo(false))
        .body("measurements[1].value", equalTo(3730))
        .body("measurements[1].correctsMeasurementId", equalTo(typed.toString()))
        .body("measurements[1].recordedBy", equalTo("kommune-5628"));

    asMunicipality(TANA)
        .body(json(Map.of("years", List.of(2024, 2025))))
        .post("/api/v1/indicators/{id}/measurements/ssb-population", indicator)
        .then()
        .statusCode(200)
        .body("years.outcome", contains("UNCHANGED", "UNCHANGED"));
  }

  @Test
  void namedMunicipalitiesAreSummedAndUnknownOnesAreABadGateway() {
    UUID agreement = Fixtures.activeAgreement();
    UUID indicator =
        define(agreement, unitIndicator(1, "Folketall alle fire", true, "6000", "7000"));
    asMunicipality(TANA)
        .body(
            json(
                Map.of(
                    "years",
                    List.of(2025),
                    "municipalities",
                    List.of("5628", "5630", "5632", "5636"))))
        .post("/api/v1/indicators/{id}/measurements/ssb-population", indicator)
        .then()
        .statusCode(200)
        .body("years[0].value", equalTo(6833));
    asMunicipality(TANA)
        .body(json(Map.of("years", List.of(2025), "municipalities", List.of("9999"))))
        .post("/api/v1/indicators/{id}/measurements/ssb-population", indicator)
        .then()
        .statusCode(502)
        .body("detail", containsString("K-9999"));
  }

  @Test
  void importIsRefusedForOthersAndForIndicatorsThatAreNotCounts() {
    UUID agreement = Fixtures.activeAgreement();
    UUID indicator = define(agreement, unitIndicator(1, "Folketall", true, "3700", "3800"));
    asMunicipality(OTHER_MUNICIPALITY)
        .body(json(Map.of("years", List.of(2025))))
        .post("/api/v1/indicators/{id}/measurements/ssb-population", indicator)
        .then()
        .statusCode(403);
    asMunicipality(TANA)
        .body(json(Map.of("years", List.of(2019))))
        .post("/api/v1/indicators/{id}/measurements/ssb-population", indicator)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("years"));
    asMunicipality(TANA)
        .body(json(Map.of("years", List.of())))
        .post("/api/v1/indicators/{id}/measurements/ssb-population", indicator)
        .then()
        .statusCode(400);

    Map<String, Object> share = unitIndicator(1, "Andel", true, "10", "20");
    share.put("measureType", "PERCENTAGE");
    UUID percentage = define(agreement, share);
    asMunicipality(TANA)
        .body(json(Map.of("years", List.of(2025))))
        .post("/api/v1/indicators/{id}/measurements/ssb-population", percentage)
        .then()
        .statusCode(409);
  }
}
