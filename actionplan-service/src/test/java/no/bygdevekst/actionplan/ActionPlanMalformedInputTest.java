package no.bygdevekst.actionplan;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.platform.testing.malformed.MalformedInputContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every write of actionplan-service refuses malformed input, against a signed agreement with a
 * draft plan and a measure, so that the values reach the plan's own checks too.
 */
@QuarkusTest
class ActionPlanMalformedInputTest extends MalformedInputContract {
  AgreementFixture agreement;
  UUID plan;
  UUID measure;

  @BeforeEach
  void seed() {
    agreement = AgreementFixture.signed();
    plan = Api.startPlan(agreement, 2026);
    measure = Api.addCoordinatorMeasure(plan);
  }

  @Override
  protected Map<String, String> pathValues() {
    return Map.of(
        "agreementId", agreement.id.toString(),
        "/api/v1/action-plans/{id}", plan.toString(),
        "measureId", measure.toString());
  }
}
