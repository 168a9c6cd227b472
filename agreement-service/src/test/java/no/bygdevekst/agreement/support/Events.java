package no.bygdevekst.agreement.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what agreement-service published on the real topic. */
public final class Events {
  public static final String TOPIC = "bygdevekst.agreement.events";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Events() {}

  /** Waits for the {@code count} first events of a type about one agreement, in order. */
  public static List<ConsumerRecord<String, byte[]>> await(
      UUID agreementId, String name, int count) {
    return TopicReader.awaitRecords(
        bootstrap(), TOPIC, r -> is(r, agreementId, name), count, Duration.ofSeconds(30));
  }

  public static ConsumerRecord<String, byte[]> awaitOne(UUID agreementId, String name) {
    return await(agreementId, name, 1).get(0);
  }

  /** Waits for an event of one agreement with a given version. */
  public static ConsumerRecord<String, byte[]> awaitVersion(
      UUID agreementId, String name, long version) {
    return TopicReader.awaitRecord(
        bootstrap(),
        TOPIC,
        r -> is(r, agreementId, name) && data(r).path("version").asLong() == version,
        Duration.ofSeconds(30));
  }

  /** Every event of a type about one agreement published so far. */
  public static List<ConsumerRecord<String, byte[]>> all(UUID agreementId, String name) {
    return TopicReader.readAll(bootstrap(), TOPIC, r -> is(r, agreementId, name));
  }

  public static JsonNode data(ConsumerRecord<String, byte[]> record) {
    try {
      return JSON.readTree(record.value());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String header(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static boolean is(ConsumerRecord<String, byte[]> r, UUID agreementId, String name) {
    return agreementId.toString().equals(r.key())
        && ("no.bygdevekst.agreement." + name).equals(header(r, "ce_type"));
  }

  private static String bootstrap() {
    return TestInfrastructure.get().kafkaBootstrapServers();
  }
}
