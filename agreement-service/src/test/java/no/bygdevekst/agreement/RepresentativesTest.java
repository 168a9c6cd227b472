package no.bygdevekst.agreement;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.agreement.support.Api.HUSBANKEN;
import static no.bygdevekst.agreement.support.Api.INNOVASJON_NORGE;
import static no.bygdevekst.agreement.support.Api.as;
import static no.bygdevekst.agreement.support.Api.asKdd;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.bygdevekst.agreement.support.Api;
import no.bygdevekst.agreement.support.Events;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.TokenContract;
import no.bygdevekst.platform.testing.issuer.TestIssuer;
import no.bygdevekst.platform.testing.issuer.TestIssuers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register of representatives with real people's tokens from the test issuer: KDD registers and
 * appoints administrators, an administrator registers and ends colleagues of its own party only, a
 * registered person acts for their party and nobody else does, an ended registration no longer
 * counts, and the personal identity number appears in no response, event or audit entry.
 */
@QuarkusTest
class RepresentativesTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
  private static final String PATH = "/api/v1/agreements/{id}/representatives";

  /** A pid of this run's own, so that no other test's person matches it. */
  private static final String PID =
      String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));

  private String municipality;
  private String neighbour;
  private UUID agreement;

  @BeforeEach
  void aDraftOfTwoFreshMunicipalities() {
    municipality = Api.freshMunicipality();
    neighbour = Api.freshMunicipality();
    agreement =
        Api.register(Api.draft(TODAY.minusDays(10), TODAY.plusYears(3), municipality, neighbour));
  }

  private static TestIssuer idporten() {
    return TestIssuers.get().idporten();
  }

  private static String person(String subject) {
    return idporten().sign(idporten().person(subject, null));
  }

  private static String personWithPid(String subject, String pid) {
    return idporten().sign(idporten().person(subject, pid));
  }

  private static Map<String, Object> registration(String subject, String partyId) {
    Map<String, Object> body = new HashMap<>();
    body.put("issuer", idporten().issuer());
    body.put("subject", subject);
    body.put("partyId", partyId);
    return body;
  }

  private Response register(String token, Map<String, Object> body) {
    return as(token).body(body).post(PATH, agreement);
  }

  private String registerAsKdd(Map<String, Object> body) {
    return register(DevTokens.kdd(), body).then().statusCode(201).extract().path("id");
  }

  private Response end(String token, String id, String etag, Map<String, Object> body) {
    var request = as(token).body(body);
    if (etag != null) {
      request.header("If-Match", etag);
    }
    return request.post(PATH + "/{rid}/ending", agreement, id);
  }

  private String etagOf(String id) {
    return asKdd()
        .get(PATH + "/{rid}", agreement, id)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  @Test
  void aRegisteredPersonActsForTheirMunicipalityUntilTheRegistrationEnds() {
    String subject = "leader-" + UUID.randomUUID();
    String token = person(subject);
    as(token).get("/api/v1/agreements/{id}", agreement).then().statusCode(403);

    String id = registerAsKdd(registration(subject, municipality));
    as(token)
        .get("/api/v1/agreements/{id}", agreement)
        .then()
        .statusCode(200)
        .body("id", equalTo(agreement.toString()));
    // The person signs for their municipality, never for the neighbour.
    as(token)
        .body(Api.signature(neighbour, TODAY.minusDays(2).toString()))
        .post("/api/v1/agreements/{id}/signatures", agreement)
        .then()
        .statusCode(403);
    as(token)
        .body(Api.signature(municipality, TODAY.minusDays(2).toString()))
        .post("/api/v1/agreements/{id}/signatures", agreement)
        .then()
        .statusCode(200);

    Response ended = end(DevTokens.kdd(), id, etagOf(id), Map.of("reason", "Sluttet"));
    ended
        .then()
        .statusCode(200)
        .body("validTo", equalTo(TODAY.minusDays(1).toString()))
        .body("current", equalTo(false))
        .body("endReason", equalTo("Sluttet"));
    JsonAssert.noPid(ended.asString());
    as(token).get("/api/v1/agreements/{id}", agreement).then().statusCode(403);

    var event = Events.data(Events.awaitOne(agreement, "RepresentativeEnded"));
    assertEquals(id, event.path("representativeId").asText());
    assertEquals(2, event.path("version").asLong());
    assertEquals(TODAY.minusDays(1).toString(), event.path("validTo").asText());
  }

  @Test
  void thePersonalIdentityNumberIsHashedAndShownNowhere() {
    String subject = "pid-" + UUID.randomUUID();
    Map<String, Object> body = registration(subject, municipality);
    body.put("pid", PID);
    Response created = register(DevTokens.kdd(), body);
    created.then().statusCode(201).body("matchedByPid", equalTo(true)).body("pid", nullValue());
    JsonAssert.noPid(created.asString());
    String id = created.path("id");

    var event = Events.awaitOne(agreement, "RepresentativeRegistered");
    String data = new String(event.value(), java.nio.charset.StandardCharsets.UTF_8);
    JsonAssert.noPid(data);
    assertTrue(Events.data(event).path("pidHash").asText().matches("[0-9a-f]{64}"), data);
    assertEquals(id, Events.data(event).path("representativeId").asText());

    String audit =
        asKdd()
            .get("/api/v1/agreements/{id}/audit?size=50", agreement)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(audit.contains("representative.registered"), audit);
    JsonAssert.noPid(audit);
    assertFalse(audit.contains(Events.data(event).path("pidHash").asText()), "no hash in audit");
    String list = asKdd().get(PATH, agreement).then().statusCode(200).extract().asString();
    JsonAssert.noPid(list);

    // The same person through another client (another pairwise subject), known by the pid.
    as(personWithPid("other-client-" + UUID.randomUUID(), PID))
        .get("/api/v1/agreements/{id}", agreement)
        .then()
        .statusCode(200);
    as(personWithPid(
            "other-client-" + UUID.randomUUID(),
            String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L))))
        .get("/api/v1/agreements/{id}", agreement)
        .then()
        .statusCode(403);
  }

  @Test
  void anAdministratorManagesTheColleaguesOfItsOwnPartyOnly() {
    String admin = "admin-" + UUID.randomUUID();
    Map<String, Object> appointment = registration(admin, municipality);
    appointment.put("administrator", true);
    String adminId = registerAsKdd(appointment);
    String adminToken = person(admin);

    String colleague = "colleague-" + UUID.randomUUID();
    Response added = register(adminToken, registration(colleague, municipality));
    added.then().statusCode(201).body("role", equalTo("municipality"));
    String colleagueId = added.path("id");
    as(person(colleague)).get("/api/v1/agreements/{id}", agreement).then().statusCode(200);

    register(adminToken, registration("x-" + UUID.randomUUID(), neighbour))
        .then()
        .statusCode(403)
        .body("type", equalTo("/problems/forbidden"));
    Map<String, Object> secondAdmin = registration("y-" + UUID.randomUUID(), municipality);
    secondAdmin.put("administrator", true);
    register(adminToken, secondAdmin).then().statusCode(403);
    end(adminToken, adminId, etagOf(adminId), Map.of()).then().statusCode(403);
    // The colleague is no administrator.
    register(person(colleague), registration("z-" + UUID.randomUUID(), municipality))
        .then()
        .statusCode(403);

    end(adminToken, colleagueId, added.header("ETag"), Map.of()).then().statusCode(200);
    as(person(colleague)).get("/api/v1/agreements/{id}", agreement).then().statusCode(403);
  }

  @Test
  void aPartnersPersonActsAsThePartner() {
    String subject = "partner-" + UUID.randomUUID();
    registerAsKdd(registration(subject, HUSBANKEN));
    asKdd()
        .get(PATH + "?party=" + HUSBANKEN, agreement)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items[0].role", equalTo("partner"))
        .body("items[0].current", equalTo(true));
    // A partner signs nothing: it is no principal party.
    as(person(subject))
        .body(Api.signature(municipality, TODAY.minusDays(2).toString()))
        .post("/api/v1/agreements/{id}/signatures", agreement)
        .then()
        .statusCode(403);
  }

  @Test
  void nobodyButKddAndAdministratorsRegisters() {
    Map<String, Object> body = registration("someone-" + UUID.randomUUID(), municipality);
    register(person("nobody-" + UUID.randomUUID()), body).then().statusCode(403);
    register(DevTokens.municipality(municipality), body).then().statusCode(403);
    register(DevTokens.partner(HUSBANKEN), body).then().statusCode(403);
    register(DevTokens.reader(), body).then().statusCode(403);
    TestIssuer mp = TestIssuers.get().maskinporten();
    register(
            mp.sign(
                mp.maskinporten(
                    "kdd:bygdevekst.municipality.write", TokenContract.TANA_ORGANISATION)),
            body)
        .then()
        .statusCode(403);
    asKdd().get(PATH, agreement).then().statusCode(200).body("totalItems", equalTo(0));
  }

  @Test
  void badInputIsAProblemAndChangesNothing() {
    String subject = "bad-" + UUID.randomUUID();
    register(DevTokens.kdd(), registration(subject, "5601"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("partyId"));
    Map<String, Object> backwards = registration(subject, municipality);
    backwards.put("validFrom", TODAY.toString());
    backwards.put("validTo", TODAY.minusDays(1).toString());
    register(DevTokens.kdd(), backwards).then().statusCode(400);
    Map<String, Object> badPid = registration(subject, municipality);
    badPid.put("pid", "0101701234X");
    Response refused = register(DevTokens.kdd(), badPid);
    refused.then().statusCode(400).body("errors[0].field", equalTo("pid"));
    assertFalse(refused.asString().contains("0101701234X"), "the rejected pid is not echoed");
    register(DevTokens.kdd(), Map.of("partyId", municipality)).then().statusCode(400);
    asKdd()
        .body(registration(subject, municipality))
        .post(PATH, UUID.randomUUID())
        .then()
        .statusCode(404);
    asKdd().get(PATH + "?party=abc", agreement).then().statusCode(400);
    asKdd().get(PATH, agreement).then().statusCode(200).body("totalItems", equalTo(0));

    String id = registerAsKdd(registration(subject, municipality));
    register(DevTokens.kdd(), registration(subject, municipality))
        .then()
        .statusCode(409)
        .body("detail", not(nullValue()));
    end(DevTokens.kdd(), id, null, Map.of()).then().statusCode(428);
    end(DevTokens.kdd(), id, "\"99\"", Map.of()).then().statusCode(412);
    end(DevTokens.kdd(), id, etagOf(id), Map.of("lastDay", TODAY.minusDays(5).toString()))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("lastDay"));
    String etag = etagOf(id);
    end(DevTokens.kdd(), id, etag, Map.of()).then().statusCode(200);
    end(DevTokens.kdd(), id, etagOf(id), Map.of()).then().statusCode(409);
    asKdd()
        .body(Map.of())
        .header("If-Match", etag)
        .post(PATH + "/{rid}/ending", agreement, UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void aRetriedRegistrationWithItsIdempotencyKeyRegistersOnce() {
    Map<String, Object> body = registration("retry-" + UUID.randomUUID(), INNOVASJON_NORGE);
    String key = UUID.randomUUID().toString();
    String first =
        asKdd()
            .header("Idempotency-Key", key)
            .body(body)
            .post(PATH, agreement)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String again =
        asKdd()
            .header("Idempotency-Key", key)
            .body(body)
            .post(PATH, agreement)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertEquals(first, again);
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .get(PATH, agreement)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1));
  }

  /** The pid used here, and its spelling with separators, must not be in a text. */
  private static final class JsonAssert {
    static void noPid(String text) {
      assertFalse(text.contains(PID), "a pid in: " + text);
      assertFalse(text.contains("\"pid\""), "a pid field in: " + text);
    }
  }
}
