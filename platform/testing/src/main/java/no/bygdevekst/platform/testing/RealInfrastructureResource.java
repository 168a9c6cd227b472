package no.bygdevekst.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import no.bygdevekst.platform.testing.infra.LocalPostgres;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database and a real Kafka broker.
 *
 * <p>Use it once per module, on any test class, with the module's database name:
 *
 * <pre>{@code
 * @QuarkusTestResource(value = RealInfrastructureResource.class,
 *     initArgs = @ResourceArg(name = "database", value = "agreement"))
 * }</pre>
 *
 * <p>With {@code @ResourceArg(name = "kafka", value = "false")} it leaves Kafka to another
 * resource.
 *
 * <p>The server and broker are started once per test run (see {@link TestInfrastructure}), not per
 * test class; every topic the services use exists before the first test.
 */
public class RealInfrastructureResource implements QuarkusTestResourceLifecycleManager {
  private String database = "app";
  private boolean kafka = true;

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
    kafka = !"false".equals(initArgs.get("kafka"));
  }

  @Override
  public Map<String, String> start() {
    TestInfrastructure infra = TestInfrastructure.get();
    Map<String, String> settings = new HashMap<>();
    settings.put("quarkus.datasource.jdbc.url", infra.database(database));
    settings.put("quarkus.datasource.username", LocalPostgres.USER);
    settings.put("quarkus.datasource.password", "");
    if (kafka) {
      settings.put("kafka.bootstrap.servers", infra.kafkaBootstrapServers());
    }
    return settings;
  }

  @Override
  public void stop() {
    // The infrastructure outlives one Quarkus application: it is stopped when the JVM ends.
  }
}
