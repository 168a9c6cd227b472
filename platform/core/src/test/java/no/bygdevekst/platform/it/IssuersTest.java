package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import no.bygdevekst.platform.security.PersonalIdentifiers;
import no.bygdevekst.platform.testing.TokenContract;
import no.bygdevekst.platform.testing.issuer.TestIssuer;
import no.bygdevekst.platform.testing.issuer.TestIssuers;
import no.bygdevekst.platform.testing.issuer.TokenShapes;
import org.junit.jupiter.api.Test;

/**
 * Tokens of the two test issuers, served over HTTP with their own keys and verified for real:
 * Maskinporten-shaped tokens get their roles from scopes and their party from {@code consumer}, a
 * person's token gets its roles from the directory (probe.ProbeDirectory, real tables), and every
 * token that should not pass is a 401 problem.
 */
@QuarkusTest
class IssuersTest {
  static final String TANA_ORG = TokenContract.TANA_ORGANISATION;
  static final String BATSFJORD_ORG = "938795592";
  static final String VENDOR_ORG = "986399445";
  static final String READ = TokenContract.READ_SCOPE;

  static final TestIssuer MASKINPORTEN = TestIssuers.get().maskinporten();
  static final TestIssuer IDPORTEN = TestIssuers.get().idporten();

  @Inject PersonalIdentifiers identifiers;

  static Response get(String token, String path) {
    return given().auth().oauth2(token).get(path);
  }

  static void unauthorized(String token) {
    Response r = get(token, "/api/v1/probes/" + UUID.randomUUID());
    r.then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
        .body("type", equalTo("/problems/unauthorized"))
        .body(not(containsString("Exception")))
        .body(not(containsString("\tat ")));
  }

  @Test
  void aReadScopeReadsAndIsRefusedWrites() {
    String reader = MASKINPORTEN.sign(MASKINPORTEN.maskinporten(READ, TANA_ORG));
    get(reader, "/api/v1/probes/" + UUID.randomUUID()).then().statusCode(404);
    get(reader, "/api/v1/probes/caller")
        .then()
        .statusCode(200)
        .body("kind", equalTo("MASKINPORTEN"))
        .body("roles", equalTo(java.util.List.of("reader")))
        .body("subject", equalTo("client-" + TANA_ORG))
        .body("organisation", equalTo(TANA_ORG));
    given()
        .auth()
        .oauth2(reader)
        .contentType("application/json")
        .body(ProblemDetailsTest.VALID)
        .post("/api/v1/probes")
        .then()
        .statusCode(403)
        .body("type", equalTo("/problems/forbidden"));
  }

  @Test
  void theMinistrysSystemWritesAndTheSupplierIsAudited() {
    String token =
        MASKINPORTEN.sign(
            TokenShapes.supplier(
                MASKINPORTEN.maskinporten("kdd:bygdevekst.ministry.write", "972417858"),
                VENDOR_ORG));
    String id =
        given()
            .auth()
            .oauth2(token)
            .contentType("application/json")
            .body(ProblemDetailsTest.VALID)
            .post("/api/v1/probes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    get(token, "/api/v1/probes/" + id + "/audit")
        .then()
        .statusCode(200)
        .body("items[0].actor", equalTo("client-972417858"))
        .body("items[0].role", equalTo("kdd"))
        .body("items[0].organisation", equalTo("972417858"))
        .body("items[0].supplier", equalTo(VENDOR_ORG))
        .body("items[0].issuer", equalTo(MASKINPORTEN.issuer()));
    assertEquals(
        1,
        Db.count(
            "select count(*) from audit_record where aggregate_id = ? and actor_kind = 'MASKINPORTEN'"
                + " and actor_supplier = ?",
            UUID.fromString(id),
            VENDOR_ORG));
  }

  @Test
  void aMunicipalitysSystemIsRecognisedByItsOrganisationNumber() {
    Db.execute(
        "insert into probe_municipality values (?, '5628') on conflict do nothing", TANA_ORG);
    String tana =
        MASKINPORTEN.sign(MASKINPORTEN.maskinporten("kdd:bygdevekst.municipality.write", TANA_ORG));
    get(tana, "/api/v1/probes/municipal/x")
        .then()
        .statusCode(200)
        .body("municipality", equalTo("5628"));
    get(tana, "/api/v1/probes/agreements/" + UUID.randomUUID() + "/municipal")
        .then()
        .statusCode(200)
        .body("municipality", equalTo("5628"));
    String unknown =
        MASKINPORTEN.sign(
            MASKINPORTEN.maskinporten("kdd:bygdevekst.municipality.write", BATSFJORD_ORG));
    get(unknown, "/api/v1/probes/municipal/x")
        .then()
        .statusCode(403)
        .body("detail", containsString(BATSFJORD_ORG + " is not known here as a municipality"));
    String readerOfTana = MASKINPORTEN.sign(MASKINPORTEN.maskinporten(READ, TANA_ORG));
    get(readerOfTana, "/api/v1/probes/municipal/x").then().statusCode(403);
  }

  @Test
  void aPersonRegisteredNowhereHasNoRoleAndReadsNothingButWhatIsPublic() {
    String person = IDPORTEN.sign(IDPORTEN.person(UUID.randomUUID().toString(), "01017012345"));
    get(person, "/api/v1/probes/" + UUID.randomUUID())
        .then()
        .statusCode(403)
        .body("type", equalTo("/problems/forbidden"));
    given()
        .auth()
        .oauth2(person)
        .contentType("application/json")
        .body(ProblemDetailsTest.VALID)
        .post("/api/v1/probes")
        .then()
        .statusCode(403);
    given().get("/api/v1/probes/public").then().statusCode(200);
  }

  @Test
  void aPersonActsForTheirPartyInTheirAgreementWhileTheRegistrationHolds() {
    UUID agreement = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    String subject = UUID.randomUUID().toString();
    represent(IDPORTEN.issuer(), subject, null, agreement, LocalDate.now().minusDays(1), null);
    String person = IDPORTEN.sign(IDPORTEN.person(subject, null));
    get(person, "/api/v1/probes/agreements/" + agreement + "/municipal")
        .then()
        .statusCode(200)
        .body("municipality", equalTo("5628"));
    get(person, "/api/v1/probes/agreements/" + other + "/municipal").then().statusCode(403);
    // Without naming the agreement, a representation in one agreement is not enough.
    get(person, "/api/v1/probes/municipal/x").then().statusCode(403);
    get(person, "/api/v1/probes/caller")
        .then()
        .statusCode(200)
        .body("kind", equalTo("PERSON"))
        .body("subject", equalTo(subject));

    String ended = UUID.randomUUID().toString();
    represent(
        IDPORTEN.issuer(),
        ended,
        null,
        agreement,
        LocalDate.now().minusYears(1),
        LocalDate.now().minusDays(1));
    get(
            IDPORTEN.sign(IDPORTEN.person(ended, null)),
            "/api/v1/probes/agreements/" + agreement + "/municipal")
        .then()
        .statusCode(403);
  }

  @Test
  void aPersonIsMatchedByTheKeyedHashOfTheirPidWhichIsKeptNowhere() {
    UUID agreement = UUID.randomUUID();
    String pid = "15037045678";
    String hash = identifiers.hash(pid).orElseThrow();
    assertEquals(64, hash.length());
    assertTrue(!hash.contains(pid));
    represent("https://another-issuer.example", "someone", hash, agreement, LocalDate.now(), null);
    String person = IDPORTEN.sign(IDPORTEN.person(UUID.randomUUID().toString(), pid));
    get(person, "/api/v1/probes/agreements/" + agreement + "/municipal")
        .then()
        .statusCode(200)
        .body(not(containsString(pid)));
    get(person, "/api/v1/probes/caller").then().body(not(containsString(pid)));
    assertEquals(
        0,
        Db.count("select count(*) from audit_record where details::text like ?", "%" + pid + "%"));
  }

  @Test
  void tokensThatMustNotPassAre401WithAChallengeAndNoStackTrace() {
    long now = System.currentTimeMillis() / 1000;
    unauthorized(
        MASKINPORTEN.sign(
            MASKINPORTEN.maskinporten(READ, TANA_ORG).issuedAt(now - 600).expiresAt(now - 300)));
    unauthorized(
        MASKINPORTEN.sign(MASKINPORTEN.maskinporten(READ, TANA_ORG).claim("nbf", now + 600)));
    unauthorized(
        MASKINPORTEN.sign(
            MASKINPORTEN.maskinporten(READ, TANA_ORG).audience("https://another-api.example")));
    TestIssuer stranger =
        new TestIssuer("stranger", TestIssuer.Shape.MASKINPORTEN, TestIssuers.AUDIENCE);
    unauthorized(stranger.sign(stranger.maskinporten(READ, TANA_ORG)));
    unauthorized(IDPORTEN.signAs(MASKINPORTEN, IDPORTEN.maskinporten(READ, TANA_ORG)));
    unauthorized(
        IDPORTEN.signAsWithTheirKeyId(MASKINPORTEN, IDPORTEN.maskinporten(READ, TANA_ORG)));
    unauthorized(TokenContract.unsigned(MASKINPORTEN.issuer(), now));
    unauthorized("not.a.token");
    given()
        .get("/api/v1/probes/" + UUID.randomUUID())
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", equalTo("Bearer"));
  }

  @Test
  void anIssuerWhoseKeysCannotBeFetchedIsRefusedAndTheOthersStillWork() {
    TestIssuer offline = TestIssuers.get().offline();
    get(offline.sign(offline.maskinporten(READ, TANA_ORG)), "/api/v1/probes/" + UUID.randomUUID())
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "30")
        .body("type", equalTo("/problems/issuer-unavailable"))
        .body(not(containsString("Exception")));
    String reader = MASKINPORTEN.sign(MASKINPORTEN.maskinporten(READ, TANA_ORG));
    get(reader, "/api/v1/probes/caller").then().statusCode(200);
  }

  @Test
  void aNewKeyIdIsPickedUpWithoutARestart() {
    String before = MASKINPORTEN.sign(MASKINPORTEN.maskinporten(READ, TANA_ORG));
    get(before, "/api/v1/probes/caller").then().statusCode(200);
    String oldKid = MASKINPORTEN.keyId();
    String newKid = MASKINPORTEN.rotateKey();
    assertTrue(!oldKid.equals(newKid));
    String after = MASKINPORTEN.sign(MASKINPORTEN.maskinporten(READ, TANA_ORG));
    get(after, "/api/v1/probes/caller").then().statusCode(200).body("roles", hasItem("reader"));
    get(before, "/api/v1/probes/caller").then().statusCode(200);
  }

  static void represent(
      String issuer, String subject, String pidHash, UUID agreement, LocalDate from, LocalDate to) {
    Db.execute(
        "insert into probe_representative values (?, ?, ?, ?, ?, '5628', 'municipality', ?, ?)",
        UUID.randomUUID(),
        issuer,
        subject,
        pidHash,
        agreement,
        java.sql.Date.valueOf(from),
        to == null ? null : java.sql.Date.valueOf(to));
  }
}
