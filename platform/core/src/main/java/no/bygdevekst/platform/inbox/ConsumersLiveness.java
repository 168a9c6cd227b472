package no.bygdevekst.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Down when a consumer's thread has ended while the service runs: it would consume nothing until a
 * restart. A broker that is away is not a failure here (the consumer waits for it); readiness
 * reports that.
 */
@Liveness
@ApplicationScoped
public class ConsumersLiveness implements HealthCheck {
  private final EventConsumers consumers;

  @Inject
  public ConsumersLiveness(EventConsumers consumers) {
    this.consumers = consumers;
  }

  @Override
  public HealthCheckResponse call() {
    Map<String, Boolean> topics = consumers.topics();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("Event consumers").status(!topics.containsValue(false));
    topics.forEach((topic, alive) -> response.withData(topic, alive ? "running" : "stopped"));
    return response.build();
  }
}
