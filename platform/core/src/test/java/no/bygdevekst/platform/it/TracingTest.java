package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.bygdevekst.platform.testing.DevTokens;
import no.bygdevekst.platform.testing.TestEvents;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.tracing.RecordedSpans;
import no.bygdevekst.platform.testsupport.RestartableKafkaResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** One trace from a request through the outbox and the topic into the consumer. */
@QuarkusTest
class TracingTest {
  static final Duration SOON = Duration.ofSeconds(30);

  @Inject RecordedSpans spans;

  @Test
  void theRequestsTraceTravelsWithItsEventIntoTheConsumer() {
    String traceId = hex(16);
    String callerSpan = hex(8);
    UUID agreement = UUID.randomUUID();
    given()
        .auth()
        .oauth2(DevTokens.kdd())
        .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
        .post("/api/v1/probes/events/" + agreement)
        .then()
        .statusCode(202);

    SpanData request =
        spans.await(s -> s.getTraceId().equals(traceId) && s.getKind() == SpanKind.SERVER, SOON);
    assertEquals(callerSpan, request.getParentSpanId(), "the caller's trace continues");
    Object[] row =
        Db.query(
                "select traceparent, tracestate from outbox_event where record_key = ?",
                agreement.toString())
            .get(0);
    String written = "00-" + traceId + "-" + request.getSpanId() + "-01";
    assertEquals(written, row[0], "the row keeps the context of the request that wrote it");
    assertNull(row[1]);

    ConsumerRecord<String, byte[]> record =
        TopicReader.awaitRecord(
            RestartableKafkaResource.bootstrapServers(),
            OutboxTest.TOPIC,
            r -> agreement.toString().equals(r.key()),
            SOON);
    assertEquals(written, OutboxTest.header(record, "ce_traceparent"), "the CloudEvents extension");
    SpanData send =
        spans.await(s -> s.getTraceId().equals(traceId) && s.getKind() == SpanKind.PRODUCER, SOON);
    assertEquals("send " + OutboxTest.TOPIC, send.getName());
    assertEquals(request.getSpanId(), send.getParentSpanId());
    assertEquals(
        "00-" + traceId + "-" + send.getSpanId() + "-01",
        OutboxTest.header(record, "traceparent"),
        "the hop to Kafka");

    SpanData process = consumerSpan(traceId);
    assertEquals(send.getSpanId(), process.getParentSpanId());
    assertEquals(
        "applied", process.getAttributes().get(AttributeKey.stringKey("bygdevekst.outcome")));
    assertEquals(
        OutboxTest.header(record, "ce_id"),
        process.getAttributes().get(AttributeKey.stringKey("cloudevents.event_id")));
  }

  @Test
  void aRecordThatKeptOnlyTheCloudEventsTraceContinuesThatOne() {
    String traceId = hex(16);
    String origin = hex(8);
    UUID agreement = UUID.randomUUID();
    publish(agreement, 1, 3, Map.of("ce_traceparent", "00-" + traceId + "-" + origin + "-01"));
    InboxTest.awaitApplied(agreement, 1, 3);
    assertEquals(origin, consumerSpan(traceId).getParentSpanId());
  }

  @Test
  void aPoisonedRecordsSpanSaysWhy() {
    String traceId = hex(16);
    UUID agreement = UUID.randomUUID();
    publish(agreement, 9, 1, Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
    SpanData process = consumerSpan(traceId);
    assertEquals(
        "refused", process.getAttributes().get(AttributeKey.stringKey("bygdevekst.outcome")));
    assertEquals(io.opentelemetry.api.trace.StatusCode.ERROR, process.getStatus().getStatusCode());
  }

  private static void publish(
      UUID agreement, int schemaVersion, int value, Map<String, String> traceHeaders) {
    TestEvents.publish(
        UUID.randomUUID(),
        "probe",
        "ProbeHappened",
        schemaVersion,
        agreement,
        InboxTest.event(agreement, value),
        traceHeaders);
  }

  private SpanData consumerSpan(String traceId) {
    return spans.await(
        s ->
            s.getTraceId().equals(traceId)
                && s.getKind() == SpanKind.CONSUMER
                && s.getName().equals("process " + OutboxTest.TOPIC),
        SOON);
  }

  static String hex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    random[0] |= 1;
    return HexFormat.of().formatHex(random);
  }
}
