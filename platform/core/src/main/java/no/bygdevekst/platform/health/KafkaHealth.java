package no.bygdevekst.platform.health;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.bygdevekst.platform.kafka.KafkaClientConfig;
import no.bygdevekst.platform.kafka.KafkaCluster;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether the Kafka cluster answers within two seconds, in the health group {@value #GROUP} ({@code
 * /q/health/group/kafka}), never in readiness: a service serves reads and accepts commands without
 * Kafka (their events wait in the outbox), so a broker outage must not take it out of its Service
 * (docs/adr/0012).
 */
@HealthGroup(KafkaHealth.GROUP)
@ApplicationScoped
public class KafkaHealth implements HealthCheck {
  public static final String GROUP = "kafka";

  private final KafkaCluster cluster;
  private final KafkaClientConfig clients;

  @Inject
  public KafkaHealth(KafkaCluster cluster, KafkaClientConfig clients) {
    this.cluster = cluster;
    this.clients = clients;
  }

  @Override
  public HealthCheckResponse call() {
    KafkaCluster.Reachability reachability = cluster.check();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("Kafka")
            .withData("bootstrap.servers", clients.bootstrapServers())
            .withData("security", clients.describe());
    if (reachability.up()) {
      return response.up().withData("nodes", reachability.nodes()).build();
    }
    return response.down().withData("error", reachability.problem()).build();
  }
}
