package no.bygdevekst.platform.it;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import no.bygdevekst.platform.testsupport.SecuredKafkaProfiles;

/** SSL with a client certificate, as a Strimzi KafkaUser with tls authentication connects. */
@QuarkusTest
@TestProfile(SecuredKafkaProfiles.MutualTls.class)
class KafkaOverMutualTlsTest extends SecuredKafkaContract {
  @Override
  String security() {
    return "SSL, client certificate";
  }
}
