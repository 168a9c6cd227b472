package no.bygdevekst.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A W3C trace context as its two header values: what an outbox row keeps of the request that wrote
 * it, and what the CloudEvents distributed-tracing extension carries.
 *
 * @param traceparent {@code 00-<trace id>-<span id>-<flags>}
 * @param tracestate vendor entries, or null
 */
public record TraceContext(String traceparent, String tracestate) {
  public static final String TRACEPARENT = "traceparent";
  public static final String TRACESTATE = "tracestate";

  /** The columns' sizes; a longer tracestate is dropped, as W3C allows. */
  static final int MAX_TRACEPARENT = 100;

  static final int MAX_TRACESTATE = 512;

  private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

  public TraceContext {
    if (tracestate != null && (tracestate.isBlank() || tracestate.length() > MAX_TRACESTATE)) {
      tracestate = null;
    }
  }

  /** The context of the span current on this thread, if there is one. */
  public static Optional<TraceContext> current() {
    return of(Context.current());
  }

  /** The context of {@code context}'s span, if it has a valid one. */
  public static Optional<TraceContext> of(Context context) {
    if (!Span.fromContext(context).getSpanContext().isValid()) {
      return Optional.empty();
    }
    Map<String, String> headers = new HashMap<>();
    W3C.inject(context, headers, Map::put);
    return parse(headers.get(TRACEPARENT), headers.get(TRACESTATE));
  }

  /** A context read from header values; empty when the traceparent is missing or malformed. */
  public static Optional<TraceContext> parse(String traceparent, String tracestate) {
    if (traceparent == null || traceparent.length() > MAX_TRACEPARENT) {
      return Optional.empty();
    }
    TraceContext candidate = new TraceContext(traceparent.trim(), tracestate);
    return candidate.spanContext().isValid() ? Optional.of(candidate) : Optional.empty();
  }

  /** A context in which this one is the remote parent. */
  public Context asParent() {
    return W3C.extract(Context.root(), this, GETTER);
  }

  public SpanContext spanContext() {
    return Span.fromContext(asParent()).getSpanContext();
  }

  public String traceId() {
    return spanContext().getTraceId();
  }

  private static final TextMapGetter<TraceContext> GETTER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(TraceContext carrier) {
          return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
          if (carrier == null) {
            return null;
          }
          return TRACEPARENT.equals(key)
              ? carrier.traceparent()
              : TRACESTATE.equals(key) ? carrier.tracestate() : null;
        }
      };
}
