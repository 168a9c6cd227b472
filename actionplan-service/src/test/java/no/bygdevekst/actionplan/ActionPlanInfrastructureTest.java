package no.bygdevekst.actionplan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.bygdevekst.platform.testing.InfrastructureContract;
import no.bygdevekst.platform.testing.RealInfrastructureResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = RealInfrastructureResource.class,
    initArgs = @ResourceArg(name = "database", value = "actionplan"))
class ActionPlanInfrastructureTest extends InfrastructureContract {
  @Override
  protected String service() {
    return "actionplan";
  }

  @Test
  void theOpenApiDocumentNamesThePublicContractsPaths() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths", hasKey("/api/v1/agreements/{agreementId}/action-plans"))
        .body("paths", hasKey("/api/v1/action-plans/{id}"))
        .body("paths", hasKey("/api/v1/action-plans/{id}/measures"))
        .body("paths", hasKey("/api/v1/action-plans/{id}/measures/{measureId}"))
        .body("paths", hasKey("/api/v1/action-plans/{id}/consents"))
        .body("paths", hasKey("/api/v1/action-plans/{id}/submission"))
        .body("paths", hasKey("/api/v1/action-plans/{id}/approval"))
        .body("paths", hasKey("/api/v1/action-plans/{id}/return"))
        .body("paths", hasKey("/api/v1/action-plans/{id}/revisions"))
        .body("paths", hasKey("/api/v1/action-plans/{id}/audit"))
        .body("paths", hasKey("/api/v1/public/agreements/{agreementId}/action-plans"));
  }
}
