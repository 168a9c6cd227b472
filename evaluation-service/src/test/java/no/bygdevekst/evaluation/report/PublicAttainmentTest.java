package no.bygdevekst.evaluation.report;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.evaluation.support.Fixtures.BERLEVAG;
import static no.bygdevekst.evaluation.support.Fixtures.OTHER_MUNICIPALITY;
import static no.bygdevekst.evaluation.support.Fixtures.asKdd;
import static no.bygdevekst.evaluation.support.Fixtures.asMunicipality;
import static no.bygdevekst.evaluation.support.Fixtures.asReader;
import static no.bygdevekst.evaluation.support.Fixtures.awaitRecord;
import static no.bygdevekst.evaluation.support.Fixtures.define;
import static no.bygdevekst.evaluation.support.Fixtures.header;
import static no.bygdevekst.evaluation.support.Fixtures.measure;
import static no.bygdevekst.evaluation.support.Fixtures.unitIndicator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import no.bygdevekst.evaluation.support.Fixtures;
import org.junit.jupiter.api.Test;

/** The portal sees published reports of active or concluded agreements, and nothing else. */
@QuarkusTest
class PublicAttainmentTest {

  @Test
  void nothingIsPublicUntilAReportIsPublished() throws Exception {
    UUID agreement = Fixtures.activeAgreement();
    UUID indicator = define(agreement, unitIndicator(1, "Nye boliger", true, "4", "6"));
    measure(indicator, 2025, "6");
    given().get("/api/v1/public/agreements/{id}/attainment", agreement).then().statusCode(404);

    String reportId =
        asMunicipality(BERLEVAG)
            .queryParam("year", 2025)
            .post("/api/v1/agreements/{id}/reports/status/publication", agreement)
            .then()
            .statusCode(201)
            .header("Location", containsString("/reports/publications/"))
            .body("kind", equalTo("STATUS"))
            .body("publishedBy", equalTo("kommune-5630"))
            .body("report.subGoals[0].status", equalTo("ON_TRACK"))
            .extract()
            .path("reportId");

    String etag =
        given()
            .get("/api/v1/public/agreements/{id}/attainment", agreement)
            .then()
            .statusCode(200)
            .header("Cache-Control", equalTo("public, max-age=300"))
            .header("ETag", notNullValue())
            .body("title", equalTo("Bygdevekstavtale for Vestre Varanger"))
            .body("reports", hasSize(1))
            .body("reports[0].reportId", equalTo(reportId))
            .body("reports[0].report.subGoals[0].indicators[0].progress", equalTo(1.0f))
            .extract()
            .header("ETag");
    given()
        .header("If-None-Match", etag)
        .get("/api/v1/public/agreements/{id}/attainment", agreement)
        .then()
        .statusCode(304);

    // A later correction does not change what was published until it is published again.
    UUID current =
        UUID.fromString(
            asKdd()
                .get("/api/v1/indicators/{id}", indicator)
                .then()
                .extract()
                .path("measurements[0].id"));
    asMunicipality(Fixtures.TANA)
        .body(
            Fixtures.json(
                java.util.Map.of(
                    "year",
                    2025,
                    "value",
                    5,
                    "source",
                    "Rettet",
                    "correctsMeasurementId",
                    current.toString())))
        .post("/api/v1/indicators/{id}/measurements", indicator)
        .then()
        .statusCode(201);
    given()
        .header("If-None-Match", etag)
        .get("/api/v1/public/agreements/{id}/attainment", agreement)
        .then()
        .statusCode(304);

    asKdd()
        .post("/api/v1/agreements/{id}/reports/final/publication", agreement)
        .then()
        .statusCode(201);
    String newEtag =
        given()
            .header("If-None-Match", etag)
            .get("/api/v1/public/agreements/{id}/attainment", agreement)
            .then()
            .statusCode(200)
            .body("reports.kind", org.hamcrest.Matchers.contains("STATUS", "FINAL"))
            .extract()
            .header("ETag");
    assertNotEquals(etag, newEtag);

    var record =
        awaitRecord("bygdevekst.evaluation.events", r -> reportId.equals(reportIdOf(r.value())));
    assertEquals("no.bygdevekst.evaluation.AttainmentReportPublished", header(record, "ce_type"));
    JsonNode data = Fixtures.JSON.readTree(record.value());
    assertEquals("STATUS", data.path("kind").asText());
    assertEquals(2025, data.path("year").asInt());
    assertEquals("ON_TRACK", data.path("subGoals").get(0).path("status").asText());
    assertEquals("1.0000", data.path("subGoals").get(0).path("progress").asText());
    assertEquals("NO_DATA", data.path("subGoals").get(1).path("status").asText());
    assertEquals(true, data.path("subGoals").get(1).path("progress").isNull());

    asReader()
        .get("/api/v1/agreements/{id}/reports/publications", agreement)
        .then()
        .statusCode(200)
        .body("", hasSize(2))
        .body("[0].kind", equalTo("FINAL"));
  }

  @Test
  void reportsOfAgreementsNotYetActiveAreNeitherPublishedNorShown() {
    UUID draft = Fixtures.agreement("SIGNED", "AgreementSigned", "Signert, ikke aktiv");
    asKdd()
        .queryParam("year", 2025)
        .post("/api/v1/agreements/{id}/reports/status/publication", draft)
        .then()
        .statusCode(409)
        .body("agreementStatus", equalTo("SIGNED"));
    given().get("/api/v1/public/agreements/{id}/attainment", draft).then().statusCode(404);
    given()
        .get("/api/v1/public/agreements/{id}/attainment", UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void onlyKddAndTheAgreementsMunicipalitiesPublish() {
    UUID agreement = Fixtures.activeAgreement();
    asMunicipality(OTHER_MUNICIPALITY)
        .queryParam("year", 2025)
        .post("/api/v1/agreements/{id}/reports/status/publication", agreement)
        .then()
        .statusCode(403);
    asReader()
        .post("/api/v1/agreements/{id}/reports/final/publication", agreement)
        .then()
        .statusCode(403);
    given()
        .post("/api/v1/agreements/{id}/reports/final/publication", agreement)
        .then()
        .statusCode(401);
    asKdd()
        .post("/api/v1/agreements/{id}/reports/status/publication", agreement)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("year"));
    given().get("/api/v1/public/agreements/{id}/attainment", agreement).then().statusCode(404);
  }

  @Test
  void thePortalsOriginMayReadItFromABrowser() {
    given()
        .header("Origin", "https://portal.example.test")
        .header("Access-Control-Request-Method", "GET")
        .options("/api/v1/public/agreements/{id}/attainment", UUID.randomUUID())
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "https://portal.example.test");
    given()
        .header("Origin", "https://elsewhere.example")
        .header("Access-Control-Request-Method", "GET")
        .options("/api/v1/public/agreements/{id}/attainment", UUID.randomUUID())
        .then()
        .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
  }

  private static String reportIdOf(byte[] json) {
    try {
      return Fixtures.JSON.readTree(json).path("reportId").asText(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
