package no.bygdevekst.agreement;

import static no.bygdevekst.agreement.support.Api.as;
import static no.bygdevekst.agreement.support.Api.asKdd;
import static no.bygdevekst.agreement.support.Api.draft;
import static no.bygdevekst.agreement.support.Api.freshMunicipality;
import static no.bygdevekst.agreement.support.Api.register;
import static no.bygdevekst.agreement.support.Api.signature;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.agreement.support.Api;
import no.bygdevekst.agreement.support.Events;
import no.bygdevekst.platform.testing.TokenContract;
import no.bygdevekst.platform.testing.issuer.TestIssuer;
import no.bygdevekst.platform.testing.issuer.TestIssuers;
import no.bygdevekst.platform.testing.issuer.TokenShapes;
import org.junit.jupiter.api.Test;

/**
 * A municipality is recognised by its organisation number: the agreement records it beside the
 * kommunenummer, and a municipality's own case system (a Maskinporten token with the municipality
 * write scope and the municipality as consumer) acts as that municipality, through the same checks
 * as a development token.
 */
@QuarkusTest
class OrganisationNumbersTest {
  static final String TANA = "5628";
  static final String TANA_ORG = "943505527";
  static final String BATSFJORD = "5632";
  static final String BATSFJORD_ORG = "938795592";
  static final String WRITE = "kdd:bygdevekst.municipality.write";
  static final TestIssuer MASKINPORTEN = TestIssuers.get().maskinporten();

  /**
   * Tana and Båtsfjord with their organisation numbers, for two years from {@code from}: years no
   * other agreement of theirs covers (the reference agreement ends in 2027).
   */
  static Map<String, Object> tanaAndBatsfjord(int from) {
    Map<String, Object> body =
        draft(LocalDate.of(from, 1, 1), LocalDate.of(from + 1, 12, 31), TANA, BATSFJORD);
    body.put(
        "principalParties",
        List.of(
            party(TANA, "Deatnu-Tana kommune", TANA_ORG),
            party(BATSFJORD, "Båtsfjord kommune", BATSFJORD_ORG),
            Api.party("KDD", "MINISTRY", "Kommunal- og distriktsdepartementet")));
    return body;
  }

  static Map<String, Object> party(String id, String name, String org) {
    return Map.of("partyId", id, "kind", "MUNICIPALITY", "name", name, "organisationNumber", org);
  }

  static String tanasSystem() {
    return MASKINPORTEN.sign(
        TokenShapes.supplier(MASKINPORTEN.maskinporten(WRITE, TANA_ORG), "986399445"));
  }

  @Test
  void theOrganisationNumberIsRecordedShownAndPublished() {
    UUID id = register(tanaAndBatsfjord(2040));
    asKdd()
        .get("/api/v1/agreements/{id}", id)
        .then()
        .statusCode(200)
        .body("principalParties[0].organisationNumber", equalTo(TANA_ORG))
        .body("principalParties[1].organisationNumber", equalTo(BATSFJORD_ORG))
        .body("principalParties[2].organisationNumber", nullValue());
    JsonNode registered = Events.data(Events.awaitOne(id, "AgreementRegistered"));
    assertEquals(
        TANA_ORG, registered.path("principalParties").get(0).path("organisationNumber").asText());
    assertTrue(
        registered.path("principalParties").get(2).has("organisationNumber"),
        "every field is present, null for the ministry");
    assertTrue(registered.path("principalParties").get(2).path("organisationNumber").isNull());
  }

  @Test
  void aWrongCheckDigitAnotherPartysNumberOrOneForTheMinistryIs400() {
    String m = freshMunicipality();
    Map<String, Object> body = draft(LocalDate.of(2050, 1, 1), LocalDate.of(2052, 1, 1), m);
    body.put(
        "principalParties",
        List.of(
            party(m, "Kommune " + m, "943505528"),
            Map.of(
                "partyId",
                "KDD",
                "kind",
                "MINISTRY",
                "name",
                "Kommunal- og distriktsdepartementet",
                "organisationNumber",
                "972417858")));
    asKdd()
        .body(body)
        .post("/api/v1/agreements")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("principalParties[0].organisationNumber"))
        .body("errors.field", hasItem("principalParties[1].organisationNumber"))
        .body("errors.message", hasItem(containsString("check digit")));
    body.put(
        "principalParties",
        List.of(
            party(m, "Kommune " + m, "12345"),
            Api.party("KDD", "MINISTRY", "Kommunal- og distriktsdepartementet")));
    asKdd()
        .body(body)
        .post("/api/v1/agreements")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("principalParties[0].organisationNumber"));
  }

  @Test
  void tanasOwnSystemSignsForTanaAndIsRefusedBatsfjordsSignatureAndAnotherAgreement() {
    UUID id = register(tanaAndBatsfjord(2042));
    String tana = tanasSystem();
    as(tana).get("/api/v1/agreements/{id}", id).then().statusCode(200);
    as(tana)
        .body(signature(BATSFJORD, "2039-06-01"))
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(403)
        .body("detail", equalTo("Municipality 5628 signs for itself only, not for 5632"));
    as(tana)
        .body(signature("KDD", "2039-06-01"))
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(403);
    as(tana)
        .body(signature(TANA, "2025-06-01"))
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(200)
        .body("signatures[0].partyId", equalTo(TANA))
        .body("signatures[0].recordedBy", equalTo("client-" + TANA_ORG));

    String other = freshMunicipality();
    UUID another = register(draft(LocalDate.of(2044, 1, 1), LocalDate.of(2046, 1, 1), other));
    as(tana)
        .body(signature(TANA, "2025-06-01"))
        .post("/api/v1/agreements/{id}/signatures", another)
        .then()
        .statusCode(403)
        .body("detail", containsString("5628 is not a principal party of agreement " + another));
    as(tana)
        .body(signature(other, "2025-06-01"))
        .post("/api/v1/agreements/{id}/signatures", another)
        .then()
        .statusCode(403);

    asKdd()
        .get("/api/v1/agreements/{id}/audit", id)
        .then()
        .statusCode(200)
        .body("items.find { it.action == 'agreement.signed' }.actor", equalTo("client-" + TANA_ORG))
        .body("items.find { it.action == 'agreement.signed' }.municipality", equalTo(TANA))
        .body("items.find { it.action == 'agreement.signed' }.organisation", equalTo(TANA_ORG))
        .body("items.find { it.action == 'agreement.signed' }.supplier", equalTo("986399445"))
        .body(
            "items.find { it.action == 'agreement.signed' }.issuer",
            equalTo(MASKINPORTEN.issuer()));
  }

  @Test
  void aMunicipalityWhoseNumberNoAgreementRecordsIsNotRecognised() {
    String m = freshMunicipality();
    UUID id = register(draft(LocalDate.of(2047, 1, 1), LocalDate.of(2049, 1, 1), m));
    String unknown = MASKINPORTEN.sign(MASKINPORTEN.maskinporten(WRITE, "962388108"));
    as(unknown)
        .body(signature(m, "2025-06-01"))
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(403)
        .body("detail", containsString("not known here as a municipality"));
    String readOnly =
        MASKINPORTEN.sign(MASKINPORTEN.maskinporten(TokenContract.READ_SCOPE, TANA_ORG));
    as(readOnly)
        .body(signature(TANA, "2025-06-01"))
        .post("/api/v1/agreements/{id}/signatures", id)
        .then()
        .statusCode(403);
  }
}
