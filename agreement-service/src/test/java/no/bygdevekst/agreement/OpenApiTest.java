package no.bygdevekst.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document describes every path of the public contract other systems rely on, as the
 * running service serves it: with the platform's conventions (docs/api-documents.md) applied.
 */
@QuarkusTest
class OpenApiTest {
  @Test
  void everyContractPathIsDocumented() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths", hasKey("/api/v1/agreements"))
        .body("paths", hasKey("/api/v1/agreements/{id}"))
        .body("paths", hasKey("/api/v1/agreements/{id}/signatures"))
        .body("paths", hasKey("/api/v1/agreements/{id}/amendments"))
        .body("paths", hasKey("/api/v1/agreements/{id}/versions"))
        .body("paths", hasKey("/api/v1/agreements/{id}/versions/{version}"))
        .body("paths", hasKey("/api/v1/agreements/{id}/conclusion"))
        .body("paths", hasKey("/api/v1/agreements/{id}/audit"))
        .body("paths", hasKey("/api/v1/public/agreements"))
        .body("paths", hasKey("/api/v1/public/agreements/{id}"))
        .body("paths.'/api/v1/agreements'.post.summary", notNullValue())
        .body("components.schemas", hasKey("AgreementRequest"))
        .body("components.schemas", hasKey("Problem"));
  }

  @Test
  void publicReadsDocumentTheirConditionalAnswers() {
    for (String path :
        new String[] {"/api/v1/public/agreements", "/api/v1/public/agreements/{id}"}) {
      String get = "paths.'" + path + "'.get";
      given()
          .get("/q/openapi?format=json")
          .then()
          .body(get + ".parameters.name", hasItem("If-None-Match"))
          .body(get + ".responses", hasKey("304"))
          .body(get + ".responses.'200'.headers", hasKey("ETag"))
          .body(get + ".responses.'200'.headers", hasKey("Cache-Control"))
          .body(get + ".responses.'200'.headers", hasKey("Vary"))
          .body(get + ".responses.'200'.content", hasKey("application/json"));
    }
  }

  @Test
  void servesTheDocumentAsItWasWrittenForClients() {
    String get = "paths.'/api/v1/agreements/{id}'.get";
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body(get + ".operationId", equalTo("getAgreement"))
        .body(get + ".responses.'200'.content.'application/json'.schema.$ref", notNullValue())
        .body(get + ".responses.'200'.headers", hasKey("ETag"))
        .body(get + ".responses", hasKey("304"))
        .body(get + ".responses.'404'.content", hasKey("application/problem+json"))
        .body(get + ".security", nullValue())
        .body("security[0].bearer", empty())
        .body("paths.'/api/v1/public/agreements'.get.security", empty())
        .body("components.schemas.Problem.additionalProperties", equalTo(true))
        .body("components.schemas.AuditEntry.properties.details.type", equalTo("object"))
        .body("components.schemas", not(hasKey("JsonNode")))
        .body("components.schemas", not(hasKey("UUID")));
  }
}
