package no.bygdevekst.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Publishes events to the real broker as another service would, so that a consumer's tests see
 * exactly what production sends: a CloudEvents 1.0 record in binary mode, keyed by agreement id.
 */
public final class TestEvents {
  private TestEvents() {}

  /**
   * Publishes one event and waits for Kafka's acknowledgement.
   *
   * @param service the publishing service's short name, e.g. {@code agreement}
   * @param eventName e.g. {@code AgreementSigned}
   * @param agreementId record key and subject
   * @param json the payload
   * @return the event id ({@code ce_id})
   */
  public static UUID publish(String service, String eventName, UUID agreementId, String json) {
    UUID id = UUID.randomUUID();
    publish(id, service, eventName, 1, agreementId, json);
    return id;
  }

  /** Publishes an event with a chosen id and schema version, e.g. to redeliver one. */
  public static void publish(
      UUID id, String service, String eventName, int schemaVersion, UUID agreementId, String json) {
    publish(id, service, eventName, schemaVersion, agreementId, json, Map.of());
  }

  /**
   * Publishes an event with extra headers besides the CloudEvents ones, such as the trace context
   * ({@code traceparent}, {@code ce_traceparent}) a producing service sends.
   */
  public static void publish(
      UUID id,
      String service,
      String eventName,
      int schemaVersion,
      UUID agreementId,
      String json,
      Map<String, String> extraHeaders) {
    RecordHeaders headers = new RecordHeaders();
    add(headers, "ce_specversion", "1.0");
    add(headers, "ce_id", id.toString());
    add(headers, "ce_source", "/bygdevekst/" + service + "-service");
    add(headers, "ce_type", "no.bygdevekst." + service + "." + eventName);
    add(headers, "ce_subject", agreementId.toString());
    add(headers, "ce_time", Instant.now().toString());
    add(headers, "ce_schemaversion", Integer.toString(schemaVersion));
    add(headers, "content-type", "application/json");
    extraHeaders.forEach((name, value) -> add(headers, name, value));
    send(
        new ProducerRecord<>(
            "bygdevekst." + service + ".events",
            null,
            agreementId.toString(),
            json == null ? null : json.getBytes(StandardCharsets.UTF_8),
            headers));
  }

  /** Sends a raw record, for poison-message tests. */
  public static void send(ProducerRecord<String, byte[]> record) {
    send(bootstrapServers(), record);
  }

  /** Sends a raw record to the broker at {@code bootstrapServers} (a plaintext listener). */
  public static void send(String bootstrapServers, ProducerRecord<String, byte[]> record) {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class.getName()))) {
      producer.send(record).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not take the test event", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The broker the application under test uses, else the shared test broker. */
  public static String bootstrapServers() {
    return ConfigProvider.getConfig()
        .getOptionalValue("kafka.bootstrap.servers", String.class)
        .orElseGet(() -> TestInfrastructure.get().kafkaBootstrapServers());
  }

  private static void add(RecordHeaders headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
