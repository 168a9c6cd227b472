package no.bygdevekst.agreement;

import static io.restassured.RestAssured.given;
import static no.bygdevekst.agreement.support.Api.draft;
import static no.bygdevekst.agreement.support.Api.freshMunicipality;
import static no.bygdevekst.agreement.support.Api.register;
import static no.bygdevekst.agreement.support.Api.signAll;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

/** Who sees which of the agreement service's events in its feed. */
@QuarkusTest
class AgreementEventFeedTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  private static JsonPath page(RequestSpecification as, String path, String query) {
    return as.get(path + "?after=0&" + query).then().statusCode(200).extract().jsonPath();
  }

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token);
  }

  @Test
  void aDraftIsNeverPublicAndAMunicipalitySeesOnlyItsOwnAgreements() {
    String m = freshMunicipality();
    String other = freshMunicipality();
    UUID draft = register(draft(TODAY.plusYears(3), TODAY.plusYears(5), m));
    UUID signed = register(draft(TODAY.minusYears(1), TODAY.plusYears(2).minusDays(1), m));
    signAll(signed, m);
    UUID others = register(draft(TODAY.plusYears(3), TODAY.plusYears(5), other));

    // Registered, one signature while still a draft, the last signature (SIGNED), and so on.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                page(as(DevTokens.reader()), "/api/v1/events", "subject=" + signed)
                    .getList("events.data.status")
                    .contains("SIGNED"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                page(as(DevTokens.reader()), "/api/v1/events", "subject=" + others)
                        .getList("events")
                        .size()
                    == 1);
    JsonPath all = page(as(DevTokens.reader()), "/api/v1/events", "subject=" + signed);
    List<String> statuses = all.getList("events.data.status");
    assertEquals("DRAFT", statuses.get(0), "the reader sees the draft's registration too");

    JsonPath open = page(given(), "/api/v1/public/events", "subject=" + signed);
    List<String> publicStatuses = open.getList("events.data.status");
    assertFalse(publicStatuses.isEmpty());
    assertTrue(
        Set.of("SIGNED", "ACTIVE", "CONCLUDED").containsAll(publicStatuses),
        "public: " + publicStatuses);
    assertEquals(
        statuses.stream().filter(s -> !s.equals("DRAFT")).count(),
        publicStatuses.size(),
        "every event once it is signed");
    List<Map<String, Object>> data = open.getList("events.data");
    assertTrue(data.stream().noneMatch(d -> d.containsKey("changedBy")), "without changedBy");
    assertEquals(
        0, page(given(), "/api/v1/public/events", "subject=" + draft).getList("events").size());
    assertEquals(
        0,
        page(given(), "/api/v1/public/events", "type=AgreementRegistered&subject=" + signed)
            .getList("events")
            .size());

    List<String> mine =
        page(as(DevTokens.municipality(m)), "/api/v1/events", "").getList("events.subject");
    assertEquals(Set.of(draft.toString(), signed.toString()), Set.copyOf(mine));
    List<String> theirs =
        page(as(DevTokens.municipality(other)), "/api/v1/events", "").getList("events.subject");
    assertEquals(Set.of(others.toString()), Set.copyOf(theirs));
    assertEquals(
        0,
        page(as(DevTokens.municipality(other)), "/api/v1/events", "subject=" + signed)
            .getList("events")
            .size(),
        "another municipality's agreement, asked for by name: nothing");
    String id = all.getString("events[0].id");
    as(DevTokens.municipality(other)).get("/api/v1/events/" + id).then().statusCode(404);
    as(DevTokens.municipality(m)).get("/api/v1/events/" + id).then().statusCode(200);
  }

  @Test
  void aPartnerSeesTheAgreementsItIsACooperationPartnerOf() {
    String m = freshMunicipality();
    Map<String, Object> body = draft(TODAY.plusYears(3), TODAY.plusYears(5), m);
    @SuppressWarnings("unchecked")
    String partner =
        (String)
            ((List<Map<String, Object>>) body.get("partners")).get(0).get("organisationNumber");
    UUID agreement = register(body);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                page(as(DevTokens.partner(partner)), "/api/v1/events", "subject=" + agreement)
                        .getList("events")
                        .size()
                    == 1);
    as(DevTokens.partner("974760673"))
        .get("/api/v1/events?after=0&subject=" + agreement)
        .then()
        .statusCode(200)
        .body("events.size()", org.hamcrest.Matchers.equalTo(0));
  }
}
