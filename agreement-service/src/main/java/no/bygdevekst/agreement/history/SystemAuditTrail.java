package no.bygdevekst.agreement.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.bygdevekst.platform.audit.AuditRecord;

/**
 * Audits a change the service makes by itself, such as activating an agreement when its start date
 * comes. The platform's {@code AuditTrail} records the caller of a request, which a scheduled job
 * does not have, so this writes the same audit table with the actor {@value #ACTOR}.
 */
@ApplicationScoped
public class SystemAuditTrail {
  public static final String ACTOR = "system";

  private final EntityManager em;
  private final ObjectMapper mapper;

  public SystemAuditTrail(EntityManager em, ObjectMapper mapper) {
    this.em = em;
    this.mapper = mapper;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String aggregateType, UUID aggregateId, Object details) {
    AuditRecord record = new AuditRecord();
    record.id = UUID.randomUUID();
    record.occurredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    record.actorSubject = ACTOR;
    record.actorRole = ACTOR;
    record.action = action;
    record.aggregateType = aggregateType;
    record.aggregateId = aggregateId;
    try {
      record.details = details == null ? null : mapper.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Audit details are not serialisable", e);
    }
    em.persist(record);
  }
}
