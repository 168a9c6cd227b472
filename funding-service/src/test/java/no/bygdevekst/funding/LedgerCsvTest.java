package no.bygdevekst.funding;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.funding.Fixtures.allocate;
import static no.bygdevekst.funding.Fixtures.allocationJson;
import static no.bygdevekst.funding.Fixtures.disburse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.Fixtures.Measure;
import no.bygdevekst.funding.Fixtures.SubGoal;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerCsvTest {
  static final int YEAR = 2025;

  @Inject EventInbox inbox;

  @Test
  void theLedgerAsCsvOpensCleanlyInANorwegianSpreadsheet() {
    UUID agreementId = Fixtures.agreement(inbox);
    Measure measure = Measure.of(1, "Boligkoordinator; Tana og Berlevåg", 1_500_000_00L, 0);
    Fixtures.approvePlan(
        inbox,
        agreementId,
        YEAR,
        List.of(new SubGoal(1, 1_500_000_00L, 400_000_00L), new SubGoal(2, 600_000_00L, 0)),
        List.of(measure));
    UUID grantId =
        Fixtures.grant(
            agreementId, YEAR, Fixtures.appropriation(YEAR, 5_000_000_00L), 2_000_000_00L);
    String tana = DevTokens.municipality(Fixtures.TANA);
    allocate(
            tana,
            grantId,
            """
            { "subGoalNumber": 1, "measureId": "%s", "grantAmountOre": 150000000,
              "ownResourcesOre": 40000005, "note": "Vedtak i styringsgruppen, \\"sak 3/25\\"" }
            """
                .formatted(measure.measureId()))
        .then()
        .statusCode(201);
    allocate(tana, grantId, allocationJson(2, null, 50_000_000L, 0)).then().statusCode(201);
    given()
        .auth()
        .oauth2(tana)
        .contentType(ContentType.JSON)
        .body(
            """
            { "fromSubGoalNumber": 1, "fromMeasureId": "%s", "toSubGoalNumber": 2,
              "amountOre": 25050, "reason": "=Flytting til delmål 2 (plankontor)" }
            """
                .formatted(measure.measureId()))
        .post("/api/v1/grants/{id}/reallocations", grantId)
        .then()
        .statusCode(201);
    disburse(
            DevTokens.kdd(),
            grantId,
            """
            { "lines": [ { "subGoalNumber": 1, "amountOre": 7 } ], "final": true }
            """)
        .then()
        .statusCode(201);

    JsonPath ledger =
        given()
            .auth()
            .oauth2(DevTokens.reader())
            .get("/api/v1/grants/{id}/ledger", grantId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String expected =
        "\uFEFF"
            + "Løpenr;Tidspunkt (UTC);Type;Delmål;Tiltak-ID;Tiltak;Tilskudd (NOK);"
            + "Egne ressurser (NOK);Utført av;Referanse;Merknad\r\n"
            + "1;%s;Tilsagn;;;;2000000,00;0,00;kdd-saksbehandler;%s;\r\n"
            + "2;%s;Fordeling;1;%s;\"Boligkoordinator; Tana og Berlevåg\";1500000,00;400000,05;"
            + "kommune-5628;%s;\"Vedtak i styringsgruppen, \"\"sak 3/25\"\"\"\r\n"
            + "3;%s;Fordeling;2;;;500000,00;0,00;kommune-5628;%s;\r\n"
            + "4;%s;Omfordeling fra;1;%s;\"Boligkoordinator; Tana og Berlevåg\";-250,50;0,00;"
            + "kommune-5628;%s;'=Flytting til delmål 2 (plankontor)\r\n"
            + "5;%s;Omfordeling til;2;;;250,50;0,00;kommune-5628;%s;"
            + "'=Flytting til delmål 2 (plankontor)\r\n"
            + "6;%s;Sluttutbetaling;1;;;0,07;0,00;kdd-saksbehandler;%s;\r\n"
            + "7;%s;Ikke utbetalt (tilbakeføres eller holdes tilbake);;;;1999999,93;0,00;"
            + "kdd-saksbehandler;%s;\r\n";
    expected =
        expected.formatted(
            time(ledger, 0),
            ref(ledger, 0),
            time(ledger, 1),
            measure.measureId(),
            ref(ledger, 1),
            time(ledger, 2),
            ref(ledger, 2),
            time(ledger, 3),
            measure.measureId(),
            ref(ledger, 3),
            time(ledger, 4),
            ref(ledger, 4),
            time(ledger, 5),
            ref(ledger, 5),
            time(ledger, 6),
            ref(ledger, 6));

    Response csv =
        given()
            .auth()
            .oauth2(DevTokens.reader())
            .accept("text/csv")
            .get("/api/v1/grants/{id}/ledger", grantId);
    assertEquals(200, csv.statusCode());
    assertEquals("text/csv;charset=UTF-8", csv.contentType().replace(" ", ""));
    assertEquals(
        "attachment; filename=\"tilskudd-" + grantId + "-hovedbok.csv\"",
        csv.header("Content-Disposition"));
    byte[] bytes = csv.asByteArray();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        java.util.Arrays.copyOf(bytes, 3),
        "UTF-8 byte order mark first");
    assertEquals(expected, new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void jsonStaysTheDefaultAndTheCsvOfAnUnknownGrantIs404() {
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .accept("text/csv")
        .get("/api/v1/grants/{id}/ledger", UUID.randomUUID())
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .accept("application/xml")
        .get("/api/v1/grants/{id}/ledger", UUID.randomUUID())
        .then()
        .statusCode(406);
  }

  private static String time(JsonPath ledger, int index) {
    return Instant.parse(ledger.getString("items[" + index + "].occurredAt"))
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }

  private static String ref(JsonPath ledger, int index) {
    return ledger.getString("items[" + index + "].referenceId");
  }
}
