package no.bygdevekst.agreement;

import static no.bygdevekst.agreement.support.Api.FYLKESKOMMUNEN;
import static no.bygdevekst.agreement.support.Api.HUSBANKEN;
import static no.bygdevekst.agreement.support.Api.INNOVASJON_NORGE;
import static no.bygdevekst.agreement.support.Api.as;
import static no.bygdevekst.agreement.support.Api.asKdd;
import static no.bygdevekst.agreement.support.Api.draft;
import static no.bygdevekst.agreement.support.Api.freshMunicipality;
import static no.bygdevekst.agreement.support.Api.register;
import static no.bygdevekst.agreement.support.Api.signAll;
import static no.bygdevekst.agreement.support.Api.subGoal;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.agreement.support.Events;
import no.bygdevekst.platform.testing.DevTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AmendmentAndConclusionTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

  /** An active agreement (signed, started a month ago) at version 4. */
  private static UUID activeAgreement(String m) {
    UUID id = register(draft(TODAY.minusMonths(1), TODAY.plusYears(2), m));
    signAll(id, m).then().body("status", equalTo("ACTIVE")).header("ETag", "\"4\"");
    return id;
  }

  private static Map<String, Object> newSubGoalAndPartner() {
    return Map.of(
        "reason", "Nytt delmål etter politisk dialogmøte",
        "partners",
            List.of(
                Map.of("organisationNumber", HUSBANKEN, "name", "Husbanken"),
                Map.of("organisationNumber", INNOVASJON_NORGE, "name", "Innovasjon Norge"),
                Map.of("organisationNumber", FYLKESKOMMUNEN, "name", "Finnmark fylkeskommune")),
        "subGoals",
            List.of(
                subGoal(1, "Øke boligbygging", List.of(HUSBANKEN), HUSBANKEN, List.of(2)),
                subGoal(2, "Styrke næringsutvikling", List.of(INNOVASJON_NORGE), null, List.of()),
                subGoal(3, "Rekruttering", List.of(FYLKESKOMMUNEN), FYLKESKOMMUNEN, List.of())));
  }

  @Test
  void anActiveAgreementIsAmendedWithAReasonAsANewVersion() {
    String m = freshMunicipality();
    UUID id = activeAgreement(m);
    asKdd()
        .header("If-Match", "\"4\"")
        .body(newSubGoalAndPartner())
        .post("/api/v1/agreements/{id}/amendments", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"5\"")
        .body("status", equalTo("ACTIVE"))
        .body("subGoals", hasSize(3))
        .body("signatures", hasSize(2))
        .body("commitments", hasSize(2));

    JsonNode amended = Events.data(Events.awaitOne(id, "AgreementAmended"));
    assertEquals(5, amended.path("version").asLong());
    assertEquals("Nytt delmål etter politisk dialogmøte", amended.path("reason").asText());
    assertEquals(3, amended.path("subGoals").size());
    assertEquals("ACTIVE", amended.path("status").asText());

    as(DevTokens.reader())
        .get("/api/v1/agreements/{id}/versions", id)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(5))
        .body("items.change", contains("REGISTERED", "SIGNED", "SIGNED", "ACTIVATED", "AMENDED"))
        .body("items[4].reason", equalTo("Nytt delmål etter politisk dialogmøte"))
        .body("items[4].changedBy", equalTo("kdd-saksbehandler"))
        .body("items[4].changedFields", contains("partners", "subGoals"))
        .body("items[3].changedFields", contains("status", "activatedOn"))
        .body("items[3].changedBy", equalTo("system"));
    asKdd()
        .get("/api/v1/agreements/{id}/versions/{v}", id, 1)
        .then()
        .statusCode(200)
        .body("change", equalTo("REGISTERED"))
        .body("agreement.status", equalTo("DRAFT"))
        .body("agreement.subGoals", hasSize(2));
    asKdd().get("/api/v1/agreements/{id}/versions/{v}", id, 9).then().statusCode(404);
    asKdd().get("/api/v1/agreements/{id}/versions", UUID.randomUUID()).then().statusCode(404);

    asKdd()
        .get("/api/v1/agreements/{id}/audit", id)
        .then()
        .statusCode(200)
        .body(
            "items.action",
            contains(
                "agreement.registered",
                "agreement.signed",
                "agreement.signed",
                "agreement.activated",
                "agreement.amended"))
        .body(
            "items.actor",
            contains(
                "kdd-saksbehandler",
                "kommune-" + m,
                "kdd-saksbehandler",
                "system",
                "kdd-saksbehandler"))
        .body("items[4].details.reason", equalTo("Nytt delmål etter politisk dialogmøte"));
    asKdd().get("/api/v1/agreements/{id}/audit", UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void anAmendmentNeedsAReasonAndTheCurrentETag() {
    UUID id = activeAgreement(freshMunicipality());
    Map<String, Object> withoutReason = new java.util.HashMap<>(newSubGoalAndPartner());
    withoutReason.remove("reason");
    asKdd()
        .header("If-Match", "\"4\"")
        .body(withoutReason)
        .post("/api/v1/agreements/{id}/amendments", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    asKdd()
        .body(newSubGoalAndPartner())
        .post("/api/v1/agreements/{id}/amendments", id)
        .then()
        .statusCode(428);
    asKdd()
        .header("If-Match", "\"3\"")
        .body(newSubGoalAndPartner())
        .post("/api/v1/agreements/{id}/amendments", id)
        .then()
        .statusCode(412);
    asKdd()
        .header("If-Match", "\"4\"")
        .body(Map.of("reason", "Ingenting"))
        .post("/api/v1/agreements/{id}/amendments", id)
        .then()
        .statusCode(400)
        .body("detail", containsString("changes nothing"));
    asKdd()
        .header("If-Match", "\"4\"")
        .body(
            Map.of(
                "reason",
                "Feil",
                "subGoals",
                List.of(subGoal(1, "X", List.of("974764687"), null, List.of()))))
        .post("/api/v1/agreements/{id}/amendments", id)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("subGoals[0].partners[0]"));
    as(DevTokens.municipality("5628"))
        .header("If-Match", "\"4\"")
        .body(newSubGoalAndPartner())
        .post("/api/v1/agreements/{id}/amendments", id)
        .then()
        .statusCode(403);
    asKdd().get("/api/v1/agreements/{id}", id).then().header("ETag", "\"4\"");
  }

  @Test
  void aDraftIsReplacedNotAmended() {
    UUID id = register(draft(TODAY.plusYears(6), TODAY.plusYears(9), freshMunicipality()));
    asKdd()
        .header("If-Match", "\"1\"")
        .body(newSubGoalAndPartner())
        .post("/api/v1/agreements/{id}/amendments", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("replace a draft with PUT"));
  }

  @Test
  void anAmendedPeriodKeepsTheOverlapRule() {
    String m = freshMunicipality();
    UUID id = activeAgreement(m);
    UUID next = register(draft(TODAY.plusYears(3), TODAY.plusYears(6), m));
    asKdd()
        .header("If-Match", "\"4\"")
        .body(
            Map.of(
                "reason",
                "Forlenget",
                "period",
                Map.of(
                    "from", TODAY.minusMonths(1).toString(), "to", TODAY.plusYears(4).toString())))
        .post("/api/v1/agreements/{id}/amendments", id)
        .then()
        .statusCode(409)
        .body("conflictingAgreementId", equalTo(next.toString()));
    asKdd()
        .header("If-Match", "\"4\"")
        .body(
            Map.of(
                "reason",
                "Utsatt start",
                "period",
                Map.of("from", TODAY.plusDays(5).toString(), "to", TODAY.plusYears(2).toString())))
        .post("/api/v1/agreements/{id}/amendments", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("start date cannot move after today"));
  }

  @Test
  void concludingBeforeTheEndNeedsAReason() {
    String m = freshMunicipality();
    UUID id = activeAgreement(m);
    asKdd()
        .post("/api/v1/agreements/{id}/conclusion", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"))
        .body("errors[0].message", containsString(TODAY.plusYears(2).toString()));
    asKdd()
        .body(Map.of("concludedOn", TODAY.plusDays(1).toString(), "reason", "Framtid"))
        .post("/api/v1/agreements/{id}/conclusion", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("concludedOn"));
    // a number is no date: 12345 once concluded the agreement on 2003-10-20
    asKdd()
        .body(Map.of("concludedOn", 12345, "reason", "Tall"))
        .post("/api/v1/agreements/{id}/conclusion", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("concludedOn"));
    asKdd()
        .header("If-Match", "\"4\"")
        .body(
            Map.of(
                "reason",
                "Lang periode",
                "period",
                Map.of("from", TODAY.minusMonths(1).toString(), "to", "+999999999-12-31")))
        .post("/api/v1/agreements/{id}/amendments", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period.to"));
    as(DevTokens.municipality(m))
        .body(Map.of("reason", "Vi trekker oss"))
        .post("/api/v1/agreements/{id}/conclusion", id)
        .then()
        .statusCode(403);

    asKdd()
        .body(Map.of("reason", "Kommunesammenslåing"))
        .post("/api/v1/agreements/{id}/conclusion", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"5\"")
        .body("status", equalTo("CONCLUDED"))
        .body("concludedOn", equalTo(TODAY.toString()))
        .body("conclusionReason", equalTo("Kommunesammenslåing"));
    JsonNode concluded = Events.data(Events.awaitOne(id, "AgreementConcluded"));
    assertEquals("Kommunesammenslåing", concluded.path("reason").asText());
    assertEquals(TODAY.toString(), concluded.path("concludedOn").asText());
    assertEquals("CONCLUDED", concluded.path("status").asText());
    assertEquals(5, concluded.path("version").asLong());

    asKdd()
        .body(Map.of("reason", "Igjen"))
        .post("/api/v1/agreements/{id}/conclusion", id)
        .then()
        .statusCode(409);
    // a concluded agreement no longer holds its municipality
    register(draft(TODAY.minusMonths(1), TODAY.plusYears(1), m));
  }

  @Test
  void anAgreementWhosePeriodHasEndedIsConcludedWithoutAReason() {
    String m = freshMunicipality();
    UUID id = register(draft(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), m));
    signAll(id, m).then().body("status", equalTo("ACTIVE"));
    asKdd()
        .body(Map.of("concludedOn", "2021-12-31"))
        .post("/api/v1/agreements/{id}/conclusion", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("CONCLUDED"))
        .body("concludedOn", equalTo("2021-12-31"));
    JsonNode concluded = Events.data(Events.awaitOne(id, "AgreementConcluded"));
    assertTrue(concluded.has("reason") && concluded.path("reason").isNull(), "reason is null");
  }

  @Test
  void aDraftIsNotConcluded() {
    UUID id = register(draft(TODAY.plusYears(6), TODAY.plusYears(9), freshMunicipality()));
    asKdd()
        .body(Map.of("reason", "Trukket"))
        .post("/api/v1/agreements/{id}/conclusion", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("is DRAFT"));
  }
}
