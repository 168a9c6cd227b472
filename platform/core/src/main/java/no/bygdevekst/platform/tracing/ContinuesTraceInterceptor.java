package no.bygdevekst.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import no.bygdevekst.platform.inbox.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Runs the handling of a consumed record in a consumer span of the trace the record carries, so
 * that the request that caused an event and everything each consumer did with it form one trace.
 * Whatever the handler logs then carries that trace id.
 */
@ContinuesTrace
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class ContinuesTraceInterceptor {
  private final EventSpans spans;

  @Inject
  public ContinuesTraceInterceptor(EventSpans spans) {
    this.spans = spans;
  }

  @AroundInvoke
  Object inSpan(InvocationContext invocation) throws Exception {
    ConsumerRecord<?, ?> record = ConsumedRecords.record(invocation);
    if (record == null) {
      return invocation.proceed();
    }
    Span span = spans.startProcess(ConsumedRecords.consumer(invocation), record);
    try (Scope ignored = span.makeCurrent()) {
      Object result = invocation.proceed();
      if (result instanceof Boolean applied) {
        span.setAttribute(EventSpans.OUTCOME, applied ? "applied" : "duplicate");
      }
      return result;
    } catch (PoisonEventException e) {
      span.setAttribute(EventSpans.OUTCOME, "refused");
      EventSpans.failed(span, e);
      throw e;
    } catch (Exception | Error e) {
      EventSpans.failed(span, e);
      throw e;
    } finally {
      span.end();
    }
  }
}
