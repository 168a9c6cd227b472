package no.bygdevekst.platform.tracing;

import jakarta.interceptor.InvocationContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Finds the record and the consumer's name among the arguments of an intercepted entry point, by
 * type, so that the interceptors do not depend on the method's exact signature.
 */
public final class ConsumedRecords {
  private ConsumedRecords() {}

  /** The first {@link ConsumerRecord} argument, or null. */
  public static ConsumerRecord<?, ?> record(InvocationContext invocation) {
    for (Object argument : invocation.getParameters()) {
      if (argument instanceof ConsumerRecord<?, ?> record) {
        return record;
      }
    }
    return null;
  }

  /** The first text argument: the consumer's name under which the inbox records the event. */
  public static String consumer(InvocationContext invocation) {
    for (Object argument : invocation.getParameters()) {
      if (argument instanceof String name) {
        return name;
      }
    }
    return "unknown";
  }
}
