package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import no.bygdevekst.platform.housekeeping.Housekeeping;
import no.bygdevekst.platform.housekeeping.RetentionConfig;
import no.bygdevekst.platform.probe.ProbeAudience;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

/** The feed's pages, filters, refusals, long poll, scopes and public view. */
@QuarkusTest
class EventFeedTest {
  @Inject EntityManager em;
  @Inject RetentionConfig retention;

  private static long head() {
    return Db.count("select last_sequence from outbox_feed_head");
  }

  private static long emitPublished(UUID agreement, int count) {
    OutboxTest.emit(agreement, count, false, 202);
    OutboxTest.awaitPublished(agreement, count, Duration.ofSeconds(30));
    return head();
  }

  private static Response read(String token, String query) {
    return given().auth().oauth2(token).when().get("/api/v1/events?" + query);
  }

  @Test
  void pagesFollowOneAnotherAcrossTheirBoundaryWithFilters() {
    UUID agreement = UUID.randomUUID();
    long before = head();
    emitPublished(agreement, 5);
    String filter = "subject=" + agreement + "&size=2&after=";

    JsonPath first =
        read(DevTokens.reader(), filter + before).then().statusCode(200).extract().jsonPath();
    assertEquals(2, first.getList("events").size());
    assertTrue(first.getBoolean("more"));
    assertEquals(first.getLong("events[1].sequence"), first.getLong("next"));
    assertEquals(List.of(0, 1), first.getList("events.data.value"));
    JsonPath second =
        read(DevTokens.reader(), filter + first.getLong("next"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(2, 3), second.getList("events.data.value"));
    assertTrue(second.getLong("events[0].sequence") > first.getLong("events[1].sequence"));
    JsonPath third =
        read(DevTokens.reader(), filter + second.getLong("next"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(4), third.getList("events.data.value"));
    assertFalse(third.getBoolean("more"));
    assertEquals(
        head(), third.getLong("next"), "a page that is not full moves the pointer to the head");

    read(DevTokens.reader(), "type=ProbeHappened&subject=" + agreement + "&after=" + before)
        .then()
        .statusCode(200)
        .body("events", hasSize(5))
        .body("events[0].type", equalTo("no.bygdevekst.probe.ProbeHappened"))
        .body("events[0].source", equalTo("/bygdevekst/probe-service"))
        .body("events[0].subject", equalTo(agreement.toString()))
        .body("events[0].specversion", equalTo("1.0"));
    read(DevTokens.reader(), "type=NothingHappened&subject=" + agreement + "&after=" + before)
        .then()
        .statusCode(200)
        .body("events", hasSize(0))
        .body("more", equalTo(false));
  }

  @Test
  void oneEventByItsId() {
    UUID agreement = UUID.randomUUID();
    long before = head();
    emitPublished(agreement, 1);
    String id =
        read(DevTokens.reader(), "subject=" + agreement + "&after=" + before)
            .then()
            .extract()
            .path("events[0].id");
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .get("/api/v1/events/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("subject", equalTo(agreement.toString()));
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .get("/api/v1/events/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(DevTokens.municipality("5628"))
        .get("/api/v1/events/" + id)
        .then()
        .statusCode(404);
  }

  @Test
  void badPointersSizesAndWaitsAreClearProblems() {
    for (String query :
        List.of(
            "after=-1", "after=abc", "size=0", "size=1001", "wait=31", "wait=-1", "subject=x")) {
      read(DevTokens.reader(), query)
          .then()
          .log()
          .ifValidationFails()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", containsString(query.substring(0, query.indexOf('='))));
    }
    given()
        .auth()
        .oauth2(DevTokens.reader())
        .queryParam("type", " ")
        .get("/api/v1/events")
        .then()
        .statusCode(400)
        .body("detail", containsString("type"));
    long ahead = head() + 1000;
    read(DevTokens.reader(), "after=" + ahead)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/unknown-sequence"))
        .body("lastSequence", equalTo((int) head()));
    given().get("/api/v1/events").then().statusCode(401);
  }

  @Test
  void aPointerOlderThanTheRetentionIsGoneNamingTheOldestServed() {
    UUID agreement = UUID.randomUUID();
    emitPublished(UUID.randomUUID(), 2);
    // Everything published so far is past its retention a century from now (ClockTest writes events
    // years ahead).
    new Housekeeping(
            em, retention, Clock.fixed(Instant.now().plus(Duration.ofDays(36_500)), ZoneOffset.UTC))
        .run();
    emitPublished(agreement, 2);
    long oldest = Db.count("select min(feed_sequence) from outbox_event");
    assertTrue(oldest > 1, "events before were removed");
    read(DevTokens.reader(), "after=0")
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/feed-expired"))
        .body("oldestSequence", equalTo((int) oldest))
        .body("detail", containsString("oldest it serves is " + oldest));
    read(DevTokens.reader(), "after=" + (oldest - 1) + "&subject=" + agreement)
        .then()
        .statusCode(200)
        .body("events", hasSize(2));
  }

  @Test
  void aLongPollAnswersWhenAnEventIsPublishedAndAnEmptyPageWhenItsWaitIsOver() throws Exception {
    UUID agreement = UUID.randomUUID();
    long before = head();
    CompletableFuture<JsonPath> waiting =
        CompletableFuture.supplyAsync(
            () ->
                read(DevTokens.reader(), "wait=25&subject=" + agreement + "&after=" + before)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath());
    Thread.sleep(1000);
    assertFalse(waiting.isDone(), "holds the empty page");
    OutboxTest.emit(agreement, 1, false, 202);
    JsonPath page = waiting.get(20, TimeUnit.SECONDS);
    assertEquals(1, page.getList("events").size(), "answered with the event, not after the wait");

    long now = head();
    read(DevTokens.reader(), "wait=1&subject=" + UUID.randomUUID() + "&after=" + now)
        .then()
        .statusCode(200)
        .body("events", hasSize(0))
        .body("more", equalTo(false));
  }

  @Test
  void aMunicipalitySeesOnlyTheEventsOfItsOwnAgreements() {
    long before = head();
    UUID other = UUID.randomUUID();
    emitPublished(other, 1);
    emitPublished(ProbeAudience.OF_5628, 1);
    emitPublished(ProbeAudience.OF_PARTNER, 1);
    List<String> subjects =
        read(DevTokens.municipality("5628"), "after=" + before)
            .then()
            .statusCode(200)
            .extract()
            .path("events.subject");
    assertEquals(List.of(ProbeAudience.OF_5628.toString()), subjects);
    List<String> partner =
        read(DevTokens.partner("974760673"), "after=" + before)
            .then()
            .statusCode(200)
            .extract()
            .path("events.subject");
    assertEquals(List.of(ProbeAudience.OF_PARTNER.toString()), partner);
    read(DevTokens.municipality("5630"), "after=" + before)
        .then()
        .statusCode(200)
        .body("events", hasSize(0))
        .body("next", equalTo((int) head()));
    read(DevTokens.municipality("5628"), "subject=" + other + "&after=" + before)
        .then()
        .statusCode(200)
        .body("events", hasSize(0));
  }

  @Test
  void thePublicFeedShowsOnlyPublicEventsWithoutTheirHiddenFieldsAndIsCacheable() {
    UUID agreement = UUID.randomUUID();
    long before = head();
    emitPublished(agreement, 3); // values 0, 1, 2: only 0 is public
    String query = "/api/v1/public/events?subject=" + agreement + "&after=" + before;
    Response answer = given().when().get(query);
    answer
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("public"))
        .body("events", hasSize(1))
        .body("events[0].data.value", equalTo(0))
        .body(
            "events[0].data",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("agreementId")));
    String etag = answer.getHeader("ETag");
    given().header("If-None-Match", etag).when().get(query).then().statusCode(304);
  }
}
