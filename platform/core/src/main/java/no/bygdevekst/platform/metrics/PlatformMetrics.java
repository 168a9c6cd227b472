package no.bygdevekst.platform.metrics;

import java.util.List;

/**
 * The metrics every service exports through the platform, by their Micrometer names, and as
 * Prometheus shows them: the names the alert rules and the dashboard in deploy/k8s may use (checked
 * by deploy/k8s-tests; the platform's tests check that each is served).
 */
public final class PlatformMetrics {
  private PlatformMetrics() {}

  public static final String OUTBOX_PENDING = "bygdevekst.outbox.pending";
  public static final String OUTBOX_OLDEST_AGE = "bygdevekst.outbox.oldest.unpublished.age";
  public static final String OUTBOX_PUBLISHED = "bygdevekst.outbox.published";
  public static final String OUTBOX_LATENCY = "bygdevekst.outbox.publish.latency";
  public static final String INBOX_EVENTS = "bygdevekst.inbox.events";
  public static final String KAFKA_AVAILABLE = "bygdevekst.kafka.available";
  public static final String CONSUMER_LAG = "bygdevekst.kafka.consumer.lag";
  public static final String DEAD_LETTERS = "bygdevekst.kafka.dead.letters";

  /** Every series above, as Prometheus names it (a summary adds _count, _sum and _max). */
  public static final List<String> PROMETHEUS_NAMES =
      List.of(
          "bygdevekst_outbox_pending",
          "bygdevekst_outbox_oldest_unpublished_age_seconds",
          "bygdevekst_outbox_published_total",
          "bygdevekst_outbox_publish_latency_seconds",
          "bygdevekst_inbox_events_total",
          "bygdevekst_kafka_available",
          "bygdevekst_kafka_consumer_lag",
          "bygdevekst_kafka_dead_letters_total");
}
