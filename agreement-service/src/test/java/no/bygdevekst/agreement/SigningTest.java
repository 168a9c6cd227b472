package no.bygdevekst.agreement;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.agreement.support.Api.as;
import static no.bygdevekst.agreement.support.Api.asKdd;
import static no.bygdevekst.agreement.support.Api.draft;
import static no.bygdevekst.agreement.support.Api.freshMunicipality;
import static no.bygdevekst.agreement.support.Api.register;
import static no.bygdevekst.agreement.support.Api.sign;
import static no.bygdevekst.agreement.support.Api.signAll;
import static no.bygdevekst.agreement.support.Api.signature;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.bygdevekst.agreement.agreement.AgreementActivation;
import no.bygdevekst.agreement.support.Events;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.TestClock;
import no.bygdevekst.platform.testing.infra.LocalPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SigningTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  /** The identity of the scheduled activation job, which tests pause to run it themselves. */
  private static final String JOB = "agreement-activation";

  @Inject TestClock clock;
  @Inject AgreementActivation activation;
  @Inject Scheduler scheduler;

  @Test
  void whenEveryPartyHasSignedAStartedAgreementIsActive() {
    String m1 = freshMunicipality();
    String m2 = freshMunicipality();
    UUID id = register(draft(TODAY.minusMonths(1), TODAY.plusYears(3), m1, m2));

    sign(id, m1, "2023-11-02")
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("status", equalTo("DRAFT"))
        .body("signatures[0].partyId", equalTo(m1))
        .body("signatures[0].politicalDecisionDate", equalTo("2023-11-02"))
        .body("signatures[0].recordedBy", equalTo("kommune-" + m1))
        .body("awaitingSignatureFrom", contains(m2, "KDD"));
    sign(id, "KDD", "2023-12-01").then().statusCode(200).body("status", equalTo("DRAFT"));
    sign(id, m2, "2023-12-14")
        .then()
        .statusCode(200)
        .header("ETag", "\"5\"")
        .body("status", equalTo("ACTIVE"))
        .body("activatedOn", equalTo(TODAY.toString()))
        .body("awaitingSignatureFrom", empty());

    List<ConsumerRecord<String, byte[]>> signed = Events.await(id, "AgreementSigned", 3);
    JsonNode first = Events.data(signed.get(0));
    assertEquals(m1, first.path("partyId").asText());
    assertEquals(2, first.path("version").asLong());
    assertEquals("DRAFT", first.path("status").asText());
    JsonNode last = Events.data(signed.get(2));
    assertEquals(m2, last.path("partyId").asText());
    assertEquals(4, last.path("version").asLong());
    assertEquals("SIGNED", last.path("status").asText());
    assertEquals(3, last.path("signatures").size());

    JsonNode activated = Events.data(Events.awaitOne(id, "AgreementActivated"));
    assertEquals(5, activated.path("version").asLong());
    assertEquals("ACTIVE", activated.path("status").asText());
    assertEquals("system", activated.path("changedBy").asText());
  }

  @Test
  void anAgreementSignedBeforeItsStartBecomesActiveOnItsStartDateOnce() {
    String m = freshMunicipality();
    LocalDate start = TODAY.plusDays(10);
    UUID id = register(draft(start, start.plusYears(2), m));
    signAll(id, m).then().body("status", equalTo("SIGNED"));
    Events.awaitVersion(id, "AgreementSigned", 3);
    asKdd().get("/api/v1/agreements/{id}", id).then().body("status", equalTo("SIGNED"));
    assertEquals(0, Events.all(id, "AgreementActivated").size());

    try {
      scheduler.pause(JOB);
      clock.setToday(start);
      // a read on the start date shows it active, before any job has run
      asKdd()
          .get("/api/v1/agreements/{id}", id)
          .then()
          .statusCode(200)
          .header("ETag", "\"4\"")
          .body("status", equalTo("ACTIVE"))
          .body("activatedOn", equalTo(start.toString()));
      assertEquals(true, activation.activateIfDue(id), "the read wrote nothing; the job activates");
      assertEquals(false, activation.activateIfDue(id), "the job finds nothing left to do");
      asKdd().get("/api/v1/agreements/{id}", id).then().header("ETag", "\"4\"");
    } finally {
      scheduler.resume(JOB);
      clock.reset();
    }
    JsonNode activated = Events.data(Events.awaitOne(id, "AgreementActivated"));
    assertEquals(4, activated.path("version").asLong());
    concludeEarly(id, 4);
    Events.awaitOne(id, "AgreementConcluded");
    assertEquals(1, Events.all(id, "AgreementActivated").size());
  }

  @Test
  void aReadOfADueAgreementWritesNothingAndTheJobThenPublishesOneActivation() throws Exception {
    String m = freshMunicipality();
    LocalDate start = TODAY.plusDays(40);
    UUID id = register(draft(start, start.plusYears(2), m));
    signAll(id, m).then().body("status", equalTo("SIGNED"));
    Events.awaitVersion(id, "AgreementSigned", 3);
    try {
      scheduler.pause(JOB);
      clock.setToday(start);
      long outboxRows = count("select count(*) from outbox_event where record_key = ?", id);
      long versions = count("select count(*) from agreement_version where agreement_id = ?", id);

      asKdd()
          .get("/api/v1/agreements/{id}", id)
          .then()
          .statusCode(200)
          .header("ETag", "\"4\"")
          .body("status", equalTo("ACTIVE"))
          .body("version", equalTo(4))
          .body("activatedOn", equalTo(start.toString()));
      given()
          .get("/api/v1/public/agreements/{id}", id)
          .then()
          .statusCode(200)
          .body("status", equalTo("ACTIVE"));
      asKdd()
          .queryParam("status", "ACTIVE")
          .queryParam("municipality", m)
          .get("/api/v1/agreements")
          .then()
          .body("items.id", contains(id.toString()))
          .body("items[0].version", equalTo(4));
      asKdd()
          .queryParam("status", "SIGNED")
          .queryParam("municipality", m)
          .get("/api/v1/agreements")
          .then()
          .body("items", empty());

      assertEquals(outboxRows, count("select count(*) from outbox_event where record_key = ?", id));
      assertEquals(
          versions, count("select count(*) from agreement_version where agreement_id = ?", id));
      assertEquals(3, count("select version from agreement where id = ?", id), "no new version");
      assertEquals(0, Events.all(id, "AgreementActivated").size());

      assertTrue(activation.activateDue() >= 1, "the job activates it");
      assertEquals(false, activation.activateIfDue(id), "and finds nothing left to do");
      assertEquals(4, count("select version from agreement where id = ?", id));
    } finally {
      scheduler.resume(JOB);
      clock.reset();
    }
    JsonNode activated = Events.data(Events.awaitOne(id, "AgreementActivated"));
    assertEquals(4, activated.path("version").asLong());
    assertEquals("ACTIVE", activated.path("status").asText());
    concludeEarly(id, 4);
    Events.awaitOne(id, "AgreementConcluded");
    assertEquals(1, Events.all(id, "AgreementActivated").size());
  }

  @Test
  void theScheduledJobActivatesWhatIsDue() {
    String m = freshMunicipality();
    LocalDate start = TODAY.plusDays(20);
    UUID id = register(draft(start, start.plusYears(2), m));
    signAll(id, m);
    try {
      clock.setToday(start.plusDays(1));
      activation.activateDue(); // what the scheduled job runs; the job's own run may come first
      // no read has run since the clock moved, so only the job can have activated it
      assertEquals(false, activation.activateIfDue(id), "the job activated it");
    } finally {
      clock.reset();
    }
    asKdd()
        .get("/api/v1/agreements/{id}", id)
        .then()
        .body("status", equalTo("ACTIVE"))
        .body("activatedOn", equalTo(start.plusDays(1).toString()));
    Events.awaitOne(id, "AgreementActivated");
  }

  @Test
  void racingReadsAndJobsPublishAgreementActivatedOnce() throws Exception {
    String m = freshMunicipality();
    LocalDate start = TODAY.plusDays(30);
    UUID id = register(draft(start, start.plusYears(2), m));
    signAll(id, m);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      clock.setToday(start);
      List<Callable<Object>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(() -> asKdd().get("/api/v1/agreements/{id}", id).statusCode());
      }
      calls.add(() -> activation.activateDue());
      calls.add(() -> activation.activateIfDue(id));
      for (Future<Object> f : pool.invokeAll(calls)) {
        f.get();
      }
    } finally {
      clock.reset();
      pool.shutdownNow();
    }
    concludeEarly(id, 4);
    Events.awaitOne(id, "AgreementConcluded");
    assertEquals(1, Events.all(id, "AgreementActivated").size());
  }

  @Test
  void onlyAPrincipalPartySignsAndOnlyForItself() {
    String m = freshMunicipality();
    String stranger = freshMunicipality();
    UUID id = register(draft(TODAY.plusYears(5), TODAY.plusYears(8), m));

    as(DevTokens.municipality(stranger))
        .body(signature(stranger, "2023-01-01"))
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(403)
        .body("detail", equalTo(stranger + " is not a principal party of agreement " + id));
    as(DevTokens.municipality(stranger))
        .body(signature(m, "2023-01-01"))
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(403)
        .body("detail", containsString("signs for itself only"));
    asKdd()
        .body(signature(m, "2023-01-01"))
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(403)
        .body("detail", containsString("The ministry signs for KDD only"));
    as(DevTokens.reader())
        .body(signature("KDD", "2023-01-01"))
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(403);
    as(DevTokens.partner("942114184"))
        .body(signature("KDD", "2023-01-01"))
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(403);
    sign(UUID.randomUUID(), "KDD", "2023-01-01").then().statusCode(404);
    asKdd().get("/api/v1/agreements/{id}", id).then().header("ETag", "\"1\"");
  }

  @Test
  void eachPartySignsOnce() {
    String m = freshMunicipality();
    UUID id = register(draft(TODAY.plusYears(5), TODAY.plusYears(8), m));
    sign(id, m, "2023-03-01").then().statusCode(200);
    sign(id, m, "2023-03-01")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("each principal party signs once"));
  }

  @Test
  void thePoliticalDecisionIsNeitherInTheFutureNorAfterTheSigning() {
    String m = freshMunicipality();
    UUID id = register(draft(TODAY.plusYears(5), TODAY.plusYears(8), m));
    sign(id, m, TODAY.plusDays(1).toString())
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("politicalDecisionDate"))
        .body("errors[0].message", containsString("must not be in the future"));

    Map<String, Object> body = new HashMap<>(signature(m, "2023-06-01"));
    body.put("signedAt", "2023-05-31T10:00:00Z");
    as(DevTokens.municipality(m))
        .body(body)
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("must not be after the signing (2023-05-31)"));

    body.put("signedAt", TODAY.plusDays(2) + "T10:00:00Z");
    as(DevTokens.municipality(m))
        .body(body)
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("signedAt"));

    body.put("signedAt", "2023-06-01T10:00:00Z");
    as(DevTokens.municipality(m))
        .body(body)
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(200)
        .body("signatures[0].signedAt", equalTo("2023-06-01T10:00:00Z"));
  }

  @Test
  void aSignedAgreementIsNotSignedAgain() {
    String m = freshMunicipality();
    UUID id = register(draft(TODAY.plusYears(5), TODAY.plusYears(8), m));
    signAll(id, m);
    sign(id, "KDD", "2023-06-20").then().statusCode(409);
  }

  private static long count(String sql, UUID id) throws SQLException {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    try (Connection c = DriverManager.getConnection(url, LocalPostgres.USER, "");
        PreparedStatement q = c.prepareStatement(sql)) {
      q.setObject(1, sql.contains("record_key") ? id.toString() : id);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void concludeEarly(UUID id, int version) {
    asKdd()
        .body(Map.of("reason", "Avsluttet i test"))
        .post("/api/v1/agreements/{id}/conclusion", id)
        .then()
        .statusCode(200)
        .body("version", equalTo(version + 1));
  }
}
