package no.bygdevekst.agreement;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.agreement.support.Api.asKdd;
import static no.bygdevekst.agreement.support.Api.draft;
import static no.bygdevekst.agreement.support.Api.freshMunicipality;
import static no.bygdevekst.agreement.support.Api.register;
import static no.bygdevekst.agreement.support.Api.signAll;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicAgreementsTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  @Test
  void thePublicSeesSignedAndActiveAgreementsButNeverADraft() {
    String m = freshMunicipality();
    UUID draft = register(draft(TODAY.plusYears(3), TODAY.plusYears(5), m));
    UUID active = register(draft(TODAY.minusYears(1), TODAY.plusYears(2).minusDays(1), m));
    signAll(active, m);

    given()
        .queryParam("municipality", m)
        .get("/api/v1/public/agreements")
        .then()
        .statusCode(200)
        .header("Cache-Control", "public, max-age=60")
        .header("ETag", not(nullValue()))
        .body("totalItems", equalTo(1))
        .body("items.id", contains(active.toString()))
        .body("items[0].status", equalTo("ACTIVE"));
    given()
        .get("/api/v1/public/agreements/{id}", draft)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .queryParam("status", "DRAFT")
        .get("/api/v1/public/agreements")
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("must be one of SIGNED, ACTIVE, CONCLUDED"));
    given()
        .get("/api/v1/public/agreements/{id}", active)
        .then()
        .statusCode(200)
        .header("ETag", "\"4\"")
        .header("Cache-Control", "public, max-age=60")
        .body("status", equalTo("ACTIVE"))
        .body("registeredBy", nullValue())
        .body("changedBy", nullValue())
        .body("signatures[0].recordedBy", nullValue())
        .body("signatures[0].partyId", equalTo(m));

    asKdd()
        .body(Map.of("reason", "Avsluttet tidlig"))
        .post("/api/v1/agreements/{id}/conclusion", active)
        .then()
        .statusCode(200);
    given()
        .get("/api/v1/public/agreements/{id}", active)
        .then()
        .statusCode(200)
        .header("ETag", "\"5\"")
        .body("status", equalTo("CONCLUDED"))
        .body("conclusionReason", equalTo("Avsluttet tidlig"));
  }

  @Test
  void aClientRevalidatesWithIfNoneMatch() {
    String m = freshMunicipality();
    UUID id = register(draft(TODAY.minusYears(1), TODAY.plusYears(1), m));
    signAll(id, m);

    given()
        .header("If-None-Match", "\"4\"")
        .get("/api/v1/public/agreements/{id}", id)
        .then()
        .statusCode(304)
        .header("ETag", "\"4\"")
        .header("Cache-Control", "public, max-age=60");
    given()
        .header("If-None-Match", "\"3\"")
        .get("/api/v1/public/agreements/{id}", id)
        .then()
        .statusCode(200);

    String listTag =
        given()
            .queryParam("municipality", m)
            .get("/api/v1/public/agreements")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .queryParam("municipality", m)
        .header("If-None-Match", listTag)
        .get("/api/v1/public/agreements")
        .then()
        .statusCode(304)
        .header("ETag", listTag);
    // another page is another representation
    given()
        .queryParam("municipality", m)
        .queryParam("size", 5)
        .header("If-None-Match", listTag)
        .get("/api/v1/public/agreements")
        .then()
        .statusCode(200);
  }

  @Test
  void thePortalsOriginMayReadAcrossOrigins() {
    given()
        .header("Origin", "https://portal.example.test")
        .get("/api/v1/public/agreements")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "https://portal.example.test");
    given()
        .header("Origin", "https://elsewhere.example")
        .get("/api/v1/public/agreements")
        .then()
        .statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
  }
}
