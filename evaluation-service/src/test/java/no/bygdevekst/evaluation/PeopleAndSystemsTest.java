package no.bygdevekst.evaluation;

import static no.bygdevekst.evaluation.support.Fixtures.TANA;
import static no.bygdevekst.evaluation.support.Fixtures.TANA_ORGANISATION;
import static no.bygdevekst.evaluation.support.Fixtures.as;
import static no.bygdevekst.evaluation.support.Fixtures.json;
import static no.bygdevekst.evaluation.support.Fixtures.unitIndicator;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import no.bygdevekst.evaluation.support.Fixtures;
import no.bygdevekst.platform.testing.TestRepresentatives;
import no.bygdevekst.platform.testing.issuer.TestIssuer;
import no.bygdevekst.platform.testing.issuer.TestIssuers;
import org.junit.jupiter.api.Test;

/**
 * evaluation-service authorises people from its own copy of the register of representatives and a
 * municipality's system by the organisation number its agreement read model holds, with tokens
 * verified against the test issuers' JWKS.
 */
@QuarkusTest
class PeopleAndSystemsTest {
  private static final String INDICATORS = "/api/v1/agreements/{id}/indicators";

  private static TestIssuer idporten() {
    return TestIssuers.get().idporten();
  }

  @Test
  void tanasRepresentativeDefinesIndicatorsOfTanasAgreementWhileRegistered() {
    UUID agreement = Fixtures.activeAgreement();
    UUID other = Fixtures.activeAgreement();
    String subject = "tana-evaluator-" + UUID.randomUUID();
    String person = idporten().sign(idporten().person(subject, null));
    as(person).get(INDICATORS, agreement).then().statusCode(403);

    var registration =
        new TestRepresentatives.Registration(
            agreement, idporten().issuer(), subject, TANA, "municipality");
    registration.register();
    await()
        .atMost(Fixtures.WAIT)
        .untilAsserted(() -> as(person).get(INDICATORS, agreement).then().statusCode(200));
    as(person)
        .body(json(unitIndicator(1, "Nye boliger", true, "10", "12")))
        .post(INDICATORS, agreement)
        .then()
        .statusCode(201);
    as(person)
        .body(json(unitIndicator(1, "Nye boliger", true, "10", "12")))
        .post(INDICATORS, other)
        .then()
        .statusCode(403);

    registration.end();
    await()
        .atMost(Fixtures.WAIT)
        .untilAsserted(() -> as(person).get(INDICATORS, agreement).then().statusCode(403));
    as(person)
        .body(json(unitIndicator(1, "Nye boliger", true, "10", "12")))
        .post(INDICATORS, agreement)
        .then()
        .statusCode(403);
  }

  @Test
  void tanasSystemIsKnownByItsOrganisationNumber() {
    UUID agreement = Fixtures.activeAgreement();
    TestIssuer mp = TestIssuers.get().maskinporten();
    as(mp.sign(mp.maskinporten("kdd:bygdevekst.municipality.write", TANA_ORGANISATION)))
        .body(json(unitIndicator(2, "Planer", true, "1", "2")))
        .post(INDICATORS, agreement)
        .then()
        .statusCode(201);
    as(mp.sign(mp.maskinporten("kdd:bygdevekst.municipality.write", "938795592")))
        .body(json(unitIndicator(2, "Planer", true, "1", "2")))
        .post(INDICATORS, agreement)
        .then()
        .statusCode(403);
  }
}
