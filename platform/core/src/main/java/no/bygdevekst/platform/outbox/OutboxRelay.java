package no.bygdevekst.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.bygdevekst.platform.db.AdvisoryLock;
import no.bygdevekst.platform.events.CloudEvents;
import no.bygdevekst.platform.events.EventsConfig;
import no.bygdevekst.platform.kafka.KafkaClients;
import no.bygdevekst.platform.tracing.EventSpans;
import no.bygdevekst.platform.tracing.TraceContext;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka in commit order and marks them sent.
 *
 * <p>One thread per instance. It wakes right after a transaction that wrote to the outbox commits,
 * and otherwise every {@code poll-interval} to pick up rows another replica wrote. Each round holds
 * a PostgreSQL transaction-level advisory lock, so with several replicas exactly one relays at a
 * time: rows are sent in {@code seq} order and the order per record key holds. A row is marked sent
 * only after Kafka acknowledged it (acks=all, idempotent producer); when Kafka refuses, the relay
 * keeps the rows and retries with exponential backoff. Delivery is at least once: a row whose
 * acknowledgement was lost is sent again, and consumers skip the repeated event id.
 *
 * <p>As it marks a row sent, the relay gives it the next number of the HTTP event feed ({@code
 * feed_sequence}), in the same transaction and under the same lock, so that the feed's numbers
 * follow the order of publication and a number becomes visible only with every lower one
 * (docs/adr/0018).
 *
 * <p>Each send is a span in the trace of the request that wrote the row, and the record carries
 * that trace on to the consumers ({@link EventSpans}). The producer connects with the service's
 * shared Kafka settings, security included ({@link KafkaClientConfig}).
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  /** Any constant works: each service has its own database. */
  private static final long ADVISORY_LOCK_KEY = 0x6f7574626f78L;

  /** How long a round waits for one acknowledgement: beyond the producer's delivery timeout. */
  private static final Duration ACK_WAIT = Duration.ofSeconds(70);

  private static final Duration ROUND_TIMEOUT = ACK_WAIT.plusSeconds(50);

  private final EntityManager em;
  private final EventsConfig config;
  private final KafkaClients kafka;
  private final OutboxMetrics metrics;
  private final EventSpans spans;
  private final Clock clock;
  private final Event<OutboxPublished> published;
  private final Object signal = new Object();
  private boolean woken;
  private volatile boolean running;
  private Thread thread;
  private volatile KafkaProducer<String, byte[]> producer;
  private volatile Failing failing;

  @Inject
  public OutboxRelay(
      EntityManager em,
      EventsConfig config,
      KafkaClients kafka,
      OutboxMetrics metrics,
      EventSpans spans,
      Clock clock,
      Event<OutboxPublished> published) {
    this.em = em;
    this.config = config;
    this.kafka = kafka;
    this.metrics = metrics;
    this.spans = spans;
    this.clock = clock;
    this.published = published;
  }

  /** Since when, and why, the relay's rounds fail; null while it sends. */
  public record Failing(Instant since, String error) {}

  /** Whether this instance relays at all. */
  public boolean enabled() {
    return config.relay().enabled();
  }

  /** Empty while Kafka takes what the relay sends. */
  public Optional<Failing> failing() {
    return Optional.ofNullable(failing);
  }

  void onStart(@Observes StartupEvent event) {
    metrics.register(); // the outbox's figures, whichever replica relays
    if (!config.relay().enabled()) {
      LOG.info("Outbox relay disabled by configuration");
      return;
    }
    producer = kafka.producer(producerSettings());
    running = true;
    thread = new Thread(this::loop, "outbox-relay");
    thread.setDaemon(true);
    thread.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    wake();
    if (thread != null) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(2));
    }
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
    wake();
  }

  /** Makes the relay look at the outbox now. */
  public void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  private Map<String, Object> producerSettings() {
    return Map.ofEntries(
        Map.entry(ProducerConfig.CLIENT_ID_CONFIG, config.service() + "-outbox-relay"),
        Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
        Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
        Map.entry(ProducerConfig.LINGER_MS_CONFIG, 0),
        // Without metadata, send() gives up at once and the round is retried later.
        Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000),
        Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000),
        // Once queued, a record is retried by the idempotent producer, which keeps the order per
        // partition, for up to a minute: an outage shorter than that costs no reordering at all.
        Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000),
        Map.entry(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
  }

  private void loop() {
    long backoff = 0;
    while (running) {
      Round round;
      try {
        // Longer than a round may wait for Kafka's acknowledgements (ACK_WAIT), so that a round
        // whose records Kafka took is never rolled back by the transaction's timeout.
        round =
            QuarkusTransaction.requiringNew()
                .timeout((int) ROUND_TIMEOUT.toSeconds())
                .call(this::relayOnce);
      } catch (RuntimeException e) {
        round = new Round(0, 0, true, e.toString());
      }
      if (round.sent() > 0) { // committed, a failed round's prefix too
        published.fire(new OutboxPublished(round.lastSequence()));
      }
      if (round.failed()) {
        Failing before = failing;
        failing = new Failing(before == null ? Instant.now(clock) : before.since(), round.error());
        backoff =
            backoff == 0
                ? config.relay().initialBackoff().toMillis()
                : Math.min(backoff * 2, config.relay().maxBackoff().toMillis());
        LOG.warnf("Outbox relay: %s; next try in %d ms", round.error(), backoff);
        await(backoff);
        continue;
      }
      backoff = 0;
      failing = null;
      if (round.sent() < config.relay().batchSize()) {
        await(config.relay().pollInterval().toMillis());
      }
    }
  }

  private void await(long millis) {
    synchronized (signal) {
      if (!woken && running) {
        try {
          signal.wait(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
      woken = false;
    }
  }

  private Round relayOnce() {
    if (!AdvisoryLock.tryInTransaction(em, ADVISORY_LOCK_KEY)) {
      return new Round(0, 0, false, null); // another replica is relaying
    }
    List<OutboxEvent> batch =
        em.createQuery("from OutboxEvent where publishedAt is null order by seq", OutboxEvent.class)
            .setMaxResults(config.relay().batchSize())
            .getResultList();
    if (batch.isEmpty()) {
      return new Round(0, 0, false, null);
    }
    String unknown = topicWithoutMetadata(batch);
    if (unknown != null) {
      // Nothing is sent while Kafka cannot say where a topic's partitions are: a send would wait
      // max.block.ms for each record, and a later record could reach Kafka once it is back while
      // an earlier one of the same key had already failed.
      String error = "Kafka did not answer for topic " + unknown;
      String message = error.length() > 1000 ? error.substring(0, 1000) : error;
      batch.forEach(
          event -> {
            event.attempts++;
            event.lastError = message;
          });
      return new Round(0, 0, true, error);
    }
    long sequence =
        ((Number)
                em.createNativeQuery("select last_sequence from outbox_feed_head")
                    .getSingleResult())
            .longValue();
    List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
    List<Span> sendSpans = new ArrayList<>(batch.size());
    String error = null;
    for (OutboxEvent event : batch) {
      Optional<TraceContext> origin = TraceContext.parse(event.traceparent, event.tracestate);
      Span span =
          spans.startSend(event.topic, event.recordKey, event.id.toString(), event.type, origin);
      sendSpans.add(span);
      try {
        Future<RecordMetadata> send = producer.send(toRecord(event, span, origin));
        String failed = failedAlready(send);
        if (failed != null) {
          // Sending on after a failed record would let a later one of the same key overtake it.
          error = "Kafka refused event " + event.id + ": " + failed;
          break;
        }
        sends.add(send);
      } catch (RuntimeException e) {
        error = "Kafka refused event " + event.id + ": " + e.getMessage();
        break;
      }
    }
    int sent = 0;
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (int i = 0; i < sends.size(); i++) {
      OutboxEvent event = batch.get(i);
      try {
        sends.get(i).get(ACK_WAIT.toSeconds(), TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        error = "Kafka did not acknowledge event " + event.id + ": " + e.getMessage();
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error = "interrupted";
        break;
      }
      // Only an unbroken prefix is marked sent, so that a retry keeps the order per key.
      event.publishedAt = now;
      event.feedSequence = ++sequence;
      event.attempts++;
      metrics.sent(Duration.between(event.createdAt, now));
      sendSpans.get(i).end();
      sent++;
    }
    if (sent > 0) {
      em.createNativeQuery("update outbox_feed_head set last_sequence = ?1")
          .setParameter(1, sequence)
          .executeUpdate();
    }
    for (int i = sent; i < sendSpans.size(); i++) {
      EventSpans.failed(sendSpans.get(i), new IllegalStateException(error));
      sendSpans.get(i).end();
    }
    if (error != null) {
      // Drop whatever the producer still holds, so that no later record of this round reaches
      // Kafka ahead of the failed one: the next round sends them again, in order.
      producer.close(Duration.ZERO);
      producer = kafka.producer(producerSettings());
      String message = error.length() > 1000 ? error.substring(0, 1000) : error;
      for (int i = sent; i < batch.size(); i++) {
        batch.get(i).attempts++;
        batch.get(i).lastError = message;
      }
      return new Round(sent, sequence, true, error);
    }
    return new Round(sent, sequence, false, null);
  }

  /** The first topic of the batch whose partitions Kafka cannot name now, or null. */
  private String topicWithoutMetadata(List<OutboxEvent> batch) {
    for (String topic : batch.stream().map(e -> e.topic).distinct().toList()) {
      try {
        producer.partitionsFor(topic); // waits at most max.block.ms
      } catch (RuntimeException e) {
        return topic + " (" + e.getMessage() + ")";
      }
    }
    return null;
  }

  /** The reason a send has failed already, before it was ever on its way; null otherwise. */
  private static String failedAlready(Future<RecordMetadata> send) {
    if (!send.isDone()) {
      return null;
    }
    try {
      send.get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static ProducerRecord<String, byte[]> toRecord(
      OutboxEvent event, Span send, Optional<TraceContext> origin) {
    RecordHeaders headers = new RecordHeaders();
    header(headers, CloudEvents.H_SPECVERSION, CloudEvents.SPEC_VERSION);
    header(headers, CloudEvents.H_ID, event.id.toString());
    header(headers, CloudEvents.H_SOURCE, event.source);
    header(headers, CloudEvents.H_TYPE, event.type);
    header(headers, CloudEvents.H_SUBJECT, event.subject);
    header(
        headers,
        CloudEvents.H_TIME,
        event
            .occurredAt
            .withOffsetSameInstant(ZoneOffset.UTC)
            .format(DateTimeFormatter.ISO_INSTANT));
    header(headers, CloudEvents.H_SCHEMAVERSION, Integer.toString(event.schemaVersion));
    header(headers, CloudEvents.H_CONTENT_TYPE, CloudEvents.CONTENT_TYPE_JSON);
    EventSpans.writeHeaders(send, origin, headers);
    return new ProducerRecord<>(
        event.topic,
        null,
        event.recordKey,
        event.payload.getBytes(StandardCharsets.UTF_8),
        headers);
  }

  private static void header(RecordHeaders headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private record Round(int sent, long lastSequence, boolean failed, String error) {}
}
