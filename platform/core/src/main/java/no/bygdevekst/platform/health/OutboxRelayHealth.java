package no.bygdevekst.platform.health;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.bygdevekst.platform.outbox.OutboxMetrics;
import no.bygdevekst.platform.outbox.OutboxRelay;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether the outbox relay gets its events to Kafka, beside the Kafka check in the group {@value
 * KafkaHealth#GROUP}: DOWN while its rounds fail, with why and since when, and how much waits.
 * Commands are accepted meanwhile; the events wait in the outbox.
 */
@HealthGroup(KafkaHealth.GROUP)
@ApplicationScoped
public class OutboxRelayHealth implements HealthCheck {
  private final OutboxRelay relay;
  private final OutboxMetrics metrics;

  @Inject
  public OutboxRelayHealth(OutboxRelay relay, OutboxMetrics metrics) {
    this.relay = relay;
    this.metrics = metrics;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("Outbox relay")
            .withData("enabled", relay.enabled())
            .withData("pending", (long) metrics.pending())
            .withData("oldestPendingSeconds", (long) metrics.oldestAgeSeconds());
    return relay
        .failing()
        .map(
            f ->
                response
                    .down()
                    .withData("failingSince", f.since().toString())
                    .withData("error", f.error())
                    .build())
        .orElseGet(() -> response.up().build());
  }
}
