package no.bygdevekst.actionplan.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.bygdevekst.platform.inbox.VersionedRow;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The stored read model of one agreement: the highest version seen, as JSON. */
@Entity
@Table(name = "agreement_view")
public class AgreementView implements VersionedRow {
  @Id
  @Column(name = "agreement_id")
  public UUID agreementId;

  @Column(nullable = false)
  public long version;

  @Column(nullable = false)
  public String status;

  public String title;

  @Column(name = "period_from", nullable = false)
  public LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  public LocalDate periodTo;

  /** The {@link Agreement} as JSON. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String state;

  @Column(name = "last_event_id", nullable = false)
  public UUID lastEventId;

  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;

  @Override
  public long version() {
    return version;
  }
}
