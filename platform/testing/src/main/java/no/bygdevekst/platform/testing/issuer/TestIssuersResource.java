package no.bygdevekst.platform.testing.issuer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Makes a {@code @QuarkusTest} trust the run's two {@link TestIssuers} beside the development
 * issuer. Put it beside {@code RealInfrastructureResource} on the class that carries the module's
 * test resources, so that the module keeps one Quarkus boot.
 */
public class TestIssuersResource implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    return TestIssuers.get().config();
  }

  @Override
  public void stop() {
    // The issuers outlive one Quarkus application: they stop when the JVM ends.
  }
}
