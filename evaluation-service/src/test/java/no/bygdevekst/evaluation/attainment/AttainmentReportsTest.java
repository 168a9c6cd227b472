package no.bygdevekst.evaluation.attainment;

import static no.bygdevekst.evaluation.support.Fixtures.OTHER_MUNICIPALITY;
import static no.bygdevekst.evaluation.support.Fixtures.TANA;
import static no.bygdevekst.evaluation.support.Fixtures.WAIT;
import static no.bygdevekst.evaluation.support.Fixtures.agreementState;
import static no.bygdevekst.evaluation.support.Fixtures.asKdd;
import static no.bygdevekst.evaluation.support.Fixtures.asMunicipality;
import static no.bygdevekst.evaluation.support.Fixtures.asReader;
import static no.bygdevekst.evaluation.support.Fixtures.awaitAgreement;
import static no.bygdevekst.evaluation.support.Fixtures.define;
import static no.bygdevekst.evaluation.support.Fixtures.grantTotals;
import static no.bygdevekst.evaluation.support.Fixtures.json;
import static no.bygdevekst.evaluation.support.Fixtures.measure;
import static no.bygdevekst.evaluation.support.Fixtures.planApproved;
import static no.bygdevekst.evaluation.support.Fixtures.unitIndicator;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import no.bygdevekst.platform.testing.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Attainment of a whole agreement from real events and recorded values: one sub-goal at risk, one
 * on track (qualitative), one without data (a missing year), one off track.
 */
@QuarkusTest
class AttainmentReportsTest {
  private static final List<String> SUB_GOALS =
      List.of(
          "Øke boligbygging og utvikle nye boligtilbud",
          "Øke samarbeid om samfunnsutvikling og planlegging",
          "Styrke næringsutvikling",
          "Øke tilgang til og bruk av fleksibel og desentralisert utdanning");
  private static final String QUOTED_NAME = "Fullført \"videregående\"; andel";

  /** Built once: the tests only read it. */
  private static UUID agreement;

  @BeforeEach
  void agreementWithPlanFundingAndValues() {
    if (agreement != null) {
      return;
    }
    UUID agreement = UUID.randomUUID();
    TestEvents.publish(
        "agreement",
        "AgreementActivated",
        agreement,
        json(
            agreementState(
                agreement, 3, "ACTIVE", "Bygdevekstavtale for Vestre Varanger", SUB_GOALS)));
    TestEvents.publish(
        "actionplan",
        "PlanApproved",
        agreement,
        json(
            planApproved(
                agreement,
                2025,
                1,
                List.of(
                    measure(
                        1,
                        "Felles boligkoordinator",
                        100_000_000,
                        25_000_000,
                        "Nye boliger ferdigstilt"),
                    measure(
                        1,
                        "Tomteutvikling",
                        50_000_000,
                        15_000_000,
                        "Nye boliger ferdigstilt",
                        "Ledige kommunale boliger"),
                    measure(
                        2,
                        "Felles plankontor",
                        30_000_000,
                        10_000_000,
                        "Felles plankontor etablert"),
                    measure(3, "En vei inn", 20_000_000, 0)))));
    TestEvents.publish(
        "funding",
        "DisbursementRecorded",
        agreement,
        json(
            grantTotals(
                UUID.randomUUID(),
                agreement,
                2025,
                3,
                new long[] {1, 150_000_000, 40_000_000, 50_000_000},
                new long[] {2, 30_000_000, 10_000_000, 0})));
    awaitAgreement(agreement);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                asKdd()
                    .queryParam("year", 2025)
                    .get("/api/v1/agreements/{id}/attainment", agreement)
                    .then()
                    .body("subGoals[0].measureCount", equalTo(2))
                    .body("subGoals[0].money.allocatedOre", equalTo(150_000_000)));

    UUID dwellings =
        define(agreement, unitIndicator(1, "Nye boliger ferdigstilt", true, "4", "6", "8", "10"));
    measure(dwellings, 2025, "5.5");
    Map<String, Object> vacant = unitIndicator(1, "Ledige kommunale boliger", false, "40", "30");
    vacant.put(
        "targets", List.of(Map.of("year", 2025, "value", 30), Map.of("year", 2027, "value", 10)));
    measure(define(agreement, vacant), 2025, "28");

    Map<String, Object> office = new LinkedHashMap<>();
    office.put("subGoalNumber", 2);
    office.put("name", "Felles plankontor etablert");
    office.put("measureType", "QUALITATIVE");
    office.put("ascending", true);
    office.put("baseline", Map.of("year", 2023));
    office.put("assessmentScale", List.of("Ikke startet", "Startet", "Godt i gang", "Oppnådd"));
    office.put(
        "targets",
        List.of(
            Map.of("year", 2025, "assessment", "Godt i gang"),
            Map.of("year", 2027, "assessment", "Oppnådd")));
    UUID officeId = define(agreement, office);
    asMunicipality(TANA)
        .body(
            json(
                Map.of(
                    "year", 2025,
                    "assessment", "Godt i gang",
                    "narrative", "Vedtatt i alle kommunestyrene",
                    "source", "Kommunestyrevedtak")))
        .post("/api/v1/indicators/{id}/measurements", officeId)
        .then()
        .statusCode(201);

    UUID jobs = define(agreement, unitIndicator(3, "Nye arbeidsplasser", true, "0", "20"));
    measure(jobs, 2024, "3");

    Map<String, Object> school = unitIndicator(4, QUOTED_NAME, true, "70.0", "80.0");
    school.put("measureType", "PERCENTAGE");
    school.put("unit", "prosent");
    measure(define(agreement, school), 2025, "71.5");
    AttainmentReportsTest.agreement = agreement;
  }

  @Test
  void attainmentShowsProgressStatusMeasuresAndMoneyPerSubGoal() {
    asReader()
        .queryParam("year", 2025)
        .get("/api/v1/agreements/{id}/attainment", agreement)
        .then()
        .statusCode(200)
        .body("kind", equalTo("STATUS"))
        .body("year", equalTo(2025))
        .body("thresholds.onTrack", equalTo(0.9f))
        .body("subGoals.status", contains("AT_RISK", "ON_TRACK", "NO_DATA", "OFF_TRACK"))
        .body("subGoals[0].progress", equalTo(0.875f))
        .body(
            "subGoals[0].indicators.name",
            contains("Ledige kommunale boliger", "Nye boliger ferdigstilt"))
        .body("subGoals[0].indicators[0].progress", equalTo(1.2f))
        .body("subGoals[0].indicators[0].ascending", equalTo(false))
        .body("subGoals[0].indicators[1].progress", equalTo(0.75f))
        .body("subGoals[0].indicators[1].target.value", equalTo(6))
        .body(
            "subGoals[0].indicators[1].measures",
            contains("Felles boligkoordinator", "Tomteutvikling"))
        .body("subGoals[0].indicators[0].measures", contains("Tomteutvikling"))
        .body("subGoals[0].money.plannedGrantOre", equalTo(150_000_000))
        .body("subGoals[0].money.plannedOwnResourcesOre", equalTo(40_000_000))
        .body("subGoals[0].money.disbursedOre", equalTo(50_000_000))
        .body("subGoals[1].indicators[0].actual.assessment", equalTo("Godt i gang"))
        .body("subGoals[1].indicators[0].progress", equalTo(1.0f))
        .body("subGoals[2].progress", nullValue())
        .body("subGoals[2].missingCount", equalTo(1))
        .body("subGoals[2].indicators[0].state", equalTo("MISSING"))
        .body("subGoals[2].indicators[0].actual", nullValue())
        .body("subGoals[2].indicators[0].progress", nullValue())
        .body("subGoals[3].progress", equalTo(0.15f))
        .body("subGoals[3].measureCount", equalTo(0));
  }

  @Test
  void statusReportAsCsvHasExactlyTheseRows() {
    byte[] csv =
        asKdd()
            .accept("text/csv")
            .queryParam("year", 2025)
            .get("/api/v1/agreements/{id}/reports/status", agreement)
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .header("Content-Disposition", containsString("statusrapport-2025-"))
            .extract()
            .asByteArray();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "UTF-8 BOM");
    String expected =
        String.join(
            "\r\n",
            "Nivå;Delmål;Navn;Enhet;Retning;År;Basisår;Basis;Mål;Faktisk;Måling;Vurdering;Fremdrift;Status;Tiltak;Planlagt tilskudd (kr);Planlagt egne ressurser (kr);Fordelt tilskudd (kr);Fordelt egne ressurser (kr);Utbetalt (kr)",
            "Delmål;1;Øke boligbygging og utvikle nye boligtilbud;;;2025;;;;;;;0,8750;Risiko;2;1500000,00;400000,00;1500000,00;400000,00;500000,00",
            "Indikator;1;Ledige kommunale boliger;antall;lavere er bedre;2025;2023;40;30;28;målt;;1,2000;;;;;;;",
            "Indikator;1;Nye boliger ferdigstilt;antall;høyere er bedre;2025;2023;4;6;5,5;målt;;0,7500;;;;;;;",
            "Delmål;2;Øke samarbeid om samfunnsutvikling og planlegging;;;2025;;;;;;;1,0000;I rute;1;300000,00;100000,00;300000,00;100000,00;0,00",
            "Indikator;2;Felles plankontor etablert;;høyere er bedre;2025;2023;Ikke startet;Godt i gang;;målt;Godt i gang;1,0000;;;;;;;",
            "Delmål;3;Styrke næringsutvikling;;;2025;;;;;;;;Ingen data;1;200000,00;0,00;0,00;0,00;0,00",
            "Indikator;3;Nye arbeidsplasser;antall;høyere er bedre;2025;2023;0;20;;mangler;;;;;;;;;",
            "Delmål;4;Øke tilgang til og bruk av fleksibel og desentralisert utdanning;;;2025;;;;;;;0,1500;Ikke i rute;0;0,00;0,00;0,00;0,00;0,00",
            "Indikator;4;\"Fullført \"\"videregående\"\"; andel\";prosent;høyere er bedre;2025;2023;70,0;80,0;71,5;målt;;0,1500;;;;;;;",
            "");
    assertEquals(expected, new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
  }

  @Test
  void statusReportIsJsonByDefault() {
    asKdd()
        .queryParam("year", 2025)
        .get("/api/v1/agreements/{id}/reports/status", agreement)
        .then()
        .statusCode(200)
        .contentType(containsString("application/json"))
        .body("subGoals", hasSize(4));
    asKdd()
        .accept("application/xml")
        .queryParam("year", 2025)
        .get("/api/v1/agreements/{id}/reports/status", agreement)
        .then()
        .statusCode(406);
  }

  @Test
  void chartIsWellFormedSvgWithOneBarPerSubGoalColouredByStatus() throws Exception {
    byte[] svg =
        asKdd()
            .queryParam("year", 2025)
            .get("/api/v1/agreements/{id}/reports/status.svg", agreement)
            .then()
            .statusCode(200)
            .contentType(containsString("image/svg+xml"))
            .extract()
            .asByteArray();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());

    NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    List<Element> bars = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if ("bar".equals(rect.getAttribute("class"))) {
        bars.add(rect);
      }
    }
    assertEquals(4, bars.size(), "one bar per sub-goal");
    assertEquals(
        List.of("1", "2", "3", "4"),
        bars.stream().map(b -> b.getAttribute("data-sub-goal")).toList());
    assertEquals(
        List.of("#F9A825", "#2E7D32", "#9E9E9E", "#C62828"),
        bars.stream().map(b -> b.getAttribute("fill")).toList());
    assertEquals("0", bars.get(2).getAttribute("width"), "no data draws no bar length");
    assertTrue(
        Integer.parseInt(bars.get(1).getAttribute("width"))
            > Integer.parseInt(bars.get(0).getAttribute("width")));
    NodeList lines = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line");
    int targets = 0;
    for (int i = 0; i < lines.getLength(); i++) {
      if ("target".equals(((Element) lines.item(i)).getAttribute("class"))) {
        targets++;
      }
    }
    assertEquals(1, targets, "one target line");
    String text = doc.getDocumentElement().getTextContent();
    assertTrue(text.contains("statusrapport 2025"), text);
    assertTrue(text.contains("1. Øke boligbygging"), text);
    assertTrue(text.contains("88 % · Risiko"), text);
    assertTrue(text.contains("Ingen data"), text);
    assertTrue(text.contains("I rute (≥ 90 %)"), text);

    asReader()
        .accept("image/svg+xml")
        .queryParam("year", 2025)
        .get("/api/v1/agreements/{id}/reports/status", agreement)
        .then()
        .statusCode(200)
        .contentType(containsString("image/svg+xml"));
  }

  @Test
  void finalReportShowsEveryYearAndTheLatestValueAgainstTheFinalTarget() {
    asKdd()
        .get("/api/v1/agreements/{id}/reports/final", agreement)
        .then()
        .statusCode(200)
        .body("kind", equalTo("FINAL"))
        .body("year", nullValue())
        .body("subGoals[0].indicators[1].name", equalTo("Nye boliger ferdigstilt"))
        .body("subGoals[0].indicators[1].years.year", contains(2024, 2025, 2026, 2027))
        .body(
            "subGoals[0].indicators[1].years.state",
            contains("MISSING", "MEASURED", "MISSING", "MISSING"))
        .body("subGoals[0].indicators[1].year", equalTo(2025))
        .body("subGoals[0].indicators[1].target.year", equalTo(2027))
        .body("subGoals[0].indicators[1].progress", equalTo(0.25f))
        .body("subGoals[2].indicators[0].year", equalTo(2024))
        .body("subGoals[2].indicators[0].progress", equalTo(0.15f))
        .body("subGoals[2].status", equalTo("OFF_TRACK"))
        .body("subGoals[0].measureCount", equalTo(2))
        .body("subGoals[0].money.plannedGrantOre", equalTo(150_000_000));
    String csv =
        asKdd()
            .accept("text/csv")
            .get("/api/v1/agreements/{id}/reports/final", agreement)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(
        csv.contains(
            "Indikator;1;Nye boliger ferdigstilt;antall;høyere er bedre;2025;2023;4;10;5,5;målt;;0,2500;"),
        csv);
  }

  @Test
  void yearMustBeGivenAndWithinThePeriodAndOnlyReadersOfTheAgreementSeeIt() {
    asKdd()
        .get("/api/v1/agreements/{id}/attainment", agreement)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("year"));
    asKdd()
        .queryParam("year", 2031)
        .get("/api/v1/agreements/{id}/reports/status", agreement)
        .then()
        .statusCode(400)
        .body("detail", containsString("2024-2027"));
    asMunicipality(OTHER_MUNICIPALITY)
        .queryParam("year", 2025)
        .get("/api/v1/agreements/{id}/attainment", agreement)
        .then()
        .statusCode(403);
    io.restassured.RestAssured.given()
        .queryParam("year", 2025)
        .get("/api/v1/agreements/{id}/reports/status.svg", agreement)
        .then()
        .statusCode(401);
    asKdd()
        .queryParam("year", 2025)
        .get("/api/v1/agreements/{id}/attainment", UUID.randomUUID())
        .then()
        .statusCode(404);
  }
}
