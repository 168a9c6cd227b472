package no.bygdevekst.platform.health;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the Kafka cluster answers within two seconds. The answer is bounded, so that a
 * readiness probe never hangs while the broker is away; commands still succeed then (their events
 * wait in the outbox), but the instance reports that it cannot publish or consume.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {
  private final String bootstrapServers;
  private volatile Admin admin;

  public KafkaReadiness(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  @Override
  public HealthCheckResponse call() {
    try {
      int nodes =
          admin()
              .describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
              .nodes()
              .get(3, TimeUnit.SECONDS)
              .size();
      return HealthCheckResponse.named("Kafka")
          .up()
          .withData("bootstrap.servers", bootstrapServers)
          .withData("nodes", nodes)
          .build();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return HealthCheckResponse.named("Kafka")
          .down()
          .withData("bootstrap.servers", bootstrapServers)
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }

  private Admin admin() {
    if (admin == null) {
      synchronized (this) {
        if (admin == null) {
          admin =
              Admin.create(
                  Map.of(
                      AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                      AdminClientConfig.CLIENT_ID_CONFIG, "readiness",
                      AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                      AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000,
                      AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
        }
      }
    }
    return admin;
  }

  void close(@Observes ShutdownEvent event) {
    if (admin != null) {
      admin.close(java.time.Duration.ofSeconds(1));
    }
  }
}
