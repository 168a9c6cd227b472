package no.bygdevekst.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import no.bygdevekst.platform.metrics.PlatformMetrics;

/**
 * How far the outbox is behind: rows waiting, the age of the oldest of them (the alert's measure:
 * above five minutes, other services miss what this one did), what was sent and how long it took.
 * The gauges ask the database on each scrape, so they show the truth of every replica's rows.
 */
@ApplicationScoped
public class OutboxMetrics {
  private final EntityManager em;
  private final MeterRegistry registry;
  private Timer latency;
  private Counter published;

  @Inject
  public OutboxMetrics(EntityManager em, MeterRegistry registry) {
    this.em = em;
    this.registry = registry;
  }

  void register() {
    latency =
        Timer.builder(PlatformMetrics.OUTBOX_LATENCY)
            .description("Time from an event's commit to Kafka's acknowledgement")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
    published =
        Counter.builder(PlatformMetrics.OUTBOX_PUBLISHED)
            .description("Events sent from the outbox")
            .register(registry);
    Gauge.builder(PlatformMetrics.OUTBOX_PENDING, this, OutboxMetrics::pending)
        .description("Events in the outbox not yet acknowledged by Kafka")
        .register(registry);
    Gauge.builder(PlatformMetrics.OUTBOX_OLDEST_AGE, this, OutboxMetrics::oldestAgeSeconds)
        .description("Age of the oldest event not yet acknowledged by Kafka; 0 when none waits")
        .baseUnit("seconds")
        .register(registry);
  }

  void sent(Duration sinceCommit) {
    latency.record(sinceCommit);
    published.increment();
  }

  public double pending() {
    return query("select count(*) from outbox_event where published_at is null");
  }

  public double oldestAgeSeconds() {
    // Over the partial index of unpublished rows: as cheap as the count above.
    return query(
        "select coalesce(extract(epoch from (now() - min(created_at))), 0) from outbox_event"
            + " where published_at is null");
  }

  private double query(String sql) {
    try {
      return QuarkusTransaction.requiringNew()
          .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).doubleValue());
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
