package no.bygdevekst.funding;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.funding.Fixtures.Measure;
import no.bygdevekst.funding.Fixtures.SubGoal;
import no.bygdevekst.platform.inbox.EventInbox;
import no.bygdevekst.platform.testing.malformed.MalformedInputContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every write of funding-service refuses malformed input, against a grant awarded on an approved
 * plan, so that the values reach the ledger's own checks too.
 */
@QuarkusTest
class FundingMalformedInputTest extends MalformedInputContract {
  static final int YEAR = 2026;

  @Inject EventInbox inbox;

  UUID agreement;
  UUID appropriation;
  UUID grant;

  @BeforeEach
  void seed() {
    agreement = Fixtures.agreement(inbox);
    Fixtures.approvePlan(
        inbox,
        agreement,
        YEAR,
        List.of(new SubGoal(1, 300_000_00L, 50_000_00L)),
        List.of(Measure.of(1, "Felles boligkoordinator", 300_000_00L, 50_000_00L)));
    appropriation = Fixtures.appropriation(YEAR, 5_000_000_00L);
    grant = Fixtures.grant(agreement, YEAR, appropriation, 300_000_00L);
  }

  @Override
  protected Map<String, String> pathValues() {
    return Map.of(
        "agreementId", agreement.toString(),
        "grantId", grant.toString(),
        "/api/v1/grants/{id}", grant.toString(),
        "/api/v1/appropriations/{id}", appropriation.toString());
  }
}
