package no.bygdevekst.actionplan;

import static no.bygdevekst.actionplan.AgreementFixture.FYLKESKOMMUNE;
import static no.bygdevekst.actionplan.AgreementFixture.HUSBANKEN;
import static no.bygdevekst.actionplan.AgreementFixture.INNOVASJON_NORGE;
import static no.bygdevekst.actionplan.AgreementFixture.KDD;
import static no.bygdevekst.actionplan.AgreementFixture.OTHER_MUNICIPALITY;
import static no.bygdevekst.actionplan.AgreementFixture.TANA;
import static no.bygdevekst.actionplan.Api.addMeasure;
import static no.bygdevekst.actionplan.Api.as;
import static no.bygdevekst.actionplan.Api.kdd;
import static no.bygdevekst.actionplan.Api.measure;
import static no.bygdevekst.actionplan.Api.measureTag;
import static no.bygdevekst.actionplan.Api.municipality;
import static no.bygdevekst.actionplan.Api.partner;
import static no.bygdevekst.actionplan.Api.plan;
import static no.bygdevekst.actionplan.Api.tana;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Measures: what the agreement allows, who writes them, and optimistic concurrency. */
@QuarkusTest
class MeasureTest {
  private static final String MEASURES = "/api/v1/action-plans/{id}/measures";
  private static final String MEASURE = "/api/v1/action-plans/{id}/measures/{m}";

  @Test
  void aMeasureMustFitTheAgreement() {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID plan = Api.startPlan(agreement, 2025);

    refused(plan, measure(9, "Ukjent", TANA, List.of(), 0L, 0L, List.of()), "subGoalNumber");
    refused(
        plan,
        measure(1, "Feil part", TANA, List.of(INNOVASJON_NORGE), 0L, 0L, List.of()),
        "partners");
    refused(
        plan,
        measure(1, "To ganger", TANA, List.of(HUSBANKEN, HUSBANKEN), 0L, 0L, List.of()),
        "partners");
    refused(
        plan,
        measure(1, "Feil ansvarlig", OTHER_MUNICIPALITY, List.of(), 0L, 0L, List.of()),
        "responsibleParty");
    refused(plan, measure(1, "Negativ", TANA, List.of(), -1L, 0L, List.of()), "grantRequestedOre");
    refused(plan, measure(1, "Negativ", TANA, List.of(), 0L, -5L, List.of()), "ownResourcesOre");
    refused(plan, measure(1, " ", TANA, List.of(), 0L, 0L, List.of()), "title");
    refused(plan, measure(1, "Orgnr", TANA, List.of("123"), 0L, 0L, List.of()), "partners[0]");
    refused(
        plan,
        measure(1, "Mål", TANA, List.of(), 0L, 0L, List.of("Boliger", "Boliger")),
        "resultTargets");
    Map<String, Object> wrongType = measure(1, "Tekst", TANA, List.of(), 0L, 0L, List.of());
    wrongType.put("grantRequestedOre", "mange");
    refused(plan, wrongType, "grantRequestedOre");
    Map<String, Object> missing = measure(1, "Mangler", TANA, List.of(), 0L, 0L, List.of());
    missing.remove("ownResourcesOre");
    refused(plan, missing, "ownResourcesOre");
    plan(plan).body("measures", hasSize(0));

    // The ministry may be the responsible party; partners and result targets may be empty.
    addMeasure(plan, measure(5, "Hospitering", KDD, List.of(), 0L, 2_000_000L, List.of()));
    plan(plan).body("measures[0].responsibleParty", equalTo(KDD));
  }

  @Test
  void onlyMunicipalitiesOfTheAgreementWriteMeasures() {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID plan = Api.startPlan(agreement, 2025);
    Map<String, Object> body = measure(1, "Tiltak", TANA, List.of(), 0L, 0L, List.of());
    as(kdd()).body(body).post(MEASURES, plan).then().statusCode(403);
    as(partner(HUSBANKEN)).body(body).post(MEASURES, plan).then().statusCode(403);
    as(Api.reader()).body(body).post(MEASURES, plan).then().statusCode(403);
    as(municipality(OTHER_MUNICIPALITY)).body(body).post(MEASURES, plan).then().statusCode(403);
    as(tana()).body(body).post(MEASURES, UUID.randomUUID()).then().statusCode(404);

    UUID measure = addMeasure(plan, body);
    String tag = measureTag(plan, measure);
    as(municipality(OTHER_MUNICIPALITY))
        .header("If-Match", tag)
        .body(body)
        .put(MEASURE, plan, measure)
        .then()
        .statusCode(403);
    as(municipality(OTHER_MUNICIPALITY))
        .header("If-Match", tag)
        .delete(MEASURE, plan, measure)
        .then()
        .statusCode(403);
    as(partner(HUSBANKEN))
        .header("If-Match", tag)
        .delete(MEASURE, plan, measure)
        .then()
        .statusCode(403);
    as(tana()).get(MEASURE, plan, UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void changesNeedTheCurrentETag() {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID plan = Api.startPlan(agreement, 2025);
    UUID measure =
        addMeasure(
            plan, measure(1, "Koordinator", TANA, List.of(HUSBANKEN), 10L, 1L, List.of("Boliger")));
    String tag = measureTag(plan, measure);
    Map<String, Object> change =
        measure(1, "Koordinator", TANA, List.of(HUSBANKEN, FYLKESKOMMUNE), 20L, 1L, List.of());

    as(tana()).body(change).put(MEASURE, plan, measure).then().statusCode(428);
    as(tana())
        .header("If-Match", "\"41\"")
        .body(change)
        .put(MEASURE, plan, measure)
        .then()
        .statusCode(412);
    String newTag =
        as(tana())
            .header("If-Match", tag)
            .body(change)
            .put(MEASURE, plan, measure)
            .then()
            .statusCode(200)
            .body("grantRequestedOre", equalTo(20))
            .body("partners", hasSize(2))
            .body("updatedBy", equalTo("kommune-5628"))
            .extract()
            .header("ETag");
    assertNotEquals(tag, newTag);
    as(tana())
        .header("If-Match", tag)
        .body(change)
        .put(MEASURE, plan, measure)
        .then()
        .statusCode(412);
    as(tana()).delete(MEASURE, plan, measure).then().statusCode(428);
    as(tana()).header("If-Match", tag).delete(MEASURE, plan, measure).then().statusCode(412);
    as(tana()).header("If-Match", newTag).delete(MEASURE, plan, measure).then().statusCode(204);
    as(tana()).get(MEASURE, plan, measure).then().statusCode(404);
    as(kdd())
        .get("/api/v1/action-plans/{id}/audit", plan)
        .then()
        .body("items.action", hasItem("measure.removed"))
        .body("items.action", not(hasItem("plan.submitted")));
  }

  @Test
  void twoWritersWithTheSameETagGetOneSuccessAndOne412() throws Exception {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID plan = Api.startPlan(agreement, 2025);
    UUID measure = addMeasure(plan, measure(1, "Felles", TANA, List.of(), 10L, 0L, List.of()));
    String tag = measureTag(plan, measure);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> writers = new ArrayList<>();
      for (long grant : new long[] {111L, 222L}) {
        writers.add(
            () ->
                as(tana())
                    .header("If-Match", tag)
                    .body(measure(1, "Felles", TANA, List.of(), grant, 0L, List.of()))
                    .put(MEASURE, plan, measure)
                    .statusCode());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(writers)) {
        statuses.add(f.get());
      }
      statuses.sort(Integer::compare);
      assertEquals(List.of(200, 412), statuses);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void refused(UUID plan, Map<String, Object> body, String field) {
    as(tana())
        .body(body)
        .post(MEASURES, plan)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field))
        .body("instance", containsString("/measures"));
  }
}
