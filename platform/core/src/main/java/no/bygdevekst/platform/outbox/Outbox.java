package no.bygdevekst.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import no.bygdevekst.platform.events.CloudEvents;
import no.bygdevekst.platform.events.EventsConfig;
import no.bygdevekst.platform.events.Topics;
import no.bygdevekst.platform.time.Times;
import no.bygdevekst.platform.tracing.TraceContext;

/**
 * Records a domain event in the service's own database, in the caller's transaction. The relay
 * sends it to the service's topic after the commit; a rolled-back transaction sends nothing. The
 * trace context of the request is kept with the event, so that its consumers continue that trace.
 */
@ApplicationScoped
public class Outbox {
  private final EntityManager em;
  private final ObjectMapper mapper;
  private final EventsConfig config;
  private final Event<OutboxWritten> written;
  private final Clock clock;

  @Inject
  public Outbox(
      EntityManager em,
      ObjectMapper mapper,
      EventsConfig config,
      Event<OutboxWritten> written,
      Clock clock) {
    this.em = em;
    this.mapper = mapper;
    this.config = config;
    this.written = written;
    this.clock = clock;
  }

  /**
   * Records an event about one agreement.
   *
   * @param agreementId the record key and the CloudEvents subject: every event of one agreement
   *     keeps its order
   * @param eventName the name of the event, such as {@code AgreementSigned}
   * @param schemaVersion the version of the payload's schema
   * @param payload the event's data, serialised as JSON
   * @return the event id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID record(UUID agreementId, String eventName, int schemaVersion, Object payload) {
    OutboxEvent event = new OutboxEvent();
    event.id = UUID.randomUUID();
    event.topic = Topics.eventsOf(config.service());
    event.recordKey = agreementId.toString();
    event.type = CloudEvents.type(config.service(), eventName);
    event.source = CloudEvents.source(config.service());
    event.subject = agreementId.toString();
    event.schemaVersion = schemaVersion;
    event.occurredAt = Times.nowUtc(clock);
    event.createdAt = event.occurredAt;
    try {
      event.payload = mapper.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Event payload is not serialisable: " + eventName, e);
    }
    TraceContext.current()
        .ifPresent(
            trace -> {
              event.traceparent = trace.traceparent();
              event.tracestate = trace.tracestate();
            });
    em.persist(event);
    written.fire(OutboxWritten.INSTANCE);
    return event.id;
  }
}
