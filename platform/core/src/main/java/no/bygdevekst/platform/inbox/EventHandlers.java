package no.bygdevekst.platform.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.bygdevekst.platform.events.EventEnvelope;

/** What a consumer does with each type of event it knows, and which schema versions it reads. */
public final class EventHandlers {
  private final Map<String, Handler<?>> handlers;

  private EventHandlers(Map<String, Handler<?>> handlers) {
    this.handlers = Map.copyOf(handlers);
  }

  public static Builder builder() {
    return new Builder();
  }

  Handler<?> forType(String type) {
    return handlers.get(type);
  }

  /** Applies one event to the consumer's state, inside the inbox's transaction. */
  @FunctionalInterface
  public interface Apply<T> {
    void apply(EventEnvelope envelope, T payload);
  }

  record Handler<T>(Class<T> payloadType, Set<Integer> schemaVersions, Apply<T> apply) {
    void invoke(EventEnvelope envelope, Object payload) {
      apply.apply(envelope, payloadType.cast(payload));
    }
  }

  /** Collects handlers by CloudEvents type. */
  public static final class Builder {
    private final Map<String, Handler<?>> handlers = new HashMap<>();

    /**
     * Handles events of {@code type} whose schema version is one of {@code schemaVersions}; the
     * data is read as {@code payloadType} and validated before {@code apply} runs.
     */
    public <T> Builder on(
        String type, Set<Integer> schemaVersions, Class<T> payloadType, Apply<T> apply) {
      if (handlers.putIfAbsent(type, new Handler<>(payloadType, schemaVersions, apply)) != null) {
        throw new IllegalArgumentException("Two handlers for " + type);
      }
      return this;
    }

    /** Handles schema version 1 of {@code type}. */
    public <T> Builder on(String type, Class<T> payloadType, Apply<T> apply) {
      return on(type, Set.of(1), payloadType, apply);
    }

    public EventHandlers build() {
      return new EventHandlers(handlers);
    }
  }
}
