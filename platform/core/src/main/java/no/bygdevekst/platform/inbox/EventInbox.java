package no.bygdevekst.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.bygdevekst.platform.events.CloudEvents;
import no.bygdevekst.platform.events.EventEnvelope;
import no.bygdevekst.platform.tracing.ContinuesTrace;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Applies received events exactly once per consumer.
 *
 * <p>Every consumed record passes through {@link #process}: the service's event consumers and the
 * read-model rebuild hand each record to it. It reads the CloudEvents envelope, finds the handler
 * of the type and schema version, reads and validates the data, checks that the data is about the
 * agreement the subject names, and then applies it: the event id is inserted into {@code
 * inbox_event} in the same transaction as the handler's effect, so a redelivered event finds its id
 * there and changes nothing. A message that can never be handled throws {@link
 * PoisonEventException}, which the consumer sends to the dead-letter topic with the reason. A
 * database that is briefly away is waited for, with backoff, so that a good event is not
 * dead-lettered because of an outage; any other failure of a handler is tried three times and then
 * dead-lettered.
 */
@ApplicationScoped
public class EventInbox {
  private static final Logger LOG = Logger.getLogger(EventInbox.class);
  private static final int ATTEMPTS_FOR_BUGS = 3;
  private static final long MAX_BACKOFF_MS = 5_000;

  private final EntityManager em;
  private final ObjectMapper mapper;
  private final Validator validator;

  @Inject
  public EventInbox(EntityManager em, ObjectMapper mapper, Validator validator) {
    this.em = em;
    this.mapper = mapper;
    this.validator = validator;
  }

  /**
   * Handles one record for {@code consumer}.
   *
   * @return true when the event was applied now, false when it had been applied before
   * @throws PoisonEventException when the record can never be handled
   */
  @ContinuesTrace
  @InboxCounted
  public boolean process(
      String consumer, ConsumerRecord<String, byte[]> record, EventHandlers handlers) {
    EventEnvelope envelope = envelope(record);
    EventHandlers.Handler<?> handler = handlers.forType(envelope.type());
    if (handler == null) {
      throw new PoisonEventException("Unknown event type " + envelope.type());
    }
    if (!handler.schemaVersions().contains(envelope.schemaVersion())) {
      throw new PoisonEventException(
          "Unsupported schema version "
              + envelope.schemaVersion()
              + " of "
              + envelope.type()
              + "; this consumer reads "
              + handler.schemaVersions());
    }
    AboutAgreement payload = payload(record, envelope, handler.payloadType());
    requireSubject(envelope, payload);
    long backoff = 100;
    int failures = 0;
    while (true) {
      try {
        return QuarkusTransaction.requiringNew()
            .call(() -> apply(consumer, envelope, handler, payload));
      } catch (PoisonEventException e) {
        throw e;
      } catch (RuntimeException e) {
        if (isTransient(e)) {
          LOG.warnf(
              "Event %s for %s waits for the database (%s); next try in %d ms",
              envelope.id(), consumer, e.getMessage(), backoff);
        } else if (++failures >= ATTEMPTS_FOR_BUGS) {
          throw new PoisonEventException(
              "Handler failed " + failures + " times: " + rootMessage(e), e);
        } else {
          LOG.warnf(e, "Event %s for %s failed, attempt %d", envelope.id(), consumer, failures);
        }
        sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  private boolean apply(
      String consumer,
      EventEnvelope envelope,
      EventHandlers.Handler<?> handler,
      AboutAgreement payload) {
    int inserted =
        em.createNativeQuery(
                "insert into inbox_event (consumer, event_id, type, subject) values (?1, ?2, ?3, ?4)"
                    + " on conflict do nothing")
            .setParameter(1, consumer)
            .setParameter(2, envelope.id())
            .setParameter(3, envelope.type())
            .setParameter(4, envelope.subject())
            .executeUpdate();
    if (inserted == 0) {
      LOG.debugf("Event %s already applied by %s", envelope.id(), consumer);
      return false;
    }
    handler.invoke(envelope, payload);
    return true;
  }

  /** Whether {@code consumer} has applied the event with this id. */
  public boolean applied(String consumer, UUID eventId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                !em.createNativeQuery(
                        "select 1 from inbox_event where consumer = ?1 and event_id = ?2")
                    .setParameter(1, consumer)
                    .setParameter(2, eventId)
                    .getResultList()
                    .isEmpty());
  }

  static EventEnvelope envelope(ConsumerRecord<String, byte[]> record) {
    String specVersion = header(record, CloudEvents.H_SPECVERSION);
    if (!CloudEvents.SPEC_VERSION.equals(specVersion)) {
      throw new PoisonEventException(
          "Not a CloudEvents 1.0 message (ce_specversion=" + specVersion + ")");
    }
    UUID id;
    try {
      id = UUID.fromString(required(record, CloudEvents.H_ID));
    } catch (IllegalArgumentException e) {
      throw new PoisonEventException("ce_id is not a UUID: " + header(record, CloudEvents.H_ID));
    }
    int schemaVersion;
    try {
      schemaVersion = Integer.parseInt(required(record, CloudEvents.H_SCHEMAVERSION));
    } catch (NumberFormatException e) {
      throw new PoisonEventException(
          "ce_schemaversion is not an integer: " + header(record, CloudEvents.H_SCHEMAVERSION));
    }
    OffsetDateTime time;
    try {
      time = OffsetDateTime.parse(required(record, CloudEvents.H_TIME));
    } catch (DateTimeParseException e) {
      throw new PoisonEventException(
          "ce_time is not an RFC 3339 time: " + header(record, CloudEvents.H_TIME));
    }
    return new EventEnvelope(
        id,
        required(record, CloudEvents.H_SOURCE),
        required(record, CloudEvents.H_TYPE),
        required(record, CloudEvents.H_SUBJECT),
        time,
        schemaVersion,
        record.topic(),
        record.partition(),
        record.offset());
  }

  /** The record key and the subject name the agreement; the data must be about the same one. */
  private static void requireSubject(EventEnvelope envelope, AboutAgreement payload) {
    if (payload.agreementId() == null
        || !payload.agreementId().toString().equals(envelope.subject())) {
      throw new PoisonEventException(
          "Event "
              + envelope.id()
              + " has subject "
              + envelope.subject()
              + " but its data is about agreement "
              + payload.agreementId());
    }
  }

  private <T extends AboutAgreement> T payload(
      ConsumerRecord<String, byte[]> record, EventEnvelope envelope, Class<T> type) {
    if (record.value() == null) {
      throw new PoisonEventException("Event " + envelope.id() + " has no data");
    }
    T payload;
    try {
      payload = mapper.readValue(record.value(), type);
    } catch (IOException e) {
      throw new PoisonEventException(
          "Data of "
              + envelope.type()
              + " "
              + envelope.id()
              + " is not readable: "
              + e.getMessage(),
          e);
    }
    if (payload == null) {
      throw new PoisonEventException("Event " + envelope.id() + " has null data");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(payload);
    if (!violations.isEmpty()) {
      throw new PoisonEventException(
          "Data of "
              + envelope.type()
              + " "
              + envelope.id()
              + " is invalid: "
              + violations.stream()
                  .map(v -> v.getPropertyPath() + " " + v.getMessage())
                  .sorted()
                  .collect(Collectors.joining("; ")));
    }
    return payload;
  }

  private static String required(ConsumerRecord<String, byte[]> record, String name) {
    String value = header(record, name);
    if (value == null || value.isBlank()) {
      throw new PoisonEventException("Missing CloudEvents header " + name);
    }
    return value;
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** Failures that go away by themselves: the database is unreachable, restarting or overloaded. */
  static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof SQLTransientException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08")
            || state.startsWith("40")
            || state.startsWith("53")
            || state.startsWith("57")) {
          return true;
        }
      }
      String name = t.getClass().getName();
      if (name.endsWith("LockTimeoutException")
          || name.endsWith("PessimisticLockException")
          || name.endsWith("OptimisticLockException")
          || (t.getMessage() != null && t.getMessage().contains("Acquisition timeout"))) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry an event", e);
    }
  }
}
