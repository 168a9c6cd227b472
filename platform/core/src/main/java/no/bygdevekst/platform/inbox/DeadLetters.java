package no.bygdevekst.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.bygdevekst.platform.events.EventsConfig;
import no.bygdevekst.platform.events.Topics;
import no.bygdevekst.platform.kafka.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends a record the service can never handle to its dead-letter topic, {@code
 * bygdevekst.<service>.dlq}: the original key, value and headers, and why, in the headers
 * SmallRye's dead-letter queue also uses, so that operators read one format.
 */
@ApplicationScoped
public class DeadLetters {
  public static final String REASON = "dead-letter-reason";
  public static final String CAUSE = "dead-letter-cause";
  public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
  public static final String CAUSE_CLASS = "dead-letter-cause-class-name";
  public static final String TOPIC = "dead-letter-topic";
  public static final String PARTITION = "dead-letter-partition";
  public static final String OFFSET = "dead-letter-offset";

  private final KafkaClients kafka;
  private final EventsConfig config;
  private volatile KafkaProducer<String, byte[]> producer;

  @Inject
  public DeadLetters(KafkaClients kafka, EventsConfig config) {
    this.kafka = kafka;
    this.config = config;
  }

  /** The topic this service dead-letters to. */
  public String topic() {
    return Topics.deadLetterOf(config.service());
  }

  /**
   * Sends {@code record} with {@code reason} and waits until Kafka has it.
   *
   * @throws IllegalStateException when Kafka did not take it; the caller keeps the record
   */
  public void send(ConsumerRecord<String, byte[]> record, Throwable reason) {
    Headers headers = new RecordHeaders(record.headers().toArray());
    header(headers, REASON, String.valueOf(reason.getMessage()));
    header(headers, EXCEPTION_CLASS, reason.getClass().getName());
    if (reason.getCause() != null) {
      header(headers, CAUSE, String.valueOf(reason.getCause().getMessage()));
      header(headers, CAUSE_CLASS, reason.getCause().getClass().getName());
    }
    header(headers, TOPIC, record.topic());
    header(headers, PARTITION, Integer.toString(record.partition()));
    header(headers, OFFSET, Long.toString(record.offset()));
    try {
      producer()
          .send(new ProducerRecord<>(topic(), null, record.key(), record.value(), headers))
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not take the dead letter: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while dead-lettering", e);
    }
  }

  private KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      synchronized (this) {
        if (producer == null) {
          producer =
              kafka.producer(
                  Map.of(
                      ProducerConfig.CLIENT_ID_CONFIG, config.service() + "-dead-letters",
                      ProducerConfig.ACKS_CONFIG, "all",
                      ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                      ProducerConfig.LINGER_MS_CONFIG, 0,
                      ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                      ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                      ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000));
        }
      }
    }
    return producer;
  }

  private static void header(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Closes the producer, once the consumers that use it have stopped. */
  void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(2));
      producer = null;
    }
  }
}
