package no.bygdevekst.platform.it;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import no.bygdevekst.platform.testing.RealInfrastructureResource;
import no.bygdevekst.platform.testsupport.RestartableKafkaResource;

/**
 * The real PostgreSQL of the test run and a Kafka broker of this module's own, which the outage
 * test stops and starts. Carried by one class; applies to every test of the module.
 */
@QuarkusTestResource(
    value = RealInfrastructureResource.class,
    initArgs = {
      @ResourceArg(name = "database", value = "platform"),
      @ResourceArg(name = "kafka", value = "false")
    })
@QuarkusTestResource(RestartableKafkaResource.class)
public final class PlatformTestProfile {
  private PlatformTestProfile() {}
}
