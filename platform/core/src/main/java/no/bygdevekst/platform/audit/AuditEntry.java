package no.bygdevekst.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An audit record as the API shows it.
 *
 * @param actor the token's subject, or a Maskinporten client id; {@code system} for the service's
 *     own changes
 * @param supplier the vendor that called for {@code organisation} (Maskinporten)
 * @param issuer the issuer of the token
 */
public record AuditEntry(
    UUID id,
    OffsetDateTime occurredAt,
    String actor,
    String role,
    String municipality,
    String organisation,
    String supplier,
    String issuer,
    String action,
    String aggregateType,
    UUID aggregateId,
    JsonNode details) {}
