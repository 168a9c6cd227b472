package no.bygdevekst.platform.testing.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupUnlessProperty;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The spans the application under test finished, kept in memory (the last {@value #KEPT}), so that
 * a test can see what was traced. A bean of every Quarkus test that has platform-testing on its
 * class path; while it is there, nothing is exported by OTLP. {@code bygdevekst.test.record-spans
 * =false} turns it off, for a test of the OTLP export itself.
 */
@Singleton
// Quarkus looks exporters up by type only: without this, the container would drop the unused bean.
@Unremovable
@LookupUnlessProperty(
    name = "bygdevekst.test.record-spans",
    stringValue = "false",
    lookupIfMissing = true)
public class RecordedSpans implements SpanExporter {
  static final int KEPT = 20_000;

  private final Deque<SpanData> spans = new ConcurrentLinkedDeque<>();
  private final AtomicInteger size = new AtomicInteger();

  @Override
  public CompletableResultCode export(Collection<SpanData> finished) {
    for (SpanData span : finished) {
      spans.addLast(span);
      if (size.incrementAndGet() > KEPT && spans.pollFirst() != null) {
        size.decrementAndGet();
      }
    }
    return CompletableResultCode.ofSuccess();
  }

  /** The spans finished so far that {@code match} accepts, oldest first. */
  public List<SpanData> find(Predicate<SpanData> match) {
    List<SpanData> found = new ArrayList<>();
    for (SpanData span : spans) {
      if (match.test(span)) {
        found.add(span);
      }
    }
    return found;
  }

  /** Waits until a span that {@code match} accepts has finished (spans are exported in batches). */
  public SpanData await(Predicate<SpanData> match, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<SpanData> found = find(match);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("No such span within " + timeout + "; spans: " + names());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /**
   * Waits for a consumer's processing of a record from {@code topic} in the trace {@code traceId}.
   */
  public SpanData awaitConsumer(String traceId, String topic, Duration timeout) {
    return await(
        s ->
            s.getTraceId().equals(traceId)
                && s.getKind() == SpanKind.CONSUMER
                && s.getName().equals("process " + topic),
        timeout);
  }

  /**
   * Asserts that {@code consumer} applied the event {@code eventId} from {@code topic} in a span of
   * the trace, as a child of the relay's send: how a consumer continues the trace of a record.
   */
  public SpanData assertContinued(
      TestTrace trace, String topic, String consumer, String eventId, Duration timeout) {
    SpanData span = awaitConsumer(trace.traceId(), topic, timeout);
    expect(trace.sendSpanId(), span.getParentSpanId(), "parent (the relay's send)");
    expect(
        eventId, span.getAttributes().get(AttributeKey.stringKey("cloudevents.event_id")), "event");
    expect(
        consumer,
        span.getAttributes().get(AttributeKey.stringKey("bygdevekst.consumer")),
        "consumer");
    expect(
        "applied",
        span.getAttributes().get(AttributeKey.stringKey("bygdevekst.outcome")),
        "outcome");
    return span;
  }

  private static void expect(String expected, String actual, String what) {
    if (!expected.equals(actual)) {
      throw new AssertionError(
          "consumer span " + what + ": expected " + expected + ", was " + actual);
    }
  }

  /** Spans of one trace. */
  public List<SpanData> ofTrace(String traceId) {
    return find(s -> s.getTraceId().equals(traceId));
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    for (SpanData span : spans) {
      names.add(span.getName() + " " + span.getKind() + " " + span.getTraceId());
      if (names.size() > 50) {
        names.add("...");
        break;
      }
    }
    return names;
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }
}
