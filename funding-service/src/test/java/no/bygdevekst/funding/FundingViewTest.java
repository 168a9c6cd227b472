package no.bygdevekst.funding;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.funding.Fixtures.allocate;
import static no.bygdevekst.funding.Fixtures.allocationJson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.Fixtures.SubGoal;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FundingViewTest {
  static final int YEAR = 2025;

  @Inject EventInbox inbox;

  @Test
  void beforeAnyGrantTheViewShowsThePlansBudgets() {
    UUID agreementId = Fixtures.agreement(inbox);
    Fixtures.approvePlan(
        inbox,
        agreementId,
        YEAR,
        List.of(new SubGoal(1, 300_000_00L, 50_000_00L), new SubGoal(3, 100_000_00L, 0)),
        List.of());
    given()
        .auth()
        .oauth2(DevTokens.municipality(Fixtures.NESSEBY))
        .queryParam("year", YEAR)
        .get("/api/v1/agreements/{id}/funding", agreementId)
        .then()
        .statusCode(200)
        .body("agreementTitle", equalTo("Bygdevekstavtale for Vestre Varanger"))
        .body("grantId", nullValue())
        .body("grantedOre", equalTo(0))
        .body("plan.revision", equalTo(1))
        .body("plan.totalGrantRequestedOre", equalTo(40_000_000))
        .body("subGoals.subGoalNumber", org.hamcrest.Matchers.contains(1, 3))
        .body("subGoals[1].title", equalTo("Styrke næringsutvikling"))
        .body("subGoals[0].plannedOwnResourcesOre", equalTo(5_000_000))
        .body("subGoals[0].grantedOre", equalTo(0));
  }

  @Test
  void theViewNeedsAYearAndAPlanOrGrantAndABearerToken() {
    UUID agreementId = UUID.randomUUID();
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .get("/api/v1/agreements/{id}/funding", agreementId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("year"));
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .queryParam("year", YEAR)
        .get("/api/v1/agreements/{id}/funding", agreementId)
        .then()
        .statusCode(404)
        .body("detail", containsString("no approved action plan and no grant for 2025"));
    given()
        .queryParam("year", YEAR)
        .get("/api/v1/agreements/{id}/funding", agreementId)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer");
  }

  @Test
  void allocationWaitsUntilTheAgreementsPartiesAreKnown() {
    UUID agreementId = UUID.randomUUID(); // approved plan, but no agreement event yet
    Fixtures.approvePlan(inbox, agreementId, YEAR, List.of(new SubGoal(1, 100_000L, 0)), List.of());
    UUID grantId =
        Fixtures.grant(agreementId, YEAR, Fixtures.appropriation(YEAR, 100_000L), 100_000L);
    allocate(DevTokens.municipality(Fixtures.TANA), grantId, allocationJson(1, null, 1L, 0))
        .then()
        .statusCode(409)
        .body("detail", containsString("not known to the funding service yet"));
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .queryParam("year", YEAR)
        .get("/api/v1/agreements/{id}/funding", agreementId)
        .then()
        .statusCode(200)
        .body("$", hasKey("grantId"))
        .body("agreementTitle", nullValue());
  }
}
