package no.bygdevekst.agreement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import no.bygdevekst.platform.testing.InfrastructureContract;
import no.bygdevekst.platform.testing.RealInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(
    value = RealInfrastructureResource.class,
    initArgs = @ResourceArg(name = "database", value = "agreement"))
class AgreementInfrastructureTest extends InfrastructureContract {
  @Override
  protected String service() {
    return "agreement";
  }
}
