package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadModelRebuildTest {

  @Test
  void aLostProjectionIsRebuiltFromTheTopicWithNothingAppliedTwice() throws Exception {
    UUID agreement = UUID.randomUUID();
    OutboxTest.emit(agreement, 5, false, 202);
    InboxTest.awaitApplied(agreement, 5, 4);

    // The projection is lost (a bad migration, a restore): rebuild it from the topic.
    try (var c = Db.connect();
        var s = c.createStatement()) {
      s.executeUpdate("delete from probe_projection");
    }
    for (int round = 0; round < 2; round++) {
      given()
          .auth()
          .oauth2(DevTokens.kdd())
          .post("/api/v1/admin/read-models/probes/rebuild")
          .then()
          .statusCode(200)
          .body("readModel", equalTo("probes"))
          .body("applied", greaterThanOrEqualTo(5));
      InboxTest.awaitApplied(agreement, 5, 4); // five events, each applied once, again
    }
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .get("/api/v1/admin/read-models")
        .then()
        .statusCode(200)
        .body("name", hasItem("probes"));
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .post("/api/v1/admin/read-models/probes/rebuild")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .post("/api/v1/admin/read-models/nothing/rebuild")
        .then()
        .statusCode(404);
  }
}
