package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyAndAuditTest {

  @Test
  void aRepeatedKeyReplaysTheFirstResponseAndAnotherBodyIs422() {
    String key = UUID.randomUUID().toString();
    var first =
        ProblemDetailsTest.kdd()
            .header("Idempotency-Key", key)
            .body(ProblemDetailsTest.VALID)
            .post("/api/v1/probes");
    first.then().statusCode(201);
    String id = first.path("id");
    var again =
        ProblemDetailsTest.kdd()
            .header("Idempotency-Key", key)
            .body(ProblemDetailsTest.VALID)
            .post("/api/v1/probes");
    again.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(1, Db.count("select count(*) from probe_item where id = ?", UUID.fromString(id)));
    ProblemDetailsTest.isProblem(
        ProblemDetailsTest.kdd()
            .header("Idempotency-Key", key)
            .body("{\"name\":\"other\",\"kind\":\"SMALL\"}")
            .post("/api/v1/probes"),
        422);
    String withoutKey1 = ProblemDetailsTest.create();
    String withoutKey2 = ProblemDetailsTest.create();
    assertNotEquals(withoutKey1, withoutKey2);
  }

  @Test
  void everyWriteIsAuditedAndTheTrailIsAppendOnly() {
    String id = ProblemDetailsTest.create();
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .get("/api/v1/probes/" + id + "/audit")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].actor", equalTo("kdd-saksbehandler"))
        .body("items[0].role", equalTo("kdd"))
        .body("items[0].action", equalTo("ProbeCreated"))
        .body("items[0].details.name", equalTo("a"));
    ProblemDetailsTest.isProblem(
        given()
            .auth()
            .oauth2(DevTokens.kdd())
            .queryParam("size", 500)
            .get("/api/v1/probes/" + id + "/audit"),
        400);
    SQLException refused =
        assertThrows(
            SQLException.class,
            () -> {
              try (Connection c = Db.connect();
                  Statement s = c.createStatement()) {
                s.executeUpdate("update audit_record set actor_subject = 'someone else'");
              }
            });
    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
  }
}
