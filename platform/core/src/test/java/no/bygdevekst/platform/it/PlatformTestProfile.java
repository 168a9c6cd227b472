package no.bygdevekst.platform.it;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import no.bygdevekst.platform.testing.RealInfrastructureResource;
import no.bygdevekst.platform.testing.issuer.TestIssuersResource;
import no.bygdevekst.platform.testsupport.RestartableKafkaResource;

/**
 * The real PostgreSQL of the test run, a Kafka broker of this module's own, which the outage test
 * stops and starts, and the run's two token issuers. Carried by one class; applies to every test of
 * the module.
 */
@QuarkusTestResource(
    value = RealInfrastructureResource.class,
    initArgs = {
      @ResourceArg(name = "database", value = "platform"),
      @ResourceArg(name = "kafka", value = "false")
    })
@QuarkusTestResource(RestartableKafkaResource.class)
@QuarkusTestResource(TestIssuersResource.class)
public final class PlatformTestProfile {
  private PlatformTestProfile() {}
}
