package no.bygdevekst.platform.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.bygdevekst.platform.events.CloudEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The spans of an event on its way: the relay's send of an outbox row, a child of the request that
 * wrote the row, and a consumer's processing of the record, a child of that send. So the request,
 * the send and every consumer's work share one trace (docs/adr/0013).
 *
 * <p>On the record, {@code traceparent}/{@code tracestate} carry the send (the hop, as
 * OpenTelemetry instruments Kafka), and the CloudEvents extension {@code ce_traceparent}/{@code
 * ce_tracestate} the request that started it all, as the extension asks for a multi-hop
 * transmission.
 */
@ApplicationScoped
public class EventSpans {
  static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
  static final AttributeKey<String> DESTINATION =
      AttributeKey.stringKey("messaging.destination.name");
  static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
  static final AttributeKey<String> KEY = AttributeKey.stringKey("messaging.kafka.message.key");
  static final AttributeKey<Long> PARTITION =
      AttributeKey.longKey("messaging.destination.partition.id");
  static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
  static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");
  static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
  public static final AttributeKey<String> CONSUMER = AttributeKey.stringKey("bygdevekst.consumer");
  public static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("bygdevekst.outcome");

  private final Tracer tracer;

  @Inject
  public EventSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  /** Starts the send of one event, as a child of the request that wrote it (when known). */
  public Span startSend(
      String topic, String key, String eventId, String type, Optional<TraceContext> origin) {
    Context parent = origin.map(TraceContext::asParent).orElse(Context.root());
    return tracer
        .spanBuilder("send " + topic)
        .setParent(parent)
        .setSpanKind(SpanKind.PRODUCER)
        .setAttribute(SYSTEM, "kafka")
        .setAttribute(OPERATION, "send")
        .setAttribute(DESTINATION, topic)
        .setAttribute(KEY, key)
        .setAttribute(MESSAGE_ID, eventId)
        .setAttribute(EVENT_ID, eventId)
        .setAttribute(EVENT_TYPE, type)
        .startSpan();
  }

  /**
   * Puts the trace context on a record: the send as {@code traceparent}, and the origin (or, for an
   * event written outside a trace, the send itself) as the CloudEvents extension.
   */
  public static void writeHeaders(Span send, Optional<TraceContext> origin, Headers headers) {
    Optional<TraceContext> hop = TraceContext.of(Context.root().with(send));
    hop.ifPresent(h -> put(headers, TraceContext.TRACEPARENT, TraceContext.TRACESTATE, h));
    origin
        .or(() -> hop)
        .ifPresent(o -> put(headers, CloudEvents.H_TRACEPARENT, CloudEvents.H_TRACESTATE, o));
  }

  /**
   * Starts a consumer's processing of a record: a child of the record's {@code traceparent}, or of
   * its {@code ce_traceparent} when a tool that replayed it kept only the CloudEvents attributes.
   */
  public Span startProcess(String consumer, ConsumerRecord<?, ?> record) {
    Optional<TraceContext> hop =
        TraceContext.parse(
            header(record.headers(), TraceContext.TRACEPARENT),
            header(record.headers(), TraceContext.TRACESTATE));
    Optional<TraceContext> origin =
        TraceContext.parse(
            header(record.headers(), CloudEvents.H_TRACEPARENT),
            header(record.headers(), CloudEvents.H_TRACESTATE));
    Optional<TraceContext> parent = hop.or(() -> origin);
    var builder =
        tracer
            .spanBuilder("process " + record.topic())
            .setParent(parent.map(TraceContext::asParent).orElse(Context.root()))
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(SYSTEM, "kafka")
            .setAttribute(OPERATION, "process")
            .setAttribute(DESTINATION, record.topic())
            .setAttribute(PARTITION, (long) record.partition())
            .setAttribute(OFFSET, record.offset())
            .setAttribute(CONSUMER, consumer);
    String id = header(record.headers(), CloudEvents.H_ID);
    if (id != null) {
      builder.setAttribute(MESSAGE_ID, id).setAttribute(EVENT_ID, id);
    }
    String type = header(record.headers(), CloudEvents.H_TYPE);
    if (type != null) {
      builder.setAttribute(EVENT_TYPE, type);
    }
    // A hop header of another trace than the origin (a rewritten record): keep the origin linked.
    origin
        .filter(o -> parent.isPresent() && !o.traceId().equals(parent.get().traceId()))
        .ifPresent(o -> builder.addLink(o.spanContext()));
    return builder.startSpan();
  }

  /** Marks a span as failed by {@code failure}. */
  public static void failed(Span span, Throwable failure) {
    span.recordException(failure);
    span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
  }

  private static void put(Headers headers, String parentName, String stateName, TraceContext c) {
    headers.remove(parentName);
    headers.add(parentName, c.traceparent().getBytes(StandardCharsets.UTF_8));
    headers.remove(stateName);
    if (c.tracestate() != null) {
      headers.add(stateName, c.tracestate().getBytes(StandardCharsets.UTF_8));
    }
  }

  static String header(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }
}
