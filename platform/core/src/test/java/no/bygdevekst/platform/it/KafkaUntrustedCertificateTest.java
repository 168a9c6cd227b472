package no.bygdevekst.platform.it;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import no.bygdevekst.platform.testsupport.SecuredKafkaProfiles;

/** TLS with a truststore whose CA did not sign the broker's certificate. */
@QuarkusTest
@TestProfile(SecuredKafkaProfiles.Untrusted.class)
class KafkaUntrustedCertificateTest extends RefusedKafkaContract {
  @Override
  String problem() {
    return "the broker's certificate is not signed by a CA in the truststore";
  }
}
