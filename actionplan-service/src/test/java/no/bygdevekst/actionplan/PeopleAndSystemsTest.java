package no.bygdevekst.actionplan;

import static no.bygdevekst.actionplan.AgreementFixture.BATSFJORD;
import static no.bygdevekst.actionplan.AgreementFixture.FYLKESKOMMUNE;
import static no.bygdevekst.actionplan.AgreementFixture.HUSBANKEN;
import static no.bygdevekst.actionplan.AgreementFixture.STATSFORVALTER;
import static no.bygdevekst.actionplan.AgreementFixture.TANA;
import static no.bygdevekst.actionplan.Api.as;
import static no.bygdevekst.actionplan.Api.measure;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.platform.testing.TokenContract;
import no.bygdevekst.platform.testing.issuer.TestIssuer;
import no.bygdevekst.platform.testing.issuer.TestIssuers;
import org.junit.jupiter.api.Test;

/**
 * People and municipalities' own systems with the tokens they really hold, verified against the
 * test issuers' JWKS: a person acts for the party the register of representatives (as this service
 * learnt it from agreement-service's events) names, in that agreement only, while the registration
 * holds; a municipality's system acts for the municipality its organisation number is recorded
 * with.
 */
@QuarkusTest
class PeopleAndSystemsTest {
  private static final String PLANS = "/api/v1/agreements/{a}/action-plans";
  private static final String CONSENTS = "/api/v1/action-plans/{id}/consents";
  private static final String MUNICIPALITY_WRITE = "kdd:bygdevekst.municipality.write";

  private static TestIssuer idporten() {
    return TestIssuers.get().idporten();
  }

  private static TestIssuer maskinporten() {
    return TestIssuers.get().maskinporten();
  }

  private static String person(String subject) {
    return idporten().sign(idporten().person(subject, null));
  }

  private static String system(String scope, String organisation) {
    return maskinporten().sign(maskinporten().maskinporten(scope, organisation));
  }

  @Test
  void tanasRepresentativeStartsTanasPlanUntilTheRegistrationEnds() {
    AgreementFixture agreement = AgreementFixture.signed();
    String subject = "tana-leader-" + UUID.randomUUID();
    String token = person(subject);
    as(token).body(Map.of("year", 2025)).post(PLANS, agreement.id).then().statusCode(403);

    RegisterFixture registration =
        RegisterFixture.registered(agreement, idporten().issuer(), subject, TANA, "municipality");
    as(token)
        .body(Map.of("year", 2025))
        .post(PLANS, agreement.id)
        .then()
        .statusCode(201)
        .body("agreementId", equalTo(agreement.id.toString()));

    // The same person in another agreement is nobody.
    AgreementFixture other = AgreementFixture.signed();
    as(token).body(Map.of("year", 2025)).post(PLANS, other.id).then().statusCode(403);

    registration.end();
    as(token)
        .body(Map.of("year", 2026))
        .post(PLANS, agreement.id)
        .then()
        .statusCode(403)
        .body("type", equalTo("/problems/forbidden"));
  }

  @Test
  void aPartnersPersonConsentsOnlyUnderTheSubGoalsItsOrganisationIsNamedUnder() {
    AgreementFixture agreement = AgreementFixture.signed();
    UUID plan = Api.startPlan(agreement, 2025);
    Api.addMeasure(plan, measure(1, "Boliger", TANA, List.of(), 0L, 0L, List.of()));
    Api.addMeasure(plan, measure(2, "Kompetanse", TANA, List.of(), 0L, 0L, List.of()));
    String subject = "husbanken-contact-" + UUID.randomUUID();
    RegisterFixture.registered(agreement, idporten().issuer(), subject, HUSBANKEN, "partner");
    String token = person(subject);

    as(token)
        .body(Map.of("subGoalNumbers", List.of(2), "decision", "CONSENT"))
        .post(CONSENTS, plan)
        .then()
        .statusCode(403)
        .body("detail", containsString("not named as a partner under sub-goal 2"));
    as(token)
        .body(Map.of("subGoalNumbers", List.of(1), "decision", "CONSENT"))
        .post(CONSENTS, plan)
        .then()
        .statusCode(200);
    // Sub-goal 2's partners are the county and the state administrator: the person is neither.
    as(person("stranger-" + UUID.randomUUID()))
        .body(Map.of("subGoalNumbers", List.of(2), "decision", "CONSENT"))
        .post(CONSENTS, plan)
        .then()
        .statusCode(403);
    Api.consent(plan, STATSFORVALTER, 2).statusCode(200);
    Api.consent(plan, FYLKESKOMMUNE, 2).statusCode(200);
  }

  @Test
  void tanasSystemWritesTanasPlanAndIsRefusedBatsfjordsAndAnotherAgreements() {
    AgreementFixture agreement = AgreementFixture.signed();
    String tana = system(MUNICIPALITY_WRITE, TokenContract.TANA_ORGANISATION);
    as(tana).body(Map.of("year", 2025)).post(PLANS, agreement.id).then().statusCode(201);

    // An agreement of Båtsfjord alone: Tana is no party of it.
    AgreementFixture batsfjords = AgreementFixture.registered();
    batsfjords.municipalities.clear();
    batsfjords.municipalities.add(BATSFJORD);
    batsfjords.amend().sign();
    as(tana)
        .body(Map.of("year", 2025))
        .post(PLANS, batsfjords.id)
        .then()
        .statusCode(403)
        .body("detail", containsString("5628"));
    // Båtsfjord's own system may.
    as(system(MUNICIPALITY_WRITE, AgreementFixture.ORGANISATION_NUMBERS.get(BATSFJORD)))
        .body(Map.of("year", 2025))
        .post(PLANS, batsfjords.id)
        .then()
        .statusCode(201);
    // A read scope with Tana's number reads and writes nothing.
    String reader = system(TokenContract.READ_SCOPE, TokenContract.TANA_ORGANISATION);
    as(reader).get(PLANS, agreement.id).then().statusCode(200);
    as(reader).body(Map.of("year", 2026)).post(PLANS, agreement.id).then().statusCode(403);
  }
}
