package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import no.bygdevekst.platform.probe.ProbeReadsResource;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

/** One way to answer reads conditionally: ETag, If-None-Match, 304, Cache-Control and Vary. */
@QuarkusTest
class ConditionalReadsTest {
  static final String PUBLIC = "public, max-age=60";
  static final String PRIVATE = "private, no-cache";

  @Test
  void aPublicReadTaggedByAVersionAnswers304WithoutBuildingItsBody() {
    UUID id = create("Lesing");
    given()
        .get("/api/v1/probe-reads/public/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .header("Cache-Control", PUBLIC)
        .header("Vary", "Origin")
        .body("name", equalTo("Lesing"));

    int built = ProbeReadsResource.BODIES.get();
    for (String ifNoneMatch : new String[] {"\"0\"", "W/\"0\"", "\"9\", \"0\"", "*"}) {
      given()
          .header("If-None-Match", ifNoneMatch)
          .get("/api/v1/probe-reads/public/{id}", id)
          .then()
          .statusCode(304)
          .header("ETag", "\"0\"")
          .header("Cache-Control", PUBLIC)
          .header("Vary", "Origin")
          .body(emptyString());
    }
    assertEquals(built, ProbeReadsResource.BODIES.get(), "no body was built for a 304");

    rename(id, "\"0\"", "Endret");
    given()
        .header("If-None-Match", "\"0\"")
        .get("/api/v1/probe-reads/public/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("Endret"));
  }

  @Test
  void aPublicReadTaggedByItsContentChangesItsTagWithItsContent() {
    UUID id = create("Innhold");
    String tag =
        given()
            .get("/api/v1/probe-reads/public/{id}/content", id)
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .header("Cache-Control", PUBLIC)
            .header("Vary", "Origin")
            .body("name", equalTo("Innhold"))
            .extract()
            .header("ETag");
    given()
        .header("If-None-Match", tag)
        .get("/api/v1/probe-reads/public/{id}/content", id)
        .then()
        .statusCode(304)
        .header("ETag", tag)
        .body(emptyString());

    rename(id, "\"0\"", "Nytt innhold");
    String changed =
        given()
            .header("If-None-Match", tag)
            .get("/api/v1/probe-reads/public/{id}/content", id)
            .then()
            .statusCode(200)
            .body("name", equalTo("Nytt innhold"))
            .extract()
            .header("ETag");
    assertNotEquals(tag, changed);
  }

  @Test
  void aReadBehindATokenIsPrivateRevalidatedAndVariesByAuthorization() {
    UUID id = create("Privat");
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .get("/api/v1/probe-reads/private/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .header("Cache-Control", PRIVATE)
        .header("Vary", "Authorization");
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .header("If-None-Match", "\"0\"")
        .get("/api/v1/probe-reads/private/{id}", id)
        .then()
        .statusCode(304)
        .header("Cache-Control", PRIVATE)
        .body(emptyString());
    given()
        .header("If-None-Match", "\"0\"")
        .get("/api/v1/probe-reads/private/{id}", id)
        .then()
        .statusCode(401);
  }

  @Test
  void aVersionThatDoesNotCoverTheWholeBodyIsNeverAnswered304() {
    UUID id = create("Versjon");
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .header("If-None-Match", "\"0\"")
        .get("/api/v1/probe-reads/versioned/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .header("Cache-Control", PRIVATE)
        .body("name", equalTo("Versjon"));
  }

  private static UUID create(String name) {
    return UUID.fromString(
        given()
            .auth()
            .oauth2(DevTokens.kdd())
            .contentType(ContentType.JSON)
            .body("{\"name\":\"" + name + "\",\"kind\":\"SMALL\"}")
            .post("/api/v1/probes")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  private static void rename(UUID id, String ifMatch, String name) {
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body("{\"name\":\"" + name + "\",\"kind\":\"SMALL\"}")
        .put("/api/v1/probes/{id}", id)
        .then()
        .statusCode(200);
  }
}
