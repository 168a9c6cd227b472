package no.bygdevekst.actionplan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who sees which of the action plan service's events in its feed. */
@QuarkusTest
class ActionPlanEventFeedTest {
  private static JsonPath page(RequestSpecification as, String path, UUID agreement) {
    return as.get(path + "?after=0&subject=" + agreement)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> types(RequestSpecification as, String path, UUID agreement) {
    return page(as, path, agreement).getList("events.type");
  }

  @Test
  void anUnapprovedPlanIsNeverPublicAndOnlyTheAgreementsPartiesSeeItsEvents() {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID plan = Api.consentedPlan(agreement);
    Api.submit(plan).statusCode(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> types(Api.as(Api.reader()), "/api/v1/events", agreement.id).size() == 1);
    assertEquals(
        List.of(), types(given(), "/api/v1/public/events", agreement.id), "submitted: not public");

    Api.approve(plan).statusCode(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> types(Api.as(Api.reader()), "/api/v1/events", agreement.id).size() == 2);
    JsonPath open = page(given(), "/api/v1/public/events", agreement.id);
    assertEquals(List.of("no.bygdevekst.actionplan.PlanApproved"), open.getList("events.type"));
    Map<String, Object> data = open.getMap("events[0].data");
    assertEquals(plan.toString(), data.get("planId"));
    assertTrue(!data.containsKey("approvedBy"), "without the approver: " + data.keySet());

    List<String> all =
        List.of("no.bygdevekst.actionplan.PlanSubmitted", "no.bygdevekst.actionplan.PlanApproved");
    assertEquals(all, types(Api.as(Api.tana()), "/api/v1/events", agreement.id));
    assertEquals(
        all,
        types(Api.as(Api.partner(AgreementFixture.HUSBANKEN)), "/api/v1/events", agreement.id));
    assertEquals(
        List.of(),
        types(
            Api.as(Api.municipality(AgreementFixture.OTHER_MUNICIPALITY)),
            "/api/v1/events",
            agreement.id));
    assertEquals(
        List.of(),
        types(Api.as(Api.partner(AgreementFixture.STRANGER)), "/api/v1/events", agreement.id));
  }
}
