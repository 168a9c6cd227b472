package no.bygdevekst.agreement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.bygdevekst.platform.testing.TokenContract;
import no.bygdevekst.platform.testing.issuer.TestIssuersResource;

/**
 * The token contract over every operation of agreement-service. The test issuers' resource applies
 * to every test class of the module, so the module keeps one Quarkus boot.
 */
@QuarkusTest
@QuarkusTestResource(TestIssuersResource.class)
class AgreementTokensTest extends TokenContract {}
