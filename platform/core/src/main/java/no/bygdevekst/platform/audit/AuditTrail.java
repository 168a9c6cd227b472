package no.bygdevekst.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/** Appends who did what to which aggregate, in the transaction of the change itself. */
@ApplicationScoped
public class AuditTrail {
  /** The actor of changes the service makes by itself, such as a scheduled activation. */
  public static final String SYSTEM = "system";

  private final EntityManager em;
  private final Caller caller;
  private final ObjectMapper mapper;
  private final Clock clock;

  @Inject
  public AuditTrail(EntityManager em, Caller caller, ObjectMapper mapper, Clock clock) {
    this.em = em;
    this.caller = caller;
    this.mapper = mapper;
    this.clock = clock;
  }

  /**
   * Records that the current caller did {@code action} to an aggregate.
   *
   * @param details what changed, serialised as JSON (may be null)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String aggregateType, UUID aggregateId, Object details) {
    AuditRecord record = new AuditRecord();
    record.actorSubject = caller.subject();
    record.actorRole = caller.primaryRole();
    record.actorMunicipality = caller.municipality().orElse(null);
    record.actorOrg = caller.organisation().orElse(null);
    record.actorSupplier = caller.supplier().orElse(null);
    record.actorIssuer = caller.issuer().orElse(null);
    record.actorKind = caller.kind().map(Enum::name).orElse(null);
    append(record, action, aggregateType, aggregateId, details);
  }

  /**
   * Records a change the service made by itself, outside any request (a scheduled job, an event it
   * consumed), with the actor {@value #SYSTEM}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordBySystem(
      String action, String aggregateType, UUID aggregateId, Object details) {
    AuditRecord record = new AuditRecord();
    record.actorSubject = SYSTEM;
    record.actorRole = SYSTEM;
    append(record, action, aggregateType, aggregateId, details);
  }

  private void append(
      AuditRecord record, String action, String aggregateType, UUID aggregateId, Object details) {
    record.id = UUID.randomUUID();
    record.occurredAt = Times.nowUtc(clock);
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

  /** The records of one aggregate, oldest first. */
  @Transactional
  public Page<AuditEntry> of(String aggregateType, UUID aggregateId, PageRequest page) {
    long total =
        em.createQuery(
                "select count(a) from AuditRecord a where a.aggregateType = ?1 and a.aggregateId = ?2",
                Long.class)
            .setParameter(1, aggregateType)
            .setParameter(2, aggregateId)
            .getSingleResult();
    List<AuditEntry> items =
        em.createQuery(
                "from AuditRecord a where a.aggregateType = ?1 and a.aggregateId = ?2"
                    + " order by a.occurredAt, a.id",
                AuditRecord.class)
            .setParameter(1, aggregateType)
            .setParameter(2, aggregateId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(this::toEntry)
            .toList();
    return Page.of(items, page, total);
  }

  private AuditEntry toEntry(AuditRecord r) {
    try {
      return new AuditEntry(
          r.id,
          r.occurredAt,
          r.actorSubject,
          r.actorRole,
          r.actorMunicipality,
          r.actorOrg,
          r.actorSupplier,
          r.actorIssuer,
          r.action,
          r.aggregateType,
          r.aggregateId,
          r.details == null ? null : mapper.readTree(r.details));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored audit details are not JSON", e);
    }
  }
}
