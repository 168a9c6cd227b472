package no.bygdevekst.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change, by whom and when. The table refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {
  @Id public UUID id;

  @Column(name = "occurred_at", nullable = false)
  public OffsetDateTime occurredAt;

  @Column(name = "actor_subject", nullable = false)
  public String actorSubject;

  @Column(name = "actor_role")
  public String actorRole;

  @Column(name = "actor_municipality")
  public String actorMunicipality;

  @Column(name = "actor_org")
  public String actorOrg;

  /** The token's {@code iss}; null for the service's own changes and records before issue 15. */
  @Column(name = "actor_issuer")
  public String actorIssuer;

  @Column(name = "actor_kind")
  public String actorKind;

  /** The vendor that called on the organisation's behalf (Maskinporten {@code supplier}). */
  @Column(name = "actor_supplier")
  public String actorSupplier;

  @Column(nullable = false)
  public String action;

  @Column(name = "aggregate_type", nullable = false)
  public String aggregateType;

  @Column(name = "aggregate_id", nullable = false)
  public UUID aggregateId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public String details;
}
