package no.bygdevekst.agreement;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.agreement.support.Api.HUSBANKEN;
import static no.bygdevekst.agreement.support.Api.INNOVASJON_NORGE;
import static no.bygdevekst.agreement.support.Api.as;
import static no.bygdevekst.agreement.support.Api.asKdd;
import static no.bygdevekst.agreement.support.Api.draft;
import static no.bygdevekst.agreement.support.Api.freshMunicipality;
import static no.bygdevekst.agreement.support.Api.party;
import static no.bygdevekst.agreement.support.Api.register;
import static no.bygdevekst.agreement.support.Api.subGoal;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
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
import no.bygdevekst.platform.testing.infra.LocalPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationTest {
  private static final LocalDate FROM = LocalDate.of(2030, 1, 1);
  private static final LocalDate TO = LocalDate.of(2033, 12, 31);

  @Test
  void kddRegistersADraftThatIsPublishedWithItsState() {
    String m = freshMunicipality();
    String id =
        asKdd()
            .body(draft(FROM, TO, m))
            .post("/api/v1/agreements")
            .then()
            .statusCode(201)
            .header("ETag", "\"1\"")
            .body("status", equalTo("DRAFT"))
            .body("version", equalTo(1))
            .body("registeredBy", equalTo("kdd-saksbehandler"))
            .body("principalParties.partyId", contains(m, "KDD"))
            .body("awaitingSignatureFrom", contains(m, "KDD"))
            .body("subGoals[0].coordinator", equalTo(HUSBANKEN))
            // related sub-goals are kept both ways: 1 names 2, so 2 names 1
            .body("subGoals[1].relatedSubGoals", contains(1))
            .body("commitments[1].subGoalNumber", equalTo(1))
            .body("anchoring[0].kind", equalTo("POLITICAL_DECISION"))
            .extract()
            .path("id");
    UUID agreementId = UUID.fromString(id);
    asKdd()
        .get("/api/v1/agreements/{id}", agreementId)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("title", equalTo("Bygdevekstavtale for " + m))
        .body("period.from", equalTo("2030-01-01"));

    ConsumerRecord<String, byte[]> event = Events.awaitOne(agreementId, "AgreementRegistered");
    assertEquals(id, event.key());
    assertEquals("1.0", Events.header(event, "ce_specversion"));
    assertEquals("/bygdevekst/agreement-service", Events.header(event, "ce_source"));
    assertEquals(id, Events.header(event, "ce_subject"));
    assertEquals("1", Events.header(event, "ce_schemaversion"));
    JsonNode data = Events.data(event);
    assertEquals(id, data.path("agreementId").asText());
    assertEquals(1, data.path("version").asLong());
    assertEquals("DRAFT", data.path("status").asText());
    assertEquals("2033-12-31", data.path("period").path("to").asText());
    assertEquals("MUNICIPALITY", data.path("principalParties").path(0).path("kind").asText());
    assertEquals(
        INNOVASJON_NORGE, data.path("partners").path(1).path("organisationNumber").asText());
    assertEquals(HUSBANKEN, data.path("subGoals").path(0).path("coordinator").asText());
    assertEquals(true, data.path("subGoals").path(1).path("coordinator").isNull());
    assertEquals(0, data.path("signatures").size());
    assertEquals("kdd-saksbehandler", data.path("changedBy").asText());
    assertFalse(data.has("commitments"), "events carry the state of docs/events.md only");
  }

  @Test
  void aPeriodMustEndAfterItStarts() {
    Map<String, Object> body = draft(FROM, FROM, freshMunicipality());
    refused(body, "period.to");
    body.put("period", Map.of("from", "2030-05-01", "to", "2030-04-30"));
    refused(body, "period.to");
  }

  @Test
  void thePrincipalPartiesIncludeAMunicipalityAndTheMinistry() {
    Map<String, Object> body = draft(FROM, TO, freshMunicipality());
    body.put("principalParties", List.of(party("KDD", "MINISTRY", "KDD")));
    refused(body, "principalParties")
        .body("errors.message", hasItem("must include at least one municipality"));

    body.put("principalParties", List.of(party(freshMunicipality(), "MUNICIPALITY", "Kommune")));
    refused(body, "principalParties")
        .body("errors.message", hasItem("must include the ministry (KDD)"));

    body.put(
        "principalParties",
        List.of(party("KDD", "MUNICIPALITY", "Kommune"), party("5000", "MINISTRY", "Departement")));
    refused(body, "principalParties[0].partyId");
  }

  @Test
  void aSubGoalNamesOnlyPartnersOfTheAgreement() {
    Map<String, Object> body = draft(FROM, TO, freshMunicipality());
    body.put(
        "subGoals", List.of(subGoal(1, "Bolig", List.of("974764687"), "974764687", List.of())));
    refused(body, "subGoals[0].partners[0]")
        .body("errors.field", hasItem("subGoals[0].coordinator"))
        .body("errors.message", hasItem("974764687 is not a cooperation partner of the agreement"));
  }

  @Test
  void theCoordinatorIsOneOfTheSubGoalsPartners() {
    Map<String, Object> body = draft(FROM, TO, freshMunicipality());
    body.put(
        "subGoals", List.of(subGoal(1, "Bolig", List.of(HUSBANKEN), INNOVASJON_NORGE, List.of())));
    body.remove("commitments");
    refused(body, "subGoals[0].coordinator")
        .body("errors[0].message", equalTo("must be one of the partners named under the sub-goal"));
  }

  @Test
  void subGoalNumbersAreUnique() {
    Map<String, Object> body = draft(FROM, TO, freshMunicipality());
    body.put(
        "subGoals",
        List.of(
            subGoal(1, "Bolig", List.of(HUSBANKEN), null, List.of()),
            subGoal(1, "Næring", List.of(INNOVASJON_NORGE), null, List.of())));
    refused(body, "subGoals[1].number")
        .body("errors[0].message", containsString("sub-goal 1 is listed more than once"));
  }

  @Test
  void commitmentsAndRelationsReferToWhatTheAgreementHas() {
    Map<String, Object> body = draft(FROM, TO, freshMunicipality());
    body.put("subGoals", List.of(subGoal(1, "Bolig", List.of(HUSBANKEN), null, List.of(1, 7))));
    body.put(
        "commitments",
        List.of(Map.of("committedBy", List.of("999999999"), "subGoalNumber", 4, "text", "Noe")));
    body.put(
        "anchoring",
        List.of(Map.of("kind", "PLAN", "reference", "Kommuneplan", "partyId", "4999")));
    asKdd()
        .body(body)
        .post("/api/v1/agreements")
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            contains(
                "subGoals[0].relatedSubGoals[0]",
                "subGoals[0].relatedSubGoals[1]",
                "commitments[0].committedBy[0]",
                "commitments[0].subGoalNumber",
                "anchoring[0].partyId"));
  }

  @Test
  void aMunicipalityTakesPartInOneOpenAgreementAtATime() {
    String shared = freshMunicipality();
    UUID first = register(draft(FROM, TO, freshMunicipality(), shared));

    asKdd()
        .body(
            draft(LocalDate.of(2033, 6, 1), LocalDate.of(2036, 5, 31), shared, freshMunicipality()))
        .post("/api/v1/agreements")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("conflictingAgreementId", equalTo(first.toString()))
        .body("municipality", equalTo(shared))
        .body("detail", containsString("2030-01-01 to 2033-12-31"));

    // the next period, starting the day after, does not overlap
    register(draft(TO.plusDays(1), TO.plusYears(3), shared));
  }

  @Test
  void theDatabaseItselfRefusesAnOverlapForAMunicipality() throws SQLException {
    String m = freshMunicipality();
    UUID first = register(draft(FROM, TO, m));
    UUID second = register(draft(FROM, TO, freshMunicipality()));
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    try (Connection c = DriverManager.getConnection(url, LocalPostgres.USER, "");
        PreparedStatement insert =
            c.prepareStatement(
                "insert into municipality_engagement (agreement_id, municipality, period)"
                    + " values (?, ?, daterange('2033-01-01', '2034-01-01'))")) {
      insert.setObject(1, second);
      insert.setString(2, m);
      SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
      assertEquals("23P01", refused.getSQLState(), refused.getMessage());
      assertTrue(refused.getMessage().contains(first.toString()), refused.getMessage());
    }
  }

  @Test
  void racingRegistrationsForOneMunicipalityGiveOneAgreement() throws Exception {
    String shared = freshMunicipality();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<io.restassured.response.Response>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Map<String, Object> body = draft(FROM.plusMonths(i), TO, shared, freshMunicipality());
        calls.add(() -> asKdd().body(body).post("/api/v1/agreements"));
      }
      List<io.restassured.response.Response> responses = new ArrayList<>();
      for (Future<io.restassured.response.Response> f : pool.invokeAll(calls)) {
        responses.add(f.get());
      }
      List<io.restassured.response.Response> created =
          responses.stream().filter(r -> r.statusCode() == 201).toList();
      assertEquals(1, created.size(), "exactly one registration wins");
      String winner = created.get(0).path("id");
      for (io.restassured.response.Response r : responses) {
        if (r.statusCode() != 201) {
          assertEquals(409, r.statusCode());
          assertEquals(winner, r.path("conflictingAgreementId"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlyKddRegisters() {
    Map<String, Object> body = draft(FROM, TO, freshMunicipality());
    for (String token :
        List.of(DevTokens.municipality("5628"), DevTokens.reader(), DevTokens.partner(HUSBANKEN))) {
      as(token)
          .body(body)
          .post("/api/v1/agreements")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
  }

  @Test
  void aMissingOrExpiredTokenIsRefusedWith401() {
    Map<String, Object> body = draft(FROM, TO, freshMunicipality());
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/agreements")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer")
        .contentType("application/problem+json");
    String expired =
        DevTokens.token("kdd-saksbehandler", "kdd", null, null, Duration.ofMinutes(-10));
    as(expired).body(body).post("/api/v1/agreements").then().statusCode(401);
    as(expired).get("/api/v1/agreements").then().statusCode(401);
    as("not-a-token").get("/api/v1/agreements").then().statusCode(401);
    given().get("/api/v1/agreements/{id}", UUID.randomUUID()).then().statusCode(401);
  }

  @Test
  void malformedJsonIsA400Problem() {
    asKdd()
        .body("{\"title\": ")
        .post("/api/v1/agreements")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("detail", containsString("not well-formed JSON"));
    asKdd()
        .post("/api/v1/agreements")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void aValueOfTheWrongTypeIsA400ProblemNamingTheField() {
    Map<String, Object> body = draft(FROM, TO, freshMunicipality());
    body.put("period", Map.of("from", "soon", "to", "2031-01-01"));
    refused(body, "period.from");

    body = draft(FROM, TO, freshMunicipality());
    body.put(
        "subGoals",
        List.of(Map.of("number", "one", "title", "Bolig", "partners", List.of(HUSBANKEN))));
    refused(body, "subGoals[0].number");
  }

  /** Each once a 500: PostgreSQL refused the NUL byte and the year 999999999. */
  @Test
  void textWithANulByteAndDatesBeyondTheSaneYearsAre400NamingTheField() {
    Map<String, Object> body = draft(FROM, TO, freshMunicipality());
    body.put("title", "Bygdevekst\u0000avtale");
    refused(body, "title").body("errors[0].message", containsString("U+0000"));

    for (String day : List.of("+999999999-12-31", "-999999999-01-01", "2201-01-01", "1899-12-31")) {
      body = draft(FROM, TO, freshMunicipality());
      body.put("period", Map.of("from", FROM.toString(), "to", day));
      refused(body, "period.to").body("errors[0].message", containsString("1900-01-01 to 2200"));
    }
    // a number is not a date (Jackson would read 12345 as 2003-10-19)
    body = draft(FROM, TO, freshMunicipality());
    body.put("period", Map.of("from", 12345, "to", TO.toString()));
    refused(body, "period.from").body("errors[0].message", containsString("YYYY-MM-DD"));
  }

  @Test
  void noProblemNamesAJavaType() {
    for (String wrong :
        List.of("\"x\"", "[]", "{\"period\": \"x\"}", "{\"subGoals\": 5}", "{\"subGoals\": [1]}")) {
      String answer =
          asKdd()
              .body(wrong)
              .post("/api/v1/agreements")
              .then()
              .statusCode(400)
              .extract()
              .asString();
      assertFalse(
          answer.contains("no.bygdevekst") || answer.contains("java.") || answer.contains("`"),
          answer);
    }
    asKdd()
        .body("{\"subGoals\": 5}")
        .post("/api/v1/agreements")
        .then()
        .body("errors[0].message", equalTo("must be a list (a JSON array)"));
  }

  @Test
  void anUnknownEnumValueIsA400ProblemListingTheAllowedOnes() {
    Map<String, Object> body = draft(FROM, TO, freshMunicipality());
    body.put("principalParties", List.of(party("5000", "COUNTY", "Fylke")));
    refused(body, "principalParties[0].kind")
        .body("errors[0].message", equalTo("must be one of MUNICIPALITY, MINISTRY"));
  }

  @Test
  void missingFieldsAreListedTogether() {
    asKdd()
        .body(Map.of("title", " "))
        .post("/api/v1/agreements")
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            contains("period", "pilotArea", "principalParties", "subGoals", "title"));
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheFirstRegistration() {
    Map<String, Object> body = draft(FROM, TO, freshMunicipality());
    String key = "register-" + UUID.randomUUID();
    String first =
        asKdd()
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/agreements")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    asKdd()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/agreements")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", endsWith("/api/v1/agreements/" + first))
        .body("id", equalTo(first));
  }

  @Test
  void listsArePagedAndFiltered() {
    String m = freshMunicipality();
    UUID early = register(draft(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 12, 31), m));
    UUID late = register(draft(LocalDate.of(2032, 1, 1), LocalDate.of(2033, 12, 31), m));

    as(DevTokens.reader())
        .queryParam("municipality", m)
        .get("/api/v1/agreements")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items.id", contains(late.toString(), early.toString()));
    as(DevTokens.partner(HUSBANKEN))
        .get("/api/v1/agreements/{id}", early)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
    as(DevTokens.municipality(m)).get("/api/v1/agreements").then().statusCode(200);
    asKdd()
        .queryParam("municipality", m)
        .queryParam("year", "2031")
        .queryParam("status", "DRAFT")
        .get("/api/v1/agreements")
        .then()
        .statusCode(200)
        .body("items.id", contains(early.toString()));
    asKdd()
        .queryParam("municipality", m)
        .queryParam("status", "ACTIVE")
        .get("/api/v1/agreements")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    asKdd()
        .queryParam("municipality", m)
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get("/api/v1/agreements")
        .then()
        .statusCode(200)
        .body("items.id", contains(early.toString()))
        .body("totalPages", equalTo(2));

    asKdd()
        .queryParam("status", "SIGNED_OFF")
        .get("/api/v1/agreements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    asKdd()
        .queryParam("year", "twenty")
        .get("/api/v1/agreements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("year"));
    asKdd().queryParam("municipality", "Tana").get("/api/v1/agreements").then().statusCode(400);
    asKdd().queryParam("size", 0).get("/api/v1/agreements").then().statusCode(400);
  }

  @Test
  void anUnknownAgreementIs404() {
    asKdd()
        .get("/api/v1/agreements/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("errors", nullValue());
  }

  private static io.restassured.response.ValidatableResponse refused(
      Map<String, Object> body, String field) {
    return asKdd()
        .body(body)
        .post("/api/v1/agreements")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }
}
