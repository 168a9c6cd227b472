package no.bygdevekst.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An audit record as the API shows it. */
public record AuditEntry(
    UUID id,
    OffsetDateTime occurredAt,
    String actor,
    String role,
    String municipality,
    String organisation,
    String action,
    String aggregateType,
    UUID aggregateId,
    JsonNode details) {}
