package no.bygdevekst.agreement;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.agreement.support.Api;
import no.bygdevekst.platform.testing.malformed.MalformedInputContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every write of agreement-service refuses malformed input, against a registered draft, so that the
 * values reach the agreement's own checks too.
 */
@QuarkusTest
class AgreementMalformedInputTest extends MalformedInputContract {
  UUID draft;

  @BeforeEach
  void seed() {
    LocalDate today = LocalDate.now();
    draft = Api.register(Api.draft(today, today.plusYears(3), Api.freshMunicipality()));
  }

  @Override
  protected Map<String, String> pathValues() {
    return Map.of("/api/v1/agreements/{id}", draft.toString());
  }
}
