package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemDetailsTest {
  static final String VALID = "{\"name\":\"a\",\"kind\":\"SMALL\",\"amountOre\":100}";
  static final String RENAMED = "{\"name\":\"renamed\",\"kind\":\"SMALL\"}";

  static RequestSpecification kdd() {
    return given().auth().oauth2(DevTokens.kdd()).contentType("application/json");
  }

  static void isProblem(Response r, int status) {
    r.then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("title", notNullValue())
        .body("type", notNullValue());
  }

  static String create() {
    return kdd().body(VALID).post("/api/v1/probes").then().statusCode(201).extract().path("id");
  }

  @Test
  void validationErrorsListEveryField() {
    Response r =
        kdd()
            .body(
                "{\"name\":\"\",\"kind\":\"SMALL\",\"amountOre\":-1,\"lines\":[{\"number\":1,\"text\":\"\"}]}")
            .post("/api/v1/probes");
    isProblem(r, 400);
    r.then()
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", hasItems("name", "amountOre", "lines[0].text"));
  }

  @Test
  void malformedJsonWrongTypesAndUnknownEnumValuesAre400() {
    isProblem(kdd().body("{\"name\":").post("/api/v1/probes"), 400);
    Response wrongType =
        kdd()
            .body("{\"name\":\"a\",\"kind\":\"SMALL\",\"amountOre\":\"lots\"}")
            .post("/api/v1/probes");
    isProblem(wrongType, 400);
    wrongType.then().body("errors[0].field", equalTo("amountOre"));
    Response badEnum =
        kdd().body("{\"name\":\"a\",\"kind\":\"HUGE\",\"amountOre\":1}").post("/api/v1/probes");
    isProblem(badEnum, 400);
    badEnum
        .then()
        .body("errors[0].field", equalTo("kind"))
        .body("errors[0].message", containsString("SMALL, LARGE"));
    Response badDate =
        kdd()
            .body("{\"name\":\"a\",\"kind\":\"SMALL\",\"date\":\"2025-13-45\"}")
            .post("/api/v1/probes");
    isProblem(badDate, 400);
    isProblem(kdd().body("").post("/api/v1/probes"), 400);
    Response decimalOre =
        kdd().body("{\"name\":\"a\",\"kind\":\"SMALL\",\"amountOre\":10.5}").post("/api/v1/probes");
    isProblem(decimalOre, 400);
    decimalOre.then().body("errors[0].field", equalTo("amountOre"));
  }

  @Test
  void notFoundConflictAndMethodNotAllowed() {
    isProblem(kdd().get("/api/v1/probes/" + java.util.UUID.randomUUID()), 404);
    isProblem(kdd().get("/api/v1/nothing-here"), 404);
    Response conflict = kdd().post("/api/v1/probes/conflict");
    isProblem(conflict, 409);
    conflict.then().body("state", equalTo("LOCKED"));
    isProblem(kdd().delete("/api/v1/probes/conflict"), 405);
    isProblem(given().auth().oauth2(DevTokens.kdd()).get("/api/v1/probes/not-a-uuid"), 404);
  }

  @Test
  void ifMatchIsRequiredAndMustBeCurrent() {
    String id = create();
    String etag = kdd().get("/api/v1/probes/" + id).then().statusCode(200).extract().header("ETag");
    assertEquals("\"0\"", etag);
    isProblem(kdd().body(RENAMED).put("/api/v1/probes/" + id), 428);
    isProblem(kdd().header("If-Match", "\"7\"").body(RENAMED).put("/api/v1/probes/" + id), 412);
    kdd()
        .header("If-Match", etag)
        .body(RENAMED)
        .put("/api/v1/probes/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
    isProblem(kdd().header("If-Match", etag).body(RENAMED).put("/api/v1/probes/" + id), 412);
  }

  @Test
  void twoWritersWithTheSameETagGiveOneSuccessAndOne412() {
    String id = create();
    CompletableFuture<Integer> slow =
        CompletableFuture.supplyAsync(
            () ->
                kdd()
                    .header("If-Match", "\"0\"")
                    .queryParam("pause", 1500)
                    .body("{\"name\":\"slow\",\"kind\":\"SMALL\"}")
                    .put("/api/v1/probes/" + id)
                    .statusCode());
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int fast =
        kdd().header("If-Match", "\"0\"").body(RENAMED).put("/api/v1/probes/" + id).statusCode();
    assertEquals(List.of(200, 412), List.of(fast, slow.join()));
  }

  @Test
  void missingExpiredOrForeignTokensAre401() throws Exception {
    isProblem(given().get("/api/v1/probes/" + java.util.UUID.randomUUID()), 401);
    given()
        .get("/api/v1/probes/" + java.util.UUID.randomUUID())
        .then()
        .header("WWW-Authenticate", "Bearer");
    String expired = DevTokens.token("x", "kdd", null, null, Duration.ofHours(-1));
    isProblem(
        given().auth().oauth2(expired).get("/api/v1/probes/" + java.util.UUID.randomUUID()), 401);
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String foreign =
        Jwt.issuer(DevTokens.ISSUER)
            .subject("x")
            .groups(Set.of("kdd"))
            .expiresIn(600)
            .sign(generator.generateKeyPair().getPrivate());
    isProblem(
        given().auth().oauth2(foreign).get("/api/v1/probes/" + java.util.UUID.randomUUID()), 401);
    isProblem(
        given().auth().oauth2("not.a.token").get("/api/v1/probes/" + java.util.UUID.randomUUID()),
        401);
  }

  @Test
  void wrongRoleOrAnotherMunicipalityIs403() {
    isProblem(
        given()
            .auth()
            .oauth2(DevTokens.reader())
            .contentType("application/json")
            .body(VALID)
            .post("/api/v1/probes"),
        403);
    isProblem(
        given().auth().oauth2(DevTokens.municipality("5636")).get("/api/v1/probes/municipal/x"),
        403);
    given()
        .auth()
        .oauth2(DevTokens.municipality("5628"))
        .get("/api/v1/probes/municipal/x")
        .then()
        .statusCode(200)
        .body("municipality", equalTo("5628"));
    isProblem(given().auth().oauth2(DevTokens.kdd()).get("/api/v1/probes/municipal/x"), 403);
  }

  @Test
  void oversizedBodiesAre413AndWrongContentTypes415() {
    String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"kind\":\"SMALL\"}";
    isProblem(kdd().body(big).post("/api/v1/probes"), 413);
    isProblem(
        given()
            .auth()
            .oauth2(DevTokens.kdd())
            .contentType("text/plain")
            .body("hello")
            .post("/api/v1/probes"),
        415);
  }

  @Test
  void unexpectedFailuresHideTheirDetails() {
    Response r = given().get("/api/v1/probes/boom");
    isProblem(r, 500);
    r.then()
        .body(not(containsString("secret internal detail")))
        .body(not(containsString("at no.bygdevekst")))
        .body("incident", notNullValue());
  }

  @Test
  void publicEndpointsNeedNoToken() {
    given()
        .get("/api/v1/probes/public")
        .then()
        .statusCode(200)
        .body("caller", equalTo("anonymous"));
  }
}
