package no.bygdevekst.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The CloudEvents attributes of a received event.
 *
 * @param subject the agreement id the event is about
 */
public record EventEnvelope(
    UUID id,
    String source,
    String type,
    String subject,
    OffsetDateTime time,
    int schemaVersion,
    String topic,
    int partition,
    long offset) {}
