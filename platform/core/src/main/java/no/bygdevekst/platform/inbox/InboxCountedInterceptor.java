package no.bygdevekst.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import no.bygdevekst.platform.events.CloudEvents;
import no.bygdevekst.platform.metrics.PlatformMetrics;
import no.bygdevekst.platform.tracing.ConsumedRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Counts each consumed record as {@code applied} (its effect is new), {@code duplicate} (the inbox
 * had it: a redelivery) or {@code refused} (it can never be handled: dead-lettered, or skipped by a
 * rebuild), per consumer and event type.
 */
@InboxCounted
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class InboxCountedInterceptor {
  /** Only types of this system become tag values, so a poisoned record cannot add series. */
  private static final Pattern KNOWN_TYPE =
      Pattern.compile("no\\.bygdevekst\\.[a-z]{1,30}\\.[A-Za-z]{1,80}");

  private final MeterRegistry registry;

  @Inject
  public InboxCountedInterceptor(MeterRegistry registry) {
    this.registry = registry;
  }

  @AroundInvoke
  Object count(InvocationContext invocation) throws Exception {
    ConsumerRecord<?, ?> record = ConsumedRecords.record(invocation);
    if (record == null) {
      return invocation.proceed();
    }
    String consumer = ConsumedRecords.consumer(invocation);
    String type = type(record);
    try {
      Object result = invocation.proceed();
      if (result instanceof Boolean applied) {
        counter(consumer, type, applied ? "applied" : "duplicate").increment();
      }
      return result;
    } catch (PoisonEventException e) {
      counter(consumer, type, "refused").increment();
      throw e;
    }
  }

  private Counter counter(String consumer, String type, String outcome) {
    return Counter.builder(PlatformMetrics.INBOX_EVENTS)
        .description("Consumed events by consumer, CloudEvents type and outcome")
        .tag("consumer", consumer)
        .tag("type", type)
        .tag("outcome", outcome)
        .register(registry);
  }

  private static String type(ConsumerRecord<?, ?> record) {
    Header header = record.headers().lastHeader(CloudEvents.H_TYPE);
    if (header == null || header.value() == null) {
      return "none";
    }
    String type = new String(header.value(), StandardCharsets.UTF_8);
    return KNOWN_TYPE.matcher(type).matches() ? type : "other";
  }
}
