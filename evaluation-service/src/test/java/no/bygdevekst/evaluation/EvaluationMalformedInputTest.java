package no.bygdevekst.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.evaluation.support.Fixtures;
import no.bygdevekst.platform.testing.malformed.MalformedInputContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every write of evaluation-service refuses malformed input, against an active agreement with an
 * indicator, so that the values reach the indicator's own checks too.
 */
@QuarkusTest
class EvaluationMalformedInputTest extends MalformedInputContract {
  UUID agreement;
  UUID indicator;

  @BeforeEach
  void seed() {
    agreement = Fixtures.activeAgreement();
    indicator =
        Fixtures.define(
            agreement, Fixtures.unitIndicator(1, "Nye boliger ferdigstilt", true, "4", "6"));
  }

  @Override
  protected Map<String, String> pathValues() {
    return Map.of(
        "agreementId", agreement.toString(), "/api/v1/indicators/{id}", indicator.toString());
  }
}
