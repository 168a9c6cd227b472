package no.bygdevekst.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {
  @Test
  void theContractsPathsAreDescribed() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths", hasKey("/api/v1/appropriations"))
        .body("paths", hasKey("/api/v1/appropriations/{id}"))
        .body("paths", hasKey("/api/v1/grants"))
        .body("paths", hasKey("/api/v1/grants/{id}"))
        .body("paths", hasKey("/api/v1/grants/{grantId}/allocations"))
        .body("paths", hasKey("/api/v1/grants/{grantId}/reallocations"))
        .body("paths", hasKey("/api/v1/grants/{grantId}/disbursements"))
        .body("paths", hasKey("/api/v1/grants/{grantId}/ledger"))
        .body("paths", hasKey("/api/v1/agreements/{agreementId}/funding"))
        .body(
            "paths.'/api/v1/grants/{grantId}/ledger'.get.responses.'200'.content",
            hasKey("text/csv"))
        .body("paths.'/api/v1/grants'.post.summary", notNullValue())
        .body("components.schemas.DisbursementRequest.properties", hasKey("final"))
        .body("components.schemas.FundingView.properties", hasKey("needsReallocation"))
        .body("tags.name", hasItem("Grants"));
  }
}
