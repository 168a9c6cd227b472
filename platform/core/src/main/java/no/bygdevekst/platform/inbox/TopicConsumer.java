package no.bygdevekst.platform.inbox;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.bygdevekst.platform.kafka.KafkaClients;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.RetriableCommitFailedException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * The consumer of one topic: a thread of its own with one Kafka consumer in the service's group.
 * Records are handled one at a time, in partition order, each by every read model of the topic;
 * their offsets are committed only after they were handled (applied, skipped as a repeat, or
 * dead-lettered), so that a crash repeats events and never loses one.
 */
final class TopicConsumer {
  private static final Logger LOG = Logger.getLogger(TopicConsumer.class);
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);
  private static final long MAX_BACKOFF_MS = 5_000;

  private final String topic;
  private final List<ReadModel> models;
  private final Map<String, Object> settings;
  private final KafkaClients kafka;
  private final EventInbox inbox;
  private final DeadLetters deadLetters;
  private final Event<Consumer<?, ?>> clients;
  private final Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile KafkaConsumer<String, byte[]> consumer;

  TopicConsumer(
      String topic,
      List<ReadModel> models,
      Map<String, Object> settings,
      KafkaClients kafka,
      EventInbox inbox,
      DeadLetters deadLetters,
      Event<Consumer<?, ?>> clients) {
    this.topic = topic;
    this.models = List.copyOf(models);
    this.settings = Map.copyOf(settings);
    this.kafka = kafka;
    this.inbox = inbox;
    this.deadLetters = deadLetters;
    this.clients = clients;
    this.thread = new Thread(this::run, "consumer-" + topic);
    this.thread.setDaemon(true);
  }

  String topic() {
    return topic;
  }

  void start() {
    thread.start();
  }

  boolean alive() {
    return thread.isAlive();
  }

  /**
   * Stops after the record in hand: waits {@code grace} for it, then interrupts a handler that
   * still waits (for the database), whose record is then consumed again at the next start.
   */
  void stop(Duration grace) {
    running = false;
    KafkaConsumer<String, byte[]> current = consumer;
    if (current != null) {
      current.wakeup();
    }
    try {
      thread.join(grace.toMillis());
      if (thread.isAlive()) {
        thread.interrupt();
        thread.join(grace.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    long backoff = 0;
    while (running) {
      KafkaConsumer<String, byte[]> current = kafka.consumer(settings);
      consumer = current;
      clients.fire(current); // the metrics binder registers the client's metrics
      try {
        current.subscribe(List.of(topic), new Rebalance(current));
        while (running) {
          for (ConsumerRecord<String, byte[]> record : current.poll(POLL)) {
            handle(record);
            handled.put(
                new TopicPartition(record.topic(), record.partition()),
                new OffsetAndMetadata(record.offset() + 1));
          }
          commit(current);
          backoff = 0;
        }
      } catch (WakeupException | InterruptException | Stopped e) {
        // stop() woke or interrupted the consumer: what was handled is committed below
      } catch (KafkaException e) {
        backoff = backoff == 0 ? 100 : Math.min(backoff * 2, MAX_BACKOFF_MS);
        LOG.warnf("Consumer of %s failed (%s); starting again in %d ms", topic, e, backoff);
      } finally {
        close(current);
      }
      pause(backoff);
    }
  }

  /** Hands one record to every read model of the topic; dead-letters it if one refuses it. */
  private void handle(ConsumerRecord<String, byte[]> record) {
    long backoff = 100;
    while (true) {
      RuntimeException refusal = null;
      ManagedContext requestContext = Arc.container().requestContext();
      requestContext.activate();
      try {
        for (ReadModel model : models) {
          try {
            inbox.process(model.consumer(), record, model.handlers());
          } catch (RuntimeException e) {
            if (!running) {
              throw new Stopped();
            }
            refusal = refusal == null ? e : refusal;
          }
        }
      } finally {
        requestContext.terminate();
      }
      if (refusal == null) {
        return;
      }
      try {
        deadLetters.send(record, refusal);
        LOG.warnf(
            "Record %s-%d@%d dead-lettered to %s: %s",
            record.topic(),
            record.partition(),
            record.offset(),
            deadLetters.topic(),
            refusal.getMessage());
        return;
      } catch (IllegalStateException e) {
        if (!running) {
          throw new Stopped();
        }
        LOG.warnf("%s; the record waits, next try in %d ms", e.getMessage(), backoff);
        pause(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  /**
   * Commits the offsets after the records handled. While the broker is away they are kept for the
   * next try; when the group has moved a partition elsewhere they are dropped, and the replica that
   * has it now consumes those records again (their events are skipped as repeats).
   */
  private void commit(KafkaConsumer<String, byte[]> current) {
    if (handled.isEmpty()) {
      return;
    }
    try {
      current.commitSync(Map.copyOf(handled), COMMIT_TIMEOUT);
      handled.clear();
    } catch (TimeoutException | RetriableCommitFailedException e) {
      LOG.debugf("Consumer of %s: offsets not committed yet (%s)", topic, e);
    } catch (CommitFailedException | RebalanceInProgressException e) {
      LOG.infof("Consumer of %s: offsets not committed, the group rebalanced (%s)", topic, e);
      handled.clear();
    }
  }

  private void close(KafkaConsumer<String, byte[]> current) {
    boolean interrupted =
        Thread.interrupted(); // the client refuses to work for an interrupted thread
    try {
      commit(current);
    } catch (KafkaException e) {
      LOG.warnf("Consumer of %s: the last offsets were not committed (%s)", topic, e);
    }
    handled.clear();
    try {
      current.close(Duration.ofSeconds(5));
    } catch (KafkaException e) {
      LOG.debugf("Consumer of %s did not close cleanly: %s", topic, e);
    }
    consumer = null;
    clients.fire(current); // the second event for the same client unregisters its metrics
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void pause(long millis) {
    if (millis <= 0 || !running) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** Commits what was handled of partitions before they go to another replica. */
  private final class Rebalance implements ConsumerRebalanceListener {
    private final KafkaConsumer<String, byte[]> current;

    Rebalance(KafkaConsumer<String, byte[]> current) {
      this.current = current;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      commit(current);
      partitions.forEach(handled::remove);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      partitions.forEach(handled::remove);
    }
  }

  /** Thrown out of the loop when the consumer stops while a record is in hand. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }
}
