package no.bygdevekst.agreement;

import static no.bygdevekst.agreement.support.Api.as;
import static no.bygdevekst.agreement.support.Api.asKdd;
import static no.bygdevekst.agreement.support.Api.draft;
import static no.bygdevekst.agreement.support.Api.freshMunicipality;
import static no.bygdevekst.agreement.support.Api.register;
import static no.bygdevekst.agreement.support.Api.sign;
import static no.bygdevekst.agreement.support.Api.signAll;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.bygdevekst.agreement.support.Events;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReplacementTest {
  private static final LocalDate FROM = LocalDate.of(2034, 1, 1);
  private static final LocalDate TO = LocalDate.of(2037, 12, 31);

  @Test
  void aDraftIsReplacedWithItsETagAndRepublished() {
    String m = freshMunicipality();
    UUID id = register(draft(FROM, TO, m));
    Map<String, Object> body = draft(FROM, TO.plusYears(1), m);
    body.put("title", "Ny tittel");

    asKdd()
        .header("If-Match", "\"1\"")
        .body(body)
        .put("/api/v1/agreements/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("version", equalTo(2))
        .body("title", equalTo("Ny tittel"))
        .body("period.to", equalTo("2038-12-31"));

    JsonNode event = Events.data(Events.awaitVersion(id, "AgreementRegistered", 2));
    assertEquals("Ny tittel", event.path("title").asText());
    assertEquals("DRAFT", event.path("status").asText());
  }

  @Test
  void aReplacementWithoutIfMatchIs428AndWithAStaleOneIs412() {
    String m = freshMunicipality();
    UUID id = register(draft(FROM, TO, m));
    asKdd()
        .body(draft(FROM, TO, m))
        .put("/api/v1/agreements/{id}", id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    asKdd()
        .header("If-Match", "\"7\"")
        .body(draft(FROM, TO, m))
        .put("/api/v1/agreements/{id}", id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("detail", containsString("\"1\""));
  }

  @Test
  void twoReplacementsWithTheSameETagGiveOneSuccessAndOne412() throws Exception {
    String m = freshMunicipality();
    UUID id = register(draft(FROM, TO, m));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (String title : List.of("Versjon A", "Versjon B")) {
        Map<String, Object> body = draft(FROM, TO, m);
        body.put("title", title);
        calls.add(
            () ->
                asKdd()
                    .header("If-Match", "\"1\"")
                    .body(body)
                    .put("/api/v1/agreements/{id}", id)
                    .statusCode());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      statuses.sort(Integer::compare);
      assertEquals(List.of(200, 412), statuses);
    } finally {
      pool.shutdownNow();
    }
    asKdd().get("/api/v1/agreements/{id}", id).then().header("ETag", "\"2\"");
  }

  @Test
  void onlyAnUnsignedDraftIsReplaced() {
    String m = freshMunicipality();
    UUID partlySigned = register(draft(FROM, TO, m));
    sign(partlySigned, m, "2023-05-05").then().statusCode(200);
    asKdd()
        .header("If-Match", "\"2\"")
        .body(draft(FROM, TO, m))
        .put("/api/v1/agreements/{id}", partlySigned)
        .then()
        .statusCode(409)
        .body("detail", containsString("has been signed by " + m));

    String other = freshMunicipality();
    UUID signed = register(draft(FROM, TO, other));
    signAll(signed, other);
    asKdd()
        .header("If-Match", "\"3\"")
        .body(draft(FROM, TO, other))
        .put("/api/v1/agreements/{id}", signed)
        .then()
        .statusCode(409)
        .body("detail", containsString("is SIGNED; only a draft can be replaced"));
  }

  @Test
  void aReplacementKeepsTheRules() {
    String m = freshMunicipality();
    String taken = freshMunicipality();
    UUID other = register(draft(FROM, TO, taken));
    UUID id = register(draft(FROM, TO, m));

    asKdd()
        .header("If-Match", "\"1\"")
        .body(draft(FROM, TO, m, taken))
        .put("/api/v1/agreements/{id}", id)
        .then()
        .statusCode(409)
        .body("conflictingAgreementId", equalTo(other.toString()));
    asKdd()
        .header("If-Match", "\"1\"")
        .body(draft(TO, FROM, m))
        .put("/api/v1/agreements/{id}", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period.to"));
    as(DevTokens.municipality(m))
        .header("If-Match", "\"1\"")
        .body(draft(FROM, TO, m))
        .put("/api/v1/agreements/{id}", id)
        .then()
        .statusCode(403);
    asKdd()
        .header("If-Match", "\"1\"")
        .body(draft(FROM, TO, m))
        .put("/api/v1/agreements/{id}", UUID.randomUUID())
        .then()
        .statusCode(404);
    // none of the refusals changed it
    asKdd().get("/api/v1/agreements/{id}", id).then().header("ETag", "\"1\"");
  }
}
