package no.bygdevekst.actionplan;

import static no.bygdevekst.actionplan.Api.as;
import static no.bygdevekst.actionplan.Api.kdd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import no.bygdevekst.platform.testing.TopicReader;
import no.bygdevekst.platform.testing.infra.TestInfrastructure;
import no.bygdevekst.platform.testing.tracing.RecordedSpans;
import no.bygdevekst.platform.testing.tracing.TestTrace;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The first hop of a plan approval's trace: the request's trace context is kept with PlanApproved
 * in the outbox and goes out on the record, for funding and evaluation to continue.
 */
@QuarkusTest
class ApprovalTraceTest {
  static final Duration SOON = Duration.ofSeconds(30);

  @Inject RecordedSpans spans;

  @Test
  void theApprovalsTraceGoesOutWithPlanApproved() throws Exception {
    AgreementFixture agreement = AgreementFixture.signed().activate();
    UUID plan = Api.consentedPlan(agreement);
    Api.submit(plan).statusCode(200);
    TestTrace caller = TestTrace.random();
    as(kdd())
        .header("traceparent", caller.requestTraceparent())
        .post("/api/v1/action-plans/{id}/approval", plan)
        .then()
        .statusCode(200);

    SpanData approval =
        spans.await(
            s -> s.getTraceId().equals(caller.traceId()) && s.getKind() == SpanKind.SERVER, SOON);
    assertEquals(caller.requestSpanId(), approval.getParentSpanId());
    String written = "00-" + caller.traceId() + "-" + approval.getSpanId() + "-01";
    assertEquals(written, outboxTraceparent(plan), "kept with the event in the outbox");

    ConsumerRecord<String, byte[]> record =
        TopicReader.awaitRecord(
            TestInfrastructure.get().kafkaBootstrapServers(),
            "bygdevekst.actionplan.events",
            r ->
                "no.bygdevekst.actionplan.PlanApproved".equals(header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(plan.toString()),
            SOON);
    assertEquals(written, header(record, "ce_traceparent"), "the CloudEvents extension");
    SpanData send =
        spans.await(
            s -> s.getTraceId().equals(caller.traceId()) && s.getKind() == SpanKind.PRODUCER, SOON);
    assertEquals(approval.getSpanId(), send.getParentSpanId());
    assertEquals(
        "00-" + caller.traceId() + "-" + send.getSpanId() + "-01",
        header(record, "traceparent"),
        "the hop to Kafka: the relay's send");
  }

  private static String outboxTraceparent(UUID plan) throws Exception {
    try (Connection c = AgreementFixture.connection();
        PreparedStatement q =
            c.prepareStatement(
                "select traceparent from outbox_event where type = ? and payload->>'planId' = ?")) {
      q.setString(1, "no.bygdevekst.actionplan.PlanApproved");
      q.setString(2, plan.toString());
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    var h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
