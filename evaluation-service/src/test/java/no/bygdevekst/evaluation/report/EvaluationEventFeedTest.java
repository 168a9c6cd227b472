package no.bygdevekst.evaluation.report;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.evaluation.support.Fixtures.BERLEVAG;
import static no.bygdevekst.evaluation.support.Fixtures.OTHER_MUNICIPALITY;
import static no.bygdevekst.evaluation.support.Fixtures.asMunicipality;
import static no.bygdevekst.evaluation.support.Fixtures.asReader;
import static no.bygdevekst.evaluation.support.Fixtures.define;
import static no.bygdevekst.evaluation.support.Fixtures.measure;
import static no.bygdevekst.evaluation.support.Fixtures.unitIndicator;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.evaluation.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Who sees which of the evaluation service's events in its feed. */
@QuarkusTest
class EvaluationEventFeedTest {
  private static final String PREFIX = "no.bygdevekst.evaluation.";

  private static List<String> types(RequestSpecification as, String path, UUID agreement) {
    return as.get(path + "?after=0&subject=" + agreement)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("events.type");
  }

  @Test
  void anUnpublishedReportIsNeverPublicAndOnlyTheAgreementsPartiesSeeItsEvents() throws Exception {
    UUID agreement = Fixtures.activeAgreement();
    UUID indicator = define(agreement, unitIndicator(1, "Nye boliger", true, "4", "6"));
    measure(indicator, 2025, "6");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> types(asReader(), "/api/v1/events", agreement).size() == 2);
    assertEquals(
        List.of(), types(given(), "/api/v1/public/events", agreement), "nothing public yet");

    asMunicipality(BERLEVAG)
        .queryParam("year", 2025)
        .post("/api/v1/agreements/{id}/reports/status/publication", agreement)
        .then()
        .statusCode(201);
    List<String> all =
        List.of(
            PREFIX + "IndicatorDefined",
            PREFIX + "MeasurementRecorded",
            PREFIX + "AttainmentReportPublished");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> types(asReader(), "/api/v1/events", agreement).equals(all));
    assertEquals(
        List.of(PREFIX + "AttainmentReportPublished"),
        types(given(), "/api/v1/public/events", agreement),
        "the published report only");
    assertEquals(all, types(asMunicipality(BERLEVAG), "/api/v1/events", agreement));
    assertEquals(List.of(), types(asMunicipality(OTHER_MUNICIPALITY), "/api/v1/events", agreement));
  }
}
