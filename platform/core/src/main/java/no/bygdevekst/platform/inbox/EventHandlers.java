package no.bygdevekst.platform.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.bygdevekst.platform.events.EventEnvelope;

/**
 * What a consumer does with each type of event it knows, and which schema versions it reads. Built
 * by {@link ReadModel#of}; {@link EventInbox#process} looks the handler up by {@code ce_type}.
 */
public final class EventHandlers {
  private final Map<String, Handler<?>> handlers;

  private EventHandlers(Map<String, Handler<?>> handlers) {
    this.handlers = Map.copyOf(handlers);
  }

  Handler<?> forType(String type) {
    return handlers.get(type);
  }

  /** Applies one event to the consumer's state, inside the inbox's transaction. */
  @FunctionalInterface
  public interface Apply<T> {
    void apply(EventEnvelope envelope, T payload);
  }

  record Handler<T extends AboutAgreement>(
      Class<T> payloadType, Set<Integer> schemaVersions, Apply<T> apply) {
    void invoke(EventEnvelope envelope, Object payload) {
      apply.apply(envelope, payloadType.cast(payload));
    }
  }

  /** Collects handlers by CloudEvents type. */
  static final class Builder {
    private final Map<String, Handler<?>> handlers = new HashMap<>();

    <T extends AboutAgreement> void on(
        String type, Set<Integer> schemaVersions, Class<T> payloadType, Apply<T> apply) {
      if (schemaVersions.isEmpty()) {
        throw new IllegalArgumentException("No schema version for " + type);
      }
      if (handlers.putIfAbsent(type, new Handler<>(payloadType, Set.copyOf(schemaVersions), apply))
          != null) {
        throw new IllegalArgumentException("Two handlers for " + type);
      }
    }

    EventHandlers build() {
      if (handlers.isEmpty()) {
        throw new IllegalArgumentException("A consumer must handle at least one event type");
      }
      return new EventHandlers(handlers);
    }
  }
}
