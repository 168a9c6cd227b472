package no.bygdevekst.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The paths of the public contract other systems rely on are in the OpenAPI document. */
@QuarkusTest
class OpenApiTest {

  @Test
  void contractPathsAreDocumented() {
    ValidatableResponse api = given().get("/q/openapi?format=json").then().statusCode(200);
    for (String path :
        new String[] {
          "/api/v1/agreements/{agreementId}/indicators",
          "/api/v1/indicators/{id}/measurements",
          "/api/v1/agreements/{agreementId}/attainment",
          "/api/v1/agreements/{agreementId}/reports/status",
          "/api/v1/agreements/{agreementId}/reports/final",
          "/api/v1/public/agreements/{id}/attainment"
        }) {
      api.body("paths.'" + path + "'", notNullValue());
    }
    api.body("paths.'/api/v1/agreements/{agreementId}/indicators'.post.summary", notNullValue());
  }
}
