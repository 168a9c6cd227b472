package no.bygdevekst.platform.it;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import no.bygdevekst.platform.testsupport.SecuredKafkaProfiles;

/** SCRAM with a password the broker does not know. */
@QuarkusTest
@TestProfile(SecuredKafkaProfiles.WrongPassword.class)
class KafkaWrongPasswordTest extends RefusedKafkaContract {
  @Override
  String problem() {
    return "Kafka refused the credentials (SASL_SSL, SCRAM-SHA-512 as probe-service)";
  }
}
