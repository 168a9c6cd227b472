package no.bygdevekst.agreement;

import static no.bygdevekst.agreement.support.Api.asKdd;
import static no.bygdevekst.agreement.support.Api.sign;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import no.bygdevekst.agreement.support.Events;
import org.junit.jupiter.api.Test;

/** The Vestre Varanger agreement in deploy/reference-data is registered and signed as it is. */
@QuarkusTest
class ReferenceDataTest {
  private static final Path FILE =
      Path.of("../deploy/reference-data/vestre-varanger-agreement.json");

  @Test
  void theVestreVarangerAgreementIsRegisteredSignedAndActive() throws IOException {
    String json = Files.readString(FILE);
    String id =
        asKdd()
            .body(json)
            .post("/api/v1/agreements")
            .then()
            .statusCode(201)
            .body("pilotArea", equalTo("Vestre Varanger"))
            .body("principalParties.partyId", contains("5636", "5628", "5630", "5632", "KDD"))
            .body(
                "principalParties.organisationNumber",
                contains("839953062", "943505527", "962388108", "938795592", null))
            .body("partners", hasSize(4))
            .body("subGoals.number", contains(1, 2, 3, 4, 5, 6))
            .body("subGoals[0].coordinator", equalTo("942114184"))
            .body("subGoals[1].relatedSubGoals", contains(1, 4, 5))
            .body("subGoals[3].relatedSubGoals", contains(2, 5))
            .body("subGoals[4].relatedSubGoals", contains(2, 4))
            .body("subGoals[5].partners", contains("830090282"))
            .extract()
            .path("id");
    UUID agreementId = UUID.fromString(id);

    sign(agreementId, "5636", "2023-12-14").then().statusCode(200);
    sign(agreementId, "5628", "2023-12-12").then().statusCode(200);
    sign(agreementId, "5630", "2023-12-07").then().statusCode(200);
    sign(agreementId, "5632", "2023-12-13").then().statusCode(200);
    sign(agreementId, "KDD", "2023-12-19")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"))
        .body("awaitingSignatureFrom", empty())
        .body("signatures", hasSize(5));

    JsonNode activated = Events.data(Events.awaitOne(agreementId, "AgreementActivated"));
    assertEquals("ACTIVE", activated.path("status").asText());
    assertEquals(7, activated.path("version").asLong());
    assertEquals(6, activated.path("subGoals").size());
    assertEquals("2027-12-30", activated.path("period").path("to").asText());
  }
}
